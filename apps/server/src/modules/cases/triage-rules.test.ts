import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateWarnings } from '../compliance/rules';
import { availableMoney, overran, simpleDueOn, TRIAGE_SIMPLE_PERIOD, trackOf, triage } from './triage-rules';

const money = (balance: number, frozenByOthers = 0) => ({ divisible: true, balance, frozenByOthers });
const house = { divisible: false, balance: null, frozenByOthers: 0 };

describe('triage (繁简分流, Opinion-2021 7)', () => {
  it('is simple when money found pays the outstanding claim at once', () => {
    expect(triage({ claimAmount: 100_000, paidAmount: 0, assets: [money(100_000)] })).toMatchObject({
      track: 'simple',
      outstanding: 100_000,
      available: 100_000,
      toSell: 0,
    });
    // Several accounts together, and what was paid already counts.
    expect(
      triage({ claimAmount: 100_000, paidAmount: 40_000, assets: [money(30_000), money(30_000)] }).track,
    ).toBe('simple');
  });

  it('is simple even with a house found, when the money alone pays (nothing needs selling)', () => {
    const result = triage({ claimAmount: 50_000, paidAmount: 0, assets: [money(60_000), house] });
    expect(result.track).toBe('simple');
    expect(result.toSell).toBe(1);
  });

  it('is normal when the money falls one fen short, when only things to sell were found, or nothing', () => {
    expect(triage({ claimAmount: 100_000, paidAmount: 0, assets: [money(99_999)] }).track).toBe('normal');
    const sell = triage({ claimAmount: 100_000, paidAmount: 0, assets: [house] });
    expect(sell).toMatchObject({ track: 'normal', toSell: 1 });
    expect(sell.reason.zh).toContain('1项财产须变价');
    expect(triage({ claimAmount: 100_000, paidAmount: 0, assets: [] }).track).toBe('normal');
  });

  it('does not count what other courts hold, nor a negative remainder', () => {
    expect(availableMoney([money(100_000, 60_000)])).toBe(40_000);
    expect(availableMoney([money(100_000, 160_000)])).toBe(0);
    expect(availableMoney([{ divisible: true, balance: null, frozenByOthers: 0 }, house])).toBe(0);
    expect(triage({ claimAmount: 50_000, paidAmount: 0, assets: [money(100_000, 60_000)] }).track).toBe(
      'normal',
    );
  });

  it('a case fully paid already is simple', () => {
    expect(triage({ claimAmount: 100_000, paidAmount: 100_000, assets: [] })).toMatchObject({
      track: 'simple',
      outstanding: 0,
    });
  });

  it('property: simple exactly when the free money covers the outstanding amount', () => {
    const asset = fc.record({
      divisible: fc.boolean(),
      balance: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
      frozenByOthers: fc.integer({ min: 0, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000_000 }),
        fc.integer({ min: 0, max: 20_000_000 }),
        fc.array(asset, { maxLength: 6 }),
        (claimAmount, paidAmount, assets) => {
          const result = triage({ claimAmount, paidAmount, assets });
          const free = assets
            .filter((a) => a.divisible)
            .reduce((sum, a) => sum + Math.max((a.balance ?? 0) - a.frozenByOthers, 0), 0);
          expect(result.track === 'simple').toBe(free >= Math.max(claimAmount - paidAmount, 0));
        },
      ),
    );
  });
});

describe('the simple case’s period', () => {
  it('ends the configured number of months after the marking, and is overrun the day after', () => {
    expect(simpleDueOn('2026-01-31', 3)).toBe('2026-04-30');
    expect(overran('2026-01-31', 3, '2026-04-30')).toBe(false);
    expect(overran('2026-01-31', 3, '2026-05-01')).toBe(true);
    expect(overran('2026-01-31', 1, '2026-03-01')).toBe(true);
  });

  it('the track is the last triage node’s', () => {
    expect(trackOf([])).toBeNull();
    expect(
      trackOf([
        { type: 'triage.marked', on: '2026-01-05', data: { track: 'simple' } },
        { type: 'notice.served', on: '2026-01-06', data: {} },
        { type: 'triage.corrected', on: '2026-01-07', data: { track: 'normal' } },
      ]),
    ).toEqual({ track: 'normal', since: '2026-01-07' });
  });

  it('warns on the case with the configured period: info while it runs, a passed date after', () => {
    const facts = {
      filedOn: '2026-01-02',
      basisEffectiveOn: '2025-12-01',
      claimAmount: 100_000,
      status: 'open' as const,
      events: [{ type: 'triage.marked', on: '2026-01-10', data: { track: 'simple' } }],
    };
    const [running] = evaluateWarnings([TRIAGE_SIMPLE_PERIOD], facts, '2026-02-01');
    expect(running).toMatchObject({
      ruleId: 'case.triage.simple_period',
      clause: { en: 'Opinion-2021 art. 7' },
    });
    expect(running?.message.zh).toBe('简案：应于2026-04-10前办结（3个月）');
    const settings = new Map([['case.triage.simple_period', { targetMonths: 2 }]]);
    const [late] = evaluateWarnings([TRIAGE_SIMPLE_PERIOD], facts, '2026-03-11', settings);
    expect(late?.message.zh).toBe('简案应于2026-03-10前办结，已超期，转为普通案件');
    expect(evaluateWarnings([TRIAGE_SIMPLE_PERIOD], { ...facts, status: 'closed' }, '2026-02-01')).toEqual(
      [],
    );
    const normal = {
      ...facts,
      events: [{ type: 'triage.marked', on: '2026-01-10', data: { track: 'normal' } }],
    };
    expect(evaluateWarnings([TRIAGE_SIMPLE_PERIOD], normal, '2026-02-01')).toEqual([]);
  });
});
