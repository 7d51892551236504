import { describe, expect, it } from 'vitest';
import { matchLines, paymentReference, paysBalance } from './payment-rules';

const ID = '01a24d05-522e-7000-8e26-0c9788e7d267';
const awaited = { auctionId: ID, balance: 630_000_00, winnerName: '孙七' };

describe('recognising the buyer’s balance on a statement line', () => {
  it('the reference is PM and the id’s first 10 hex digits', () => {
    expect(paymentReference(ID)).toBe('PM01A24D0552');
  });

  it('by reference: anywhere in the payer’s text, any case and spacing, covering the balance', () => {
    const line = (reference: string, amount = 630_000_00) => ({ amount, payerName: '某公司', reference });
    expect(paysBalance(line('尾款 PM01A24D0552'), awaited)).toBe(true);
    expect(paysBalance(line('pm01a2 4d0552'), awaited)).toBe(true);
    expect(paysBalance(line('PM01A24D0552', 630_000_01), awaited)).toBe(true); // more than due: still the balance
    expect(paysBalance(line('PM01A24D0552', 629_999_99), awaited)).toBe(false); // partial: left to the officer
    expect(paysBalance(line('PM01A24D0553'), awaited)).toBe(false);
  });

  it('without the reference: the buyer by name and the exact balance only', () => {
    expect(paysBalance({ amount: 630_000_00, payerName: ' 孙 七 ', reference: null }, awaited)).toBe(true);
    expect(paysBalance({ amount: 630_000_01, payerName: '孙七', reference: null }, awaited)).toBe(false);
    expect(paysBalance({ amount: 630_000_00, payerName: '孙八', reference: null }, awaited)).toBe(false);
    expect(
      paysBalance({ amount: 630_000_00, payerName: '', reference: null }, { ...awaited, winnerName: '' }),
    ).toBe(false);
  });

  it('each line pays one balance, each balance is paid once', () => {
    const other = { auctionId: 'ffffffff-0000-0000-0000-000000000000', balance: 100_00, winnerName: '孙七' };
    const lines = [
      { amount: 630_000_00, payerName: '孙七', reference: null, id: 1 },
      { amount: 630_000_00, payerName: '孙七', reference: null, id: 2 },
      { amount: 100_00, payerName: '孙七', reference: null, id: 3 },
    ];
    expect(matchLines(lines, [awaited, other]).map((m) => [m.line.id, m.auctionId])).toEqual([
      [1, ID],
      [3, other.auctionId],
    ]);
  });
});
