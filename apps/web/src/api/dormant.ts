import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, send } from './http';

/** 终本 (docs/dormant.md): the closing checklist, the pool entry, restorations (执恢). */

export function useClosingCheck(caseId: string, enabled = true) {
  return useQuery({
    queryKey: ['case', caseId, 'closing-check'],
    queryFn: () =>
      send(
        http.GET('/api/cases/{id}/closing-check', {
          params: { path: { id: caseId }, query: { method: 'dormant' } },
        }),
      ),
    enabled,
  });
}

export function usePoolEntry(caseId: string) {
  return useQuery({
    queryKey: ['case', caseId, 'dormant'],
    queryFn: () => send(http.GET('/api/cases/{id}/dormant', { params: { path: { id: caseId } } })),
  });
}

export function useRestorations(caseId: string) {
  return useQuery({
    queryKey: ['case', caseId, 'restorations'],
    queryFn: () => send(http.GET('/api/cases/{id}/restorations', { params: { path: { id: caseId } } })),
  });
}

export function useRestore(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { ground: 'court_found' | 'applicant_lead'; reason: string }) =>
      send(http.POST('/api/cases/{id}/restore', { params: { path: { id: caseId } }, body })),
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
      send(http.POST('/api/cases/{id}/dormant/errors', { params: { path: { id: caseId } }, body })),
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
    }) => send(http.POST('/api/cases/{id}/dormant/corrections', { params: { path: { id: caseId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['case', caseId] }),
  });
}

export function useDormantFigures() {
  return useQuery({
    queryKey: ['supervision', 'dormant'],
    queryFn: () => send(http.GET('/api/supervision/dormant')),
  });
}
