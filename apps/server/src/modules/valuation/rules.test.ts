import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { STATE_COUNCIL_CALENDAR } from '../calendar/holidays';
import { buildCalendar } from '../calendar/rules';
import { type CaseFacts, checkGuards, type TimelineFact } from '../compliance/rules';
import {
  APPRAISAL_REPORT,
  AUCTION_START,
  appraisalsDue,
  DRAW_ALGORITHM,
  draw,
  EXTENSION_ACTION,
  extendedDueOn,
  extensionRefusal,
  feePlatform,
  isValid,
  latestClose,
  METHOD_ORDER,
  methodRank,
  OBJECTION,
  OBJECTION_ACTION,
  OWN_SALE,
  OWN_SALE_PERIOD,
  objectionUntil,
  onlineDueAt,
  onlineOutcome,
  PERIODS,
  type PlatformResult,
  REPORT_EXTENSION,
  referenceMean,
  reportDueOn,
  SALE_CLOSE,
  START_ACTION,
  type StartSubject,
  USE_ACTION,
  VALIDITY,
  VALUATION_GUARDS,
  VALUATION_START,
  validUntil,
} from './rules';

const H = 3_600_000;
const calendar = buildCalendar(STATE_COUNCIL_CALENDAR);
const sent = new Date('2026-03-02T02:00:00Z');
const at = (hours: number) => new Date(sent.getTime() + hours * H);
const result = (
  platform: string,
  status: PlatformResult['status'],
  price: number | null = null,
  hours = 1,
) => ({
  platform,
  status,
  price,
  deliveredAt: status === 'waiting' ? null : at(hours),
});

describe('the numbers of RULEBOOK › Reference price', () => {
  it('are the law’s', () => {
    expect(PERIODS).toMatchObject({
      startDays: 30,
      saleStartDays: 10,
      onlineReportDays: 3,
      onlineExtensionDays: 3,
      agencies: 3,
      appraisalReportDays: 30,
      appraisalExtensionDays: 15,
      appraisalExtensionsMax: 2,
      appraisalExtensionNoticeDays: 5,
      forwardDays: 3,
      publicationDays: 15,
      objectionDays: 5,
      validityMonths: 12,
      closeAfterValidityMonths: 6,
      ownSaleDays: 90,
    });
    expect(VALUATION_START).toMatchObject({
      trigger: 'asset.controlled',
      period: { count: 30, unit: 'days' },
    });
    expect(VALUATION_START.clause).toEqual({ source: 'Opinion-2021', article: '16' });
    expect(AUCTION_START).toMatchObject({
      id: 'auction.start',
      trigger: 'valuation.priced',
      period: { count: 10, unit: 'days' },
      instanceKey: 'assetId',
    });
    expect(AUCTION_START.satisfiedBy).toContain('auction.created');
    expect(OWN_SALE_PERIOD.period).toEqual({ count: 90, unit: 'days' });
  });

  it('orders the methods: agreement, the inquiries, appraisal', () => {
    expect(methodRank('agreement')).toBe(0);
    expect(methodRank('targeted_inquiry')).toBe(1);
    expect(methodRank('online_inquiry')).toBe(1);
    expect(methodRank('appraisal')).toBe(2);
  });
});

describe('validity (RefPrice 27)', () => {
  it('lasts one year to the same day, 29 Feb → 28 Feb, and a sale may close 6 months after', () => {
    expect(validUntil('2026-03-02')).toBe('2027-03-02');
    expect(validUntil('2028-02-29')).toBe('2029-02-28');
    expect(isValid({ validUntil: '2027-03-02' }, '2027-03-02')).toBe(true);
    expect(isValid({ validUntil: '2027-03-02' }, '2027-03-03')).toBe(false);
    expect(latestClose('2027-03-02')).toBe('2027-09-02');
  });

  it('the guard refuses an expired price and a missing one, naming the clause', () => {
    const price = { amount: 100_000_000, validUntil: '2027-03-02' };
    expect(checkGuards(VALUATION_GUARDS, USE_ACTION, { price, today: '2027-03-02' })).toEqual([]);
    const [late] = checkGuards(VALUATION_GUARDS, USE_ACTION, { price, today: '2027-03-03' });
    expect(late?.ruleId).toBe('valuation.validity');
    expect(late?.message.zh).toContain('2027-03-02');
    expect(late?.message.zh).toContain('1,000,000.00');
    expect(VALIDITY.check({ price: null, today: '2027-01-01' })?.en).toBe('the asset has no reference price');
  });

  it('valuation.sale_close: a sale on the price closes at most 6 months after its year (latestClose)', () => {
    const price = { amount: 100_000_000, validUntil: '2027-03-02' };
    const at = (closesOn: string, today = '2027-05-01') =>
      checkGuards(VALUATION_GUARDS, USE_ACTION, { price, today, closesOn }).map((v) => v.ruleId);
    expect(at('2027-09-02')).toEqual(['valuation.validity']);
    expect(at('2027-09-02', '2027-03-02')).toEqual([]);
    expect(at('2027-09-03', '2027-03-02')).toEqual(['valuation.sale_close']);
    const [late] = checkGuards([SALE_CLOSE], USE_ACTION, {
      price,
      today: '2027-08-01',
      closesOn: '2027-10-01',
    });
    expect(late?.message.zh).toContain('2027-09-02');
    expect(late?.message.en).toContain('closes by 2027-09-02');
    expect(SALE_CLOSE.clause.article).toBe('27');
    // Not judged without the closing day, nor without a price (VALIDITY says so).
    expect(SALE_CLOSE.check({ price, today: '2028-01-01' })).toBeNull();
    expect(SALE_CLOSE.check({ price: null, today: '2028-01-01', closesOn: '2028-01-01' })).toBeNull();
  });
});

describe('online inquiry (RefPrice 10–13)', () => {
  it('reports within 3 days, 6 with the one extension', () => {
    expect(onlineDueAt(sent, false).toISOString()).toBe('2026-03-05T02:00:00.000Z');
    expect(onlineDueAt(sent, true).toISOString()).toBe('2026-03-08T02:00:00.000Z');
  });

  it('the reference price is the mean of the prices in time, rounded half up to the fen', () => {
    expect(referenceMean([])).toBeNull();
    expect(
      referenceMean([
        { status: 'priced', price: 100 },
        { status: 'priced', price: 101 },
      ]),
    ).toBe(101); // 100.5 → 101
    expect(
      referenceMean([
        { status: 'priced', price: 100 },
        { status: 'priced', price: 100 },
        { status: 'priced', price: 101 },
      ]),
    ).toBe(100); // 100.33 → 100
    expect(
      referenceMean([
        { status: 'priced', price: 300_000_000 },
        { status: 'late', price: 1 },
        { status: 'declined', price: null },
        { status: 'objected', price: 999_999_999 },
        { status: 'priced', price: 310_000_000 },
      ]),
    ).toBe(305_000_000);
  });

  it('waits while a platform is silent and the period runs', () => {
    const results = [result('a', 'priced', 100), result('b', 'waiting')];
    expect(onlineOutcome(results, sent, false, at(71))).toEqual({ kind: 'wait' });
    expect(onlineOutcome(results, sent, false, at(72))).toEqual({ kind: 'wait' });
  });

  it('prices at once when all answered, and at the end of the period with those in time (no extension)', () => {
    expect(onlineOutcome([result('a', 'priced', 100), result('b', 'declined')], sent, false, at(2))).toEqual({
      kind: 'priced',
      amount: 100,
    });
    expect(
      onlineOutcome([result('a', 'priced', 100), result('b', 'waiting')], sent, false, at(72.01)),
    ).toEqual({ kind: 'priced', amount: 100 });
  });

  it('extends once by 3 days when nobody reported; nothing after it means appraisal', () => {
    const silent = [result('a', 'waiting'), result('b', 'waiting')];
    expect(onlineOutcome(silent, sent, false, at(73))).toEqual({ kind: 'extend', dueAt: at(144) });
    expect(onlineOutcome(silent, sent, true, at(143))).toEqual({ kind: 'wait' });
    expect(onlineOutcome(silent, sent, true, at(145))).toEqual({ kind: 'failed' });
    expect(onlineOutcome([result('a', 'priced', 7), result('b', 'waiting')], sent, true, at(145))).toEqual({
      kind: 'priced',
      amount: 7,
    });
  });

  it('no extension when some reported even if none could price; all "cannot price" has no result', () => {
    expect(onlineOutcome([result('a', 'declined'), result('b', 'waiting')], sent, false, at(73))).toEqual({
      kind: 'failed',
    });
    expect(onlineOutcome([result('a', 'declined'), result('b', 'declined')], sent, false, at(1))).toEqual({
      kind: 'failed',
    });
  });

  it('the fee goes to the platform closest to the sale price; a tie to the earlier report (RefPrice 31)', () => {
    const results = [
      result('price.taobao', 'priced', 1_000_000, 5),
      result('price.jd', 'priced', 1_100_000, 3),
      result('price.icbc', 'priced', 900_000, 1),
      result('price.late', 'late', 1_050_000, 80),
    ];
    expect(feePlatform(results, 1_060_000)).toBe('price.jd');
    expect(feePlatform(results, 950_000)).toBe('price.icbc'); // 50,000 from both: icbc reported first
    expect(feePlatform(results, 1_000_000)).toBe('price.taobao');
    expect(feePlatform([result('a', 'declined')], 5)).toBeNull();
  });
});

describe('appraisal (RefPrice 16, 19)', () => {
  it('reports within 30 days, each extension 15 more; a last day on a rest day moves on', () => {
    expect(reportDueOn(calendar, '2026-03-02')).toBe('2026-04-01');
    expect(extendedDueOn(calendar, '2026-04-01')).toBe('2026-04-16');
    // 2026-05-01 is in the Labour Day holiday (1–5 May): the period ends on Wednesday 6 May.
    expect(extendedDueOn(calendar, '2026-04-16')).toBe('2026-05-06');
    // 30 days from 2026-03-07 is Monday 6 April, the last day of the Qingming holiday (4–6 April).
    expect(reportDueOn(calendar, '2026-03-07')).toBe('2026-04-07');
  });

  it('an extension is asked at least 5 days before the end, at most twice', () => {
    expect(extensionRefusal('2026-04-01', 0, '2026-03-27')).toBeNull(); // 5 days before
    expect(extensionRefusal('2026-04-01', 0, '2026-03-28')?.en).toContain('at least 5 days');
    expect(extensionRefusal('2026-04-16', 1, '2026-04-01')).toBeNull();
    expect(extensionRefusal('2026-05-01', 2, '2026-04-01')?.en).toContain('at most twice');
    const [v] = checkGuards(VALUATION_GUARDS, EXTENSION_ACTION, {
      dueOn: '2026-04-01',
      extensions: 2,
      today: '2026-03-01',
    });
    expect(v?.ruleId).toBe(REPORT_EXTENSION.id);
    expect(v?.clause.en).toBe('RefPrice art. 19');
  });

  it('draws 3 agencies recomputably: SHA-256 of seed and code, ascending', () => {
    const list = ['agency.a', 'agency.b', 'agency.c', 'agency.d', 'agency.e', 'agency.f'];
    const seed = '5f0c2b7e11a04c59';
    const drawn = draw(seed, list);
    expect(DRAW_ALGORITHM).toBe('sha256-rank-v1');
    expect(drawn).toHaveLength(3);
    // Recomputed here from the documented algorithm, independently of the implementation.
    const expected = [...list]
      .map((code) => [createHash('sha256').update(`${seed}\n${code}`).digest('hex'), code] as const)
      .sort((a, b) => a[0].localeCompare(b[0]))
      .slice(0, 3)
      .map(([, code]) => code);
    expect(drawn).toEqual(expected);
    // The list's order does not matter; the seed does.
    expect(draw(seed, [...list].reverse())).toEqual(drawn);
    const others = new Set(Array.from({ length: 20 }, (_, i) => draw(`seed-${i}`, list).join()));
    expect(others.size).toBeGreaterThan(5);
    expect(draw(seed, ['x', 'y'])).toHaveLength(2);
  });
});

describe('objections (RefPrice 21–24)', () => {
  it('run 5 days from receipt; by publication receipt is 15 days on; rest days roll forward', () => {
    expect(objectionUntil(calendar, '2026-03-03', false)).toBe('2026-03-09'); // 8 March is a Sunday
    expect(objectionUntil(calendar, '2026-03-04', false)).toBe('2026-03-09');
    expect(objectionUntil(calendar, '2026-03-02', true)).toBe('2026-03-23'); // 17 March + 5 = Sunday 22
  });

  it('the guard: in time, not after, never against an agreed or targeted price', () => {
    const s = { method: 'online_inquiry' as const, objectionUntil: '2026-03-07', today: '2026-03-07' };
    expect(checkGuards(VALUATION_GUARDS, OBJECTION_ACTION, s)).toEqual([]);
    const [late] = checkGuards(VALUATION_GUARDS, OBJECTION_ACTION, { ...s, today: '2026-03-08' });
    expect(late).toMatchObject({ ruleId: 'valuation.objection' });
    expect(late?.clause.en).toBe('RefPrice art. 22–23');
    expect(OBJECTION.check({ ...s, method: 'agreement' })?.en).toContain('no objection lies');
    expect(OBJECTION.check({ ...s, method: 'targeted_inquiry' })?.en).toContain('no objection lies');
    expect(OBJECTION.check({ ...s, objectionUntil: null })?.en).toContain('has not been served');
  });
});

describe('method order (RefPrice 2–9)', () => {
  const base: StartSubject = {
    method: 'agreement',
    earlier: [],
    skipAgreed: false,
    hasOfficialPrice: false,
    needsInspection: false,
    appraisalRequired: false,
    running: false,
  };
  const refused = (s: Partial<StartSubject>) => METHOD_ORDER.check({ ...base, ...s })?.en ?? null;

  it('allows agreement and online inquiry; targeted only with an official price', () => {
    expect(refused({})).toBeNull();
    expect(refused({ method: 'online_inquiry' })).toBeNull();
    expect(refused({ method: 'targeted_inquiry' })).toContain('tax base');
    expect(refused({ method: 'targeted_inquiry', hasOfficialPrice: true })).toBeNull();
    expect(refused({ method: 'online_inquiry', needsInspection: true })).toContain('on-site inspection');
  });

  it('appraisal after an inquiry without result, or when required, asked by both, or agreed', () => {
    expect(refused({ method: 'appraisal' })).toContain('appraisal comes after');
    expect(refused({ method: 'appraisal', earlier: ['online_inquiry'] })).toBeNull();
    expect(refused({ method: 'appraisal', appraisalRequired: true })).toBeNull();
    expect(refused({ method: 'appraisal', skipAgreed: true })).toBeNull();
    expect(refused({ running: true })).toContain('still running');
    expect(checkGuards(VALUATION_GUARDS, START_ACTION, { ...base, running: true })[0]?.ruleId).toBe(
      'valuation.method_order',
    );
  });
});

describe('the debtor’s own sale (Opinion-2021 17)', () => {
  it('at most 90 days, after a price', () => {
    const s = { from: '2026-03-02', until: '2026-05-31', hasPrice: true };
    expect(OWN_SALE.check(s)).toBeNull(); // 90 days
    expect(OWN_SALE.check({ ...s, until: '2026-06-01' })?.en).toContain('at most 90 days');
    expect(OWN_SALE.check({ ...s, until: '2026-03-02' })?.en).toContain('at most 90 days');
    expect(OWN_SALE.check({ ...s, hasPrice: false })?.en).toContain('follows a reference price');
    expect(OWN_SALE.clause).toEqual({ source: 'Opinion-2021', article: '17' });
  });
});

describe('the appraisal report warning (RefPrice 19)', () => {
  const facts = (events: TimelineFact[]): CaseFacts => ({
    filedOn: '2026-01-05',
    basisEffectiveOn: '2025-12-01',
    claimAmount: 1_000_000,
    status: 'open',
    events,
  });
  const period = (id: string, due: string): TimelineFact => ({
    type: 'valuation.report_period',
    on: '2026-03-02',
    data: { valuationId: id, reportDueOn: due },
  });

  it('follows the latest period of each running appraisal; a price ends it', () => {
    const events = [period('a', '2026-04-01'), period('b', '2026-04-01'), period('a', '2026-04-16')];
    expect([...appraisalsDue(events)]).toEqual([
      ['a', '2026-04-16'],
      ['b', '2026-04-01'],
    ]);
    const priced = [...events, { type: 'valuation.priced', on: '2026-04-02', data: { valuationId: 'b' } }];
    expect(appraisalsDue(priced).get('b')).toBeNull();
  });

  it('warns from 5 days before the end, and when overdue', () => {
    const f = facts([period('a', '2026-04-01')]);
    expect(APPRAISAL_REPORT.check(f, '2026-03-26', {})).toBeNull();
    expect(APPRAISAL_REPORT.check(f, '2026-03-27', {})?.zh).toContain('2026-04-01届满（余5日）');
    expect(APPRAISAL_REPORT.check(f, '2026-04-02', {})?.en).toContain('next one takes over');
    const done = facts([
      period('a', '2026-04-01'),
      { type: 'valuation.priced', on: '2026-03-30', data: { valuationId: 'a' } },
    ]);
    expect(APPRAISAL_REPORT.check(done, '2026-04-02', {})).toBeNull();
  });

  it('warns of nothing while the period is stayed; the stayed days extend it', () => {
    const stay = (type: string, on: string): TimelineFact => ({ type, on, data: { valuationId: 'a' } });
    const stayed = [period('a', '2026-04-01'), stay('valuation.stayed', '2026-03-20')];
    expect(appraisalsDue(stayed).get('a')).toBeNull();
    // Due and even overdue by the old date: the stay stops the period, no warning.
    expect(APPRAISAL_REPORT.check(facts(stayed), '2026-03-28', {})).toBeNull();
    expect(APPRAISAL_REPORT.check(facts(stayed), '2026-04-10', {})).toBeNull();
    // Resumed after 10 days: due 10 days later; the period event of the resumption (calendar-rolled) rules.
    const resumed = [...stayed, stay('valuation.resumed', '2026-03-30')];
    expect(appraisalsDue(resumed).get('a')).toBe('2026-04-11');
    expect(APPRAISAL_REPORT.check(facts(resumed), '2026-04-05', {})).toBeNull();
    expect(APPRAISAL_REPORT.check(facts(resumed), '2026-04-06', {})?.zh).toContain('2026-04-11届满（余5日）');
    expect(appraisalsDue([...resumed, period('a', '2026-04-13')]).get('a')).toBe('2026-04-13');
    // A stay before any period, or of another procedure, changes nothing.
    expect(appraisalsDue([stay('valuation.stayed', '2026-03-01'), period('a', '2026-04-01')]).get('a')).toBe(
      '2026-04-01',
    );
  });
});
