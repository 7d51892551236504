import { allow } from '../../platform/policy';

/**
 * 询价评估: officers and heads start price procedures, record reports, service and objections, and
 * draw agencies on assets of cases in their courts (the service scopes every asset to the user's court
 * and those below it: elsewhere is "not found"). Whoever may see a case reads its procedures (`case.view`).
 */
export const valuationPolicy = [
  // 系统管理 › 询价评估名单: the price platforms and the agencies drawn from.
  allow('admin', 'valuation.lists.manage'),
  ...(['officer', 'head'] as const).flatMap((role) => [
    allow(role, 'valuation.start'),
    allow(role, 'valuation.record'),
    allow(role, 'valuation.objection'),
    allow(role, 'valuation.own_sale'),
  ]),
];

export const VALUATION_ACTIONS = [
  'valuation.start',
  'valuation.record',
  'valuation.objection',
  'valuation.own_sale',
] as const;
