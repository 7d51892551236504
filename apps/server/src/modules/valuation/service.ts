import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Db, Tx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import type { Actor, AuditService } from '../audit/service';
import type { LocalDate } from '../calendar/rules';
import type { CalendarService } from '../calendar/service';
import type { CasesService } from '../cases/service';
import type { DocumentsService } from '../documents/service';
import { extendReport, nextAgency, recordReport } from './appraisal';
import { assetInScope, type ValuationContext, type ValuationRow, valuationInScope } from './context';
import { commissionKind, issueValuationDocument } from './documents';
import {
  addToList,
  DEMO_AGENCIES,
  importPlatforms,
  type ListKind,
  type PlatformEntry,
  readLists,
  seedAgencies,
  updateListEntry,
} from './lists';
import { object, objectionStep, serve } from './objections';
import { OnlineInquiries, type PlatformReport } from './online';
import { resume, returnFile, stay } from './procedure';
import type { ReturnReason } from './procedure-rules';
import { currentReferencePrice } from './reference';
import { draw } from './rules';
import { allowOwnSale, settleFee } from './sale';
import { type DrawRecord, valuationResults, valuations } from './schema';
import { type StartInput, startValuation } from './start';

export type { ResultRow, ValuationRow } from './context';
export { DEMO_AGENCIES, type PlatformEntry } from './lists';
export {
  currentReferencePrice,
  type ReferenceBasis,
  type ReferencePrice,
  referenceBasis,
  referencePriceOf,
} from './reference';
export type { ValuationMethod } from './rules';
export type { StartInput } from './start';

const DRAW_RECORD = { zh: '摇号记录', en: 'Draw' };

/**
 * 询价评估: the reference price of seized assets, by the methods of RefPrice, with its clocks. The use
 * cases live in the files beside (start, online, appraisal, objections, sale, lists); this class holds
 * the collaborators and is what routes and other modules call.
 */
export class ValuationService {
  private readonly ctx: ValuationContext;
  private readonly online: OnlineInquiries;

  constructor(
    database: Database,
    clock: Clock,
    audit: AuditService,
    cases: CasesService,
    calendar: CalendarService,
    documents: DocumentsService,
    log: { error(value: unknown, message: string): void } = console,
  ) {
    this.ctx = { database, clock, audit, cases, calendar, documents, log };
    this.online = new OnlineInquiries(this.ctx);
  }

  today(): LocalDate {
    return shanghaiDateOf(this.ctx.clock.now());
  }

  get db(): Db {
    return this.ctx.database.db;
  }

  // ─── Lists: platforms and agencies ─────────────────────────────────────────────────────────────

  importPlatforms(actor: Actor, entries: readonly PlatformEntry[], options: { secret?: string } = {}) {
    return importPlatforms(this.ctx, actor, entries, options);
  }

  seedAgencies(list: readonly { code: string; name: string }[] = DEMO_AGENCIES): Promise<void> {
    return seedAgencies(this.ctx, list);
  }

  readLists() {
    return readLists(this.ctx);
  }

  addToList(actor: Actor, kind: ListKind, entry: Parameters<typeof addToList>[3]): Promise<void> {
    return addToList(this.ctx, actor, kind, entry);
  }

  updateListEntry(
    actor: Actor,
    kind: ListKind,
    code: string,
    change: Parameters<typeof updateListEntry>[4],
  ): Promise<void> {
    return updateListEntry(this.ctx, actor, kind, code, change);
  }

  // ─── Reading ───────────────────────────────────────────────────────────────────────────────────

  assetInScope(db: Db, user: AuthUser, id: string) {
    return assetInScope(db, user, id);
  }

  valuationInScope(db: Db, user: AuthUser, id: string): Promise<ValuationRow> {
    return valuationInScope(db, user, id);
  }

  /** The asset's procedures, newest first, with their results. */
  async list(user: AuthUser, assetId: string) {
    const db = this.db;
    const asset = await assetInScope(db, user, assetId);
    const rows = await db
      .select()
      .from(valuations)
      .where(eq(valuations.assetId, assetId))
      .orderBy(desc(valuations.startedAt), desc(valuations.createdAt));
    const results =
      rows.length === 0
        ? []
        : await db
            .select()
            .from(valuationResults)
            .where(
              inArray(
                valuationResults.valuationId,
                rows.map((r) => r.id),
              ),
            )
            .orderBy(asc(valuationResults.platform));
    return {
      asset,
      today: this.today(),
      now: this.ctx.clock.now(),
      items: rows.map((row) => ({ row, results: results.filter((r) => r.valuationId === row.id) })),
      current: await currentReferencePrice(db, assetId),
    };
  }

  /** The draw of an appraisal, with its recomputation (anyone may check it: GET /api/valuations/:id/draw). */
  async drawOf(id: string): Promise<DrawRecord & { recomputed: string[]; matches: boolean }> {
    const [row] = await this.db.select().from(valuations).where(eq(valuations.id, id));
    if (!row?.draw) throw notFound(DRAW_RECORD);
    const recomputed = draw(row.draw.seed, row.draw.list, row.draw.count);
    return {
      ...row.draw,
      recomputed,
      matches:
        recomputed.length === row.draw.result.length && recomputed.every((c, i) => c === row.draw?.result[i]),
    };
  }

  // ─── Use cases ─────────────────────────────────────────────────────────────────────────────────

  /** Starts a procedure on the asset; agreement and targeted inquiry set the price at once. */
  async start(user: AuthUser, assetId: string, input: StartInput, idempotencyKey?: string) {
    const started = await startValuation(this.ctx, user, assetId, input, idempotencyKey, this.online);
    if (!started.replayed) await this.commission(user, started.id);
    return started;
  }

  /** The commission letter (网络询价委托书, 评估委托书) of a procedure that went out, into the dossier. */
  private async commission(user: AuthUser, id: string): Promise<void> {
    const [row] = await this.db.select().from(valuations).where(eq(valuations.id, id));
    const kind = row ? commissionKind(row) : null;
    if (kind) await issueValuationDocument(this.ctx, user, id, kind);
  }

  /** 重新确定参考价 (RefPrice 27): a new procedure on the same asset, by the same method, linked to the expired one. */
  async reissue(
    user: AuthUser,
    id: string,
    input: Pick<StartInput, 'price' | 'authority' | 'basis' | 'note'>,
    idempotencyKey?: string,
  ) {
    const expired = await valuationInScope(this.db, user, id);
    const start = { ...input, method: expired.method };
    const started = await startValuation(
      this.ctx,
      user,
      expired.assetId,
      start,
      idempotencyKey,
      this.online,
      expired,
    );
    if (!started.replayed) await this.commission(user, started.id);
    return started;
  }

  /** The file goes to the next agency (or a redrawn one) with a new commission. */
  async returnFile(user: AuthUser, id: string, input: { reason: ReturnReason; note: string }): Promise<void> {
    await returnFile(this.ctx, user, id, input);
    await this.commission(user, id);
  }

  stay(user: AuthUser, id: string, reason: string): Promise<void> {
    return stay(this.ctx, user, id, reason);
  }

  resume(user: AuthUser, id: string): Promise<void> {
    return resume(this.ctx, user, id);
  }

  send(valuationId: string): Promise<void> {
    return this.online.send(valuationId);
  }

  poll(): Promise<number> {
    return this.online.poll();
  }

  settle(valuationId: string, reports: readonly PlatformReport[]): Promise<void> {
    return this.online.settle(valuationId, reports);
  }

  startPolling(intervalMs: number): void {
    this.online.startPolling(intervalMs);
  }

  stopPolling(): void {
    this.online.stopPolling();
  }

  recordReport(user: AuthUser, id: string, input: { amount: number; reportNo: string }): Promise<void> {
    return recordReport(this.ctx, user, id, input);
  }

  extendReport(user: AuthUser, id: string): Promise<void> {
    return extendReport(this.ctx, user, id);
  }

  nextAgency(user: AuthUser, id: string): Promise<void> {
    return nextAgency(this.ctx, user, id);
  }

  /** The result served on the parties, with the notice of the reference price in the dossier. */
  async serve(user: AuthUser, id: string, input: { servedOn?: LocalDate; byPublication?: boolean }) {
    await serve(this.ctx, user, id, input);
    await issueValuationDocument(this.ctx, user, id, 'price_notice');
  }

  object(user: AuthUser, id: string, input: Parameters<typeof object>[3]): Promise<void> {
    return object(this.ctx, user, id, input);
  }

  objectionStep(
    user: AuthUser,
    id: string,
    objectionId: string,
    step: 'forwarded' | 'answered',
    note: string,
  ): Promise<void> {
    return objectionStep(this.ctx, user, id, objectionId, step, note);
  }

  allowOwnSale(user: AuthUser, assetId: string, input: { until: LocalDate }): Promise<void> {
    return allowOwnSale(this.ctx, user, assetId, input);
  }

  /** 询价费 (RefPrice 31): see sale.ts; for the auction module, in the transaction recording the sale. */
  settleFee(tx: Tx, valuationId: string, salePrice: number): Promise<string | null> {
    return settleFee(this.ctx, tx, valuationId, salePrice);
  }
}
