import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATE_COUNCIL_CALENDAR } from '../calendar/holidays';
import { buildCalendar } from '../calendar/rules';
import { caseAccountNumber } from '../cases/account';
import { checkGuards, evaluateDeadlines } from '../compliance/rules';
import { distribute, distributeBySeizure, proRata } from './distribution';
import {
  availableOf,
  CASH_ACTION,
  FUNDS_EVENTS,
  fundsRulebookPart,
  isCaseAccountNo,
  netsToZero,
  PAYOUT_ACTION,
  payoutMove,
  type Totals,
  totalsAfter,
  ZERO_TOTALS,
} from './rules';

describe('case account numbers', () => {
  const accountNo = caseAccountNumber({ courtCode: '京0105', year: 2026, typeIndex: 0, serial: 123 });

  it('accepts the number filing gives a case', () => {
    expect(accountNo).toMatch(/^\d{19}$/);
    expect(isCaseAccountNo(accountNo)).toBe(true);
  });

  it('refuses every single mistyped digit and every swap of two different neighbours', () => {
    for (let at = 0; at < accountNo.length; at += 1) {
      for (let digit = 0; digit <= 9; digit += 1) {
        if (String(digit) === accountNo[at]) continue;
        expect(isCaseAccountNo(accountNo.slice(0, at) + digit + accountNo.slice(at + 1))).toBe(false);
      }
    }
    for (let at = 0; at + 1 < accountNo.length; at += 1) {
      const [a, b] = [accountNo[at], accountNo[at + 1]];
      // Luhn misses only 09 ↔ 90.
      if (a === b || `${a}${b}` === '09' || `${a}${b}` === '90') continue;
      const swapped = accountNo.slice(0, at) + b + a + accountNo.slice(at + 2);
      expect(isCaseAccountNo(swapped)).toBe(false);
    }
  });

  it('refuses other lengths and non-digits', () => {
    expect(isCaseAccountNo(accountNo.slice(1))).toBe(false);
    expect(isCaseAccountNo(`${accountNo}0`)).toBe(false);
    expect(isCaseAccountNo(accountNo.replace(/\d$/, 'X'))).toBe(false);
  });
});

describe('ledger arithmetic', () => {
  it('a hold lowers what is available, not the balance; posting moves it, voiding gives it back', () => {
    let account: Totals = totalsAfter(ZERO_TOTALS, 'credit', 'single', 1000);
    account = totalsAfter(account, 'debit', 'pending', 300);
    expect(availableOf(account)).toBe(700);
    expect(account.creditsPosted - account.debitsPosted).toBe(1000);
    expect(availableOf(totalsAfter(account, 'debit', 'post', 300))).toBe(700);
    expect(totalsAfter(account, 'debit', 'post', 300).debitsPosted).toBe(300);
    expect(availableOf(totalsAfter(account, 'debit', 'void', 300))).toBe(1000);
  });

  it('any sequence of transfers applied to both sides nets to zero', () => {
    const phase = fc.constantFrom('single', 'pending', 'post', 'void' as const);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(3), fc.nat(3), phase, fc.integer({ min: 1, max: 10_000 }))),
        (moves) => {
          const accounts: Totals[] = [ZERO_TOTALS, ZERO_TOTALS, ZERO_TOTALS, ZERO_TOTALS];
          for (const [debit, credit, p, amount] of moves) {
            if (debit === credit) continue;
            accounts[debit] = totalsAfter(accounts[debit] as Totals, 'debit', p, amount);
            accounts[credit] = totalsAfter(accounts[credit] as Totals, 'credit', p, amount);
          }
          return netsToZero(accounts);
        },
      ),
    );
  });
});

describe('payout states', () => {
  it('moves proposed → approved → executing → paid, and nowhere else', () => {
    expect(payoutMove('proposed', 'approve')).toBe('approved');
    expect(payoutMove('approved', 'execute')).toBe('executing');
    expect(payoutMove('executing', 'confirm')).toBe('paid');
    expect(payoutMove('executing', 'fail')).toBe('failed');
    expect(payoutMove('proposed', 'execute')).toBeNull();
    expect(payoutMove('paid', 'confirm')).toBeNull();
    expect(payoutMove('paid', 'refuse')).toBeNull();
    expect(payoutMove('executing', 'refuse')).toBeNull();
  });
});

describe('guards of a payout', () => {
  const confirmed = [{ accountNo: '6222020200112233445', accountName: '王小明' }];
  const guards = fundsRulebookPart.guards ?? [];
  const ids = (subject: object) => checkGuards(guards, PAYOUT_ACTION, subject).map((v) => v.ruleId);

  it('passes the confirmed account within the available balance', () => {
    expect(ids({ amount: 500, payee: confirmed[0], confirmed, available: 500 })).toEqual([]);
  });

  it('names funds.payee for any other account, funds.balance beyond what is available, both at once', () => {
    const other = { accountNo: '6222020200112233445', accountName: '李四' };
    expect(ids({ amount: 500, payee: other, confirmed, available: 500 })).toEqual(['funds.payee']);
    expect(ids({ amount: 501, payee: confirmed[0], confirmed, available: 500 })).toEqual(['funds.balance']);
    expect(ids({ amount: 501, payee: other, confirmed: [], available: 0 })).toEqual([
      'funds.payee',
      'funds.balance',
    ]);
    const [message] = checkGuards(guards, PAYOUT_ACTION, {
      amount: 2_142_265,
      payee: confirmed[0],
      confirmed,
      available: 100,
    });
    expect(message?.message.zh).toContain('¥21,422.65');
    expect(message?.clause.zh).toContain('执行款物管理');
  });
});

describe('cash taken outside the bank (funds.cash)', () => {
  const guards = fundsRulebookPart.guards ?? [];
  const base = {
    method: 'cash',
    collectedBy: ['张明', '陈静'],
    collectedOn: '2026-03-02',
    handedOverOn: '2026-03-02',
    payerSigned: true,
  };
  const messages = (subject: object) => checkGuards(guards, CASH_ACTION, subject).map((v) => v.message.zh);

  it('passes two officers, a signed record, the same day; the next day only with a reason', () => {
    expect(messages(base)).toEqual([]);
    expect(messages({ ...base, handedOverOn: '2026-03-03' })).toEqual(['次日移交须记明理由']);
    expect(messages({ ...base, handedOverOn: '2026-03-03', delayReason: '外出执行至深夜' })).toEqual([]);
  });

  it('names each lapse: one officer (the same name twice too), no signature, two days late', () => {
    expect(
      messages({ ...base, collectedBy: ['张明', ' 张明'], payerSigned: false, handedOverOn: '2026-03-04' }),
    ).toEqual(['现金须由两名以上执行人员收取；须有交款人签名的笔录；现金须当日移交财务，最迟次日']);
  });

  it('asks nothing of money paid at the finance counter', () => {
    expect(
      messages({
        method: 'counter',
        collectedBy: [],
        collectedOn: '2026-03-02',
        handedOverOn: '2026-03-02',
        payerSigned: false,
      }),
    ).toEqual([]);
  });
});

describe('the payout periods on the case’s deadlines', () => {
  // March 2026 has no public holiday: weekends only. 2026-03-02 is a Monday.
  const calendar = buildCalendar(STATE_COUNCIL_CALENDAR);
  const facts = (events: { type: string; on: string }[]) => ({
    filedOn: '2026-03-02',
    basisEffectiveOn: '2026-01-05',
    claimAmount: 1_000_000,
    status: 'open' as const,
    events,
  });

  it('funds.payout_notice falls due 10 working days after the money arrives; the notice meets it', () => {
    const arrived = facts([{ type: FUNDS_EVENTS.received, on: '2026-03-02' }]);
    const deadlines = evaluateDeadlines(fundsRulebookPart.deadlines ?? [], arrived, calendar, '2026-03-03');
    expect(deadlines.find((d) => d.ruleId === 'funds.payout_notice')).toMatchObject({
      dueOn: '2026-03-16',
      status: 'open',
    });
    expect(deadlines.find((d) => d.ruleId === 'funds.unpaid')).toMatchObject({ dueOn: '2026-03-23' });
    const noticed = facts([
      { type: FUNDS_EVENTS.received, on: '2026-03-02' },
      { type: FUNDS_EVENTS.payoutNoticed, on: '2026-03-05' },
    ]);
    const after = evaluateDeadlines(fundsRulebookPart.deadlines ?? [], noticed, calendar, '2026-03-06');
    expect(after.find((d) => d.ruleId === 'funds.payout_notice')?.status).toBe('met');
    expect(after.find((d) => d.ruleId === 'funds.payout')).toMatchObject({
      dueOn: '2026-03-12',
      status: 'open',
    });
  });

  it('no money, no payout deadlines', () => {
    expect(evaluateDeadlines(fundsRulebookPart.deadlines ?? [], facts([]), calendar, '2026-03-03')).toEqual(
      [],
    );
  });
});

describe('distribution among creditors (参与分配), worked by hand', () => {
  it('costs, then the mortgage, then ordinary claims pro rata (1,000,000 yuan)', () => {
    const plan = distribute({
      amount: 100_000_000,
      costs: [{ id: 'fee', creditor: '本院（申请执行费）', amount: 440_000 }],
      priority: [{ id: 'mortgage', creditor: '某银行（抵押权）', amount: 30_000_000, rank: 1 }],
      ordinary: [
        { id: 'a', creditor: '甲', amount: 50_000_000 },
        { id: 'b', creditor: '乙', amount: 30_000_000 },
        { id: 'c', creditor: '丙', amount: 20_000_000 },
      ],
    });
    // 100,000,000 − 440,000 − 30,000,000 = 69,560,000 left, shared 5 : 3 : 2.
    expect(plan.allocations.map((a) => [a.id, a.allocated, a.unpaid])).toEqual([
      ['fee', 440_000, 0],
      ['mortgage', 30_000_000, 0],
      ['a', 34_780_000, 15_220_000],
      ['b', 20_868_000, 9_132_000],
      ['c', 13_912_000, 6_088_000],
    ]);
    expect(plan.surplus).toBe(0);
  });

  it('one fen left among three equal claims goes to the first to join', () => {
    expect(proRata(100, [100, 100, 101])).toEqual([33, 33, 34]);
    expect(proRata(100, [300, 300, 300])).toEqual([34, 33, 33]);
  });

  it('leftover fen go to the largest fractional parts: 10.00 yuan over claims of 30, 30 and 10 yuan', () => {
    // Exact shares 428.571…, 428.571…, 142.857…: floors 428 + 428 + 142 = 998; the 2 fen left go to
    // 丙 (.857) and then 甲 (.571, before 乙).
    expect(proRata(1000, [3000, 3000, 1000])).toEqual([429, 428, 143]);
  });

  it('a priority rank that cannot be paid in full shares pro rata, and those below get nothing', () => {
    const plan = distribute({
      amount: 50_000,
      costs: [{ id: 'fee', creditor: '本院', amount: 10_000 }],
      priority: [
        { id: 'p1', creditor: '职工工资', amount: 30_000, rank: 1 },
        { id: 'p2a', creditor: '乙', amount: 20_000, rank: 2 },
        { id: 'p2b', creditor: '丙', amount: 20_000, rank: 2 },
      ],
      ordinary: [{ id: 'o', creditor: '丁', amount: 99_000 }],
    });
    expect(plan.allocations.map((a) => a.allocated)).toEqual([10_000, 30_000, 5_000, 5_000, 0]);
  });

  it('more money than claims: everything paid, the surplus back to the debtor', () => {
    const plan = distribute({
      amount: 1_000,
      costs: [],
      priority: [],
      ordinary: [{ id: 'a', creditor: '甲', amount: 600 }],
    });
    expect(plan.allocations[0]?.allocated).toBe(600);
    expect(plan.surplus).toBe(400);
  });

  it('refuses amounts that are not whole fen', () => {
    expect(() => distribute({ amount: 1.5, costs: [], priority: [], ordinary: [] })).toThrow(RangeError);
    expect(() =>
      distribute({
        amount: 10,
        costs: [],
        priority: [],
        ordinary: [{ id: 'a', creditor: '甲', amount: -1 }],
      }),
    ).toThrow(RangeError);
  });

  it('for any claims: sums exactly, never beyond a claim, no group paid before the one above is full', () => {
    const claim = fc.integer({ min: 0, max: 5_000_000_000_000 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_000_000_000_000 }),
        fc.array(claim, { maxLength: 2 }),
        fc.array(fc.tuple(claim, fc.integer({ min: 1, max: 3 })), { maxLength: 4 }),
        fc.array(claim, { maxLength: 6 }),
        (amount, costs, priority, ordinary) => {
          const plan = distribute({
            amount,
            costs: costs.map((c, i) => ({ id: `c${i}`, creditor: '', amount: c })),
            priority: priority.map(([c, rank], i) => ({ id: `p${i}`, creditor: '', amount: c, rank })),
            ordinary: ordinary.map((c, i) => ({ id: `o${i}`, creditor: '', amount: c })),
          });
          const total = plan.allocations.reduce((sum, a) => sum + a.allocated, 0);
          expect(total + plan.surplus).toBe(amount);
          expect(plan.surplus === 0 || plan.allocations.every((a) => a.unpaid === 0)).toBe(true);
          for (const a of plan.allocations) expect(a.allocated >= 0 && a.allocated <= a.claimed).toBe(true);
          const order = plan.allocations.map((a) => (a.group === 'costs' ? 0 : a.rank));
          plan.allocations.forEach((a, i) => {
            if (a.allocated === 0) return;
            plan.allocations.forEach((b, j) => {
              if ((order[j] as number) < (order[i] as number)) expect(b.unpaid).toBe(0);
            });
          });
        },
      ),
    );
  });
});

describe('首封优先 for an enterprise debtor (CPL-Interp 514), worked by hand', () => {
  it('pays costs and the mortgage first, then ordinary claims in full in the order of seizure', () => {
    // 1,000,000 yuan: costs 20,000; mortgage 300,000; then A (seized 03-01) 500,000 in full, B (seized
    // 03-05) gets what is left, 180,000 of 400,000; C (seized 04-01) nothing.
    const plan = distributeBySeizure({
      amount: 100_000_000,
      costs: [{ id: 'fee', creditor: '法院', amount: 2_000_000 }],
      priority: [{ id: 'm', creditor: '抵押权人', amount: 30_000_000, rank: 1 }],
      ordinary: [
        { id: 'C', creditor: '丙', amount: 10_000_000, seizedOn: '2026-04-01' },
        { id: 'A', creditor: '甲', amount: 50_000_000, seizedOn: '2026-03-01' },
        { id: 'B', creditor: '乙', amount: 40_000_000, seizedOn: '2026-03-05' },
      ],
    });
    const by = Object.fromEntries(plan.allocations.map((a) => [a.id, a.allocated]));
    expect(by).toEqual({ fee: 2_000_000, m: 30_000_000, A: 50_000_000, B: 18_000_000, C: 0 });
    expect(plan.surplus).toBe(0);
    expect(plan.allocations.find((a) => a.id === 'B')?.unpaid).toBe(22_000_000);
  });

  it('shares one day’s seizures pro rata to the fen, and the same money pro rata among a person’s creditors differs', () => {
    const ordinary = [
      { id: 'A', creditor: '甲', amount: 100, seizedOn: '2026-03-01' },
      { id: 'B', creditor: '乙', amount: 200, seizedOn: '2026-03-01' },
      { id: 'C', creditor: '丙', amount: 300, seizedOn: '2026-03-02' },
    ];
    const bySeizure = distributeBySeizure({ amount: 100, costs: [], priority: [], ordinary });
    expect(bySeizure.allocations.map((a) => a.allocated)).toEqual([33, 67, 0]);
    const proRataPlan = distribute({ amount: 100, costs: [], priority: [], ordinary });
    expect(proRataPlan.allocations.map((a) => a.allocated)).toEqual([17, 33, 50]);
  });

  it('keeps the invariants for random claims: sums to the amount (or the claims), none over its claim', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(
          fc.record({ amount: fc.integer({ min: 0, max: 5_000_000 }), day: fc.integer({ min: 1, max: 5 }) }),
          { maxLength: 12 },
        ),
        (amount, claims) => {
          const plan = distributeBySeizure({
            amount,
            costs: [],
            priority: [],
            ordinary: claims.map((c, i) => ({
              id: `c${i}`,
              creditor: `c${i}`,
              amount: c.amount,
              seizedOn: `2026-03-0${c.day}`,
            })),
          });
          const paid = plan.allocations.reduce((sum, a) => sum + a.allocated, 0);
          const claimed = claims.reduce((sum, c) => sum + c.amount, 0);
          expect(paid + plan.surplus).toBe(amount);
          expect(paid).toBe(Math.min(amount, claimed));
          for (const a of plan.allocations) expect(a.allocated).toBeLessThanOrEqual(a.claimed);
          // An earlier day is paid in full before a later one gets anything.
          for (const later of plan.allocations)
            if (later.allocated > 0)
              for (const earlier of plan.allocations)
                if (earlier.rank < later.rank) expect(earlier.unpaid).toBe(0);
        },
      ),
    );
  });
});
