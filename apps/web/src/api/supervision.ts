import { useQuery } from '@tanstack/react-query';
import { type Answer, http, send } from './http';

export type SupervisionOverview = Answer<'/api/supervision/overdue', 'get'>;
export type OverdueItem = SupervisionOverview['items'][number];
export type CourtOverdue = SupervisionOverview['courts'][number];
export type HeadQueue = Answer<'/api/supervision/queue', 'get'>;

export function useSupervisionOverview() {
  return useQuery({
    queryKey: ['supervision', 'overdue'],
    queryFn: () => send(http.GET('/api/supervision/overdue')),
    refetchInterval: 60_000,
  });
}

export function useHeadQueue(enabled: boolean) {
  return useQuery({
    queryKey: ['supervision', 'queue'],
    queryFn: () => send(http.GET('/api/supervision/queue')),
    enabled,
  });
}
