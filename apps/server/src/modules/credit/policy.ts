import { allow } from '../../platform/policy';

/**
 * 失信与限消: officers propose and the head of enforcement decides (the president's signature is the
 * court's, recorded on the decision); supervisors read. Court scope is the service's (a case elsewhere
 * is "not found"). Partner keys are the administrators'.
 */
export const creditPolicy = [
  allow('officer', 'credit.view'),
  allow('officer', 'credit.restrict'),
  allow('officer', 'credit.list'),
  allow('officer', 'credit.end'),
  allow('officer', 'credit.correction'),
  allow('head', 'credit.view'),
  allow('head', 'credit.restrict'),
  allow('head', 'credit.list'),
  allow('head', 'credit.end'),
  allow('head', 'credit.correction'),
  allow('head', 'credit.temporary_lift'),
  allow('supervisor', 'credit.view'),
  allow('admin', 'partner.manage'),
];

/** The credit actions on one case a user may take, sent with its credit so the web shows the right buttons. */
export const CREDIT_ACTIONS = [
  'credit.restrict',
  'credit.list',
  'credit.end',
  'credit.correction',
  'credit.temporary_lift',
] as const;
