import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Answer, type Body, http, send } from './http';

/** 繁简分流 (docs/bankruptcy.md › Triage): a case's track and its correction. */

export type TriageView = Answer<'/api/cases/{id}/triage', 'get'>;
export type Track = Body<'/api/cases/{id}/triage', 'post'>['track'];

export const triageKey = (caseId: string) => ['case', caseId, 'triage'];

export function useTriage(caseId: string) {
  return useQuery({
    queryKey: triageKey(caseId),
    queryFn: () => send(http.GET('/api/cases/{id}/triage', { params: { path: { id: caseId } } })),
  });
}

export function useCorrectTriage(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { track: Track; reason: string }) =>
      send(http.POST('/api/cases/{id}/triage', { params: { path: { id: caseId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['case', caseId] }),
  });
}
