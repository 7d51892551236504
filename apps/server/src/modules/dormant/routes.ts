import { z } from 'zod';
import { type App, signedIn } from '../../platform/http';
import type { DormantService } from './service';

const caseParams = z.object({ id: z.uuid() });

export function registerDormantRoutes(app: App, service: DormantService): void {
  app.get(
    '/api/cases/:id/closing-check',
    {
      config: { policy: { action: 'case.view' } },
      schema: {
        tags: ['dormant'],
        summary: '终本条件核对清单',
        params: caseParams,
        querystring: z.object({ method: z.literal('dormant').default('dormant') }).strict(),
      },
    },
    async (request) => service.closingCheck(signedIn(request), request.params.id),
  );

  app.get(
    '/api/cases/:id/dormant',
    {
      config: { policy: { action: 'case.view' } },
      schema: { tags: ['dormant'], summary: '终本案件库记录', params: caseParams },
    },
    async (request) => ({ entry: await service.poolEntry(signedIn(request), request.params.id) }),
  );

  app.get(
    '/api/cases/:id/restorations',
    {
      config: { policy: { action: 'case.view' } },
      schema: { tags: ['dormant'], summary: '恢复执行关联（原案与执恢案）', params: caseParams },
    },
    async (request) => service.links(signedIn(request), request.params.id),
  );

  app.post(
    '/api/cases/:id/restore',
    {
      config: { policy: { action: 'dormant.restore' }, refuses: true },
      schema: {
        tags: ['dormant'],
        summary: '恢复执行（执恢）',
        params: caseParams,
        body: z
          .object({
            ground: z
              .enum(['court_found', 'applicant_lead'])
              .default('court_found')
              .describe('依职权（发现财产）或依申请（新线索）'),
            reason: z.string().trim().min(2).max(2000).default('发现可供执行的财产 / property found'),
          })
          .strict()
          .default({ ground: 'court_found', reason: '发现可供执行的财产 / property found' }),
      },
    },
    async (request, reply) => {
      const restored = await service.restore(signedIn(request), request.params.id, request.body);
      return reply.code(201).send(restored);
    },
  );
}

export function registerDormantSupervisionRoutes(app: App, service: DormantService): void {
  app.get(
    '/api/supervision/dormant',
    {
      config: { policy: { action: 'supervision.view' } },
      schema: {
        tags: ['supervision'],
        summary: '终本监管指标（按法院）：终本率、恢复执行、定期查询覆盖率、缺条件终本数',
      },
    },
    async (request) => service.figures(signedIn(request)),
  );
}

export function registerPublicDormantRoutes(app: App, service: DormantService): void {
  app.get(
    '/api/public/dormant',
    {
      config: { policy: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: '终本案件公开查询',
        querystring: z
          .object({ name: z.string().trim().min(2).max(100).describe('被执行人姓名或名称（完整）') })
          .strict(),
      },
    },
    async (request) => ({ items: await service.publicSearch(request.query.name) }),
  );
}
