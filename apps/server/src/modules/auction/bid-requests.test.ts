import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { BID_RATE } from './bid-requests';
import { type PersonClient, planFrom, pricedHouse, setClock, signUp } from './test-helpers';

let platform: TestPlatform;
let officer: Client;
let auctionId: string;
let alice: PersonClient;
let bob: PersonClient;
const HOUR = 3_600_000;

beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  officer = await platform.as('officer');
  setClock(platform, new Date());
  const { assetId } = await pricedHouse(officer);
  const plan = planFrom(platform.clock.now());
  const created = await officer.post(`/api/assets/${assetId}/auctions`, plan);
  expect(created.statusCode, created.body).toBe(201);
  auctionId = created.json().id;
  alice = await signUp(platform, { name: 'Alice' });
  bob = await signUp(platform, { name: 'Bob' });
  for (const who of [alice, bob])
    expect(
      (await who.post(`/api/auctions/${auctionId}/bidders`, { declaresNoConflict: true })).statusCode,
    ).toBe(201);
  setClock(platform, new Date(new Date(plan.startsAt).getTime() + HOUR));
});
afterAll(() => platform.close());

const bid = (who: PersonClient, amount: number, key?: string) =>
  platform.app.inject({
    method: 'POST',
    url: `/api/auctions/${auctionId}/bids`,
    headers: {
      cookie: who.cookie,
      'x-csrf-token': who.csrfToken,
      'accept-language': 'zh-CN',
      ...(key ? { 'idempotency-key': key } : {}),
    },
    payload: { amount },
  });

const bidCount = async () =>
  (await platform.anonymous.get(`/api/public/auctions/${auctionId}`)).json<{ bids: unknown[] }>().bids.length;

describe('POST /api/auctions/:id/bids with Idempotency-Key', () => {
  it('a malformed key is a 400 naming the header', async () => {
    const bad = await bid(alice, 700_000_00, 'short');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('Idempotency-Key');
  });

  it('the same key answers with the same bid and places no second one', async () => {
    const first = await bid(alice, 700_000_00, 'alice-bid-0001');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const retried = await bid(alice, 700_000_00, 'alice-bid-0001');
    expect(retried.statusCode).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    expect(retried.json()).toEqual(first.json());
    expect(await bidCount()).toBe(1);
  });

  it('concurrent duplicates: one bid, every answer the same', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => bid(bob, 701_000_00, 'bob-bid-0001')));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.json().seq))).toEqual(new Set([2]));
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(4);
    expect(await bidCount()).toBe(2);
  });

  it('the key reused for another amount is refused; a refused bid leaves the key free', async () => {
    const other = await bid(alice, 705_000_00, 'alice-bid-0001');
    expect(other.statusCode).toBe(409);
    expect(other.json().detail).toContain('Idempotency-Key');
    // Below the increment: 409 naming the rule, and nothing is kept under the key.
    const refused = await bid(alice, 701_500_00, 'alice-bid-0002');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().violations[0].ruleId).toBe('auction.increment');
    const corrected = await bid(alice, 701_500_00, 'alice-bid-0002');
    expect(corrected.statusCode).toBe(409);
    expect(corrected.headers['idempotent-replayed']).toBeUndefined();
    expect(await bidCount()).toBe(2);
  });

  it('keys are per bidder: the same key from another bidder is another bid', async () => {
    expect((await bid(alice, 702_000_00, 'shared-key-0001')).json().seq).toBe(3);
    expect((await bid(bob, 703_000_00, 'shared-key-0001')).json().seq).toBe(4);
  });
});

describe('per-bidder rate limit', () => {
  it(`more than ${BID_RATE.max} bids in ${BID_RATE.windowSeconds} s: 429 problem+json in Chinese; others still bid`, async () => {
    const answers = [];
    // Refused bids count too: a flood of anything from one account is a flood.
    for (let i = 0; i < BID_RATE.max + 2; i += 1) answers.push(await bid(alice, 1));
    const limited = answers.filter((a) => a.statusCode === 429);
    expect(limited.length).toBeGreaterThanOrEqual(2);
    const last = limited.at(-1);
    expect(last?.headers['content-type']).toContain('application/problem+json');
    expect(last?.json().detail).toContain('出价过于频繁');
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
    // Bob is another bidder with his own budget: judged by the auction's rules (he leads), not limited.
    const bobs = await bid(bob, 704_000_00);
    expect(bobs.statusCode).toBe(409);
    expect(bobs.json().violations[0].ruleId).toBe('auction.bid_leading');
  });
});
