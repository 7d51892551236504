import type { RunningSimulator } from '@zhixing/assist-sim/src/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { SESSION_ENDED_CLOSE } from '../../platform/realtime';
import { filing } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { startTestSimulator } from '../../test/simulator';
import { generateCaseload } from '../cases/generate';

let platform: TestPlatform;
let simulator: RunningSimulator;
let officer: Client;
let caseId: string;
let otherCourtCase: string;

beforeAll(async () => {
  // No workers: requests stay queued, which is all these routes need to show.
  platform = await createTestPlatform({ listen: true });
  simulator = await startTestSimulator(platform);
  officer = await platform.as('officer');
  caseId = (await officer.post('/api/cases', filing())).json<{ id: string }>().id;
  const officer2 = await platform.as('officer2');
  otherCourtCase = (await officer2.post('/api/cases', filing())).json<{ id: string }>().id;
});
afterAll(async () => {
  await platform.close();
  await simulator.close();
});

describe('GET /api/cases/:id/inquiries', () => {
  it('401 without a session, 400 for a bad id, 403 without the permission, 404 outside the courts', async () => {
    expect((await platform.anonymous.get(`/api/cases/${caseId}/inquiries`)).statusCode).toBe(401);
    const bad = await officer.get('/api/cases/not-a-uuid/inquiries');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('id');
    expect((await (await platform.as('finance')).get(`/api/cases/${caseId}/inquiries`)).statusCode).toBe(403);
    expect((await officer.get(`/api/cases/${otherCourtCase}/inquiries`)).statusCode).toBe(404);
  });

  it('shows nothing asked before a round, with the officer’s abilities', async () => {
    const view = (await officer.get(`/api/cases/${caseId}/inquiries`)).json();
    expect(view).toMatchObject({ total: 0, answered: 0, failed: 0, pending: 0, rounds: [], requests: [] });
    expect(view.abilities).toEqual(['inquiry.start', 'inquiry.retry']);
  });
});

describe('POST /api/cases/:id/inquiries', () => {
  it('401, 400 naming the category, 403 for a supervisor, 404 outside the courts', async () => {
    expect((await platform.anonymous.post(`/api/cases/${caseId}/inquiries`, {})).statusCode).toBe(401);
    const bad = await officer.post(`/api/cases/${caseId}/inquiries`, { categories: ['lottery'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('categories.0');
    const supervisor = await platform.as('supervisor');
    expect((await supervisor.post(`/api/cases/${caseId}/inquiries`, {})).statusCode).toBe(403);
    expect((await officer.post(`/api/cases/${otherCourtCase}/inquiries`, {})).statusCode).toBe(404);
  });

  it('starts a round of the chosen categories: queued requests, inquiry.started on the timeline, audited', async () => {
    const started = await officer.post(`/api/cases/${caseId}/inquiries`, {
      categories: ['vehicle', 'real_estate'],
    });
    expect(started.statusCode).toBe(201);
    const body = started.json();
    expect(body).toMatchObject({ total: 2, pending: 2, answered: 0 });
    expect(body.byCategory.map((c: { category: string }) => c.category)).toEqual(['vehicle', 'real_estate']);
    expect(body.rounds).toEqual([
      expect.objectContaining({
        id: body.roundId,
        status: 'running',
        categories: ['vehicle', 'real_estate'],
        total: 2,
      }),
    ]);
    expect(body.requests.map((r: { status: string; kind: string }) => [r.kind, r.status])).toEqual([
      ['query', 'queued'],
      ['query', 'queued'],
    ]);
    const detail = (await officer.get(`/api/cases/${caseId}`)).json();
    const event = detail.timeline.find((e: { type: string }) => e.type === 'inquiry.started');
    expect(event.data).toMatchObject({ roundId: body.roundId, requests: 2 });
    const { rows } = await platform.database.sql.executeSql(
      "select count(*)::int as n from audit_entries where action = 'inquiry.round.start'",
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('refuses a closed case', async () => {
    const closed = (await officer.post('/api/cases', filing())).json<{ id: string }>().id;
    await officer.post(`/api/cases/${closed}/close`, { method: 'withdrawn', reason: '申请人撤回申请' });
    expect((await officer.post(`/api/cases/${closed}/inquiries`, {})).statusCode).toBe(409);
  });
});

describe('POST /api/cases/:id/inquiries/retry', () => {
  it('403 for a supervisor, 400 for a bad id, 409 when nothing failed', async () => {
    const supervisor = await platform.as('supervisor');
    expect((await supervisor.post(`/api/cases/${caseId}/inquiries/retry`, {})).statusCode).toBe(403);
    const bad = await officer.post(`/api/cases/${caseId}/inquiries/retry`, { requestIds: ['x'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('requestIds.0');
    expect((await officer.post(`/api/cases/${caseId}/inquiries/retry`, {})).statusCode).toBe(409);
  });
});

describe('the institution registry', () => {
  const input = {
    code: 'bank.test',
    name: '测试银行',
    category: 'bank',
    endpoint: 'https://gateway.example.com/assist',
    key: 'a-long-enough-test-key',
    supportsFreeze: true,
  };

  it('401, 403 for an officer, 400 naming the field', async () => {
    expect((await platform.anonymous.get('/api/admin/institutions')).statusCode).toBe(401);
    expect((await officer.get('/api/admin/institutions')).statusCode).toBe(403);
    const admin = await platform.as('admin');
    const short = await admin.post('/api/admin/institutions', { ...input, key: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].path).toBe('key');
  });

  it('registers and edits an institution; the key is written, never read back; both audited', async () => {
    const admin = await platform.as('admin');
    const created = await admin.post('/api/admin/institutions', input);
    expect(created.statusCode).toBe(201);
    const row = created.json();
    expect(row).toMatchObject({
      code: 'bank.test',
      maxBatch: 1000,
      active: true,
      breaker: { state: 'closed' },
    });
    expect(JSON.stringify(row)).not.toContain(input.key);
    expect((await admin.post('/api/admin/institutions', input)).statusCode).toBe(409);
    const edited = await admin.patch(`/api/admin/institutions/${row.id}`, {
      key: 'another-long-test-key',
      concurrency: 3,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ concurrency: 3 });
    expect(edited.json().keyFingerprint).not.toBe(row.keyFingerprint);
    const list = (await admin.get('/api/admin/institutions?category=bank')).json();
    expect(list.items.some((item: { code: string }) => item.code === 'bank.test')).toBe(true);
    expect(JSON.stringify(list)).not.toMatch(/another-long-test-key/);
    const { rows } = await platform.database.sql.executeSql(
      "select action from audit_entries where subject = 'institution:bank.test' order by seq",
    );
    expect(rows.map((r) => r.action)).toEqual(['institution.create', 'institution.update']);
  });
});

describe('the generated history’s rounds (the demo)', () => {
  it('gives every case whose timeline says 查控 started a real round of that day, once, with no second node', async () => {
    await generateCaseload(platform, { cases: 12, seed: 7 });
    const recorded = async () =>
      (
        await platform.database.sql.executeSql(
          `select e.case_id, min(e."on")::text as started_on, count(*)::int as nodes from case_events e
            where e.type = 'inquiry.started' group by e.case_id`,
        )
      ).rows;
    const before = await recorded();
    expect(before.length).toBeGreaterThan(5);
    const started = await platform.services.inquiry.startRecordedRounds(5);
    expect(started).toBeGreaterThan(0);
    expect(await platform.services.inquiry.startRecordedRounds()).toBe(0);
    const rounds = await platform.database.sql.executeSql(
      'select case_id, started_on::text as started_on, total from inquiry_rounds',
    );
    const roundOf = new Map(rounds.rows.map((row) => [String(row.case_id), row]));
    for (const row of before) {
      expect(roundOf.get(String(row.case_id))?.started_on, String(row.case_id)).toBe(row.started_on);
      expect(Number(roundOf.get(String(row.case_id))?.total)).toBeGreaterThan(0);
    }
    // No second node: the timeline said so already.
    expect(await recorded()).toEqual(before);
  });
});

describe('live progress over the WebSocket', () => {
  const url = () => {
    const address = platform.app.server.address();
    if (!address || typeof address === 'string') throw new Error('not listening');
    return `ws://127.0.0.1:${address.port}/api/realtime`;
  };

  /** Opens a socket and collects its messages; resolves `next(predicate)` with the first that matches. */
  function connect(cookie: string | null) {
    const socket = new WebSocket(url(), cookie ? { headers: { cookie } } : {});
    const messages: Record<string, unknown>[] = [];
    const waiters: {
      match: (m: Record<string, unknown>) => boolean;
      resolve: (m: Record<string, unknown>) => void;
    }[] = [];
    socket.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as Record<string, unknown>;
      messages.push(message);
      for (const waiter of waiters.splice(0)) {
        if (waiter.match(message)) waiter.resolve(message);
        else waiters.push(waiter);
      }
    });
    const next = (match: (m: Record<string, unknown>) => boolean) =>
      new Promise<Record<string, unknown>>((resolve) => {
        const seen = messages.find(match);
        if (seen) resolve(seen);
        else waiters.push({ match, resolve });
      });
    return { socket, next };
  }

  it('refuses a socket without a session', async () => {
    const { socket } = connect(null);
    const status = await new Promise<number>((resolve) => {
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    });
    expect(status).toBe(401);
  });

  it('answers "not found" for a case of another court; pushes progress of a case the user may see', async () => {
    const { socket, next } = connect(officer.cookie);
    await next((m) => m.type === 'ready');
    socket.send(JSON.stringify({ type: 'subscribe', topic: `case:${otherCourtCase}` }));
    expect(await next((m) => m.type === 'error')).toMatchObject({
      topic: `case:${otherCourtCase}`,
      message: 'not found',
    });
    socket.send(JSON.stringify({ type: 'subscribe', topic: `case:${caseId}` }));
    await next((m) => m.type === 'subscribed');
    const snapshot = await next((m) => m.event === 'snapshot');
    const before = (snapshot.data as { total: number }).total;
    await officer.post(`/api/cases/${caseId}/inquiries`, { categories: ['ship'] });
    const pushed = await next((m) => m.event === 'inquiry.progress');
    expect(pushed).toMatchObject({ type: 'event', topic: `case:${caseId}` });
    expect((pushed.data as { total: number; pending: number }).total).toBe(before + 1);
    socket.close();
  });

  const closed = (socket: WebSocket) =>
    new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));

  it('closes when its session is signed out, and not another session’s socket', async () => {
    const leaving = await platform.as('officer');
    const { socket, next } = connect(leaving.cookie);
    const staying = connect(officer.cookie);
    await Promise.all([next((m) => m.type === 'ready'), staying.next((m) => m.type === 'ready')]);
    const code = closed(socket);
    expect((await leaving.post('/api/auth/logout')).statusCode).toBeLessThan(300);
    expect(await code).toBe(SESSION_ENDED_CLOSE);
    expect(staying.socket.readyState).toBe(WebSocket.OPEN);
    staying.socket.close();
  });

  it('closes when its session expires, at the next check', async () => {
    const expiring = await platform.as('officer');
    platform.realtime.checkSessions((user) => platform.services.auth.sessionLive(user.sessionId), 50);
    const { socket, next } = connect(expiring.cookie);
    await next((m) => m.type === 'ready');
    const code = closed(socket);
    const token = decodeURIComponent(expiring.cookie?.split('=')[1]?.split(';')[0] ?? '');
    const me = await platform.services.auth.authenticate(token);
    await platform.database.sql.executeSql(
      "update sessions set expires_at = now() - interval '1 second' where id = $1",
      [me?.sessionId],
    );
    expect(await code).toBe(SESSION_ENDED_CLOSE);
  });
});
