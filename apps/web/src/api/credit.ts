import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Answer, http, send } from './http';

/** 失信与限消 (docs/credit.md): a case's restrictions and listings, partner keys, public search. */

export type CaseCredit = Answer<'/api/cases/{id}/credit', 'get'>;
export type Restriction = CaseCredit['restrictions'][number];
export type Listing = CaseCredit['listings'][number];
export type MeasureStatus = Restriction['status'];
/** 申请必要消费 (Restrict 8, 3): decided by the court beforehand. */
export type ConsumptionRequest = CaseCredit['consumptionRequests'][number];

export const creditKey = (caseId: string) => ['case', caseId, 'credit'];

export function useCaseCredit(caseId: string) {
  return useQuery({
    queryKey: creditKey(caseId),
    queryFn: () => send(http.GET('/api/cases/{id}/credit', { params: { path: { id: caseId } } })),
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

type PublicDishonest = Answer<'/api/public/dishonest', 'get'>['items'][number];
type PublicRestricted = Answer<'/api/public/restricted', 'get'>['items'][number];
/** A row of either public list; what only the other list shows is absent. */
export type PublicListing = (PublicDishonest | PublicRestricted) &
  Partial<PublicDishonest & PublicRestricted>;

export function searchPublic(list: 'dishonest' | 'restricted', name: string, idNumber?: string) {
  return send(http.GET(`/api/public/${list}`, { params: { query: { name, idNumber } } }));
}
