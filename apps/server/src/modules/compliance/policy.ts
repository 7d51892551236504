import { allow } from '../../platform/policy';

/**
 * 规则参数: anyone signed in may read the configurable numbers of the rulebook (they explain the
 * warnings they see); only administrators change them (audited).
 */
export const compliancePolicy = [allow('admin', 'admin.rules.configure')];
