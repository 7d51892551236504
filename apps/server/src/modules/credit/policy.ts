import { allow } from '../../platform/policy';

/**
 * 失信与限消: officers propose and the head of enforcement decides (the president's signature is the
 * court's, recorded on the decision); supervisors read. Court scope is the service's (a case elsewhere
 * is "not found"). A consumption request is registered by officers and decided by the head; a
reconsideration is filed as a correction is (officers, heads) and decided by the superior court's
supervisor. Partner keys are the administrators'.
 */
export const creditPolicy = [
  allow('officer', 'credit.view'),
  allow('officer', 'credit.restrict'),
  allow('officer', 'credit.list'),
  allow('officer', 'credit.end'),
  allow('officer', 'credit.correction'),
  allow('officer', 'credit.consumption'),
  allow('head', 'credit.view'),
  allow('head', 'credit.restrict'),
  allow('head', 'credit.list'),
  allow('head', 'credit.end'),
  allow('head', 'credit.correction'),
  allow('head', 'credit.temporary_lift'),
  allow('head', 'credit.consumption'),
  allow('head', 'credit.consumption.decide'),
  allow('supervisor', 'credit.view'),
  allow('supervisor', 'credit.reconsideration.decide'),
  allow('admin', 'partner.manage'),
];

/** The credit actions on one case a user may take, sent with its credit so the web shows the right buttons. */
export const CREDIT_ACTIONS = [
  'credit.restrict',
  'credit.list',
  'credit.end',
  'credit.correction',
  'credit.temporary_lift',
  'credit.consumption',
  'credit.consumption.decide',
  'credit.reconsideration.decide',
] as const;
