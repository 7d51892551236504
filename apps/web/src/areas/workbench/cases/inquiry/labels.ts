/**
 * Names and colours of what the inquiry and assets APIs send as codes. The categories are the
 * protocol's own list (packages/assist-protocol), the states the register's (assets/rules.ts).
 */
import { CATEGORIES, categoryOf } from '@zhixing/assist-protocol/categories';
import type { AssetAction, AssetState } from '../../../../api/assets';
import type { Named } from '../labels';

export { CATEGORIES };

/** 银行存款, 车辆 …; an unknown code shows as itself. */
export function categoryName(code: string): Named {
  return categoryOf(code) ?? { zh: code, en: code };
}

export function isDivisible(code: string): boolean {
  return categoryOf(code)?.divisible ?? false;
}

/** One colour per category, shared by the progress bars' legend and the chart. */
export const CATEGORY_COLOR: Record<string, string> = {
  bank: '#a8071a',
  online_payment: '#d4380d',
  securities: '#d48806',
  insurance: '#389e0d',
  housing_fund: '#08979c',
  vehicle: '#1d39c4',
  real_estate: '#531dab',
  equity: '#c41d7f',
  ship: '#595959',
};

interface StateLabel {
  /** Money (divisible property) is frozen; other property is seized: the words differ. */
  zh: string;
  en: string;
  zhSeized?: string;
  enSeized?: string;
  color: string;
}

const STATES: Record<AssetState, StateLabel> = {
  found: { zh: '已发现', en: 'Found', color: 'blue' },
  freezing: { zh: '冻结中', en: 'Freezing', zhSeized: '查封中', enSeized: 'Seizing', color: 'processing' },
  frozen: { zh: '已冻结', en: 'Frozen', color: 'red' },
  seized: { zh: '已查封', en: 'Seized', color: 'red' },
  waiting: { zh: '轮候', en: 'Waiting seizure', color: 'orange' },
  deducting: { zh: '扣划中', en: 'Deducting', color: 'processing' },
  deducted: { zh: '已扣划', en: 'Deducted', color: 'green' },
  releasing: { zh: '解除中', en: 'Releasing', color: 'processing' },
  released: { zh: '已解除', en: 'Released', color: 'default' },
  lapsed: { zh: '已失效（期满未续）', en: 'Lapsed (not renewed)', color: 'default' },
  disposed: { zh: '已处置', en: 'Disposed', color: 'purple' },
};

export function stateLabel(state: string, category: string): { text: Named; color: string } {
  const found = STATES[state as AssetState];
  if (!found) return { text: { zh: state, en: state }, color: 'default' };
  const seized = !isDivisible(category) && found.zhSeized;
  return {
    text: seized ? { zh: found.zhSeized ?? found.zh, en: found.enSeized ?? found.en } : found,
    color: found.color,
  };
}

/** The buttons' names: 冻结 a balance, 查封 other property; 续冻 / 续封 likewise. */
export function actionName(action: AssetAction, category: string): Named {
  const divisible = isDivisible(category);
  switch (action) {
    case 'control':
      return divisible ? { zh: '冻结', en: 'Freeze' } : { zh: '查封', en: 'Seize' };
    case 'deduct':
      return { zh: '扣划', en: 'Deduct' };
    case 'release':
      return divisible ? { zh: '解除冻结', en: 'Unfreeze' } : { zh: '解除查封', en: 'Release' };
    case 'renew':
      return divisible ? { zh: '续冻', en: 'Renew freeze' } : { zh: '续封', en: 'Renew seizure' };
    case 'decline':
      return { zh: '不予控制', en: 'Do not control' };
  }
}

/** The ability the server sends on an asset for each action (assets/policy.ts). */
export const ACTION_ABILITY: Record<AssetAction, string> = {
  control: 'asset.control',
  deduct: 'asset.deduct',
  release: 'asset.release',
  renew: 'asset.renew',
  decline: 'asset.decline',
};

/** Red once lapsed or within a week, orange within the warning days of assets.expiry (`expiring`). */
export function expiryColor(daysLeft: number, expiring: boolean): string {
  if (daysLeft <= 7) return 'red';
  return expiring ? 'orange' : 'default';
}

export const REQUEST_KINDS: Record<string, Named> = {
  query: { zh: '查询', en: 'Query' },
  freeze: { zh: '冻结/查封', en: 'Freeze/seize' },
  deduct: { zh: '扣划', en: 'Deduct' },
  unfreeze: { zh: '解除', en: 'Release' },
  renew: { zh: '续冻/续封', en: 'Renew' },
};

/** 线索核查结果 (assets/routes.ts verify). */
export const LEAD_RESULTS: Record<string, Named & { color: string }> = {
  in_progress: { zh: '核查中', en: 'Being verified', color: 'processing' },
  confirmed: { zh: '查证属实', en: 'Confirmed', color: 'success' },
  unfounded: { zh: '查无实据', en: 'Unfounded', color: 'default' },
};

/** Which period a lead has (assets/rules.ts leadTrack). */
export const LEAD_TRACKS: Record<string, Named> = {
  specific_urgent: { zh: '明确紧急 · 24小时', en: 'Specific, urgent · 24 h' },
  applicant_urgent: { zh: '申请人紧急 · 3日', en: 'Applicant, urgent · 3 days' },
  applicant: { zh: '申请人 · 7日', en: 'Applicant · 7 days' },
  other: { zh: '无期限', en: 'No period' },
};
