/** Shared by the auction tests: a seized, priced house; public accounts signed in through the outbox. */
import { expect } from 'vitest';
import type { SettableClock } from '../../platform/clock';
import { filing, idNumber } from '../../test/factories';
import type { Client, TestPlatform } from '../../test/platform';

/** A case with a house found offline, seized, and priced by agreement at `price` fen. */
export async function pricedHouse(
  officer: Client,
  price = 1_000_000_00,
  overrides: Record<string, unknown> = {},
) {
  const { id: caseId } = (
    await officer.post('/api/cases', filing({ claimAmount: 30_000_000, ...overrides }))
  ).json<{
    id: string;
  }>();
  const issued = await officer.post(`/api/cases/${caseId}/documents`, { kinds: ['execution_notice'] });
  const evidence = issued.json<{ items: { id: string }[] }>().items[0]?.id as string;
  const detail = (await officer.get(`/api/cases/${caseId}`)).json<{ debtors: { id: string }[] }>();
  const created = await officer.post(`/api/cases/${caseId}/assets`, {
    partyId: detail.debtors[0]?.id,
    category: 'real_estate',
    institution: { name: '北京市朝阳区不动产登记中心' },
    assetRef: `京(2020)朝阳区不动产权第${Math.floor(Math.random() * 1e7)}号`,
    description: '朝阳区某小区3号楼502室',
    value: price,
    evidence: [evidence],
  });
  expect(created.statusCode).toBe(201);
  const assetId = created.json<{ id: string }>().id;
  expect((await officer.post(`/api/assets/${assetId}/control`, {})).statusCode).toBe(200);
  const priced = await officer.post(`/api/assets/${assetId}/valuations`, { method: 'agreement', price });
  expect(priced.statusCode).toBe(201);
  return { caseId, assetId };
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** A first-round plan that meets every guard: announced now, bidding from day 31 for 24 hours. */
export function planFrom(now: Date, overrides: Record<string, unknown> = {}) {
  const startsAt = new Date(now.getTime() + 31 * DAY);
  return {
    round: 1,
    startPrice: 700_000_00,
    deposit: 70_000_00,
    increment: 1_000_00,
    announcedAt: now.toISOString(),
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 24 * HOUR).toISOString(),
    ...overrides,
  };
}

export interface PersonClient {
  post(url: string, body: unknown): ReturnType<Client['post']>;
  get(url: string): ReturnType<Client['get']>;
  cookie: string;
  csrfToken: string;
}

let serial = 0;

/** Signs up a member of the public, reads the code from the outbox, confirms it: a signed-in client. */
export async function signUp(
  platform: TestPlatform,
  options: { name?: string; id?: string; phone?: string } = {},
): Promise<PersonClient> {
  serial += 1;
  const phone =
    options.phone ?? `139${String(10_000_000 + serial * 7919 + Math.floor(Math.random() * 1000)).slice(-8)}`;
  const id =
    options.id ??
    idNumber('19900101', String(100 + (serial % 900)).padStart(3, '0'), String(110101 + serial));
  const up = await platform.anonymous.post('/api/people/signup', {
    realName: options.name ?? `竞买人${serial}`,
    idNumber: id,
    phone,
  });
  expect(up.statusCode, up.body).toBe(202);
  const code = await lastCode(platform, phone);
  const confirmed = await platform.anonymous.post('/api/people/confirm', { phone, code });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  const cookie = `zx_person=${confirmed.cookies.find((c) => c.name === 'zx_person')?.value}`;
  const csrfToken = confirmed.json<{ csrfToken: string }>().csrfToken;
  return personClient(platform, cookie, csrfToken);
}

export function personClient(platform: TestPlatform, cookie: string, csrfToken: string): PersonClient {
  return {
    cookie,
    csrfToken,
    post: (url, body) =>
      platform.app.inject({
        method: 'POST',
        url,
        headers: { cookie, 'x-csrf-token': csrfToken },
        payload: body as object,
      }),
    get: (url) => platform.app.inject({ method: 'GET', url, headers: { cookie } }),
  };
}

/** The six-digit code in the newest SMS to this phone. */
export async function lastCode(platform: TestPlatform, phone: string): Promise<string> {
  const { rows } = await platform.database.sql.executeSql(
    `select body->>'zh' as text from notify_outbox where recipient = $1 order by created_at desc limit 1`,
    [phone],
  );
  const match = /(\d{6})/.exec(String(rows[0]?.text ?? ''));
  if (!match?.[1]) throw new Error(`no code sent to ${phone}`);
  return match[1];
}

export function setClock(platform: TestPlatform, instant: Date): void {
  (platform.clock as SettableClock).set(instant);
}

/**
 * On a priced house: round 1 (start ¥700,000) and, unless `rounds` is 1, round 2 (¥560,000), each ending
 * without a bid as the platform clock passes its end.
 */
export async function failedRounds(platform: TestPlatform, officer: Client, assetId: string, rounds = 2) {
  const first = planFrom(platform.clock.now());
  const one = (await officer.post(`/api/assets/${assetId}/auctions`, first)).json<{ id: string }>();
  setClock(platform, new Date(new Date(first.endsAt).getTime() + 1));
  await platform.services.auction.sweep();
  if (rounds === 1) return { first: one.id, second: null };
  const start = platform.clock.now();
  const second = planFrom(start, {
    round: 2,
    startPrice: 560_000_00,
    deposit: 56_000_00,
    startsAt: new Date(start.getTime() + 16 * DAY).toISOString(),
    endsAt: new Date(start.getTime() + 17 * DAY).toISOString(),
  });
  const two = await officer.post(`/api/assets/${assetId}/auctions`, second);
  expect(two.statusCode, two.body).toBe(201);
  setClock(platform, new Date(new Date(second.endsAt).getTime() + 1));
  await platform.services.auction.sweep();
  return { first: one.id, second: two.json<{ id: string }>().id };
}
