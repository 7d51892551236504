import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sign } from '@zhixing/assist-protocol';
import { and, asc, desc, eq, inArray, like } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Db, Tx } from '../../platform/db';
import { conflict, invalid, notFound, ruleViolation } from '../../platform/errors';
import { onceByKey } from '../../platform/idempotency';
import { caseClosed, RECORDS } from '../../platform/messages';
import { assets } from '../assets/schema';
import type { Actor, AuditService } from '../audit/service';
import type { LocalDate, WorkingCalendar } from '../calendar/rules';
import type { CalendarService } from '../calendar/service';
import { caseEvents, caseParties, cases } from '../cases/schema';
import type { CasesService, RecordedEvent } from '../cases/service';
import { checkGuards } from '../compliance/rules';
import { courts } from '../org/schema';
import { actorOf } from '../org/service';
import {
  DRAW_ALGORITHM,
  draw,
  EXTENSION_ACTION,
  extendedDueOn,
  feePlatform,
  inTime,
  NOT_PRICED,
  OBJECTION_ACTION,
  OWN_SALE_ACTION,
  objectionUntil,
  onlineDueAt,
  onlineOutcome,
  PERIODS,
  type PlatformResult,
  type ResultStatus,
  referenceMean,
  reportDueOn,
  START_ACTION,
  type StartSubject,
  VALUATION_EVENTS,
  VALUATION_GUARDS,
  type ValuationMethod,
  validUntil,
} from './rules';
import { appraisalAgencies, type DrawRecord, pricePlatforms, valuationResults, valuations } from './schema';

export type ValuationRow = typeof valuations.$inferSelect;
export type ResultRow = typeof valuationResults.$inferSelect;
export type { ValuationMethod } from './rules';

/** The asset's reference price in force: what the auction module starts from. */
export interface ReferencePrice {
  valuationId: string;
  /** fen */
  amount: number;
  method: ValuationMethod;
  /** ISO date */
  determinedOn: string;
  /** ISO date: the last day it is valid (RefPrice 27) */
  validUntil: string;
}

const dbOf = (db: Db | Tx): Db => ('db' in db && 'sql' in db ? (db as Tx).db : (db as Db));

/**
 * The latest reference price set on the asset (the newest priced procedure), expired or not — compare
 * `validUntil` with today, or check the `valuation.validity` guard (rules.ts VALIDITY). Null when none.
 */
export async function currentReferencePrice(db: Db | Tx, assetId: string): Promise<ReferencePrice | null> {
  const [row] = await dbOf(db)
    .select()
    .from(valuations)
    .where(and(eq(valuations.assetId, assetId), eq(valuations.status, 'priced')))
    .orderBy(desc(valuations.determinedOn), desc(valuations.updatedAt))
    .limit(1);
  if (!row || row.amount === null || row.determinedOn === null || row.validUntil === null) return null;
  return {
    valuationId: row.id,
    amount: row.amount,
    method: row.method,
    determinedOn: row.determinedOn,
    validUntil: row.validUntil,
  };
}

export interface StartInput {
  method: ValuationMethod;
  /** Agreement and targeted inquiry: the price (fen). */
  price?: number;
  /** Targeted inquiry: the authority asked and the basis of its price. */
  authority?: string;
  basis?: string;
  /** Appraisal: the 3 agencies the parties agreed on, in their order; absent, the court draws them. */
  agencies?: string[];
  /** Both parties agreed to skip ahead in the order, or a law requires appraisal (RefPrice 2–9). */
  skipAgreed?: boolean;
  appraisalRequired?: boolean;
  needsInspection?: boolean;
  note?: string;
}

/** A platform on the national list, as the simulator (or an administrator) publishes it. */
export interface PlatformEntry {
  code: string;
  name: string;
  endpoint: string;
  key?: string;
}

/** The demo's list of appraisal agencies (评估机构名单) the court draws from. */
export const DEMO_AGENCIES: readonly { code: string; name: string }[] = [
  { code: 'agency.zhongshang', name: '北京中商资产评估有限公司' },
  { code: 'agency.huaxia', name: '华夏房地产土地评估有限公司' },
  { code: 'agency.jinghua', name: '京华信诚资产评估事务所' },
  { code: 'agency.tianyuan', name: '天源资产评估有限公司' },
  { code: 'agency.zhonglian', name: '中联资产评估集团有限公司' },
  { code: 'agency.lianhe', name: '联合中和土地房地产评估有限公司' },
  { code: 'agency.guozhong', name: '国众联资产评估土地房地产估价有限公司' },
  { code: 'agency.kaiyuan', name: '开元资产评估有限公司' },
];

const INQUIRIES_PATH = '/v1/inquiries';
const LOOKUP_PATH = '/v1/inquiries/lookup';
const HTTP_TIMEOUT_MS = 10_000;

interface PlatformReport {
  inquiryId: string;
  platformCode: string;
  status: 'reported' | 'declined';
  price?: number;
  reportNo?: string;
  reason?: string;
  reportedAt: string;
}

/** 询价评估: the reference price of seized assets, by the methods of RefPrice, with its clocks. */
export class ValuationService {
  private pollTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly calendar: CalendarService,
    private readonly log: { error(value: unknown, message: string): void } = console,
  ) {}

  today(): LocalDate {
    return shanghaiDateOf(this.clock.now());
  }

  private async workingCalendar(tx: Tx): Promise<WorkingCalendar> {
    return (await this.calendar.planningCalendar(tx.db)).calendar;
  }

  get db(): Db {
    return this.database.db;
  }

  // ─── Lists: platforms and agencies ─────────────────────────────────────────────────────────────

  /** Registers (or updates) the platforms of the national list; keys derived from `secret` when absent. */
  async importPlatforms(actor: Actor, entries: readonly PlatformEntry[], options: { secret?: string } = {}) {
    const { derivedKey } = await import('@zhixing/assist-protocol');
    return this.database.transaction(async (tx) => {
      const now = this.clock.now();
      for (const entry of entries) {
        const key = entry.key ?? (options.secret ? derivedKey(options.secret, entry.code) : undefined);
        if (!key) throw invalid('key', { zh: '缺少平台密钥', en: 'the platform key is missing' });
        await tx.db
          .insert(pricePlatforms)
          .values({
            code: entry.code,
            name: entry.name,
            endpoint: entry.endpoint,
            key,
            createdAt: now,
            updatedAt: now,
          })
          .onConflictDoUpdate({
            target: pricePlatforms.code,
            set: { name: entry.name, endpoint: entry.endpoint, key, active: 1, updatedAt: now },
          });
      }
      await this.audit.append(tx, {
        actor,
        courtId: null,
        action: 'valuation.platforms.import',
        subject: 'price_platforms',
        after: entries.map(({ code, name, endpoint }) => ({ code, name, endpoint })),
      });
      return entries.length;
    });
  }

  /** Seeds the demo list of agencies once (an empty list only). */
  async seedAgencies(list: readonly { code: string; name: string }[] = DEMO_AGENCIES): Promise<void> {
    const now = this.clock.now();
    await this.database.db
      .insert(appraisalAgencies)
      .values(list.map((a) => ({ ...a, createdAt: now })))
      .onConflictDoNothing();
  }

  /** An asset of a case in the user's court scope, or "not found". */
  async assetInScope(db: Db, user: AuthUser, id: string) {
    const [found] = await db
      .select({ asset: assets })
      .from(assets)
      .innerJoin(courts, eq(courts.id, assets.courtId))
      .where(and(eq(assets.id, id), like(courts.path, `${user.court.path}%`)));
    if (!found) throw notFound(RECORDS.asset);
    return found.asset;
  }

  /** A procedure on an asset in the user's court scope, or "not found". */
  async valuationInScope(db: Db, user: AuthUser, id: string): Promise<ValuationRow> {
    const [found] = await db
      .select({ valuation: valuations })
      .from(valuations)
      .innerJoin(courts, eq(courts.id, valuations.courtId))
      .where(and(eq(valuations.id, id), like(courts.path, `${user.court.path}%`)));
    if (!found) throw notFound(VALUATION_RECORD);
    return found.valuation;
  }

  /** The asset's procedures, newest first, with their results. */
  async list(user: AuthUser, assetId: string) {
    const db = this.database.db;
    const asset = await this.assetInScope(db, user, assetId);
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
      now: this.clock.now(),
      items: rows.map((row) => ({ row, results: results.filter((r) => r.valuationId === row.id) })),
      current: await currentReferencePrice(db, assetId),
    };
  }

  /** The draw of an appraisal, with its recomputation (anyone may check it: GET /api/valuations/:id/draw). */
  async drawOf(id: string): Promise<DrawRecord & { recomputed: string[]; matches: boolean }> {
    const [row] = await this.database.db.select().from(valuations).where(eq(valuations.id, id));
    if (!row?.draw) throw notFound(DRAW_RECORD);
    const recomputed = draw(row.draw.seed, row.draw.list, row.draw.count);
    return {
      ...row.draw,
      recomputed,
      matches:
        recomputed.length === row.draw.result.length && recomputed.every((c, i) => c === row.draw?.result[i]),
    };
  }

  /** Starts a procedure on the asset; agreement and targeted inquiry set the price at once. */
  async start(
    user: AuthUser,
    assetId: string,
    input: StartInput,
    idempotencyKey?: string,
  ): Promise<{ id: string; replayed: boolean }> {
    const asset = await this.assetInScope(this.database.db, user, assetId);
    const digest = createHash('sha256').update(JSON.stringify(input)).digest('hex');
    const claim = {
      userId: user.id,
      key: idempotencyKey,
      fingerprint: `POST /api/assets/${assetId}/valuations ${digest}`,
      now: this.clock.now(),
    };
    const answer = await onceByKey(this.database, claim, async (tx) => {
      const row = await this.cases.caseInScope(tx.db, user, asset.caseId, true);
      if (row.status === 'closed') throw conflict(caseClosed(row.caseNumber));
      const earlier = await tx.db.select().from(valuations).where(eq(valuations.assetId, assetId));
      const subject: StartSubject = {
        method: input.method,
        earlier: earlier.filter((v) => v.status === 'failed').map((v) => v.method),
        skipAgreed: input.skipAgreed ?? false,
        hasOfficialPrice: input.method !== 'targeted_inquiry' || Boolean(input.authority && input.basis),
        needsInspection: input.needsInspection ?? false,
        appraisalRequired: input.appraisalRequired ?? false,
        running: earlier.some((v) => v.status === 'inquiring' || v.status === 'appraising'),
      };
      const violations = checkGuards(VALUATION_GUARDS, START_ACTION, subject);
      if (violations.length > 0) throw ruleViolation(violations);
      const immediate = input.method === 'agreement' || input.method === 'targeted_inquiry';
      if (immediate && input.price === undefined)
        throw invalid('price', { zh: '须填写参考价（分）', en: 'the price (fen) is required' });
      if (!immediate && input.price !== undefined)
        throw invalid('price', {
          zh: '网络询价和委托评估的参考价由平台或评估机构确定',
          en: 'an online inquiry or appraisal gets its price from the platforms or the agency',
        });
      const now = this.clock.now();
      const today = this.today();
      const platforms =
        input.method === 'online_inquiry'
          ? await tx.db
              .select()
              .from(pricePlatforms)
              .where(eq(pricePlatforms.active, 1))
              .orderBy(asc(pricePlatforms.code))
          : [];
      if (input.method === 'online_inquiry' && platforms.length === 0)
        throw conflict({
          zh: '司法网络询价平台名单为空',
          en: 'the list of price-inquiry platforms is empty',
        });
      let drawRecord: DrawRecord | null = null;
      let agencies: string[] | null = null;
      if (input.method === 'appraisal') {
        if (input.agencies !== undefined) {
          agencies = input.agencies;
        } else {
          const list = (
            await tx.db
              .select()
              .from(appraisalAgencies)
              .where(eq(appraisalAgencies.active, 1))
              .orderBy(asc(appraisalAgencies.code))
          ).map((a) => a.code);
          if (list.length < PERIODS.agencies)
            throw conflict({
              zh: '评估机构名单不足3家，无法摇号',
              en: 'fewer than 3 agencies on the list: no draw',
            });
          const seed = randomBytes(16).toString('hex');
          drawRecord = {
            algorithm: DRAW_ALGORITHM,
            seed,
            list,
            count: PERIODS.agencies,
            result: draw(seed, list, PERIODS.agencies),
            drawnAt: now.toISOString(),
          };
          agencies = drawRecord.result;
        }
      }
      const [created] = await tx.db
        .insert(valuations)
        .values({
          caseId: row.id,
          courtId: row.courtId,
          assetId,
          method: input.method,
          status: immediate ? 'priced' : input.method === 'appraisal' ? 'appraising' : 'inquiring',
          startedAt: now,
          startedOn: today,
          dueAt: input.method === 'online_inquiry' ? onlineDueAt(now, false) : null,
          basis:
            input.method === 'targeted_inquiry'
              ? { authority: input.authority ?? '', basis: input.basis ?? '' }
              : null,
          draw: drawRecord,
          agencies,
          agencyIndex: agencies ? 0 : null,
          reportDueOn: agencies ? reportDueOn(await this.workingCalendar(tx), today) : null,
          amount: immediate ? (input.price ?? null) : null,
          determinedOn: immediate ? today : null,
          validUntil: immediate ? validUntil(today) : null,
          note: input.note ?? null,
          createdBy: user.displayName,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!created) throw new Error('insert returned nothing');
      if (platforms.length > 0)
        await tx.db.insert(valuationResults).values(
          platforms.map((p) => ({
            valuationId: created.id,
            platform: p.code,
            name: p.name,
            status: 'waiting',
            createdAt: now,
          })),
        );
      // A new price supersedes the price in force (RefPrice 27).
      if (immediate) await this.supersede(tx, assetId, created.id, now);
      const events: RecordedEvent[] = [
        {
          type: VALUATION_EVENTS.started,
          on: today,
          data: {
            assetId,
            valuationId: created.id,
            method: input.method,
            ...(drawRecord ? { draw: drawRecord } : {}),
          },
          evidence: [],
        },
      ];
      if (immediate) events.push(pricedEvent(created, today));
      if (created.reportDueOn) events.push(reportPeriodEvent(created, today, created.reportDueOn));
      await this.cases.recordSystemEvents(tx, [{ caseId: row.id, events }], actorOf(user));
      await this.audit.append(tx, {
        actor: actorOf(user),
        courtId: row.courtId,
        action: 'valuation.start',
        subject: `valuation:${created.id}`,
        caseId: row.id,
        after: created,
      });
      return { status: 201, body: { id: created.id } };
    });
    const { id } = answer.body;
    if (input.method === 'online_inquiry')
      await this.send(id).catch((error) => this.log.error({ err: error }, 'price inquiry send'));
    return { id, replayed: answer.replayed };
  }

  private async supersede(tx: Tx, assetId: string, keep: string, now: Date): Promise<void> {
    const priced = await tx.db
      .select({ id: valuations.id })
      .from(valuations)
      .where(and(eq(valuations.assetId, assetId), eq(valuations.status, 'priced')));
    const others = priced.map((p) => p.id).filter((id) => id !== keep);
    if (others.length > 0)
      await tx.db
        .update(valuations)
        .set({ status: 'superseded', updatedAt: now })
        .where(inArray(valuations.id, others));
  }

  // ─── Online inquiry: sending and polling the platforms ─────────────────────────────────────────

  /** Sends the inquiry to every platform not yet reached (at once, all of them: RefPrice 10). */
  async send(valuationId: string): Promise<void> {
    const db = this.database.db;
    const [row] = await db.select().from(valuations).where(eq(valuations.id, valuationId));
    if (row?.status !== 'inquiring') return;
    const unsent = await db
      .select({ result: valuationResults, platform: pricePlatforms })
      .from(valuationResults)
      .innerJoin(pricePlatforms, eq(pricePlatforms.code, valuationResults.platform))
      .where(and(eq(valuationResults.valuationId, valuationId), eq(valuationResults.status, 'waiting')));
    const pending = unsent.filter((u) => u.result.sentAt === null);
    if (pending.length === 0) return;
    const property = await this.propertyOf(row);
    await Promise.all(
      pending.map(async ({ result, platform }) => {
        const body = {
          inquiryId: result.id,
          sentAt: row.startedAt.toISOString(),
          basis: property.basis,
          property: property.property,
        };
        const answer = await signedPost(platform, INQUIRIES_PATH, body);
        // Not accepted: kept unsent with the reason, and sent again on the next poll.
        await db
          .update(valuationResults)
          .set(answer.ok ? { sentAt: this.clock.now(), reason: null } : { reason: answer.reason })
          .where(eq(valuationResults.id, result.id));
      }),
    );
  }

  private async propertyOf(row: ValuationRow) {
    const db = this.database.db;
    const [found] = await db
      .select({ asset: assets, party: caseParties, court: courts })
      .from(assets)
      .innerJoin(caseParties, eq(caseParties.id, assets.partyId))
      .innerJoin(courts, eq(courts.id, assets.courtId))
      .where(eq(assets.id, row.assetId));
    if (!found) throw notFound(RECORDS.asset);
    const { asset, party, court } = found;
    const owner = party.idNumber ?? party.creditCode ?? undefined;
    const [caseRow] = await db
      .select({ caseNumber: cases.caseNumber })
      .from(cases)
      .where(eq(cases.id, row.caseId));
    return {
      basis: {
        caseNumber: caseRow?.caseNumber ?? '—',
        courtCode: court.code,
        courtName: court.name,
        // The commission is this procedure's record (no separate document is rendered).
        documentId: row.id,
        documentTitle: '网络询价委托书',
        officerName: row.createdBy,
      },
      property: {
        category: asset.category,
        description: asset.description.slice(0, 300),
        assetRef: asset.assetRef,
        ...(owner && /^[0-9A-Z]{18}$/.test(owner) ? { owner } : {}),
      },
    };
  }

  /**
   * One round of the online inquiries: sends what is unsent, looks the waiting reports up on each
   * platform as of the platform clock, records them (in time or late) and settles each inquiry whose
   * platforms all answered or whose period ended (the price, the one extension, or no result).
   */
  async poll(): Promise<number> {
    const open = await this.database.db
      .select({ id: valuations.id })
      .from(valuations)
      .where(eq(valuations.status, 'inquiring'))
      .orderBy(asc(valuations.startedAt))
      .limit(200);
    for (const { id } of open) {
      await this.send(id);
      const reports = await this.lookup(id);
      await this.settle(id, reports);
    }
    return open.length;
  }

  private async lookup(valuationId: string): Promise<PlatformReport[]> {
    const waiting = await this.database.db
      .select({ result: valuationResults, platform: pricePlatforms })
      .from(valuationResults)
      .innerJoin(pricePlatforms, eq(pricePlatforms.code, valuationResults.platform))
      .where(and(eq(valuationResults.valuationId, valuationId), eq(valuationResults.status, 'waiting')));
    const asOf = this.clock.now().toISOString();
    const answers = await Promise.all(
      waiting
        .filter((w) => w.result.sentAt !== null)
        .map(async ({ result, platform }) => {
          const answer = await signedPost(platform, LOOKUP_PATH, { inquiryIds: [result.id], asOf });
          const reports = answer.ok ? ((answer.body as { reports?: PlatformReport[] }).reports ?? []) : [];
          return reports.filter((r) => r.inquiryId === result.id && r.platformCode === platform.code);
        }),
    );
    return answers.flat();
  }

  /** Records reports and settles the inquiry, in one transaction. */
  async settle(valuationId: string, reports: readonly PlatformReport[]): Promise<void> {
    await this.database.transaction(async (tx) => {
      const [row] = await tx.db.select().from(valuations).where(eq(valuations.id, valuationId)).for('update');
      if (row?.status !== 'inquiring') return;
      const now = this.clock.now();
      const dueAt = onlineDueAt(row.startedAt, row.extended > 0);
      for (const report of reports) {
        const at = new Date(report.reportedAt);
        const status: ResultStatus =
          report.status === 'declined' ? 'declined' : inTime(at, dueAt) ? 'priced' : 'late';
        await tx.db
          .update(valuationResults)
          .set({
            status,
            price: report.status === 'reported' ? (report.price ?? null) : null,
            reportNo: report.reportNo ?? null,
            reason: report.reason ?? null,
            deliveredAt: Number.isNaN(at.getTime()) ? now : at,
          })
          .where(and(eq(valuationResults.id, report.inquiryId), eq(valuationResults.status, 'waiting')));
      }
      const results = await tx.db
        .select()
        .from(valuationResults)
        .where(eq(valuationResults.valuationId, valuationId));
      const outcome = onlineOutcome(results.map(toPlatformResult), row.startedAt, row.extended > 0, now);
      if (outcome.kind === 'wait') return;
      const today = shanghaiDateOf(now);
      let events: RecordedEvent[] = [];
      let after: ValuationRow | undefined;
      if (outcome.kind === 'extend') {
        [after] = await tx.db
          .update(valuations)
          .set({ extended: 1, dueAt: outcome.dueAt, updatedAt: now })
          .where(eq(valuations.id, valuationId))
          .returning();
      } else if (outcome.kind === 'priced') {
        // Platforms still silent at the end are late.
        await tx.db
          .update(valuationResults)
          .set({ status: 'late' })
          .where(and(eq(valuationResults.valuationId, valuationId), eq(valuationResults.status, 'waiting')));
        [after] = await tx.db
          .update(valuations)
          .set({
            status: 'priced',
            amount: outcome.amount,
            determinedOn: today,
            validUntil: validUntil(today),
            updatedAt: now,
          })
          .where(eq(valuations.id, valuationId))
          .returning();
        await this.supersede(tx, row.assetId, row.id, now);
        if (after) events = [pricedEvent(after, today), reportedEvent(after, today)];
      } else {
        [after] = await tx.db
          .update(valuations)
          .set({ status: 'failed', updatedAt: now })
          .where(eq(valuations.id, valuationId))
          .returning();
        events = [
          {
            type: VALUATION_EVENTS.failed,
            on: today,
            data: { assetId: row.assetId, valuationId },
            evidence: [],
          },
        ];
      }
      if (events.length > 0)
        await this.cases.recordSystemEvents(tx, [{ caseId: row.caseId, events }], SYSTEM_ACTOR);
      await this.audit.append(tx, {
        actor: SYSTEM_ACTOR,
        courtId: row.courtId,
        action: `valuation.online.${outcome.kind}`,
        subject: `valuation:${valuationId}`,
        caseId: row.caseId,
        before: row,
        after: { ...after, results },
      });
    });
  }

  startPolling(intervalMs: number): void {
    this.stopPolling();
    const run = () => void this.poll().catch((error) => this.log.error({ err: error }, 'price inquiry poll'));
    this.pollTimer = setInterval(run, intervalMs);
    this.pollTimer.unref();
  }

  stopPolling(): void {
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.pollTimer = null;
  }

  // ─── Appraisal, service, objections ──────────────────────────────────────────────────────────

  /** One change to a procedure of an open case, in one transaction with its events and audit entry. */
  private async change(
    user: AuthUser,
    id: string,
    action: string,
    apply: (tx: Tx, row: ValuationRow, today: LocalDate, now: Date) => Promise<RecordedEvent[]>,
  ): Promise<void> {
    const found = await this.valuationInScope(this.database.db, user, id);
    await this.database.transaction(async (tx) => {
      const caseRow = await this.cases.caseInScope(tx.db, user, found.caseId, true);
      if (caseRow.status === 'closed') throw conflict(caseClosed(caseRow.caseNumber));
      const [row] = await tx.db.select().from(valuations).where(eq(valuations.id, id)).for('update');
      if (!row) throw notFound(VALUATION_RECORD);
      const now = this.clock.now();
      const events = await apply(tx, row, shanghaiDateOf(now), now);
      const [after] = await tx.db.select().from(valuations).where(eq(valuations.id, id));
      if (events.length > 0)
        await this.cases.recordSystemEvents(tx, [{ caseId: row.caseId, events }], actorOf(user));
      await this.audit.append(tx, {
        actor: actorOf(user),
        courtId: row.courtId,
        action,
        subject: `valuation:${id}`,
        caseId: row.caseId,
        before: row,
        after,
      });
    });
  }

  /** The agency's report (评估报告) arrives: its figure is the reference price. */
  async recordReport(user: AuthUser, id: string, input: { amount: number; reportNo: string }): Promise<void> {
    await this.change(user, id, 'valuation.report', async (tx, row, today, now) => {
      if (row.method !== 'appraisal' || row.status !== 'appraising')
        throw conflict({
          zh: '该程序不在评估中',
          en: 'this procedure is not waiting for an appraisal report',
        });
      const agency = row.agencies?.[row.agencyIndex ?? 0] ?? '—';
      await tx.db.insert(valuationResults).values({
        valuationId: id,
        platform: agency,
        name: agency,
        status: 'priced',
        price: input.amount,
        reportNo: input.reportNo,
        deliveredAt: now,
        createdAt: now,
      });
      const [after] = await tx.db
        .update(valuations)
        .set({
          status: 'priced',
          amount: input.amount,
          reportNo: input.reportNo,
          reportReceivedOn: today,
          determinedOn: today,
          validUntil: validUntil(today),
          updatedAt: now,
        })
        .where(eq(valuations.id, id))
        .returning();
      await this.supersede(tx, row.assetId, id, now);
      return after ? [pricedEvent(after, today), reportedEvent(after, today)] : [];
    });
  }

  /** 延长评估期限 (RefPrice 19): 15 days, at most twice, asked at least 5 days before the end. */
  async extendReport(user: AuthUser, id: string): Promise<void> {
    await this.change(user, id, 'valuation.report_extension', async (tx, row, today, now) => {
      if (row.status !== 'appraising' || row.reportDueOn === null)
        throw conflict({
          zh: '该程序不在评估中',
          en: 'this procedure is not waiting for an appraisal report',
        });
      const violations = checkGuards(VALUATION_GUARDS, EXTENSION_ACTION, {
        dueOn: row.reportDueOn,
        extensions: row.reportExtensions,
        today,
      });
      if (violations.length > 0) throw ruleViolation(violations);
      const due = extendedDueOn(await this.workingCalendar(tx), row.reportDueOn);
      await tx.db
        .update(valuations)
        .set({ reportExtensions: row.reportExtensions + 1, reportDueOn: due, updatedAt: now })
        .where(eq(valuations.id, id));
      return [reportPeriodEvent(row, today, due)];
    });
  }

  /** An agency missed its period: it returns the file and the next drawn agency takes over (RefPrice 19). */
  async nextAgency(user: AuthUser, id: string): Promise<void> {
    await this.change(user, id, 'valuation.next_agency', async (tx, row, today, now) => {
      if (row.status !== 'appraising' || row.reportDueOn === null || row.agencies === null)
        throw conflict({
          zh: '该程序不在评估中',
          en: 'this procedure is not waiting for an appraisal report',
        });
      if (today <= row.reportDueOn)
        throw conflict({
          zh: `评估期限至${row.reportDueOn}尚未届满`,
          en: `the agency’s period runs until ${row.reportDueOn}`,
        });
      const next = (row.agencyIndex ?? 0) + 1;
      if (next >= row.agencies.length)
        throw conflict({ zh: '选定的评估机构均已逾期', en: 'every chosen agency missed its period' });
      const due = reportDueOn(await this.workingCalendar(tx), today);
      await tx.db
        .update(valuations)
        .set({ agencyIndex: next, reportDueOn: due, reportExtensions: 0, updatedAt: now })
        .where(eq(valuations.id, id));
      return [reportPeriodEvent(row, today, due, row.agencies[next])];
    });
  }

  /** 送达 (RefPrice 21): the result served on the parties; by publication it counts 15 days later. */
  async serve(
    user: AuthUser,
    id: string,
    input: { servedOn?: LocalDate; byPublication?: boolean },
  ): Promise<void> {
    await this.change(user, id, 'valuation.serve', async (tx, row, today, now) => {
      if (row.status !== 'priced') throw conflict(NOT_PRICED);
      const servedOn = input.servedOn ?? today;
      if (servedOn > today) throw invalid('servedOn', { zh: '不能晚于今天', en: 'is in the future' });
      const byPublication = input.byPublication ?? false;
      const until = objectionUntil(await this.workingCalendar(tx), servedOn, byPublication);
      await tx.db
        .update(valuations)
        .set({ servedOn, servedByPublication: byPublication ? 1 : 0, objectionUntil: until, updatedAt: now })
        .where(eq(valuations.id, id));
      return [
        {
          type: VALUATION_EVENTS.served,
          on: servedOn,
          data: { assetId: row.assetId, valuationId: id, objectionUntil: until },
          evidence: [],
        },
      ];
    });
  }

  /**
   * 异议 (RefPrice 22–24): within 5 days of receipt, never against an agreed or targeted price. An upheld
   * objection to one platform's figure leaves it out: the price becomes the mean of the others (RefPrice 13).
   */
  async object(
    user: AuthUser,
    id: string,
    input: { kind: 'procedural' | 'substantive'; reason: string; platform?: string; upheld?: boolean },
  ): Promise<void> {
    await this.change(user, id, 'valuation.objection', async (tx, row, today, now) => {
      const violations = checkGuards(VALUATION_GUARDS, OBJECTION_ACTION, {
        method: row.method,
        objectionUntil: row.objectionUntil,
        today,
      });
      if (violations.length > 0) throw ruleViolation(violations);
      const events: RecordedEvent[] = [
        {
          type: VALUATION_EVENTS.objected,
          on: today,
          data: {
            assetId: row.assetId,
            valuationId: id,
            objectionId: randomUUID(),
            method: row.method,
            reason: input.reason,
            kind: input.kind,
            platform: input.platform ?? null,
            upheld: input.upheld ?? false,
          },
          evidence: [],
        },
      ];
      if (input.upheld && input.platform !== undefined && row.method === 'online_inquiry') {
        const changed = await tx.db
          .update(valuationResults)
          .set({ status: 'objected', reason: input.reason })
          .where(
            and(
              eq(valuationResults.valuationId, id),
              eq(valuationResults.platform, input.platform),
              eq(valuationResults.status, 'priced'),
            ),
          )
          .returning();
        if (changed.length === 0)
          throw invalid('platform', {
            zh: '该平台没有按期出具的价格',
            en: 'no price of this platform delivered in time',
          });
        const results = await tx.db
          .select()
          .from(valuationResults)
          .where(eq(valuationResults.valuationId, id));
        const amount = referenceMean(results.map(toPlatformResult));
        const [after] = await tx.db
          .update(valuations)
          .set(
            amount === null ? { status: 'failed', amount: null, updatedAt: now } : { amount, updatedAt: now },
          )
          .where(eq(valuations.id, id))
          .returning();
        if (after && amount !== null) events.push(pricedEvent(after, today));
      }
      return events;
    });
  }

  /**
   * A substantive objection to an appraisal: sent to the agency (within 3 days), then the agency's
   * answer (within 5 days) (RefPrice 23). `objectionId` from the `valuation.objected` event.
   */
  async objectionStep(
    user: AuthUser,
    id: string,
    objectionId: string,
    step: 'forwarded' | 'answered',
    note: string,
  ): Promise<void> {
    await this.change(user, id, `valuation.objection_${step}`, async (tx, row, today) => {
      const events = await tx.db
        .select({ type: caseEvents.type, data: caseEvents.data })
        .from(caseEvents)
        .where(
          and(
            eq(caseEvents.caseId, row.caseId),
            inArray(caseEvents.type, [
              VALUATION_EVENTS.objected,
              VALUATION_EVENTS.objectionForwarded,
              VALUATION_EVENTS.objectionAnswered,
            ]),
          ),
        );
      const mine = events.filter((e) => e.data.objectionId === objectionId && e.data.valuationId === id);
      const objection = mine.find((e) => e.type === VALUATION_EVENTS.objected);
      if (objection?.data.kind !== 'substantive' || row.method !== 'appraisal')
        throw notFound({ zh: '对评估报告的实体异议', en: 'Substantive objection to an appraisal' });
      const has = (type: string) => mine.some((e) => e.type === type);
      if (step === 'forwarded' && has(VALUATION_EVENTS.objectionForwarded))
        throw conflict({ zh: '该异议已转交评估机构', en: 'the objection was already sent to the agency' });
      if (step === 'answered' && !has(VALUATION_EVENTS.objectionForwarded))
        throw conflict({ zh: '该异议尚未转交评估机构', en: 'the objection has not been sent to the agency' });
      if (step === 'answered' && has(VALUATION_EVENTS.objectionAnswered))
        throw conflict({ zh: '评估机构已作出说明', en: 'the agency has already answered' });
      return [
        {
          type:
            step === 'forwarded' ? VALUATION_EVENTS.objectionForwarded : VALUATION_EVENTS.objectionAnswered,
          on: today,
          data: { assetId: row.assetId, valuationId: id, objectionId, note },
          evidence: [],
        },
      ];
    });
  }

  /**
   * 自行变卖 (Opinion-2021 17): the debtor finds the price too low and sells the asset himself, at most 90
   * days, the court controlling the proceeds.
   */
  async allowOwnSale(user: AuthUser, assetId: string, input: { until: LocalDate }): Promise<void> {
    const asset = await this.assetInScope(this.database.db, user, assetId);
    await this.database.transaction(async (tx) => {
      const row = await this.cases.caseInScope(tx.db, user, asset.caseId, true);
      if (row.status === 'closed') throw conflict(caseClosed(row.caseNumber));
      const today = this.today();
      const price = await currentReferencePrice(tx, assetId);
      const violations = checkGuards(VALUATION_GUARDS, OWN_SALE_ACTION, {
        from: today,
        until: input.until,
        hasPrice: price !== null,
      });
      if (violations.length > 0) throw ruleViolation(violations);
      const event: RecordedEvent = {
        type: VALUATION_EVENTS.ownSaleAllowed,
        on: today,
        data: { assetId, until: input.until, valuationId: price?.valuationId ?? null },
        evidence: [],
      };
      await this.cases.recordSystemEvents(tx, [{ caseId: row.id, events: [event] }], actorOf(user));
      await this.audit.append(tx, {
        actor: actorOf(user),
        courtId: row.courtId,
        action: 'valuation.own_sale',
        subject: `asset:${assetId}`,
        caseId: row.id,
        after: event.data,
      });
    });
  }

  /**
   * 询价费 (RefPrice 31): once the asset is sold, the platform whose figure is closest to the sale price
   * earns the fee. For the auction module: call it in the transaction that records the sale. Returns
   * the platform's code, or null when the price was not set by online inquiry.
   */
  async settleFee(tx: Tx, valuationId: string, salePrice: number): Promise<string | null> {
    const [row] = await tx.db.select().from(valuations).where(eq(valuations.id, valuationId)).for('update');
    if (row?.method !== 'online_inquiry') return null;
    const results = await tx.db
      .select()
      .from(valuationResults)
      .where(eq(valuationResults.valuationId, valuationId));
    const winner = feePlatform(results.map(toPlatformResult), salePrice);
    await tx.db
      .update(valuations)
      .set({ salePrice, feePlatform: winner, updatedAt: this.clock.now() })
      .where(eq(valuations.id, valuationId));
    await this.audit.append(tx, {
      actor: SYSTEM_ACTOR,
      courtId: row.courtId,
      action: 'valuation.fee',
      subject: `valuation:${valuationId}`,
      caseId: row.caseId,
      before: row,
      after: { salePrice, feePlatform: winner },
    });
    return winner;
  }
}

const VALUATION_RECORD = { zh: '询价评估', en: 'Valuation' };
const DRAW_RECORD = { zh: '摇号记录', en: 'Draw' };
const SYSTEM_ACTOR: Actor = { id: null, name: '系统（询价评估）', courtId: null };

function toPlatformResult(row: ResultRow): PlatformResult {
  return {
    platform: row.platform,
    status: row.status as ResultStatus,
    price: row.price,
    deliveredAt: row.deliveredAt,
  };
}

/** POST a signed JSON message to a platform; the parsed answer, or null when it failed. */
async function signedPost(
  platform: { code: string; key: string; endpoint: string },
  path: string,
  body: unknown,
): Promise<{ ok: true; body: unknown } | { ok: false; reason: string }> {
  const url = new URL(platform.endpoint.replace(/\/+$/, '') + path);
  const text = JSON.stringify(body);
  const headers = sign(platform.code, platform.key, {
    method: 'POST',
    path: url.pathname + url.search,
    body: text,
  });
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: text,
      signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
    });
    if (!response.ok)
      return { ok: false, reason: `HTTP ${response.status}: ${(await response.text()).slice(0, 200)}` };
    return { ok: true, body: await response.json() };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message.slice(0, 200) : 'failed' };
  }
}

/** An appraisal's report period (set, extended, or restarted with the next agency). */
function reportPeriodEvent(
  row: ValuationRow,
  on: LocalDate,
  reportDueOn: LocalDate,
  agency?: string,
): RecordedEvent {
  return {
    type: VALUATION_EVENTS.reportPeriod,
    on,
    data: {
      assetId: row.assetId,
      valuationId: row.id,
      reportDueOn,
      agency: agency ?? row.agencies?.[row.agencyIndex ?? 0] ?? null,
    },
    evidence: [],
  };
}

/** The result is in and must reach the parties within 3 days (valuation.forward, RefPrice 21). */
function reportedEvent(row: ValuationRow, on: LocalDate): RecordedEvent {
  return {
    type: VALUATION_EVENTS.reported,
    on,
    data: { assetId: row.assetId, valuationId: row.id, method: row.method },
    evidence: [],
  };
}

/** The case event a price records: `valuation.priced` with {assetId, valuationId, amount}. */
export function pricedEvent(row: ValuationRow, on: LocalDate): RecordedEvent {
  return {
    type: VALUATION_EVENTS.priced,
    on,
    data: { assetId: row.assetId, valuationId: row.id, amount: row.amount },
    evidence: [],
  };
}
