import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCalendar,
  missingFestivals,
  parseCalendar,
  parseHolidayCn,
  parseIcs,
  toHolidayCn,
  toIcs,
} from './formats';
import { type CalendarDay, STATE_COUNCIL_CALENDAR } from './holidays';

const year2025 = STATE_COUNCIL_CALENDAR[2025] ?? [];

describe('holiday-cn JSON', () => {
  it('reads the project’s file: rest days and make-up working days with their names', () => {
    // The start of holiday-cn's 2025.json, as published.
    const published = JSON.stringify({
      $schema: 'https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json',
      $id: 'https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/2025.json',
      year: 2025,
      papers: ['https://www.gov.cn/zhengce/content/202411/content_6986382.htm'],
      days: [
        { name: '元旦', date: '2025-01-01', isOffDay: true },
        { name: '春节', date: '2025-01-26', isOffDay: false },
        { name: '春节', date: '2025-01-28', isOffDay: true },
        { name: '国庆节、中秋节', date: '2025-10-01', isOffDay: true },
      ],
    });
    expect(parseHolidayCn(published)).toEqual({
      days: [
        { date: '2025-01-01', kind: 'holiday', name: '元旦' },
        { date: '2025-01-26', kind: 'workday', name: '春节' },
        { date: '2025-01-28', kind: 'holiday', name: '春节' },
        { date: '2025-10-01', kind: 'holiday', name: '国庆节、中秋节' },
      ],
      problems: [],
    });
  });

  it('names each entry it cannot read, and refuses what is not JSON', () => {
    const parsed = parseHolidayCn(
      JSON.stringify({
        days: [{ name: '元旦', date: '2025-02-30', isOffDay: true }, { date: '2025-01-02' }],
      }),
    );
    expect(parsed.problems.map((p) => p.path)).toEqual(['content.days.0', 'content.days.1']);
    expect(parseHolidayCn('{').problems[0]?.message.zh).toBe('不是有效的 JSON 文件');
    expect(parseHolidayCn('{"year":2025}').problems[0]?.path).toBe('content.days');
  });

  it('refuses a date listed both as rest and as working', () => {
    const both = JSON.stringify({
      days: [
        { name: '春节', date: '2025-01-26', isOffDay: false },
        { name: '春节', date: '2025-01-26', isOffDay: true },
      ],
    });
    expect(parseHolidayCn(both).problems[0]?.message.zh).toMatch(/2025-01-26 既是放假又是上班/);
  });
});

describe('iCalendar', () => {
  it('reads all-day events spanning several days, folded lines and the common summaries', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20250128',
      'DTEND;VALUE=DATE:20250205',
      'SUMMARY:春节 假期 第1天/共8',
      ' 天',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20250126',
      'SUMMARY:[补班] 春节',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART:20251001T000000',
      'DTEND:20251009T000000',
      'SUMMARY:国庆节、中秋节 放假',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20250928',
      'SUMMARY:国庆节调休',
      'CATEGORIES:上班',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { days, problems } = parseIcs(ics);
    expect(problems).toEqual([]);
    expect(days.filter((d) => d.name === '春节' && d.kind === 'holiday')).toHaveLength(8);
    expect(days).toContainEqual({ date: '2025-01-26', kind: 'workday', name: '春节' });
    expect(days).toContainEqual({ date: '2025-09-28', kind: 'workday', name: '国庆节' });
    expect(days.filter((d) => d.name === '国庆节、中秋节').map((d) => d.date)).toEqual([
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-04',
      '2025-10-05',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
    ]);
  });

  it('reports an event it cannot tell rest from work, rather than guessing', () => {
    const ics =
      'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20250126\nSUMMARY:春节调休\nEND:VEVENT\nEND:VCALENDAR';
    expect(parseIcs(ics).problems[0]).toMatchObject({ path: 'content.events.0' });
    expect(parseIcs('hello').problems[0]?.path).toBe('content');
  });
});

describe('round trip', () => {
  it('writes a held year in each format and reads back the same days', () => {
    for (const format of ['holiday-cn', 'ics'] as const) {
      for (const [year, days] of Object.entries(STATE_COUNCIL_CALENDAR)) {
        const parsed = parseCalendar(format, formatCalendar(format, Number(year), days));
        expect(parsed.problems, `${format} ${year}`).toEqual([]);
        expect(parsed.days, `${format} ${year}`).toEqual([...days]);
      }
    }
  });

  it('keeps any names and dates, escapes included (property)', () => {
    const dayArb = fc.record({
      date: fc
        .date({ min: new Date('2030-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      kind: fc.constantFrom('holiday' as const, 'workday' as const),
      name: fc.constantFrom('春节', '国庆节、中秋节', '元旦; 补,记', '劳动节\\五一'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(dayArb, { selector: (d) => d.date, maxLength: 30 }),
        (days: CalendarDay[]) => {
          const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : 1));
          expect(parseHolidayCn(toHolidayCn(2030, days)).days).toEqual(sorted);
          const ics = parseIcs(toIcs(2030, days));
          expect(ics.days.map((d) => [d.date, d.kind])).toEqual(sorted.map((d) => [d.date, d.kind]));
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('a year as the State Council publishes it', () => {
  it('has a Spring Festival and a National Day', () => {
    expect(missingFestivals(year2025)).toEqual([]);
    expect(missingFestivals(year2025.filter((d) => !d.name.includes('春节')))).toEqual(['春节']);
    expect(missingFestivals([])).toEqual(['春节', '国庆节']);
  });
});
