/**
 * The State Council's public holidays (放假) and make-up working days (调休上班日), 2016–2026, as
 * published each year in 国务院办公厅关于 YYYY 年部分节假日安排的通知 (links below; the 2020 Spring
 * Festival as extended by 国务院办公厅关于延长2020年春节假期的通知). These are law: a wrong date
 * moves every deadline across it. Cross-checked against github.com/NateScarlet/holiday-cn.
 *
 * Each period is written as the notice states it: the first and last rest day of the period
 * (weekends inside it included), then the Saturdays or Sundays worked in exchange. Where a notice
 * says a day "与周末连休" (joins the weekend), only the day it names is listed; the weekend is a rest
 * day anyway. A period that starts in December belongs to the next year's notice but its days are
 * filed under their own year (e.g. 2018-12-29…31 for 元旦 2019), so every year holds its own dates.
 */

export type CalendarDayKind = 'holiday' | 'workday';

/** `holiday`: a public rest day (休); `workday`: a weekend day declared a working day (调休上班, 班). */
export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

/** [name, first rest day, last rest day, ...make-up working days] */
type Period = readonly [name: string, first: string, last: string, ...makeUp: string[]];

const NOTICES: readonly (readonly Period[])[] = [
  // 2016 — www.gov.cn/zhengce/zhengceku/2015-12/10/content_10394.htm
  [
    ['元旦', '2016-01-01', '2016-01-01'],
    ['春节', '2016-02-07', '2016-02-13', '2016-02-06', '2016-02-14'],
    ['清明节', '2016-04-04', '2016-04-04'],
    ['劳动节', '2016-05-01', '2016-05-02'],
    ['端午节', '2016-06-09', '2016-06-11', '2016-06-12'],
    ['中秋节', '2016-09-15', '2016-09-17', '2016-09-18'],
    ['国庆节', '2016-10-01', '2016-10-07', '2016-10-08', '2016-10-09'],
  ],
  // 2017 — www.gov.cn/zhengce/zhengceku/2016-12/01/content_5141603.htm
  [
    ['元旦', '2017-01-01', '2017-01-02'],
    ['春节', '2017-01-27', '2017-02-02', '2017-01-22', '2017-02-04'],
    ['清明节', '2017-04-02', '2017-04-04', '2017-04-01'],
    ['劳动节', '2017-05-01', '2017-05-01'],
    ['端午节', '2017-05-28', '2017-05-30', '2017-05-27'],
    ['中秋节、国庆节', '2017-10-01', '2017-10-08', '2017-09-30'],
  ],
  // 2018 — www.gov.cn/zhengce/zhengceku/2017-11/30/content_5243579.htm
  [
    ['元旦', '2018-01-01', '2018-01-01'],
    ['春节', '2018-02-15', '2018-02-21', '2018-02-11', '2018-02-24'],
    ['清明节', '2018-04-05', '2018-04-07', '2018-04-08'],
    ['劳动节', '2018-04-29', '2018-05-01', '2018-04-28'],
    ['端午节', '2018-06-18', '2018-06-18'],
    ['中秋节', '2018-09-24', '2018-09-24'],
    ['国庆节', '2018-10-01', '2018-10-07', '2018-09-29', '2018-09-30'],
  ],
  // 2019 — www.gov.cn/zhengce/zhengceku/2018-12/06/content_5346276.htm;
  // 劳动节 as amended by www.gov.cn/zhengce/zhengceku/2019-03/22/content_5375877.htm
  [
    ['元旦', '2018-12-30', '2019-01-01', '2018-12-29'],
    ['春节', '2019-02-04', '2019-02-10', '2019-02-02', '2019-02-03'],
    ['清明节', '2019-04-05', '2019-04-05'],
    ['劳动节', '2019-05-01', '2019-05-04', '2019-04-28', '2019-05-05'],
    ['端午节', '2019-06-07', '2019-06-07'],
    ['中秋节', '2019-09-13', '2019-09-13'],
    ['国庆节', '2019-10-01', '2019-10-07', '2019-09-29', '2019-10-12'],
  ],
  // 2020 — www.gov.cn/zhengce/zhengceku/2019-11/21/content_5454164.htm; 春节 extended to 2-2 by
  // www.gov.cn/zhengce/zhengceku/2020-01/27/content_5472352.htm, which cancelled the 2-1 make-up day
  [
    ['元旦', '2020-01-01', '2020-01-01'],
    ['春节', '2020-01-24', '2020-02-02', '2020-01-19'],
    ['清明节', '2020-04-04', '2020-04-06'],
    ['劳动节', '2020-05-01', '2020-05-05', '2020-04-26', '2020-05-09'],
    ['端午节', '2020-06-25', '2020-06-27', '2020-06-28'],
    ['国庆节、中秋节', '2020-10-01', '2020-10-08', '2020-09-27', '2020-10-10'],
  ],
  // 2021 — www.gov.cn/zhengce/zhengceku/2020-11/25/content_5564127.htm
  [
    ['元旦', '2021-01-01', '2021-01-03'],
    ['春节', '2021-02-11', '2021-02-17', '2021-02-07', '2021-02-20'],
    ['清明节', '2021-04-03', '2021-04-05'],
    ['劳动节', '2021-05-01', '2021-05-05', '2021-04-25', '2021-05-08'],
    ['端午节', '2021-06-12', '2021-06-14'],
    ['中秋节', '2021-09-19', '2021-09-21', '2021-09-18'],
    ['国庆节', '2021-10-01', '2021-10-07', '2021-09-26', '2021-10-09'],
  ],
  // 2022 — www.gov.cn/zhengce/zhengceku/2021-10/25/content_5644835.htm
  [
    ['元旦', '2022-01-01', '2022-01-03'],
    ['春节', '2022-01-31', '2022-02-06', '2022-01-29', '2022-01-30'],
    ['清明节', '2022-04-03', '2022-04-05', '2022-04-02'],
    ['劳动节', '2022-04-30', '2022-05-04', '2022-04-24', '2022-05-07'],
    ['端午节', '2022-06-03', '2022-06-05'],
    ['中秋节', '2022-09-10', '2022-09-12'],
    ['国庆节', '2022-10-01', '2022-10-07', '2022-10-08', '2022-10-09'],
  ],
  // 2023 — www.gov.cn/zhengce/zhengceku/2022-12/08/content_5730844.htm
  [
    ['元旦', '2022-12-31', '2023-01-02'],
    ['春节', '2023-01-21', '2023-01-27', '2023-01-28', '2023-01-29'],
    ['清明节', '2023-04-05', '2023-04-05'],
    ['劳动节', '2023-04-29', '2023-05-03', '2023-04-23', '2023-05-06'],
    ['端午节', '2023-06-22', '2023-06-24', '2023-06-25'],
    ['中秋节、国庆节', '2023-09-29', '2023-10-06', '2023-10-07', '2023-10-08'],
  ],
  // 2024 — www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm
  [
    ['元旦', '2024-01-01', '2024-01-01'],
    ['春节', '2024-02-10', '2024-02-17', '2024-02-04', '2024-02-18'],
    ['清明节', '2024-04-04', '2024-04-06', '2024-04-07'],
    ['劳动节', '2024-05-01', '2024-05-05', '2024-04-28', '2024-05-11'],
    ['端午节', '2024-06-10', '2024-06-10'],
    ['中秋节', '2024-09-15', '2024-09-17', '2024-09-14'],
    ['国庆节', '2024-10-01', '2024-10-07', '2024-09-29', '2024-10-12'],
  ],
  // 2025 — www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm (春节 and 劳动节 one day longer)
  [
    ['元旦', '2025-01-01', '2025-01-01'],
    ['春节', '2025-01-28', '2025-02-04', '2025-01-26', '2025-02-08'],
    ['清明节', '2025-04-04', '2025-04-06'],
    ['劳动节', '2025-05-01', '2025-05-05', '2025-04-27'],
    ['端午节', '2025-05-31', '2025-06-02'],
    ['国庆节、中秋节', '2025-10-01', '2025-10-08', '2025-09-28', '2025-10-11'],
  ],
  // 2026 — www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm
  [
    ['元旦', '2026-01-01', '2026-01-03', '2026-01-04'],
    ['春节', '2026-02-15', '2026-02-23', '2026-02-14', '2026-02-28'],
    ['清明节', '2026-04-04', '2026-04-06'],
    ['劳动节', '2026-05-01', '2026-05-05', '2026-05-09'],
    ['端午节', '2026-06-19', '2026-06-21'],
    ['中秋节', '2026-09-25', '2026-09-27'],
    ['国庆节', '2026-10-01', '2026-10-07', '2026-09-20', '2026-10-10'],
  ],
];

const DAY_MS = 86_400_000;

/** Every date from `first` to `last` inclusive (ISO dates of 1970–9999 only, which is all this file holds). */
function datesThrough(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let ms = Date.parse(first); ms <= Date.parse(last); ms += DAY_MS) {
    dates.push(new Date(ms).toISOString().slice(0, 10));
  }
  return dates;
}

function periodDays([name, first, last, ...makeUp]: Period): CalendarDay[] {
  return [
    ...datesThrough(first, last).map((date) => ({ date, kind: 'holiday' as const, name })),
    ...makeUp.map((date) => ({ date, kind: 'workday' as const, name })),
  ];
}

/** Files every day under the year of its own date, sorted by date. */
function byYear(notices: readonly (readonly Period[])[]): Record<number, readonly CalendarDay[]> {
  const years: Record<number, CalendarDay[]> = {};
  for (const day of notices.flat().flatMap(periodDays)) {
    const year = Number(day.date.slice(0, 4));
    const list = years[year] ?? [];
    list.push(day);
    years[year] = list;
  }
  for (const days of Object.values(years)) {
    days.sort((a, b) => (a.date < b.date ? -1 : 1));
    for (const day of days) Object.freeze(day);
    Object.freeze(days);
  }
  return years;
}

/** Public holidays and make-up working days per year, 2016–2026. */
export const STATE_COUNCIL_CALENDAR: Readonly<Record<number, readonly CalendarDay[]>> = Object.freeze(
  byYear(NOTICES),
);
