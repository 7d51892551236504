import { useMutation, useQuery } from '@tanstack/react-query';
import { api, query } from './client';
import type { AuditEntry, AuditVerification } from './types';

export const auditKey = ['audit'] as const;

export function useAuditEntries(subject: string, limit: number) {
  return useQuery({
    queryKey: [...auditKey, { subject, limit }],
    queryFn: () => api.get<{ items: AuditEntry[] }>(`/api/audit${query({ subject, limit })}`),
    select: (data) => data.items,
  });
}

/** Verifying walks every chain on the server: run on demand, never cached. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api.get<AuditVerification>('/api/audit/verify') });
}
