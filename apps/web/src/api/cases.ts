import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from './client';

export interface CaseListItem {
  id: string;
  caseNumber: string;
  status: 'open' | 'closed';
  filedOn: string;
  claimAmount: number;
  paidAmount: number;
  flag: string | null;
  officerName: string | null;
  applicants: string[];
  debtors: string[];
  nextDeadline: { ruleId: string; dueOn: string; overdue: boolean } | null;
}

export interface CaseList {
  items: CaseListItem[];
  total: number;
  totalCapped: boolean;
}

export interface CaseDeadline {
  ruleId: string;
  clause: string;
  title: { zh: string; en: string };
  dueOn: string;
  satisfiedOn: string | null;
  status: 'open' | 'met' | 'met_late' | 'overdue' | 'paused';
  daysLeft: number | null;
  provisional: boolean;
}

export interface CaseParty {
  id: string;
  role: 'applicant' | 'debtor';
  kind: 'person' | 'entity';
  name: string;
  idNumber: string | null;
  creditCode: string | null;
  phone: string | null;
}

export interface CaseDetail {
  id: string;
  caseNumber: string;
  status: 'open' | 'closed';
  filedOn: string;
  claimAmount: number;
  paidAmount: number;
  flag: string | null;
  court: { code: string; name: string };
  basis: { documentNumber: string; issuingCourt: string; effectiveOn: string; duty: string };
  caseAccount: { bankName: string; accountName: string; accountNo: string };
  officer: { displayName: string } | null;
  closingMethod: string | null;
  applicants: CaseParty[];
  debtors: CaseParty[];
  deadlines: CaseDeadline[];
  warnings: { ruleId: string; clause: string; message: string }[];
  timeline: {
    id: number;
    type: string;
    on: string;
    actor: string;
    data: Record<string, unknown>;
    evidence: string[];
  }[];
  abilities: string[];
}

export interface CaseDocument {
  id: string;
  title: string;
  fileName: string;
  size: number;
  createdAt: string;
  createdBy: string;
  url: string;
}

export interface CaseFilters {
  q?: string;
  status?: string;
  deadline?: string;
  flag?: string;
  page: number;
  pageSize: number;
}

export function useCases(filters: CaseFilters) {
  return useQuery({
    queryKey: ['cases', filters],
    queryFn: () => api.get<CaseList>(`/api/cases${query({ ...filters })}`),
    placeholderData: (previous) => previous,
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: ['case', id],
    queryFn: () => api.get<CaseDetail>(`/api/cases/${id}`),
  });
}

export function useCaseDocuments(id: string) {
  return useQuery({
    queryKey: ['case', id, 'documents'],
    queryFn: () => api.get<{ items: CaseDocument[] }>(`/api/cases/${id}/documents`),
    select: (data) => data.items,
  });
}

/** A write on one case (close, record, issue documents …); the case and its dossier are read again. */
export function useCaseAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body: unknown }) =>
      api.post<unknown>(`/api/cases/${id}${path}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['case', id] }),
  });
}

export function useFileCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: unknown; key: string }) =>
      api.post<{ id: string; caseNumber: string }>('/api/cases', body, { 'Idempotency-Key': key }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['cases'] }),
  });
}

export interface MyDeadline {
  caseId: string;
  caseNumber: string;
  ruleId: string;
  dueOn: string;
}

/** 我的期限: the signed-in officer's unmet deadlines, most urgent first. */
export function useMyDeadlines() {
  return useQuery({
    queryKey: ['deadlines', 'mine'],
    queryFn: () => api.get<{ today: string; items: MyDeadline[] }>('/api/deadlines/mine'),
  });
}

/** The officers of the user's own court: whom a head may assign a case to. */
export function useCourtOfficers(enabled: boolean) {
  return useQuery({
    queryKey: ['court', 'officers'],
    queryFn: () => api.get<{ items: { id: string; displayName: string }[] }>('/api/courts/mine/officers'),
    select: (data) => data.items,
    enabled,
  });
}
