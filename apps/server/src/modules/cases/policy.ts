import { allow } from '../../platform/policy';

/**
 * 执行案件: officers file and run cases; the head assigns, decides extensions and flags the four kinds
 * of cases; supervisors and finance read. Every case action is further limited to the user's court
 * scope by the service (a case elsewhere is "not found").
 */
export const casesPolicy = [
  allow('officer', 'case.view'),
  allow('officer', 'case.file'),
  allow('officer', 'case.record'),
  allow('officer', 'case.extension.request'),
  allow('officer', 'case.close'),
  allow('head', 'case.view'),
  allow('head', 'case.file'),
  allow('head', 'case.record'),
  allow('head', 'case.assign'),
  allow('head', 'case.extension.decide'),
  allow('head', 'case.flag'),
  allow('head', 'case.close'),
  // 繁简分流: officers and the head correct a case's track, with a reason.
  allow('officer', 'case.triage.correct'),
  allow('head', 'case.triage.correct'),
  allow('supervisor', 'case.view'),
  allow('finance', 'case.view'),
];

/**
 * The actions on one case a user may take, sent with the case so the web enables the right buttons
 * (issuing documents into its dossier is the documents module's action, taken on the case).
 */
export const CASE_ACTIONS = [
  'case.record',
  'document.issue',
  'document.upload',
  'case.assign',
  'case.extension.request',
  'case.extension.decide',
  'case.flag',
  'case.close',
] as const;
