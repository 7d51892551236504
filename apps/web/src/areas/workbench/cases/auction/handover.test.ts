import { describe, expect, it } from 'vitest';
import { handoverOverdue } from './handover';

describe('handoverOverdue', () => {
  const due = { doneAt: null, dueAt: '2026-03-12T16:00:00.000Z' };

  it('reads the platform clock, not the browser’s: a moved clock makes a node overdue', () => {
    expect(handoverOverdue(due, '2026-03-12T15:59:59.000Z')).toBe(false);
    expect(handoverOverdue(due, '2026-03-12T16:00:01.000Z')).toBe(true);
    expect(handoverOverdue(due, '2027-01-01T00:00:00.000Z')).toBe(true);
  });

  it('is never overdue once done, without a due date, or before the platform has answered', () => {
    expect(handoverOverdue({ ...due, doneAt: '2026-03-20T00:00:00.000Z' }, '2027-01-01T00:00:00.000Z')).toBe(
      false,
    );
    expect(handoverOverdue({ doneAt: null, dueAt: null }, '2027-01-01T00:00:00.000Z')).toBe(false);
    expect(handoverOverdue(due, undefined)).toBe(false);
  });
});
