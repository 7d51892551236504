import type { AssistResult, RequestKind } from '@zhixing/assist-protocol';
import type { Tx } from '../../platform/db';
import { groupBy } from '../../platform/groups';
import type { Realtime } from '../../platform/realtime';
import { type Actor, type AuditService, platformActor } from '../audit/service';

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
 * A finished send counts on the record: each request of a batch is counted once, when it is answered,
 * given up, or to be sent again. An answer after the hub gave up does not count a second time.
 */
const COUNT_SEND = "attempts = r.attempts + (r.status = 'queued')::int";

/**
 * Records answers $1 (JSON [{id, result}]) of institution $2 on every request not answered yet, and
 * returns the requests it changed. (Exported for the benchmark's floor.)
 */
export const APPLY_ANSWERS = `with x as (select * from jsonb_to_recordset($1::jsonb) as x(id uuid, result jsonb))
       update inquiry_requests r
          set status = 'answered', result = x.result, finished_at = now(), last_error = null, ${COUNT_SEND}
         from x
        where r.id = x.id and r.institution_id = $2 and r.status <> 'answered'
        returning r.id, r.case_id, r.court_id, r.party_id, r.kind, r.asset_id, r.round_id`;

/**
 * The one way results enter the hub — a callback, a batch receipt's inline results, a poll — and the
 * one way requests are given up. Set-based: one UPDATE for the whole batch, one audit entry per court,
 * one NOTIFY (chunked) for every case touched. A request's result is applied once: a later copy
 * (duplicate or out-of-order callback, a poll answering what a callback already brought) matches no
 * row still open and changes nothing.
 */
export class ResultApplier {
  constructor(
    private readonly audit: AuditService,
    private readonly realtime: Realtime,
    private readonly handlers: Handlers,
    /** Told when rounds were queued for the completion check (it runs after the commit). */
    private readonly onSettled: () => void,
  ) {}

  /** Applies results; the audit entries (the handlers' too) are written at the end, in chain order. */
  async apply(
    tx: Tx,
    institution: InstitutionRef,
    results: readonly AssistResult[],
    source: ResultSource,
  ): Promise<{ applied: number; duplicates: number }> {
    return this.audit.deferred(tx, () => this.applyDeferred(tx, institution, results, source));
  }

  private async applyDeferred(
    tx: Tx,
    institution: InstitutionRef,
    results: readonly AssistResult[],
    source: ResultSource,
  ): Promise<{ applied: number; duplicates: number }> {
    const unique = [...new Map(results.map((result) => [result.requestId, result])).values()];
    if (unique.length === 0) return { applied: 0, duplicates: results.length };
    // A result that came after the hub gave up still counts: the institution did carry it out.
    const { rows } = await tx.sql.executeSql(APPLY_ANSWERS, [
      JSON.stringify(unique.map((result) => ({ id: result.requestId, result }))),
      institution.id,
    ]);
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
      await auditPerCourt(
        this.audit,
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
    await this.audit.deferred(tx, () => this.failDeferred(tx, institution, failures));
  }

  private async failDeferred(
    tx: Tx,
    institution: InstitutionRef,
    failures: readonly { id: string; reason: string }[],
  ) {
    const { rows } = await tx.sql.executeSql(
      `with x as (select * from jsonb_to_recordset($1::jsonb) as x(id uuid, reason text))
       update inquiry_requests r
          set status = 'failed', last_error = x.reason, finished_at = now(), ${COUNT_SEND}
         from x
        where r.id = x.id and r.institution_id = $2 and r.status = 'queued'
        returning r.id, r.case_id, r.court_id, r.party_id, r.kind, r.asset_id, r.round_id`,
      [JSON.stringify(failures), institution.id],
    );
    const failed = rows as unknown as AppliedRow[];
    if (failed.length === 0) return;
    const reasons = new Map(failures.map((failure) => [failure.id, failure.reason]));
    await this.settle(tx, failed);
    const handed = failed.map((row) => ({ ...refsOf(row, institution), reason: reasons.get(row.id) ?? '' }));
    for (const handler of this.handlers.failed) await handler(tx, handed);
    await auditPerCourt(
      this.audit,
      tx,
      failed,
      'inquiry.failed',
      `institution:${institution.code}`,
      (ids) => ({
        requestIds: ids,
        reason: reasons.get(ids[0] ?? ''),
      }),
    );
  }

  /**
   * Queues the batch's rounds for the completion check and tells the cases' followers. Nothing here
   * waits for another batch's cases or rounds: completion is checked after commit (RoundSettler).
   */
  private async settle(tx: Tx, rows: readonly AppliedRow[]): Promise<void> {
    const rounds = [...new Set(rows.flatMap((row) => (row.round_id ? [row.round_id] : [])))];
    if (rounds.length > 0) {
      await tx.sql.executeSql('insert into inquiry_settled (round_ids) values ($1::uuid[])', [rounds]);
      this.onSettled();
    }
    await this.realtime.publish(
      tx,
      PROGRESS_EVENT,
      rows.map((row) => caseTopic(row.case_id)),
    );
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

/** One audit entry per court for a batch: the records it covers, by id; courts in a fixed order. */
export async function auditPerCourt(
  audit: AuditService,
  tx: Tx,
  rows: readonly { id: string; court_id: string }[],
  action: string,
  subject: string,
  after: (ids: string[]) => object,
  actor: Actor = platformActor,
): Promise<void> {
  const byCourt = groupBy(rows, (row) => row.court_id);
  for (const courtId of [...byCourt.keys()].sort()) {
    const ids = (byCourt.get(courtId) ?? []).map((row) => row.id);
    await audit.append(tx, { actor, courtId, action, subject, after: { count: ids.length, ...after(ids) } });
  }
}
