import { allow } from '../../platform/policy';

/**
 * 财产查控: officers and heads register assets found offline, control them (freeze or seize, deduct,
 * release, renew, or decide not to), and record and verify leads, on cases of their courts (the
 * service scopes every asset to the user's court and those below it: elsewhere is "not found").
 * Whoever may see a case may read its register (`case.view`).
 */
export const assetsPolicy = [
  ...(['officer', 'head'] as const).flatMap((role) => [
    allow(role, 'asset.register'),
    allow(role, 'asset.control'),
    allow(role, 'asset.deduct'),
    allow(role, 'asset.release'),
    allow(role, 'asset.renew'),
    allow(role, 'asset.decline'),
    allow(role, 'lead.record'),
    allow(role, 'lead.verify'),
  ]),
];

/** The permission each act on an asset needs: the web enables an act when both the rules and this allow it. */
export const ACT_PERMISSIONS = {
  control: 'asset.control',
  deduct: 'asset.deduct',
  release: 'asset.release',
  renew: 'asset.renew',
  decline: 'asset.decline',
} as const;

/** Actions on the register itself. */
export const REGISTER_ACTIONS = ['asset.register', 'lead.record'] as const;
