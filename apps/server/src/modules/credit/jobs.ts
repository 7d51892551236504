/**
 * Webhook deliveries of the change feed (联合惩戒推送): a job per subscribed partner, enqueued in the
 * transaction of every change (one waiting job per partner, however many changes). A delivery posts
 * the changes after the partner's cursor, signed as the assist protocol signs, and advances the cursor
 * only on a 2xx answer: nothing lost, nothing out of order. A failure throws, and pg-boss retries
 * with backoff; a later change wakes the delivery again, and the cursor feed lets the partner catch up.
 */
import { sign } from '@zhixing/assist-protocol';
import { eq, gt, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db';
import type { Jobs, QueueSpec } from '../../platform/jobs';
import { DELIVER_QUEUE } from './changes';
import { presentChange } from './partners';
import type { Sector } from './rules';
import { creditChanges, partnerKeys } from './schema';

/** Who signs: the platform, in the assist protocol's institution header. */
export const WEBHOOK_SIGNER = 'zhixing';
const PAGE = 200;
const TIMEOUT_MS = 10_000;

export const creditQueues: QueueSpec[] = [
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
  constructor(private readonly database: Database) {}

  /**
   * Delivers every pending change to the partner, a page at a time. No lock is held over the HTTP call
   * (on the embedded database it would stop every other statement): two deliveries racing may send a
   * page twice, never one out of order, and receivers skip a `seq` they have applied already.
   */
  async deliver(partnerId: string): Promise<number> {
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

export async function registerCreditJobs(jobs: Jobs, delivery: WebhookDelivery): Promise<void> {
  await jobs.work<{ partnerId: string }>(
    DELIVER_QUEUE,
    async ({ partnerId }) => {
      await delivery.deliver(partnerId);
    },
    { concurrency: 4 },
  );
}
