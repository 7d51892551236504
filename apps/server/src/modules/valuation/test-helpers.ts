/** Shared by the valuation tests. */
import { expect } from 'vitest';
import { filing } from '../../test/factories';
import type { Client } from '../../test/platform';

/** A case with a house found offline and seized: property to be sold. */
export async function seizedHouse(client: Client) {
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
