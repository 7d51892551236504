import {
  AccountBookOutlined,
  ApiOutlined,
  AppstoreOutlined,
  BankOutlined,
  CalendarOutlined,
  ControlOutlined,
  DashboardOutlined,
  FieldTimeOutlined,
  FileAddOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  GlobalOutlined,
  ScheduleOutlined,
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
  /** A group in the menu, shown when any of its pages is visible. */
  children?: readonly NavItem[];
}

/** 办案平台's pages, under it in the menu; the first is 办案平台's own page. */
export const workbenchItems: readonly NavItem[] = [
  { path: '/workbench', label: 'nav.overview', icon: AppstoreOutlined, ability: 'workbench.view' },
  { path: '/workbench/cases', label: 'nav.cases', icon: FolderOpenOutlined, ability: 'case.view' },
  { path: '/workbench/cases/new', label: 'nav.fileCase', icon: FileAddOutlined, ability: 'case.file' },
  { path: '/workbench/deadlines', label: 'nav.deadlines', icon: ScheduleOutlined, ability: 'deadlines.mine' },
];

export const areaItems: readonly NavItem[] = [
  {
    path: '/workbench',
    label: 'nav.workbench',
    icon: SolutionOutlined,
    ability: 'workbench.view',
    children: workbenchItems,
  },
  { path: '/finance', label: 'nav.finance', icon: AccountBookOutlined, ability: 'funds.match' },
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
  {
    path: '/admin/institutions',
    label: 'nav.institutions',
    icon: ApiOutlined,
    ability: 'institution.manage',
  },
  {
    path: '/admin/valuation-lists',
    label: 'nav.valuationLists',
    icon: ApiOutlined,
    ability: 'valuation.lists.manage',
  },
  { path: '/admin/partners', label: 'nav.partners', icon: ApiOutlined, ability: 'partner.manage' },
  { path: '/admin/rules', label: 'nav.rules', icon: ControlOutlined, ability: 'admin.rules.configure' },
  { path: '/admin/audit', label: 'nav.audit', icon: FileSearchOutlined, ability: 'audit.view' },
  { path: '/admin/outbox', label: 'nav.outbox', icon: FileSearchOutlined, ability: 'notify.view' },
  { path: '/admin/clock', label: 'nav.clock', icon: FieldTimeOutlined, ability: 'clock.manage' },
];

export function visibleTo(abilities: readonly string[], items: readonly NavItem[]): NavItem[] {
  return items.filter((item) => item.ability === undefined || abilities.includes(item.ability));
}

/** The menu a user sees: pages they may open, and groups with at least one of them. */
export function menuFor(abilities: readonly string[], items: readonly NavItem[]): NavItem[] {
  return items.flatMap((item) => {
    if (!item.children) return visibleTo(abilities, [item]);
    const children = menuFor(abilities, item.children);
    return children.length > 0 ? [{ ...item, children }] : [];
  });
}

/** Every page of the menu, groups' children after their group. */
export function flatten(items: readonly NavItem[]): NavItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children ?? [])]);
}

/**
 * Where a user lands: the first area of their own work (办案平台, 指挥中心), else the administration,
 * else the first page they may open; the portal, open to all, only when nothing else is theirs.
 */
export function landingPath(abilities: readonly string[]): string {
  const own = (items: readonly NavItem[]) =>
    visibleTo(abilities, items).filter((item) => item.ability !== undefined);
  return own(areaItems)[0]?.path ?? own(adminItems)[0]?.path ?? own(flatten(areaItems))[0]?.path ?? '/portal';
}

/** Breadcrumb labels below 首页 for a path. */
export function crumbsFor(pathname: string): MessageKey[] {
  // The longest matching path names the page: /workbench/cases is 办案平台 / 案件列表.
  const area = flatten(areaItems)
    .reverse()
    .find((item) => pathname.startsWith(item.path));
  if (area) {
    const group = areaItems.find((item) => item.children?.includes(area));
    return group && group.path !== area.path ? [group.label, area.label] : [(group ?? area).label];
  }
  const admin = adminItems.find((item) => pathname.startsWith(item.path));
  return admin ? ['nav.admin', admin.label] : [];
}
