import { z } from 'zod';
import { type App, signedIn } from '../../platform/http';
import type { TriageService } from './triage';
import { TRACKS, type Track } from './triage-rules';

const idParams = z.object({ id: z.uuid() });
const text = z.object({ zh: z.string(), en: z.string() });

const triageView = z.object({
  caseId: z.string(),
  track: z
    .enum(['simple', 'normal'])
    .nullable()
    .describe('null: not triaged yet (no collective query answered)'),
  trackName: text.nullable(),
  since: z.string().nullable(),
  corrected: z.boolean(),
  targetMonths: z
    .number()
    .describe('简案办理期限 in force (rule parameter case.triage.simple_period/targetMonths)'),
  dueOn: z.string().nullable().describe('a simple case: the last day of its target period'),
  overdue: z.boolean(),
  history: z.array(
    z.object({
      type: z.string(),
      on: z.string(),
      actorName: z.string(),
      data: z.record(z.string(), z.unknown()),
    }),
  ),
});

/** 繁简分流: a case's track, and an officer's correction with a reason. */
export function registerTriageRoutes(app: App, service: TriageService): void {
  app.get(
    '/api/cases/:id/triage',
    {
      config: { policy: { action: 'case.view' } },
      schema: {
        tags: ['cases'],
        summary: '繁简分流 The case’s track (simple or normal)',
        params: idParams,
        response: { 200: triageView },
      },
    },
    async (request) => service.view(signedIn(request), request.params.id),
  );

  app.post(
    '/api/cases/:id/triage',
    {
      config: { policy: { action: 'case.triage.correct' }, refuses: true },
      schema: {
        tags: ['cases'],
        summary: '更正繁简分流 Correct the track, with a reason (audited)',
        params: idParams,
        body: z
          .object({
            track: z.enum(TRACKS as [Track, ...Track[]]),
            reason: z.string().trim().min(1).max(500).describe('更正理由'),
          })
          .strict(),
        response: { 200: triageView },
      },
    },
    async (request) => service.correct(signedIn(request), request.params.id, request.body),
  );
}
