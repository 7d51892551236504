/**
 * Online inquiry through the real simulator over HTTP: the three price platforms of the national list,
 * each reporting a price or "cannot price" after a delay kept on the platform's (settable) clock; the
 * periods and the one extension of RefPrice 12; then appraisal with its draw recomputed from the seed.
 */
import type { RunningSimulator } from '@zhixing/assist-sim/src/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { sim, startTestSimulator, TEST_ASSIST_SECRET } from '../../test/simulator';
import { platformActor } from '../audit/service';
import { draw } from './rules';

let platform: TestPlatform;
let simulator: RunningSimulator;
let officer: Client;
let admin: Client;
beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  simulator = await startTestSimulator(platform);
  await platform.services.valuation.importPlatforms(platformActor, simulator.simulator.platforms, {
    secret: TEST_ASSIST_SECRET,
  });
  officer = await platform.as('officer');
  admin = await platform.as('admin');
});
afterAll(async () => {
  await simulator.close();
  await platform.close();
});

interface Valuation {
  id: string;
  method: string;
  status: string;
  startedAt: string;
  dueAt: string | null;
  extended: boolean;
  results: { platform: string; status: string; price: number | null }[];
  referencePrice: number | null;
  draw: { seed: string; list: string[]; result: string[] } | null;
  agencies: string[] | null;
}

const H = 3_600_000;
let base = Date.parse('2026-06-01T01:00:00Z');
/** Each test starts on a fresh day of the platform clock, later than the last. */
async function setClock(at: number) {
  const set = await admin.post('/api/admin/clock', { now: new Date(at).toISOString() });
  expect(set.statusCode).toBe(200);
}
async function delays(hours: Record<string, number>) {
  for (const code of ['price.taobao', 'price.jd', 'price.icbc'])
    await sim(simulator, 'PUT', `/sim/price-platforms/${code}`, { reportAfterHours: hours[code] ?? 0 });
}

async function seizedAsset(category: 'real_estate' | 'equity') {
  const { id: caseId } = (await officer.post('/api/cases', filing({ claimAmount: 30_000_000 }))).json<{
    id: string;
  }>();
  const issued = await officer.post(`/api/cases/${caseId}/documents`, { kinds: ['execution_notice'] });
  const evidence = issued.json<{ items: { id: string }[] }>().items[0]?.id as string;
  const detail = (await officer.get(`/api/cases/${caseId}`)).json<{ debtors: { id: string }[] }>();
  const created = await officer.post(`/api/cases/${caseId}/assets`, {
    partyId: detail.debtors[0]?.id,
    category,
    institution: { name: category === 'equity' ? '市场监督管理局' : '不动产登记中心' },
    assetRef: `REF-${Math.random().toString(36).slice(2)}`,
    description: category === 'equity' ? '某有限公司30%股权' : '朝阳区某小区3号楼502室',
    value: 150_000_000,
    evidence: [evidence],
  });
  expect(created.statusCode).toBe(201);
  const assetId = created.json<{ id: string }>().id;
  expect((await officer.post(`/api/assets/${assetId}/control`, {})).statusCode).toBe(200);
  return { caseId, assetId };
}

const list = async (assetId: string) =>
  (await officer.get(`/api/assets/${assetId}/valuations`)).json<{ items: Valuation[] }>().items;
const poll = () => platform.services.valuation.poll();
const mean = (prices: number[]) =>
  Math.floor((2 * prices.reduce((a, b) => a + b, 0) + prices.length) / (2 * prices.length));

describe('online inquiry through the simulator', () => {
  it('goes to all three platforms at once; the price is the mean of their reports', async () => {
    base += 30 * 24 * H;
    await setClock(base);
    await delays({});
    const { caseId, assetId } = await seizedAsset('real_estate');
    const created = await officer.post(`/api/assets/${assetId}/valuations`, { method: 'online_inquiry' });
    expect(created.statusCode).toBe(201);
    const started = created.json<Valuation>();
    expect(started).toMatchObject({ method: 'online_inquiry', referencePrice: null });
    expect(started.results.map((r) => [r.platform, r.price])).toEqual([
      ['price.icbc', null],
      ['price.jd', null],
      ['price.taobao', null],
    ]);
    expect(started.dueAt).toBe(new Date(Date.parse(started.startedAt) + 72 * H).toISOString());
    // Sent at once to every platform (the simulator counts each platform's requests).
    const stats = await sim<{ institutions: Record<string, { requests?: number }> }>(
      simulator,
      'GET',
      '/sim/stats',
    );
    for (const code of ['price.taobao', 'price.jd', 'price.icbc'])
      expect(stats.institutions[code]?.requests).toBe(1);

    await poll();
    const [priced] = await list(assetId);
    expect(priced?.status).toBe('priced');
    const prices = priced?.results.map((r) => r.price) as number[];
    expect(prices.every((p) => Number.isSafeInteger(p) && p > 0)).toBe(true);
    expect(priced?.referencePrice).toBe(mean(prices));

    // The contract's shape.
    const body = (await officer.get(`/api/assets/${assetId}/valuations`)).json<{ items: unknown[] }>();
    expect(body.items[0]).toMatchObject({
      id: priced?.id,
      method: 'online_inquiry',
      status: 'priced',
      results: expect.arrayContaining([expect.objectContaining({ platform: 'price.jd', price: prices[1] })]),
      referencePrice: mean(prices),
    });
    const detail = (await officer.get(`/api/cases/${caseId}`)).json<{
      timeline: { type: string; data: Record<string, unknown> }[];
    }>();
    expect(detail.timeline.find((e) => e.type === 'valuation.priced')?.data).toEqual({
      assetId,
      valuationId: priced?.id,
      amount: mean(prices),
    });

    // The fee goes to the platform closest to the sale price (RefPrice 31).
    const target = prices[2] as number;
    const fee = await platform.database.transaction((tx) =>
      platform.services.valuation.settleFee(tx, priced?.id as string, target + 1),
    );
    expect(fee).toBe(priced?.results[2]?.platform);
  });

  it('a platform that cannot price answers without a price; the mean is of the others', async () => {
    base += 30 * 24 * H;
    await setClock(base);
    await delays({});
    const { assetId } = await seizedAsset('equity');
    await officer.post(`/api/assets/${assetId}/valuations`, { method: 'online_inquiry' });
    await poll();
    const [v] = await list(assetId);
    expect(v?.status).toBe('priced');
    const icbc = v?.results.find((r) => r.platform === 'price.icbc');
    expect(icbc).toMatchObject({ status: 'declined', price: null });
    const others = v?.results.filter((r) => r.platform !== 'price.icbc').map((r) => r.price as number) ?? [];
    expect(others).toHaveLength(2);
    expect(v?.referencePrice).toBe(mean(others));
  });

  it('delays follow the platform clock: reports after the 3 days are late, the others make the price', async () => {
    base += 30 * 24 * H;
    await setClock(base);
    await delays({ 'price.taobao': 10, 'price.jd': 100, 'price.icbc': 200 });
    const { assetId } = await seizedAsset('real_estate');
    await officer.post(`/api/assets/${assetId}/valuations`, { method: 'online_inquiry' });
    await poll();
    expect((await list(assetId))[0]?.results.map((r) => r.status)).toEqual(['waiting', 'waiting', 'waiting']);
    await setClock(base + 11 * H);
    await poll();
    let [v] = await list(assetId);
    expect(v?.status).toBe('inquiring');
    expect(v?.results.find((r) => r.platform === 'price.taobao')?.status).toBe('priced');
    await setClock(base + 72 * H + 60_000);
    await poll();
    [v] = await list(assetId);
    expect(v?.status).toBe('priced');
    expect(v?.extended).toBe(false); // someone reported: no extension for the others
    const taobao = v?.results.find((r) => r.platform === 'price.taobao')?.price;
    expect(v?.referencePrice).toBe(taobao);
    expect(v?.results.filter((r) => r.status === 'late').map((r) => r.platform)).toEqual([
      'price.icbc',
      'price.jd',
    ]);
  });

  it('nobody in 3 days: one extension of 3 days; reports in it count', async () => {
    base += 30 * 24 * H;
    await setClock(base);
    await delays({ 'price.taobao': 100, 'price.jd': 130, 'price.icbc': 150 });
    const { assetId } = await seizedAsset('real_estate');
    await officer.post(`/api/assets/${assetId}/valuations`, { method: 'online_inquiry' });
    await setClock(base + 73 * H);
    await poll();
    let [v] = await list(assetId);
    expect(v).toMatchObject({
      status: 'inquiring',
      extended: true,
      dueAt: new Date(Date.parse(v?.startedAt as string) + 144 * H).toISOString(),
    });
    await setClock(base + 145 * H);
    await poll();
    [v] = await list(assetId);
    expect(v?.status).toBe('priced');
    const inTime = v?.results.filter((r) => r.status === 'priced').map((r) => r.price as number) ?? [];
    expect(v?.results.map((r) => r.status)).toEqual(['late', 'priced', 'priced']);
    expect(v?.referencePrice).toBe(mean(inTime));
  });

  it('nobody even after the extension: no result, then appraisal by 3 agencies drawn verifiably', async () => {
    base += 30 * 24 * H;
    await setClock(base);
    await delays({ 'price.taobao': 500, 'price.jd': 500, 'price.icbc': 500 });
    const { caseId, assetId } = await seizedAsset('real_estate');
    // Appraisal first is refused: the order of methods (RefPrice 2).
    const early = await officer.post(`/api/assets/${assetId}/valuations`, { method: 'appraisal' });
    expect(early.statusCode).toBe(409);
    expect(early.json().violations[0]).toMatchObject({ ruleId: 'valuation.method_order' });
    await officer.post(`/api/assets/${assetId}/valuations`, { method: 'online_inquiry' });
    await setClock(base + 73 * H);
    await poll();
    await setClock(base + 145 * H);
    await poll();
    expect((await list(assetId))[0]?.status).toBe('failed');
    await delays({});

    const appraisal = await officer.post(`/api/assets/${assetId}/valuations`, { method: 'appraisal' });
    expect(appraisal.statusCode).toBe(201);
    const a = appraisal.json<Valuation>();
    expect(a.status).toBe('appraising');
    expect(a.draw?.result).toHaveLength(3);
    expect(a.agencies).toEqual(a.draw?.result);
    // Anyone — no session — reads the draw and recomputes it from the seed and the list.
    const published = await platform.anonymous.get(`/api/valuations/${a.id}/draw`);
    expect(published.statusCode).toBe(200);
    const record = published.json<{ seed: string; list: string[]; result: string[]; matches: boolean }>();
    expect(record.matches).toBe(true);
    expect(draw(record.seed, record.list, 3)).toEqual(record.result);
    expect(record.list.length).toBeGreaterThanOrEqual(8);
    const detail = (await officer.get(`/api/cases/${caseId}`)).json<{
      timeline: { type: string; data: Record<string, unknown> }[];
    }>();
    const started = detail.timeline.filter((e) => e.type === 'valuation.started').at(-1);
    expect(started?.data.draw).toMatchObject({ seed: record.seed, result: record.result });
  });

  it('a platform that refuses the inquiry keeps the reason, is tried again, and counts as late', async () => {
    base += 30 * 24 * H;
    await setClock(base);
    await delays({});
    // A fourth platform on the list whose endpoint does not answer as a platform (last test: it stays listed).
    await platform.services.valuation.importPlatforms(
      platformActor,
      [{ code: 'price.gone', name: '已停止服务的询价平台', endpoint: `${simulator.url}/price/price.gone` }],
      { secret: TEST_ASSIST_SECRET },
    );
    const { assetId } = await seizedAsset('real_estate');
    await officer.post(`/api/assets/${assetId}/valuations`, { method: 'online_inquiry' });
    const listed = (await officer.get(`/api/assets/${assetId}/valuations`)).json<{
      items: { status: string; results: { platform: string; status: string; reason: string | null }[] }[];
    }>();
    const gone = listed.items[0]?.results.find((r) => r.platform === 'price.gone');
    expect(gone?.status).toBe('waiting');
    expect(gone?.reason).toContain('HTTP 404');
    await poll();
    expect((await list(assetId))[0]?.status).toBe('inquiring');
    await setClock(base + 73 * H);
    await poll();
    const [v] = await list(assetId);
    expect(v?.status).toBe('priced');
    expect(v?.results.find((r) => r.platform === 'price.gone')?.status).toBe('late');
    const inTime = v?.results.filter((r) => r.status === 'priced').map((r) => r.price as number) ?? [];
    expect(inTime).toHaveLength(3);
    expect(v?.referencePrice).toBe(mean(inTime));
  });
});
