import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { newIdempotencyKey } from '../lib/identity';
import { type Answer, type Body, http, send } from './http';

/** 执行款 (docs/funds.md). Money is integer fen; dates are local `YYYY-MM-DD`. */

export type Entry = Answer<'/api/cases/{id}/account', 'get'>['entries'][number];
/** A payout as the case and finance's queue show it (the queue adds its `caseNumber`). */
export type Payout = Answer<'/api/funds/payouts', 'get'>['items'][number];
export type PayoutState = Payout['state'];
export type Unidentified = Answer<'/api/funds/unidentified', 'get'>['items'][number];

const accountKey = (caseId: string) => ['case', caseId, 'funds'] as const;
const payoutsKey = (caseId: string) => ['case', caseId, 'payouts'] as const;

export const useCaseAccount = (caseId: string) =>
  useQuery({
    queryKey: accountKey(caseId),
    queryFn: () => send(http.GET('/api/cases/{id}/account', { params: { path: { id: caseId } } })),
  });

export const useCasePayouts = (caseId: string) =>
  useQuery({
    queryKey: payoutsKey(caseId),
    queryFn: () =>
      send(http.GET('/api/cases/{id}/payouts', { params: { path: { id: caseId } } })).then(
        (body) => body.items,
      ),
  });

/** Everything about money changes together: the case's account, its payouts, finance's lists. */
function useInvalidateFunds() {
  const client = useQueryClient();
  return (caseId?: string) => {
    if (caseId) {
      void client.invalidateQueries({ queryKey: ['case', caseId] });
    }
    void client.invalidateQueries({ queryKey: ['funds'] });
  };
}

export function useProposePayout(caseId: string) {
  const invalidate = useInvalidateFunds();
  return useMutation({
    mutationFn: (body: { amount: number; payee: { accountNo: string; accountName: string } }) =>
      send(
        http.POST('/api/cases/{id}/payouts', {
          params: { path: { id: caseId } },
          body,
          headers: { 'Idempotency-Key': newIdempotencyKey() },
        }),
      ),
    onSuccess: () => invalidate(caseId),
  });
}

export function usePayoutAct() {
  const invalidate = useInvalidateFunds();
  return useMutation({
    mutationFn: ({
      id,
      act,
      reason,
    }: {
      id: string;
      act: 'approve' | 'refuse' | 'execute';
      reason?: string;
    }) =>
      send(
        http.POST(`/api/payouts/{id}/${act}`, {
          params: { path: { id } },
          body: (act === 'refuse' ? { reason } : undefined) as never,
        }),
      ),
    onSuccess: (payout) => invalidate(payout.caseId),
  });
}

export const usePayoutQueue = (state: PayoutState) =>
  useQuery({
    queryKey: ['funds', 'payouts', state],
    queryFn: () =>
      send(http.GET('/api/funds/payouts', { params: { query: { state } } })).then((body) => body.items),
  });

export const useUnidentified = () =>
  useQuery({
    queryKey: ['funds', 'unidentified'],
    queryFn: () => send(http.GET('/api/funds/unidentified')).then((body) => body.items),
    refetchInterval: 10_000,
  });

export function useMatch() {
  const invalidate = useInvalidateFunds();
  return useMutation({
    mutationFn: ({ lineId, caseId }: { lineId: string; caseId: string }) =>
      send(
        http.POST('/api/funds/unidentified/{id}/match', {
          params: { path: { id: lineId } },
          body: { caseId },
        }),
      ),
    onSuccess: (result) => invalidate(result.caseId),
  });
}

export const useLedgerCheck = (enabled: boolean) =>
  useQuery({
    queryKey: ['funds', 'verify'],
    enabled,
    queryFn: () => send(http.GET('/api/funds/verify')),
  });

export type Reconciliation = Answer<'/api/funds/reconciliations', 'get'>['items'][number];
export type ReconciliationException = Reconciliation['exceptions'][number];

export const useReconciliations = (enabled: boolean) =>
  useQuery({
    queryKey: ['funds', 'reconciliations'],
    enabled,
    queryFn: () => send(http.GET('/api/funds/reconciliations')).then((body) => body.items),
  });

export function useReconcile() {
  const invalidate = useInvalidateFunds();
  return useMutation({
    mutationFn: () => send(http.POST('/api/funds/reconciliations')),
    onSuccess: () => invalidate(),
  });
}

/** 现金/柜台收款: what finance registers (the route's body), and the receipt it answers. */
export type CashInput = Body<'/api/cases/{id}/cash', 'post'>;

export type CashReceipt = Answer<'/api/cases/{id}/cash', 'post'>;

export function useRegisterCash() {
  const invalidate = useInvalidateFunds();
  return useMutation({
    mutationFn: ({ caseId, ...body }: CashInput & { caseId: string }) =>
      send(
        http.POST('/api/cases/{id}/cash', {
          params: { path: { id: caseId } },
          body,
          headers: { 'Idempotency-Key': newIdempotencyKey() },
        }),
      ).then((receipt) => ({ receipt, caseId })),
    onSuccess: ({ caseId }) => invalidate(caseId),
  });
}

/** 争议款暂缓发放 (docs/funds.md › Disputed money). */
export type Lodging = Answer<'/api/cases/{id}/lodgings', 'post'>;

export const useLodgings = (caseId: string) =>
  useQuery({
    queryKey: ['case', caseId, 'lodgings'],
    queryFn: () =>
      send(http.GET('/api/cases/{id}/lodgings', { params: { path: { id: caseId } } })).then(
        (body) => body.items,
      ),
  });

export function useLodge(caseId: string) {
  const invalidate = useInvalidateFunds();
  return useMutation({
    mutationFn: (body: { amount: number; reason: string }) =>
      send(http.POST('/api/cases/{id}/lodgings', { params: { path: { id: caseId } }, body })),
    onSuccess: () => invalidate(caseId),
  });
}

export function useLodgingAct() {
  const invalidate = useInvalidateFunds();
  return useMutation({
    mutationFn: ({
      id,
      act,
      reason,
    }: {
      id: string;
      act: 'approve' | 'refuse' | 'release';
      reason?: string;
    }) =>
      send(
        http.POST(`/api/lodgings/{id}/${act}`, {
          params: { path: { id } },
          body: (act === 'approve' ? undefined : { reason }) as never,
        }),
      ),
    onSuccess: (lodging) => invalidate(lodging.caseId),
  });
}

/** 执行申请费 on the case's claim (Fees art. 14), and whether it is booked. */
export const useApplicationFee = (caseId: string) =>
  useQuery({
    queryKey: ['case', caseId, 'application-fee'],
    queryFn: () => send(http.GET('/api/cases/{id}/application-fee', { params: { path: { id: caseId } } })),
  });

export function useBookFee(caseId: string) {
  const invalidate = useInvalidateFunds();
  return useMutation({
    mutationFn: () =>
      send(http.POST('/api/cases/{id}/application-fee', { params: { path: { id: caseId } } })),
    onSuccess: () => invalidate(caseId),
  });
}
