/**
 * Categories of assisting institutions (协助执行单位) and of the property they hold. The code is what
 * travels on the wire; the names are what a court reads.
 */
export const CATEGORIES = [
  { code: 'bank', zh: '银行存款', en: 'Bank deposits', divisible: true, controlPeriod: 'deposit' },
  {
    code: 'online_payment',
    zh: '网络支付账户',
    en: 'Online payment accounts',
    divisible: true,
    controlPeriod: 'deposit',
  },
  { code: 'securities', zh: '证券', en: 'Securities', divisible: true, controlPeriod: 'property_right' },
  {
    code: 'insurance',
    zh: '保险',
    en: 'Insurance policies',
    divisible: true,
    controlPeriod: 'property_right',
  },
  { code: 'housing_fund', zh: '住房公积金', en: 'Housing fund', divisible: true, controlPeriod: 'deposit' },
  { code: 'vehicle', zh: '车辆', en: 'Motor vehicles', divisible: false, controlPeriod: 'movable' },
  { code: 'real_estate', zh: '不动产', en: 'Real estate', divisible: false, controlPeriod: 'real_estate' },
  { code: 'equity', zh: '股权', en: 'Equity', divisible: false, controlPeriod: 'property_right' },
  { code: 'ship', zh: '船舶', en: 'Ships', divisible: false, controlPeriod: 'movable' },
] as const;

export type CategoryCode = (typeof CATEGORIES)[number]['code'];
export const CATEGORY_CODES = CATEGORIES.map((c) => c.code) as [CategoryCode, ...CategoryCode[]];

/**
 * Which control-period limit applies (CPL-Interp 485): deposits at most 1 year, movables 2, real
 * estate and other property rights 3. The numbers themselves live in the server's rule data.
 */
export type ControlPeriodClass = (typeof CATEGORIES)[number]['controlPeriod'];

export function categoryOf(code: string): (typeof CATEGORIES)[number] | undefined {
  return CATEGORIES.find((c) => c.code === code);
}

/** Request kinds: 查询, 冻结/查封, 扣划, 解除冻结/解封, 续冻/续封. */
export const REQUEST_KINDS = ['query', 'freeze', 'deduct', 'unfreeze', 'renew'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
