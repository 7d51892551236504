import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { currentReferencePrice } from './service';

let platform: TestPlatform;
let officer: Client;
beforeAll(async () => {
  platform = await createTestPlatform();
  officer = await platform.as('officer');
});
afterAll(() => platform.close());

export interface Valuation {
  id: string;
  method: string;
  status: string;
  results: { platform: string; price: number | null; status: string }[];
  referencePrice: number | null;
  determinedOn: string | null;
  validUntil: string | null;
}

/** A case with a house found offline and seized: property to be sold. */
async function seizedHouse(client: Client = officer) {
  const { id: caseId } = (await client.post('/api/cases', filing({ claimAmount: 30_000_000 }))).json<{
    id: string;
  }>();
  const issued = await client.post(`/api/cases/${caseId}/documents`, { kinds: ['execution_notice'] });
  const evidence = issued.json<{ items: { id: string }[] }>().items[0]?.id as string;
  const detail = (await client.get(`/api/cases/${caseId}`)).json<{ debtors: { id: string }[] }>();
  const created = await client.post(`/api/cases/${caseId}/assets`, {
    partyId: detail.debtors[0]?.id,
    category: 'real_estate',
    institution: { name: '北京市朝阳区不动产登记中心' },
    assetRef: `京(2020)朝阳区不动产权第${Math.floor(Math.random() * 1e7)}号`,
    description: '朝阳区某小区3号楼502室',
    value: 150_000_000,
    evidence: [evidence],
  });
  expect(created.statusCode).toBe(201);
  const assetId = created.json<{ id: string }>().id;
  const seized = await client.post(`/api/assets/${assetId}/control`, {});
  expect(seized.statusCode).toBe(200);
  return { caseId, assetId };
}

describe('POST /api/assets/:id/valuations — agreement', () => {
  it('refuses without a session (401), bad input (400), without the permission (403), elsewhere (404)', async () => {
    const { assetId } = await seizedHouse();
    const body = { method: 'agreement', price: 120_000_000 };
    expect((await platform.anonymous.post(`/api/assets/${assetId}/valuations`, body)).statusCode).toBe(401);
    const bad = await officer.post(`/api/assets/${assetId}/valuations`, { method: 'agreement', price: -5 });
    expect(bad.statusCode).toBe(400);
    const finance = await platform.as('finance');
    expect((await finance.post(`/api/assets/${assetId}/valuations`, body)).statusCode).toBe(403);
    const other = await platform.as('officer2');
    expect((await other.post(`/api/assets/${assetId}/valuations`, body)).statusCode).toBe(404);
    expect((await other.get(`/api/assets/${assetId}/valuations`)).statusCode).toBe(404);
    const missing = await officer.post(`/api/assets/${assetId}/valuations`, { method: 'agreement' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].path).toBe('price');
  });

  it('sets the price at once, valid one year, records valuation.priced and meets valuation.start', async () => {
    const { caseId, assetId } = await seizedHouse();
    const before = (await officer.get(`/api/cases/${caseId}`)).json<{
      deadlines: { ruleId: string; key: string; status: string }[];
    }>();
    expect(before.deadlines.find((d) => d.ruleId === 'valuation.start' && d.key === assetId)?.status).toBe(
      'open',
    );
    const created = await officer.post(`/api/assets/${assetId}/valuations`, {
      method: 'agreement',
      price: 120_000_000,
    });
    expect(created.statusCode).toBe(201);
    const valuation = created.json<Valuation>();
    expect(valuation).toMatchObject({ method: 'agreement', status: 'priced', referencePrice: 120_000_000 });
    const today = platform.services.valuation.today();
    expect(valuation.determinedOn).toBe(today);
    const [y, m, d] = today.split('-');
    expect(valuation.validUntil).toBe(`${Number(y) + 1}-${m}-${d === '29' && m === '02' ? '28' : d}`);

    const listed = (await officer.get(`/api/assets/${assetId}/valuations`)).json<{ items: Valuation[] }>();
    expect(listed.items.map((i) => [i.id, i.method, i.status, i.referencePrice])).toEqual([
      [valuation.id, 'agreement', 'priced', 120_000_000],
    ]);
    expect(listed.items[0]?.results).toEqual([]);

    const price = await currentReferencePrice(platform.database, assetId);
    expect(price).toEqual({
      valuationId: valuation.id,
      amount: 120_000_000,
      method: 'agreement',
      determinedOn: today,
      validUntil: valuation.validUntil,
    });
    expect(await currentReferencePrice(platform.database.db, assetId)).toEqual(price);

    const after = (await officer.get(`/api/cases/${caseId}`)).json<{
      timeline: { type: string; data: Record<string, unknown> }[];
      deadlines: { ruleId: string; key: string; status: string }[];
    }>();
    expect(after.timeline.find((e) => e.type === 'valuation.priced')?.data).toEqual({
      assetId,
      valuationId: valuation.id,
      amount: 120_000_000,
    });
    expect(after.deadlines.find((d) => d.ruleId === 'valuation.start' && d.key === assetId)?.status).toBe(
      'met',
    );
    expect(after.deadlines.find((d) => d.ruleId === 'auction.start' && d.key === assetId)?.status).toBe(
      'open',
    );
  });

  it('a new agreed price supersedes the old one', async () => {
    const { assetId } = await seizedHouse();
    await officer.post(`/api/assets/${assetId}/valuations`, { method: 'agreement', price: 100_000_000 });
    const second = (
      await officer.post(`/api/assets/${assetId}/valuations`, { method: 'agreement', price: 110_000_000 })
    ).json<Valuation>();
    const listed = (await officer.get(`/api/assets/${assetId}/valuations`)).json<{ items: Valuation[] }>();
    expect(listed.items.map((i) => i.status)).toEqual(['priced', 'superseded']);
    expect((await currentReferencePrice(platform.database, assetId))?.valuationId).toBe(second.id);
  });
});
