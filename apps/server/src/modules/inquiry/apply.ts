import type { AssistResult, RequestKind } from '@zhixing/assist-protocol';
import type { Clock } from '../../platform/clock';
import { shanghaiDateOf } from '../../platform/clock';
import type { Tx } from '../../platform/db';
import type { Realtime } from '../../platform/realtime';
import { type Actor, type AuditService, platformActor } from '../audit/service';
import { CASE_EVENTS } from '../cases/rules';
import type { CasesService } from '../cases/service';

/** An institution as a result names it. */
export interface InstitutionRef {
  id: string;
  code: string;
  name: string;
  category: string;
}

export interface AnsweredRequest {
  requestId: string;
  caseId: string;
  courtId: string;
  partyId: string;
  institution: InstitutionRef;
  kind: RequestKind;
  assetId: string | null;
  roundId: string | null;
  /** status completed | rejected, with holdings / control / transfer. */
  result: AssistResult;
}

/** The hub gave up on a request after its last retry (institution down, refusing the batch …). */
export interface FailedRequest {
  requestId: string;
  caseId: string;
  courtId: string;
  kind: RequestKind;
  assetId: string | null;
  institution: InstitutionRef;
  reason: string;
}

export type AnsweredHandler = (tx: Tx, answered: AnsweredRequest[]) => Promise<void>;
export type FailedHandler = (tx: Tx, failed: FailedRequest[]) => Promise<void>;

export interface Handlers {
  answered: AnsweredHandler[];
  failed: FailedHandler[];
}

export type ResultSource = 'callback' | 'receipt' | 'poll';

export const PROGRESS_EVENT = 'inquiry.progress';

export const caseTopic = (caseId: string) => `case:${caseId}`;

interface AppliedRow {
  id: string;
  case_id: string;
  court_id: string;
  party_id: string;
  kind: RequestKind;
  asset_id: string | null;
  round_id: string | null;
}

/**
 * The one way results enter the hub — a callback, a batch receipt's inline results, a poll — and the
 * one way requests are given up. Set-based: one UPDATE for the whole batch, one audit entry per court,
 * one NOTIFY (chunked) for every case touched. A request's result is applied once: a later copy
 * (duplicate or out-of-order callback, a poll answering what a callback already brought) matches no
 * row still open and changes nothing.
 */
export class ResultApplier {
  constructor(
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly realtime: Realtime,
    private readonly handlers: Handlers,
  ) {}

  async apply(
    tx: Tx,
    institution: InstitutionRef,
    results: readonly AssistResult[],
    source: ResultSource,
  ): Promise<{ applied: number; duplicates: number }> {
    const unique = [...new Map(results.map((result) => [result.requestId, result])).values()];
    if (unique.length === 0) return { applied: 0, duplicates: results.length };
    // A result that came after the hub gave up still counts: the institution did carry it out.
    const { rows } = await tx.sql.executeSql(
      `update inquiry_requests r
          set status = 'answered', result = x.result, finished_at = now(), lease_until = null, last_error = null
         from jsonb_to_recordset($1::jsonb) as x(id uuid, result jsonb)
        where r.id = x.id and r.institution_id = $2 and r.status <> 'answered'
        returning r.id, r.case_id, r.court_id, r.party_id, r.kind, r.asset_id, r.round_id`,
      [JSON.stringify(unique.map((result) => ({ id: result.requestId, result }))), institution.id],
    );
    const applied = rows as unknown as AppliedRow[];
    if (applied.length > 0) {
      const byId = new Map(unique.map((result) => [result.requestId, result]));
      await this.settle(tx, applied);
      const answered = applied.map((row) => ({
        ...refsOf(row, institution),
        partyId: row.party_id,
        roundId: row.round_id,
        result: byId.get(row.id) as AssistResult,
      }));
      for (const handler of this.handlers.answered) await handler(tx, answered);
      await this.auditPerCourt(
        tx,
        applied,
        `inquiry.results.${source}`,
        `institution:${institution.code}`,
        (ids) => ({
          requestIds: ids,
          rejected: ids.filter((id) => byId.get(id)?.status === 'rejected').length,
        }),
      );
    }
    return { applied: applied.length, duplicates: results.length - applied.length };
  }

  /** Gives the requests up with their reasons: after the last retry, or refused outright. */
  async fail(tx: Tx, institution: InstitutionRef, failures: readonly { id: string; reason: string }[]) {
    if (failures.length === 0) return;
    const { rows } = await tx.sql.executeSql(
      `update inquiry_requests r
          set status = 'failed', last_error = x.reason, finished_at = now(), lease_until = null
         from jsonb_to_recordset($1::jsonb) as x(id uuid, reason text)
        where r.id = x.id and r.status in ('queued', 'sending', 'sent')
        returning r.id, r.case_id, r.court_id, r.party_id, r.kind, r.asset_id, r.round_id`,
      [JSON.stringify(failures)],
    );
    const failed = rows as unknown as AppliedRow[];
    if (failed.length === 0) return;
    const reasons = new Map(failures.map((failure) => [failure.id, failure.reason]));
    await this.settle(tx, failed);
    const handed = failed.map((row) => ({ ...refsOf(row, institution), reason: reasons.get(row.id) ?? '' }));
    for (const handler of this.handlers.failed) await handler(tx, handed);
    await this.auditPerCourt(tx, failed, 'inquiry.failed', `institution:${institution.code}`, (ids) => ({
      requestIds: ids,
      reason: reasons.get(ids[0] ?? ''),
    }));
  }

  /** Completes the rounds these requests finished and tells the cases' followers. */
  private async settle(tx: Tx, rows: readonly AppliedRow[]): Promise<void> {
    const rounds = [...new Set(rows.flatMap((row) => (row.round_id ? [row.round_id] : [])))];
    await this.completeRounds(tx, rounds);
    await this.realtime.publish(
      tx,
      PROGRESS_EVENT,
      rows.map((row) => caseTopic(row.case_id)),
    );
  }

  /**
   * Marks complete the rounds none of whose requests are pending, and records `inquiry.answered` on
   * their cases. Two transactions finishing the last requests of one round at once would each see
   * the other's as still pending; a lock per round (taken in id order) makes the second wait for the
   * first's commit, and its check — a fresh snapshot — then sees both.
   */
  async completeRounds(tx: Tx, roundIds: readonly string[], actor: Actor = platformActor): Promise<number> {
    if (roundIds.length === 0) return 0;
    await tx.sql.executeSql(
      `select pg_advisory_xact_lock(hashtextextended('inquiry_round:' || id::text, 0))
         from (select id from unnest($1::uuid[]) as id order by id offset 0) ordered`,
      [[...roundIds].sort()],
    );
    const { rows } = await tx.sql.executeSql(
      `with done as (
         update inquiry_rounds r set status = 'complete', completed_at = now()
          where r.id = any($1::uuid[]) and r.status = 'running'
            and not exists (select 1 from inquiry_requests q
                             where q.case_id = r.case_id and q.round_id = r.id
                               and q.status in ('queued', 'sending', 'sent'))
          returning r.id, r.case_id)
       select d.id, d.case_id,
              count(*) filter (where q.status = 'answered')::int as answered,
              count(*) filter (where q.status = 'failed')::int as failed
         from done d join inquiry_requests q on q.case_id = d.case_id and q.round_id = d.id
        group by d.id, d.case_id`,
      [roundIds],
    );
    if (rows.length === 0) return 0;
    const on = shanghaiDateOf(this.clock.now());
    await this.cases.recordSystemEvents(
      tx,
      rows.map((row) => ({
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
      actor,
    );
    return rows.length;
  }

  /** One audit entry per court for a batch: the requests it covers, by id. */
  async auditPerCourt(
    tx: Tx,
    rows: readonly { id: string; court_id: string }[],
    action: string,
    subject: string,
    after: (ids: string[]) => object,
    actor: Actor = platformActor,
  ): Promise<void> {
    const byCourt = new Map<string, string[]>();
    for (const row of rows) {
      const ids = byCourt.get(row.court_id);
      if (ids) ids.push(row.id);
      else byCourt.set(row.court_id, [row.id]);
    }
    // Courts in a fixed order: concurrent batches take the courts' chain locks in the same order.
    for (const courtId of [...byCourt.keys()].sort()) {
      const ids = byCourt.get(courtId) ?? [];
      await this.audit.append(tx, {
        actor,
        courtId,
        action,
        subject,
        after: { count: ids.length, ...after(ids) },
      });
    }
  }
}

function refsOf(row: AppliedRow, institution: InstitutionRef) {
  return {
    requestId: row.id,
    caseId: row.case_id,
    courtId: row.court_id,
    kind: row.kind,
    assetId: row.asset_id,
    institution,
  };
}
