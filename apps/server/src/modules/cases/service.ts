import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gt, gte, inArray, isNull, like, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Db, Tx } from '../../platform/db';
import { AppError, type FieldError, notFound } from '../../platform/errors';
import { onceByKey } from '../../platform/idempotency';
import { type Actor, type AuditService, platformActor } from '../audit/service';
import { addCalendarDays, type WorkingCalendar } from '../calendar/rules';
import type { CalendarService } from '../calendar/service';
import {
  type CaseFacts,
  checkGuards,
  type Deadline,
  evaluateDeadlines,
  evaluateMany,
  evaluateWarnings,
  type ParameterSettings,
  type Rulebook,
} from '../compliance/rules';
import type { DocumentData, DocumentKind } from '../documents/rules';
import type { DocumentsService } from '../documents/service';
import { courts, users } from '../org/schema';
import { actorOf } from '../org/service';
import { caseAccount, caseAccountNumber } from './account';
import { CASE_TYPES, type CaseType, formatCaseNumber, parseCaseNumber } from './case-number';
import { type FilingInput, filingErrors, type PartyInput, partyFields } from './filing';
import {
  CLOSING_METHODS,
  type CloseSubject,
  type ClosingMethodId,
  closeAction,
  EXTENSION_REQUEST_ACTION,
  type ExtensionSubject,
} from './rules';
import { caseDeadlines, caseEvents, caseParties, caseSerials, cases } from './schema';

export type CaseRow = typeof cases.$inferSelect;
export type PartyRow = typeof caseParties.$inferSelect;
export type EventRow = typeof caseEvents.$inferSelect;
export type ClosingMethod = ClosingMethodId;

export interface CaseListQuery {
  q?: string;
  status?: 'open' | 'closed';
  deadline?: 'overdue' | 'due_soon' | 'on_track';
  flag?: 'major' | 'difficult' | 'complex' | 'sensitive' | 'any';
  officerId?: string;
  page: number;
  pageSize: number;
}

export interface CloseRequest {
  method: ClosingMethod;
  ground?: string;
  reason?: string;
}

export interface RecordedEvent {
  type: string;
  on: string;
  data: Record<string, unknown>;
  evidence: string[];
}

/**
 * Runs inside the filing transaction once the case is written (another module's reaction to a filing,
 * e.g. the hub starting the online query). Keep it to a job enqueued: filing must stay fast.
 */
export type FilingHook = (tx: Tx, filed: CaseRow, user: AuthUser) => Promise<void>;

/** Nodes another module records on a case's timeline (the hub, the asset register). */
export interface SystemEvents {
  caseId: string;
  /** `at`: when it happened (a lead received earlier than now); the clock's now when absent. */
  events: (RecordedEvent & { at?: Date })[];
}

/** Lists count matching cases up to this many; beyond it they say "10,000+". */
export const COUNT_CAP = 10_000;

/** Days before a deadline that count as "due soon" in lists. */
export const DUE_SOON_DAYS = 3;

/** 执行案件: filing, numbering, the timeline and its deadlines, assignment, extension, flags and closing. */
export class CasesService {
  private readonly filingHooks: FilingHook[] = [];

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly rulebook: Rulebook,
    private readonly documents: DocumentsService,
    /** The administrators' values of configurable rule numbers (compliance module). */
    private readonly ruleSettings: () => Promise<ParameterSettings>,
  ) {}

  /** Deadlines may run past the last published calendar year: see CalendarService.planningCalendar. */
  private async planning(): Promise<WorkingCalendar> {
    return (await this.calendar.planningCalendar()).calendar;
  }

  today(): string {
    return shanghaiDateOf(this.clock.now());
  }

  /** Registers a reaction to every filing, run in the filing's own transaction. */
  afterFiling(hook: FilingHook): void {
    this.filingHooks.push(hook);
  }

  /**
   * Appends system-recorded nodes to many cases at once, inside the caller's transaction, and
   * refreshes those cases' deadlines (locked in id order, so concurrent callers cannot interleave an
   * event between another's read and write). The caller audits the change it makes.
   */
  async recordSystemEvents(tx: Tx, entries: readonly SystemEvents[], actor: Actor = platformActor) {
    const ids = [...new Set(entries.map((entry) => entry.caseId))];
    if (ids.length === 0) return;
    const { calendar } = await this.calendar.planningCalendar(tx.db);
    const rows = await this.lockCases(tx, ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const at = this.clock.now();
    const values = entries.flatMap((entry) => {
      const row = byId.get(entry.caseId);
      if (!row) throw notFound('Case');
      return entry.events.map((event) => eventRow(row, actor, at, event));
    });
    for (let i = 0; i < values.length; i += 5000)
      await tx.db.insert(caseEvents).values(values.slice(i, i + 5000));
    await this.rederive(tx, rows, calendar, this.today());
  }

  /** 立案: validates, takes the next case number, records the first nodes, all in one transaction. */
  async file(user: AuthUser, input: FilingInput, idempotencyKey?: string) {
    const today = this.today();
    const errors = filingErrors(input, today);
    if (errors.length > 0) throw validation(errors);
    const calendar = await this.planning();
    const fingerprint = `POST /api/cases ${createHash('sha256').update(JSON.stringify(input)).digest('hex')}`;
    return this.database.transaction((tx) =>
      onceByKey(
        tx,
        { userId: user.id, key: idempotencyKey, fingerprint, now: this.clock.now() },
        async () => {
          const created = await this.insertCase(tx, user, input, today, calendar);
          return { status: 201, body: { id: created.id, caseNumber: created.caseNumber } };
        },
      ),
    );
  }

  private async insertCase(
    tx: Tx,
    user: AuthUser,
    input: FilingInput,
    today: string,
    calendar: WorkingCalendar,
  ) {
    const year = Number(today.slice(0, 4));
    const type = input.type as CaseType;
    const serial = await nextSerial(tx, user.court.id, type, year);
    const caseNumber = formatCaseNumber({ year, courtCode: user.court.code, type, serial });
    const typeIndex = CASE_TYPES.findIndex((t) => t.code === type);
    const accountNo = caseAccountNumber({ courtCode: user.court.code, year, typeIndex, serial });
    const [created] = await tx.db
      .insert(cases)
      .values({
        courtId: user.court.id,
        caseNumber,
        year,
        type,
        serial,
        status: 'open',
        filedOn: today,
        receivedOn: input.receivedOn ?? today,
        basis: input.basis,
        basisEffectiveOn: input.basis.effectiveOn,
        claimAmount: input.claimAmount,
        accountNo,
        searchText: [...input.applicants, ...input.debtors].map((p) => p.name).join(' '),
        createdAt: this.clock.now(),
      })
      .returning();
    if (!created) throw new Error('insert returned no case');
    const parties = [
      ...input.applicants.map((party, position) => partyRow(created, 'applicant', party, position)),
      ...input.debtors.map((party, position) => partyRow(created, 'debtor', party, position)),
    ];
    await tx.db.insert(caseParties).values(parties);
    const actor = actorOf(user);
    await this.appendEvents(tx, created, actor, [
      { type: 'application.received', on: created.receivedOn, data: {}, evidence: [] },
      { type: 'case.filed', on: today, data: { caseNumber }, evidence: [] },
    ]);
    await this.refreshDeadlines(tx, created, calendar);
    await this.audit.append(tx, {
      actor,
      courtId: created.courtId,
      action: 'case.file',
      subject: `case:${created.id}`,
      after: { ...created, parties },
    });
    for (const hook of this.filingHooks) await hook(tx, created, user);
    return created;
  }

  /** Court ids the user may see: their own court and every court below it. */
  private async scopeCourtIds(db: Db, user: AuthUser): Promise<string[]> {
    const rows = await db
      .select({ id: courts.id })
      .from(courts)
      .where(like(courts.path, `${user.court.path}%`));
    return rows.map((row) => row.id);
  }

  /** A case in the user's scope, or "not found" (never revealing a case of another court). */
  async caseInScope(db: Db, user: AuthUser, id: string, lock = false): Promise<CaseRow> {
    const query = db
      .select({ row: cases })
      .from(cases)
      .innerJoin(courts, eq(courts.id, cases.courtId))
      .where(and(eq(cases.id, id), like(courts.path, `${user.court.path}%`)));
    const [found] = lock ? await query.for('update', { of: cases }) : await query;
    if (!found) throw notFound('Case');
    return found.row;
  }

  /** Throws "not found" unless the case is in the user's scope. */
  async assertVisible(user: AuthUser, id: string): Promise<void> {
    await this.caseInScope(this.database.db, user, id);
  }

  async list(user: AuthUser, query: CaseListQuery) {
    const db = this.database.db;
    const today = this.today();
    const where = and(
      inArray(cases.courtId, await this.scopeCourtIds(db, user)),
      ...this.listFilters(query, today),
    );
    const [items, [count]] = await Promise.all([
      db
        .select({ row: cases, officerName: users.displayName, courtCode: courts.code })
        .from(cases)
        .innerJoin(courts, eq(courts.id, cases.courtId))
        .leftJoin(users, eq(users.id, cases.officerId))
        .where(where)
        .orderBy(desc(cases.filedOn), desc(cases.caseNumber))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize),
      // Counting a court's whole caseload costs more than the page itself: count up to a cap.
      db.select({ total: sql<number>`count(*)::int` }).from(
        db
          .select({ one: sql`1` })
          .from(cases)
          .where(where)
          .limit(COUNT_CAP + 1)
          .as('capped'),
      ),
    ]);
    const ids = items.map((item) => item.row.id);
    const [parties, deadlines] = await Promise.all([
      ids.length
        ? db
            .select()
            .from(caseParties)
            .where(inArray(caseParties.caseId, ids))
            .orderBy(asc(caseParties.position))
        : [],
      ids.length ? db.select().from(caseDeadlines).where(inArray(caseDeadlines.caseId, ids)) : [],
    ]);
    const total = count?.total ?? 0;
    return {
      items,
      parties,
      deadlines,
      total: Math.min(total, COUNT_CAP),
      totalCapped: total > COUNT_CAP,
      today,
    };
  }

  private listFilters(query: CaseListQuery, today: string): SQL[] {
    const filters: SQL[] = [];
    if (query.status) filters.push(eq(cases.status, query.status));
    if (query.officerId) filters.push(eq(cases.officerId, query.officerId));
    if (query.flag === 'any') filters.push(sql`${cases.flag} is not null`);
    else if (query.flag) filters.push(eq(cases.flag, query.flag));
    if (query.q) filters.push(searchFilter(query.q.trim()));
    if (query.deadline) filters.push(deadlineFilter(query.deadline, today));
    return filters;
  }

  async detail(user: AuthUser, id: string) {
    const db = this.database.db;
    const row = await this.caseInScope(db, user, id);
    const [parties, events, court, officer, planning, settings] = await Promise.all([
      db.select().from(caseParties).where(eq(caseParties.caseId, id)).orderBy(asc(caseParties.position)),
      db.select().from(caseEvents).where(eq(caseEvents.caseId, id)).orderBy(asc(caseEvents.id)),
      db.select().from(courts).where(eq(courts.id, row.courtId)),
      row.officerId ? db.select().from(users).where(eq(users.id, row.officerId)) : [],
      this.calendar.planningCalendar(),
      this.ruleSettings(),
    ]);
    const today = this.today();
    const facts = factsOf(row, events);
    return {
      row,
      parties,
      events,
      court: court[0],
      officer: officer[0] ?? null,
      deadlines: evaluateDeadlines(
        this.rulebook.deadlines(),
        facts,
        planning.calendar,
        today,
        this.clock.now().toISOString(),
      ),
      provisionalYears: planning.provisionalYears,
      warnings: evaluateWarnings(this.rulebook.warnings(), facts, today, settings),
      today,
    };
  }

  /** The head assigns (or reassigns) the case to an officer of its court. */
  assign(user: AuthUser, id: string, officerId: string) {
    return this.change(user, id, 'case.assign', async (tx, row) => {
      const [officer] = await tx.db
        .select()
        .from(users)
        .where(and(eq(users.id, officerId), eq(users.courtId, row.courtId)));
      if (!officer?.active || !officer.roles.includes('officer')) {
        throw validation([{ path: 'officerId', message: 'not an active officer of this case’s court' }]);
      }
      await tx.db.update(cases).set({ officerId }).where(eq(cases.id, id));
      return [
        {
          type: 'case.assigned',
          on: this.today(),
          data: { officerId, officerName: officer.displayName },
          evidence: [],
        },
      ];
    });
  }

  /** An officer records an offline node (service of documents, on-site investigation, interview …). */
  recordEvent(user: AuthUser, id: string, event: RecordedEvent) {
    return this.change(user, id, `case.event:${event.type}`, async (tx, row) => {
      if (event.on > this.today()) throw validation([{ path: 'on', message: 'is in the future' }]);
      if (event.on < row.receivedOn) throw validation([{ path: 'on', message: 'is before the case began' }]);
      if (event.type === 'performance.recorded') {
        const amount = Number(event.data.amount);
        await tx.db
          .update(cases)
          .set({ paidAmount: row.paidAmount + amount })
          .where(eq(cases.id, id));
      }
      return [event];
    });
  }

  /** The officer asks to extend the 6-month period (Work 63): at least 5 days before it expires. */
  requestExtension(user: AuthUser, id: string, request: { months: number; reason: string }) {
    return this.change(user, id, 'case.extension.request', async (tx, row, calendar) => {
      const events = await this.events(tx, id);
      const facts = factsOf(row, events);
      const conclude = evaluateDeadlines(this.rulebook.deadlines(), facts, calendar, this.today()).find(
        (deadline) => deadline.ruleId === 'case.conclude',
      );
      const subject: ExtensionSubject = { facts, today: this.today(), dueOn: conclude?.dueOn ?? null };
      this.refuse(EXTENSION_REQUEST_ACTION, subject);
      if (events.some((e) => e.type === 'extension.requested' && !isDecided(events, e.id))) {
        throw new AppError('conflict', 'An extension request is already waiting for a decision');
      }
      return [{ type: 'extension.requested', on: this.today(), data: { ...request }, evidence: [] }];
    });
  }

  /** The head approves or refuses the pending extension request. */
  decideExtension(user: AuthUser, id: string, approve: boolean) {
    return this.change(user, id, 'case.extension.decide', async (tx) => {
      const events = await this.events(tx, id);
      const pending = events.findLast((e) => e.type === 'extension.requested' && !isDecided(events, e.id));
      if (!pending) throw new AppError('conflict', 'No extension request is waiting for a decision');
      const data = { requestId: pending.id, months: pending.data.months };
      return [
        { type: approve ? 'extension.approved' : 'extension.refused', on: this.today(), data, evidence: [] },
      ];
    });
  }

  /** 四类案件: flag a case as major, difficult, complex or sensitive (or clear the flag). */
  setFlag(user: AuthUser, id: string, flag: CaseRow['flag']) {
    return this.change(user, id, 'case.flag', async (tx) => {
      await tx.db.update(cases).set({ flag }).where(eq(cases.id, id));
      return [{ type: flag ? 'flag.set' : 'flag.cleared', on: this.today(), data: { flag }, evidence: [] }];
    });
  }

  /** Issues documents (执行通知书, 报告财产令 …) into the case's dossier, each a timeline node. */
  async issueDocuments(user: AuthUser, id: string, kinds: readonly DocumentKind[]) {
    const data = documentDataOf(await this.detail(user, id), this.today());
    const rendered = await Promise.all(kinds.map((kind) => this.documents.render(kind, data)));
    return this.change(user, id, 'case.documents.issue', async (tx, row) => {
      const events: RecordedEvent[] = [];
      for (const document of rendered) {
        const documentId = await this.documents.store(
          tx,
          { caseId: row.id, courtId: row.courtId, createdBy: user.username },
          document,
        );
        events.push({
          type: 'document.issued',
          on: this.today(),
          data: { kind: document.kind, title: document.title, documentId },
          evidence: [documentId],
        });
      }
      return events;
    });
  }

  /**
   * 结案: refused with every violated rule unless the method's conditions hold (Work 64; FileClose).
   * The closing notice is rendered first (outside the transaction) and stored with the closing.
   */
  async close(user: AuthUser, id: string, request: CloseRequest) {
    const detail = await this.detail(user, id);
    this.refuse(closeAction(request.method), this.closeSubject(detail.row, detail.events, request));
    const method = CLOSING_METHODS.find((m) => m.id === request.method);
    const notice = await this.documents.render(
      'closing_notice',
      documentDataOf(detail, this.today(), {
        methodName: method?.zh ?? request.method,
        closedOn: this.today(),
        paidAmount: detail.row.paidAmount,
        ...(request.reason ? { remark: request.reason } : {}),
      }),
    );
    return this.change(user, id, 'case.close', async (tx, row) => {
      // Checked again under the lock: the case may have changed since the first look.
      this.refuse(closeAction(request.method), this.closeSubject(row, await this.events(tx, id), request));
      const today = this.today();
      await tx.db
        .update(cases)
        .set({ status: 'closed', closedOn: today, closingMethod: request.method })
        .where(eq(cases.id, id));
      const target = { caseId: id, courtId: row.courtId, createdBy: user.username };
      const documentId = await this.documents.store(tx, target, notice);
      return [{ type: 'case.closed', on: today, data: { ...request, documentId }, evidence: [documentId] }];
    });
  }

  private closeSubject(row: CaseRow, events: readonly EventRow[], request: CloseRequest): CloseSubject {
    return {
      facts: factsOf(row, events),
      method: request.method,
      paidAmount: row.paidAmount,
      today: this.today(),
      ...(request.ground ? { ground: request.ground } : {}),
      ...(request.reason ? { reason: request.reason } : {}),
    };
  }

  private refuse(action: string, subject: unknown): void {
    const violations = checkGuards(this.rulebook.guards(), action, subject);
    if (violations.length > 0) {
      throw new AppError(
        'rule_violation',
        violations.map((v) => `${v.message} (${v.ruleId}, ${v.clause})`).join('; '),
        {
          violations,
        },
      );
    }
  }

  /**
   * One change to an open case: lock it, apply, append the events, refresh its deadlines and audit,
   * in one transaction. A closed case changes no more.
   */
  private async change(
    user: AuthUser,
    id: string,
    action: string,
    apply: (tx: Tx, row: CaseRow, calendar: WorkingCalendar) => Promise<RecordedEvent[]>,
  ) {
    const calendar = await this.planning();
    return this.database.transaction(async (tx) => {
      const before = await this.caseInScope(tx.db, user, id, true);
      if (before.status === 'closed') throw new AppError('conflict', `Case ${before.caseNumber} is closed`);
      const events = await apply(tx, before, calendar);
      const [after] = await tx.db.select().from(cases).where(eq(cases.id, id));
      if (!after) throw notFound('Case');
      const actor = actorOf(user);
      await this.appendEvents(tx, after, actor, events);
      await this.refreshDeadlines(tx, after, calendar);
      await this.audit.append(tx, {
        actor,
        courtId: after.courtId,
        action,
        subject: `case:${id}`,
        before,
        after: { ...after, events },
      });
      return after;
    });
  }

  private events(db: Tx, caseId: string): Promise<EventRow[]> {
    return db.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id));
  }

  private async appendEvents(
    tx: Tx,
    row: CaseRow,
    actor: { id: string | null; name: string },
    events: RecordedEvent[],
  ) {
    if (events.length === 0) return;
    const at = this.clock.now();
    await tx.db.insert(caseEvents).values(events.map((event) => eventRow(row, actor, at, event)));
  }

  /** Re-derives the case's deadlines from its whole timeline and stores them for list filters. */
  async refreshDeadlines(tx: Tx, row: CaseRow, calendar: WorkingCalendar): Promise<Deadline[]> {
    const events = await this.events(tx, row.id);
    const deadlines = evaluateDeadlines(
      this.rulebook.deadlines(),
      factsOf(row, events),
      calendar,
      this.today(),
    );
    await tx.db.delete(caseDeadlines).where(eq(caseDeadlines.caseId, row.id));
    if (deadlines.length > 0) {
      await tx.db.insert(caseDeadlines).values(deadlines.map((d) => deadlineRow(row, d)));
    }
    return deadlines;
  }

  /**
   * The daily sweep: re-derives every open case's deadlines as of `today`, a batch of cases per
   * transaction (locked, so no event slips in between the read and the write).
   */
  async sweepDeadlines(today: string, batchSize = 2000): Promise<number> {
    const calendar = await this.planning();
    let after: string | null = null;
    let swept = 0;
    for (;;) {
      const last: string | null = after;
      const count: number = await this.database.transaction(async (tx) => {
        const batch = await tx.db
          .select()
          .from(cases)
          .where(and(eq(cases.status, 'open'), last ? gt(cases.id, last) : undefined))
          .orderBy(asc(cases.id))
          .limit(batchSize)
          .for('update');
        if (batch.length === 0) return 0;
        await this.rederive(tx, batch, calendar, today);
        after = batch.at(-1)?.id ?? null;
        return batch.length;
      });
      if (count === 0) return swept;
      swept += count;
    }
  }

  /**
   * Locks these cases (FOR UPDATE, in id order) and returns them. A transaction that changes many
   * cases takes its case locks before any audit chain (AuditService.deferred puts its appends at the
   * end), as every single-case change does: so no two transactions wait crosswise.
   */
  async lockCases(tx: Tx, ids: Iterable<string>): Promise<CaseRow[]> {
    const sorted = [...new Set(ids)].sort();
    if (sorted.length === 0) return [];
    return tx.db.select().from(cases).where(inArray(cases.id, sorted)).orderBy(asc(cases.id)).for('update');
  }

  /** Re-derives the deadlines of a batch of (locked) cases from their whole timelines, set-based. */
  private async rederive(tx: Tx, batch: readonly CaseRow[], calendar: WorkingCalendar, today: string) {
    const ids = batch.map((row) => row.id);
    const events = await tx.db
      .select()
      .from(caseEvents)
      .where(inArray(caseEvents.caseId, ids))
      .orderBy(asc(caseEvents.id));
    const byCase = new Map<string, EventRow[]>();
    for (const event of events) {
      const list = byCase.get(event.caseId);
      if (list) list.push(event);
      else byCase.set(event.caseId, [event]);
    }
    const evaluated = evaluateMany(
      this.rulebook.deadlines(),
      batch.map((row) => factsOf(row, byCase.get(row.id) ?? [])),
      calendar,
      today,
    );
    await tx.db.delete(caseDeadlines).where(inArray(caseDeadlines.caseId, ids));
    const rows = batch.flatMap((row, index) => (evaluated[index] ?? []).map((d) => deadlineRow(row, d)));
    for (let i = 0; i < rows.length; i += 5000)
      await tx.db.insert(caseDeadlines).values(rows.slice(i, i + 5000));
  }

  /** 我的期限: the officer's unsatisfied deadlines, most urgent first. */
  myDeadlines(user: AuthUser) {
    return this.database.db
      .select({ deadline: caseDeadlines, caseNumber: cases.caseNumber, caseId: cases.id })
      .from(caseDeadlines)
      .innerJoin(cases, eq(cases.id, caseDeadlines.caseId))
      .where(
        and(
          eq(caseDeadlines.officerId, user.id),
          isNull(caseDeadlines.satisfiedOn),
          eq(cases.status, 'open'),
        ),
      )
      .orderBy(asc(caseDeadlines.dueOn))
      .limit(200);
  }
}

async function nextSerial(tx: Tx, courtId: string, type: string, year: number): Promise<number> {
  // The row lock of the upsert serialises concurrent filings of one court, type and year; a rolled-back
  // filing gives its number back, so the serials have no gaps and are never reused.
  const [row] = await tx.db
    .insert(caseSerials)
    .values({ courtId, type, year, lastSerial: 1 })
    .onConflictDoUpdate({
      target: [caseSerials.courtId, caseSerials.type, caseSerials.year],
      set: { lastSerial: sql`${caseSerials.lastSerial} + 1` },
    })
    .returning({ serial: caseSerials.lastSerial });
  if (!row) throw new Error('no serial');
  return row.serial;
}

function eventRow(
  row: CaseRow,
  actor: { id: string | null; name: string },
  at: Date,
  event: RecordedEvent & { at?: Date },
) {
  return {
    caseId: row.id,
    courtId: row.courtId,
    type: event.type,
    on: event.on,
    at: event.at ?? at,
    actorId: actor.id,
    actorName: actor.name,
    data: event.data,
    evidence: event.evidence,
  };
}

function deadlineRow(row: CaseRow, deadline: Deadline) {
  return {
    caseId: row.id,
    courtId: row.courtId,
    ruleId: deadline.ruleId,
    key: deadline.key,
    dueOn: deadline.dueOn,
    satisfiedOn: deadline.satisfiedOn,
    status: deadline.status,
    officerId: row.officerId,
  };
}

function partyRow(row: CaseRow, role: 'applicant' | 'debtor', party: PartyInput, position: number) {
  return { caseId: row.id, courtId: row.courtId, ...partyFields(role, party, position) };
}

export function factsOf(row: CaseRow, events: readonly EventRow[]): CaseFacts {
  return {
    filedOn: row.filedOn,
    receivedOn: row.receivedOn,
    basisEffectiveOn: row.basisEffectiveOn,
    claimAmount: row.claimAmount,
    status: row.status,
    events: events.map((e) => ({ type: e.type, on: e.on, at: e.at.toISOString(), data: e.data })),
  };
}

/** What a court document says about the case: parties, basis, amount and the case's own account. */
export function documentDataOf(
  detail: { row: CaseRow; parties: readonly PartyRow[]; court: { name: string } | undefined },
  issuedOn: string,
  closing?: DocumentData['closing'],
): DocumentData {
  const { row, parties } = detail;
  const courtName = detail.court?.name ?? '';
  return {
    caseNumber: row.caseNumber,
    courtName,
    issuedOn,
    applicants: parties.filter((p) => p.role === 'applicant').map((p) => ({ name: p.name })),
    debtors: parties.filter((p) => p.role === 'debtor').map((p) => ({ name: p.name, kind: p.kind })),
    basis: row.basis,
    claimAmount: row.claimAmount,
    caseAccount: caseAccount(courtName, row.accountNo),
    ...(closing ? { closing } : {}),
  };
}

function isDecided(events: readonly EventRow[], requestId: number): boolean {
  return events.some(
    (e) =>
      (e.type === 'extension.approved' || e.type === 'extension.refused') && e.data.requestId === requestId,
  );
}

/** `q` is a case number (or its beginning) or a party's name (or its beginning): both use an index. */
function searchFilter(q: string): SQL {
  const parsed = parseCaseNumber(q);
  if (parsed) return eq(cases.caseNumber, formatCaseNumber(parsed));
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  if (/^[（(]\d{4}/.test(q)) {
    return like(cases.caseNumber, `${escaped.replace('(', '（').replace(')', '）')}%`);
  }
  return sql`exists (select 1 from ${caseParties} where ${caseParties.caseId} = ${cases.id} and ${caseParties.name} like ${`${escaped}%`})`;
}

function deadlineFilter(state: 'overdue' | 'due_soon' | 'on_track', today: string): SQL {
  const soon = addCalendarDays(today, DUE_SOON_DAYS);
  const pending = (condition: SQL) =>
    sql`exists (select 1 from ${caseDeadlines} where ${caseDeadlines.caseId} = ${cases.id} and ${caseDeadlines.courtId} = ${cases.courtId} and ${caseDeadlines.satisfiedOn} is null and ${condition})`;
  if (state === 'overdue') return pending(lt(caseDeadlines.dueOn, today) as SQL);
  if (state === 'due_soon')
    return pending(and(gte(caseDeadlines.dueOn, today), lte(caseDeadlines.dueOn, soon)) as SQL);
  return sql`not ${pending(lte(caseDeadlines.dueOn, soon) as SQL)}`;
}

function validation(errors: FieldError[]): AppError {
  return new AppError('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
}
