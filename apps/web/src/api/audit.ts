import { useMutation, useQuery } from '@tanstack/react-query';
import { http, send } from './http';
import type { AuditFilters } from './types';

export const auditKey = ['audit'] as const;

export function useAuditEntries(filters: AuditFilters, limit: number) {
  return useQuery({
    queryKey: [...auditKey, { ...filters, limit }],
    queryFn: () => send(http.GET('/api/audit', { params: { query: { ...filters, limit } } })),
    select: (data) => data.items,
  });
}

/** The actions the filter offers, by group: they change only with a new server. */
export function useAuditActions() {
  return useQuery({
    queryKey: [...auditKey, 'actions'],
    queryFn: () => send(http.GET('/api/audit/actions')),
    select: (data) => data.groups,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Verifying walks every chain on the server: run on demand, never cached. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => send(http.GET('/api/audit/verify')) });
}
