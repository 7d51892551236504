import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { auditKey } from './audit';
import { http, send } from './http';

export interface Bilingual {
  zh: string;
  en: string;
}

export type ParameterUnit = 'days' | 'working_days' | 'hours' | 'minutes' | 'months' | 'fen' | 'count';

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
    queryFn: () => send<{ today: string; items: ConfigurableRule[] }>(http.GET('/api/rules/parameters')),
  });
}

export interface ParameterChangeRequest {
  ruleId: string;
  name: string;
  value: number;
  effectiveFrom: string;
  reason: string;
  /** One court only (its own practice, e.g. its payout periods); absent: every court. */
  courtId?: string;
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
