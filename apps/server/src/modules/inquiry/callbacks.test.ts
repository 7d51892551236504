import { randomUUID } from 'node:crypto';
import { type AssistResult, derivedKey, sign } from '@zhixing/assist-protocol';
import type { RunningSimulator } from '@zhixing/assist-sim/src/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../../test/factories';
import { createTestPlatform, type TestPlatform } from '../../test/platform';
import { eventually, startTestSimulator, TEST_ASSIST_SECRET } from '../../test/simulator';
import { CALLBACK_PATH } from './callbacks';
import { SHOWN_STATUS } from './service';

let platform: TestPlatform;
let simulator: RunningSimulator;
let caseId: string;
/** Request ids of the case's round by institution code, all sent and waiting for a result. */
const sent = new Map<string, string>();

beforeAll(async () => {
  platform = await createTestPlatform({ workers: true, listen: true });
  // Every result is dropped: the hub's requests wait in `sent` for the callbacks this test writes.
  simulator = await startTestSimulator(platform, { faults: { all: { dropRate: 1 } } });
  const officer = await platform.as('officer');
  caseId = (await officer.post('/api/cases', filing())).json<{ id: string }>().id;
  const rows = await eventually(
    () => requestRows(),
    (list) => list.length > 0 && list.every((row) => row.status === 'sent'),
  );
  for (const row of rows) sent.set(row.code, row.id);
  // A claim marks its requests sent; each institution's receipt is recorded (audited) just after.
  const institutions = new Set(rows.map((row) => row.code)).size;
  await eventually(
    async () =>
      (
        await platform.database.sql.executeSql(
          "select count(*)::int as n from audit_entries where action = 'inquiry.sent'",
        )
      ).rows[0]?.n,
    (n) => n === institutions,
  );
});
afterAll(async () => {
  await platform.close();
  await simulator.close();
});

async function requestRows() {
  const { rows } = await platform.database.sql.executeSql(
    `select q.id, ${SHOWN_STATUS} as status, q.result, i.code
       from inquiry_requests q join institutions i on i.id = q.institution_id left join inquiry_queue p on p.id = q.id
      where q.case_id = $1 order by i.code`,
    [caseId],
  );
  return rows as { id: string; status: string; result: AssistResult | null; code: string }[];
}

async function state() {
  const { rows } = await platform.database.sql.executeSql('select count(*)::int as n from audit_entries');
  return { requests: await requestRows(), audit: rows[0]?.n };
}

function result(requestId: string, balance = 100): AssistResult {
  return {
    requestId,
    status: 'completed',
    completedAt: new Date().toISOString(),
    holdings: [
      {
        assetRef: `A-${balance}`,
        category: 'bank',
        description: '活期存款',
        balance,
        frozen: 0,
        controls: [],
      },
    ],
  };
}

const hubUrl = () => {
  const address = platform.app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  return `http://127.0.0.1:${address.port}${CALLBACK_PATH}`;
};

interface Options {
  code?: string;
  key?: string;
  now?: number;
  headers?: Record<string, string>;
}

async function post(body: unknown, options: Options = {}) {
  const code = options.code ?? 'bank.icbc';
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const headers =
    options.headers ??
    sign(
      code,
      options.key ?? derivedKey(TEST_ASSIST_SECRET, code),
      { method: 'POST', path: CALLBACK_PATH, body: text },
      options.now,
    );
  const response = await fetch(hubUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: text,
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    json: (await response.json()) as Record<string, unknown>,
  };
}

const icbc = () => sent.get('bank.icbc') as string;
const ccb = () => sent.get('bank.ccb') as string;

describe('callbacks refused whole, nothing applied', () => {
  it('401 unsigned, wrong key, stale', async () => {
    const before = await state();
    const body = { institutionCode: 'bank.icbc', results: [result(icbc())] };
    const unsigned = await post(body, { headers: {} });
    expect(unsigned.status).toBe(401);
    expect(unsigned.type).toContain('application/problem+json');
    const wrongKey = await post(body, { key: derivedKey('another secret', 'bank.icbc') });
    expect(wrongKey.status).toBe(401);
    expect(wrongKey.json.detail).toMatch(/signature does not match/);
    const stale = await post(body, { now: Date.now() - 6 * 60_000 });
    expect(stale.status).toBe(401);
    expect(stale.json.detail).toMatch(/timestamp/);
    expect(await state()).toEqual(before);
  });

  it('400 naming the field of a malformed callback', async () => {
    const before = await state();
    const missing = await post({ institutionCode: 'bank.icbc' });
    expect(missing.status).toBe(400);
    expect(missing.json.errors).toEqual([expect.objectContaining({ path: 'results' })]);
    const badMoney = await post({
      institutionCode: 'bank.icbc',
      results: [{ ...result(icbc()), holdings: [{ ...result(icbc()).holdings?.[0], balance: 10.5 }] }],
    });
    expect(badMoney.status).toBe(400);
    expect(badMoney.json.errors).toEqual([expect.objectContaining({ path: 'results.0.holdings.0.balance' })]);
    const notJson = await post('{"institutionCode":');
    expect(notJson.status).toBe(400);
    const nul = await post({
      institutionCode: 'bank.icbc',
      results: [
        { ...result(icbc()), holdings: [{ ...result(icbc()).holdings?.[0], description: 'a\u0000b' }] },
      ],
    });
    expect(nul.status).toBe(400);
    expect(nul.json.errors).toEqual([expect.objectContaining({ path: 'results.0.holdings.0.description' })]);
    const otherCode = await post({ institutionCode: 'bank.ccb', results: [result(icbc())] });
    expect(otherCode.status).toBe(400);
    expect(otherCode.json.errors).toEqual([expect.objectContaining({ path: 'institutionCode' })]);
    expect(await state()).toEqual(before);
  });

  it('404 listing unknown ids and ids sent to another institution, with the valid ones not applied', async () => {
    const before = await state();
    const stranger = randomUUID();
    const refused = await post({
      institutionCode: 'bank.icbc',
      results: [result(icbc()), result(stranger), result(ccb())],
    });
    expect(refused.status).toBe(404);
    expect(refused.json.errors).toEqual([
      { path: 'results.1.requestId', message: `${stranger} was not sent to this institution` },
      { path: 'results.2.requestId', message: `${ccb()} was not sent to this institution` },
    ]);
    expect(await state()).toEqual(before);
  });
});

describe('results applied once', () => {
  it('applies a signed callback, refuses its replay, and counts a resend as a duplicate', async () => {
    const body = JSON.stringify({ institutionCode: 'bank.icbc', results: [result(icbc(), 700)] });
    const headers = sign('bank.icbc', derivedKey(TEST_ASSIST_SECRET, 'bank.icbc'), {
      method: 'POST',
      path: CALLBACK_PATH,
      body,
    });
    const first = await post(body, { headers });
    expect(first).toMatchObject({ status: 200, json: { applied: 1, duplicates: 0 } });
    const afterFirst = await state();
    const replay = await post(body, { headers });
    expect(replay.status).toBe(401);
    expect(replay.json.detail).toMatch(/replayed/);
    // Sent again, freshly signed, with another answer: a duplicate, the first answer stands.
    const again = await post({ institutionCode: 'bank.icbc', results: [result(icbc(), 999)] });
    expect(again).toMatchObject({ status: 200, json: { applied: 0, duplicates: 1 } });
    const rows = await requestRows();
    const row = rows.find((r) => r.id === icbc());
    expect(row?.status).toBe('answered');
    expect(row?.result?.holdings?.[0]?.balance).toBe(700);
    expect((await state()).requests).toEqual(afterFirst.requests);
  });

  it('takes results out of order and in pieces, each once', async () => {
    const abc = sent.get('bank.abc') as string;
    const boc = sent.get('bank.boc') as string;
    const psbc = sent.get('bank.psbc') as string;
    const later = await post(
      { institutionCode: 'bank.boc', results: [result(boc, 2)] },
      { code: 'bank.boc' },
    );
    expect(later.json).toEqual({ applied: 1, duplicates: 0 });
    // The same result twice in one callback counts once applied, once duplicate.
    const twice = await post(
      { institutionCode: 'bank.abc', results: [result(abc, 1), result(abc, 1)] },
      { code: 'bank.abc' },
    );
    expect(twice.json).toEqual({ applied: 1, duplicates: 1 });
    const mixed = await post(
      { institutionCode: 'bank.boc', results: [result(boc, 3)] },
      { code: 'bank.boc' },
    );
    expect(mixed.json).toEqual({ applied: 0, duplicates: 1 });
    const fresh = await post(
      { institutionCode: 'bank.psbc', results: [result(psbc, 4)] },
      { code: 'bank.psbc' },
    );
    expect(fresh.json).toEqual({ applied: 1, duplicates: 0 });
    const rows = await requestRows();
    const balance = (id: string) => rows.find((r) => r.id === id)?.result?.holdings?.[0]?.balance;
    expect([balance(abc), balance(boc), balance(psbc)]).toEqual([1, 2, 4]);
    const { rows: audits } = await platform.database.sql.executeSql(
      "select subject, after_digest from audit_entries where action = 'inquiry.results.callback' order by seq",
    );
    expect(audits.map((a) => a.subject)).toEqual([
      'institution:bank.icbc',
      'institution:bank.boc',
      'institution:bank.abc',
      'institution:bank.psbc',
    ]);
  });
});
