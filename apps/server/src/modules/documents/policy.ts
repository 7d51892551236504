import { allow } from '../../platform/policy';

/** 电子卷宗: whoever may see a case may read its dossier; officers and heads issue documents. */
export const documentsPolicy = [
  allow('officer', 'document.issue'),
  allow('head', 'document.issue'),
  allow('officer', 'document.upload'),
  allow('head', 'document.upload'),
];
