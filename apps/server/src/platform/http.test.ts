import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type App, createHttp } from './http';
import { Policy } from './policy';

let app: App;
let thrown: unknown;
beforeAll(async () => {
  app = await createHttp({
    logger: false,
    version: 'test',
    authenticate: async () => null,
    policy: new Policy(),
  });
  app.get('/api/throws', { config: { policy: 'public' } }, async () => {
    throw thrown;
  });
  app.post(
    '/api/echo/:name',
    {
      config: { policy: 'public' },
      schema: {
        params: z.object({ name: z.string() }),
        querystring: z.object({ q: z.string().optional() }).strict(),
        body: z.object({ text: z.string(), data: z.record(z.string(), z.unknown()).optional() }).strict(),
      },
    },
    async (request) => request.body,
  );
  app.post(
    '/api/private',
    { config: { policy: 'authenticated' }, schema: { body: z.object({ n: z.number() }).strict() } },
    async () => ({}),
  );
  await app.ready();
});
afterAll(() => app.close());

const post = (url: string, payload: string) =>
  app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/json' } });

describe('the error handler', () => {
  it('answers a problem body for any thrown value, never failing itself', async () => {
    const odd = fc.oneof(
      fc.anything(),
      fc.record({ statusCode: fc.anything(), code: fc.anything(), message: fc.anything() }),
      fc.constant(
        new Proxy(
          {},
          {
            get: () => {
              throw new Error('hostile getter');
            },
          },
        ),
      ),
    );
    await fc.assert(
      fc.asyncProperty(odd, async (value) => {
        thrown = value;
        const response = await app.inject({ method: 'GET', url: '/api/throws' });
        expect(response.statusCode).toBeGreaterThanOrEqual(400);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
        const problem = response.json();
        expect(problem).toMatchObject({
          type: expect.stringMatching(/^urn:zhixing:problem:/),
          status: response.statusCode,
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('hostile input, before any route sees it', () => {
  it('400 problem naming the field for bytes that are not UTF-8 in the query or the path', async () => {
    for (const [url, path] of [
      ['/api/echo/x?q=%ED%A0%80', 'q'],
      ['/api/echo/%ED%A0%80', 'path'],
    ] as const) {
      const response = await post(url, '{"text":"ok"}');
      expect(response.statusCode, url).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().errors).toEqual([
        { path, message: '不是有效的 UTF-8 编码（例如含有不成对的代理字符）' },
      ]);
    }
  });

  it('400 naming the field for a NUL or a lone surrogate in the body, the query or the path', async () => {
    const cases: [string, string, string][] = [
      ['/api/echo/x', '{"text":"a\\u0000b"}', 'text'],
      ['/api/echo/x', '{"text":"ok","data":{"k":["\\ud800"]}}', 'data.k.0'],
      ['/api/echo/x?q=a%00b', '{"text":"ok"}', 'q'],
      ['/api/echo/a%00b', '{"text":"ok"}', 'name'],
    ];
    for (const [url, body, path] of cases) {
      const response = await post(url, body);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().errors).toEqual([
        { path, message: expect.stringMatching(/^含有(空字符（\\u0000）|不成对的代理字符)/) },
      ]);
    }
  });

  it('says why in the language of the request: Chinese by default, English when asked', async () => {
    const payload = '{"text":"a\\u0000b"}';
    const zh = await post('/api/echo/x', payload);
    expect(zh.json().errors[0].message).toMatch(/空字符/);
    expect(zh.json().detail).toMatch(/^text：/);
    const en = await app.inject({
      method: 'POST',
      url: '/api/echo/x',
      payload,
      headers: { 'content-type': 'application/json', 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(en.json().errors[0].message).toMatch(/NUL character/);
  });

  it('a body nested 10,000 deep or with 10,000 unknown fields: 400 under 64 KB', async () => {
    const deep = `{"text":"ok","data":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
    const wide = JSON.stringify({
      text: 'ok',
      ...Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`f${i}`, i])),
    });
    for (const body of [deep, wide]) {
      const response = await post('/api/echo/x', body);
      expect(response.statusCode).toBe(400);
      expect(response.body.length).toBeLessThan(64 * 1024);
      expect(response.json().errors.length).toBeGreaterThan(0);
    }
  });

  it('lists at most 20 fields however many are wrong', async () => {
    const body = JSON.stringify({
      text: 'ok',
      ...Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`f${i}`, i])),
    });
    const response = await post('/api/echo/x', body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toHaveLength(20);
    expect(response.json().errors[0]).toEqual({
      path: 'f0',
      message: '未知字段',
    });
  });

  it('no session and a malformed body (or not JSON at all) → 401, not the field list', async () => {
    for (const body of ['{"n":"x","extra":1}', '{"n":', '\u0000']) {
      expect((await post('/api/private', body)).statusCode).toBe(401);
    }
  });
});
