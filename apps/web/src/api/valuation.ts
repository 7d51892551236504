import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

/** The reference-price API (docs/valuation.md). Money is integer fen; dates are local `YYYY-MM-DD`. */

export type ValuationMethod = 'agreement' | 'targeted_inquiry' | 'online_inquiry' | 'appraisal';
export type ValuationStatus = 'inquiring' | 'appraising' | 'priced' | 'failed' | 'superseded';

export interface ValuationResult {
  platform: string;
  name: string;
  /** waiting | priced | declined | late | objected */
  status: string;
  price: number | null;
  reportNo: string | null;
  reason: string | null;
  deliveredAt: string | null;
}

export interface DrawRecord {
  algorithm: string;
  seed: string;
  list: string[];
  count: number;
  result: string[];
  drawnAt: string;
}

export interface Valuation {
  id: string;
  method: ValuationMethod;
  methodName: { zh: string; en: string };
  status: ValuationStatus;
  statusName: { zh: string; en: string };
  startedAt: string;
  startedOn: string;
  /** Online inquiry: the end of the platforms' period (3 days, 6 with the extension). */
  dueAt: string | null;
  extended: boolean;
  basis: Record<string, string> | null;
  draw: DrawRecord | null;
  agencies: string[] | null;
  agencyIndex: number | null;
  reportDueOn: string | null;
  reportExtensions: number;
  reportNo: string | null;
  reportReceivedOn: string | null;
  servedOn: string | null;
  objectionUntil: string | null;
  results: ValuationResult[];
  referencePrice: number | null;
  determinedOn: string | null;
  validUntil: string | null;
  salePrice: number | null;
  feePlatform: string | null;
  note: string | null;
  /** The expired procedure this one reissues (RefPrice 27). */
  reissueOf: string | null;
  /** Appraisal: the stay running since, every stay, every return of the file (RefPrice 19). */
  stayedSince: string | null;
  stays: { from: string; until: string | null; reason: string }[];
  returns: { agency: string; on: string; reason: string; note: string; late: boolean }[];
  createdBy: string;
}

export interface ReferencePrice {
  valuationId: string;
  amount: number;
  method: ValuationMethod;
  determinedOn: string;
  validUntil: string;
}

export interface ValuationList {
  today: string;
  /** The platform clock now. */
  now: string;
  items: Valuation[];
  current: ReferencePrice | null;
  abilities: string[];
}

export const valuationsKey = (assetId: string) => ['asset', assetId, 'valuations'] as const;

/** The asset's procedures; polled while an online inquiry waits for the platforms. */
export function useValuations(assetId: string | undefined) {
  return useQuery({
    queryKey: valuationsKey(assetId ?? ''),
    enabled: Boolean(assetId),
    queryFn: () => api.get<ValuationList>(`/api/assets/${assetId}/valuations`),
    refetchInterval: (query) =>
      query.state.data?.items.some((v) => v.status === 'inquiring') ? 5_000 : false,
  });
}

function refresh(client: QueryClient, caseId: string, assetId: string) {
  return Promise.all([
    client.invalidateQueries({ queryKey: valuationsKey(assetId) }),
    client.invalidateQueries({ queryKey: ['case', caseId], exact: true }),
  ]);
}

export interface StartValuation {
  method: ValuationMethod;
  price?: number;
  authority?: string;
  basis?: string;
  agencies?: string[];
  skipAgreed?: boolean;
  appraisalRequired?: boolean;
  needsInspection?: boolean;
  note?: string;
}

export function useStartValuation(caseId: string, assetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: StartValuation) => api.post<Valuation>(`/api/assets/${assetId}/valuations`, body),
    onSuccess: () => refresh(client, caseId, assetId),
  });
}

export type ValuationAct =
  | 'report'
  | 'extension'
  | 'next-agency'
  | 'service'
  | 'objections'
  | 'return'
  | 'stay'
  | 'resume'
  | 'reissue';

/** One act on a procedure: report, extension, next agency, service, objection. */
export function useValuationAct(caseId: string, assetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, act, body }: { id: string; act: ValuationAct; body: Record<string, unknown> }) =>
      api.post<Valuation>(`/api/valuations/${id}/${act}`, body),
    onSuccess: () => refresh(client, caseId, assetId),
  });
}

export function useOwnSale(caseId: string, assetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { until: string }) => api.post<ValuationList>(`/api/assets/${assetId}/own-sale`, body),
    onSuccess: () => refresh(client, caseId, assetId),
  });
}
