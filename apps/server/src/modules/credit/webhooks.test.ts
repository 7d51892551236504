import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ReplayGuard, verify } from '@zhixing/assist-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumber } from '../../test/factories';
import { createTestPlatform, type TestPlatform } from '../../test/platform';
import { eventually } from '../../test/simulator';
import { listedPerson } from './test-listing';

/** A partner's endpoint that refuses the first `failures` deliveries (500), then takes them. */
function receiver(failures: number) {
  const received: { verified: string | null; seqs: number[]; changes: string[] }[] = [];
  let refused = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (refused < failures) {
        refused += 1;
        response.writeHead(500).end();
        return;
      }
      const body = Buffer.concat(chunks);
      const parts = { method: 'POST', path: request.url ?? '/', body };
      const failure = verify(secret, parts, request.headers, replay);
      const items = (JSON.parse(body.toString()) as { items: { seq: number; change: string }[] }).items;
      received.push({
        verified: failure,
        seqs: items.map((i) => i.seq),
        changes: items.map((i) => i.change),
      });
      response.writeHead(204).end();
    });
  });
  let secret = '';
  const replay = new ReplayGuard();
  return {
    server,
    received,
    refusals: () => refused,
    setSecret: (value: string) => {
      secret = value;
    },
  };
}

let platform: TestPlatform;
const partner = receiver(2);
beforeAll(async () => {
  await new Promise<void>((resolve) => partner.server.listen(0, '127.0.0.1', resolve));
  platform = await createTestPlatform({ workers: true });
});
afterAll(async () => {
  await platform.close();
  partner.server.close();
});

describe('webhook deliveries', () => {
  it('retries a failing endpoint with backoff and delivers every change once accepted, signed, in order', async () => {
    const admin = await platform.as('admin');
    const officer = await platform.as('officer');
    const { port } = partner.server.address() as AddressInfo;
    const created = await admin.post('/api/admin/partner-keys', {
      name: '某银行',
      sector: 'bank',
      purpose: '拒绝向失信被执行人销售高额理财产品',
      scopes: ['changes'],
      webhookUrl: `http://127.0.0.1:${port}/zhixing/changes?x=1`,
    });
    expect(created.statusCode, created.body).toBe(201);
    partner.setSecret(created.json<{ webhookSecret: string }>().webhookSecret);
    const number = idNumber('19770707', '771');
    const { caseId: id, listingId } = await listedPerson(officer, '吴某', number);
    await officer.post(`/api/cases/${id}/dishonest-listings/${listingId}/deletion`, { reason: 'performed' });
    await eventually(
      async () => partner.received.flatMap((r) => r.changes),
      (changes) => changes.includes('lifted'),
      30_000,
    );
    expect(partner.refusals()).toBe(2);
    expect(partner.received.every((r) => r.verified === null)).toBe(true);
    const seqs = partner.received.flatMap((r) => r.seqs);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(partner.received.flatMap((r) => r.changes)).toEqual(['restricted', 'listed', 'deleted', 'lifted']);
  }, 60_000);
});
