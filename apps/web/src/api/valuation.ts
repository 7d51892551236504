import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Answer, http, send } from './http';

/** The reference-price API (docs/valuation.md). Money is integer fen; dates are local `YYYY-MM-DD`. */

export type ValuationList = Answer<'/api/assets/{id}/valuations', 'get'>;
export type Valuation = ValuationList['items'][number];
export type ValuationMethod = Valuation['method'];

export const valuationsKey = (assetId: string) => ['asset', assetId, 'valuations'] as const;

/** The asset's procedures; polled while an online inquiry waits for the platforms. */
export function useValuations(assetId: string | undefined) {
  return useQuery({
    queryKey: valuationsKey(assetId ?? ''),
    enabled: Boolean(assetId),
    queryFn: () => send(http.GET('/api/assets/{id}/valuations', { params: { path: { id: assetId ?? '' } } })),
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
    mutationFn: (body: StartValuation) =>
      send(http.POST('/api/assets/{id}/valuations', { params: { path: { id: assetId } }, body })),
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
      send(http.POST(`/api/valuations/{id}/${act}`, { params: { path: { id } }, body: body as never })),
    onSuccess: () => refresh(client, caseId, assetId),
  });
}

export function useOwnSale(caseId: string, assetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { until: string }) =>
      send(http.POST('/api/assets/{id}/own-sale', { params: { path: { id: assetId } }, body })),
    onSuccess: () => refresh(client, caseId, assetId),
  });
}
