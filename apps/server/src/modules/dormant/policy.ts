import { allow } from '../../platform/policy';

/**
 * 终本案件: the checklist and the pool entry are read with the case (`case.view`); restoring (执恢)
 * files a new case, so it is for those who file (officers and the head). Court scope is the service's.
 */
export const dormantPolicy = [
  allow('officer', 'dormant.restore'),
  allow('head', 'dormant.restore'),
  // 更正终本案件库: the officer of the case and the head record and correct wrong pool data.
  allow('officer', 'dormant.correct'),
  allow('head', 'dormant.correct'),
];
