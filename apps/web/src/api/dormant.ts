import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

/** 终本 (docs/dormant.md): the closing checklist, the pool entry, restorations (执恢). */

export interface Bilingual {
  zh: string;
  en: string;
}

export interface ClosingCondition {
  ruleId: string;
  clause: Bilingual;
  title: Bilingual;
  met: boolean;
  evidence?: Bilingual;
  missing?: Bilingual;
}

export interface ClosingCheck {
  caseId: string;
  method: 'dormant';
  ready: boolean;
  conditions: ClosingCondition[];
}

export interface PoolEntry {
  caseId: string;
  enteredOn: string;
  endsOn: string;
  cycle: number;
  nextDueOn: string | null;
  lastQueriedOn: string | null;
  queries: number;
  found: number;
  leftOn: string | null;
  leftReason: string | null;
}

export interface Restorations {
  restoredFrom: { id: string; caseNumber: string; restoredOn: string }[];
  restoredAs: { id: string; caseNumber: string; restoredOn: string; ground: string }[];
}

export function useClosingCheck(caseId: string, enabled = true) {
  return useQuery({
    queryKey: ['case', caseId, 'closing-check'],
    queryFn: () => api.get<ClosingCheck>(`/api/cases/${caseId}/closing-check?method=dormant`),
    enabled,
  });
}

export function usePoolEntry(caseId: string) {
  return useQuery({
    queryKey: ['case', caseId, 'dormant'],
    queryFn: () => api.get<{ entry: PoolEntry | null }>(`/api/cases/${caseId}/dormant`),
  });
}

export function useRestorations(caseId: string) {
  return useQuery({
    queryKey: ['case', caseId, 'restorations'],
    queryFn: () => api.get<Restorations>(`/api/cases/${caseId}/restorations`),
  });
}

export function useRestore(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { ground: 'court_found' | 'applicant_lead'; reason: string }) =>
      api.post<{ id: string; caseNumber: string }>(`/api/cases/${caseId}/restore`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['case', caseId] }),
  });
}

/** 终本案件库信息错误 (Dormant 18): what a recorded error concerns. */
export type PoolErrorField = 'entry' | 'debtor' | 'amounts' | 'dates';

/** Records an error in the pool's data: the 3 days of `dormant.correct` start. */
export function useRecordPoolError(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { field: PoolErrorField; description: string }) =>
      api.post<{ errorId: string; dueOn: string }>(`/api/cases/${caseId}/dormant/errors`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['case', caseId] }),
  });
}

/** Corrects the recorded error (optionally the day of entry) or removes a wrongly pooled case. */
export function useCorrectPool(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      errorId: string;
      action: 'correct' | 'remove';
      enteredOn?: string;
      reason: string;
    }) => api.post<{ entry: PoolEntry }>(`/api/cases/${caseId}/dormant/corrections`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['case', caseId] }),
  });
}

export interface DormantCourtFigures {
  courtId: string;
  code: string;
  name: string;
  closed: number;
  dormant: number;
  dormantRate: number | null;
  restored: number;
  pooled: number;
  requeryDue: number;
  requeried: number;
  requeryCoverage: number | null;
  closedWithConditionMissing: number;
}

export function useDormantFigures() {
  return useQuery({
    queryKey: ['supervision', 'dormant'],
    queryFn: () => api.get<{ today: string; courts: DormantCourtFigures[] }>('/api/supervision/dormant'),
  });
}
