import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { auditKey } from './audit';
import { api } from './client';

/** The inquiry hub's API (docs/inquiry.md): query rounds, their progress, each request to an institution. */

export interface InquiryCounts {
  total: number;
  answered: number;
  failed: number;
  /** Queued, being sent, or sent and waiting for the answer. */
  pending: number;
}

export interface CategoryProgress extends InquiryCounts {
  category: string;
}

export interface InstitutionRef {
  id: string;
  code: string;
  name: string;
  category: string;
}

export interface InquiryRound extends InquiryCounts {
  id: string;
  status: 'running' | 'complete';
  categories: string[];
  startedOn: string;
  startedAt: string;
  startedBy: string;
  completedAt: string | null;
}

export type RequestStatus = 'queued' | 'sent' | 'answered' | 'failed';

/** One request to one institution (queries and controls alike). */
export interface InquiryRequest {
  id: string;
  institution: InstitutionRef;
  kind: string;
  status: RequestStatus;
  attempts: number;
  lastError: string | null;
  roundId: string | null;
  assetId: string | null;
  subjectName: string;
  createdAt: string;
  finishedAt: string | null;
  result: { status: 'completed' | 'rejected'; reason: string | null; holdings: number } | null;
}

/** The 查控 tab's progress: counts of the case's queries (every round), per category and per round. */
export interface InquiryOverview extends InquiryCounts {
  byCategory: CategoryProgress[];
  rounds: InquiryRound[];
  requests: InquiryRequest[];
  abilities: string[];
}

export const inquiryKey = (caseId: string) => ['case', caseId, 'inquiries'] as const;

const POLL_MS = 2_000;

/** Whether some request of the case, a control included, still waits for its answer. */
export function waiting(overview: InquiryOverview | undefined): boolean {
  return (overview?.requests ?? []).some((r) => r.status !== 'answered' && r.status !== 'failed');
}

/** Progress of a case's queries; polled while requests are pending and the live socket is down. */
export function useInquiries(caseId: string, live: boolean) {
  return useQuery({
    queryKey: inquiryKey(caseId),
    queryFn: () => api.get<InquiryOverview>(`/api/cases/${caseId}/inquiries`),
    refetchInterval: (query) => (!live && waiting(query.state.data) ? POLL_MS : false),
  });
}

/** 一键查控: a round of every category for every debtor; the answer is the new overview. */
export function useStartInquiry(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<InquiryOverview>(`/api/cases/${caseId}/inquiries`, {}),
    onSuccess: (overview) =>
      Promise.all([
        client.setQueryData(inquiryKey(caseId), overview),
        // The round is on the timeline (inquiry.started) and satisfies a deadline.
        client.invalidateQueries({ queryKey: ['case', caseId], exact: true }),
      ]),
  });
}

/** Sends failed requests again (all of them, or those named). */
export function useRetryInquiries(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (requestIds?: string[]) =>
      api.post<InquiryOverview & { retried: number }>(
        `/api/cases/${caseId}/inquiries/retry`,
        requestIds ? { requestIds } : {},
      ),
    onSuccess: (overview) => client.setQueryData(inquiryKey(caseId), overview),
  });
}

// ─── 协助执行单位 (administrators) ──────────────────────────────────────────────────────────────────

export type BreakerState = 'closed' | 'open' | 'half_open';

export interface Institution {
  id: string;
  code: string;
  name: string;
  category: string;
  endpoint: string;
  /** The key is write-only: only a fingerprint of it comes back. */
  keyFingerprint: string;
  keyUpdatedAt: string;
  maxBatch: number;
  concurrency: number;
  timeoutMs: number;
  supportsFreeze: boolean;
  supportsDeduct: boolean;
  active: boolean;
  breaker: { state: BreakerState; failures: number; openUntil: string | null };
  lastError: string | null;
  updatedAt: string;
}

export type InstitutionInput = Omit<
  Institution,
  'id' | 'keyFingerprint' | 'keyUpdatedAt' | 'breaker' | 'lastError' | 'updatedAt'
> & { key: string };

export type InstitutionChange = Partial<Omit<InstitutionInput, 'code'>>;

const institutionsKey = ['admin', 'institutions'] as const;

export function useInstitutions() {
  return useQuery({
    queryKey: institutionsKey,
    queryFn: () => api.get<{ items: Institution[] }>('/api/admin/institutions'),
    select: (data) => data.items,
  });
}

export function useSaveInstitution() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (save: { id: string; change: InstitutionChange } | { input: InstitutionInput }) =>
      'id' in save
        ? api.patch<Institution>(`/api/admin/institutions/${save.id}`, save.change)
        : api.post<Institution>('/api/admin/institutions', save.input),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: institutionsKey }),
        client.invalidateQueries({ queryKey: auditKey }),
      ]),
  });
}
