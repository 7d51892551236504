import { describe, expect, it } from 'vitest';
import { ASSET_STATES, leadTrack } from '../../../../../../server/src/modules/assets/rules';
import type { Asset, AssetRegister } from '../../../../api/assets';
import { actionName, expiryColor, LEAD_TRACKS, stateLabel } from './labels';
import { totalsByCategory } from './totals';

describe('names of the register’s codes', () => {
  it('name every state the server has, money frozen and property seized', () => {
    for (const state of ASSET_STATES) {
      expect(stateLabel(state, 'bank').text.zh, state).not.toBe(state);
      expect(stateLabel(state, 'vehicle').text.en, state).not.toBe(state);
    }
    expect(stateLabel('freezing', 'bank').text.zh).toBe('冻结中');
    expect(stateLabel('freezing', 'real_estate').text.zh).toBe('查封中');
    expect(stateLabel('frozen', 'bank').text.zh).toBe('已冻结');
    expect(stateLabel('seized', 'vehicle').text.zh).toBe('已查封');
    expect(stateLabel('something_new', 'bank').text.zh).toBe('something_new');
  });

  it('say 冻结 for money and 查封 for other property', () => {
    expect(actionName('control', 'online_payment').zh).toBe('冻结');
    expect(actionName('control', 'ship').zh).toBe('查封');
    expect(actionName('renew', 'housing_fund').zh).toBe('续冻');
    expect(actionName('renew', 'equity').zh).toBe('续封');
  });

  it('name every track a lead can take', () => {
    for (const fromApplicant of [true, false])
      for (const specific of [true, false])
        for (const urgent of [true, false]) {
          const track = leadTrack({ fromApplicant, specific, urgent });
          expect(LEAD_TRACKS[track], track).toBeDefined();
        }
  });

  it('colour a countdown red within a week or once lapsed, orange while it warns', () => {
    expect(expiryColor(-1, true)).toBe('red');
    expect(expiryColor(7, true)).toBe('red');
    expect(expiryColor(8, true)).toBe('orange');
    expect(expiryColor(30, true)).toBe('orange');
    expect(expiryColor(31, false)).toBe('default');
  });
});

describe('totals by category', () => {
  const asset = (category: string, balance: number | null, value: number | null) =>
    ({ category, balance, value }) as Asset;
  const register: Pick<AssetRegister, 'items' | 'summary'> = {
    items: [asset('bank', 100, null), asset('bank', 0, null), asset('vehicle', null, null)],
    summary: [
      { category: 'bank', count: 2, balance: 100, value: 0, controlled: 60 },
      { category: 'vehicle', count: 1, balance: 0, value: 0, controlled: 0 },
    ],
  };

  it('list the nine categories in the protocol’s order, empty ones with nothing', () => {
    const totals = totalsByCategory(register, (code) => code.toUpperCase());
    expect(totals.map((t) => t.key)).toEqual([
      'bank',
      'online_payment',
      'securities',
      'insurance',
      'housing_fund',
      'vehicle',
      'real_estate',
      'equity',
      'ship',
    ]);
    expect(totals[0]).toEqual({
      key: 'bank',
      name: 'BANK',
      count: 2,
      value: 100,
      controlled: 60,
      unvalued: 0,
    });
    expect(totals.find((t) => t.key === 'vehicle')).toMatchObject({ count: 1, value: 0, unvalued: 1 });
    expect(totals.find((t) => t.key === 'ship')).toMatchObject({ count: 0, value: 0, unvalued: 0 });
  });
});
