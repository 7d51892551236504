import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { auditKey } from './audit';
import { type Answer, type Body, http, send } from './http';

/** 系统管理 › 询价评估名单 (docs/valuation.md): price platforms and appraisal agencies. */

export type ValuationLists = Answer<'/api/admin/valuation-lists', 'get'>;

export type NewPlatform = Body<'/api/admin/price-platforms', 'post'>;
export type NewAgency = Body<'/api/admin/appraisal-agencies', 'post'>;

const listsKey = ['valuation-lists'];

export const useValuationLists = () =>
  useQuery({
    queryKey: listsKey,
    queryFn: () => send(http.GET('/api/admin/valuation-lists')),
  });

export type ListChange =
  | { kind: 'platform'; add: NewPlatform }
  | { kind: 'agency'; add: NewAgency }
  | { kind: 'platform' | 'agency'; code: string; active: boolean };

export function useChangeLists() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: ListChange) => {
      if ('add' in change)
        return change.kind === 'platform'
          ? send(http.POST('/api/admin/price-platforms', { body: change.add as NewPlatform }))
          : send(http.POST('/api/admin/appraisal-agencies', { body: change.add as NewAgency }));
      const params = { path: { code: change.code } };
      const body = { active: change.active };
      return change.kind === 'platform'
        ? send(http.PATCH('/api/admin/price-platforms/{code}', { params, body }))
        : send(http.PATCH('/api/admin/appraisal-agencies/{code}', { params, body }));
    },
    onSuccess: (lists) => {
      client.setQueryData(listsKey, lists);
      return client.invalidateQueries({ queryKey: auditKey });
    },
  });
}
