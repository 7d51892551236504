import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, send } from './http';

/** 参与分配 (docs/funds.md › Distribution among creditors). Money is integer fen. */

export type ClaimGroup = 'costs' | 'priority' | 'ordinary';
export type ObjectionState =
  | 'filed'
  | 'notified'
  | 'opposed'
  | 'suing'
  | 'revised'
  | 'lapsed'
  | 'upheld'
  | 'dismissed';
export type ObjectionAct = 'notify' | 'oppose' | 'revise' | 'suit' | 'lapse' | 'uphold' | 'dismiss';

export interface PlanAllocation {
  id: string;
  creditor: string;
  group: ClaimGroup;
  rank: number;
  claimed: number;
  allocated: number;
  allocatedText: string;
  allocatedUpper: string;
  unpaid: number;
}

export interface Plan {
  amount: number;
  amountText: string;
  amountUpper: string;
  surplus: number;
  surplusText: string;
  allocations: PlanAllocation[];
}

export interface DistributionClaim {
  id: string;
  position: number;
  creditor: string;
  group: ClaimGroup;
  rank: number;
  claimed: number;
  amount: number;
  title: { documentNumber: string; issuingCourt: string } | null;
  titleDocumentId: string | null;
  payee: { accountNo: string; accountName: string } | null;
  joinedOn: string;
  /** Undisputed share payable now, and what was proposed for payout already. */
  payable: number;
  proposed: number;
}

export interface Objection {
  id: string;
  objector: string;
  changes: { claimId: string; amount: number }[];
  reason: string;
  state: ObjectionState;
  filedOn: string;
  notifiedOn: string | null;
  opposedOn: string | null;
  opposedBy: string | null;
  suitFiledOn: string | null;
  suitReference: string | null;
  endedOn: string | null;
  oppositionDueOn: string | null;
  suitDueOn: string | null;
  revision: Plan | null;
}

export interface Distribution {
  id: string;
  debtorKind: 'person' | 'organisation' | 'enterprise';
  state: 'open' | 'served' | 'paying';
  documentId: string | null;
  servedOn: string | null;
  objectionDueOn: string | null;
  lodged: number;
  disputed: number;
  remainderRule: { zh: string; en: string };
  claims: DistributionClaim[];
  plan: Plan | null;
  objections: Objection[];
}

export const useDistribution = (caseId: string) =>
  useQuery({
    queryKey: ['case', caseId, 'distribution'],
    queryFn: () =>
      send<{ distribution: Distribution | null }>(
        http.GET('/api/cases/{id}/distribution', { params: { path: { id: caseId } } }),
      ).then((body) => body.distribution),
  });

/** Every change of a distribution moves the case's money and deadlines: the whole case is read again. */
function useCaseMutation<Input, Output>(caseId: string, run: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['case', caseId] });
      void client.invalidateQueries({ queryKey: ['funds'] });
    },
  });
}

export const useOpenDistribution = (caseId: string) =>
  useCaseMutation(caseId, (debtorKind: 'person' | 'organisation' | 'enterprise') =>
    send<{ id: string }>(
      http.POST('/api/cases/{id}/distribution', { params: { path: { id: caseId } }, body: { debtorKind } }),
    ),
  );

export interface JoinBody {
  creditor: string;
  group: ClaimGroup;
  rank?: number;
  amount: number;
  title?: { documentNumber: string; issuingCourt: string };
  payee?: { accountNo: string; accountName: string };
}

export const useJoin = (caseId: string) =>
  useCaseMutation(caseId, ({ id, body }: { id: string; body: JoinBody }) =>
    send<{ id: string }>(http.POST('/api/distributions/{id}/claims', { params: { path: { id } }, body })),
  );

export const useDrawPlan = (caseId: string) =>
  useCaseMutation(caseId, ({ id, amount }: { id: string; amount: number }) =>
    send<{ documentId: string }>(
      http.POST('/api/distributions/{id}/plan', { params: { path: { id } }, body: { amount } }),
    ),
  );

export const useObject = (caseId: string) =>
  useCaseMutation(
    caseId,
    ({
      id,
      body,
    }: {
      id: string;
      body: { objector: string; changes: { claimId: string; amount: number }[]; reason: string };
    }) =>
      send<{ id: string }>(
        http.POST('/api/distributions/{id}/objections', { params: { path: { id } }, body }),
      ),
  );

export const useObjectionAct = (caseId: string) =>
  useCaseMutation(
    caseId,
    ({ id, act, body }: { id: string; act: ObjectionAct; body?: { by?: string; reference?: string } }) =>
      send<{ state: ObjectionState }>(
        http.POST(`/api/distribution-objections/{id}/${act}`, {
          params: { path: { id } },
          body: (act === 'notify' ? {} : body) as never,
        }),
      ),
  );

export const usePayShares = (caseId: string) =>
  useCaseMutation(caseId, (id: string) =>
    send<{ payouts: { claimId: string; payoutId: string; amount: number }[] }>(
      http.POST('/api/distributions/{id}/payouts', { params: { path: { id } } }),
    ),
  );
