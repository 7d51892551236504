/**
 * 参与分配 as a workflow, pure: the state machines exhaustively, the guards and periods, revisions and
 * the undisputed shares worked by hand, and as a property that every plan — revised any number of
 * times — sums to what it distributes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATE_COUNCIL_CALENDAR } from '../calendar/holidays';
import { buildCalendar } from '../calendar/rules';
import { checkGuards, evaluateDeadlines } from '../compliance/rules';
import { type DistributionInput, distribute, revise, undisputed } from './distribution';
import {
  DISTRIBUTION_EVENTS,
  DISTRIBUTION_STATES,
  type DistributionAct,
  distributionMove,
  FUNDS_DISTRIBUTION_PAY_AFTER,
  JOIN_ACTION,
  OBJECTION_ACTION,
  OBJECTION_STATES,
  type ObjectionAct,
  OPPOSITION_ACTION,
  objectionMove,
  SUIT_ACTION,
} from './distribution-rules';
import { fundsRulebookPart } from './rules';

const guards = fundsRulebookPart.guards ?? [];
const ids = (action: string, subject: unknown) => checkGuards(guards, action, subject).map((v) => v.ruleId);

describe('the distribution’s states', () => {
  const expected: Record<DistributionAct, Record<string, string | null>> = {
    join: { open: 'open', served: 'open', paying: null },
    draw: { open: 'served', served: null, paying: null },
    pay: { open: null, served: 'paying', paying: 'paying' },
  };
  for (const act of Object.keys(expected) as DistributionAct[])
    for (const state of DISTRIBUTION_STATES)
      it(`${act} from ${state} → ${expected[act][state]}`, () => {
        expect(distributionMove(state, act)).toBe(expected[act][state]);
      });
});

describe('an objection’s states', () => {
  const moves: Record<ObjectionAct, [string, string]> = {
    notify: ['filed', 'notified'],
    oppose: ['notified', 'opposed'],
    revise: ['notified', 'revised'],
    suit: ['opposed', 'suing'],
    lapse: ['opposed', 'lapsed'],
    uphold: ['suing', 'upheld'],
    dismiss: ['suing', 'dismissed'],
  };
  it('moves only from the one state each act applies to, and ends stay ended', () => {
    for (const act of Object.keys(moves) as ObjectionAct[])
      for (const state of OBJECTION_STATES) {
        const [from, to] = moves[act];
        expect(objectionMove(state, act)).toBe(state === from ? to : null);
      }
  });
});

describe('the guards of 参与分配', () => {
  const join = { debtorKind: 'person', state: 'open', group: 'ordinary', hasTitle: true };

  it('refuses an enterprise legal person: 首封优先 applies instead', () => {
    expect(ids(JOIN_ACTION, { ...join, debtorKind: 'enterprise' })).toEqual([
      'funds.distribution_enterprise',
    ]);
    expect(ids(JOIN_ACTION, { ...join, debtorKind: 'organisation' })).toEqual([]);
  });

  it('refuses joining once the shares are paid out, and an ordinary creditor without a title', () => {
    expect(ids(JOIN_ACTION, { ...join, state: 'paying' })).toEqual(['funds.distribution_join']);
    expect(ids(JOIN_ACTION, { ...join, state: 'served' })).toEqual([]);
    expect(ids(JOIN_ACTION, { ...join, hasTitle: false })).toEqual(['funds.distribution_join']);
    // Secured and preferential creditors may join directly (CPL-Interp 506 ¶2).
    expect(ids(JOIN_ACTION, { ...join, group: 'priority', hasTitle: false })).toEqual([]);
  });

  it('takes a party’s act on the last day of its period and refuses it the day after', () => {
    for (const [action, id] of [
      [OBJECTION_ACTION, 'funds.distribution_objection_in_time'],
      [OPPOSITION_ACTION, 'funds.distribution_opposition_in_time'],
      [SUIT_ACTION, 'funds.distribution_suit_in_time'],
    ] as const) {
      expect(ids(action, { on: '2026-03-17', dueOn: '2026-03-17' })).toEqual([]);
      expect(ids(action, { on: '2026-03-18', dueOn: '2026-03-17' })).toEqual([id]);
    }
  });

  it('lets the court act on a period only once it has ended', () => {
    const action = FUNDS_DISTRIBUTION_PAY_AFTER.action;
    expect(ids(action, { today: '2026-03-17', dueOn: '2026-03-17' })).toEqual([
      'funds.distribution_period_running',
    ]);
    expect(ids(action, { today: '2026-03-18', dueOn: '2026-03-17' })).toEqual([]);
  });
});

describe('the periods on the case’s deadlines (a real calendar)', () => {
  const calendar = buildCalendar(STATE_COUNCIL_CALENDAR);
  const facts = (events: { type: string; on: string; data: Record<string, unknown> }[]) => ({
    filedOn: '2026-01-05',
    basisEffectiveOn: '2025-12-01',
    claimAmount: 1,
    status: 'open' as const,
    events,
  });
  const deadlines = (events: Parameters<typeof facts>[0], today: string) =>
    evaluateDeadlines(fundsRulebookPart.deadlines ?? [], facts(events), calendar, today).filter((d) =>
      d.ruleId.startsWith('funds.distribution'),
    );

  it('15 days from service, from notice of an objection, from notice of an opposition', () => {
    // Served Monday 2 March 2026: the day is not counted; the 15th day is Tuesday 17 March, a working day.
    const served = { type: DISTRIBUTION_EVENTS.served, on: '2026-03-02', data: { distributionId: 'd' } };
    const notified = {
      type: DISTRIBUTION_EVENTS.objectionNotified,
      on: '2026-03-05',
      data: { objectionId: 'o' },
    };
    // 5 March + 15 = Friday 20 March.
    const opposed = { type: DISTRIBUTION_EVENTS.opposed, on: '2026-03-13', data: { objectionId: 'o' } };
    // 13 March + 15 = Saturday 28 March: a rest day, so the next working day, Monday 30 March.
    const found = deadlines([served, notified, opposed], '2026-03-16');
    expect(found.map((d) => [d.ruleId, d.key, d.dueOn, d.satisfiedOn])).toEqual([
      ['funds.distribution_objection', 'd', '2026-03-17', null],
      ['funds.distribution_opposition', 'o', '2026-03-20', '2026-03-13'],
      ['funds.distribution_suit', 'o', '2026-03-30', null],
    ]);
    const sued = { type: DISTRIBUTION_EVENTS.suitFiled, on: '2026-03-20', data: { objectionId: 'o' } };
    const paid = { type: DISTRIBUTION_EVENTS.paid, on: '2026-03-18', data: { distributionId: 'd' } };
    const after = deadlines([served, notified, opposed, paid, sued], '2026-03-21');
    expect(after.every((d) => d.satisfiedOn !== null)).toBe(true);
  });
});

const PLAN: DistributionInput = {
  amount: 1_000_001,
  costs: [{ id: 'fee', creditor: '本院', amount: 50_000 }],
  priority: [{ id: 'bank', creditor: '某银行', amount: 200_000, rank: 1 }],
  ordinary: [
    { id: 'a', creditor: '甲', amount: 600_000 },
    { id: 'b', creditor: '乙', amount: 300_000 },
    { id: 'c', creditor: '丙', amount: 100_000 },
  ],
};
const shares = (input: DistributionInput) => distribute(input).allocations.map((a) => a.allocated);

describe('revisions and the undisputed shares, worked by hand', () => {
  it('revises by distributing the claims as the objection asks', () => {
    // 7,500.01 yuan after the fee and the mortgage over 6,000 : 3,000 : 1,000: 4,500.006 / 2,250.003 /
    // 750.001 → floors 450,000 / 225,000 / 75,000 fen; the one fen left to the largest fraction (甲).
    expect(shares(PLAN)).toEqual([50_000, 200_000, 450_001, 225_000, 75_000]);
    // 甲 admitted at 3,000: 7,000 yuan of claims, paid in full; 500.01 yuan back to the debtor.
    const revised = distribute(revise(PLAN, [{ claimId: 'a', amount: 300_000 }]));
    expect(revised.allocations.map((a) => a.allocated)).toEqual([50_000, 200_000, 300_000, 300_000, 100_000]);
    expect(revised.surplus).toBe(50_001);
    // 丙 not admitted: 7,500.01 over 6,000 : 3,000 → 5,000.006… / 2,500.003… → 500,001 / 250,000.
    expect(shares(revise(PLAN, [{ claimId: 'c', amount: 0 }]))).toEqual([
      50_000, 200_000, 500_001, 250_000, 0,
    ]);
  });

  it('pays now the least each claim gets under any plan still possible, and lodges the rest', () => {
    const plan = distribute(PLAN);
    expect(undisputed(plan, [])).toMatchObject({ surplus: 0, disputed: 0 });
    const asked = distribute(revise(PLAN, [{ claimId: 'a', amount: 300_000 }]));
    const now = undisputed(plan, [asked]);
    expect([...now.shares.values()]).toEqual([50_000, 200_000, 300_000, 225_000, 75_000]);
    expect(now.surplus).toBe(0);
    // 10,000.01 − 500 − 2,000 − 3,000 − 2,250 − 750 = 1,500.01 yuan lodged.
    expect(now.disputed).toBe(150_001);
    // Two objections at once: 乙 not admitted as well → 乙's undisputed share is nothing.
    const other = distribute(revise(PLAN, [{ claimId: 'b', amount: 0 }]));
    expect([...undisputed(plan, [asked, other]).shares.values()]).toEqual([
      50_000, 200_000, 300_000, 0, 75_000,
    ]);
  });

  it('breaks ties in the order of joining (the remainder rule)', () => {
    // 1 yuan over three equal claims of 1 yuan: 33⅓ fen each; the fen left goes to the first to join.
    const even = {
      amount: 100,
      costs: [],
      priority: [],
      ordinary: ['x', 'y', 'z'].map((id) => ({ id, creditor: id, amount: 100 })),
    };
    expect(shares(even)).toEqual([34, 33, 33]);
    expect(shares(revise(even, [{ claimId: 'x', amount: 0 }]))).toEqual([0, 50, 50]);
  });

  it('refuses a revision of another amount', () => {
    expect(() => undisputed(distribute(PLAN), [distribute({ ...PLAN, amount: 5 })])).toThrow(RangeError);
  });
});

describe('property: every plan sums to what it distributes, revised any number of times', () => {
  const claim = fc.integer({ min: 1, max: 50_000_000_000 });
  const input = fc
    .record({
      amount: fc.integer({ min: 0, max: 90_000_000_000 }),
      costs: fc.array(claim, { maxLength: 2 }),
      priority: fc.array(fc.tuple(claim, fc.integer({ min: 1, max: 3 })), { maxLength: 3 }),
      ordinary: fc.array(claim, { minLength: 1, maxLength: 6 }),
    })
    .map(
      ({ amount, costs, priority, ordinary }): DistributionInput => ({
        amount,
        costs: costs.map((c, i) => ({ id: `c${i}`, creditor: '', amount: c })),
        priority: priority.map(([c, rank], i) => ({ id: `p${i}`, creditor: '', amount: c, rank })),
        ordinary: ordinary.map((c, i) => ({ id: `o${i}`, creditor: '', amount: c })),
      }),
    );
  /** Changes as fractions of each claim's amount: an objection may lower a claim to any whole fen. */
  const objections = fc.array(
    fc.array(fc.tuple(fc.nat(10), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 3 }),
    {
      maxLength: 4,
    },
  );

  it('holds for revisions applied in turn and for the undisputed shares of live ones', () => {
    fc.assert(
      fc.property(input, objections, (start, asked) => {
        const all = [...start.costs, ...start.priority, ...start.ordinary];
        const changesOf = (picks: [number, number][]) =>
          picks.map(([index, fraction]) => {
            const target = all[index % all.length] as { id: string; amount: number };
            return { claimId: target.id, amount: Math.floor(target.amount * fraction) };
          });
        let current = start;
        const live = [];
        for (const picks of asked) {
          const revision = revise(current, changesOf(picks));
          const plan = distribute(revision);
          const total = plan.allocations.reduce((sum, a) => sum + a.allocated, 0) + plan.surplus;
          expect(total).toBe(start.amount);
          live.push(plan);
          current = revision;
        }
        const plan = distribute(start);
        const now = undisputed(plan, live);
        const payable = [...now.shares.values()].reduce((sum, share) => sum + share, 0) + now.surplus;
        expect(payable + now.disputed).toBe(start.amount);
        expect(now.disputed).toBeGreaterThanOrEqual(0);
        for (const candidate of [plan, ...live])
          for (const allocation of candidate.allocations)
            expect(now.shares.get(allocation.id) as number).toBeLessThanOrEqual(allocation.allocated);
        if (live.length === 0) expect(now.disputed).toBe(0);
      }),
    );
  });
});
