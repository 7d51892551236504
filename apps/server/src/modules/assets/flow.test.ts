/**
 * The acceptance flow of the asset register, end to end over real HTTP: the officer's requests go to
 * the listening server, the hub's requests to the simulator, the simulator's callbacks back.
 */
import type { RunningSimulator } from '@zhixing/assist-sim/src/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../platform/auth';
import { CREDIT_CODE, filing } from '../../test/factories';
import { createTestPlatform, type TestPlatform } from '../../test/platform';
import { eventually, sim, startTestSimulator } from '../../test/simulator';
import { DEMO_PASSWORD } from '../org/demo';

interface Asset {
  id: string;
  category: string;
  institution: { id: string | null; code: string; name: string };
  assetRef: string;
  balance: number | null;
  value: number | null;
  state: string;
  controlledAmount: number;
  deductedAmount: number;
  controlUntil: string | null;
  position: number | null;
  online: boolean;
  abilities: string[];
}
interface Register {
  items: Asset[];
  limit: { claim: number; costs: number; controlled: number; remaining: number };
}
interface SimSubject {
  holdings: {
    institution: string;
    assetRef: string;
    balance?: number;
    controls: { state: string; position: number; amount?: number; until: string; courtCode: string }[];
  }[];
}

/** A signed-in user speaking real HTTP to the listening server: cookie and CSRF token as a browser keeps them. */
async function signIn(base: string, username: string) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(cookie.startsWith(`${SESSION_COOKIE}=`)).toBe(true);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        cookie,
        ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as Record<string, unknown> };
  };
  return {
    get: <T>(path: string) => call('GET', path).then((r) => r.body as T),
    post: (path: string, body?: unknown) => call('POST', path, body),
  };
}

let platform: TestPlatform;
let simulator: RunningSimulator;
let base: string;
beforeAll(async () => {
  platform = await createTestPlatform({ workers: true, listen: true });
  simulator = await startTestSimulator(platform);
  const address = platform.app.server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening');
  base = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await platform.close();
  await simulator.close();
});

const CLAIM = 30_000_000; // 300,000 yuan; costs 4,400 yuan: 304,400 yuan may be controlled
const LIMIT = 30_440_000;

describe('the asset register, from the simulator’s holdings to freezes, deductions, renewals and releases', () => {
  it('registers what the query finds and controls it within the claim plus costs', async () => {
    await sim(simulator, 'PUT', `/sim/subjects/${CREDIT_CODE}`, {
      holdings: [
        { category: 'bank', institution: 'bank.icbc', assetRef: '6222020200000000001', balance: 5_000_000 },
        { category: 'bank', institution: 'bank.ccb', assetRef: '6217000000000000002', balance: 40_000_000 },
        {
          category: 'vehicle',
          assetRef: 'LSVAA4182E2000003',
          value: 12_000_000,
          description: '小型汽车 京A12345',
        },
      ],
    });
    const officer = await signIn(base, 'officer');
    const other = await signIn(base, 'officer2'); // 东城区 court: another court's case against the same debtor
    const filed = await officer.post('/api/cases', filing({ claimAmount: CLAIM }));
    expect(filed.status).toBe(201);
    const caseId = filed.body.id as string;
    const otherCase = (await other.post('/api/cases', filing({ claimAmount: CLAIM }))).body.id as string;

    const registered = (id: string, user: typeof officer) =>
      eventually(
        () => user.get<Register>(`/api/cases/${id}/assets`),
        (register) => register.items.length === 3,
      );
    const found = await registered(caseId, officer);
    const byRef = (register: Register, ref: string) =>
      register.items.find((a) => a.assetRef === ref) as Asset;
    const icbc = byRef(found, '6222020200000000001');
    const ccb = byRef(found, '6217000000000000002');
    const car = byRef(found, 'LSVAA4182E2000003');
    expect(icbc).toMatchObject({
      category: 'bank',
      institution: { code: 'bank.icbc' },
      balance: 5_000_000,
      state: 'found',
      online: true,
    });
    expect(car).toMatchObject({ category: 'vehicle', value: 12_000_000, balance: null, state: 'found' });
    expect(found.limit).toMatchObject({ claim: CLAIM, costs: 440_000, remaining: LIMIT });
    // One control deadline per asset found online, due the same day where the institution controls online.
    const detail = await officer.get<{
      deadlines: { ruleId: string; key: string; dueOn: string; status: string }[];
      today: string;
    }>(`/api/cases/${caseId}`);
    const control = detail.deadlines.filter((d) => d.ruleId === 'assets.control');
    expect(control.map((d) => d.key).sort()).toEqual([icbc.id, ccb.id, car.id].sort());
    expect(control.every((d) => d.dueOn === detail.today && d.status === 'open')).toBe(true);

    // The other court seizes the car first: this court's seizure waits (轮候), position 2.
    const otherCar = byRef(await registered(otherCase, other), 'LSVAA4182E2000003');
    expect((await other.post(`/api/assets/${otherCar.id}/control`, {})).body).toMatchObject({
      state: 'seized',
      position: 1,
    });
    const waiting = await officer.post(`/api/assets/${car.id}/control`, {});
    expect(waiting.status).toBe(200);
    expect(waiting.body).toMatchObject({ state: 'waiting', position: 2 });

    // Beyond the claim plus costs: refused with the rule and its clause, nothing sent.
    const beyond = await officer.post(`/api/assets/${ccb.id}/control`, { amount: LIMIT + 1 });
    expect(beyond.status).toBe(409);
    expect(beyond.body.violations).toEqual([expect.objectContaining({ ruleId: 'assets.over_seizure' })]);
    const subject = () => sim<SimSubject>(simulator, 'GET', `/sim/subjects/${CREDIT_CODE}`);
    const heldAt = async (ref: string) => (await subject()).holdings.find((h) => h.assetRef === ref);
    expect((await heldAt('6217000000000000002'))?.controls).toEqual([]);

    // Within: frozen, and the bank holds the amount for this court.
    const frozen = await officer.post(`/api/assets/${ccb.id}/control`, { amount: 30_000_000 });
    expect(frozen.status).toBe(200);
    expect(frozen.body).toMatchObject({ state: 'frozen', controlledAmount: 30_000_000, position: 1 });
    expect((await heldAt('6217000000000000002'))?.controls).toEqual([
      expect.objectContaining({ state: 'effective', amount: 30_000_000, courtCode: '京0105', position: 1 }),
    ]);
    const left = await officer.get<Register>(`/api/cases/${caseId}/assets`);
    expect(left.limit).toMatchObject({ controlled: 30_000_000, remaining: 440_000 });
    expect((await officer.post(`/api/assets/${icbc.id}/control`, { amount: 440_001 })).status).toBe(409);
    expect((await officer.post(`/api/assets/${icbc.id}/control`, { amount: 440_000 })).body).toMatchObject({
      state: 'frozen',
      controlledAmount: 440_000,
    });

    // Deduction of part of the frozen money to the case's own account.
    expect((await officer.post(`/api/assets/${ccb.id}/deduct`, { amount: 30_000_001 })).status).toBe(400);
    const deducted = await officer.post(`/api/assets/${ccb.id}/deduct`, { amount: 10_000_000 });
    expect(deducted.body).toMatchObject({
      state: 'frozen',
      controlledAmount: 20_000_000,
      deductedAmount: 10_000_000,
    });
    const accountNo = (await officer.get<{ caseAccount: { accountNo: string } }>(`/api/cases/${caseId}`))
      .caseAccount.accountNo;
    const arrived = await sim<{ total: number }>(simulator, 'GET', `/sim/accounts/${accountNo}/transfers`);
    expect(arrived.total).toBe(10_000_000);
    expect((await heldAt('6217000000000000002'))?.balance).toBe(30_000_000);
    const transfers = await platform.database.sql.executeSql(
      'select status, confirmed_amount::int as amount, transfer_ref from asset_transfers where asset_id = $1',
      [ccb.id],
    );
    expect(transfers.rows).toEqual([expect.objectContaining({ status: 'confirmed', amount: 10_000_000 })]);

    // Renewal: a new end, the same position, at the bank too.
    const before = (deducted.body as unknown as Asset).controlUntil as string;
    const renewed = await officer.post(`/api/assets/${ccb.id}/renew`, {});
    expect(renewed.body).toMatchObject({ state: 'frozen', position: 1 });
    const until = (renewed.body as unknown as Asset).controlUntil as string;
    expect(until > before).toBe(true);
    expect((await heldAt('6217000000000000002'))?.controls[0]).toMatchObject({ until, position: 1 });

    // Release: the bank lets go.
    const released = await officer.post(`/api/assets/${icbc.id}/release`);
    expect(released.body).toMatchObject({ state: 'released', controlledAmount: 0 });
    expect((await heldAt('6222020200000000001'))?.controls[0]).toMatchObject({ state: 'released' });
    expect((await officer.post(`/api/assets/${icbc.id}/control`, { amount: 1 })).status).toBe(409);

    // The timeline and the deadlines followed.
    const after = await officer.get<{
      timeline: { type: string }[];
      deadlines: { ruleId: string; key: string; status: string }[];
    }>(`/api/cases/${caseId}`);
    const met = after.deadlines
      .filter((d) => d.ruleId === 'assets.control' && d.status === 'met')
      .map((d) => d.key);
    expect(met.sort()).toEqual([icbc.id, ccb.id, car.id].sort());
    const types = after.timeline.map((e) => e.type);
    for (const type of [
      'asset.found',
      'asset.controlled',
      'asset.deducted',
      'asset.renewed',
      'asset.released',
    ])
      expect(types).toContain(type);
  });
});
