import { z } from 'zod';
import type { App } from '../../platform/http';
import { textOut } from '../../platform/out';
import { CASE_LABELS } from './labels';

const names = z.record(z.string(), textOut);

const labelsOut = z.object({
  closingMethods: names.describe('结案方式, by `closingMethod`'),
  terminationGrounds: names.describe('终结执行的情形 (CPL 268), by `ground`'),
  flags: names.describe('四类案件, by `flag`'),
  events: names.describe('timeline nodes, by `timeline[].type`'),
  documentKinds: names.describe('dossier entries, by `kind`'),
  tracks: names.describe('繁简分流 tracks, by `track` of the triage nodes'),
});

/** The labels change only with a release: a browser may keep them for an hour. */
const CACHE_CONTROL = 'private, max-age=3600';

/** The names of the codes the case API sends (cases/labels.ts), so the web writes none of them. */
export function registerLabelsRoutes(app: App): void {
  app.get(
    '/api/labels',
    {
      config: { policy: 'authenticated' },
      schema: {
        tags: ['cases'],
        summary: '代码的中英文名称 Names of the codes the case API sends',
        description: 'They change only with a release: cacheable for an hour (`Cache-Control`).',
        response: { 200: labelsOut },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', CACHE_CONTROL);
      return CASE_LABELS;
    },
  );
}
