import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CSRF_HEADER, sameSecret } from '../../platform/auth';
import { AppError } from '../../platform/errors';
import type { App } from '../../platform/http';
import { maskIdentityNumber } from '../cases/identity';
import { maskPhone } from './rules';
import { PERSON_COOKIE, type PeopleService, type PublicPerson } from './service';

const tags = ['people'];
const phone = z
  .string()
  .trim()
  .regex(/^\d{11}$/, '须为11位手机号码 must be 11 digits');
const meOut = z.object({
  person: z.object({
    id: z.string(),
    kind: z.string(),
    realName: z.string(),
    idNumber: z.string(),
    phone: z.string(),
  }),
  csrfToken: z.string(),
});

/** What the person sees of their own account: identity number and phone masked as on a public page. */
export const presentMe = (person: PublicPerson) => ({
  person: {
    id: person.id,
    kind: person.kind,
    realName: person.realName,
    idNumber: person.kind === 'person' ? maskIdentityNumber(person.idNumber) : person.idNumber,
    phone: maskPhone(person.phone),
  },
  csrfToken: person.csrfToken,
});

const signInFirst = () =>
  new AppError('unauthenticated', { zh: '请先以公众账户登录', en: 'Sign in with a public account first' });

/**
 * The member of the public behind a request (cookie `zx_person`), or 401. Their routes are `public` to
 * the court users' guard; a write carries the person's own CSRF token in `x-csrf-token`.
 */
export function personOf(people: PeopleService) {
  return async (request: FastifyRequest): Promise<PublicPerson> => {
    const person = await people.authenticate(request.cookies[PERSON_COOKIE]);
    if (!person) throw signInFirst();
    if (!['GET', 'HEAD'].includes(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(sent, person.csrfToken))
        throw new AppError('csrf', {
          zh: `写操作须携带 /api/people/me 所给的 ${CSRF_HEADER} 请求头`,
          en: `A write must carry the ${CSRF_HEADER} header from /api/people/me`,
        });
    }
    return person;
  };
}

function setSession(reply: FastifyReply, request: FastifyRequest, token: string) {
  reply.setCookie(PERSON_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    maxAge: 12 * 3600,
  });
  reply.header('cache-control', 'no-store');
}

/** 公众账户: sign-up, one-time codes, sign-in, who am I, sign-out. */
export function registerPeopleRoutes(app: App, people: PeopleService): void {
  const person = personOf(people);
  const limited = { policy: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } } as const;

  app.post(
    '/api/people/signup',
    {
      config: limited,
      schema: {
        tags,
        summary: '公众账户注册（实名，短信验证码）',
        description:
          'Real name, resident identity number (GB 11643) or unified social credit code (GB 32100), mobile phone. ' +
          'A six-digit code is sent through the outbox; confirm it at /api/people/confirm.',
        body: z
          .object({
            realName: z.string().trim().min(1).max(100),
            idNumber: z.string().trim().min(18).max(18),
            phone,
          })
          .strict(),
        response: { 202: z.object({ phone: z.string() }) },
      },
    },
    async (request, reply) => reply.status(202).send(await people.signUp(request.body)),
  );

  app.post(
    '/api/people/codes',
    {
      config: limited,
      schema: {
        tags,
        summary: '发送登录验证码',
        body: z.object({ phone }).strict(),
        response: { 202: z.object({ phone: z.string() }) },
      },
    },
    async (request, reply) => reply.status(202).send(await people.requestCode(request.body.phone)),
  );

  app.post(
    '/api/people/confirm',
    {
      config: limited,
      schema: {
        tags,
        summary: '验证码确认并登录',
        body: z.object({ phone, code: z.string().regex(/^\d{6}$/) }).strict(),
        response: { 200: meOut },
      },
    },
    async (request, reply) => {
      const { token, person: signedIn } = await people.confirm(request.body.phone, request.body.code);
      setSession(reply, request, token);
      return presentMe(signedIn);
    },
  );

  app.get(
    '/api/people/me',
    { config: { policy: 'public' }, schema: { tags, summary: '当前公众账户', response: { 200: meOut } } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return presentMe(await person(request));
    },
  );

  app.post(
    '/api/people/signout',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: '公众账户退出',
        body: z.object({}).strict().optional(),
        response: { 204: z.null().describe('signed out') },
      },
    },
    async (request, reply) => {
      await people.signOut(await person(request));
      reply.clearCookie(PERSON_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
}
