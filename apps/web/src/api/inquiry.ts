import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { auditKey } from './audit';
import { type Answer, type Body, http, send } from './http';

/** The inquiry hub's API (docs/inquiry.md): query rounds, their progress, each request to an institution. */

/** The 查控 tab's progress: counts of the case's queries (every round), per category and per round. */
export type InquiryOverview = Answer<'/api/cases/{id}/inquiries', 'get'>;
export type InquiryCounts = Pick<InquiryOverview, 'total' | 'answered' | 'failed' | 'pending'>;
export type CategoryProgress = InquiryCounts & { category: string };
export type InquiryRound = InquiryOverview['rounds'][number];
/** One request to one institution (queries and controls alike). */
export type InquiryRequest = InquiryOverview['requests'][number];
export type InstitutionRef = InquiryRequest['institution'];

export const inquiryKey = (caseId: string) => ['case', caseId, 'inquiries'] as const;

const POLL_MS = 2_000;
/** With the live link down and nothing pending: a round started by a job (filing) shows up all the same. */
const IDLE_POLL_MS = 10_000;

/** Whether some request of the case, a control included, still waits for its answer. */
export function waiting(overview: InquiryOverview | undefined): boolean {
  return (overview?.requests ?? []).some((r) => r.status !== 'answered' && r.status !== 'failed');
}

/**
 * Progress of a case's queries. With the live socket down it is polled: often while requests are
 * pending, and now and then otherwise, since a round can start without this page (the filing's job).
 */
export function useInquiries(caseId: string, live: boolean) {
  return useQuery({
    queryKey: inquiryKey(caseId),
    queryFn: () => send(http.GET('/api/cases/{id}/inquiries', { params: { path: { id: caseId } } })),
    refetchInterval: (query) => {
      if (live) return false;
      return waiting(query.state.data) ? POLL_MS : IDLE_POLL_MS;
    },
  });
}

/** 一键查控: a round of every category for every debtor; the answer is the new overview. */
export function useStartInquiry(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      send(http.POST('/api/cases/{id}/inquiries', { params: { path: { id: caseId } }, body: {} })),
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
      send(
        http.POST('/api/cases/{id}/inquiries/retry', {
          params: { path: { id: caseId } },
          body: requestIds ? { requestIds } : {},
        }),
      ),
    onSuccess: (overview) => client.setQueryData(inquiryKey(caseId), overview),
  });
}

// ─── 协助执行单位 (administrators) ──────────────────────────────────────────────────────────────────

export type Institution = Answer<'/api/admin/institutions/{id}', 'patch'>;
export type BreakerState = Institution['breaker']['state'];

/** What registering an institution takes, as the server's body schema declares it. */
export type InstitutionInput = Body<'/api/admin/institutions', 'post'>;

export type InstitutionChange = Body<'/api/admin/institutions/{id}', 'patch'>;

const institutionsKey = ['admin', 'institutions'] as const;

export function useInstitutions() {
  return useQuery({
    queryKey: institutionsKey,
    queryFn: () => send(http.GET('/api/admin/institutions')),
    select: (data) => data.items,
  });
}

export function useSaveInstitution() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (save: { id: string; change: InstitutionChange } | { input: InstitutionInput }) =>
      'id' in save
        ? send(
            http.PATCH('/api/admin/institutions/{id}', {
              params: { path: { id: save.id } },
              body: save.change,
            }),
          )
        : send(http.POST('/api/admin/institutions', { body: save.input })),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: institutionsKey }),
        client.invalidateQueries({ queryKey: auditKey }),
      ]),
  });
}
