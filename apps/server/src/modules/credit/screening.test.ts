import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDIT_CODE, filing, idNumber } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { eventually } from '../../test/simulator';
import { subjectDigest } from './changes';

let platform: TestPlatform;
let officer: Client;
let admin: Client;
beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  admin = await platform.as('admin');
  await admin.post('/api/admin/clock', { now: '2025-09-26T09:00:00+08:00' });
  officer = await platform.as('officer');
});
afterAll(() => platform.close());

interface Answer {
  listed?: boolean;
  restricted?: boolean;
  measures?: string[];
  cases?: { caseNumber: string; court: string }[];
  error?: string;
}

async function partnerKey(sector: string, scopes = ['screen', 'changes'], ratePerMinute = 100_000) {
  const created = await admin.post('/api/admin/partner-keys', {
    name: `${sector} 合作单位`,
    sector,
    purpose: '依《限制消费规定》拒绝高消费',
    scopes,
    ratePerMinute,
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json<{ id: string; key: string; digestKey: string }>();
}

const screen = (key: string | null, subjects: unknown[]) =>
  platform.app.inject({
    method: 'POST',
    url: '/api/partner/v1/screen',
    headers: key ? { authorization: `Bearer ${key}` } : {},
    payload: { subjects },
  });
const answers = async (key: string, subjects: unknown[]) =>
  (await screen(key, subjects)).json<{ results: Answer[] }>().results;

async function fileCase(debtors: unknown[]) {
  const { id } = (await officer.post('/api/cases', filing({ debtors }))).json<{ id: string }>();
  const detail = (await officer.get(`/api/cases/${id}`)).json<{
    caseNumber: string;
    debtors: { id: string }[];
  }>();
  return { caseId: id, caseNumber: detail.caseNumber, debtorIds: detail.debtors.map((d) => d.id) };
}
const person = (number: string, name = '孙某') => ({ kind: 'person', name, idNumber: number });

describe('POST /api/partner/v1/screen', () => {
  it('needs a valid key with the screen scope (401, 403) and at most 1,000 subjects (413)', async () => {
    expect((await screen(null, [])).statusCode).toBe(401);
    expect((await screen('zxp_nonsense', [])).statusCode).toBe(401);
    const feedOnly = await partnerKey('bank', ['changes']);
    expect((await screen(feedOnly.key, [])).statusCode).toBe(403);
    const airline = await partnerKey('airline');
    const many = Array.from({ length: 1001 }, () => ({ idNumber: idNumber() }));
    expect((await screen(airline.key, many)).statusCode).toBe(413);
    const revoked = await partnerKey('railway');
    expect((await admin.post(`/api/admin/partner-keys/${revoked.id}/revoke`)).statusCode).toBe(200);
    // The key cache holds for a few seconds: the revocation takes effect within them.
    await eventually(
      async () => (await screen(revoked.key, [])).statusCode,
      (status) => status === 401,
      10_000,
    );
  });

  it('answers in order, errors per subject, sector measures, bound persons, digests', async () => {
    const debtor = idNumber('19700101', '311');
    const representative = idNumber('19750315', '002');
    const listed = await fileCase([person(debtor)]);
    await officer.post(`/api/cases/${listed.caseId}/dishonest-listings`, {
      debtorId: listed.debtorIds[0],
      ground: 1,
      facts: '拒不履行',
    });
    const entity = await fileCase(filing().debtors);
    await officer.post(`/api/cases/${entity.caseId}/restrictions`, { debtorId: entity.debtorIds[0] });
    const airline = await partnerKey('airline');
    const bank = await partnerKey('bank');
    const subjects = [
      { idNumber: debtor },
      { idNumber: '110105197001013110' },
      { idNumber: representative },
      { creditCode: CREDIT_CODE },
      { digest: subjectDigest(airline.digestKey, debtor) },
      { idNumber: idNumber('19900101', '555') },
      { passport: 'E123' },
    ];
    const results = await eventually(
      () => answers(airline.key, subjects),
      (r) => r[0]?.listed === true && r[3]?.restricted === true,
      10_000,
    );
    expect(results[0]).toEqual({
      listed: true,
      restricted: true,
      measures: ['flights'],
      cases: [{ caseNumber: listed.caseNumber, court: '北京市朝阳区人民法院' }],
    });
    // The reason is said, in the request's language (not an object's default text).
    expect(results[1]?.error).toMatch(/^idNumber：[^[]+$/);
    expect(results[2]).toMatchObject({
      listed: false,
      restricted: true,
      measures: ['flights'],
      cases: [{ caseNumber: entity.caseNumber }],
    });
    expect(results[3]).toMatchObject({ listed: false, restricted: true });
    expect(results[4]).toEqual(results[0]);
    expect(results[5]).toEqual({ listed: false, restricted: false, measures: [], cases: [] });
    expect(results[6]?.error).toBeDefined();
    const forBank = await answers(bank.key, [{ idNumber: debtor }]);
    expect(forBank[0]?.measures).toEqual(['real_estate', 'vehicles', 'wealth_products']);
    await platform.services.partners.flushCalls();
    const log = await platform.database.sql.executeSql(
      'select subjects, hits, errors, purpose from screening_calls where partner_id = $1',
      [airline.id],
    );
    expect(log.rows.at(-1)).toMatchObject({ subjects: 7, hits: 4, errors: 2 });
    const stored = JSON.stringify(log.rows);
    expect(stored).not.toContain(debtor);
  });

  it('asks for the key before reading the body, and answers hostile subjects one by one, never a 500', async () => {
    const stranger = await platform.app.inject({
      method: 'POST',
      url: '/api/partner/v1/screen',
      headers: { 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(stranger.statusCode).toBe(401);
    const airline = await partnerKey('airline');
    const malformed = await platform.app.inject({
      method: 'POST',
      url: '/api/partner/v1/screen',
      headers: { authorization: `Bearer ${airline.key}`, 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toMatch(/application\/problem\+json/);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue(), { maxLength: 20 }), async (subjects) => {
        const response = await screen(airline.key, [
          { idNumber: 'a\u0000b' },
          { idNumber: '\ud800' },
          ...subjects,
        ]);
        expect(response.statusCode, response.body).toBe(200);
        const results = response.json<{ results: Answer[] }>().results;
        expect(results).toHaveLength(subjects.length + 2);
        expect(results[0]?.error).toBeDefined();
        expect(results[1]?.error).toBeDefined();
      }),
      { numRuns: 50 },
    );
  });

  it('limits each key to its calls a minute (429)', async () => {
    const slow = await partnerKey('hotel', ['screen'], 2);
    expect((await screen(slow.key, [])).statusCode).toBe(200);
    expect((await screen(slow.key, [])).statusCode).toBe(200);
    const refused = await screen(slow.key, []);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
  });

  it('feeds changes by cursor, in order, deletions naming whom they concern', async () => {
    const bank = await partnerKey('bank', ['changes']);
    const feed = (after: number) =>
      platform.app.inject({
        method: 'GET',
        url: `/api/partner/v1/changes?after=${after}`,
        headers: { authorization: `Bearer ${bank.key}` },
      });
    const start = (await feed(0)).json<{ next: number }>().next;
    const number = idNumber('19660606', '611');
    const { caseId, debtorIds } = await fileCase([person(number)]);
    const listing = (
      await officer.post(`/api/cases/${caseId}/dishonest-listings`, {
        debtorId: debtorIds[0],
        ground: 1,
        facts: '拒不履行',
      })
    ).json<{ id: string }>();
    await officer.post(`/api/cases/${caseId}/dishonest-listings/${listing.id}/deletion`, {
      reason: 'applicant_request',
    });
    const page = (await feed(start)).json<{
      items: { seq: number; change: string; active: boolean; subjects: string[]; measures: string[] }[];
      next: number;
    }>();
    expect(page.items.map((i) => [i.change, i.active])).toEqual([
      ['restricted', true],
      ['listed', true],
      ['deleted', false],
    ]);
    const digest = subjectDigest(bank.digestKey, number);
    expect(page.items.every((i) => i.subjects.includes(digest))).toBe(true);
    expect(page.items[1]?.measures).toContain('wealth_products');
    expect(page.next).toBe(page.items.at(-1)?.seq);
    expect((await feed(page.next)).json().items).toEqual([]);
  });
});

describe('screening against the database as the oracle', () => {
  it('agrees with SQL for random listings (grace periods, fixed periods), restrictions, deletions and liftings', async () => {
    const pool = Array.from({ length: 6 }, (_, i) => idNumber(`1980010${i + 1}`, `7${i}1`));
    const railway = await partnerKey('railway');
    const { caseId, debtorIds } = await fileCase(pool.map((n, i) => person(n, `债务人${i}`)));
    const op = fc.record({
      kind: fc.constantFrom('list', 'restrict', 'delete', 'lift', 'list_fixed', 'list_grace'),
      who: fc.integer({ min: 0, max: pool.length - 1 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async (ops) => {
        for (const { kind, who } of ops) {
          const debtorId = debtorIds[who];
          const state = (await officer.get(`/api/cases/${caseId}/credit`)).json<{
            listings: { id: string; debtorId: string; endedOn: string | null; ground: number }[];
            restrictions: { id: string; debtorId: string; endedOn: string | null }[];
          }>();
          const listing = state.listings.find(
            (l) => l.debtorId === debtorId && l.endedOn === null && l.ground === 1,
          );
          const restriction = state.restrictions.find((r) => r.debtorId === debtorId && r.endedOn === null);
          if (kind.startsWith('list')) {
            const ground = kind === 'list_fixed' ? 4 : 1;
            const graceMonths = kind === 'list_grace' ? 1 : 0;
            await officer.post(`/api/cases/${caseId}/dishonest-listings`, {
              debtorId,
              ground,
              graceMonths,
              facts: '拒不履行',
            });
          }
          if (kind === 'restrict') await officer.post(`/api/cases/${caseId}/restrictions`, { debtorId });
          if (kind === 'delete' && listing)
            await officer.post(`/api/cases/${caseId}/dishonest-listings/${listing.id}/deletion`, {
              reason: 'performed',
            });
          if (kind === 'lift' && restriction)
            await officer.post(`/api/cases/${caseId}/restrictions/${restriction.id}/lift`, {
              reason: 'security',
            });
        }
        const oracle = await platform.database.sql.executeSql(
          `select p.id_number,
                  exists (select 1 from credit_listings l where l.id_number = p.id_number and l.ended_on is null
                           and l.in_force_from <= $1 and (l.ends_on is null or l.ends_on >= $1)) as listed,
                  exists (select 1 from credit_restrictions r where r.id_number = p.id_number and r.ended_on is null
                           and r.in_force_from <= $1) as restricted
             from unnest($2::text[]) as p(id_number)`,
          ['2025-09-26', pool],
        );
        const expected = oracle.rows.map((row) => ({
          listed: row.listed,
          restricted: row.listed || row.restricted,
        }));
        const results = await eventually(
          async () =>
            (
              await answers(
                railway.key,
                pool.map((n) => ({ idNumber: n })),
              )
            ).map((r) => ({ listed: r.listed, restricted: r.restricted })),
          (r) => JSON.stringify(r) === JSON.stringify(expected),
          5_000,
        ).catch(() => null);
        expect(results).toEqual(expected);
      }),
      { numRuns: 8 },
    );
  });
});
