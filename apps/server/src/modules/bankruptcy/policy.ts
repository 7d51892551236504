import { allow } from '../../platform/policy';

/**
 * 执转破: officers consult the parties, record the panel's review, service and the bankruptcy court's
 * answer; the president's signature on the transfer decision is recorded by the head of enforcement
 * (there is no president role: the head records the signed decision). Supervisors read. Every action
 * is further limited to the user's court scope by the service (a case elsewhere is "not found").
 */
export const bankruptcyPolicy = [
  allow('officer', 'bankruptcy.view'),
  allow('officer', 'bankruptcy.handle'),
  allow('head', 'bankruptcy.view'),
  allow('head', 'bankruptcy.handle'),
  allow('head', 'bankruptcy.decide'),
  allow('supervisor', 'bankruptcy.view'),
];
