import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { auditKey } from './audit';
import { api } from './client';

export interface Bilingual {
  zh: string;
  en: string;
}

export type ParameterUnit = 'days' | 'working_days' | 'hours' | 'months' | 'fen' | 'count';

export interface ParameterChange {
  /** null: back to the rule's default. */
  value: number | null;
  effectiveFrom: string;
  reason: string;
  changedAt: string;
  changedBy: string;
}

export interface RuleParameter {
  name: string;
  title: Bilingual;
  unit: ParameterUnit;
  default: number;
  min: number;
  max: number;
  /** In force today. */
  value: number;
  /** Newest first; a change effective after today is scheduled. */
  history: ParameterChange[];
}

export interface ConfigurableRule {
  ruleId: string;
  clause: Bilingual;
  title: Bilingual;
  parameters: RuleParameter[];
}

const rulesKey = ['rules', 'parameters'] as const;

export function useRuleParameters() {
  return useQuery({
    queryKey: rulesKey,
    queryFn: () => api.get<{ today: string; items: ConfigurableRule[] }>('/api/rules/parameters'),
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
      api.put(`/api/admin/rules/${encodeURIComponent(ruleId)}/parameters/${encodeURIComponent(name)}`, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: rulesKey }),
        queryClient.invalidateQueries({ queryKey: auditKey }),
      ]),
  });
}
