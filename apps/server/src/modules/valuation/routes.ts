import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type App, signedIn } from '../../platform/http';
import type { Policy } from '../../platform/policy';
import { VALUATION_ACTIONS } from './policy';
import { presentList } from './presenters';
import { VALUATION_METHODS } from './rules';
import type { ValuationService } from './service';

const idParams = z.object({ id: z.uuid() });
/** Money is integer fen. */
const fen = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const text = (max: number) => z.string().trim().min(1).max(max);
const tags = ['valuation'];

const startSchema = z
  .object({
    method: z.enum(VALUATION_METHODS),
    price: fen.positive().optional(),
    authority: text(100).optional(),
    basis: text(300).optional(),
    skipAgreed: z.boolean().optional(),
    appraisalRequired: z.boolean().optional(),
    needsInspection: z.boolean().optional(),
    note: text(500).optional(),
  })
  .strict();

export function registerValuationRoutes(app: App, service: ValuationService, policy: Policy): void {
  const list = async (request: FastifyRequest, assetId: string) => {
    const user = signedIn(request);
    return presentList(await service.list(user, assetId), (act) => policy.can(user, act), VALUATION_ACTIONS);
  };

  app.get(
    '/api/assets/:id/valuations',
    {
      config: { policy: { action: 'case.view' } },
      schema: { tags, summary: '询价评估：该财产的参考价程序与结果', params: idParams },
    },
    (request) => list(request, request.params.id),
  );

  app.post(
    '/api/assets/:id/valuations',
    {
      config: { policy: { action: 'valuation.start' } },
      schema: {
        tags,
        summary: '启动确定参考价（议价、定向询价、网络询价、委托评估）',
        description:
          '`agreement` and `targeted_inquiry` need `price` (fen) and set it at once; `online_inquiry` goes to every ' +
          'platform on the list; `appraisal` draws agencies. Out of the legal order: 409 `valuation.method_order`.',
        params: idParams,
        body: startSchema,
      },
    },
    async (request, reply) => {
      const id = await service.start(signedIn(request), request.params.id, request.body);
      const found = (await list(request, request.params.id)).items.find((item) => item.id === id);
      return reply.status(201).send(found);
    },
  );
}
