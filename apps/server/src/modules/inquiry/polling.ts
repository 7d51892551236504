import { MAX_BATCH } from '@zhixing/assist-protocol';
import type { FastifyBaseLogger } from 'fastify';
import { forEachAtMost } from '../../platform/concurrency';
import type { Database, Tx } from '../../platform/db';
import { groupBy } from '../../platform/groups';
import type { ResultApplier } from './apply';
import {
  institutionIn,
  keepInBatch,
  type Member,
  membersOf,
  queueAgain,
  refOf,
  retryOrGiveUp,
  targetOf,
} from './batches';
import { lookupResults } from './gateway';
import type { InstitutionRow } from './registry';
import type { Tuning } from './rules';

/**
 * Batches one pass takes: their unanswered requests (about one in a hundred, when callbacks are lost
 * at that rate) are looked up together, per institution, one transaction each.
 */
export const POLL_BATCHES = 200;
/** Institutions looked up at once by one pass. */
const LOOKUPS_AT_ONCE = 8;

interface Polled {
  id: string;
  institutionId: string;
  /** Its members not yet answered, given up or sent again: what the batch keeps. */
  open: Member[];
}

/**
 * Polling (轮询), the fallback for results that did not come: batches sent more than `pollAfterMs` ago
 * whose lease (the gateway's timeout and a margin) has passed are taken (`polled_at`, so two workers
 * never take the same ones), and what of them is unanswered is looked up, 1,000 ids a call. What the
 * institution answered is applied; what it never received goes again — or, after the last attempt, is
 * given up; what is pending stays for the next look. A batch with nothing left is deleted: this is also
 * how answered batches go.
 */
export class Poller {
  constructor(
    private readonly database: Database,
    private readonly applier: ResultApplier,
    private readonly tuning: Tuning,
    private readonly wake: (tx: Tx, institutionIds: Iterable<string>) => Promise<void>,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** One pass; returns how many batches it took and how many of their requests it looked up. */
  async pass(): Promise<{ batches: number; requests: number }> {
    const batches = await this.take();
    const open = batches.flatMap((batch) => batch.open);
    const done = batches.filter((batch) => batch.open.length === 0).map((batch) => batch.id);
    if (done.length > 0)
      await this.database.sql.executeSql('delete from inquiry_batches where id = any($1::uuid[])', [done]);
    // Institutions side by side: each one's transaction waits on the cases and audit chains its
    // answers touch, and one after another a pass fell behind a national sweep.
    const byInstitution = [...groupBy(batches, (batch) => batch.institutionId)];
    await forEachAtMost(byInstitution, LOOKUPS_AT_ONCE, ([institutionId, group]) =>
      this.lookUp(institutionId, group),
    );
    return { batches: batches.length, requests: open.length };
  }

  /**
   * Takes the due batches with what of each is unanswered, found in the database with one look at their
   * records: only those come back (most of a batch was answered by callback).
   */
  private async take(): Promise<Polled[]> {
    const { rows } = await this.database.sql.executeSql(
      `with due as (
         select id from inquiry_batches
          where sent_at < now() - $1 * interval '1 millisecond' and lease_until < now()
            and (polled_at is null or polled_at < now() - $1 * interval '1 millisecond')
          order by sent_at limit $2 for update skip locked),
       taken as (
         update inquiry_batches b set polled_at = now() from due where b.id = due.id
         returning b.id, b.institution_id, b.request_ids, b.attempts)
       select t.id, t.institution_id, coalesce(o.ids, '{}') as ids, coalesce(o.attempts, '{}') as attempts
         from taken t left join lateral (
           select array_agg(x.id) as ids, array_agg(x.attempts) as attempts
             from unnest(t.request_ids, t.attempts) as x(id, attempts)
             join inquiry_requests r on r.id = x.id
            where r.status = 'queued') o on true`,
      [this.tuning.pollAfterMs, POLL_BATCHES],
    );
    return rows.map((row) => ({
      id: String(row.id),
      institutionId: String(row.institution_id),
      open: membersOf(row),
    }));
  }

  /** Writes what each batch keeps (deleting those left empty). */
  private async keep(tx: Tx, batches: readonly Polled[]): Promise<void> {
    for (const batch of batches) await keepInBatch(tx, batch.id, batch.open);
  }

  private async lookUp(institutionId: string, batches: Polled[]): Promise<void> {
    const members = batches.flatMap((batch) => batch.open);
    if (members.length === 0) return;
    const institution = await institutionIn(this.database.db, institutionId);
    for (let i = 0; i < members.length; i += MAX_BATCH) {
      const chunk = members.slice(i, i + MAX_BATCH);
      const answer = await lookupResults(
        targetOf(institution),
        chunk.map((member) => member.id),
      );
      if (!answer.ok) {
        this.log.warn({ institution: institution.code, reason: answer.reason }, 'assist lookup failed');
        await this.unanswered(institution, batches, chunk, answer.reason);
        continue;
      }
      const unknown = new Set(answer.value.unknown);
      const last = (member: Member) => member.attempts >= this.tuning.maxAttempts;
      const exhausted = chunk.filter((member) => unknown.has(member.id) && last(member));
      const again = chunk.filter((member) => unknown.has(member.id) && !last(member));
      const answered = new Set(answer.value.results.map((result) => result.requestId));
      await this.database.transaction(async (tx) => {
        await this.applier.apply(tx, refOf(institution), answer.value.results, 'poll');
        // Never received (the batch was lost, its worker died, or the gateway forgot it): sent again,
        // out of its batch in the same transaction (a request is in the queue or a batch, not both).
        await queueAgain(
          tx,
          again.map((member) => ({ ...member, delayMs: 0 })),
          'unknown to the institution',
        );
        const gone = new Set([...answered, ...again.map((member) => member.id)]);
        await this.keep(tx, this.without(batches, gone));
        if (again.length > 0) await this.wake(tx, [institution.id]);
      });
      // Its own transaction (its cases locked in their own order); if it fails, the next pass finds them.
      if (exhausted.length > 0)
        await this.database.transaction(async (tx) => {
          await this.applier.fail(
            tx,
            refOf(institution),
            exhausted.map((member) => ({
              id: member.id,
              reason: `never received, after ${member.attempts} attempts`,
            })),
          );
          await this.keep(tx, this.without(batches, new Set(exhausted.map((member) => member.id))));
        });
    }
  }

  /**
   * The look-up got no answer either: the chunk's requests count as sends that failed, as a batch
   * without an answer does (Delivery.failed) — sent again after their backoff, or given up after the
   * last attempt. Otherwise an institution silent to both calls would keep them pending for ever.
   */
  private async unanswered(
    institution: InstitutionRow,
    batches: Polled[],
    chunk: readonly Member[],
    reason: string,
  ): Promise<void> {
    await this.database.transaction(async (tx) => {
      const { retried } = await retryOrGiveUp(tx, this.applier, refOf(institution), chunk, {
        reason,
        final: false,
        tuning: this.tuning,
      });
      await this.keep(tx, this.without(batches, new Set(chunk.map((member) => member.id))));
      if (retried > 0) await this.wake(tx, [institution.id]);
    });
  }

  /** Takes members out of the batches holding them; returns the batches that changed. */
  private without(batches: Polled[], gone: ReadonlySet<string>): Polled[] {
    return batches.filter((batch) => {
      const kept = batch.open.filter((member) => !gone.has(member.id));
      if (kept.length === batch.open.length) return false;
      batch.open = kept;
      return true;
    });
  }
}
