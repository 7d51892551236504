/** The little HTTP the simulator needs over node:http: bodies, JSON answers, RFC 9457 problems. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';

export const BODY_LIMIT = 16 * 1024 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Not signed',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'Payload too large',
  503: 'Service unavailable',
};

export function readBody(request: IncomingMessage, limit = BODY_LIMIT): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, 'payload_too_large', `the body is larger than ${limit} bytes`));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

export function sendProblem(response: ServerResponse, error: HttpError, instance?: string): void {
  const text = JSON.stringify({
    type: `urn:zhixing:problem:${error.code}`,
    title: TITLES[error.status] ?? 'Error',
    status: error.status,
    detail: error.message,
    ...(instance ? { instance } : {}),
    ...error.extra,
  });
  response.writeHead(error.status, {
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

/** Parses a JSON body with a schema; a 400 names every field it gets wrong. */
export function parseBody<T extends z.ZodType>(schema: T, body: Buffer | string): z.infer<T> {
  let value: unknown;
  try {
    value = JSON.parse(body.toString());
  } catch {
    throw new HttpError(400, 'validation', 'the body is not JSON', {
      errors: [{ path: '', message: 'not JSON' }],
    });
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues
    .slice(0, 20)
    .map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const first = errors[0] as { path: string; message: string };
  throw new HttpError(400, 'validation', `${first.path || 'body'}: ${first.message}`, { errors });
}
