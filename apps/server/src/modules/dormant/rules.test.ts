import { describe, expect, it } from 'vitest';
import { checkGuards } from '../compliance/rules';
import {
  CYCLES,
  closingCheck,
  cycleOffset,
  cycleScheduler,
  DORMANT_CLOSE_ACTION,
  DORMANT_CLOSE_GUARDS,
  DORMANT_CONDITIONS,
  type DormantEvent,
  type DormantFacts,
  requeryDueOn,
} from './rules';

const TODAY = '2025-06-01';
const ev = (
  type: string,
  on = '2025-03-01',
  data: Record<string, unknown> = {},
  evidence: string[] = [],
): DormantEvent => ({
  type,
  on,
  data,
  evidence,
});
const DOC = '0190f000-0000-7000-8000-000000000001';
const ASSET = '0190f000-0000-7000-8000-0000000000aa';

/** A record in which every condition holds. */
function complete(): DormantFacts {
  return {
    filedOn: '2025-01-10',
    events: [
      ev('notice.served'),
      ev('report_order.served'),
      ev('report.checked', '2025-02-01', { result: 'reported' }),
      ev('investigation.onsite'),
      ev('interview.applicant', '2025-05-20', {}, [DOC]),
      ev('applicant.agreed_dormant', '2025-05-20', {}, [DOC]),
    ],
    inquiry: { offered: ['bank', 'realty', 'vehicle'], answered: ['bank', 'realty', 'vehicle'] },
    leads: [{ id: 'l1', description: '某银行账户', result: 'unfounded' }],
    assets: [{ id: ASSET, description: '工商银行账户', state: 'released' }],
    restrictions: 1,
    listings: 0,
  };
}

const refusedWith = (facts: DormantFacts, today = TODAY) =>
  checkGuards(DORMANT_CLOSE_GUARDS, DORMANT_CLOSE_ACTION, { facts: {} as never, today, dormant: facts }).map(
    (v) => v.ruleId,
  );

const without = (facts: DormantFacts, type: string): DormantFacts => ({
  ...facts,
  events: facts.events.filter((e) => e.type !== type),
});

describe('the closing check (终本)', () => {
  it('passes a complete record, and the checklist shows every condition met with its evidence', () => {
    expect(refusedWith(complete())).toEqual([]);
    const list = closingCheck(complete(), TODAY);
    expect(list.map((c) => c.ruleId)).toEqual(DORMANT_CONDITIONS.map((c) => c.id));
    for (const c of list) {
      expect(c.met).toBe(true);
      expect(c.evidence?.zh).toMatch(/\S/);
      expect(c.missing).toBeUndefined();
      expect(c.clause.zh).toMatch(/第\d+条/);
    }
  });

  const cases: [string, (f: DormantFacts) => DormantFacts][] = [
    ['case.close.dormant.notice', (f) => without(f, 'notice.served')],
    ['case.close.dormant.report_order', (f) => without(f, 'report_order.served')],
    ['case.close.dormant.report_checked', (f) => without(f, 'report.checked')],
    [
      'case.close.dormant.report_sanction',
      // refused to report, listed (so the listing condition holds) but no fine or detention
      (f) => ({
        ...f,
        listings: 1,
        events: f.events.map((e) =>
          e.type === 'report.checked' ? { ...e, data: { result: 'refused' } } : e,
        ),
      }),
    ],
    ['case.close.dormant.restriction', (f) => ({ ...f, restrictions: 0 })],
    [
      'case.close.dormant.listing',
      // obstruction met with a fine, but grounds for listing are neither listed nor declined
      (f) => ({
        ...f,
        events: [...f.events, ev('obstruction.recorded', '2025-03-02'), ev('sanction.imposed', '2025-03-03')],
      }),
    ],
    [
      'case.close.dormant.inquiry',
      (f) => ({ ...f, inquiry: { offered: ['bank', 'realty', 'vehicle'], answered: ['bank', 'realty'] } }),
    ],
    [
      'case.close.dormant.leads',
      (f) => ({ ...f, leads: [{ id: 'l2', description: '某处房产', result: 'in_progress' }] }),
    ],
    ['case.close.dormant.onsite', (f) => without(f, 'investigation.onsite')],
    [
      'case.close.dormant.requests',
      (f) => ({ ...f, events: [...f.events, ev('audit.requested', '2025-04-01')] }),
    ],
    ['case.close.dormant.three_months', (f) => ({ ...f, filedOn: '2025-03-01' })],
    [
      'case.close.dormant.assets',
      (f) => ({ ...f, assets: [{ id: ASSET, description: '房产', state: 'seized' }] }),
    ],
    [
      'case.close.dormant.missing_debtor',
      (f) => ({ ...f, events: [...f.events, ev('debtor.missing', '2025-04-01')] }),
    ],
    [
      'case.close.dormant.obstruction',
      (f) => ({ ...f, listings: 1, events: [...f.events, ev('obstruction.recorded', '2025-04-01')] }),
    ],
    [
      'case.close.dormant.interview',
      (f) => ({
        ...f,
        events: f.events.map((e) => (e.type === 'interview.applicant' ? { ...e, evidence: [] } : e)),
      }),
    ],
    [
      'case.close.dormant.approval',
      (f) => ({
        ...f,
        events: f.events.map((e) => (e.type === 'applicant.agreed_dormant' ? { ...e, evidence: [] } : e)),
      }),
    ],
  ];

  it('has one test per condition', () => {
    expect(cases.map(([id]) => id).sort()).toEqual(DORMANT_CONDITIONS.map((c) => c.id).sort());
  });

  for (const [ruleId, spoil] of cases) {
    it(`refuses with exactly ${ruleId} when only it is missing`, () => {
      expect(refusedWith(spoil(complete()))).toEqual([ruleId]);
      const item = closingCheck(spoil(complete()), TODAY).find((c) => c.ruleId === ruleId);
      expect(item?.met).toBe(false);
      expect(item?.missing?.zh).toMatch(/\S/);
      expect(item?.evidence).toBeUndefined();
    });
  }

  it('lists every unmet condition at once, each with its clause', () => {
    const empty: DormantFacts = {
      ...complete(),
      events: [],
      restrictions: 0,
      inquiry: null,
      leads: [],
      assets: [],
    };
    const violations = checkGuards(DORMANT_CLOSE_GUARDS, DORMANT_CLOSE_ACTION, {
      facts: {} as never,
      today: '2025-02-01',
      dormant: empty,
    });
    expect(violations.map((v) => v.ruleId)).toEqual([
      'case.close.dormant.notice',
      'case.close.dormant.report_order',
      'case.close.dormant.report_checked',
      'case.close.dormant.restriction',
      'case.close.dormant.inquiry',
      'case.close.dormant.onsite',
      'case.close.dormant.three_months',
      'case.close.dormant.interview',
      'case.close.dormant.approval',
    ]);
    expect(violations[0]?.clause.zh).toBe('《关于严格规范终结本次执行程序的规定（试行）》第1条');
    expect(violations[6]?.message.zh).toContain('2025-04-11');
  });

  it('accepts a panel review approved by the president instead of the applicant', () => {
    const f = complete();
    const panel = {
      ...f,
      events: [...without(f, 'applicant.agreed_dormant').events, ev('panel.approved_dormant', '2025-05-21')],
    };
    expect(refusedWith(panel)).toEqual([]);
  });

  it('a controlled asset the record shows cannot be disposed of, and a waiting seizure referred, pass', () => {
    const f = complete();
    const held = {
      ...f,
      assets: [
        { id: ASSET, description: '车辆', state: 'seized' },
        { id: 'w1', description: '房产（轮候）', state: 'waiting' },
      ],
    };
    expect(refusedWith(held)).toEqual(['case.close.dormant.assets']);
    const recorded = {
      ...held,
      events: [
        ...held.events,
        ev('disposal.impossible', '2025-05-01', { assetId: ASSET, reason: 'vehicle_not_taken' }),
        ev('first_court.asked', '2025-05-01', { assetId: 'w1' }),
      ],
    };
    expect(refusedWith(recorded)).toEqual([]);
  });

  it('falls back to the recorded inquiry node when no institution is registered', () => {
    const f = { ...complete(), inquiry: null };
    expect(refusedWith(f)).toEqual(['case.close.dormant.inquiry']);
    expect(refusedWith({ ...f, events: [...f.events, ev('inquiry.answered')] })).toEqual([]);
  });
});

describe('re-query schedule', () => {
  it('spreads a cycle evenly over its days', () => {
    const days = 183;
    const counts = new Array(days).fill(0);
    for (let i = 0; i < 183_000; i++)
      counts[cycleOffset(`0190f000-0000-7000-8000-${i.toString(16).padStart(12, '0')}`, days)]++;
    const mean = 1000;
    for (const n of counts) expect(Math.abs(n - mean)).toBeLessThan(200);
  });

  it('the bulk scheduler gives the same day as one case computed alone', () => {
    const bulk = cycleScheduler('2025-06-01', 3);
    for (let i = 0; i < 500; i++) {
      const id = `0190f000-0000-7000-8000-${i.toString(16).padStart(12, '0')}`;
      expect(bulk(id)).toBe(requeryDueOn(id, '2025-06-01', 3));
    }
  });

  it('each cycle falls within its 6 months, 10 cycles in 5 years', () => {
    expect(CYCLES).toBe(10);
    const id = '0190f000-0000-7000-8000-000000000123';
    for (let n = 1; n <= CYCLES; n++) {
      const due = requeryDueOn(id, '2025-06-01', n);
      const start = new Date(`2025-06-01T00:00:00Z`);
      start.setUTCMonth(start.getUTCMonth() + 6 * (n - 1));
      const end = new Date(start);
      end.setUTCMonth(end.getUTCMonth() + 6);
      expect(due >= start.toISOString().slice(0, 10)).toBe(true);
      expect(due < end.toISOString().slice(0, 10)).toBe(true);
    }
  });
});
