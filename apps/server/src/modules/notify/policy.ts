import { allow } from '../../platform/policy';

/** Administrators read the outbox (the demo's recorded SMS). */
export const notifyPolicy = [allow('admin', 'notify.view')];
