import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifySchema,
  LogController,
} from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { LoggerOptions } from 'pino';
import {
  type Authenticator,
  type AuthUser,
  CSRF_HEADER,
  type RoutePolicy,
  SESSION_COOKIE,
  sameSecret,
} from './auth';
import type { TrustProxy } from './config';
import {
  AppError,
  type FieldError,
  forbidden,
  invalid,
  toProblem,
  validationError,
  zodIssueText,
} from './errors';
import { langOf, type Text } from './i18n';
import { inputProblem, NOT_UTF8, urlProblem } from './input';
import { completeDocument, operationIdOf, problemStatusesOf, securityOf, securitySchemes } from './openapi';
import type { Policy } from './policy';
import { responseSerializer } from './serializer';

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
    /**
     * A route for machines (the partner API): its own credential (a bearer key), checked by its scope
     * before the body is read, so a caller without one gets 401 whatever the policy (`public` to the
     * session guard) says; and nothing stored from the body, so the walk of every input for text
     * PostgreSQL cannot store is skipped — the handler checks each field it reads. A call pays for no
     * browser-oriented work (see credit/partner-routes.ts).
     */
    machine?: true;
  }
  interface FastifyRequest {
    user: AuthUser | null;
  }
  interface FastifyInstance {
    /** Every route as declared: what the generated route test walks (a new route is in it at once). */
    routeTable: readonly RouteEntry[];
  }
}

export interface RouteEntry {
  method: string;
  url: string;
  policy: RoutePolicy | undefined;
  schema: FastifySchema | undefined;
  websocket: boolean;
  /** A route for machines with their own credential (`config.machine`): 401 to any session user. */
  machine: boolean;
}

export type App = FastifyInstance<
  import('node:http').Server,
  import('node:http').IncomingMessage,
  import('node:http').ServerResponse,
  import('fastify').FastifyBaseLogger,
  ZodTypeProvider
>;

export interface HttpOptions {
  /** Pino's options; `stream` where its lines go (platform/log.ts: readable on a terminal). */
  logger: (LoggerOptions & { stream?: { write(line: string): void } }) | false;
  version: string;
  authenticate: Authenticator;
  policy: Policy;
  webDir?: string;
  /**
   * Which proxies' `X-Forwarded-*` headers to believe (Fastify's `trustProxy`: hops, addresses or
   * CIDRs). None by default: a client cannot pick its own address for the sign-in throttle.
   */
  trustProxy?: TrustProxy;
  /** A field an answer has that its response schema lacks is an error, not dropped (tests). */
  strictResponses?: boolean;
}

const BODY_LIMIT = 1024 * 1024;

export async function createHttp(options: HttpOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger,
    // The router's own refusals (a path that is not UTF-8) leave as problems like every other.
    frameworkErrors: (error, request, reply) => {
      sendError(error, request, reply);
    },
    // The web app's files are not worth a log line each: requests are logged for the API only.
    logController: new LogController({
      disableRequestLogging: (request) => !request.url.startsWith('/api/'),
    }),
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(options.strictResponses ?? false));
  app.decorateRequest('user', null);

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        // Ant Design injects its styles at run time.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await registerOpenApi(app, options.version);
  recordRoutes(app);
  // Who asks is settled before the body is read: an anonymous or unauthorised caller learns nothing
  // about what a route accepts (401/403, never a list of its fields).
  // (preParsing: after every onRequest hook, so plugins such as the WebSocket one have seen the
  // request; before the body is parsed, so malformed JSON from a stranger is a 401 too.)
  app.addHook('preParsing', async (request, reply, payload) => {
    await guard(request, reply, options);
    return payload;
  });
  app.addHook('preValidation', async (request) => refuseHostileInput(request));
  app.setErrorHandler((error: unknown, request, reply) => sendError(error, request, reply));
  app.setNotFoundHandler((request, reply) => notFoundOrWeb(request, reply, options.webDir));
  if (options.webDir && existsSync(options.webDir)) {
    await app.register(fastifyStatic, {
      root: options.webDir,
      wildcard: false,
      index: false,
      // The build writes .br and .gz beside each file (apps/web/vite.config.ts): sent as the client accepts.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (response, file) => {
        // Hashed file names change with their content: cached for a year. index.html names them: never.
        const hashed = file.includes(`${path.sep}assets${path.sep}`);
        response.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  return app;
}

async function registerOpenApi(app: App, version: string): Promise<void> {
  // Problem statuses by operationId, gathered while each route is transformed, added to the document
  // at the end (platform/openapi.ts).
  const statuses = new Map<string, number[]>();
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Zhixing 执行 API', version, description: '民事执行案件办理平台的接口' },
      components: { securitySchemes },
    },
    transform: (input) => {
      const result = jsonSchemaTransform(input);
      const method = [input.route.method].flat()[0] ?? 'GET';
      const operationId = operationIdOf(method, input.url);
      if (statuses.has(operationId)) throw new Error(`two routes make the operationId ${operationId}`);
      statuses.set(operationId, problemStatusesOf(method, input.route));
      const security = securityOf(method, input.route.config?.policy);
      return { ...result, schema: { ...result.schema, operationId, security } };
    },
    transformObject: (input) => {
      const document = completeDocument(
        ('openapiObject' in input ? input.openapiObject : {}) as Record<string, unknown>,
        statuses,
      );
      statuses.clear();
      return document;
    },
  });
  // The reference's own files only (no CDN, no inline script); Swagger UI sets inline styles, as Ant
  // Design does for the web app. No call to the public validator.
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { validatorUrl: null },
    staticCSP: [
      "default-src 'self'",
      "base-uri 'self'",
      "font-src 'self' data:",
      "frame-ancestors 'self'",
      "img-src 'self' data:",
      "object-src 'none'",
      "script-src 'self'",
      "script-src-attr 'none'",
      "style-src 'self' 'unsafe-inline'",
      "connect-src 'self'",
    ].join('; '),
  });
  app.get('/api/openapi.json', { config: { policy: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}

/**
 * Keeps the route table. A route without a declared policy is a programming error: refuse to start
 * rather than expose it.
 */
function recordRoutes(app: App): void {
  const table: RouteEntry[] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (route) => {
    const isApi = route.url.startsWith('/api/') && !route.url.startsWith('/api/docs');
    if (isApi && route.config?.policy === undefined) {
      throw new Error(`route ${route.method} ${route.url} declares no policy`);
    }
    for (const method of [route.method].flat()) {
      table.push({
        method,
        url: route.url,
        policy: route.config?.policy,
        schema: route.schema,
        websocket: (route as { websocket?: boolean }).websocket === true,
        machine: route.config?.machine === true,
      });
    }
  });
}

async function guard(request: FastifyRequest, _reply: FastifyReply, options: HttpOptions): Promise<void> {
  const policy = request.routeOptions.config.policy;
  if (policy === undefined || policy === 'public') return;
  const token = request.cookies[SESSION_COOKIE];
  request.user = token ? await options.authenticate(token) : null;
  if (!request.user) throw signInFirst();
  if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameSecret(sent, request.user.csrfToken)) {
      throw new AppError('csrf', {
        zh: `写操作须携带 /api/auth/me 所给的 ${CSRF_HEADER} 请求头`,
        en: `A write must carry the ${CSRF_HEADER} header from /api/auth/me`,
      });
    }
  }
  if (policy !== 'authenticated' && !options.policy.can(request.user, policy.action)) {
    throw forbidden(policy.action);
  }
}

/**
 * Text PostgreSQL cannot store and shapes that would exhaust the validator are refused for every route
 * here, before its own schema, naming the field: the path's parameters, the query string, the body.
 */
function refuseHostileInput(request: FastifyRequest): void {
  if (request.routeOptions.config.machine) return;
  const badUrl = urlProblem(request.url);
  if (badUrl) throw invalid(badUrl.path, badUrl.message);
  const inputs: [unknown, string][] = [
    [request.params, 'path'],
    [request.query, 'query'],
    [request.body, 'body'],
  ];
  for (const [input, root] of inputs) {
    const problem = inputProblem(input, root);
    if (problem) throw invalid(problem.path, problem.message);
  }
}

/** A problem lists at most this many fields, each message cut to a bounded length. */
const MAX_LISTED_ERRORS = 20;
const MAX_MESSAGE_LENGTH = 300;
const UNKNOWN_FIELD: Text = { zh: '未知字段', en: 'unknown field' };

const cut = (text: string) =>
  text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text;

function fieldErrorsOf(error: FastifyError): FieldError[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  const errors: FieldError[] = [];
  for (const issue of error.validation) {
    const parent = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    // An unknown field is named itself, not the object that holds it (zod's message lists them all).
    const unknownKeys = (issue.params as { keys?: unknown }).keys;
    if (Array.isArray(unknownKeys) && unknownKeys.length > 0) {
      for (const key of unknownKeys.slice(0, MAX_LISTED_ERRORS - errors.length)) {
        errors.push({ path: cut(parent ? `${parent}.${String(key)}` : String(key)), message: UNKNOWN_FIELD });
      }
    } else {
      const text = zodIssueText({ ...issue.params, code: issue.keyword, message: issue.message });
      errors.push({ path: cut(parent || 'body'), message: { zh: cut(text.zh), en: cut(text.en) } });
    }
    if (errors.length >= MAX_LISTED_ERRORS) break;
  }
  return errors;
}

/** The problem of an unexpected failure, fixed text so that sending it cannot fail again. */
const internalProblem = (title: string) =>
  JSON.stringify({ type: 'urn:zhixing:problem:internal', title, status: 500, detail: title });
const INTERNAL = { zh: internalProblem('服务器内部错误'), en: internalProblem('Internal error') };
/** When even choosing the language failed. */
const LAST_RESORT = internalProblem('服务器内部错误 Internal error');

/**
 * Every failure leaves as an RFC 9457 problem; only the unexpected are logged as server errors. Any
 * thrown value is accepted (a string, null, an object with odd fields), and a failure while
 * answering falls back to a fixed problem: the handler cannot fail.
 */
function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  try {
    const appError = toAppError(error);
    const lang = langOf(request.headers['accept-language']);
    if (!appError) {
      request.log.error({ err: error }, 'unhandled error');
      return reply.status(500).type('application/problem+json').send(INTERNAL[lang]);
    }
    const retryAfter = appError.extra.retryAfterSeconds;
    if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
    return reply
      .status(appError.status)
      .type('application/problem+json')
      .send(toProblem(appError, lang, cut(request.url)));
  } catch (failure) {
    request.log.error({ err: failure }, 'error handler failed');
    return reply.code(500).type('application/problem+json').send(LAST_RESORT);
  }
}

function toAppError(thrown: unknown): AppError | null {
  if (thrown instanceof AppError) return thrown;
  if (typeof thrown !== 'object' || thrown === null) return null;
  const error = thrown as FastifyError;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = fieldErrorsOf(error);
    return errors.length > 0
      ? validationError(errors)
      : new AppError('validation', { zh: '请求有误', en: 'Invalid request' });
  }
  if (error.code === 'FST_ERR_BAD_URL') return invalid('path', NOT_UTF8);
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new AppError('payload_too_large', { zh: '请求体过大', en: 'Body too large' });
  }
  const status = typeof error.statusCode === 'number' ? error.statusCode : undefined;
  if (status === 429) {
    return new AppError(
      'rate_limited',
      { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
      { retryAfterSeconds: 60 },
    );
  }
  if (status !== undefined && status >= 400 && status < 500) {
    // Malformed JSON, a wrong content type, an empty body where one is required … (Fastify's English).
    const message: Text = {
      zh: `请求有误：${cut(String(error.message))}`,
      en: cut(String(error.message)),
    };
    return new AppError('validation', message, { errors: [{ path: 'body', message }] });
  }
  return null;
}

async function notFoundOrWeb(
  request: FastifyRequest,
  reply: FastifyReply,
  webDir?: string,
): Promise<FastifyReply> {
  const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/');
  // The sign-in page is its own small page (apps/web/login.html): it loads none of the app's bundle.
  const file = request.url.split('?')[0] === '/login' ? 'login.html' : 'index.html';
  if (wantsPage && webDir && existsSync(path.join(webDir, file))) {
    return reply.type('text/html').sendFile(file);
  }
  return sendError(
    new AppError('not_found', {
      zh: `没有此接口：${request.method} ${cut(request.url)}`,
      en: `No route ${request.method} ${cut(request.url)}`,
    }),
    request,
    reply,
  );
}

const signInFirst = () => new AppError('unauthenticated', { zh: '请先登录', en: 'Sign in first' });

/** The signed-in user of a route whose policy requires one (the guard has already checked). */
export function signedIn(request: FastifyRequest): AuthUser {
  if (!request.user) throw signInFirst();
  return request.user;
}
