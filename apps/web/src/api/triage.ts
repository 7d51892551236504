import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

/** 繁简分流 (docs/bankruptcy.md › Triage): a case's track and its correction. */

export type Track = 'simple' | 'normal';

export interface TriageView {
  caseId: string;
  track: Track | null;
  trackName: { zh: string; en: string } | null;
  since: string | null;
  corrected: boolean;
  targetMonths: number;
  dueOn: string | null;
  overdue: boolean;
  history: { type: string; on: string; actorName: string; data: Record<string, unknown> }[];
}

export const triageKey = (caseId: string) => ['case', caseId, 'triage'];

export function useTriage(caseId: string) {
  return useQuery({
    queryKey: triageKey(caseId),
    queryFn: () => api.get<TriageView>(`/api/cases/${caseId}/triage`),
  });
}

export function useCorrectTriage(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { track: Track; reason: string }) =>
      api.post<TriageView>(`/api/cases/${caseId}/triage`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['case', caseId] }),
  });
}
