/**
 * 终本案件的公开与更正: the public, masked ruling of a pooled case (Dormant 6) and the court's
 * correction or removal of wrong pool data within 3 days (Dormant 18, deadline `dormant.correct`).
 */
import { and, asc, eq } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Tx } from '../../platform/db';
import { conflict, invalid, notFound } from '../../platform/errors';
import type { Text } from '../../platform/i18n';
import type { AuditService } from '../audit/service';
import { CASE_EVENTS, CLOSING_METHODS, dormantApprovalOf } from '../cases/rules';
import { caseEvents, caseParties, cases } from '../cases/schema';
import { type CaseRow, type CasesService, documentDataOf } from '../cases/service';
import { buildDocument } from '../documents/rules';
import { courts } from '../org/schema';
import { actorOf } from '../org/service';
import { CORRECTION_EVENTS, DORMANT_CORRECT, type ErrorField, publicRuling } from './publication-rules';
import { poolEndsOn, requeryDueOn } from './rules';
import { dormantPool } from './schema';

const RULING: Text = { zh: '终本裁定', en: 'Dormant ruling' };
const DORMANT_METHOD = CLOSING_METHODS.find((method) => method.id === 'dormant');

const notPooled: Text = { zh: '本案不在终本案件库中', en: 'The case is not in the dormant pool' };

export type PoolEntry = typeof dormantPool.$inferSelect;

export interface CorrectionInput {
  errorId: string;
  action: 'correct' | 'remove';
  /** The right day of entry, when the recorded one is wrong (its 5 years and re-queries follow it). */
  enteredOn?: string;
  reason: string;
}

export class DormantPublication {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
  ) {}

  private today(): string {
    return shanghaiDateOf(this.clock.now());
  }

  /**
   * 终本裁定公开 (Dormant 6): the ruling of a case in the pool (or that left it: the ruling stays
   * published), rebuilt from the case's record by the template the dossier's copy was printed from,
   * identity numbers masked. 404 for any other case, and for an entry removed as wrong.
   */
  async publicRuling(caseId: string) {
    const db = this.database.db;
    const [found] = await db
      .select({ row: cases, court: courts.name, leftReason: dormantPool.leftReason })
      .from(dormantPool)
      .innerJoin(cases, eq(cases.id, dormantPool.caseId))
      .innerJoin(courts, eq(courts.id, cases.courtId))
      .where(eq(dormantPool.caseId, caseId));
    if (!found || found.leftReason === 'removed' || found.row.closingMethod !== 'dormant')
      throw notFound(RULING);
    const { row } = found;
    const [parties, [closing], approvals] = await Promise.all([
      db.select().from(caseParties).where(eq(caseParties.caseId, caseId)).orderBy(asc(caseParties.position)),
      db
        .select({ data: caseEvents.data })
        .from(caseEvents)
        .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, CASE_EVENTS.closed)))
        .orderBy(asc(caseEvents.id))
        .limit(1),
      db
        .select({ type: caseEvents.type })
        .from(caseEvents)
        .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, CASE_EVENTS.applicantAgreedDormant))),
    ]);
    const closedOn = row.closedOn ?? this.today();
    const stated = closing?.data ?? {};
    const reason = typeof stated.reason === 'string' ? stated.reason : undefined;
    // The ruling as it was issued: the amount paid by then (older closings did not store it).
    const paidAmount = typeof stated.paidAmount === 'number' ? stated.paidAmount : row.paidAmount;
    const approval = dormantApprovalOf(approvals);
    const body = buildDocument(
      'dormant_ruling',
      documentDataOf({ row, parties, court: { name: found.court } }, closedOn, {
        methodName: DORMANT_METHOD?.zh ?? '终结本次执行程序',
        closedOn,
        paidAmount,
        approval,
        ...(reason ? { remark: reason } : {}),
      }),
    );
    return publicRuling(
      body,
      closedOn,
      parties.map((party) => ({
        role: party.role,
        name: party.name,
        kind: party.kind,
        idNumber: party.idNumber,
        creditCode: party.creditCode,
      })),
    );
  }

  /** 发现终本案件库信息错误: recorded on the case; the 3 days of `dormant.correct` start. */
  async recordError(user: AuthUser, caseId: string, input: { field: ErrorField; description: string }) {
    const errorId = crypto.randomUUID();
    const on = this.today();
    await this.database.transaction(async (tx) => {
      const { row, entry } = await this.pooled(tx, user, caseId);
      const data = {
        errorId,
        field: input.field,
        description: input.description,
        ruleId: DORMANT_CORRECT.id,
      };
      await this.record(tx, user, row, { type: CORRECTION_EVENTS.errorRecorded, on, data }, 'dormant.error', {
        before: entry,
        after: data,
      });
    });
    return { errorId, dueOn: on };
  }

  /**
   * 更正或删除 (Dormant 18): the recorded error answered. `correct` fixes the entry's day (and what
   * follows from it) or records that the data held elsewhere was corrected; `remove` takes a wrongly
   * pooled case out: off the public search and its ruling unpublished, no more re-queries.
   */
  async correct(user: AuthUser, caseId: string, input: CorrectionInput) {
    const on = this.today();
    if (input.enteredOn !== undefined && input.enteredOn > on)
      throw invalid('enteredOn', { zh: '不能晚于今天', en: 'cannot be in the future' });
    return this.database.transaction(async (tx) => {
      const { row, entry } = await this.pooled(tx, user, caseId);
      const nodes = await tx.db
        .select({ type: caseEvents.type, data: caseEvents.data })
        .from(caseEvents)
        .where(eq(caseEvents.caseId, caseId));
      const ofError = nodes.filter((node) => node.data.errorId === input.errorId);
      if (!ofError.some((node) => node.type === CORRECTION_EVENTS.errorRecorded))
        throw invalid('errorId', { zh: '不是本案记录的错误', en: 'is no error recorded on this case' });
      if (ofError.some((node) => node.type === CORRECTION_EVENTS.corrected))
        throw conflict({ zh: '该错误已经更正', en: 'This error was corrected already' });
      const after = await this.apply(tx, entry, input, on);
      const data = {
        errorId: input.errorId,
        action: input.action,
        reason: input.reason,
        ruleId: DORMANT_CORRECT.id,
        ...(input.enteredOn ? { enteredOn: { from: entry.enteredOn, to: input.enteredOn } } : {}),
      };
      await this.record(
        tx,
        user,
        row,
        { type: CORRECTION_EVENTS.corrected, on, data },
        `dormant.${input.action}`,
        {
          before: entry,
          after: { entry: after, ...data },
        },
      );
      return after;
    });
  }

  private async apply(tx: Tx, entry: PoolEntry, input: CorrectionInput, on: string): Promise<PoolEntry> {
    const change: Partial<PoolEntry> =
      input.action === 'remove'
        ? { leftOn: on, leftReason: 'removed', nextDueOn: null }
        : input.enteredOn
          ? {
              enteredOn: input.enteredOn,
              endsOn: poolEndsOn(input.enteredOn),
              ...(entry.leftOn
                ? {}
                : { nextDueOn: requeryDueOn(entry.caseId, input.enteredOn, entry.cycle) }),
            }
          : {};
    if (Object.keys(change).length === 0) return entry;
    const [after] = await tx.db
      .update(dormantPool)
      .set(change)
      .where(eq(dormantPool.caseId, entry.caseId))
      .returning();
    return after ?? entry;
  }

  /** The node on the case and the audit entry of the act, in the act's transaction. */
  private async record(
    tx: Tx,
    user: AuthUser,
    row: CaseRow,
    node: { type: string; on: string; data: Record<string, unknown> },
    action: string,
    change: { before: unknown; after: unknown },
  ): Promise<void> {
    const actor = actorOf(user);
    await this.cases.recordSystemEvents(
      tx,
      [{ caseId: row.id, events: [{ ...node, evidence: [] }] }],
      actor,
      [row],
    );
    await this.audit.append(tx, {
      actor,
      courtId: row.courtId,
      action,
      subject: `case:${row.id}`,
      caseId: row.id,
      ...change,
    });
  }

  /** The case, locked and in scope, with its pool entry (409 when it has none or was removed). */
  private async pooled(tx: Tx, user: AuthUser, caseId: string): Promise<{ row: CaseRow; entry: PoolEntry }> {
    const row = await this.cases.caseInScope(tx.db, user, caseId, true);
    const [entry] = await tx.db
      .select()
      .from(dormantPool)
      .where(eq(dormantPool.caseId, caseId))
      .for('update');
    if (!entry || entry.leftReason === 'removed') throw conflict(notPooled);
    return { row, entry };
  }
}
