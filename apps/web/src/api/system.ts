import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { auditKey } from './audit';
import { api } from './client';
import type { Health, PlatformClock } from './types';

export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: () => api.get<Health>('/api/health'),
    staleTime: 10 * 60_000,
  });
}

const clockKey = ['clock'] as const;

export function usePlatformClock() {
  return useQuery({
    queryKey: clockKey,
    queryFn: () => api.get<PlatformClock>('/api/admin/clock'),
    refetchInterval: 15_000,
  });
}

export function useSetPlatformClock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (now: string) => api.post<PlatformClock>('/api/admin/clock', { now }),
    onSuccess: (clock) => {
      queryClient.setQueryData(clockKey, clock);
      return queryClient.invalidateQueries({ queryKey: auditKey });
    },
  });
}
