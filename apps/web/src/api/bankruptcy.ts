import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

/** 执转破 (docs/bankruptcy.md): a case's suggestion, transfer steps and the cases it suspended. */

export type TransferState =
  | 'consulting'
  | 'review_refused'
  | 'reviewed'
  | 'decided'
  | 'served'
  | 'accepted'
  | 'declared'
  | 'not_accepted'
  | 'returned';

export type StepState = 'done' | 'current' | 'pending' | 'skipped' | 'refused';

export interface Consent {
  party: 'applicant' | 'debtor';
  partyId: string;
  name: string;
  consented: boolean;
  documentId: string | null;
  on: string;
}

export interface BankruptcyView {
  caseId: string;
  caseOpen: boolean;
  suggestion: { suggested: boolean; debtorId: string | null; reasons: { zh: string; en: string }[] };
  debtors: { id: string; name: string; enterprise: boolean }[];
  applicants: { id: string; name: string }[];
  transfer: {
    id: string;
    state: TransferState;
    debtorName: string;
    creditCode: string;
    consents: Consent[];
    panel: { members: string[]; agreed: boolean; opinion: string; on: string } | null;
    bankruptcyCourt: string | null;
    presidentName: string | null;
    decidedOn: string | null;
    decisionDocumentId: string | null;
    servedOn: string | null;
    answeredOn: string | null;
    accepted: boolean | null;
    ruling: string | null;
    declaredOn: string | null;
    materialsReturnedOn: string | null;
  } | null;
  steps: { id: string; title: { zh: string; en: string }; state: StepState }[];
  suspensions: {
    caseId: string;
    caseNumber: string;
    courtName: string;
    suspendedOn: string;
    resumedOn: string | null;
    terminatedOn: string | null;
  }[];
}

export const bankruptcyKey = (caseId: string) => ['case', caseId, 'bankruptcy'];

export function useBankruptcy(caseId: string) {
  return useQuery({
    queryKey: bankruptcyKey(caseId),
    queryFn: () => api.get<BankruptcyView>(`/api/cases/${caseId}/bankruptcy-transfer`),
  });
}

export type BankruptcyStep =
  | 'consents'
  | 'review'
  | 'decision'
  | 'service'
  | 'answer'
  | 'declaration'
  | 'materials-returned';

/** One step of the transfer; the case (timeline, deadlines) and the transfer are read again. */
export function useBankruptcyStep(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ step, body }: { step: BankruptcyStep; body: unknown }) =>
      api.post<BankruptcyView>(`/api/cases/${caseId}/bankruptcy-transfer/${step}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['case', caseId] }),
  });
}
