/**
 * What the OpenAPI document says beyond the routes' zod schemas, generated from the route table so it
 * cannot be forgotten on a new route: a deterministic `operationId` from method and path, the security
 * a route's policy requires (session cookie; CSRF header on writes), and the problem responses it can
 * answer (RFC 9457, `application/problem+json`). Banks, partners and other courts' systems generate
 * their clients from this document (Redocly's recommended rules pass on it: `openapi-lint.test.ts`).
 */
import type { RouteOptions } from 'fastify';
import { CSRF_HEADER, type RoutePolicy, SESSION_COOKIE } from './auth';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route can refuse by rule or conflict: 409 with `violations[]`, documented as such. */
    refuses?: boolean;
    /** Further problem statuses the route answers that its policy does not imply (a signed call's 401). */
    problems?: readonly number[];
  }
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `POST /api/cases/:id/assets` → `postCasesByIdAssets`: unique while method and path are. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .split('/')
    .filter((segment) => segment !== '' && segment !== 'api')
    .flatMap((segment) => (segment.startsWith(':') ? ['by', segment.slice(1)] : segment.split(/[-_.]/)))
    .filter((word) => word !== '')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return method.toLowerCase() + words.join('');
}

export const securitySchemes = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'The session cookie set by POST /api/auth/login (HttpOnly, SameSite).',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: CSRF_HEADER,
    description: 'Every write with a session carries the csrfToken of /api/auth/login or /api/auth/me.',
  },
} as const;

/** Security requirement of a route from its policy: none for public routes. */
export function securityOf(method: string, policy: RoutePolicy | undefined): Record<string, string[]>[] {
  if (policy === undefined || policy === 'public') return [];
  return [READS.has(method) ? { session: [] } : { session: [], csrf: [] }];
}

const problemDescriptions: Record<number, string> = {
  400: 'Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route).',
  401: 'Not signed in (or the signature of a partner call is refused).',
  403: 'Forbidden: the user lacks the permission, or a write lacks the CSRF header.',
  404: 'The record named in the path does not exist (or is outside the user’s court).',
  409: 'Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause.',
  413: 'The body is too large.',
  429: 'Too many requests; retry after the `retry-after` header.',
};

/** The problem statuses a route can answer, as its declaration implies. */
export function problemStatusesOf(method: string, route: Pick<RouteOptions, 'url' | 'config'>): number[] {
  const config = (route.config ?? {}) as {
    policy?: RoutePolicy;
    refuses?: boolean;
    problems?: readonly number[];
    rateLimit?: unknown;
  };
  const statuses = new Set<number>([400]);
  const policy = config.policy;
  if (policy !== undefined && policy !== 'public') {
    statuses.add(401);
    if (typeof policy === 'object' || !READS.has(method)) statuses.add(403);
  }
  if (route.url.includes('/:')) statuses.add(404);
  if (config.refuses) statuses.add(409);
  if (config.rateLimit) statuses.add(429);
  for (const status of config.problems ?? []) statuses.add(status);
  return [...statuses].sort((a, b) => a - b);
}

export const problemSchema = {
  type: 'object',
  description: 'RFC 9457 problem details; `title`, `detail` and messages in the request’s language.',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', example: 'urn:zhixing:problem:rule_violation' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: { path: { type: 'string' }, message: { type: 'string' } },
      },
    },
    violations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['ruleId', 'clause', 'message'],
        properties: { ruleId: { type: 'string' }, clause: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
} as const;

interface Operation {
  operationId?: string;
  responses?: Record<string, unknown>;
}

/**
 * Completes the document @fastify/swagger built: servers, licence, the Problem schema and each
 * operation's problem responses (`statuses` by operationId, collected while the routes were
 * transformed).
 */
export function completeDocument(
  document: Record<string, unknown>,
  statuses: ReadonlyMap<string, number[]>,
): Record<string, unknown> {
  const components = (document.components ?? {}) as { schemas?: Record<string, unknown> };
  const paths = (document.paths ?? {}) as Record<string, Record<string, Operation>>;
  for (const operations of Object.values(paths)) {
    for (const operation of Object.values(operations)) {
      // A 204 has no body: its schema (z.null(), for the serializer) is no content to document.
      const noContent = operation.responses?.['204'] as { content?: unknown } | undefined;
      if (noContent) delete noContent.content;
      const codes = operation.operationId ? statuses.get(operation.operationId) : undefined;
      if (!codes) continue;
      operation.responses ??= {};
      for (const code of codes) {
        operation.responses[String(code)] ??= {
          description: problemDescriptions[code] ?? 'Problem',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        };
      }
    }
  }
  const { openapi, info, ...rest } = document;
  return {
    openapi,
    info: { ...(info as object), license: { name: 'Proprietary' } },
    servers: [{ url: '/', description: 'The court’s deployment: the API shares the web app’s origin.' }],
    ...rest,
    components: { ...components, schemas: { ...components.schemas, Problem: problemSchema } },
  };
}
