import type { Title } from '../compliance/rules';
import type { CalendarDay } from './holidays';
import { isLocalDate } from './rules';

/**
 * The State Council's arrangement of a year as published in two common formats, read and written
 * without I/O:
 * - the JSON of the holiday-cn project (github.com/NateScarlet/holiday-cn, `YYYY.json`):
 *   `{ year, papers, days: [{ name, date, isOffDay }] }`, a rest day `isOffDay: true`, a make-up
 *   working day (调休上班) `isOffDay: false`;
 * - an iCalendar file (RFC 5545): all-day VEVENTs, DTEND exclusive, the kind read from the summary
 *   or categories (假期 / 休 / 放假 → rest; 补班 / 上班 / 班 → working), the holiday's name from it.
 * A parser answers the days and the problems it found, each naming where; it never guesses a day.
 */

export type CalendarFormat = 'holiday-cn' | 'ics';

export interface ParsedYear {
  days: CalendarDay[];
  problems: { path: string; message: Title }[];
}

/** The festivals a notice arranges (names as the notices write them; 国庆节、中秋节 when joined). */
const FESTIVALS = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'] as const;

// ─── holiday-cn JSON ─────────────────────────────────────────────────────────────────────────────

export function parseHolidayCn(text: string): ParsedYear {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return failed('content', { zh: '不是有效的 JSON 文件', en: 'not valid JSON' });
  }
  const list = (data as { days?: unknown } | null)?.days;
  if (!Array.isArray(list)) {
    return failed('content.days', {
      zh: '缺少 days 数组（holiday-cn 格式）',
      en: 'no days array (holiday-cn format)',
    });
  }
  const parsed: ParsedYear = { days: [], problems: [] };
  list.forEach((entry: unknown, index) => {
    const { name, date, isOffDay } = (entry ?? {}) as { name?: unknown; date?: unknown; isOffDay?: unknown };
    if (
      typeof name !== 'string' ||
      name.trim() === '' ||
      !isLocalDate(date) ||
      typeof isOffDay !== 'boolean'
    ) {
      parsed.problems.push({
        path: `content.days.${index}`,
        message: {
          zh: '应有 name、date（YYYY-MM-DD）和 isOffDay',
          en: 'needs name, date (YYYY-MM-DD) and isOffDay',
        },
      });
      return;
    }
    parsed.days.push({ date, kind: isOffDay ? 'holiday' : 'workday', name: name.trim() });
  });
  return withoutDuplicates(parsed);
}

export function toHolidayCn(year: number, days: readonly CalendarDay[]): string {
  const list = sorted(days).map((day) => ({
    name: day.name,
    date: day.date,
    isOffDay: day.kind === 'holiday',
  }));
  return `${JSON.stringify({ year, papers: [], days: list }, null, 2)}\n`;
}

// ─── iCalendar ───────────────────────────────────────────────────────────────────────────────────

const WORK_WORDS = /补班|上班|加班|(^|[\s[【（(])班([\s\]】）)]|$)/u;
// 调休 alone says only that days were swapped, not which way: such an event is reported, not guessed.
const REST_WORDS = /假|(?<!调)休/u;

export function parseIcs(text: string): ParsedYear {
  const lines = unfold(text);
  if (!lines.some((line) => line.toUpperCase() === 'BEGIN:VCALENDAR')) {
    return failed('content', {
      zh: '不是 iCalendar 文件（缺少 BEGIN:VCALENDAR）',
      en: 'not an iCalendar file',
    });
  }
  const parsed: ParsedYear = { days: [], problems: [] };
  let event: Map<string, string> | null = null;
  let count = 0;
  for (const line of lines) {
    const upper = line.toUpperCase();
    if (upper === 'BEGIN:VEVENT') event = new Map();
    else if (upper === 'END:VEVENT' && event) {
      readEvent(event, `content.events.${count}`, parsed);
      count += 1;
      event = null;
    } else if (event) {
      const colon = line.indexOf(':');
      if (colon > 0)
        event.set(line.slice(0, colon).split(';')[0]?.toUpperCase() ?? '', line.slice(colon + 1));
    }
  }
  return withoutDuplicates(parsed);
}

function readEvent(event: Map<string, string>, path: string, parsed: ParsedYear): void {
  const summary = unescapeText(event.get('SUMMARY') ?? '');
  const label = `${summary} ${unescapeText(event.get('CATEGORIES') ?? '')}`;
  const start = icsDate(event.get('DTSTART'));
  const end = event.has('DTEND') ? icsDate(event.get('DTEND')) : start && nextDay(start);
  const kind = WORK_WORDS.test(label) ? 'workday' : REST_WORDS.test(label) ? 'holiday' : null;
  if (!start || !end || end <= start) {
    parsed.problems.push({
      path,
      message: { zh: '日期无法识别（DTSTART/DTEND）', en: 'unreadable DTSTART/DTEND' },
    });
    return;
  }
  if (!kind) {
    parsed.problems.push({
      path,
      message: {
        zh: `无法判断“${summary}”是放假还是调休上班`,
        en: `cannot tell whether “${summary}” is a rest day or a make-up working day`,
      },
    });
    return;
  }
  const name = festivalName(summary);
  for (let date = start; date < end; date = nextDay(date)) parsed.days.push({ date, kind, name });
}

/** The festival the summary names (`国庆节、中秋节` when it names both), else the summary stripped of its kind. */
function festivalName(summary: string): string {
  const named = FESTIVALS.filter((festival) => summary.includes(festival.replace(/节$/, '')));
  if (named.length > 0) {
    return named
      .sort((a, b) => summary.indexOf(a.replace(/节$/, '')) - summary.indexOf(b.replace(/节$/, '')))
      .join('、');
  }
  return summary.replace(/[[【（(]?(补班|上班|假期|放假|休|班)[\]】）)]?/gu, '').trim() || summary;
}

export function toIcs(year: number, days: readonly CalendarDay[]): string {
  const events = sorted(days).map((day) => {
    const date = day.date.replaceAll('-', '');
    return [
      'BEGIN:VEVENT',
      `UID:${date}-${day.kind}@zhixing`,
      `DTSTAMP:${year}0101T000000Z`,
      `DTSTART;VALUE=DATE:${date}`,
      `DTEND;VALUE=DATE:${nextDay(day.date).replaceAll('-', '')}`,
      `SUMMARY:${escapeText(`${day.name} ${day.kind === 'holiday' ? '假期' : '补班'}`)}`,
      `CATEGORIES:${day.kind === 'holiday' ? '假期' : '补班'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ];
  });
  return `${[
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Zhixing//Working-day calendar//ZH',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${year}年节假日安排`,
    ...events.flat(),
    'END:VCALENDAR',
  ].join('\r\n')}\r\n`;
}

/** RFC 5545 §3.1: a line starting with a space or tab continues the one before. */
function unfold(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function icsDate(value: string | undefined): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})/.exec(value?.trim() ?? '');
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return isLocalDate(date) ? date : null;
}

function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
}

function unescapeText(text: string): string {
  return text.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

// ─── Shared ──────────────────────────────────────────────────────────────────────────────────────

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function sorted(days: readonly CalendarDay[]): CalendarDay[] {
  return [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function failed(path: string, message: Title): ParsedYear {
  return { days: [], problems: [{ path, message }] };
}

/** A date listed twice the same way is kept once; listed as both rest and working, it is a problem. */
function withoutDuplicates(parsed: ParsedYear): ParsedYear {
  const byDate = new Map<string, CalendarDay>();
  for (const day of parsed.days) {
    const seen = byDate.get(day.date);
    if (seen && seen.kind !== day.kind) {
      parsed.problems.push({
        path: `content`,
        message: {
          zh: `${day.date} 既是放假又是上班`,
          en: `${day.date} is both a rest day and a working day`,
        },
      });
    }
    if (!seen) byDate.set(day.date, day);
  }
  return { days: sorted([...byDate.values()]), problems: parsed.problems };
}

export function parseCalendar(format: CalendarFormat, text: string): ParsedYear {
  return format === 'ics' ? parseIcs(text) : parseHolidayCn(text);
}

export function formatCalendar(format: CalendarFormat, year: number, days: readonly CalendarDay[]): string {
  return format === 'ics' ? toIcs(year, days) : toHolidayCn(year, days);
}

/**
 * Whether a year's arrangement can be the State Council's: every notice since 1999 gives the Spring
 * Festival and National Day (《全国年节及纪念日放假办法》第二条). The festivals missing, if any.
 */
export function missingFestivals(days: readonly CalendarDay[]): string[] {
  const rest = days.filter((day) => day.kind === 'holiday');
  return ['春节', '国庆节'].filter(
    (festival) => !rest.some((day) => day.name.includes(festival.replace(/节$/, ''))),
  );
}
