import { z } from 'zod';
import { type App, signedIn } from '../../platform/http';
import { textOut } from '../../platform/out';
import { localDate } from '../calendar/zod';
import { actorOf } from '../org/service';
import { clauseText } from './rules';
import type { ChangeRow, ComplianceService } from './service';

const parameterParams = z.object({ ruleId: z.string().min(1).max(100), name: z.string().min(1).max(60) });

const changeBody = z
  .object({
    value: z.number().describe('the new value, in the parameter’s unit'),
    effectiveFrom: localDate.optional().describe('生效日期: today when absent, never a past day'),
    reason: z.string().max(500).optional().describe('调整理由'),
    courtId: z.uuid().optional().describe('one court only (its own practice); absent: every court'),
  })
  .strict();

const changeOut = z.object({
  value: z.number().nullable().describe('null: back to the default'),
  effectiveFrom: z.string(),
  reason: z.string(),
  changedAt: z.string(),
  changedBy: z.string(),
  courtId: z.string().nullable().describe('the one court the change is for; null: every court'),
});

const parametersOut = z.object({
  today: z.string().describe('a change effective after it is scheduled (待生效)'),
  items: z.array(
    z.object({
      ruleId: z.string(),
      clause: textOut,
      title: textOut,
      parameters: z.array(
        z.object({
          name: z.string(),
          title: textOut,
          unit: z.enum(['days', 'working_days', 'hours', 'minutes', 'months', 'fen', 'count']),
          default: z.number(),
          min: z.number(),
          max: z.number(),
          value: z.number().describe('in force today'),
          history: z.array(changeOut).describe('newest first'),
        }),
      ),
    }),
  ),
});

const valuesOut = z.object({
  ruleId: z.string(),
  values: z.record(z.string(), z.number()).describe('the rule’s values in force today'),
});

function presentChange(change: ChangeRow) {
  return {
    value: change.value,
    effectiveFrom: change.effectiveFrom,
    reason: change.reason,
    changedAt: change.changedAt.toISOString(),
    changedBy: change.changedBy,
    /** null: every court. */
    courtId: change.courtId,
  };
}

export function registerComplianceRoutes(app: App, service: ComplianceService): void {
  app.get(
    '/api/rules/parameters',
    {
      config: { policy: 'authenticated' },
      schema: {
        tags: ['rules'],
        summary: '可配置的规则参数 Configurable numbers of the rulebook',
        response: { 200: parametersOut },
      },
    },
    async () => ({
      /** The platform's legal date: a change effective after it is scheduled (待生效). */
      today: service.today(),
      items: (await service.list()).map(({ rule, parameters }) => ({
        ruleId: rule.id,
        clause: clauseText(rule.clause),
        title: rule.title,
        parameters: parameters.map(({ parameter, value, history }) => ({
          name: parameter.name,
          title: parameter.title,
          unit: parameter.unit,
          default: parameter.default,
          min: parameter.min,
          max: parameter.max,
          value,
          /** Newest first; a change whose effectiveFrom is after today is scheduled (待生效). */
          history: history.map(presentChange),
        })),
      })),
    }),
  );

  app.put(
    '/api/admin/rules/:ruleId/parameters/:name',
    {
      config: { policy: { action: 'admin.rules.configure' } },
      schema: {
        tags: ['admin'],
        summary: '修改规则参数（自生效日期起适用，留痕）',
        params: parameterParams,
        body: changeBody,
        response: { 200: valuesOut.extend({ change: changeOut }) },
      },
    },
    async (request) => {
      const { ruleId, name } = request.params;
      const { values, change } = await service.change(actorOf(signedIn(request)), ruleId, name, request.body);
      return { ruleId, values, change: presentChange(change) };
    },
  );

  app.delete(
    '/api/admin/rules/:ruleId/parameters/:name',
    {
      config: { policy: { action: 'admin.rules.configure' } },
      schema: {
        tags: ['admin'],
        summary: '恢复规则参数默认值（即日起，留痕）',
        params: parameterParams,
        querystring: z
          .object({ courtId: z.uuid().optional().describe('that court back to the platform’s value') })
          .strict(),
        response: { 200: valuesOut },
      },
    },
    async (request) => {
      const { ruleId, name } = request.params;
      const { courtId } = request.query;
      const { values } = await service.change(actorOf(signedIn(request)), ruleId, name, {
        value: null,
        ...(courtId ? { courtId } : {}),
      });
      return { ruleId, values };
    },
  );
}
