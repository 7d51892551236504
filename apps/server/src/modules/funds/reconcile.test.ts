import type { StatementLine } from '@zhixing/assist-protocol';
import { describe, expect, it } from 'vitest';
import { differences } from './reconcile';

const line = (lineId: string, amount: number, accountNo = '4001052026000000014'): StatementLine => ({
  lineId,
  seq: Number(lineId.slice(1)),
  accountNo,
  amount,
  kind: 'deposit',
  payerName: '甲',
  transferId: `T${lineId}`,
  at: '2026-03-02T02:00:00Z',
});

describe('differences between the bank’s statement and the booked lines', () => {
  it('reports nothing when they agree', () => {
    expect(
      differences(
        [line('L1', 100)],
        [{ lineId: 'L1', seq: 1, accountNo: '4001052026000000014', amount: 100 }],
      ),
    ).toEqual([]);
  });

  it('names a line never received, one with another amount or account, and one the bank does not list', () => {
    const found = differences(
      [line('L1', 100), line('L2', 200), line('L3', 300, '4001052026000000022')],
      [
        { lineId: 'L2', seq: 2, accountNo: '4001052026000000014', amount: 250 },
        { lineId: 'L3', seq: 3, accountNo: '4001052026000000014', amount: 300 },
        { lineId: 'L4', seq: 4, accountNo: '4001052026000000014', amount: 400 },
      ],
    );
    expect(found.map((e) => [e.kind, e.lineId])).toEqual([
      ['missing', 'L1'],
      ['mismatch', 'L2'],
      ['mismatch', 'L3'],
      ['not_at_bank', 'L4'],
    ]);
  });
});
