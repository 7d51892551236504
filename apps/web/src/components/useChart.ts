import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { init } from 'echarts/core';
import { type RefObject, useEffect, useRef } from 'react';

/**
 * An ECharts instance on a div: created on mount, resized with its box, disposed on unmount. The
 * option is set again only when `drawn` (a serialisation of what it shows) changes, so a re-render
 * with equal data does not replay the animation. A click names the clicked datum's `key`.
 * Callers register the chart types and components they use with `use([...])` from echarts/core.
 */
export function useChart(
  option: () => EChartsCoreOption,
  drawn: string,
  onSelect?: (key: string) => void,
): RefObject<HTMLDivElement | null> {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  const build = useRef(option);
  build.current = option;

  useEffect(() => {
    if (!element.current) return;
    const instance = init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      const key = (params.data as { key?: string } | undefined)?.key;
      if (key) select.current?.(key);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `drawn` stands for what the option shows.
  useEffect(() => {
    chart.current?.setOption(build.current(), { notMerge: true });
  }, [drawn]);

  return element;
}
