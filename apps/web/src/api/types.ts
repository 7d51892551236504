import type { Answer, Query } from './http';

export const ROLES = ['officer', 'head', 'supervisor', 'finance', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const COURT_LEVELS = ['supreme', 'high', 'intermediate', 'basic'] as const;
export type CourtLevel = (typeof COURT_LEVELS)[number];

export type Ability =
  | 'workbench.view'
  | 'command.view'
  | 'admin.courts.manage'
  | 'admin.users.manage'
  | 'admin.calendar.manage'
  | 'audit.view'
  | 'audit.verify'
  | 'clock.manage'
  | 'partner.manage'
  | 'admin.rules.configure'
  | 'deadlines.mine'
  | 'supervision.view'
  | 'supervision.queue'
  | 'case.view'
  | 'case.file'
  | 'document.issue'
  | 'court.officers.view'
  | 'institution.manage'
  | 'funds.view'
  | 'funds.match'
  | 'funds.verify'
  | 'notify.view'
  | 'valuation.lists.manage'
  | 'auction.view'
  | 'auction.manage';

// The shapes below are the server's, generated from its OpenAPI document (./schema.d.ts).

// The server declares roles and court levels as strings; it sends only the ones listed above.
type Narrowed<T, K extends keyof T, V> = Omit<T, K> & { [P in K]: V };
type ServerMe = Answer<'/api/auth/me', 'get'>;
export type SessionUser = Narrowed<
  Narrowed<ServerMe['user'], 'roles', Role[]>,
  'court',
  Narrowed<ServerMe['user']['court'], 'level', CourtLevel>
>;
/** Abilities the web does not know yet may arrive; only the known ones gate anything. */
export type Me = Narrowed<ServerMe, 'user', SessionUser>;
export type Court = Answer<'/api/admin/courts', 'get'>['items'][number];
export type User = Narrowed<Answer<'/api/admin/users', 'get'>['items'][number], 'roles', Role[]>;
export type CalendarYear = Answer<'/api/calendar/{year}', 'get'>;
export type CalendarDay = CalendarYear['days'][number];
export type DayKind = CalendarDay['kind'];
export type PeriodUnit = NonNullable<Query<'/api/calendar/deadline'>>['unit'];
export type AuditEntry = Answer<'/api/audit', 'get'>['items'][number];
export type AuditFilters = Omit<NonNullable<Query<'/api/audit'>>, 'limit'>;
export type AuditActionGroup = Answer<'/api/audit/actions', 'get'>['groups'][number];
export type AuditVerification = Answer<'/api/audit/verify', 'get'>;
export type Health = Answer<'/api/health', 'get'>;
export type PlatformClock = Answer<'/api/admin/clock', 'get'>;
