import { allow } from '../../platform/policy';

/** 全程留痕: heads, supervisors and administrators read the log of their scope; administrators verify it. */
export const auditPolicy = [
  allow('admin', 'audit.view'),
  allow('head', 'audit.view'),
  allow('supervisor', 'audit.view'),
  allow('admin', 'audit.verify'),
];
