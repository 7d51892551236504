import type { Entry, PayoutState } from '../../../../api/funds';

type L = (zh: string, en: string) => string;

export const PAYOUT_STATE_COLOR: Record<PayoutState, string> = {
  proposed: 'blue',
  approved: 'gold',
  executing: 'processing',
  paid: 'green',
  refused: 'default',
  failed: 'red',
};

export function payoutStateName(state: PayoutState, L: L): string {
  const names: Record<PayoutState, [string, string]> = {
    proposed: ['待审批', 'Awaiting approval'],
    approved: ['待发放', 'Approved, to pay'],
    executing: ['银行处理中', 'At the bank'],
    paid: ['已发放', 'Paid'],
    refused: ['不予批准', 'Refused'],
    failed: ['发放失败', 'Failed'],
  };
  const [zh, en] = names[state];
  return L(zh, en);
}

export function entryName(entry: Pick<Entry, 'kind' | 'phase'>, L: L): string {
  const kinds: Record<Entry['kind'], [string, string]> = {
    deposit: ['到账', 'Paid in'],
    deduction: ['扣划到账', 'Deduction received'],
    cash: ['现金收款', 'Cash received'],
    match: ['不明款认领', 'Unidentified money matched'],
    payout: ['发款', 'Payout'],
    fee: ['执行费', 'Fee'],
    lodging: ['争议款暂缓发放', 'Disputed money held'],
    distribution: ['分配方案款项', 'Money of the distribution plan'],
    forfeit: ['悔拍保证金', 'Forfeited auction deposit'],
    in_kind: ['以物抵债（非现金）', 'Taken in kind (non-cash)'],
  };
  const phases: Record<Entry['phase'], [string, string]> = {
    single: ['', ''],
    pending: ['（冻结待发）', ' (held)'],
    post: ['', ''],
    void: ['（已释放）', ' (released)'],
  };
  const [zh, en] = kinds[entry.kind];
  const [pzh, pen] = phases[entry.phase];
  return L(zh + pzh, en + pen);
}

/** The groups of claims in a distribution among creditors (参与分配). */
export const GROUP: Record<'costs' | 'priority' | 'ordinary', { zh: string; en: string }> = {
  costs: { zh: '执行费用', en: 'Costs' },
  priority: { zh: '优先受偿', en: 'Priority' },
  ordinary: { zh: '普通债权', en: 'Ordinary' },
};
