import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Answer, asFile, http, type Query, send } from './http';

/** A text the server sends in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** The cases API (docs/cases.md). Amounts are integer fen; dates are local dates `YYYY-MM-DD`. */

export type CaseList = Answer<'/api/cases', 'get'>;
export type CaseListItem = CaseList['items'][number];
export type CaseStatus = CaseListItem['status'];
export type DeadlineState = 'overdue' | 'due_soon' | 'on_track';

export type CaseDetail = Answer<'/api/cases/{id}', 'get'>;
export type CaseDeadline = CaseDetail['deadlines'][number];
export type DeadlineStatus = CaseDeadline['status'];
export type PayoutAccount = CaseDetail['caseAccount'];
export type CaseParty = CaseDetail['applicants'][number];
export type CaseWarning = CaseDetail['warnings'][number];
export type CaseEvent = CaseDetail['timeline'][number];

export type CaseDocument = Answer<'/api/cases/{id}/documents', 'get'>['items'][number];

/** The list's filters, as the server's query schema declares them. */
export type CaseFilters = NonNullable<Query<'/api/cases'>> & { page: number; pageSize: number };

export function useCases(filters: CaseFilters, enabled = true) {
  return useQuery({
    queryKey: ['cases', filters],
    queryFn: () => send(http.GET('/api/cases', { params: { query: filters } })),
    placeholderData: (previous) => previous,
    enabled,
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: ['case', id],
    queryFn: () => send(http.GET('/api/cases/{id}', { params: { path: { id } } })),
  });
}

export function useCaseDocuments(id: string) {
  return useQuery({
    queryKey: ['case', id, 'documents'],
    queryFn: () => send(http.GET('/api/cases/{id}/documents', { params: { path: { id } } })),
    select: (data) => data.items,
  });
}

/** The writes on one case, below /api/cases/{id}. */
export type CaseWrite =
  | '/assign'
  | '/events'
  | '/extension'
  | '/extension/decision'
  | '/flag'
  | '/close'
  | '/documents';

/**
 * A write on one case (assign, record, close, issue documents …). The answer is the case (or the
 * dossier), so the case, its dossier, the lists and the deadlines are read again.
 */
export function useCaseAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: CaseWrite; body: unknown }) =>
      // The body is the form's, checked by the server (its 400 names the fields).
      send<unknown>(http.POST(`/api/cases/{id}${path}`, { params: { path: { id } }, body: body as never })),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['case', id] }),
        client.invalidateQueries({ queryKey: ['cases'] }),
        client.invalidateQueries({ queryKey: ['deadlines'] }),
      ]),
  });
}

/** 上传卷宗材料: a scan, photo or PDF into the case's dossier; answers the new document's id. */
export function useUploadDocument(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, title }: { file: File; title?: string }) =>
      send(
        http.POST('/api/cases/{id}/documents/upload', {
          params: { path: { id }, query: { fileName: file.name, title } },
          body: file as never,
          ...asFile,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['case', id, 'documents'] }),
  });
}

export function useFileCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: unknown; key: string }) =>
      send(http.POST('/api/cases', { body: body as never, headers: { 'Idempotency-Key': key } })),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['cases'] }),
        client.invalidateQueries({ queryKey: ['deadlines'] }),
      ]),
  });
}

export type MyDeadline = Answer<'/api/deadlines/mine', 'get'>['items'][number];

/** 我的期限: the signed-in user's unmet deadlines, most urgent first, and the platform's today. */
export function useMyDeadlines() {
  return useQuery({
    queryKey: ['deadlines', 'mine'],
    queryFn: () => send(http.GET('/api/deadlines/mine')),
  });
}

/** The platform's clock, its legal date and instant (it may be set, so never the browser's). */
function usePlatformClock() {
  return useQuery({
    queryKey: ['today'],
    queryFn: () => send(http.GET('/api/today')),
    staleTime: 60_000,
  }).data;
}

/** The platform's legal date. */
export function usePlatformToday(): string | undefined {
  return usePlatformClock()?.today;
}

/** The platform's instant (ISO), as of its last answer (a minute at most). */
export function usePlatformNow(): string | undefined {
  return usePlatformClock()?.now;
}

export interface CourtOfficer {
  id: string;
  displayName: string;
  username: string;
}

/** The officers of the user's own court: whom a head may assign a case to, or filter the list by. */
export function useCourtOfficers(enabled: boolean) {
  return useQuery({
    queryKey: ['court', 'officers'],
    queryFn: () => send(http.GET('/api/courts/mine/officers')),
    select: (data) => data.items,
    enabled,
    staleTime: 5 * 60_000,
  });
}
