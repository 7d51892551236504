import type { RunningSimulator } from '@zhixing/assist-sim/src/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing, idNumber } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { eventually, sim, startTestSimulator } from '../../test/simulator';

/**
 * Institutions that fail, over the real simulator's injected faults: retries with backoff, giving
 * up with the reason, the officer's retry, timeouts whose batch was carried out anyway, the breaker,
 * and polling when callbacks never come. Timers are shortened; the paths are the production ones.
 */
let platform: TestPlatform;
let simulator: RunningSimulator;
let officer: Client;
let admin: Client;
let debtors = 0;

beforeAll(async () => {
  platform = await createTestPlatform({
    workers: true,
    listen: true,
    inquiryTuning: {
      // Fewer attempts than failures that open the breaker: one failing request does not open it.
      maxAttempts: 2,
      backoffBaseMs: 100,
      backoffCapMs: 300,
      breakerThreshold: 3,
      breakerCooldownMs: 6000,
      breakerCooldownCapMs: 6000,
      pollAfterMs: 500,
      maintenanceIntervalMs: 200,
      leaseMarginMs: 500,
      drainWindowMs: 2000,
      dispatchLeaseMs: 5000,
    },
  });
  simulator = await startTestSimulator(platform);
  officer = await platform.as('officer');
  admin = await platform.as('admin');
});
afterAll(async () => {
  await platform.close();
  await simulator.close();
});

interface Request {
  id: string;
  status: string;
  attempts: number;
  lastError: string | null;
  institution: { code: string };
}
interface Overview {
  total: number;
  answered: number;
  failed: number;
  pending: number;
  rounds: { status: string }[];
  requests: Request[];
}

/** Files a case against a debtor of its own, so each scenario's requests are its own. */
async function fileCase(): Promise<string> {
  debtors += 1;
  const debtor = {
    kind: 'person',
    name: `被执行人${debtors}`,
    idNumber: idNumber('19800101', String(100 + debtors)),
  };
  const response = await officer.post('/api/cases', filing({ debtors: [debtor] }));
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string }>().id;
}

const overview = async (caseId: string) =>
  (await officer.get(`/api/cases/${caseId}/inquiries`)).json<Overview>();
const requestAt = (view: Overview, code: string) =>
  view.requests.find((r) => r.institution.code === code) as Request;
/** Nothing pending, and every round seen complete by the check that follows the last answer. */
const settled = (view: Overview) =>
  view.total > 0 && view.pending === 0 && view.rounds.every((round) => round.status === 'complete');

async function counters(code: string) {
  const stats = await sim<{ institutions: Record<string, Record<string, number>> }>(
    simulator,
    'GET',
    '/sim/stats',
  );
  return stats.institutions[code] ?? {};
}

async function breakerOf(code: string) {
  const list = (await admin.get('/api/admin/institutions')).json<{
    items: { id: string; code: string; breaker: { state: string; failures: number } }[];
  }>();
  return list.items.find((item) => item.code === code) as (typeof list.items)[number];
}

/**
 * The institution's timeout set to `timeoutMs`, and every call to it (batch or look-up) held `holdMs`
 * before the connection is cut: a batch is carried out but never answered, and no callback comes.
 */
async function slowerThanItsTimeout(code: string, timeoutMs: number, holdMs: number): Promise<void> {
  const { id } = await breakerOf(code);
  expect((await admin.patch(`/api/admin/institutions/${id}`, { timeoutMs })).statusCode).toBe(200);
  await sim(simulator, 'PUT', `/sim/faults/${code}`, { timeoutRate: 1, holdMs, dropRate: 1 });
}

describe('an institution that is down', () => {
  it('is retried with backoff, then failed with the reason; the officer retries and it is answered', async () => {
    await sim(simulator, 'PUT', '/sim/faults/bank.icbc', { errorRate: 1 });
    const caseId = await fileCase();
    const failed = await eventually(() => overview(caseId), settled);
    const icbc = requestAt(failed, 'bank.icbc');
    expect(icbc).toMatchObject({ status: 'failed', attempts: 2 });
    expect(icbc.lastError).toMatch(/HTTP 503.*after 2 attempts/);
    expect((await breakerOf('bank.icbc')).breaker.state).toBe('closed');
    expect(failed).toMatchObject({ failed: 1, answered: failed.total - 1 });
    expect((await counters('bank.icbc')).executed ?? 0).toBe(0);
    const timeline = (await officer.get(`/api/cases/${caseId}`)).json<{
      timeline: { type: string; data: object }[];
    }>().timeline;
    expect(timeline.find((e) => e.type === 'inquiry.answered')?.data).toMatchObject({ failed: 1 });

    await sim(simulator, 'DELETE', '/sim/faults/bank.icbc');
    const retried = await officer.post(`/api/cases/${caseId}/inquiries/retry`, {});
    expect(retried.statusCode).toBe(200);
    expect(retried.json<{ retried: number }>().retried).toBe(1);
    const answered = await eventually(() => overview(caseId), settled);
    expect(requestAt(answered, 'bank.icbc').status).toBe('answered');
    expect(answered.failed).toBe(0);
    // Nothing left to retry now.
    expect((await officer.post(`/api/cases/${caseId}/inquiries/retry`, {})).statusCode).toBe(409);
  }, 60_000);
});

describe('an institution too slow to answer within its timeout', () => {
  it('times out, is resent without being carried out twice, and is answered once it is quick again', async () => {
    // The batch is carried out but its answer never comes, nor a callback (lost on the way).
    await slowerThanItsTimeout('bank.ccb', 300, 1500);
    const before = await counters('bank.ccb');
    const caseId = await fileCase();
    const failed = await eventually(() => overview(caseId), settled);
    const ccb = requestAt(failed, 'bank.ccb');
    expect(ccb.status).toBe('failed');
    expect(ccb.lastError).toMatch(/no answer within 300 ms/);
    await sim(simulator, 'DELETE', '/sim/faults/bank.ccb');
    await officer.post(`/api/cases/${caseId}/inquiries/retry`, { requestIds: [ccb.id] });
    const answered = await eventually(() => overview(caseId), settled);
    expect(requestAt(answered, 'bank.ccb').status).toBe('answered');
    // Carried out on its first arrival only: every resend that arrived was a duplicate. Three were sent
    // (two timed out, the officer's retry); under load a 300 ms attempt may be cut off before it
    // arrives, so the test counts on one duplicate, not two.
    const after = await counters('bank.ccb');
    expect((after.executed ?? 0) - (before.executed ?? 0)).toBe(1);
    expect((after.duplicates ?? 0) - (before.duplicates ?? 0)).toBeGreaterThanOrEqual(1);
  }, 60_000);
});

describe('a batch whose look-up goes unanswered too', () => {
  it('is sent again and then given up, not left pending while the institution stays silent', async () => {
    // Every call is held past the timeout, look-ups included, and no callback comes.
    await slowerThanItsTimeout('bank.cmb', 3000, 10_000);
    const before = await counters('bank.cmb');
    const caseId = await fileCase();
    // This case's request, in its batch (earlier cases' answered batches linger until polled).
    const sent = await eventually(
      () => overview(caseId),
      (view) => requestAt(view, 'bank.cmb')?.status === 'sent',
    );
    const requestId = requestAt(sent, 'bank.cmb').id;
    const [batch] = await eventually(
      async () =>
        (
          await platform.database.sql.executeSql(
            'select id from inquiry_batches where $1::uuid = any(request_ids)',
            [requestId],
          )
        ).rows,
      (rows) => rows.length > 0,
    );
    // As a worker that died mid-send leaves it: the lease passed, so the poller takes the batch.
    await platform.database.sql.executeSql(
      `update inquiry_batches set sent_at = now() - interval '10 seconds', lease_until = now() - interval '1 second'
        where id = $1`,
      [batch?.id],
    );
    const failed = await eventually(() => overview(caseId), settled);
    const cmb = requestAt(failed, 'bank.cmb');
    expect(cmb).toMatchObject({ status: 'failed', attempts: 2 });
    expect(cmb.lastError).toMatch(/no answer within 3000 ms \(after 2 attempts\)/);
    const after = await counters('bank.cmb');
    expect((after.lookups ?? 0) - (before.lookups ?? 0)).toBeGreaterThanOrEqual(1);
    expect((after.executed ?? 0) - (before.executed ?? 0)).toBe(1);

    await sim(simulator, 'DELETE', '/sim/faults/bank.cmb');
    await officer.post(`/api/cases/${caseId}/inquiries/retry`, { requestIds: [cmb.id] });
    expect(requestAt(await eventually(() => overview(caseId), settled), 'bank.cmb').status).toBe('answered');
    expect(((await counters('bank.cmb')).executed ?? 0) - (before.executed ?? 0)).toBe(1);
  }, 60_000);
});

describe('the circuit breaker', () => {
  it('opens after consecutive failures, sends nothing while open, probes and closes when the institution is back', async () => {
    await sim(simulator, 'PUT', '/sim/faults/bank.abc', { errorRate: 1 });
    // Two failed batches give the first case's request up (still closed); the next case's first batch
    // is the third consecutive failure, which opens the breaker with that request still to be sent.
    const first = await fileCase();
    await eventually(() => overview(first), settled);
    expect((await breakerOf('bank.abc')).breaker).toMatchObject({ state: 'closed', failures: 2 });
    const cases = [first, await fileCase()];
    await eventually(
      () => breakerOf('bank.abc'),
      (institution) => institution.breaker.state === 'open',
    );
    const batchesWhenOpen = (await counters('bank.abc')).batches ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await counters('bank.abc')).batches ?? 0).toBe(batchesWhenOpen);
    const waiting = (await Promise.all(cases.map(overview))).map(
      (view) => requestAt(view, 'bank.abc').status,
    );
    expect(waiting).toContain('queued');

    await sim(simulator, 'DELETE', '/sim/faults/bank.abc');
    await eventually(
      () => breakerOf('bank.abc'),
      (institution) => institution.breaker.state === 'closed',
    );
    for (const caseId of cases) {
      await eventually(() => overview(caseId), settled);
      if ((await overview(caseId)).failed > 0) await officer.post(`/api/cases/${caseId}/inquiries/retry`, {});
      const view = await eventually(() => overview(caseId), settled);
      expect(requestAt(view, 'bank.abc').status).toBe('answered');
    }
    expect((await breakerOf('bank.abc')).breaker).toEqual({ state: 'closed', failures: 0, openUntil: null });
  }, 90_000);
});

describe('callbacks that never come', () => {
  it('are made up for by polling results/lookup', async () => {
    await sim(simulator, 'PUT', '/sim/faults/bank.boc', { dropRate: 1 });
    const caseId = await fileCase();
    const answered = await eventually(() => overview(caseId), settled);
    expect(requestAt(answered, 'bank.boc').status).toBe('answered');
    expect((await counters('bank.boc')).lookups).toBeGreaterThanOrEqual(1);
    const { rows } = await platform.database.sql.executeSql(
      "select count(*)::int as n from audit_entries where action = 'inquiry.results.poll' and subject = 'institution:bank.boc'",
    );
    expect(rows[0]?.n).toBeGreaterThanOrEqual(1);
    await sim(simulator, 'DELETE', '/sim/faults/bank.boc');
  }, 60_000);
});
