import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { AssetRegister } from '../../../../api/assets';
import { useChart } from '../../../../components/useChart';
import { useBilingual } from '../../../../i18n/bilingual';
import { yuan } from '../../../../lib/identity';
import { CATEGORY_COLOR } from './labels';
import { type CategoryTotal, totalsByCategory } from './totals';

use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/**
 * 财产分布: a bar per category, its length the value found, the part the case controls drawn over it in
 * full colour, its label the value and count.
 */
export function FoundChart({
  register,
  name,
  onSelect,
}: {
  register: Pick<AssetRegister, 'items' | 'summary'>;
  name: (code: string) => string;
  onSelect?: (category: string) => void;
}) {
  const L = useBilingual();
  const totals = totalsByCategory(register, name).reverse(); // the axis draws bottom-up
  const label = (t: CategoryTotal) => {
    if (t.count === 0) return L('未发现', 'none');
    const items = L(`${t.count} 项`, `${t.count}`);
    if (t.value === 0 && t.unvalued > 0) return `${items} · ${L('价值待定', 'value unknown')}`;
    return `${yuan(t.value)} · ${items}`;
  };
  const element = useChart(
    () => ({
      grid: { left: 8, right: 150, top: 4, bottom: 4, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (params: { dataIndex: number }) => {
          const t = totals[params.dataIndex];
          if (!t) return '';
          const held = t.controlled > 0 ? `<br/>${L('已控制', 'Controlled')} ${yuan(t.controlled)}` : '';
          return `${t.name}<br/>${label(t)}${held}`;
        },
      },
      xAxis: { type: 'value', show: false },
      yAxis: {
        type: 'category',
        data: totals.map((t) => t.name),
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: { color: '#595959' },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 14,
          barMinHeight: 3,
          showBackground: true,
          backgroundStyle: { color: '#fafafa' },
          label: {
            show: true,
            position: 'right',
            color: '#262626',
            formatter: (params: { dataIndex: number }) => {
              const t = totals[params.dataIndex];
              return t ? label(t) : '';
            },
          },
          data: totals.map((t) => ({
            key: t.key,
            value: t.value / 100,
            // The found value in a light tint of the category's colour (opacity would fade the label too).
            itemStyle: { color: t.count > 0 ? `${CATEGORY_COLOR[t.key] ?? '#8c8c8c'}59` : '#d9d9d9' },
          })),
        },
        {
          type: 'bar',
          barMaxWidth: 14,
          barGap: '-100%',
          data: totals.map((t) => ({
            key: t.key,
            value: Math.min(t.controlled, t.value) / 100,
            itemStyle: { color: CATEGORY_COLOR[t.key] },
          })),
        },
      ],
    }),
    JSON.stringify(totals) + L('zh', 'en'),
    onSelect,
  );
  return (
    <div
      ref={element}
      role="img"
      aria-label={L('财产分布图', 'Property found by category')}
      style={{ width: '100%', height: 250, cursor: onSelect ? 'pointer' : undefined }}
    />
  );
}
