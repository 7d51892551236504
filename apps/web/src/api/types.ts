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
  | 'auction.view'
  | 'auction.manage';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  court: { id: string; code: string; name: string; level: CourtLevel };
}

export interface Me {
  user: SessionUser;
  /** Abilities the web does not know yet may arrive; only the known ones gate anything. */
  abilities: string[];
  csrfToken: string;
}

export interface Court {
  id: string;
  code: string;
  name: string;
  level: CourtLevel;
  parentId: string | null;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  active: boolean;
  court: { id: string; code: string; name: string };
}

export type DayKind = 'holiday' | 'workday';

export interface CalendarDay {
  date: string;
  kind: DayKind;
  name: string;
}

export interface CalendarYear {
  year: number;
  days: CalendarDay[];
}

export type PeriodUnit = 'working_days' | 'days' | 'months';

export interface AuditEntry {
  seq: number;
  at: string;
  actor: { id: string; username: string; displayName: string } | null;
  courtCode: string | null;
  action: string;
  actionTitle: { zh: string; en: string };
  subject: string;
  case: { id: string; caseNumber: string } | null;
  hash: string;
}

export interface AuditFilters {
  actor?: string;
  action?: string;
  case?: string;
  from?: string;
  to?: string;
}

export interface AuditActionGroup {
  group: string;
  title: { zh: string; en: string };
  actions: { action: string; title: { zh: string; en: string } }[];
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  brokenAt?: { seq: number; reason: string };
}

export interface Health {
  status: string;
  database: string;
  version: string;
}

export interface PlatformClock {
  now: string;
  settable: boolean;
}
