import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, send } from './http';

/** 失信与限消 (docs/credit.md): a case's restrictions and listings, partner keys, public search. */

export type MeasureStatus = 'pending' | 'in_force' | 'expired' | 'ended';

export interface Restriction {
  id: string;
  debtorId: string;
  kind: 'person' | 'entity';
  name: string;
  status: MeasureStatus;
  decidedOn: string;
  effectiveOn: string;
  graceMonths: number;
  exitBan: boolean;
  boundPersons: { role: string; name: string; idNumber: string }[];
  temporaryLifts: { from: string; until: string; items: string[]; reason: string }[];
  endedOn: string | null;
  endReason: string | null;
}

export interface Listing {
  id: string;
  debtorId: string;
  name: string;
  ground: number;
  groundText: { zh: string; en: string };
  facts: string;
  status: MeasureStatus;
  decidedOn: string;
  effectiveOn: string;
  endsOn: string | null;
  extensionYears: number;
  /** Dishonest 8: reported to the employer or superior. */
  publicRole: 'none' | 'state_employee' | 'state_organ' | 'state_enterprise';
  reportTo: string | null;
  reportedOn: string | null;
  endedOn: string | null;
  endReason: string | null;
}

export interface CaseCredit {
  today: string;
  restrictions: Restriction[];
  listings: Listing[];
  corrections: {
    id: string;
    listingId: string;
    kind: string;
    reason: string;
    requestedOn: string;
    decidedOn: string | null;
    accepted: boolean | null;
    reconsideration: {
      requestedOn: string;
      reason: string | null;
      decidedOn: string | null;
      decidedBy: string | null;
      revoked: boolean | null;
      note: string | null;
    } | null;
  }[];
  consumptionRequests: ConsumptionRequest[];
  debtors: {
    id: string;
    kind: 'person' | 'entity';
    name: string;
    idNumber: string | null;
    creditCode: string | null;
  }[];
  grounds: { ground: number; zh: string; en: string }[];
  abilities: string[];
}

/** 申请必要消费 (Restrict 8, 3): decided by the court beforehand. */
export interface ConsumptionRequest {
  id: string;
  restrictionId: string;
  basis: 'necessary' | 'own_property';
  applicant: string;
  applicantRole: string;
  items: string[];
  purpose: string;
  from: string;
  until: string;
  requestedOn: string;
  requestedBy: string;
  decidedOn: string | null;
  decidedBy: string | null;
  allowed: boolean | null;
  decisionNote: string | null;
}

export const creditKey = (caseId: string) => ['case', caseId, 'credit'];

export function useCaseCredit(caseId: string) {
  return useQuery({
    queryKey: creditKey(caseId),
    queryFn: () => send<CaseCredit>(http.GET('/api/cases/{id}/credit', { params: { path: { id: caseId } } })),
  });
}

/** A write on the case's credit; the case (timeline, deadlines) and its credit are read again. */
export function useCreditAction<Body>(
  caseId: string,
  path: (body: Body) => string,
  body: (input: Body) => unknown = (b) => b,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Body) =>
      // The path below the case is built by the caller (ids of restrictions and listings in it), so
      // this one call is typed by its answer only; its body is checked by the server (400).
      send<unknown>(
        http.POST(`/api/cases/{id}/${path(input)}` as '/api/cases/{id}/restrictions', {
          params: { path: { id: caseId } },
          body: body(input) as never,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['case', caseId] }),
  });
}

export interface PartnerKey {
  id: string;
  name: string;
  sector: string;
  purpose: string;
  scopes: string[];
  prefix: string;
  ratePerMinute: number;
  webhookUrl: string | null;
  revokedAt: string | null;
  createdAt: string;
  usage: { day: string; calls: number; subjects: number; hits: number }[];
}

export const partnerKeysKey = ['partner-keys'];

export function usePartnerKeys() {
  return useQuery({
    queryKey: partnerKeysKey,
    queryFn: () => send<{ items: PartnerKey[] }>(http.GET('/api/admin/partner-keys')),
  });
}

export interface PublicListing {
  name: string;
  kind: 'person' | 'entity';
  sex?: string | null;
  age?: number | null;
  idNumber?: string | null;
  creditCode?: string | null;
  legalRepresentative?: string | null;
  duty?: string;
  performance?: string;
  conduct?: string;
  basisDocument?: string;
  basisIssuer?: string;
  caseNumber: string;
  filedOn: string;
  court: string;
  publishedOn?: string;
  decidedOn?: string;
}

export function searchPublic(list: 'dishonest' | 'restricted', name: string, idNumber?: string) {
  return send<{ items: PublicListing[] }>(
    http.GET(`/api/public/${list}`, { params: { query: { name, idNumber } } }),
  );
}
