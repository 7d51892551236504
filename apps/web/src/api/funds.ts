import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { newIdempotencyKey } from '../lib/identity';
import { http, send } from './http';

/** 执行款 (docs/funds.md). Money is integer fen; dates are local `YYYY-MM-DD`. */

export type PayoutState = 'proposed' | 'approved' | 'executing' | 'paid' | 'refused' | 'failed';

export interface Entry {
  id: string;
  kind:
    | 'deposit'
    | 'deduction'
    | 'cash'
    | 'match'
    | 'payout'
    | 'fee'
    | 'lodging'
    | 'distribution'
    | 'forfeit'
    | 'in_kind';
  phase: 'single' | 'pending' | 'post' | 'void';
  pendingId: string | null;
  /** The case's side: positive in, negative out. */
  amount: number;
  on: string;
  at: string;
  actorName: string;
  data: Record<string, unknown>;
}

export interface CaseAccount {
  caseNumber: string;
  accountNo: string;
  balance: number;
  available: number;
  held: number;
  performed: number;
  entries: Entry[];
  abilities: string[];
}

export interface Payout {
  id: string;
  caseId: string;
  caseNumber?: string;
  amount: number;
  amountText: string;
  amountUpper: string;
  payee: { accountNo: string; accountName: string };
  state: PayoutState;
  reason: string | null;
  proposedBy: string;
  proposedOn: string;
  approvedBy: string | null;
  approvedOn: string | null;
  executedBy: string | null;
  executedOn: string | null;
  paidOn: string | null;
  bankTransferId: string | null;
  failure: string | null;
}

export interface Unidentified {
  id: string;
  amount: number;
  payerName: string;
  payerAccountNo: string | null;
  accountNo: string;
  reference: string | null;
  receivedOn: string;
  workingDaysWaiting: number;
  /** `funds.unidentified` once it waited more than 8 working days. */
  warning: string | null;
}

export interface LedgerCheck {
  ok: boolean;
  accounts: number;
  transfers: number;
  problem?: { check: string; detail: string };
}

const accountKey = (caseId: string) => ['case', caseId, 'funds'] as const;
const payoutsKey = (caseId: string) => ['case', caseId, 'payouts'] as const;

export const useCaseAccount = (caseId: string) =>
  useQuery({
    queryKey: accountKey(caseId),
    queryFn: () =>
      send<CaseAccount>(http.GET('/api/cases/{id}/account', { params: { path: { id: caseId } } })),
  });

export const useCasePayouts = (caseId: string) =>
  useQuery({
    queryKey: payoutsKey(caseId),
    queryFn: () =>
      send<{ items: Payout[] }>(
        http.GET('/api/cases/{id}/payouts', { params: { path: { id: caseId } } }),
      ).then((body) => body.items),
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
      send<Payout>(
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
      send<{ items: Payout[] }>(http.GET('/api/funds/payouts', { params: { query: { state } } })).then(
        (body) => body.items,
      ),
  });

export const useUnidentified = () =>
  useQuery({
    queryKey: ['funds', 'unidentified'],
    queryFn: () =>
      send<{ items: Unidentified[] }>(http.GET('/api/funds/unidentified')).then((body) => body.items),
    refetchInterval: 10_000,
  });

export function useMatch() {
  const invalidate = useInvalidateFunds();
  return useMutation({
    mutationFn: ({ lineId, caseId }: { lineId: string; caseId: string }) =>
      send<{ caseId: string }>(
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
    queryFn: () => send<LedgerCheck>(http.GET('/api/funds/verify')),
  });

export interface ReconciliationException {
  kind: 'missing' | 'not_at_bank' | 'mismatch';
  lineId: string;
  accountNo: string;
  amount: number;
  detail: string;
}

export interface Reconciliation {
  id: string;
  on: string;
  fromSeq: number;
  toSeq: number;
  bankLines: number;
  exceptions: ReconciliationException[];
  createdBy: string;
}

export const useReconciliations = (enabled: boolean) =>
  useQuery({
    queryKey: ['funds', 'reconciliations'],
    enabled,
    queryFn: () =>
      send<{ items: Reconciliation[] }>(http.GET('/api/funds/reconciliations')).then((body) => body.items),
  });

export function useReconcile() {
  const invalidate = useInvalidateFunds();
  return useMutation({
    mutationFn: () => send<Reconciliation>(http.POST('/api/funds/reconciliations')),
    onSuccess: () => invalidate(),
  });
}

/** 现金/柜台收款: what finance registers, and the receipt it answers. */
export interface CashInput {
  amount: number;
  payerName: string;
  method: 'counter' | 'cash';
  collectedBy: string[];
  collectedOn: string;
  handedOverOn: string;
  delayReason?: string;
  payerSigned: boolean;
}

export interface CashReceipt {
  receiptNo: string;
  transferId: string;
  caseNumber: string;
  payerName: string;
  amount: number;
  amountText: string;
  amountUpper: string;
  method: 'counter' | 'cash';
  collectedBy: string[];
  collectedOn: string;
  handedOverOn: string;
  receivedBy: string;
}

export function useRegisterCash() {
  const invalidate = useInvalidateFunds();
  return useMutation({
    mutationFn: ({ caseId, ...body }: CashInput & { caseId: string }) =>
      send<CashReceipt>(
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
export interface Lodging {
  id: string;
  caseId: string;
  amount: number;
  amountText: string;
  amountUpper: string;
  reason: string;
  state: 'proposed' | 'approved' | 'refused' | 'released';
  proposedBy: string;
  proposedOn: string;
  decidedBy: string | null;
  decidedOn: string | null;
  endedBy: string | null;
  endedOn: string | null;
  endReason: string | null;
}

export const useLodgings = (caseId: string) =>
  useQuery({
    queryKey: ['case', caseId, 'lodgings'],
    queryFn: () =>
      send<{ items: Lodging[] }>(
        http.GET('/api/cases/{id}/lodgings', { params: { path: { id: caseId } } }),
      ).then((body) => body.items),
  });

export function useLodge(caseId: string) {
  const invalidate = useInvalidateFunds();
  return useMutation({
    mutationFn: (body: { amount: number; reason: string }) =>
      send<Lodging>(http.POST('/api/cases/{id}/lodgings', { params: { path: { id: caseId } }, body })),
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
      send<Lodging>(
        http.POST(`/api/lodgings/{id}/${act}`, {
          params: { path: { id } },
          body: (act === 'approve' ? undefined : { reason }) as never,
        }),
      ),
    onSuccess: (lodging) => invalidate(lodging.caseId),
  });
}

/** 执行申请费 on the case's claim (Fees art. 14), and whether it is booked. */
export interface ApplicationFee {
  claim: number;
  amount: number;
  amountText: string;
  amountUpper: string;
  clause: { zh: string; en: string };
  booked: boolean;
  transferId: string | null;
  bookedOn: string | null;
}

export const useApplicationFee = (caseId: string) =>
  useQuery({
    queryKey: ['case', caseId, 'application-fee'],
    queryFn: () =>
      send<ApplicationFee>(http.GET('/api/cases/{id}/application-fee', { params: { path: { id: caseId } } })),
  });

export function useBookFee(caseId: string) {
  const invalidate = useInvalidateFunds();
  return useMutation({
    mutationFn: () =>
      send<ApplicationFee>(
        http.POST('/api/cases/{id}/application-fee', { params: { path: { id: caseId } } }),
      ),
    onSuccess: () => invalidate(caseId),
  });
}
