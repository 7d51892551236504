/**
 * The generated route test: every route of the app's own route table (no list kept by hand, so a
 * route is covered the day it is added) against every demo user, for its policy, its court scope and
 * hostile input derived from its zod schema.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from './modules/org/demo';
import type { RouteEntry } from './platform/http';
import { filing } from './test/factories';
import { hostileBody, shapedLike } from './test/hostile';
import { type Client, createTestPlatform, type TestPlatform } from './test/platform';

/** fast-check runs per write route: bounded, the suite runs on two cores. */
const RUNS_PER_ROUTE = 12;
/** Bodies shaped like a write's schema sent for records outside the user's scope. */
const SAMPLES_PER_WRITE = 4;
/** Ids of one kind tried on each item route. */
const IDS_PER_KIND = 6;
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';
const MAX_PROBLEM_BYTES = 64 * 1024;

type DemoUser = (typeof DEMO_USERS)[number];
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let platform: TestPlatform;
let routes: RouteEntry[];
const clients = new Map<string, Client>();
/** Each court's code → its parent's code. */
const parentOf = new Map<string, string | null>();
/** What each user finds by listing: user → kind (the path segment naming the list) → ids. */
const listed = new Map<string, Map<string, Set<string>>>();
/** The case filed by each of two officers of sibling basic courts. */
const filed = new Map<string, { id: string; court: string }>();
let before: Record<string, number>;

const paramsOf = (route: RouteEntry) => route.url.split('/').filter((part) => part.startsWith(':'));
const urlOf = (route: RouteEntry, value: (param: string) => string) =>
  route.url.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(value(name)).replace('%2500', '%00'));
const isWrite = (route: RouteEntry) => route.method !== 'GET';

/** The status the guard gives this user on this route, or null when it lets them through. */
function guardStatus(route: RouteEntry, user: DemoUser | null): 401 | 403 | null {
  // A machine's route (the partner API) wants its bearer key, which no session user has.
  if (route.machine) return 401;
  const policy = route.policy;
  if (policy === undefined || policy === 'public') return null;
  if (!user) return 401;
  if (policy === 'authenticated') return null;
  return platform.policy.can(user, policy.action) ? null : 403;
}

function send(user: DemoUser | null, method: string, url: string, payload?: string) {
  const client = user ? (clients.get(user.username) as Client) : platform.anonymous;
  return client.request(
    method as Method,
    url,
    payload,
    payload === undefined ? {} : { 'content-type': 'application/json' },
  );
}

/** The court with this code, or one above it. */
function isWithin(code: string, ancestor: string): boolean {
  for (let at: string | null | undefined = code; at; at = parentOf.get(at)) if (at === ancestor) return true;
  return false;
}

/** The list a path parameter's ids come from: the segment before it (`/api/cases/:id` → `cases`). */
function kindOf(route: RouteEntry, param: string): string | undefined {
  const parts = route.url.split('/');
  return parts[parts.indexOf(param) - 1];
}

/** Ids of the items a list answers (`{items: [{id}]}`). */
function idsIn(body: unknown): string[] {
  const items = (body as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return [];
  return items
    .map((item) => (item as { id?: unknown }).id)
    .filter((id): id is string => typeof id === 'string');
}

/** Lists every GET route ending in a named list as each user, its parameter taken from lists found before. */
async function crawl(): Promise<void> {
  const lists = routes.filter((r) => r.method === 'GET' && !r.url.endsWith('/') && paramsOf(r).length <= 1);
  for (let pass = 0; pass < 3; pass += 1) {
    for (const user of DEMO_USERS) {
      const mine = listed.get(user.username) ?? new Map<string, Set<string>>();
      listed.set(user.username, mine);
      for (const route of lists) {
        const kind = route.url.split('/').at(-1) as string;
        if (kind.startsWith(':')) continue;
        const [param] = paramsOf(route);
        const parents = param
          ? [...(mine.get(kindOf(route, param) ?? '') ?? [])].slice(0, IDS_PER_KIND)
          : [''];
        for (const parent of parents) {
          const response = await send(
            user,
            'GET',
            urlOf(route, () => parent),
          );
          if (response.statusCode !== 200) continue;
          const ids = mine.get(kind) ?? new Set<string>();
          for (const id of idsIn(response.json())) ids.add(id);
          mine.set(kind, ids);
        }
      }
    }
  }
}

async function tableCounts(): Promise<Record<string, number>> {
  const { rows } = await platform.database.sql.executeSql(
    `select table_name as name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of rows as { name: string }[]) {
    const result = await platform.database.sql.executeSql(`select count(*)::int as n from "${name}"`);
    counts[name] = (result.rows[0] as { n: number }).n;
  }
  return counts;
}

beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  for (const user of DEMO_USERS) clients.set(user.username, await platform.as(user.username));
  routes = platform.app.routeTable.filter(
    (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.method !== 'HEAD' && !r.websocket,
  );
  const admin = clients.get('admin') as Client;
  const courts = (await admin.get('/api/admin/courts')).json().items as {
    id: string;
    code: string;
    parentId: string | null;
  }[];
  const codeOf = new Map(courts.map((court) => [court.id, court.code]));
  for (const court of courts)
    parentOf.set(court.code, court.parentId ? (codeOf.get(court.parentId) ?? null) : null);
  for (const username of ['officer', 'officer2']) {
    const client = clients.get(username) as Client;
    const response = await client.post('/api/cases', filing());
    expect(response.statusCode).toBe(201);
    const issued = await client.post(`/api/cases/${response.json().id}/documents`, {
      kinds: ['execution_notice'],
    });
    expect(issued.statusCode).toBe(201);
    const court = DEMO_USERS.find((u) => u.username === username)?.court as string;
    filed.set(username, { id: response.json().id, court });
  }
  await crawl();
  before = await tableCounts();
}, 180_000);
afterAll(() => platform.close());

describe('every route', () => {
  it('finds the routes in the route table, each with a policy', () => {
    expect(routes.length).toBeGreaterThan(30);
    for (const route of routes) expect(route.policy, `${route.method} ${route.url}`).toBeDefined();
  });

  it('answers every demo user (and no one) what its policy says: 401, 403 or through the guard', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      // A NUL in the query string: refused (400) by whoever passes the guard, so nothing runs.
      const url = `${urlOf(route, () => PLACEHOLDER_ID)}?zx=%00`;
      for (const user of [null, ...DEMO_USERS]) {
        const response = await send(user, route.method, url, isWrite(route) ? '{}' : undefined);
        const expected = guardStatus(route, user) ?? 400;
        if (response.statusCode !== expected) {
          failures.push(
            `${route.method} ${route.url} as ${user?.username ?? 'anonymous'}: ${response.statusCode}, expected ${expected}`,
          );
        }
      }
      const writer = DEMO_USERS.find((user) => guardStatus(route, user) === null);
      if (isWrite(route) && route.policy !== 'public' && writer) {
        const client = clients.get(writer.username) as Client;
        const forged = await client.request(route.method as Method, url, '{}', {
          'content-type': 'application/json',
          'x-csrf-token': 'forged',
        });
        if (forged.statusCode !== 403)
          failures.push(`${route.method} ${route.url} without its CSRF token: ${forged.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('shows a case to its own court and the courts above it, never to a sibling court', () => {
    const canList = DEMO_USERS.filter((user) => listed.get(user.username)?.has('cases'));
    expect(canList.map((user) => user.username)).toEqual(
      expect.arrayContaining(['officer', 'supervisor', 'officer2']),
    );
    for (const user of canList) {
      for (const { id, court } of filed.values()) {
        const sees = listed.get(user.username)?.get('cases')?.has(id) ?? false;
        expect(sees, `${user.username} (${user.court}) and a case of ${court}`).toBe(
          isWithin(court, user.court),
        );
      }
    }
  });

  it('reads by id exactly what each user can list: own and subordinate courts, no sibling court', async () => {
    const failures: string[] = [];
    const items = routes.filter((r) => r.method === 'GET' && paramsOf(r).length === 1);
    for (const route of items) {
      const param = paramsOf(route)[0] as string;
      const kind = kindOf(route, param) as string;
      const pool = new Set<string>();
      for (const lists of listed.values())
        for (const id of [...(lists.get(kind) ?? [])].slice(0, IDS_PER_KIND)) pool.add(id);
      for (const id of pool) {
        for (const user of DEMO_USERS) {
          const response = await send(
            user,
            'GET',
            urlOf(route, () => id),
          );
          const lists = listed.get(user.username)?.get(kind)?.has(id) ?? false;
          const ok = response.statusCode >= 200 && response.statusCode < 300;
          const allowed = guardStatus(route, user) === null;
          if (ok && !lists) failures.push(`${route.url} ${id} read by ${user.username}, who cannot list it`);
          if (lists && allowed && response.statusCode === 404)
            failures.push(`${route.url} ${id}: 404 to ${user.username}, who lists it`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('never lets a user write to a record outside their court scope (400, 403 or 404)', async () => {
    const failures: string[] = [];
    const writes = routes.filter((r) => isWrite(r) && paramsOf(r).length === 1);
    for (const route of writes) {
      const kind = kindOf(route, paramsOf(route)[0] as string) as string;
      const everyId = new Set([...listed.values()].flatMap((lists) => [...(lists.get(kind) ?? [])]));
      const bodies = fc.sample(shapedLike(route.schema?.body), { numRuns: SAMPLES_PER_WRITE, seed: 11 });
      for (const user of DEMO_USERS) {
        const mine = listed.get(user.username)?.get(kind);
        // Only users who list this kind at all: what they cannot list is outside their scope.
        if (guardStatus(route, user) !== null || mine === undefined) continue;
        const foreign = [...everyId].filter((id) => !mine.has(id)).slice(0, 2);
        for (const id of foreign) {
          for (const body of bodies) {
            const response = await send(
              user,
              route.method,
              urlOf(route, () => id),
              JSON.stringify(body ?? {}),
            );
            if (![400, 403, 404].includes(response.statusCode)) {
              failures.push(`${route.method} ${route.url} ${id} by ${user.username}: ${response.statusCode}`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses a NUL in any path parameter or query string with 400 naming it', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      const user = [null, ...DEMO_USERS].find((candidate) => guardStatus(route, candidate) === null);
      if (user === undefined) continue;
      const queryKeys = Object.keys(
        (route.schema?.querystring as { shape?: object } | undefined)?.shape ?? {},
      );
      const probes: [string, string][] = [
        ...paramsOf(route).map((param): [string, string] => [
          urlOf(route, (name) => (`:${name}` === param ? 'a%00b' : PLACEHOLDER_ID)),
          param.slice(1),
        ]),
        [`${urlOf(route, () => PLACEHOLDER_ID)}?${queryKeys[0] ?? 'q'}=a%00b`, queryKeys[0] ?? 'q'],
      ];
      for (const [url, field] of probes) {
        const response = await send(user, route.method, url, isWrite(route) ? '{}' : undefined);
        const named = response.statusCode === 400 ? response.json().errors?.[0]?.path : undefined;
        if (named !== field)
          failures.push(`${route.method} ${url}: ${response.statusCode} ${response.body.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers hostile JSON derived from each write schema with a bounded 400 problem', async () => {
    for (const route of routes.filter(isWrite)) {
      const user = [null, ...DEMO_USERS].find((candidate) => guardStatus(route, candidate) === null) ?? null;
      // A route that reads its body itself (a signed callback) refuses it its own way: any 4xx.
      const ownBody = route.schema?.body === undefined && route.policy === 'public';
      const expected = guardStatus(route, user) ?? 400;
      await fc.assert(
        fc.asyncProperty(hostileBody(route.schema?.body), async (hostile) => {
          const response = await send(
            user,
            route.method,
            urlOf(route, () => PLACEHOLDER_ID),
            hostile.payload,
          );
          const context = `${route.method} ${route.url} as ${user?.username ?? 'anonymous'}, ${hostile.what}`;
          if (ownBody) expect(Math.floor(response.statusCode / 100), context).toBe(4);
          else expect(response.statusCode, context).toBe(expected);
          expect(response.headers['content-type'], context).toMatch(/application\/problem\+json/);
          expect(response.body.length, context).toBeLessThan(MAX_PROBLEM_BYTES);
          if (!ownBody && expected === 400 && hostile.path !== undefined) {
            expect(response.json().errors[0].path, context).toBe(hostile.path);
          }
        }),
        { numRuns: RUNS_PER_ROUTE },
      );
    }
  });

  it('changed nothing, and the audit chain verifies', async () => {
    expect(await tableCounts()).toEqual(before);
    const verified = await (clients.get('admin') as Client).get('/api/audit/verify');
    expect(verified.json()).toMatchObject({ ok: true });
  });
});
