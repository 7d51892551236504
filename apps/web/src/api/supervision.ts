import { useQuery } from '@tanstack/react-query';
import { http, send } from './http';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface OverdueItem {
  caseId: string;
  caseNumber: string;
  courtCode: string;
  courtName: string;
  ruleId: string;
  title: Bilingual;
  dueOn: string;
  daysOverdue: number;
  /** The officer's display name; null while the case is unassigned. */
  officer: string | null;
}

export interface CourtOverdue {
  courtId: string;
  code: string;
  name: string;
  count: number;
  worstDaysOverdue: number;
}

export interface SupervisionOverview {
  today: string;
  total: number;
  courts: CourtOverdue[];
  items: OverdueItem[];
}

export interface HeadQueue {
  today: string;
  extensionRequests: {
    caseId: string;
    caseNumber: string;
    requestedOn: string;
    requestedBy: string;
    months: number | null;
    reason: string;
  }[];
  unassigned: { caseId: string; caseNumber: string; filedOn: string; dueOn: string | null }[];
  overdue: OverdueItem[];
}

export function useSupervisionOverview() {
  return useQuery({
    queryKey: ['supervision', 'overdue'],
    queryFn: () => send<SupervisionOverview>(http.GET('/api/supervision/overdue')),
    refetchInterval: 60_000,
  });
}

export function useHeadQueue(enabled: boolean) {
  return useQuery({
    queryKey: ['supervision', 'queue'],
    queryFn: () => send<HeadQueue>(http.GET('/api/supervision/queue')),
    enabled,
  });
}
