import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { CourtOverdue } from '../../api/supervision';
import { useChart } from '../../components/useChart';

use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** Overdue deadlines per court as horizontal bars, the most first; a click names the court's code. */
export function OverdueByCourtChart({
  courts,
  label,
  onSelect,
}: {
  courts: CourtOverdue[];
  label: string;
  onSelect?: (code: string) => void;
}) {
  // ECharts draws the first category at the bottom: reverse so the worst court is on top.
  const shown = [...courts].reverse();
  const element = useChart(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: shown.map((c) => c.name) },
      series: [
        {
          type: 'bar',
          name: label,
          barMaxWidth: 22,
          label: { show: true, position: 'right' },
          data: shown.map((c) => ({
            key: c.code,
            value: c.count,
            itemStyle: { color: c.count === 0 ? '#52c41a' : c.worstDaysOverdue > 30 ? '#a8071a' : '#fa541c' },
          })),
        },
      ],
    }),
    JSON.stringify(courts),
    onSelect,
  );
  return <div ref={element} style={{ height: Math.max(160, courts.length * 44) }} />;
}
