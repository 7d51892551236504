import { PieChart } from 'echarts/charts';
import { GraphicComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useChart } from '../../components/useChart';

use([PieChart, TooltipComponent, LegendComponent, GraphicComponent, CanvasRenderer]);

export interface Slice {
  key: string;
  name: string;
  value: number;
  color: string;
}

/** A donut of counts with the total in its middle; a click on a slice names its key. */
export function DeadlineDonut({
  slices,
  total,
  totalLabel,
  onSelect,
}: {
  slices: Slice[];
  total: string;
  totalLabel: string;
  onSelect?: (key: string) => void;
}) {
  const element = useChart(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      legend: { bottom: 0, icon: 'circle', itemWidth: 10, itemHeight: 10 },
      graphic: [
        {
          type: 'text',
          left: 'center',
          top: '36%',
          style: { text: total, fontSize: 26, fontWeight: 600, fill: '#262626', align: 'center' },
        },
        {
          type: 'text',
          left: 'center',
          top: '50%',
          style: { text: totalLabel, fontSize: 12, fill: '#8c8c8c', align: 'center' },
        },
      ],
      series: [
        {
          type: 'pie',
          radius: ['50%', '72%'],
          center: ['50%', '45%'],
          avoidLabelOverlap: true,
          label: { show: false },
          labelLine: { show: false },
          itemStyle: { borderColor: '#fff', borderWidth: 2 },
          emphasis: { scaleSize: 4 },
          data: slices.map((slice) => ({
            key: slice.key,
            name: slice.name,
            value: slice.value,
            itemStyle: { color: slice.color },
          })),
        },
      ],
    }),
    // Set again only when what is drawn changes: a new array of the same slices would replay the animation.
    JSON.stringify([slices, total, totalLabel]),
    onSelect,
  );

  return (
    <div ref={element} style={{ width: '100%', height: 260, cursor: onSelect ? 'pointer' : undefined }} />
  );
}
