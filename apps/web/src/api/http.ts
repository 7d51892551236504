/**
 * The typed client: paths, parameters, bodies and (where the route declares a response schema) answers
 * come from the types generated from docs/openapi.json (./schema.d.ts, `npm run openapi`). It behaves
 * as ./client.ts does: cookie session, CSRF header on writes, the user's language, problems thrown as
 * `ApiError` (status 0 when no answer came; a 401 is the caller's to read, as in auth.ts).
 */
import createClient from 'openapi-fetch';
import { networkError, problemError, requestHeaders } from './client';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

export const http = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  // The old client's rule: a parameter left empty is not sent at all.
  querySerializer: (query) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
    }
    return search.toString();
  },
  fetch: async (request) => {
    for (const [name, value] of Object.entries(requestHeaders(request.method))) {
      if (!request.headers.has(name)) request.headers.set(name, value);
    }
    try {
      return await fetch(request);
    } catch (error) {
      throw networkError(error);
    }
  },
});

interface Reply<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/**
 * The answer's body, or its problem thrown as `ApiError`. `T` names the answer's shape for a route
 * whose response schema the server does not declare yet (its generated type is empty); otherwise the
 * generated type is the answer's.
 */
export async function send<T = never, D = unknown>(
  request: Promise<Reply<D>>,
): Promise<[T] extends [never] ? Exclude<D, undefined> : T> {
  const { data, error, response } = await request;
  if (!response.ok) throw problemError(response, error);
  return data as [T] extends [never] ? Exclude<D, undefined> : T;
}

/** A file sent as itself: the server judges its type from its bytes. */
export const asFile = {
  bodySerializer: (body: unknown) => body as Blob,
  headers: { 'Content-Type': 'application/octet-stream' },
} as const;

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Json<R> = R extends { content: { 'application/json': infer J } } ? J : never;

/** The generated type of a route's successful JSON answer (200, else 201). */
export type Answer<P extends keyof paths, M extends Method & keyof paths[P]> = paths[P][M] extends {
  responses: infer Rs;
}
  ? Rs extends { 200: infer R }
    ? Json<R>
    : Rs extends { 201: infer R }
      ? Json<R>
      : never
  : never;

/** The generated type of a route's JSON body. */
export type Body<P extends keyof paths, M extends Method & keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer J } };
}
  ? J
  : never;

/** The generated type of a GET route's query string. */
export type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? Q
  : never;
