import { allow } from '../../platform/policy';

/**
 * 指挥与监督: supervisors and heads watch the overdue deadlines of their court and the courts below
 * it; the head's own queue lists what waits for his decision. Officers see their own deadlines
 * (我的期限): only officers are assigned cases, so nobody else sees an always-empty list.
 */
export const supervisionPolicy = [
  allow('supervisor', 'supervision.view'),
  allow('head', 'supervision.view'),
  allow('head', 'supervision.queue'),
  allow('officer', 'deadlines.mine'),
];
