import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { Asset } from '../../../../api/assets';
import { useChart } from '../../../../components/useChart';
import { useBilingual } from '../../../../i18n/bilingual';
import { yuan } from '../../../../lib/identity';
import { CATEGORIES, CATEGORY_COLOR } from './labels';

use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

interface CategoryTotal {
  key: string;
  name: string;
  count: number;
  /** Fen: balances of money, known values of other property. */
  value: number;
  unvalued: number;
}

/** What was found in each of the nine categories: count and value (a category without finds shows 0). */
export function totalsByCategory(assets: readonly Asset[], name: (code: string) => string): CategoryTotal[] {
  return CATEGORIES.map(({ code }) => {
    const found = assets.filter((a) => a.category === code);
    const valued = found.map((a) => a.balance ?? a.value).filter((v): v is number => v !== null);
    return {
      key: code,
      name: name(code),
      count: found.length,
      value: valued.reduce((sum, v) => sum + v, 0),
      unvalued: found.length - valued.length,
    };
  });
}

/** 财产分布: a bar per category, its length the value found, its label the count. */
export function FoundChart({
  assets,
  name,
  onSelect,
}: {
  assets: readonly Asset[];
  name: (code: string) => string;
  onSelect?: (category: string) => void;
}) {
  const L = useBilingual();
  const totals = totalsByCategory(assets, name).reverse(); // the axis draws bottom-up
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
          return t ? `${t.name}<br/>${label(t)}` : '';
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
            itemStyle: { color: t.count > 0 ? CATEGORY_COLOR[t.key] : '#d9d9d9' },
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
