import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { auditKey } from './audit';
import { type Answer, http, send } from './http';

export type RuleParameters = Answer<'/api/rules/parameters', 'get'>;
export type ConfigurableRule = RuleParameters['items'][number];
export type RuleParameter = ConfigurableRule['parameters'][number];
export type ParameterUnit = RuleParameter['unit'];
export type ParameterChange = RuleParameter['history'][number];

const rulesKey = ['rules', 'parameters'] as const;

export function useRuleParameters() {
  return useQuery({
    queryKey: rulesKey,
    queryFn: () => send(http.GET('/api/rules/parameters')),
  });
}

export interface ParameterChangeRequest {
  ruleId: string;
  name: string;
  value: number;
  effectiveFrom: string;
  reason: string;
}

export function useChangeParameter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ruleId, name, ...body }: ParameterChangeRequest) =>
      send(
        http.PUT('/api/admin/rules/{ruleId}/parameters/{name}', { params: { path: { ruleId, name } }, body }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: rulesKey }),
        queryClient.invalidateQueries({ queryKey: auditKey }),
      ]),
  });
}
