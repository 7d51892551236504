import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing, idNumber } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { eventually } from '../../test/simulator';

/** A partner endpoint that is down (503) until `up` is set, then takes every delivery. */
function endpoint() {
  const state = { up: false, refused: 0, changes: [] as string[], seqs: [] as number[] };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (!state.up) {
        state.refused += 1;
        response.writeHead(503).end();
        return;
      }
      const items = (
        JSON.parse(Buffer.concat(chunks).toString()) as { items: { seq: number; change: string }[] }
      ).items;
      state.changes.push(...items.map((i) => i.change));
      state.seqs.push(...items.map((i) => i.seq));
      response.writeHead(204).end();
    });
  });
  return { server, state };
}

let platform: TestPlatform;
let officer: Client;
let admin: Client;
const partner = endpoint();
beforeAll(async () => {
  await new Promise<void>((resolve) => partner.server.listen(0, '127.0.0.1', resolve));
  platform = await createTestPlatform({ clock: 'settable', workers: true });
  admin = await platform.as('admin');
  await admin.post('/api/admin/clock', { now: '2025-09-26T09:00:00+08:00' });
  officer = await platform.as('officer');
});
afterAll(async () => {
  await platform.close();
  partner.server.close();
});

/** Jobs of the queue not yet over: waiting, waiting to retry, or running. */
async function unfinishedJobs(name: string): Promise<number> {
  const { rows } = await platform.database.sql.executeSql(
    `select count(*)::int as n from pgboss.job where name = $1 and state in ('created', 'retry', 'active')`,
    [name],
  );
  return Number(rows[0]?.n);
}

interface Listing {
  id: string;
  status: string;
  endsOn: string | null;
  endedOn: string | null;
  endReason: string | null;
}
const listingsOf = async (caseId: string) =>
  (await officer.get(`/api/cases/${caseId}/credit`)).json<{ listings: Listing[] }>().listings;

async function listed(name: string, birth: string, serial: string, ground: number) {
  const debtor = { kind: 'person', name, idNumber: idNumber(birth, serial) };
  const { id } = (await officer.post('/api/cases', filing({ debtors: [debtor] }))).json<{ id: string }>();
  const debtorId = (await officer.get(`/api/cases/${id}`)).json<{ debtors: { id: string }[] }>().debtors[0]
    ?.id;
  const created = await officer.post(`/api/cases/${id}/dishonest-listings`, {
    debtorId,
    ground,
    facts: '违反限制消费令',
  });
  expect(created.statusCode, created.body).toBe(201);
  return { caseId: id, listing: created.json<Listing>() };
}

describe('the listing-expiry tick and re-woken deliveries', () => {
  it('ends a fixed-period listing the day after its period, leaves ground 1, and feeds the deletion', async () => {
    const created = await admin.post('/api/admin/partner-keys', {
      name: '某航空公司',
      sector: 'airline',
      purpose: '拒绝向失信被执行人售票',
      scopes: ['changes'],
      webhookUrl: `http://127.0.0.1:${(partner.server.address() as AddressInfo).port}/changes`,
    });
    expect(created.statusCode, created.body).toBe(201);
    const partnerId = created.json<{ id: string }>().id;
    const fixed = await listed('孙某', '19800505', '051', 5);
    const open = await listed('周某', '19810606', '061', 1);
    const endsOn = fixed.listing.endsOn as string;
    expect(endsOn).toBe('2027-09-26');
    expect(open.listing.endsOn).toBeNull();

    // On its last day the listing stands; the tick of that day ends nothing.
    await admin.post('/api/admin/clock', { now: `${endsOn}T09:00:00+08:00` });
    expect(await platform.ticker.tick()).toContain('credit.expire-listings');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await listingsOf(fixed.caseId))[0]?.endedOn).toBeNull();

    await admin.post('/api/admin/clock', { now: '2027-09-27T09:00:00+08:00' });
    const enqueued = await platform.ticker.tick();
    expect(enqueued).toEqual(expect.arrayContaining(['credit.expire-listings', 'credit.rewake-deliveries']));
    expect(await platform.ticker.tick()).toEqual([]);
    const [ended] = await eventually(
      () => listingsOf(fixed.caseId),
      (items) => items[0]?.endedOn !== null,
      15_000,
    );
    expect(ended).toMatchObject({ endedOn: '2027-09-27', endReason: 'expired', status: 'ended' });
    expect((await listingsOf(open.caseId))[0]).toMatchObject({ endedOn: null, status: 'in_force' });
    const timeline = (await officer.get(`/api/cases/${fixed.caseId}`)).json<{
      timeline: { type: string }[];
    }>().timeline;
    expect(timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining(['listing.deletion_due', 'listing.deleted']),
    );
    const feed = await platform.database.sql.executeSql(
      `select change, active from credit_changes where record_id = $1 order by seq`,
      [fixed.listing.id],
    );
    expect(feed.rows).toEqual([
      { change: 'listed', active: true },
      { change: 'deleted', active: false },
    ]);
    const audit = await platform.database.sql.executeSql(
      `select actor_name from audit_entries where action = 'credit.expire' and subject = $1`,
      [`case:${fixed.caseId}`],
    );
    expect(audit.rows).toHaveLength(1);

    // The endpoint was down all along: the delivery's retries are spent (marked failed here, as pg-boss
    // does after the last retry). The day's rewake runs first (under load it may start late, and would
    // wake the delivery again). Nothing arrives when the endpoint comes back …
    await eventually(
      () => unfinishedJobs('credit.rewake-deliveries'),
      (n) => n === 0,
      20_000,
    );
    await eventually(
      async () => {
        await platform.database.sql.executeSql(
          `update pgboss.job set state = 'failed', completed_on = now()
            where name = 'credit.deliver' and state in ('created', 'retry')`,
        );
        return unfinishedJobs('credit.deliver');
      },
      (n) => n === 0,
      20_000,
    );
    expect(partner.state.refused).toBeGreaterThan(0);
    partner.state.up = true;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const jobs = await platform.database.sql.executeSql(
      `select name, state, created_on, started_on, completed_on from pgboss.job
        where name like 'credit.%' order by created_on`,
    );
    // The jobs are named in the message so that a delivery woken by something else says by what.
    expect(partner.state.changes, JSON.stringify(jobs.rows)).toEqual([]);

    // … until an administrator wakes it: every change after the cursor, in order.
    expect((await officer.post(`/api/admin/partner-keys/${partnerId}/redeliver`)).statusCode).toBe(403);
    const woken = await admin.post(`/api/admin/partner-keys/${partnerId}/redeliver`);
    expect(woken.statusCode, woken.body).toBe(202);
    expect(woken.json()).toMatchObject({ partnerId, deliveredSeq: 0, enqueued: true });
    expect(woken.json().pending).toBeGreaterThanOrEqual(5);
    await eventually(
      async () => partner.state.changes,
      (changes) => changes.includes('deleted'),
      15_000,
    );
    expect(partner.state.changes).toEqual(['restricted', 'listed', 'restricted', 'listed', 'deleted']);
    expect(partner.state.seqs).toEqual([...partner.state.seqs].sort((a, b) => a - b));
    const unknown = await admin.post(
      '/api/admin/partner-keys/00000000-0000-4000-8000-000000000000/redeliver',
    );
    expect(unknown.statusCode).toBe(404);
  }, 90_000);
});
