import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { auditKey } from './audit';
import { http, send } from './http';

export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: () => send(http.GET('/api/health')),
    staleTime: 10 * 60_000,
  });
}

const clockKey = ['clock'] as const;

export function usePlatformClock() {
  return useQuery({
    queryKey: clockKey,
    queryFn: () => send(http.GET('/api/admin/clock')),
    refetchInterval: 15_000,
  });
}

export function useSetPlatformClock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (now: string) => send(http.POST('/api/admin/clock', { body: { now } })),
    onSuccess: (clock) => {
      queryClient.setQueryData(clockKey, clock);
      return queryClient.invalidateQueries({ queryKey: auditKey });
    },
  });
}
