import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATE_COUNCIL_CALENDAR } from '../calendar/holidays';
import { buildCalendar, type LocalDate } from '../calendar/rules';
import {
  type CaseFacts,
  checkGuards,
  evaluateDeadlines,
  evaluateWarnings,
  Rulebook,
  type TimelineFact,
} from '../compliance/rules';
import {
  ASSET_CONTROL,
  ASSET_EXPIRY,
  ASSET_LEAD,
  type AssetFacts,
  type AssetState,
  actionRefusal,
  applicationFee,
  assetsRulebookPart,
  CONTROL_ACTION,
  CONTROL_GUARDS,
  type ControlledValue,
  type ControlSubject,
  controlEnds,
  controlLimit,
  controlledState,
  daysToExpiry,
  freeBalance,
  heldValue,
  leadTrack,
  maxControlUntil,
  possibleActions,
} from './rules';

const calendar = buildCalendar(STATE_COUNCIL_CALENDAR);
const YUAN = 100;

describe('applicationFee (Fees art. 14)', () => {
  it.each([
    [0, 50_000], // no amount: the most the court may charge, 500 yuan
    [1, 5_000],
    [10_000 * YUAN, 5_000], // up to 10,000 yuan: 50 yuan
    [10_000 * YUAN + 1, 5_000], // 1.5% of one fen rounds away
    [10_000 * YUAN + 34, 5_001], // 0.51 fen rounds up
    [300_000 * YUAN, 4_400 * YUAN], // 300,000 × 1.5% − 100
    [500_000 * YUAN, 7_400 * YUAN],
    [5_000_000 * YUAN, 52_400 * YUAN], // 5,000,000 × 1% + 2,400
    [10_000_000 * YUAN, 77_400 * YUAN], // 10,000,000 × 0.5% + 27,400
    [20_000_000 * YUAN, 87_400 * YUAN], // 20,000,000 × 0.1% + 67,400
  ])('%i fen → %i fen', (claim, fee) => {
    expect(applicationFee(claim)).toBe(fee);
  });

  it('agrees with the courts’ quick formula (rate × amount + constant) in every band', () => {
    // 速算: 1.5% − 100, 1% + 2,400, 0.5% + 27,400, 0.1% + 67,400 yuan, here in fen.
    const bands = [
      { from: 1_000_001, to: 50_000_000, rate: 150, constant: -10_000 },
      { from: 50_000_001, to: 500_000_000, rate: 100, constant: 240_000 },
      { from: 500_000_001, to: 1_000_000_000, rate: 50, constant: 2_740_000 },
      { from: 1_000_000_001, to: 1_000_000_000_000, rate: 10, constant: 6_740_000 },
    ];
    for (const band of bands) {
      fc.assert(
        fc.property(fc.integer({ min: band.from, max: band.to }), (claim) => {
          const exact = claim * band.rate + band.constant * 10_000;
          expect(applicationFee(claim)).toBe(Math.floor((exact + 5_000) / 10_000));
        }),
      );
    }
  });

  it('never falls as the claim grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), fc.integer({ min: 0, max: 1e9 }), (claim, more) => {
        expect(applicationFee(claim + more)).toBeGreaterThanOrEqual(applicationFee(claim));
      }),
    );
  });

  it('refuses what is no amount of fen', () => {
    expect(() => applicationFee(-1)).toThrow(RangeError);
    expect(() => applicationFee(1.5)).toThrow(RangeError);
  });
});

describe('control periods (CPL-Interp 485)', () => {
  it.each([
    ['bank', '2025-03-03', '2026-03-03'], // deposits: 1 year
    ['online_payment', '2025-03-03', '2026-03-03'],
    ['housing_fund', '2025-03-03', '2026-03-03'],
    ['vehicle', '2025-03-03', '2027-03-03'], // movables: 2 years
    ['ship', '2025-03-03', '2027-03-03'],
    ['real_estate', '2025-03-03', '2028-03-03'], // real estate: 3 years
    ['equity', '2025-03-03', '2028-03-03'], // other property rights: 3 years
    ['securities', '2025-03-03', '2028-03-03'],
    ['bank', '2024-02-29', '2025-02-28'], // no 29 February: the month's last day
  ] as const)('%s controlled on %s runs until %s at most', (category, start, until) => {
    expect(maxControlUntil(category, start)).toBe(until);
  });

  const subject = (overrides: Partial<ControlSubject>): ControlSubject => ({
    kind: 'freeze',
    category: 'bank',
    divisible: true,
    takes: 0,
    limit: controlLimit(1_000_000, 0, []),
    otherAvailable: 0,
    periodStart: '2025-03-03',
    until: '2026-03-03',
    ...overrides,
  });

  it('refuses one day beyond the maximum, for a control and for a renewal', () => {
    expect(checkGuards(CONTROL_GUARDS, CONTROL_ACTION, subject({}))).toEqual([]);
    const long = checkGuards(CONTROL_GUARDS, CONTROL_ACTION, subject({ until: '2026-03-04' }));
    expect(long).toEqual([
      expect.objectContaining({
        ruleId: 'assets.control_period',
        clause: expect.objectContaining({ en: 'CPL-Interp (2022) art. 485' }),
      }),
    ]);
    expect(long[0]?.message.zh).toContain('2026-03-03');
    // A renewal starts where the control ends and may run as long again.
    const renewal = subject({ kind: 'renew', periodStart: '2026-03-03', until: '2027-03-03' });
    expect(checkGuards(CONTROL_GUARDS, CONTROL_ACTION, renewal)).toEqual([]);
    expect(
      checkGuards(CONTROL_GUARDS, CONTROL_ACTION, { ...renewal, until: '2027-03-04' }).map((v) => v.ruleId),
    ).toEqual(['assets.control_period']);
  });

  it('checks no period for a deduction', () => {
    const { periodStart: _, until: __, ...deduct } = subject({ kind: 'deduct' });
    expect(checkGuards(CONTROL_GUARDS, CONTROL_ACTION, deduct)).toEqual([]);
  });

  it('counts days to expiry: 0 on the last day, negative after it, null without a control', () => {
    expect(daysToExpiry('2025-04-02', '2025-03-03')).toBe(30);
    expect(daysToExpiry('2025-03-03', '2025-03-03')).toBe(0);
    expect(daysToExpiry('2025-03-02', '2025-03-03')).toBe(-1);
    expect(daysToExpiry(null, '2025-03-03')).toBeNull();
  });
});

describe('the limit of control (Opinion-2021 15)', () => {
  const claim = 300_000 * YUAN; // costs 4,400 yuan: limit 304,400 yuan
  const held = (state: AssetState, overrides: Partial<ControlledValue> = {}): ControlledValue => ({
    state,
    divisible: true,
    controlledAmount: 0,
    value: null,
    deductedAmount: 0,
    ...overrides,
  });
  const guard = (subject: Partial<ControlSubject>) =>
    checkGuards(CONTROL_GUARDS, CONTROL_ACTION, {
      kind: 'freeze',
      category: 'bank',
      divisible: true,
      takes: 0,
      limit: controlLimit(claim, 0, []),
      otherAvailable: 0,
      ...subject,
    } satisfies ControlSubject);

  it('counts what is frozen, seized or on its way, and deducted money; not a waiting seizure', () => {
    expect(heldValue(held('frozen', { controlledAmount: 100 }))).toBe(100);
    expect(heldValue(held('freezing', { controlledAmount: 100 }))).toBe(100);
    expect(heldValue(held('releasing', { controlledAmount: 100 }))).toBe(100);
    expect(heldValue(held('deducting', { controlledAmount: 100, deductedAmount: 50 }))).toBe(150);
    expect(heldValue(held('waiting', { controlledAmount: 100 }))).toBe(0);
    expect(heldValue(held('found', { controlledAmount: 0 }))).toBe(0);
    expect(heldValue(held('released', { controlledAmount: 0 }))).toBe(0);
    expect(heldValue(held('deducted', { deductedAmount: 70 }))).toBe(70);
    // An indivisible asset holds its value, or nothing while it has none.
    expect(heldValue(held('seized', { divisible: false, value: 9_000 }))).toBe(9_000);
    expect(heldValue(held('seized', { divisible: false, value: null }))).toBe(0);
  });

  it('is the claim plus costs, less what was paid and what is held', () => {
    const limit = controlLimit(claim, 10_000 * YUAN, [
      held('frozen', { controlledAmount: 50_000 * YUAN }),
      held('waiting', { controlledAmount: 90_000 * YUAN }),
    ]);
    expect(limit).toEqual({
      claim,
      costs: 4_400 * YUAN,
      paid: 10_000 * YUAN,
      controlled: 50_000 * YUAN,
      remaining: 244_400 * YUAN,
    });
    expect(controlLimit(claim, 0, [held('frozen', { controlledAmount: 400_000 * YUAN })]).remaining).toBe(0);
  });

  it('allows a freeze up to the limit exactly, refuses one fen more, with rule and clause', () => {
    expect(guard({ takes: 304_400 * YUAN })).toEqual([]);
    const refused = guard({ takes: 304_400 * YUAN + 1 });
    expect(refused).toEqual([
      expect.objectContaining({
        ruleId: 'assets.over_seizure',
        clause: expect.objectContaining({ en: 'Opinion-2021 art. 15' }),
      }),
    ]);
    expect(refused[0]?.message.zh).toContain('¥304,400.00');
  });

  it('counts partial freezes already held against the next one', () => {
    const limit = controlLimit(claim, 0, [held('frozen', { controlledAmount: 200_000 * YUAN })]);
    expect(guard({ limit, takes: 104_400 * YUAN })).toEqual([]);
    expect(guard({ limit, takes: 104_400 * YUAN + 1 }).map((v) => v.ruleId)).toEqual(['assets.over_seizure']);
  });

  it('does not let a waiting seizure use up the limit', () => {
    const limit = controlLimit(claim, 0, [held('waiting', { controlledAmount: 300_000 * YUAN })]);
    expect(guard({ limit, takes: 300_000 * YUAN })).toEqual([]);
  });

  it('allows an indivisible asset beyond the limit when the other property cannot pay what is needed', () => {
    const house = { divisible: false, category: 'real_estate' as const, takes: 2_000_000 * YUAN };
    expect(guard({ ...house, otherAvailable: 0 })).toEqual([]);
    expect(guard({ ...house, otherAvailable: 304_400 * YUAN - 1 })).toEqual([]);
    expect(guard({ ...house, otherAvailable: 304_400 * YUAN }).map((v) => v.ruleId)).toEqual([
      'assets.over_seizure',
    ]);
    // Nothing more is needed: even the only asset may not be seized.
    const covered = controlLimit(claim, 0, [held('frozen', { controlledAmount: 304_400 * YUAN })]);
    expect(guard({ ...house, limit: covered }).map((v) => v.ruleId)).toEqual(['assets.over_seizure']);
    // Divisible property gets no such exception.
    expect(guard({ takes: 2_000_000 * YUAN, otherAvailable: 0 }).map((v) => v.ruleId)).toEqual([
      'assets.over_seizure',
    ]);
  });

  it('does not check the limit on a renewal, which takes nothing new', () => {
    expect(guard({ kind: 'renew', takes: 10_000_000 * YUAN })).toEqual([]);
  });
});

describe('asset states and actions', () => {
  const asset = (overrides: Partial<AssetFacts>): AssetFacts => ({
    category: 'bank',
    divisible: true,
    state: 'found',
    foundVia: 'online',
    balance: 10_000,
    frozenByOthers: 0,
    controlledAmount: 0,
    controlUntil: null,
    pending: false,
    ...overrides,
  });
  const today = '2025-06-01';

  it.each([
    ['found', ['control', 'deduct', 'decline']],
    ['freezing', []],
    ['frozen', ['deduct', 'release', 'renew']],
    ['waiting', ['release', 'renew']],
    ['deducting', []],
    ['deducted', ['control', 'decline']],
    ['releasing', []],
    ['released', []],
    ['disposed', []],
  ] as const)('money %s allows %j', (state, actions) => {
    expect(possibleActions(asset({ state, controlUntil: '2026-01-01' }), today)).toEqual(actions);
  });

  it('seizes, releases and renews property that is not money, but never deducts it', () => {
    const car = asset({ category: 'vehicle', divisible: false, balance: null });
    expect(possibleActions(car, today)).toEqual(['control', 'decline']);
    expect(possibleActions({ ...car, state: 'seized', controlUntil: '2026-01-01' }, today)).toEqual([
      'release',
      'renew',
    ]);
    expect(actionRefusal(car, 'deduct', today)).toContain('divisible');
  });

  it('refuses everything while a request waits for its answer, a renewal included', () => {
    const renewing = asset({ state: 'frozen', pending: true, controlUntil: '2026-01-01' });
    expect(possibleActions(renewing, today)).toEqual([]);
    expect(actionRefusal(renewing, 'release', today)).toContain('waiting for its answer');
  });

  it('renews up to the last day of the control, not after it', () => {
    const frozen = asset({ state: 'frozen', controlUntil: today });
    expect(actionRefusal(frozen, 'renew', today)).toBeNull();
    expect(actionRefusal(frozen, 'renew', '2025-06-02')).toContain('ended on 2025-06-01');
  });

  it('refuses a freeze of a released asset, saying why', () => {
    expect(actionRefusal(asset({ state: 'released' }), 'control', today)).toContain('released');
  });

  it('gives the free balance, never below zero', () => {
    expect(freeBalance({ balance: 10_000, frozenByOthers: 3_000 })).toBe(7_000);
    expect(freeBalance({ balance: 10_000, frozenByOthers: 30_000 })).toBe(0);
    expect(freeBalance({ balance: null, frozenByOthers: 0 })).toBe(0);
  });

  it('maps a control answer to a state', () => {
    expect(controlledState(true, { state: 'effective' })).toBe('frozen');
    expect(controlledState(false, { state: 'effective' })).toBe('seized');
    expect(controlledState(true, { state: 'waiting' })).toBe('waiting');
    expect(controlledState(false, { state: 'released' })).toBe('released');
  });
});

function facts(events: readonly TimelineFact[]): CaseFacts {
  return {
    filedOn: '2025-03-03',
    basisEffectiveOn: '2025-01-02',
    claimAmount: 100_000,
    status: 'open',
    events,
  };
}

const found = (assetId: string, on: LocalDate, data: Record<string, unknown> = {}): TimelineFact => ({
  type: 'asset.found',
  on,
  data: { assetId, via: 'online', hasValue: true, onlineControl: true, ...data },
});
const event = (type: string, on: LocalDate, data: Record<string, unknown>, at?: string): TimelineFact =>
  at ? { type, on, at, data } : { type, on, data };

describe('assets.control (Opinion-2021 13)', () => {
  const deadlines = (events: TimelineFact[], today: LocalDate) =>
    evaluateDeadlines([ASSET_CONTROL], facts(events), calendar, today);

  it('asks for control the same day when the institution controls online', () => {
    const [d] = deadlines([found('a', '2025-03-05')], '2025-03-05');
    expect(d).toMatchObject({ ruleId: 'assets.control', key: 'a', dueOn: '2025-03-05', status: 'open' });
    expect(deadlines([found('a', '2025-03-05')], '2025-03-06')[0]?.status).toBe('overdue');
  });

  it('gives 3 working days after the feedback otherwise, across the Spring Festival', () => {
    // Feedback on Friday 24 January 2025: the holiday runs 28 January – 4 February; 26 Jan and 8 Feb are 调休.
    const [d] = deadlines([found('a', '2025-01-24', { onlineControl: false })], '2025-01-24');
    expect(d?.dueOn).toBe('2025-02-05');
    expect(deadlines([found('b', '2025-03-05', { onlineControl: false })], '2025-03-05')[0]?.dueOn).toBe(
      '2025-03-10',
    );
  });

  it('is met by the control, a waiting seizure included, or by the decision not to control', () => {
    const a = found('a', '2025-03-05', { onlineControl: false });
    const waiting = event('asset.controlled', '2025-03-06', { assetId: 'a', state: 'waiting' });
    expect(deadlines([a, waiting], '2025-03-20')[0]).toMatchObject({
      status: 'met',
      satisfiedOn: '2025-03-06',
    });
    const declined = event('asset.not_controlled', '2025-03-11', { assetId: 'a', reason: '余额仅1元' });
    expect(deadlines([a, declined], '2025-03-20')[0]?.status).toBe('met_late');
    const otherAsset = event('asset.controlled', '2025-03-06', { assetId: 'b' });
    expect(deadlines([a, otherAsset], '2025-03-20')[0]?.status).toBe('overdue');
  });

  it('sets no period for property found offline or with nothing to control', () => {
    expect(deadlines([found('a', '2025-03-05', { via: 'offline' })], '2025-03-05')).toEqual([]);
    expect(deadlines([found('a', '2025-03-05', { hasValue: false })], '2025-03-05')).toEqual([]);
  });

  it('keeps one deadline per asset', () => {
    const list = deadlines(
      [found('a', '2025-03-05'), found('b', '2025-03-05', { onlineControl: false })],
      '2025-03-05',
    );
    expect(list.map((d) => [d.key, d.dueOn])).toEqual([
      ['a', '2025-03-05'],
      ['b', '2025-03-10'],
    ]);
  });
});

describe('assets.lead (Opinion-2021 13; Property 2)', () => {
  it.each([
    [{ fromApplicant: true, specific: true, urgent: true }, 'specific_urgent'],
    [{ fromApplicant: false, specific: true, urgent: true }, 'specific_urgent'],
    [{ fromApplicant: true, specific: false, urgent: true }, 'applicant_urgent'],
    [{ fromApplicant: true, specific: true, urgent: false }, 'applicant'],
    [{ fromApplicant: true, specific: false, urgent: false }, 'applicant'],
    [{ fromApplicant: false, specific: false, urgent: true }, 'other'],
    [{ fromApplicant: false, specific: true, urgent: false }, 'other'],
  ] as const)('%j is on the %s track', (lead, track) => {
    expect(leadTrack(lead)).toBe(track);
  });

  const received = (leadId: string, track: string, at: string) =>
    event('lead.received', at.slice(0, 10), { leadId, track }, at);
  const verified = (leadId: string, at: string) =>
    event('lead.verified', at.slice(0, 10), { leadId, result: 'confirmed' }, at);
  const evaluate = (events: TimelineFact[], today: LocalDate, now?: string) =>
    evaluateDeadlines([ASSET_LEAD], facts(events), calendar, today, now);

  it('gives an urgent, specific lead 24 clock hours, across midnight', () => {
    const lead = received('L', 'specific_urgent', '2025-03-07T22:15:00+08:00'); // a Friday evening
    const [d] = evaluate([lead], '2025-03-07', '2025-03-07T22:30:00+08:00');
    expect(d).toMatchObject({
      key: 'L',
      dueOn: '2025-03-08',
      dueAt: '2025-03-08T14:15:00.000Z',
      status: 'open',
    });
    expect(evaluate([lead], '2025-03-08', '2025-03-08T22:15:01+08:00')[0]?.status).toBe('overdue');
    expect(evaluate([lead, verified('L', '2025-03-08T00:05:00+08:00')], '2025-03-09')[0]?.status).toBe('met');
    expect(evaluate([lead, verified('L', '2025-03-08T22:16:00+08:00')], '2025-03-09')[0]?.status).toBe(
      'met_late',
    );
  });

  it('gives the applicant’s urgent lead 3 days and the others 7, rolled off a rest day', () => {
    const urgent = received('U', 'applicant_urgent', '2025-03-04T10:00:00+08:00');
    const plain = received('P', 'applicant', '2025-03-04T10:00:00+08:00');
    expect(evaluate([urgent, plain], '2025-03-04').map((d) => [d.key, d.dueOn])).toEqual([
      ['U', '2025-03-07'],
      ['P', '2025-03-11'],
    ]);
    // 7 days from 26 September 2025 end on 3 October, inside National Day: due on 9 October.
    expect(evaluate([received('N', 'applicant', '2025-09-26T09:00:00+08:00')], '2025-09-26')[0]?.dueOn).toBe(
      '2025-10-09',
    );
  });

  it('sets no period for another person’s lead that is not specific and urgent', () => {
    expect(evaluate([received('O', 'other', '2025-03-04T10:00:00+08:00')], '2025-03-04')).toEqual([]);
  });
});

describe('assets.expiry (CPL-Interp 485, configurable)', () => {
  const controlled = (assetId: string, until: string, on = '2025-03-03') =>
    event('asset.controlled', on, { assetId, until });
  const warn = (events: TimelineFact[], today: LocalDate, warnDays?: number) =>
    evaluateWarnings(
      [ASSET_EXPIRY],
      facts(events),
      today,
      warnDays === undefined ? undefined : new Map([['assets.expiry', { warnDays }]]),
    );

  it('warns 30 days before a control ends, not 31', () => {
    expect(warn([controlled('a', '2026-03-03')], '2026-01-31')).toEqual([]);
    const [w] = warn([controlled('a', '2026-03-03')], '2026-02-01');
    expect(w).toMatchObject({
      ruleId: 'assets.expiry',
      clause: { zh: '民诉法解释（2022年）第485条', en: 'CPL-Interp (2022) art. 485' },
      level: 'warn',
    });
    expect(w?.message.en).toContain('ends on 2026-03-03 (30 days)');
    expect(w?.message.zh).toContain('2026-03-03届满（余30日）');
  });

  it('takes the administrator’s number of days', () => {
    expect(warn([controlled('a', '2026-03-03')], '2026-01-20', 45)).toHaveLength(1);
    expect(warn([controlled('a', '2026-03-03')], '2026-02-20', 10)).toEqual([]);
  });

  it('follows renewals and releases, and names a control that lapsed', () => {
    const renewed = event('asset.renewed', '2026-02-10', { assetId: 'a', until: '2027-03-03' });
    expect(warn([controlled('a', '2026-03-03'), renewed], '2026-02-20')).toEqual([]);
    const released = event('asset.released', '2026-02-10', { assetId: 'a', until: null });
    expect(warn([controlled('a', '2026-03-03'), released], '2026-02-20')).toEqual([]);
    expect(warn([controlled('a', '2026-03-03')], '2026-03-05')[0]?.message.en).toContain(
      'ended on 2026-03-03',
    );
  });

  it('reads each asset’s control end from its last event that names one', () => {
    const ends = controlEnds([
      controlled('a', '2026-03-03'),
      controlled('b', '2026-04-01'),
      event('asset.deducted', '2025-04-01', { assetId: 'b', amount: 5 }), // names no end: changes nothing
      event('asset.deducted', '2025-04-02', { assetId: 'a', amount: 5, until: null }),
    ]);
    expect([...ends]).toEqual([
      ['a', null],
      ['b', '2026-04-01'],
    ]);
  });
});

describe('the module’s part of the rulebook', () => {
  it('registers with unique ids beside the other modules', () => {
    const book = new Rulebook([assetsRulebookPart]);
    expect(book.deadlines().map((r) => r.id)).toEqual(['assets.control', 'assets.lead']);
    expect(book.configurable().map((r) => r.id)).toEqual(['assets.expiry']);
    expect(book.guardsFor(CONTROL_ACTION).map((r) => r.id)).toEqual([
      'assets.over_seizure',
      'assets.control_period',
    ]);
  });
});
