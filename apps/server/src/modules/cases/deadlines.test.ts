import { describe, expect, it } from 'vitest';
import type { Deadline } from '../compliance/rules';
import { type DeadlineOwner, deadlineChanges, deadlineRow } from './deadlines';

const owner: DeadlineOwner = {
  id: 'case-1',
  courtId: 'court-1',
  officerId: null,
  nextDeadlineRuleId: 'a',
  nextDeadlineOn: '2025-01-10',
};

function deadline(ruleId: string, dueOn: string, satisfiedOn: string | null = null, key = ''): Deadline {
  return {
    ruleId,
    key,
    clause: { zh: 'X第1条', en: 'X art. 1' },
    title: { zh: '测', en: 'T' },
    action: 'warn',
    triggeredOn: '2025-01-01',
    dueOn,
    satisfiedOn,
    status: satisfiedOn ? 'met' : 'open',
    daysLeft: satisfiedOn ? null : 3,
  };
}

describe('deadlineChanges', () => {
  const a = deadline('a', '2025-01-10');
  const b = deadline('b', '2025-02-01');

  it('writes nothing when the evaluation is what is stored', () => {
    const stored = [a, b].map((d) => deadlineRow(owner, d));
    expect(deadlineChanges([owner], [[a, b]], stored)).toEqual({ upserts: [], deletes: [], next: [] });
  });

  it('upserts changed and new rows, deletes vanished ones, and moves the next deadline', () => {
    const stored = [deadlineRow(owner, a), deadlineRow(owner, deadline('gone', '2025-03-01'))];
    const metA = deadline('a', '2025-01-10', '2025-01-05');
    const changes = deadlineChanges([owner], [[metA, b]], stored);
    expect(changes.upserts.map((row) => [row.ruleId, row.satisfiedOn])).toEqual([
      ['a', '2025-01-05'],
      ['b', null],
    ]);
    expect(changes.deletes).toEqual([{ caseId: 'case-1', ruleId: 'gone', key: '' }]);
    expect(changes.next).toEqual([{ id: 'case-1', ruleId: 'b', dueOn: '2025-02-01' }]);
  });

  it('rewrites a row whose officer changed (the rows carry it for 我的期限)', () => {
    const stored = [deadlineRow(owner, a)];
    const assigned = { ...owner, officerId: 'officer-1' };
    expect(deadlineChanges([assigned], [[a]], stored).upserts).toEqual([deadlineRow(assigned, a)]);
  });

  it('keeps the instances of a keyed rule apart: one per asset, each written and deleted by its key', () => {
    const first = deadline('assets.control', '2025-01-03', null, 'asset-1');
    const second = deadline('assets.control', '2025-01-04', null, 'asset-2');
    const stored = [deadlineRow(owner, a), deadlineRow(owner, first)];
    const changes = deadlineChanges([owner], [[a, second]], stored);
    expect(changes.upserts.map((row) => [row.ruleId, row.key])).toEqual([['assets.control', 'asset-2']]);
    expect(changes.deletes).toEqual([{ caseId: 'case-1', ruleId: 'assets.control', key: 'asset-1' }]);
  });

  it('clears the next deadline once every deadline is met', () => {
    const met = deadline('a', '2025-01-10', '2025-01-09');
    expect(deadlineChanges([owner], [[met]], []).next).toEqual([{ id: 'case-1', ruleId: null, dueOn: null }]);
  });
});
