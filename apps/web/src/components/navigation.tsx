import {
  BankOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FieldTimeOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  GlobalOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { Ability } from '../api/types';
import type { MessageKey } from '../i18n/zh-CN';

export interface NavItem {
  path: string;
  label: MessageKey;
  icon: ComponentType;
  /** Absent: every signed-in user sees it. */
  ability?: Ability;
}

export const areaItems: readonly NavItem[] = [
  { path: '/workbench', label: 'nav.workbench', icon: SolutionOutlined, ability: 'workbench.view' },
  { path: '/workbench/cases', label: 'nav.cases', icon: FolderOpenOutlined, ability: 'case.view' },
  { path: '/command', label: 'nav.command', icon: DashboardOutlined, ability: 'command.view' },
  { path: '/portal', label: 'nav.portal', icon: GlobalOutlined },
  { path: '/party', label: 'nav.party', icon: TeamOutlined },
];

export const adminItems: readonly NavItem[] = [
  { path: '/admin/courts', label: 'nav.courts', icon: BankOutlined, ability: 'admin.courts.manage' },
  { path: '/admin/users', label: 'nav.users', icon: UserOutlined, ability: 'admin.users.manage' },
  {
    path: '/admin/calendar',
    label: 'nav.calendar',
    icon: CalendarOutlined,
    ability: 'admin.calendar.manage',
  },
  { path: '/admin/audit', label: 'nav.audit', icon: FileSearchOutlined, ability: 'audit.view' },
  { path: '/admin/clock', label: 'nav.clock', icon: FieldTimeOutlined, ability: 'clock.manage' },
];

export function visibleTo(abilities: readonly string[], items: readonly NavItem[]): NavItem[] {
  return items.filter((item) => item.ability === undefined || abilities.includes(item.ability));
}

/** Where a user lands: the first area of the menu they may see (the portal is open to all). */
export function landingPath(abilities: readonly string[]): string {
  return visibleTo(abilities, [...areaItems, ...adminItems])[0]?.path ?? '/portal';
}

/** Breadcrumb labels below 首页 for a path. */
export function crumbsFor(pathname: string): MessageKey[] {
  // The longest matching path names the page: /workbench/cases is 案件列表, not 办案平台.
  const area = [...areaItems].reverse().find((item) => pathname.startsWith(item.path));
  if (area) return [area.label];
  const admin = adminItems.find((item) => pathname.startsWith(item.path));
  return admin ? ['nav.admin', admin.label] : [];
}
