import { GATEWAY_PATHS } from '@zhixing/assist-protocol';
import { z } from 'zod';
import type { App } from '../../platform/http';
import type { InquiryService } from './service';

/** Where institutions post results (`callbackUrl` of every batch). */
export const CALLBACK_PATH = '/api/assist/v1/callbacks';

/** 1,000 results, each with its holdings, fit well inside this. */
const CALLBACK_BODY_LIMIT = 32 * 1024 * 1024;

/**
 * `POST /api/assist/v1/callbacks`, signed by the institution instead of a session. The body is kept as
 * the bytes that arrived (the signature covers them exactly), so this route has its own parser.
 */
export async function registerCallbackRoute(app: App, inquiry: InquiryService): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: CALLBACK_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
    scope.post(
      CALLBACK_PATH,
      {
        config: { policy: 'public', problems: [401, 413] },
        bodyLimit: CALLBACK_BODY_LIMIT,
        schema: {
          tags: ['assist'],
          summary: '协助执行单位回传结果（签名验证）',
          description:
            `The assist protocol's callback (docs/protocol/assist.md): results for requests this hub sent ` +
            `with ${GATEWAY_PATHS.batches}. 401 unsigned, wrong key, stale or replayed; 400 malformed; ` +
            '404 naming ids the hub never sent to that institution; nothing of a refused callback is applied.',
          response: { 200: z.object({ applied: z.number().int(), duplicates: z.number().int() }) },
        },
      },
      async (request) => {
        const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        return inquiry.receiveCallback(raw, request.headers, request.url);
      },
    );
  });
}
