import { allow } from '../../platform/policy';

/**
 * 执行款: officers and heads read a case's account and propose payouts; the head approves or refuses
 * (the payout notice); officers and heads run a distribution among creditors (参与分配); finance matches unidentified money, executes payouts and checks the ledger;
 * administrators check the ledger. The court scope is the service's (a case elsewhere is "not found").
 */
export const fundsPolicy = [
  allow('officer', 'funds.view'),
  allow('officer', 'funds.payout.propose'),
  allow('officer', 'funds.lodging.propose'),
  allow('officer', 'funds.distribution.manage'),
  allow('head', 'funds.view'),
  allow('head', 'funds.payout.propose'),
  allow('head', 'funds.payout.approve'),
  allow('head', 'funds.lodging.propose'),
  allow('head', 'funds.lodging.decide'),
  allow('head', 'funds.distribution.manage'),
  allow('supervisor', 'funds.view'),
  allow('finance', 'funds.view'),
  allow('finance', 'funds.match'),
  allow('finance', 'funds.cash'),
  allow('finance', 'funds.fee'),
  allow('finance', 'funds.payout.execute'),
  allow('finance', 'funds.verify'),
  allow('admin', 'funds.verify'),
];

/** The actions on a case's money a user may take, sent with the account for the web's buttons. */
export const FUNDS_ACTIONS = [
  'funds.payout.propose',
  'funds.payout.approve',
  'funds.payout.execute',
  'funds.match',
  'funds.cash',
  'funds.lodging.propose',
  'funds.lodging.decide',
  'funds.fee',
  'funds.distribution.manage',
] as const;
