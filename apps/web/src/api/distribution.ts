import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Answer, http, send } from './http';

/** 参与分配 (docs/funds.md › Distribution among creditors). Money is integer fen. */

export type Distribution = NonNullable<Answer<'/api/cases/{id}/distribution', 'get'>['distribution']>;
export type DistributionClaim = Distribution['claims'][number];
export type ClaimGroup = DistributionClaim['group'];
export type Objection = Distribution['objections'][number];
export type ObjectionAct = 'notify' | 'oppose' | 'revise' | 'suit' | 'lapse' | 'uphold' | 'dismiss';

export const useDistribution = (caseId: string) =>
  useQuery({
    queryKey: ['case', caseId, 'distribution'],
    queryFn: () =>
      send(http.GET('/api/cases/{id}/distribution', { params: { path: { id: caseId } } })).then(
        (body) => body.distribution,
      ),
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
    send(
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
    send(http.POST('/api/distributions/{id}/claims', { params: { path: { id } }, body })),
  );

export const useDrawPlan = (caseId: string) =>
  useCaseMutation(caseId, ({ id, amount }: { id: string; amount: number }) =>
    send(http.POST('/api/distributions/{id}/plan', { params: { path: { id } }, body: { amount } })),
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
    }) => send(http.POST('/api/distributions/{id}/objections', { params: { path: { id } }, body })),
  );

export const useObjectionAct = (caseId: string) =>
  useCaseMutation(
    caseId,
    ({ id, act, body }: { id: string; act: ObjectionAct; body?: { by?: string; reference?: string } }) =>
      send(
        http.POST(`/api/distribution-objections/{id}/${act}`, {
          params: { path: { id } },
          body: (act === 'notify' ? {} : body) as never,
        }),
      ),
  );

export const usePayShares = (caseId: string) =>
  useCaseMutation(caseId, (id: string) =>
    send(http.POST('/api/distributions/{id}/payouts', { params: { path: { id } } })),
  );
