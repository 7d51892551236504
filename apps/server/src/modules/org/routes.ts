import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../platform/auth';
import { type App, signedIn } from '../../platform/http';
import { type Policy, roles } from '../../platform/policy';
import { presentCourt, presentMe, presentUser } from './presenters';
import { MIN_PASSWORD_LENGTH, USERNAME_PATTERN } from './rules';
import { type AuthService, actorOf, type OrgService } from './service';

const courtOut = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: z.enum(['supreme', 'high', 'intermediate', 'basic']),
  parentId: z.string().nullable(),
});
const userOut = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  active: z.boolean(),
  court: z.object({ id: z.string(), code: z.string(), name: z.string() }),
});
const meOut = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.string()),
    court: z.object({ id: z.string(), code: z.string(), name: z.string(), level: z.string() }),
  }),
  abilities: z.array(z.string()),
  csrfToken: z.string(),
});
const sessionOut = z.union([
  z.object({ signedIn: z.literal(false) }),
  meOut.extend({ signedIn: z.literal(true) }),
]);
const idParams = z.object({ id: z.uuid() });
const roleList = z.array(z.enum(roles)).min(1).max(roles.length);
const password = z.string().min(MIN_PASSWORD_LENGTH).max(200);
const name = z.string().trim().min(1).max(100);

/**
 * The session cookie is `Secure` whenever the platform is served over https: its public address
 * (ZHIXING_PUBLIC_URL) says so, or the request arrived over https (X-Forwarded-Proto counts only from
 * a proxy TRUST_PROXY names).
 */
function servedOverHttps(request: FastifyRequest, publicUrl: string | undefined): boolean {
  return publicUrl?.startsWith('https:') === true || request.protocol === 'https';
}

/** Answers carrying the CSRF token are never kept by a cache. */
const NO_STORE = 'no-store';

export function registerAuthRoutes(
  app: App,
  auth: AuthService,
  policy: Policy,
  publicUrl: string | undefined,
): void {
  app.post(
    '/api/auth/login',
    {
      config: { policy: 'public', rateLimit: { max: 300, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: '登录 Sign in',
        body: z
          .object({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) })
          .strict(),
        response: { 200: meOut.omit({ abilities: true }) },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const session = await auth.login(username, password, request.ip);
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: servedOverHttps(request, publicUrl),
        maxAge: session.maxAgeSeconds,
      });
      reply.header('cache-control', NO_STORE);
      const user = await auth.authenticate(session.token);
      if (!user) throw new Error('a new session did not authenticate');
      return { user: presentMe(user), csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { policy: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: '退出 Sign out',
        response: { 204: z.null().describe('signed out') },
      },
    },
    async (request, reply) => {
      if (request.user) await auth.logout(request.user);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { policy: 'authenticated' },
      schema: { tags: ['auth'], summary: '当前用户 Who am I', response: { 200: meOut } },
    },
    async (request, reply) => {
      const user = signedIn(request);
      reply.header('cache-control', NO_STORE);
      return { user: presentMe(user), abilities: policy.abilities(user), csrfToken: user.csrfToken };
    },
  );

  // The signed-out page's probe: 200 either way, so a visitor without a session is not a failed
  // request in the browser's console (/api/auth/me keeps its 401 for clients that want one).
  app.get(
    '/api/auth/session',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['auth'],
        summary: '会话状态 Session state (200 signed in or not)',
        response: { 200: sessionOut },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', NO_STORE);
      const token = request.cookies[SESSION_COOKIE];
      const user = token ? await auth.authenticate(token) : null;
      if (!user) return { signedIn: false as const };
      return {
        signedIn: true as const,
        user: presentMe(user),
        abilities: policy.abilities(user),
        csrfToken: user.csrfToken,
      };
    },
  );
}

export function registerOrgRoutes(app: App, org: OrgService): void {
  const manageCourts = { policy: { action: 'admin.courts.manage' } } as const;
  const manageUsers = { policy: { action: 'admin.users.manage' } } as const;

  app.get(
    '/api/admin/courts',
    {
      config: manageCourts,
      schema: {
        tags: ['admin'],
        summary: '法院列表',
        response: { 200: z.object({ items: z.array(courtOut) }) },
      },
    },
    async (request) => ({ items: (await org.listCourts(signedIn(request).court.path)).map(presentCourt) }),
  );

  app.post(
    '/api/admin/courts',
    {
      config: manageCourts,
      schema: {
        tags: ['admin'],
        summary: '新增法院',
        body: z
          .object({ code: z.string().trim().min(1).max(10), name, parentId: z.uuid().nullable() })
          .strict(),
        response: { 201: courtOut },
      },
    },
    async (request, reply) => {
      const court = await org.createCourt(
        actorOf(signedIn(request)),
        signedIn(request).court.path,
        request.body,
      );
      return reply.status(201).send(presentCourt(court));
    },
  );

  app.patch(
    '/api/admin/courts/:id',
    {
      config: manageCourts,
      schema: {
        tags: ['admin'],
        summary: '修改法院名称',
        params: idParams,
        body: z.object({ name }).strict(),
        response: { 200: courtOut },
      },
    },
    async (request) =>
      presentCourt(
        await org.renameCourt(
          actorOf(signedIn(request)),
          signedIn(request).court.path,
          request.params.id,
          request.body.name,
        ),
      ),
  );

  app.get(
    '/api/courts/mine/officers',
    {
      config: { policy: { action: 'court.officers.view' } },
      schema: {
        tags: ['org'],
        summary: '本院执行员（分案候选）',
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.string(), username: z.string(), displayName: z.string() })),
          }),
        },
      },
    },
    async (request) => ({ items: await org.officersOf(signedIn(request).court.id) }),
  );

  app.get(
    '/api/admin/users',
    {
      config: manageUsers,
      schema: {
        tags: ['admin'],
        summary: '用户列表',
        response: { 200: z.object({ items: z.array(userOut) }) },
      },
    },
    async (request) => ({ items: (await org.listUsers(signedIn(request).court.path)).map(presentUser) }),
  );

  app.post(
    '/api/admin/users',
    {
      config: manageUsers,
      schema: {
        tags: ['admin'],
        summary: '新增用户',
        body: z
          .object({
            username: z.string().regex(USERNAME_PATTERN),
            displayName: name,
            password,
            courtId: z.uuid(),
            roles: roleList,
          })
          .strict(),
        response: { 201: userOut },
      },
    },
    async (request, reply) => {
      const created = await org.createUser(
        actorOf(signedIn(request)),
        signedIn(request).court.path,
        request.body,
      );
      return reply.status(201).send(presentUser(created));
    },
  );

  app.patch(
    '/api/admin/users/:id',
    {
      config: manageUsers,
      schema: {
        tags: ['admin'],
        summary: '修改用户',
        params: idParams,
        body: z
          .object({ displayName: name, roles: roleList, active: z.boolean(), password })
          .partial()
          .strict(),
        response: { 200: userOut },
      },
    },
    async (request) =>
      presentUser(
        await org.updateUser(
          actorOf(signedIn(request)),
          signedIn(request).court.path,
          request.params.id,
          request.body,
        ),
      ),
  );
}
