import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../platform/clock';
import { shanghaiDateOf } from '../../platform/clock';
import type { Database, Tx } from '../../platform/db';
import type { Realtime } from '../../platform/realtime';
import { type AuditService, platformActor } from '../audit/service';
import { CASE_EVENTS } from '../cases/rules';
import type { CasesService } from '../cases/service';
import { auditPerCourt, caseTopic, PROGRESS_EVENT } from './apply';

/** Queued checks taken per transaction. */
const CHECKS_PER_PASS = 200;
/** A burst of batches is checked together: the first one waits this long for the others. */
const DEBOUNCE_MS = 100;

/**
 * 一次查控完成: a round is complete when none of its requests is pending any more. Batches that finish
 * requests queue their rounds (`inquiry_settled`); this check takes the queue after their commits, so
 * what it reads is settled — no batch waits for another over a round they share, and a round whose
 * last requests were finished by two batches at once is still seen complete by the check after the
 * later commit. The completing UPDATE is conditional: a round completes once, whichever check sees it.
 */
export class RoundSettler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly realtime: Realtime,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Asks for a check soon (after the current transaction commits); bursts coalesce into one. */
  soon(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run().catch((error: unknown) => this.log.error({ err: error }, 'round check failed'));
    }, DEBOUNCE_MS);
    this.timer.unref();
  }

  /** Checks until the queue is empty; one pass at a time in this process (others may run elsewhere). */
  async run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        while ((await this.pass()) > 0);
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One transaction: take queued checks, complete the rounds they make complete. Returns checks taken. */
  private pass(): Promise<number> {
    return this.database.transaction((tx) => this.audit.deferred(tx, () => this.check(tx)));
  }

  private async check(tx: Tx): Promise<number> {
    {
      const { rows: taken } = await tx.sql.executeSql(
        `delete from inquiry_settled where id in (
           select id from inquiry_settled order by id limit $1 for update skip locked)
         returning round_ids`,
        [CHECKS_PER_PASS],
      );
      if (taken.length === 0) return 0;
      const roundIds = [...new Set(taken.flatMap((row) => row.round_ids as string[]))];
      const { rows: done } = await tx.sql.executeSql(
        `select r.id, r.case_id, r.court_id from inquiry_rounds r
          where r.id = any($1::uuid[]) and r.status = 'running'
            and not exists (select 1 from inquiry_requests q
                             where q.case_id = r.case_id and q.round_id = r.id
                               and q.status = 'queued')`,
        [roundIds],
      );
      if (done.length === 0) return taken.length;
      // The cases first; the audit chains at the end (deferred): the order every transaction keeps.
      const locked = await this.cases.lockCases(
        tx,
        done.map((row) => String(row.case_id)),
      );
      const { rows: completed } = await tx.sql.executeSql(
        `with done as (
           update inquiry_rounds set status = 'complete', completed_at = now()
            where id = any($1::uuid[]) and status = 'running'
            returning id, case_id, court_id)
         select d.id, d.case_id, d.court_id,
                count(*) filter (where q.status = 'answered')::int as answered,
                count(*) filter (where q.status = 'failed')::int as failed
           from done d join inquiry_requests q on q.case_id = d.case_id and q.round_id = d.id
          group by d.id, d.case_id, d.court_id`,
        [done.map((row) => row.id)],
      );
      const on = shanghaiDateOf(this.clock.now());
      await this.cases.recordSystemEvents(
        tx,
        completed.map((row) => ({
          caseId: String(row.case_id),
          events: [
            {
              type: CASE_EVENTS.inquiryAnswered,
              on,
              data: { roundId: row.id, answered: row.answered, failed: row.failed },
              evidence: [],
            },
          ],
        })),
        platformActor,
        locked,
      );
      await auditPerCourt(
        this.audit,
        tx,
        completed.map((row) => ({ id: String(row.id), court_id: String(row.court_id) })),
        'inquiry.round.complete',
        'inquiry_rounds',
        (roundIds) => ({ roundIds }),
      );
      await this.realtime.publish(
        tx,
        PROGRESS_EVENT,
        completed.map((row) => caseTopic(String(row.case_id))),
      );
      return taken.length;
    }
  }
}
