import { z } from 'zod';
import { type App, signedIn } from '../../platform/http';
import { actorOf } from '../org/service';
import { clauseText } from './rules';
import type { ComplianceService } from './service';

const parameterParams = z.object({ ruleId: z.string().min(1).max(100), name: z.string().min(1).max(60) });

export function registerComplianceRoutes(app: App, service: ComplianceService): void {
  app.get(
    '/api/rules/parameters',
    {
      config: { policy: 'authenticated' },
      schema: { tags: ['rules'], summary: '可配置的规则参数 Configurable numbers of the rulebook' },
    },
    async () => ({
      items: (await service.list()).map(({ rule, parameters }) => ({
        ruleId: rule.id,
        clause: clauseText(rule.clause),
        title: rule.title,
        parameters: parameters.map(({ parameter, value }) => ({
          name: parameter.name,
          title: parameter.title,
          unit: parameter.unit,
          default: parameter.default,
          min: parameter.min,
          max: parameter.max,
          value,
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
        summary: '修改规则参数（留痕）',
        params: parameterParams,
        body: z.object({ value: z.number() }).strict(),
      },
    },
    async (request) => {
      const { ruleId, name } = request.params;
      const values = await service.set(actorOf(signedIn(request)), ruleId, name, request.body.value);
      return { ruleId, values };
    },
  );

  app.delete(
    '/api/admin/rules/:ruleId/parameters/:name',
    {
      config: { policy: { action: 'admin.rules.configure' } },
      schema: { tags: ['admin'], summary: '恢复规则参数默认值', params: parameterParams },
    },
    async (request) => {
      const { ruleId, name } = request.params;
      return { ruleId, values: await service.reset(actorOf(signedIn(request)), ruleId, name) };
    },
  );
}
