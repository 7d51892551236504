import { describe, expect, it } from 'vitest';
import { daysOverdue, rankCourts } from './rules';

describe('daysOverdue', () => {
  it('counts calendar days past the due date, never negative', () => {
    expect(daysOverdue('2026-12-01', '2026-12-06')).toBe(5);
    expect(daysOverdue('2026-12-06', '2026-12-06')).toBe(0);
    expect(daysOverdue('2026-12-10', '2026-12-06')).toBe(0);
    expect(daysOverdue('2026-11-30', '2027-01-01')).toBe(32);
  });
});

describe('rankCourts', () => {
  it('puts the courts with most overdue first, each with its worst delay, and keeps courts with none', () => {
    const counts = [
      { courtId: 'a', count: 2, oldestDueOn: '2026-12-04' },
      { courtId: 'b', count: 2, oldestDueOn: '2026-11-01' },
      { courtId: 'z', count: 0, oldestDueOn: null },
      { courtId: 'c', count: 1, oldestDueOn: '2026-10-01' },
    ];
    expect(rankCourts(counts, '2026-12-06')).toEqual([
      { courtId: 'b', count: 2, worstDaysOverdue: 35 },
      { courtId: 'a', count: 2, worstDaysOverdue: 2 },
      { courtId: 'c', count: 1, worstDaysOverdue: 66 },
      { courtId: 'z', count: 0, worstDaysOverdue: 0 },
    ]);
  });

  it('answers nothing for nothing, and orders ties by court id', () => {
    expect(rankCourts([], '2026-12-06')).toEqual([]);
    const tie = rankCourts(
      [
        { courtId: 'y', count: 1, oldestDueOn: '2026-12-01' },
        { courtId: 'x', count: 1, oldestDueOn: '2026-12-01' },
      ],
      '2026-12-06',
    );
    expect(tie.map((c) => c.courtId)).toEqual(['x', 'y']);
  });
});
