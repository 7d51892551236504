import {
  type BatchReceipt,
  batchReceiptSchema,
  GATEWAY_PATHS,
  type LookupAnswer,
  lookupAnswerSchema,
  sign,
} from '@zhixing/assist-protocol';
import type { z } from 'zod';

/** What the hub needs to reach one institution's gateway. */
export interface GatewayTarget {
  code: string;
  endpoint: string;
  key: string;
  timeoutMs: number;
}

export type GatewayOutcome<T> =
  | { ok: true; value: T }
  /** `status` null: no HTTP answer (refused connection, timeout, reset). */
  | { ok: false; status: number | null; reason: string };

/**
 * A signed POST to a gateway, its answer parsed with the protocol's schema. Every failure — network,
 * timeout, an HTTP error, an answer that does not parse — comes back as a reason, never a throw: the
 * dispatcher decides what a failure means (retry, breaker, give up).
 */
export async function postSigned<T>(
  target: GatewayTarget,
  path: string,
  text: string,
  schema: z.ZodType<T>,
): Promise<GatewayOutcome<T>> {
  const url = new URL(target.endpoint.replace(/\/+$/, '') + path);
  const headers = sign(target.code, target.key, {
    method: 'POST',
    path: url.pathname + url.search,
    body: text,
  });
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: text,
      signal: AbortSignal.timeout(target.timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return {
      ok: false,
      status: null,
      reason: timedOut ? `no answer within ${target.timeoutMs} ms` : networkReason(error),
    };
  }
  const answer = await response.text().catch(() => '');
  if (!response.ok) {
    return {
      ok: false,
      status: response.status,
      reason: `HTTP ${response.status}: ${problemDetail(answer)}`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(answer);
  } catch {
    return { ok: false, status: response.status, reason: 'the answer is not JSON' };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      status: response.status,
      reason: `malformed answer: ${issue?.path.join('.')} ${issue?.message}`,
    };
  }
  return { ok: true, value: parsed.data };
}

/** A request as the claim gives it: its id, and the rest of it as JSON text (an object, never empty). */
export interface ClaimedRequest {
  id: string;
  payload: string;
}

/**
 * A batch (SubmitBatch) as the text that is signed and sent, put together from the requests' JSON as
 * the database wrote it: parsing each request only to write it out again was a good part of the
 * dispatcher's work.
 */
export function batchText(batchId: string, callbackUrl: string, requests: readonly ClaimedRequest[]): string {
  const items = requests.map(
    (request) => `{"requestId":${JSON.stringify(request.id)},${request.payload.slice(1)}`,
  );
  return `{"batchId":${JSON.stringify(batchId)},"callbackUrl":${JSON.stringify(callbackUrl)},"requests":[${items.join(',')}]}`;
}

export function submitBatch(target: GatewayTarget, batch: string): Promise<GatewayOutcome<BatchReceipt>> {
  return postSigned(target, GATEWAY_PATHS.batches, batch, batchReceiptSchema);
}

export function lookupResults(
  target: GatewayTarget,
  requestIds: string[],
): Promise<GatewayOutcome<LookupAnswer>> {
  return postSigned(target, GATEWAY_PATHS.lookup, JSON.stringify({ requestIds }), lookupAnswerSchema);
}

function networkReason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: unknown }).code;
  const message = cause instanceof Error ? cause.message : String(cause);
  return `no connection: ${typeof code === 'string' ? code : message}`.slice(0, 300);
}

function problemDetail(text: string): string {
  try {
    const problem = JSON.parse(text) as { detail?: unknown; title?: unknown };
    return String(problem.detail ?? problem.title ?? '').slice(0, 200);
  } catch {
    return text.slice(0, 200);
  }
}
