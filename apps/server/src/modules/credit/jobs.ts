/**
 * Webhook deliveries of the change feed (联合惩戒推送): a job per subscribed partner, enqueued in the
 * transaction of every change (one waiting job per partner, however many changes). A delivery posts
 * the changes after the partner's cursor, signed as the assist protocol signs, and advances the cursor
 * only on a 2xx answer: nothing lost, nothing out of order. A failure throws, and pg-boss retries
 * with backoff; a later change wakes the delivery again, and the cursor feed lets the partner catch up.
 */
import { sign } from '@zhixing/assist-protocol';
import { eq, gt, sql } from 'drizzle-orm';
import type { Database, Tx } from '../../platform/db';
import type { Jobs, QueueSpec } from '../../platform/jobs';
import type { DailyTask } from '../../platform/ticker';
import { DELIVER_QUEUE } from './changes';
import { presentChange } from './partners';
import type { Sector } from './rules';
import { creditChanges, partnerKeys } from './schema';

/** Who signs: the platform, in the assist protocol's institution header. */
export const WEBHOOK_SIGNER = 'zhixing';
const PAGE = 200;
const TIMEOUT_MS = 10_000;

/** Every day: fixed-period listings whose period ran out end (Dishonest 10 ¶2). */
export const EXPIRE_LISTINGS: DailyTask = { name: 'credit.expire-listings', queue: 'credit.expire-listings' };
/**
 * Every day: deliveries that exhausted their retries (a partner endpoint down for hours) are woken
 * again for every partner whose cursor is behind the feed; an administrator can do it at once.
 */
export const REWAKE_DELIVERIES: DailyTask = {
  name: 'credit.rewake-deliveries',
  queue: 'credit.rewake-deliveries',
};

export const creditQueues: (QueueSpec | string)[] = [
  EXPIRE_LISTINGS.queue,
  REWAKE_DELIVERIES.queue,
  {
    name: DELIVER_QUEUE,
    policy: 'short',
    retryLimit: 12,
    retryDelay: 1,
    retryBackoff: true,
    expireInSeconds: 120,
  },
];

export class WebhookDelivery {
  /** Each partner's delivery under way in this process: the next waits for it and reads its cursor. */
  private readonly running = new Map<string, Promise<number>>();

  constructor(private readonly database: Database) {}

  /**
   * Delivers every pending change to the partner, a page at a time. No lock is held over the HTTP call
   * (on the embedded database it would stop every other statement); in one process a partner's
   * deliveries run one after the other (a retry and a wake-up would otherwise post the same page
   * twice). Across processes two may still race: a page sent twice, never one out of order, and
   * receivers skip a `seq` they have applied already.
   */
  deliver(partnerId: string): Promise<number> {
    const before = this.running.get(partnerId) ?? Promise.resolve(0);
    const next = before.catch(() => 0).then(() => this.deliverPending(partnerId));
    this.running.set(partnerId, next);
    const forget = () => {
      if (this.running.get(partnerId) === next) this.running.delete(partnerId);
    };
    next.then(forget, forget);
    return next;
  }

  private async deliverPending(partnerId: string): Promise<number> {
    const db = this.database.db;
    let delivered = 0;
    for (;;) {
      const [partner] = await db.select().from(partnerKeys).where(eq(partnerKeys.id, partnerId));
      if (!partner?.webhookUrl || !partner.webhookSecret || partner.revokedAt !== null) return delivered;
      const rows = await db
        .select()
        .from(creditChanges)
        .where(gt(creditChanges.seq, partner.deliveredSeq))
        .orderBy(creditChanges.seq)
        .limit(PAGE);
      if (rows.length === 0) return delivered;
      const items = rows.map((row) => presentChange(row, partner.sector as Sector));
      await post(partner.webhookUrl, partner.webhookSecret, JSON.stringify({ partnerId, items }));
      const last = rows.at(-1)?.seq ?? partner.deliveredSeq;
      await db
        .update(partnerKeys)
        .set({ deliveredSeq: sql`greatest(${partnerKeys.deliveredSeq}, ${last})` })
        .where(eq(partnerKeys.id, partnerId));
      delivered += rows.length;
      if (rows.length < PAGE) return delivered;
    }
  }
}

async function post(url: string, secret: string, body: string): Promise<void> {
  const target = new URL(url);
  const headers = sign(WEBHOOK_SIGNER, secret, {
    method: 'POST',
    path: `${target.pathname}${target.search}`,
    body,
  });
  const response = await fetch(target, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`webhook ${target.host} answered ${response.status}`);
}

/**
 * Enqueues the delivery of every subscribed, unrevoked partner whose cursor is behind the feed (or of
 * the one named), in the caller's transaction; answers the partners woken. A delivery already waiting
 * absorbs the new one (singleton per partner).
 */
export async function rewakeDeliveries(tx: Tx, jobs: Jobs, partnerId?: string): Promise<string[]> {
  const { rows } = await tx.sql.executeSql(
    `select id from partner_keys
      where webhook_url is not null and revoked_at is null
        and delivered_seq < (select coalesce(max(seq), 0) from credit_changes)
        and ($1::uuid is null or id = $1::uuid)
      order by id`,
    [partnerId ?? null],
  );
  for (const row of rows)
    await jobs.enqueue(tx, DELIVER_QUEUE, { partnerId: row.id }, { singletonKey: String(row.id) });
  return rows.map((row) => String(row.id));
}

export async function registerCreditJobs(
  jobs: Jobs,
  delivery: WebhookDelivery,
  daily: { expireListings: () => Promise<unknown>; rewake: () => Promise<unknown> },
): Promise<void> {
  await jobs.work(EXPIRE_LISTINGS.queue, async () => {
    await daily.expireListings();
  });
  await jobs.work(REWAKE_DELIVERIES.queue, async () => {
    await daily.rewake();
  });
  await jobs.work<{ partnerId: string }>(
    DELIVER_QUEUE,
    async ({ partnerId }) => {
      await delivery.deliver(partnerId);
    },
    { concurrency: 4 },
  );
}
