import { randomUUID } from 'node:crypto';
import type { BatchReceipt } from '@zhixing/assist-protocol';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, Tx } from '../../platform/db';
import type { Jobs, QueueSpec } from '../../platform/jobs';
import type { Realtime } from '../../platform/realtime';
import type { AuditService } from '../audit/service';
import { auditPerCourt, caseTopic, PROGRESS_EVENT, type ResultApplier } from './apply';
import { institutionIn, keepInBatch, membersOf, queueAgain, refOf, retryOrGiveUp, targetOf } from './batches';
import { batchText, submitBatch } from './gateway';
import { ensurePartitions } from './partitions';
import { POLL_BATCHES, Poller } from './polling';
import type { InstitutionRow } from './registry';
import { ROUND_BASES, WIRE_PAYLOAD } from './round-requests';
import type { RoundSettler } from './rounds';
import { type Breaker, breakerAfter, breakerAllows, isRetryable, type Tuning } from './rules';

/**
 * One job per institution with work waiting: `short` with the institution as singleton key, so a
 * thousand enqueues while one job waits add nothing. Which worker runs it does not matter: the
 * institution's dispatch lease lets one dispatcher drain it at a time, across all workers.
 */
export const DISPATCH_QUEUE: QueueSpec = {
  name: 'inquiry.dispatch',
  policy: 'short',
  expireInSeconds: 600,
  retryLimit: 0,
};

/** A probe batch (half-open breaker) is small: if the institution is still down, little is spent. */
const PROBE_SIZE = 10;
/** Poll passes per maintenance round at most, so that leases and wake-ups are not kept waiting. */
const POLL_PASSES = 10;
const PARTITION_CHECK_MS = 60 * 60_000;

/**
 * Claims up to $2 due requests of institution $1 into batch $3 (lease $4 ms), courts after $5 first:
 * see Delivery.claim. Answers each request with what is sent. (Exported for the benchmark's floor.)
 */
export const CLAIM_BATCH = `with due as (
         select id from (
           select id from (
             select id from inquiry_queue
              where institution_id = $1 and not_before <= now() and court_id > $5
              order by court_id, not_before limit $2 for update skip locked) after_pivot
           union all
           select id from (
             select id from inquiry_queue
              where institution_id = $1 and not_before <= now() and court_id <= $5
              order by court_id, not_before limit $2 for update skip locked) up_to_pivot
         ) round_the_courts limit $2),
       taken as (
         delete from inquiry_queue q using due where q.id = due.id
         returning q.id, q.court_id, q.case_id, q.round_id, q.payload, q.attempts + 1 as attempts),
       batch as (
         insert into inquiry_batches (id, institution_id, request_ids, attempts, sent_at, lease_until)
         select $3, $1, array_agg(id), array_agg(attempts), now(), now() + $4 * interval '1 millisecond'
           from taken having count(*) > 0),
       ${ROUND_BASES}
       select t.id, t.court_id, t.case_id, t.attempts, (${WIRE_PAYLOAD})::text as payload
         from taken t left join bases b on b.id = t.round_id`;

interface Claimed {
  id: string;
  court_id: string;
  case_id: string;
  /** What is sent, less the id, as JSON text (batchText puts the batch together from it). */
  payload: string;
  attempts: number;
}

interface LaneState {
  stop: boolean;
  probing: boolean;
  /** The next claim takes courts after this one (ids in uuid order), then wraps round. */
  afterCourt: string;
}

/** The greatest court id of a batch (PostgreSQL orders uuids as their lowercase text sorts). */
const lastCourt = (rows: readonly Claimed[]): string | undefined =>
  rows.reduce<string | undefined>(
    (last, row) => (last === undefined || row.court_id > last ? row.court_id : last),
    undefined,
  );

/** The breaker as a row of raw SQL carries it. */
const breakerOf = (row: Record<string, unknown>): Breaker => ({
  state: row.breaker_state as Breaker['state'],
  failures: Number(row.breaker_failures),
  openUntil: row.breaker_open_until ? (row.breaker_open_until as Date).getTime() : null,
});

/**
 * Delivery (投递): dispatchers drain institutions in batches, and the maintenance loop recovers what
 * a dead worker or a silent institution left behind. Every step is one short transaction between
 * HTTP calls; nothing is held open across the network.
 */
export class Delivery {
  private maintenanceTimer: NodeJS.Timeout | null = null;
  private maintaining: Promise<unknown> | null = null;
  private partitionsCheckedAt = 0;
  private readonly poller: Poller;

  constructor(
    private readonly database: Database,
    private readonly jobs: Jobs,
    private readonly audit: AuditService,
    private readonly applier: ResultApplier,
    private readonly settler: RoundSettler,
    private readonly realtime: Realtime,
    private readonly tuning: Tuning,
    private readonly callbackUrl: () => string,
    private readonly log: FastifyBaseLogger,
  ) {
    this.poller = new Poller(database, applier, tuning, (tx, ids) => this.wake(tx, ids), log);
  }

  /** Wakes the dispatchers of these institutions, inside the caller's transaction. */
  async wake(tx: Tx, institutionIds: Iterable<string>): Promise<void> {
    for (const id of new Set(institutionIds)) {
      await this.jobs.enqueue(tx, DISPATCH_QUEUE.name, { institutionId: id }, { singletonKey: id });
    }
  }

  // ─── Dispatch ───────────────────────────────────────────────────────────────────────────────────

  /** Drains one institution for up to the drain window, with its concurrency limit. */
  async drain(institutionId: string): Promise<void> {
    const owner = randomUUID();
    const institution = await this.acquire(institutionId, owner);
    if (!institution) return;
    const started = Date.now();
    // Lanes start at a court picked by the institution's id and go round the courts batch by batch
    // (see claim): concurrent institutions then mostly work on different courts' cases at once.
    const state: LaneState = { stop: false, probing: false, afterCourt: institutionId };
    // The lanes send side by side but claim one after another: a claim then starts where the last one
    // ended, rather than stepping over the rows another lane holds locked (SKIP LOCKED still visits
    // each of them), which with eight lanes was most of a claim's work.
    let claiming: Promise<unknown> = Promise.resolve();
    const claimNext = () => {
      const next = claiming.then(() => this.claim(institution, owner, state));
      claiming = next.catch(() => undefined);
      return next;
    };
    const lane = async () => {
      while (!state.stop && Date.now() - started < this.tuning.drainWindowMs) {
        const claim = await claimNext();
        if (!claim || claim.rows.length === 0) return;
        await this.send(institution, claim.batchId, claim.rows);
        if (claim.probe) state.probing = false;
      }
    };
    try {
      await Promise.all(Array.from({ length: institution.concurrency }, lane));
    } finally {
      await this.release(institutionId, owner);
    }
    // Work that came in meanwhile, or what is left after the window: a fresh job (others get a turn).
    if (await this.dueNow(institutionId))
      await this.database.transaction((tx) => this.wake(tx, [institutionId]));
  }

  private async acquire(id: string, owner: string): Promise<InstitutionRow | null> {
    const { rows } = await this.database.sql.executeSql(
      `update institutions set dispatch_owner = $2, dispatch_lease_until = now() + $3 * interval '1 millisecond'
        where id = $1 and active and (dispatch_lease_until is null or dispatch_lease_until < now())
        returning id`,
      [id, owner, this.tuning.dispatchLeaseMs],
    );
    if (rows.length === 0) return null;
    return institutionIn(this.database.db, id);
  }

  private async release(id: string, owner: string): Promise<void> {
    await this.database.sql.executeSql(
      'update institutions set dispatch_owner = null, dispatch_lease_until = null where id = $1 and dispatch_owner = $2',
      [id, owner],
    );
  }

  private async dueNow(id: string): Promise<boolean> {
    const { rows } = await this.database.sql.executeSql(
      `select 1 from institutions i
        where i.id = $1 and i.active and (i.breaker_state <> 'open' or i.breaker_open_until <= now())
          and exists (select 1 from inquiry_queue q where q.institution_id = i.id and q.not_before <= now())`,
      [id],
    );
    return rows.length > 0;
  }

  /**
   * Renews the institution's lease (the breaker state comes with it), then claims the next batch in
   * one statement (FOR UPDATE SKIP LOCKED: concurrent lanes and workers never claim the same row): its
   * requests leave the queue into one inquiry_batches row, and what is sent comes with them.
   * The breaker decides the size: a whole batch, one small probe after an open breaker's cooldown, or
   * nothing. Neither holds a lock beyond its own statement.
   *
   * A batch is taken court by court, going round from the court after the lane's last batch (oldest
   * first within a court): a batch's transactions lock its cases and its courts' audit chains, so
   * institutions answering the same sweep at once would otherwise queue behind each other over the
   * same cases and chains; round the courts, they mostly hold different ones, and every court still
   * gets its turn each time round.
   */
  private async claim(institution: InstitutionRow, owner: string, state: LaneState) {
    const { rows: lease } = await this.database.sql.executeSql(
      `update institutions set dispatch_lease_until = now() + $3 * interval '1 millisecond'
        where id = $1 and dispatch_owner = $2 and active
        returning breaker_state, breaker_failures, breaker_open_until`,
      [institution.id, owner, this.tuning.dispatchLeaseMs],
    );
    const current = lease[0];
    const allows = current ? breakerAllows(breakerOf(current), Date.now()) : 'none';
    if (allows === 'none') {
      state.stop = true;
      return null;
    }
    const probe = allows === 'probe';
    if (probe) {
      if (state.probing) return null;
      state.probing = true;
      await this.database.sql.executeSql(
        "update institutions set breaker_state = 'half_open' where id = $1",
        [institution.id],
      );
    }
    const batchId = randomUUID();
    const { rows } = await this.database.sql.executeSql(CLAIM_BATCH, [
      institution.id,
      probe ? Math.min(PROBE_SIZE, institution.maxBatch) : institution.maxBatch,
      batchId,
      institution.timeoutMs + this.tuning.leaseMarginMs,
      state.afterCourt,
    ]);
    if (probe && rows.length === 0) state.probing = false;
    state.afterCourt = lastCourt(rows as unknown as Claimed[]) ?? state.afterCourt;
    return { batchId, probe, rows: rows as unknown as Claimed[] };
  }

  private async send(institution: InstitutionRow, batchId: string, rows: Claimed[]): Promise<void> {
    const outcome = await submitBatch(targetOf(institution), batchText(batchId, this.callbackUrl(), rows));
    if (outcome.ok) await this.received(institution, batchId, rows, outcome.value);
    else await this.failed(institution, batchId, outcome.status, outcome.reason);
  }

  /**
   * The gateway's receipt. The requests are `sent` since their claim (a receipt writes no row of them:
   * what a receipt would have told is what a lookup finds, should the worker die before it); results
   * the gateway gave at once are applied now, unreceipted requests leave the batch and go again.
   */
  private async received(
    institution: InstitutionRow,
    batchId: string,
    rows: Claimed[],
    receipt: BatchReceipt,
  ) {
    const receipted = new Set(receipt.receipts.map((r) => r.requestId));
    const sent = rows.filter((row) => receipted.has(row.id));
    const missing = rows.filter((row) => !receipted.has(row.id));
    await this.database.transaction((tx) =>
      this.audit.deferred(tx, async () => {
        // Before the results' handlers lock their cases: nothing after that lock should wait on it.
        await this.realtime.publish(
          tx,
          PROGRESS_EVENT,
          sent.map((row) => caseTopic(row.case_id)),
        );
        await this.breakerSucceeded(tx, institution.id);
        // A request the gateway did not acknowledge goes again (its idempotency makes that harmless).
        if (missing.length > 0 && (await this.leaveBatch(tx, batchId, missing)))
          await queueAgain(
            tx,
            missing.map((row) => ({ id: row.id, attempts: row.attempts, delayMs: 0 })),
            'no receipt for it',
          );
        await this.applier.apply(tx, refOf(institution), receipt.results, 'receipt');
        await auditPerCourt(
          this.audit,
          tx,
          sent,
          'inquiry.sent',
          `institution:${institution.code}`,
          (ids) => ({
            batchId,
            requestIds: ids,
          }),
        );
      }),
    );
  }

  /**
   * The batch failed (no answer, an HTTP error, an answer that does not parse): it is dissolved, and
   * each request not finished meanwhile goes back to the queue with its backoff, or — after its last
   * attempt, or when the gateway refused the batch's content — is given up with the reason. A batch
   * the poller took already (its lease passed) is the poller's. The breaker counts the failure.
   */
  private async failed(institution: InstitutionRow, batchId: string, status: number | null, reason: string) {
    await this.database.transaction(async (tx) => {
      const { rows } = await tx.sql.executeSql(
        `delete from inquiry_batches where id = $1 and polled_at is null
         returning request_ids as ids, attempts`,
        [batchId],
      );
      const members = rows[0] ? membersOf(rows[0]) : [];
      await retryOrGiveUp(tx, this.applier, refOf(institution), members, {
        reason,
        final: !isRetryable(status),
        tuning: this.tuning,
      });
      await this.breakerFailed(tx, institution.id, reason);
    });
    this.log.warn({ institution: institution.code, batchId, reason }, 'assist batch failed');
  }

  /**
   * Takes requests out of a batch not yet taken by the poller (false if it was: then the poller
   * decides what becomes of them). A batch left empty is deleted.
   */
  private async leaveBatch(tx: Tx, batchId: string, leaving: readonly { id: string }[]): Promise<boolean> {
    const { rows } = await tx.sql.executeSql(
      `select request_ids as ids, attempts from inquiry_batches where id = $1 and polled_at is null for update`,
      [batchId],
    );
    if (!rows[0]) return false;
    const gone = new Set(leaving.map((row) => row.id));
    await keepInBatch(
      tx,
      batchId,
      membersOf(rows[0]).filter((row) => !gone.has(row.id)),
    );
    return true;
  }

  /** Closes the breaker after a success; writes the row only when there is something to reset. */
  private async breakerSucceeded(tx: Tx, id: string): Promise<void> {
    await tx.sql.executeSql(
      `update institutions set breaker_state = 'closed', breaker_failures = 0, breaker_open_until = null, last_error = null
        where id = $1 and (breaker_state <> 'closed' or breaker_failures > 0)`,
      [id],
    );
  }

  private async breakerFailed(tx: Tx, id: string, reason: string): Promise<void> {
    const { rows } = await tx.sql.executeSql(
      'select breaker_state, breaker_failures, breaker_open_until from institutions where id = $1 for update',
      [id],
    );
    const row = rows[0];
    if (!row) return;
    const next = breakerAfter(this.tuning, breakerOf(row), false, Date.now());
    await tx.sql.executeSql(
      `update institutions set breaker_state = $2, breaker_failures = $3, breaker_open_until = $4, last_error = $5
        where id = $1`,
      [
        id,
        next.state,
        next.failures,
        next.openUntil === null ? null : new Date(next.openUntil),
        reason.slice(0, 500),
      ],
    );
  }

  // ─── Maintenance ────────────────────────────────────────────────────────────────────────────────

  /** Runs `maintain` every interval of real time in this (worker) process. */
  startMaintenance(): void {
    const run = () => {
      if (this.maintaining) return;
      this.maintaining = this.maintain()
        .catch((error: unknown) => this.log.error({ err: error }, 'inquiry maintenance failed'))
        .finally(() => {
          this.maintaining = null;
        });
    };
    this.maintenanceTimer = setInterval(run, this.tuning.maintenanceIntervalMs);
    this.maintenanceTimer.unref();
  }

  async stopMaintenance(): Promise<void> {
    if (this.maintenanceTimer) clearInterval(this.maintenanceTimer);
    this.maintenanceTimer = null;
    await this.maintaining;
    await this.settler.stop();
  }

  /**
   * One pass: requests sent long ago without a result — callbacks lost, or a worker that died before
   * the receipt — are looked up, and every institution with due work and no live dispatcher is woken.
   * Safe to run in any number of workers at once.
   */
  async maintain(): Promise<{ polled: number; woken: number }> {
    // A full pass means more are due (a burst of lost callbacks): look again now, not a round later.
    let polled = 0;
    for (let pass = 0, got = POLL_BATCHES; got === POLL_BATCHES && pass < POLL_PASSES; pass += 1) {
      const taken = await this.poller.pass();
      got = taken.batches;
      polled += taken.requests;
    }
    const woken = await this.wakeDue();
    // Round checks queued by a process that stopped before it ran them. Not awaited: under load the
    // checks run without a pause, and polls and wake-ups must not wait for them to.
    this.settler.soon();
    await this.database.sql.executeSql('delete from assist_nonces where expires_at < now()');
    if (Date.now() - this.partitionsCheckedAt > PARTITION_CHECK_MS) {
      this.partitionsCheckedAt = Date.now();
      for (const problem of await ensurePartitions(this.database))
        this.log.error({ problem }, 'inquiry partition');
    }
    return { polled, woken };
  }

  private async wakeDue(): Promise<number> {
    const { rows } = await this.database.sql.executeSql(
      `select i.id from institutions i
        where i.active and (i.dispatch_lease_until is null or i.dispatch_lease_until < now())
          and (i.breaker_state <> 'open' or i.breaker_open_until <= now())
          and exists (select 1 from inquiry_queue q where q.institution_id = i.id and q.not_before <= now())`,
    );
    if (rows.length === 0) return 0;
    await this.database.transaction((tx) =>
      this.wake(
        tx,
        rows.map((row) => String(row.id)),
      ),
    );
    return rows.length;
  }
}
