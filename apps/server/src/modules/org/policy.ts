import { allow } from '../../platform/policy';

/** 法院与人员: who may manage courts and users, and which areas each role works in. */
export const orgPolicy = [
  allow('admin', 'admin.courts.manage'),
  allow('admin', 'admin.users.manage'),
  allow('officer', 'workbench.view'),
  allow('officer', 'court.officers.view'),
  allow('head', 'court.officers.view'),
  allow('head', 'workbench.view'),
  allow('finance', 'workbench.view'),
  allow('head', 'command.view'),
  allow('supervisor', 'command.view'),
];
