import { allow } from '../../platform/policy';

/** Moving the platform clock is for administrators, and only on a server started with a settable clock. */
export function systemPolicy(clockSettable: boolean) {
  return clockSettable ? [allow('admin', 'clock.manage')] : [];
}
