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
} from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
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
import { AppError, type FieldError, forbidden, toProblem } from './errors';
import { langOf } from './i18n';
import type { Policy } from './policy';

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    user: AuthUser | null;
  }
}

export type App = FastifyInstance<
  import('node:http').Server,
  import('node:http').IncomingMessage,
  import('node:http').ServerResponse,
  import('fastify').FastifyBaseLogger,
  ZodTypeProvider
>;

export interface HttpOptions {
  logger: LoggerOptions | false;
  version: string;
  authenticate: Authenticator;
  policy: Policy;
  webDir?: string;
  /** Requests per minute per address on public routes. */
  publicRateLimit?: number;
}

const BODY_LIMIT = 1024 * 1024;

export async function createHttp(options: HttpOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger,
    bodyLimit: BODY_LIMIT,
    trustProxy: true,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
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
  requirePolicyOnEveryRoute(app);
  app.addHook('preHandler', (request, reply) => guard(request, reply, options));
  app.setErrorHandler((error: FastifyError, request, reply) => sendError(error, request, reply));
  app.setNotFoundHandler((request, reply) => notFoundOrWeb(request, reply, options.webDir));
  if (options.webDir && existsSync(options.webDir)) {
    await app.register(fastifyStatic, { root: options.webDir, wildcard: false, index: false });
  }
  return app;
}

async function registerOpenApi(app: App, version: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Zhixing 执行 API', version, description: '民事执行案件办理平台的接口' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: CSRF_HEADER },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { policy: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}

/** A route without a declared policy is a programming error: refuse to start rather than expose it. */
function requirePolicyOnEveryRoute(app: App): void {
  app.addHook('onRoute', (route) => {
    const isApi = route.url.startsWith('/api/') && !route.url.startsWith('/api/docs');
    if (isApi && route.config?.policy === undefined) {
      throw new Error(`route ${route.method} ${route.url} declares no policy`);
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

function fieldErrorsOf(error: FastifyError): FieldError[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  return error.validation.flatMap((issue) => {
    const parent = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const message = issue.message ?? 'invalid';
    // An unknown field is named itself, not the object that holds it.
    const unknownKeys = (issue.params as { keys?: unknown }).keys;
    if (Array.isArray(unknownKeys) && unknownKeys.length > 0) {
      return unknownKeys.map((key) => ({ path: parent ? `${parent}.${String(key)}` : String(key), message }));
    }
    return [{ path: parent || 'body', message }];
  });
}

/** Every failure leaves as an RFC 9457 problem; only the unexpected are logged as server errors. */
function sendError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const appError = toAppError(error);
  const lang = langOf(request.headers['accept-language']);
  if (!appError) {
    request.log.error({ err: error }, 'unhandled error');
    const title = lang === 'zh' ? '服务器内部错误' : 'Internal error';
    return reply.status(500).type('application/problem+json').send({
      type: 'urn:zhixing:problem:internal',
      title,
      status: 500,
      detail: title,
    });
  }
  const retryAfter = appError.extra.retryAfterSeconds;
  if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
  return reply
    .status(appError.status)
    .type('application/problem+json')
    .send(toProblem(appError, lang, request.url));
}

function toAppError(error: FastifyError): AppError | null {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = fieldErrorsOf(error);
    const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
    return new AppError('validation', detail || 'Invalid request', { errors });
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new AppError('payload_too_large', { zh: '请求体过大', en: 'Body too large' });
  }
  if (error.statusCode === 429) {
    return new AppError(
      'rate_limited',
      { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
      { retryAfterSeconds: 60 },
    );
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    // Malformed JSON, a wrong content type, an empty body where one is required …
    return new AppError('validation', error.message, { errors: [{ path: 'body', message: error.message }] });
  }
  return null;
}

async function notFoundOrWeb(
  request: FastifyRequest,
  reply: FastifyReply,
  webDir?: string,
): Promise<FastifyReply> {
  const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/');
  if (wantsPage && webDir && existsSync(path.join(webDir, 'index.html'))) {
    return reply.type('text/html').sendFile('index.html');
  }
  return sendError(
    new AppError('not_found', `No route ${request.method} ${request.url}`) as never,
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
