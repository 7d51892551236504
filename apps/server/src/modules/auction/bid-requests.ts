import type { FastifyRequest } from 'fastify';
import type { Database } from '../../platform/db';
import { AppError, conflict, invalid } from '../../platform/errors';
import { PERSON_COOKIE, type PeopleService } from '../people/service';

/**
 * What guards `POST /api/auctions/:id/bids` before the auction service judges a bid: a per-bidder rate
 * limit and the `Idempotency-Key` header. Kept out of the service: neither is a rule of the auction,
 * both are about requests (a flood from one account, a retry after a lost answer).
 */

/** Bids one bidder may send in one window; a person typing bids never comes near it. */
export const BID_RATE = { max: 20, windowSeconds: 10 } as const;

/**
 * The route's `config.rateLimit` (@fastify/rate-limit, one in-memory counter per process): keyed by the
 * signed-in person, so one account cannot flood the auction from many addresses nor many sessions. An
 * anonymous caller is not counted: the route refuses him (400 or 401) before anything is read or written,
 * as every other route does.
 */
const ANONYMOUS = 'anonymous';

export function bidRateLimit(people: PeopleService) {
  return {
    max: BID_RATE.max,
    timeWindow: BID_RATE.windowSeconds * 1000,
    keyGenerator: async (request: FastifyRequest) => {
      const person = await people.authenticate(request.cookies[PERSON_COOKIE]).catch(() => null);
      return person ? `bidder:${person.id}` : ANONYMOUS;
    },
    allowList: (_request: FastifyRequest, key: string) => key === ANONYMOUS,
    errorResponseBuilder: (_request: FastifyRequest, context: { ttl: number }) =>
      new AppError(
        'rate_limited',
        {
          zh: `出价过于频繁：每${BID_RATE.windowSeconds}秒最多${BID_RATE.max}次，请稍后再试`,
          en: `Too many bids: at most ${BID_RATE.max} every ${BID_RATE.windowSeconds} seconds; try again later`,
        },
        { retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)) },
      ),
  };
}

/** How long a duplicate waits for the first request with its key to finish. */
const WAIT_MS = 5_000;
const STEP_MS = 50;
/** A claim being worked on: no answer stored yet. */
const IN_FLIGHT = 0;

const CLAIM = `insert into idempotency_keys (user_id, key, fingerprint, status, body, created_at)
  values ($1, $2, $3, ${IN_FLIGHT}, '{}'::jsonb, $4) on conflict do nothing returning key`;
const STORE = 'update idempotency_keys set status = $3, body = $4 where user_id = $1 and key = $2';
const RELEASE = `delete from idempotency_keys where user_id = $1 and key = $2 and status = ${IN_FLIGHT}`;
const READ = 'select fingerprint, status, body from idempotency_keys where user_id = $1 and key = $2';

export interface BidClaim {
  personId: string;
  key: string | undefined;
  auctionId: string;
  amount: number;
  now: Date;
}

/**
 * Places a bid once per (bidder, key): the same key answers with the first answer, and no second bid
 * is made. The bid commits in the auction service's own transaction, so the key is claimed first (a row
 * with no answer), the bid placed, then its answer stored; a refused or failed bid releases the claim
 * (nothing was written, a retry is judged afresh). A duplicate arriving while the first is in flight
 * waits for its answer. If the process dies between the bid's commit and storing the answer the claim
 * stays unanswered: a retry gets 409 (never a second bid) and the bid list shows what happened.
 */
export async function bidOnce<T>(
  database: Database,
  claim: BidClaim,
  place: () => Promise<T>,
): Promise<{ body: T; replayed: boolean }> {
  const { personId, key } = claim;
  if (key === undefined) return { body: await place(), replayed: false };
  if (!/^[\w.:-]{8,128}$/.test(key))
    throw invalid('Idempotency-Key', {
      zh: '须为8至128个字母、数字或 ._:- 字符',
      en: 'must be 8–128 letters, digits or ._:-',
    });
  const fingerprint = `POST /api/auctions/${claim.auctionId}/bids ${claim.amount}`;
  const sql = database.sql;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const claimed = await sql.executeSql(CLAIM, [personId, key, fingerprint, claim.now], { prepare: true });
    if (claimed.rows.length > 0) {
      try {
        const body = await place();
        await sql.executeSql(STORE, [personId, key, 201, body], { prepare: true });
        return { body, replayed: false };
      } catch (error) {
        await sql.executeSql(RELEASE, [personId, key], { prepare: true });
        throw error;
      }
    }
    const [stored] = (await sql.executeSql(READ, [personId, key], { prepare: true })).rows as {
      fingerprint: string;
      status: number;
      body: T;
    }[];
    if (stored && stored.fingerprint !== fingerprint)
      throw conflict({
        zh: '此 Idempotency-Key 已用于另一请求',
        en: 'This Idempotency-Key was used for a different request',
      });
    if (stored && stored.status !== IN_FLIGHT) return { body: stored.body, replayed: true };
    // In flight (or released by a failed first attempt: the next turn claims it afresh).
    if (Date.now() > deadline)
      throw conflict({
        zh: '使用同一 Idempotency-Key 的出价仍在处理中，请查看出价记录',
        en: 'A bid with this Idempotency-Key is still being processed; see the bid list',
      });
    await new Promise((resolve) => setTimeout(resolve, STEP_MS));
  }
}
