import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { createPlatform, type Platform } from '../app';
import type { Tuning } from '../modules/inquiry/rules';
import { DEMO_PASSWORD, seedDemoOrg } from '../modules/org/demo';
import { SESSION_COOKIE } from '../platform/auth';
import { loadConfig } from '../platform/config';
import type { Database } from '../platform/db';
import { freshDatabase } from './database';

export interface TestPlatform extends Platform {
  /** Signs a demo user in and returns a client that sends its cookie and CSRF token. */
  as(username: string): Promise<Client>;
  /** A client with no session. */
  anonymous: Client;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Client {
  request(
    method: Method,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  csrfToken: string;
  /** The session cookie (`name=value`), for a real connection such as a WebSocket. */
  cookie: string | null;
}

/** A whole platform on a fresh database with the demo courts and users, driven through HTTP injection. */
export async function createTestPlatform(
  options: {
    clock?: 'system' | 'settable';
    workers?: boolean;
    web?: boolean;
    /** Listen on a free port of 127.0.0.1: institutions call back over real HTTP. */
    listen?: boolean;
    inquiryTuning?: Partial<Tuning>;
    /** Another database than a fresh one (a test that shares it with another process). */
    database?: Database;
    /** More environment for loadConfig (TRUST_PROXY, ZHIXING_PUBLIC_URL …). */
    env?: Record<string, string>;
  } = {},
): Promise<TestPlatform> {
  const config = loadConfig(
    {
      ZHIXING_CLOCK: options.clock ?? 'system',
      LOG_LEVEL: 'silent',
      // Uploaded files of this platform only (the dossier's file store).
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'zhixing-test-')),
      ...options.env,
    },
    { workers: options.workers ?? false },
  );
  const platform = await createPlatform(
    { ...config, webDir: options.web ? config.webDir : '' },
    {
      database: options.database ?? (await freshDatabase()),
      logger: false,
      strictResponses: true,
      ...(options.inquiryTuning ? { inquiryTuning: options.inquiryTuning } : {}),
    },
  );
  await seedDemoOrg(platform.services.org);
  if (options.listen) await platform.app.listen({ port: 0, host: '127.0.0.1' });

  const client = (cookie: string | null, csrfToken: string): Client => {
    const request: Client['request'] = (method, url, body, headers = {}) =>
      platform.app.inject({
        method,
        url,
        headers: {
          ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}),
          ...(csrfToken && method !== 'GET' ? { 'x-csrf-token': csrfToken } : {}),
          ...headers,
        },
        ...(body === undefined ? {} : { payload: body as object }),
      });
    return {
      request,
      get: (url) => request('GET', url),
      post: (url, body) => request('POST', url, body),
      put: (url, body) => request('PUT', url, body),
      patch: (url, body) => request('PATCH', url, body),
      csrfToken,
      cookie: cookie ? `${SESSION_COOKIE}=${cookie}` : null,
    };
  };

  return {
    ...platform,
    anonymous: client(null, ''),
    async as(username: string) {
      const response = await platform.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: DEMO_PASSWORD },
      });
      if (response.statusCode !== 200)
        throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? null;
      return client(cookie, response.json<{ csrfToken: string }>().csrfToken);
    },
  };
}
