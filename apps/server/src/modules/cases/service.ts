import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gt, gte, inArray, isNull, like, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import { anyId, type Database, type Db, type Tx } from '../../platform/db';
import { conflict, notFound, ruleViolation, validationError } from '../../platform/errors';
import type { Text } from '../../platform/i18n';
import { onceByKey } from '../../platform/idempotency';
import { timeOrderedIds } from '../../platform/ids';
import { caseClosed, FIELD, RECORDS } from '../../platform/messages';
import { type Actor, type AuditService, platformActor } from '../audit/service';
import { addCalendarDays, type WorkingCalendar } from '../calendar/rules';
import type { CalendarService } from '../calendar/service';
import {
  type CaseFacts,
  checkGuards,
  type Deadline,
  type DeadlineRule,
  evaluateDeadlines,
  evaluateMany,
  evaluateWarnings,
  type ParameterSettings,
  type Rulebook,
  withParameters,
} from '../compliance/rules';
import type { DocumentData, DocumentKind } from '../documents/rules';
import type { DocumentsService } from '../documents/service';
import { courts, users } from '../org/schema';
import { actorOf } from '../org/service';
import { caseAccount, caseNumbersOfAccountNo } from './account';
import { type CaseType, formatCaseNumber } from './case-number';
import { casesUnchangedByRepeats, movedDeadlines, staleCases, storeDeadlines, storedRows } from './deadlines';
import { type FilingInput, filingErrors, partyFields } from './filing';
import {
  CLOSING_METHODS,
  type CloseSubject,
  type ClosingMethodId,
  closeAction,
  dormantApprovalOf,
  EXTENSION_REQUEST_ACTION,
  type ExtensionSubject,
  performedAmount,
} from './rules';
import { caseDeadlines, caseEvents, caseParties, cases } from './schema';
import { type CaseSearch, classifySearch } from './search';
import { type CaseDraft, type EventDraft, factsOfDraft, writeCases } from './writer';

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
  /** Closed on or after / on or before (结案日期). */
  closedFrom?: string;
  closedTo?: string;
  /** 繁简分流: simple or normal (case_triage). */
  track?: 'simple' | 'normal';
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
 * Work that commits with a filing (another module's reaction to it, e.g. the hub starting the online
 * query): called inside its transaction with the new case and who filed it. Keep it to a job enqueued:
 * filing must stay fast.
 */
export type FilingListener = (tx: Tx, filed: CaseDraft, user: AuthUser) => Promise<void>;

/**
 * Work that commits with a closing (the credit module lifting restrictions and deleting listings the
 * closing ends): called inside its transaction with the closed case; its timeline nodes are recorded
 * with the closing's.
 */
export type ClosingListener = (
  tx: Tx,
  closed: CaseRow,
  method: ClosingMethod,
  user: AuthUser,
) => Promise<RecordedEvent[]>;

/**
 * Facts another module reads for a closing's guards (the dormant module: the asset register, the
 * inquiry's answers, the credit measures), merged into the close subject; `db` is the closing's
 * transaction when under the lock.
 */
export type ClosingFactsProvider = (
  db: Db,
  row: CaseRow,
  events: readonly EventRow[],
  method: ClosingMethod,
) => Promise<Record<string, unknown>>;

/** Nodes another module records on a case's timeline (the hub, the asset register). */
/**
 * Runs inside the transaction that appended these nodes (system-recorded or an officer's), after they
 * are written: what must follow a node or not happen at all (triage after the first query's answer).
 */
export type EventsListener = (
  tx: Tx,
  appended: readonly { caseId: string; courtId: string; type: string; on: string }[],
) => Promise<void>;

export interface SystemEvents {
  caseId: string;
  /** `at`: when it happened (a lead received earlier than now); the clock's now when absent. */
  events: (RecordedEvent & { at?: Date })[];
}

/** Lists count matching cases up to this many; beyond it they say "10,000+". */
export const COUNT_CAP = 10_000;

/** Days before a deadline that count as "due soon" in lists. */
export const DUE_SOON_DAYS = 3;

/**
 * Timeline nodes in one statement, however many: one JSON parameter, inserted in the order given (so
 * their ids follow it). The query builder's multi-row INSERT costs the process more than the database.
 * Nodes of performance (a payment recorded, a deduction) add to their case's 已履行 in the same
 * transaction: every node goes through here, so the figure and the timeline cannot disagree.
 */
async function insertEvents(
  tx: Tx,
  rows: readonly (typeof caseEvents.$inferInsert & { at: Date })[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.sql.executeSql(
    `insert into case_events (case_id, court_id, type, "on", at, actor_id, actor_name, data, evidence)
     select e.case_id, e.court_id, e.type, e.on, e.at, e.actor_id, e.actor_name, e.data, e.evidence
       from rows from (jsonb_to_recordset($1::jsonb) as (case_id uuid, court_id uuid, type text, "on" date,
              at timestamptz, actor_id uuid, actor_name text, data jsonb, evidence uuid[]))
            with ordinality as e(case_id, court_id, type, "on", at, actor_id, actor_name, data, evidence, n)
      order by e.n`,
    [
      JSON.stringify(
        rows.map((row) => ({
          case_id: row.caseId,
          court_id: row.courtId,
          type: row.type,
          on: row.on,
          at: row.at.toISOString(),
          actor_id: row.actorId ?? null,
          actor_name: row.actorName,
          data: row.data ?? {},
          evidence: row.evidence ?? [],
        })),
      ),
    ],
  );
  await addPerformance(tx, rows);
}

async function addPerformance(
  tx: Tx,
  rows: readonly Pick<typeof caseEvents.$inferInsert, 'caseId' | 'type' | 'data'>[],
): Promise<void> {
  const paid = new Map<string, number>();
  for (const row of rows) {
    const amount = performedAmount([row]);
    if (amount > 0) paid.set(row.caseId, (paid.get(row.caseId) ?? 0) + amount);
  }
  if (paid.size === 0) return;
  await tx.sql.executeSql(
    `update cases c set paid_amount = c.paid_amount + p.amount
       from jsonb_to_recordset($1::jsonb) as p(case_id uuid, amount bigint) where c.id = p.case_id`,
    [JSON.stringify([...paid].map(([caseId, amount]) => ({ case_id: caseId, amount })))],
  );
}

/** 执行案件: filing, numbering, the timeline and its deadlines, assignment, extension, flags and closing. */
export class CasesService {
  /** Case ids ordered by creation: a filing appends to the right edge of every index on case ids. */
  private readonly nextId = timeOrderedIds();
  private readonly filingListeners: FilingListener[] = [];
  private readonly closingListeners: ClosingListener[] = [];
  private readonly eventsListeners: EventsListener[] = [];
  private readonly closingFactsProviders: ClosingFactsProvider[] = [];

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly rulebook: Rulebook,
    private readonly documents: DocumentsService,
    /** The administrators' values of configurable rule numbers (compliance module), for a court. */
    private readonly ruleSettings: (courtId?: string, db?: Db) => Promise<ParameterSettings>,
  ) {}

  /**
   * The deadline rules as a court's administrators set their configurable periods, in force today
   * (read through `db`: inside a transaction, its own connection).
   */
  private async deadlineRules(courtId: string, db: Db): Promise<readonly DeadlineRule[]> {
    return withParameters(this.rulebook.deadlines(), await this.ruleSettings(courtId, db));
  }

  /** The configurable rule numbers in force today for a court (the funds module's per-line warning). */
  settingsFor(courtId: string | null, db: Db = this.database.db): Promise<ParameterSettings> {
    return this.ruleSettings(courtId ?? undefined, db);
  }

  /** Deadlines may run past the last published calendar year: see CalendarService.planningCalendar. */
  private async planning(): Promise<WorkingCalendar> {
    return (await this.calendar.planningCalendar()).calendar;
  }

  today(): string {
    return shanghaiDateOf(this.clock.now());
  }

  /** 立案: validates, takes the next case number, records the first nodes, all in one transaction. */
  async file(user: AuthUser, input: FilingInput, idempotencyKey?: string) {
    const today = this.today();
    const errors = filingErrors(input, today);
    if (errors.length > 0) throw validationError(errors);
    const calendar = await this.planning();
    const fingerprint = `POST /api/cases ${createHash('sha256').update(JSON.stringify(input)).digest('hex')}`;
    const claim = { userId: user.id, key: idempotencyKey, fingerprint, now: this.clock.now() };
    return onceByKey(this.database, claim, async (tx) => {
      const created = await this.insertCase(tx, user, input, today, calendar);
      return { status: 201, body: { id: created.id, caseNumber: created.caseNumber } };
    });
  }

  /**
   * The filing's writes, in order: the next serial (its row lock holds other filings of the court,
   * type and year until commit), the case with its parties, first nodes and deadlines (one
   * statement), the audit entry, then whatever else must commit with a filing (listeners). A new
   * case's deadlines follow from the two nodes it starts with: evaluated here, not read back.
   */
  private async insertCase(
    tx: Tx,
    user: AuthUser,
    input: FilingInput,
    today: string,
    calendar: WorkingCalendar,
  ): Promise<CaseDraft> {
    const year = Number(today.slice(0, 4));
    const type = input.type as CaseType;
    const serial = await nextSerial(tx, user.court.id, type, year);
    const draft = this.draftOf(user, input, { year, type, serial, today });
    const rules = await this.deadlineRules(draft.courtId, tx.db);
    draft.deadlines = evaluateDeadlines(rules, factsOfDraft(draft), calendar, today);
    await writeCases(tx, [draft]);
    await this.audit.append(tx, {
      actor: actorOf(user),
      courtId: draft.courtId,
      action: 'case.file',
      subject: `case:${draft.id}`,
      caseId: draft.id,
      after: draft,
    });
    for (const listener of this.filingListeners) await listener(tx, draft, user);
    return draft;
  }

  /** The case a filing creates, with its parties and first two nodes, before anything is written. */
  private draftOf(
    user: AuthUser,
    input: FilingInput,
    number: { year: number; type: CaseType; serial: number; today: string },
  ): CaseDraft {
    const { year, type, serial, today } = number;
    const caseNumber = formatCaseNumber({ year, courtCode: user.court.code, type, serial });
    const actor = actorOf(user);
    const at = this.clock.now().toISOString();
    const node = (event: string, on: string, data: Record<string, unknown>): EventDraft => ({
      type: event,
      on,
      at,
      actorId: actor.id,
      actorName: actor.name,
      data,
    });
    const receivedOn = input.receivedOn ?? today;
    return {
      id: this.nextId(),
      courtId: user.court.id,
      courtCode: user.court.code,
      type,
      year,
      serial,
      caseNumber,
      status: 'open',
      filedOn: today,
      receivedOn,
      basis: input.basis,
      claimAmount: input.claimAmount,
      paidAmount: 0,
      officerId: null,
      flag: null,
      closedOn: null,
      closingMethod: null,
      createdAt: at,
      parties: [
        ...input.applicants.map((party, position) => partyFields('applicant', party, position)),
        ...input.debtors.map((party, position) => partyFields('debtor', party, position)),
      ],
      events: [node('application.received', receivedOn, {}), node('case.filed', today, { caseNumber })],
      deadlines: [],
    };
  }

  /**
   * Runs `listener` inside every filing's transaction, after the case is written: what must happen
   * with a filing or not at all (a job enqueued with `jobs.enqueue(tx, …)`). Register at start-up.
   */
  onFiled(listener: FilingListener): void {
    this.filingListeners.push(listener);
  }

  /** Adds facts to every closing's guard subject (read again under the lock). */
  onClosingFacts(provider: ClosingFactsProvider): void {
    this.closingFactsProviders.push(provider);
  }

  onClosed(listener: ClosingListener): void {
    this.closingListeners.push(listener);
  }

  /** Runs `listener` after nodes are appended to cases (see EventsListener). Register at start-up. */
  onEvents(listener: EventsListener): void {
    this.eventsListeners.push(listener);
  }

  private async afterEvents(
    tx: Tx,
    appended: readonly { caseId: string; courtId: string; type: string; on: string }[],
  ) {
    if (appended.length === 0) return;
    for (const listener of this.eventsListeners) await listener(tx, appended);
  }

  /**
   * Appends system-recorded nodes to many cases at once, inside the caller's transaction, and
   * refreshes those cases' deadlines (locked in id order, so concurrent callers cannot interleave an
   * event between another's read and write). The caller audits the change it makes. `locked`: rows
   * this transaction has locked already (lockCases) and not changed since, to spare a second look.
   */
  async recordSystemEvents(
    tx: Tx,
    entries: readonly SystemEvents[],
    actor: Actor = platformActor,
    locked: readonly CaseRow[] = [],
  ) {
    const ids = [...new Set(entries.map((entry) => entry.caseId))].sort();
    if (ids.length === 0) return;
    const { calendar } = await this.calendar.planningCalendar(tx.db);
    const held = new Map(locked.map((row) => [row.id, row]));
    const rows = ids.every((id) => held.has(id))
      ? ids.map((id) => held.get(id) as CaseRow)
      : await this.lockCases(tx, ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const values = entries.flatMap((entry) => {
      const row = byId.get(entry.caseId);
      if (!row) throw notFound(RECORDS.case);
      return this.eventRows(row, actor, entry.events);
    });
    // A repeated arrival of money (the tenth line to one account) changes no deadline: not re-read.
    const unchanged = await casesUnchangedByRepeats(tx, this.rulebook.deadlines(), values);
    await insertEvents(tx, values);
    const changed = rows.filter((row) => !unchanged.has(row.id));
    if (changed.length > 0) await this.refreshDeadlines(tx, changed, calendar);
    await this.afterEvents(tx, values);
  }

  /**
   * Locks these cases (FOR UPDATE, in id order) and returns them. A transaction that changes many
   * cases takes its case locks before any audit chain (AuditService.deferred puts its appends at the
   * end), as every single-case change does: so no two transactions wait crosswise.
   */
  async lockCases(tx: Tx, ids: Iterable<string>): Promise<CaseRow[]> {
    const sorted = [...new Set(ids)].sort();
    if (sorted.length === 0) return [];
    return tx.db.select().from(cases).where(anyId(cases.id, sorted)).orderBy(asc(cases.id)).for('update');
  }

  /**
   * The case whose account (一案一账号) this is: through the funds module's account when it has one,
   * else by the case number the account number encodes (a case imported without a filing). Both
   * ways are index lookups; the number must be the case's own.
   */
  async caseByAccountNo(tx: Tx, accountNo: string): Promise<CaseRow[]> {
    const viaAccount = await tx.db
      .select({ row: cases })
      .from(cases)
      .where(sql`${cases.id} = (select case_id from fund_accounts where account_no = ${accountNo})`);
    if (viaAccount.length > 0) return viaAccount.map((found) => found.row);
    let numbers = caseNumbersOfAccountNo(accountNo, await this.courtCodes(tx.db));
    // A court added since the codes were read: read them again once.
    if (numbers.length === 0) numbers = caseNumbersOfAccountNo(accountNo, await this.courtCodes(tx.db, true));
    if (numbers.length === 0) return [];
    return tx.db
      .select()
      .from(cases)
      .where(and(inArray(cases.caseNumber, numbers), eq(cases.accountNo, accountNo)))
      .limit(1);
  }

  /** Every court's code (few thousand at most), kept: courts are added rarely. */
  private courtCodeCache: Promise<string[]> | null = null;
  private courtCodes(db: Db, fresh = false): Promise<string[]> {
    if (fresh) this.courtCodeCache = null;
    this.courtCodeCache ??= db
      .select({ code: courts.code })
      .from(courts)
      .then((rows) => rows.map((row) => row.code));
    return this.courtCodeCache;
  }

  /** The applicants' payout accounts confirmed at filing (Opinion-2021 20): money is paid only there. */
  async payoutAccounts(tx: Tx, caseId: string): Promise<{ accountNo: string; accountName: string }[]> {
    const rows = await tx.db
      .select({ account: caseParties.payoutAccount })
      .from(caseParties)
      .where(and(eq(caseParties.caseId, caseId), eq(caseParties.role, 'applicant')));
    return rows.flatMap((row) => (row.account ? [row.account] : []));
  }

  /** Court ids the user may see: their own court and every court below it. */
  private async scopeCourtIds(db: Db, user: AuthUser): Promise<string[]> {
    // Nothing hangs below a basic court (org/rules.ts courtPlacementError): no need to ask.
    if (user.court.level === 'basic') return [user.court.id];
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
    if (!found) throw notFound(RECORDS.case);
    return found.row;
  }

  /** Throws "not found" unless the case is in the user's scope. */
  async assertVisible(user: AuthUser, id: string): Promise<void> {
    await this.caseInScope(this.database.db, user, id);
  }

  /**
   * A page of the cases in the user's scope that match, newest filing first (then by case number),
   * and how many match (up to COUNT_CAP). The page is found in an index alone — the party-name index
   * for a name search, the cases' list index otherwise — as case numbers; only its rows are read.
   */
  async list(user: AuthUser, query: CaseListQuery) {
    const db = this.database.db;
    const today = this.today();
    const source = listSource(db, await this.scopeCourtIds(db, user), query, today);
    const [page, [counted]] = await Promise.all([
      source
        .read()
        .orderBy(desc(source.filedOn), desc(source.caseNumber))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize),
      db.select({ total: sql<number>`count(*)::int` }).from(
        source
          .read()
          .limit(COUNT_CAP + 1)
          .as('capped'),
      ),
    ]);
    const numbers = page.map((found) => found.caseNumber);
    const [rows, parties] = numbers.length
      ? await Promise.all([
          db
            .select({ row: cases, officerName: users.displayName, courtCode: courts.code })
            .from(cases)
            .innerJoin(courts, eq(courts.id, cases.courtId))
            .leftJoin(users, eq(users.id, cases.officerId))
            .where(inArray(cases.caseNumber, numbers)),
          db
            .select({ caseId: caseParties.caseId, role: caseParties.role, name: caseParties.name })
            .from(caseParties)
            .where(
              inArray(
                caseParties.caseId,
                db.select({ id: cases.id }).from(cases).where(inArray(cases.caseNumber, numbers)),
              ),
            )
            .orderBy(asc(caseParties.position)),
        ])
      : [[], []];
    const byNumber = new Map(rows.map((found) => [found.row.caseNumber, found]));
    const total = counted?.total ?? 0;
    return {
      items: numbers.flatMap((n) => byNumber.get(n) ?? []),
      parties,
      total: Math.min(total, COUNT_CAP),
      totalCapped: total > COUNT_CAP,
      today,
      provisionalYears: await this.provisionalYears(),
    };
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
      this.ruleSettings(row.courtId),
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
        withParameters(this.rulebook.deadlines(), settings),
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

  /** A deadline rule's title in both languages, for lists that carry only its id (null: no such rule). */
  ruleTitle(ruleId: string): Text | null {
    return this.rulebook.deadlines().find((rule) => rule.id === ruleId)?.title ?? null;
  }

  /** The head assigns (or reassigns) the case to an officer of its court. */
  assign(user: AuthUser, id: string, officerId: string) {
    return this.change(user, id, 'case.assign', async (tx, row) => {
      const [officer] = await tx.db
        .select()
        .from(users)
        .where(and(eq(users.id, officerId), eq(users.courtId, row.courtId)));
      if (!officer?.active || !officer.roles.includes('officer')) {
        throw validationError([
          {
            path: 'officerId',
            message: { zh: '不是本案法院的在职执行员', en: 'not an active officer of this case’s court' },
          },
        ]);
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
    return this.change(user, id, `case.event:${event.type}`, async (_tx, row) => {
      if (event.on > this.today()) throw validationError([{ path: 'on', message: FIELD.inFuture }]);
      if (event.on < row.receivedOn) throw validationError([{ path: 'on', message: FIELD.beforeCaseBegan }]);
      return [event];
    });
  }

  /** The officer asks to extend the 6-month period (Work 63): at least 5 days before it expires. */
  requestExtension(user: AuthUser, id: string, request: { months: number; reason: string }) {
    return this.change(user, id, 'case.extension.request', async (tx, row, calendar) => {
      const events = await this.events(tx, id);
      const facts = factsOf(row, events);
      const rules = await this.deadlineRules(row.courtId, tx.db);
      const conclude = evaluateDeadlines(rules, facts, calendar, this.today()).find(
        (deadline) => deadline.ruleId === 'case.conclude',
      );
      const subject: ExtensionSubject = { facts, today: this.today(), dueOn: conclude?.dueOn ?? null };
      this.refuse(EXTENSION_REQUEST_ACTION, subject);
      if (events.some((e) => e.type === 'extension.requested' && !isDecided(events, e.id))) {
        throw conflict({
          zh: '已有延长期限申请待审批',
          en: 'An extension request is already waiting for a decision',
        });
      }
      return [{ type: 'extension.requested', on: this.today(), data: { ...request }, evidence: [] }];
    });
  }

  /** The head approves or refuses the pending extension request. */
  decideExtension(user: AuthUser, id: string, approve: boolean) {
    return this.change(user, id, 'case.extension.decide', async (tx) => {
      const events = await this.events(tx, id);
      const pending = events.findLast((e) => e.type === 'extension.requested' && !isDecided(events, e.id));
      if (!pending)
        throw conflict({
          zh: '没有待审批的延长期限申请',
          en: 'No extension request is waiting for a decision',
        });
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
          { caseId: row.id, courtId: row.courtId, createdBy: user.displayName },
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
   * 恢复执行 (Dormant 9): a new 执恢 case of the original's court, numbered like any filing (its own
   * serial), carrying the original's parties, basis, officer and unpaid remainder, with its own
   * deadlines from its filing. `carry` runs in the same transaction with the original (locked) and the
   * new case's party ids by the original's (so other modules move their records across); its nodes are
   * recorded on the original's timeline. Only a case closed as dormant is restored.
   */
  async restore(
    user: AuthUser,
    originalId: string,
    carry: (
      tx: Tx,
      original: CaseRow,
      restored: CaseDraft,
      partyIds: Map<string, string>,
    ) => Promise<RecordedEvent[]>,
  ): Promise<{ id: string; caseNumber: string }> {
    const calendar = await this.planning();
    const today = this.today();
    return this.database.transaction(async (tx) => {
      const original = await this.caseInScope(tx.db, user, originalId, true);
      if (original.status !== 'closed' || original.closingMethod !== 'dormant') {
        throw conflict({
          zh: `${original.caseNumber}不是以终结本次执行程序结案的案件，不能恢复执行`,
          en: `${original.caseNumber} was not closed for lack of assets and cannot be restored`,
        });
      }
      const parties = await tx.db
        .select()
        .from(caseParties)
        .where(eq(caseParties.caseId, originalId))
        .orderBy(asc(caseParties.position), asc(caseParties.id));
      const [court] = await tx.db.select().from(courts).where(eq(courts.id, original.courtId));
      if (!court) throw notFound(RECORDS.case);
      const year = Number(today.slice(0, 4));
      const type: CaseType = '执恢';
      const serial = await nextSerial(tx, original.courtId, type, year);
      const caseNumber = formatCaseNumber({ year, courtCode: court.code, type, serial });
      const actor = actorOf(user);
      const at = this.clock.now().toISOString();
      const node = (event: string, data: Record<string, unknown>): EventDraft => ({
        type: event,
        on: today,
        at,
        actorId: actor.id,
        actorName: actor.name,
        data,
      });
      const restoredFrom = { originalId, originalCaseNumber: original.caseNumber };
      const draft: CaseDraft = {
        id: this.nextId(),
        courtId: original.courtId,
        courtCode: court.code,
        type,
        year,
        serial,
        caseNumber,
        status: 'open',
        filedOn: today,
        receivedOn: today,
        basis: original.basis,
        claimAmount: Math.max(1, original.claimAmount - original.paidAmount),
        paidAmount: 0,
        officerId: original.officerId,
        flag: null,
        closedOn: null,
        closingMethod: null,
        createdAt: at,
        parties: parties.map((party) => ({
          role: party.role,
          kind: party.kind,
          name: party.name,
          idNumber: party.idNumber,
          creditCode: party.creditCode,
          legalRepresentative: party.legalRepresentative,
          phone: party.phone,
          address: party.address,
          payoutAccount: party.payoutAccount,
          position: party.position,
        })),
        events: [
          node('application.received', restoredFrom),
          node('case.filed', { caseNumber, ...restoredFrom }),
          node('case.restored_from', restoredFrom),
          ...(original.officerId ? [node('case.assigned', { officerId: original.officerId })] : []),
        ],
        deadlines: [],
      };
      const rules = await this.deadlineRules(draft.courtId, tx.db);
      draft.deadlines = evaluateDeadlines(rules, factsOfDraft(draft), calendar, today);
      await writeCases(tx, [draft]);
      const created = await tx.db
        .select({ id: caseParties.id, position: caseParties.position, role: caseParties.role })
        .from(caseParties)
        .where(eq(caseParties.caseId, draft.id));
      const partyIds = new Map<string, string>();
      for (const party of parties) {
        const twin = created.find((c) => c.position === party.position && c.role === party.role);
        if (twin) partyIds.set(party.id, twin.id);
      }
      const carried = await carry(tx, original, draft, partyIds);
      await insertEvents(
        tx,
        this.eventRows(original, actor, [
          {
            type: 'case.restored_as',
            on: today,
            data: { restoredId: draft.id, restoredCaseNumber: caseNumber },
            evidence: [],
          },
          ...carried,
        ]),
      );
      await this.audit.append(tx, {
        actor,
        courtId: draft.courtId,
        action: 'case.restore',
        subject: `case:${draft.id}`,
        caseId: draft.id,
        before: { originalId, originalCaseNumber: original.caseNumber },
        after: draft,
      });
      return { id: draft.id, caseNumber };
    });
  }

  /**
   * 结案: refused with every violated rule unless the method's conditions hold (Work 64; FileClose).
   * The closing notice is rendered first (outside the transaction) and stored with the closing.
   */
  async close(user: AuthUser, id: string, request: CloseRequest) {
    const detail = await this.detail(user, id);
    this.refuse(
      closeAction(request.method),
      await this.closeSubject(this.database.db, detail.row, detail.events, request),
    );
    const method = CLOSING_METHODS.find((m) => m.id === request.method);
    // 终本 is closed by a ruling (CPL-Interp 517; Opinion-2021 24); every other way by a closing notice.
    const approval = request.method === 'dormant' ? dormantApprovalOf(detail.events) : undefined;
    const notice = await this.documents.render(
      approval ? 'dormant_ruling' : 'closing_notice',
      documentDataOf(detail, this.today(), {
        methodName: method?.zh ?? request.method,
        closedOn: this.today(),
        paidAmount: detail.row.paidAmount,
        ...(request.reason ? { remark: request.reason } : {}),
        ...(approval ? { approval } : {}),
      }),
    );
    return this.change(user, id, 'case.close', async (tx, row) => {
      // Checked again under the lock: the case may have changed since the first look.
      this.refuse(
        closeAction(request.method),
        await this.closeSubject(tx.db, row, await this.events(tx, id), request),
      );
      const today = this.today();
      await tx.db
        .update(cases)
        .set({ status: 'closed', closedOn: today, closingMethod: request.method })
        .where(eq(cases.id, id));
      const target = { caseId: id, courtId: row.courtId, createdBy: user.displayName };
      const documentId = await this.documents.store(tx, target, notice);
      const closed = { ...row, status: 'closed' as const, closedOn: today, closingMethod: request.method };
      const followers: RecordedEvent[] = [];
      for (const listener of this.closingListeners)
        followers.push(...(await listener(tx, closed, request.method, user)));
      return [
        {
          type: 'case.closed',
          on: today,
          // What the document stated, so that its public copy can be printed again (Dormant 6).
          data: { ...request, documentId, paidAmount: row.paidAmount, ...(approval ? { approval } : {}) },
          evidence: [documentId],
        },
        ...followers,
      ];
    });
  }

  private async closeSubject(
    db: Db,
    row: CaseRow,
    events: readonly EventRow[],
    request: CloseRequest,
  ): Promise<CloseSubject> {
    const extra: Record<string, unknown> = {};
    for (const provider of this.closingFactsProviders)
      Object.assign(extra, await provider(db, row, events, request.method));
    return {
      ...extra,
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
      throw ruleViolation(violations);
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
      if (before.status === 'closed') throw conflict(caseClosed(before.caseNumber));
      const events = await apply(tx, before, calendar);
      const actor = actorOf(user);
      const appended = this.eventRows(before, actor, events);
      await insertEvents(tx, appended);
      const [after] = await tx.db.select().from(cases).where(eq(cases.id, id));
      if (!after) throw notFound(RECORDS.case);
      await this.refreshDeadlines(tx, [after], calendar);
      await this.audit.append(tx, {
        actor,
        courtId: after.courtId,
        action,
        subject: `case:${id}`,
        caseId: id,
        before,
        after: { ...after, events },
      });
      await this.afterEvents(tx, appended);
      return after;
    });
  }

  private events(db: Tx, caseId: string): Promise<EventRow[]> {
    return db.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id));
  }

  private eventRows(
    row: Pick<CaseRow, 'id' | 'courtId'>,
    actor: { id: string | null; name: string },
    events: readonly (RecordedEvent & { at?: Date })[],
  ) {
    const at = this.clock.now();
    return events.map((event) => ({
      caseId: row.id,
      courtId: row.courtId,
      type: event.type,
      on: event.on,
      at: event.at ?? at,
      actorId: actor.id,
      actorName: actor.name,
      data: event.data,
      evidence: event.evidence,
    }));
  }

  /** Re-derives these (locked) cases' deadlines from their whole timelines and stores what changed. */
  private async refreshDeadlines(tx: Tx, rows: readonly CaseRow[], calendar: WorkingCalendar): Promise<void> {
    await storeDeadlines(tx, rows, await this.evaluateCases(tx.db, rows, calendar, this.today()));
  }

  /** The deadlines of these cases as of `today`, their timelines read in one query. */
  private async evaluateCases(
    db: Db,
    rows: readonly SweptRow[],
    calendar: WorkingCalendar,
    today: string,
  ): Promise<Deadline[][]> {
    const events = await db
      .select({
        caseId: caseEvents.caseId,
        type: caseEvents.type,
        on: caseEvents.on,
        at: caseEvents.at,
        data: caseEvents.data,
      })
      .from(caseEvents)
      .where(
        anyId(
          caseEvents.caseId,
          rows.map((row) => row.id),
        ),
      )
      .orderBy(asc(caseEvents.caseId), asc(caseEvents.id));
    const byCase = new Map<string, (typeof events)[number][]>();
    for (const event of events) {
      const list = byCase.get(event.caseId);
      if (list) list.push(event);
      else byCase.set(event.caseId, [event]);
    }
    // Each court's configurable periods: the cases evaluated court by court, answers in the rows' order.
    const answers: Deadline[][] = new Array(rows.length);
    const byCourt = new Map<string, number[]>();
    rows.forEach((row, index) => {
      const list = byCourt.get(row.courtId);
      if (list) list.push(index);
      else byCourt.set(row.courtId, [index]);
    });
    for (const [courtId, indexes] of byCourt) {
      const facts = indexes.map((index) => {
        const row = rows[index] as SweptRow;
        return factsOf(row, byCase.get(row.id) ?? []);
      });
      const evaluated = evaluateMany(await this.deadlineRules(courtId, db), facts, calendar, today);
      indexes.forEach((index, at) => {
        answers[index] = evaluated[at] ?? [];
      });
    }
    return answers;
  }

  /**
   * The daily sweep: re-derives every open case's deadlines as of `today`, a batch of cases at a
   * time, and writes back only what changed. Cases are read without locks — almost every deadline
   * stands as it was — and only those whose deadlines changed are then locked and evaluated again
   * before the write, so that no event recorded meanwhile is overwritten. The next batch is read
   * while one is evaluated. Returns the cases swept and the rows written.
   */
  async sweepDeadlines(today: string, batchSize = 5000): Promise<{ cases: number; changed: number }> {
    const calendar = await this.planning();
    const db = this.database.db;
    const openCases = (after: string | null) =>
      db
        .select(SWEPT_COLUMNS)
        .from(cases)
        .where(and(eq(cases.status, 'open'), after ? gt(cases.id, after) : undefined))
        .orderBy(asc(cases.id))
        .limit(batchSize);
    const swept = { cases: 0, changed: 0 };
    for (let batch = await openCases(null); batch.length > 0; ) {
      const next = openCases(batch.at(-1)?.id ?? null);
      const [evaluated, stored] = await Promise.all([
        this.evaluateCases(db, batch, calendar, today),
        storedRows(db, batch),
      ]);
      const stale = staleCases(batch, evaluated, stored);
      if (stale.length > 0) swept.changed += await this.storeLocked(stale, calendar, today);
      swept.cases += batch.length;
      batch = await next;
    }
    return swept;
  }

  /**
   * A year's calendar has arrived (or changed): the unmet deadlines of open cases falling in it or
   * later were counted provisionally, with weekends only. Each such case is evaluated afresh under the
   * calendar now held; every deadline whose due date moves gets a `deadline.recomputed` node on the
   * case's timeline (from, to, the year), and the stored deadlines follow in the same transaction.
   */
  async recomputeProvisional(year: number, batchSize = 500): Promise<{ cases: number; moved: number }> {
    const calendar = await this.planning();
    const today = this.today();
    const result = { cases: 0, moved: 0 };
    for (let after: string | null = null; ; ) {
      const ids: string[] = (
        await this.database.db
          .selectDistinct({ id: caseDeadlines.caseId })
          .from(caseDeadlines)
          .where(
            and(
              isNull(caseDeadlines.satisfiedOn),
              gte(caseDeadlines.dueOn, `${year}-01-01`),
              after ? gt(caseDeadlines.caseId, after) : undefined,
            ),
          )
          .orderBy(asc(caseDeadlines.caseId))
          .limit(batchSize)
      ).map((row) => row.id);
      if (ids.length === 0) return result;
      after = ids.at(-1) ?? null;
      result.moved += await this.database.transaction(async (tx) => {
        const locked = (await this.lockCases(tx, ids)).filter((row) => row.status === 'open');
        const [evaluated, stored] = await Promise.all([
          this.evaluateCases(tx.db, locked, calendar, today),
          storedRows(tx.db, locked),
        ]);
        const entries = movedDeadlines(locked, evaluated, stored, year, today);
        await this.recordSystemEvents(tx, entries, platformActor, locked);
        for (const entry of entries) {
          const row = locked.find((c) => c.id === entry.caseId);
          await this.audit.append(tx, {
            actor: platformActor,
            courtId: row?.courtId ?? null,
            action: 'case.deadlines.recompute',
            subject: `case:${entry.caseId}`,
            caseId: entry.caseId,
            after: entry.events.map((event) => event.data),
          });
        }
        result.cases += entries.length;
        return entries.reduce((sum, entry) => sum + entry.events.length, 0);
      });
    }
  }

  /** Locks these open cases, evaluates them afresh and stores what changed. */
  private storeLocked(ids: readonly string[], calendar: WorkingCalendar, today: string): Promise<number> {
    return this.database.transaction(async (tx) => {
      const locked = await tx.db
        .select(SWEPT_COLUMNS)
        .from(cases)
        .where(and(anyId(cases.id, ids), eq(cases.status, 'open')))
        .orderBy(asc(cases.id))
        .for('update');
      return storeDeadlines(tx, locked, await this.evaluateCases(tx.db, locked, calendar, today));
    });
  }

  /** The years whose deadlines are counted provisionally (CalendarService.planningCalendar). */
  async provisionalYears(): Promise<readonly number[]> {
    return (await this.calendar.planningCalendar()).provisionalYears;
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

/**
 * Takes the next serial of a court, type and year. The row lock of the upsert serialises concurrent
 * filings of one court, type and year; a rolled-back filing gives its number back, so the serials
 * have no gaps and are never reused. Every filing sends this text: prepared once per connection.
 */
const NEXT_SERIAL = `insert into case_serials (court_id, type, year, last_serial) values ($1, $2, $3, 1)
  on conflict (court_id, type, year) do update set last_serial = case_serials.last_serial + 1
  returning last_serial`;

async function nextSerial(tx: Tx, courtId: string, type: string, year: number): Promise<number> {
  const { rows } = await tx.sql.executeSql(NEXT_SERIAL, [courtId, type, year], { prepare: true });
  const serial = rows[0]?.last_serial;
  if (typeof serial !== 'number') throw new Error('no serial');
  return serial;
}

/** What the sweep reads of a case: its facts and the columns its deadline rows copy. */
const SWEPT_COLUMNS = {
  id: cases.id,
  courtId: cases.courtId,
  officerId: cases.officerId,
  filedOn: cases.filedOn,
  receivedOn: cases.receivedOn,
  basisEffectiveOn: cases.basisEffectiveOn,
  claimAmount: cases.claimAmount,
  status: cases.status,
  nextDeadlineRuleId: cases.nextDeadlineRuleId,
  nextDeadlineOn: cases.nextDeadlineOn,
};

type SweptRow = { [K in keyof typeof SWEPT_COLUMNS]: CaseRow[K] };
type FactsRow = Pick<CaseRow, 'filedOn' | 'receivedOn' | 'basisEffectiveOn' | 'claimAmount' | 'status'>;
type FactsEvent = Pick<EventRow, 'type' | 'on' | 'at' | 'data'>;

export function factsOf(row: FactsRow, events: readonly FactsEvent[]): CaseFacts {
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

/**
 * Where a list reads its matching cases from, as case numbers in list order (filing date, then case
 * number): the party-name index when `q` is a name (the other filters then join the cases), else the
 * cases' own indexes. `read` builds a fresh query, so the page and the count each get their own.
 */
function listSource(db: Db, courtIds: readonly string[], query: CaseListQuery, today: string) {
  const q = query.q?.trim();
  const filters = caseFilters(query, today);
  const search = q ? classifySearch(q) : null;
  if (search === null || search.kind !== 'name') {
    const where = and(
      inScope(cases.courtId, courtIds),
      ...filters,
      search ? caseNumberFilter(search) : undefined,
    );
    return {
      read: () => db.select({ caseNumber: cases.caseNumber }).from(cases).where(where).$dynamic(),
      filedOn: cases.filedOn,
      caseNumber: cases.caseNumber,
    };
  }
  const p = caseParties;
  const where = and(
    inScope(p.courtId, courtIds),
    or(...search.patterns.map((pattern) => like(p.name, pattern))),
    ...filters,
  );
  const read = () => {
    const names = db.select({ caseNumber: p.caseNumber }).from(p).$dynamic();
    const joined = filters.length > 0 ? names.innerJoin(cases, eq(cases.id, p.caseId)) : names;
    // One row per case, however many of its parties match.
    return joined.where(where).groupBy(p.filedOn, p.caseNumber);
  };
  return { read, filedOn: p.filedOn, caseNumber: p.caseNumber };
}

/**
 * The scope as SQL. A single court (the common case) is an equality: PostgreSQL reads an index in
 * order under `=`, not under `= ANY (…)`, and lists depend on that order.
 */
function inScope(column: typeof cases.courtId | typeof caseParties.courtId, courtIds: readonly string[]) {
  const [only] = courtIds;
  return courtIds.length === 1 && only ? eq(column, only) : inArray(column, [...courtIds]);
}

/** The filters on the case itself (all but `q`). */
function caseFilters(query: CaseListQuery, today: string): SQL[] {
  const filters: SQL[] = [];
  if (query.status) filters.push(eq(cases.status, query.status));
  if (query.officerId) filters.push(eq(cases.officerId, query.officerId));
  if (query.flag === 'any') filters.push(sql`${cases.flag} is not null`);
  else if (query.flag) filters.push(eq(cases.flag, query.flag));
  if (query.deadline) filters.push(deadlineFilter(query.deadline, today));
  if (query.closedFrom) filters.push(gte(cases.closedOn, query.closedFrom));
  if (query.closedTo) filters.push(lte(cases.closedOn, query.closedTo));
  if (query.track)
    filters.push(
      sql`exists (select 1 from case_triage t where t.case_id = ${cases.id} and t.track = ${query.track})`,
    );
  return filters;
}

/** Whether `q` is read as a case number (whole, or its beginning `（2025）京0105执…`). */
/** A whole case number matches itself; a beginning every number it begins; a part every number holding it. */
function caseNumberFilter(search: Exclude<CaseSearch, { kind: 'name' }>): SQL {
  return search.kind === 'number'
    ? eq(cases.caseNumber, search.caseNumber)
    : like(cases.caseNumber, search.pattern);
}

/**
 * Overdue and on track read the case's next deadline (the unmet one due first); due soon asks
 * whether any unmet deadline falls within DUE_SOON_DAYS, which the next one alone cannot say.
 */
function deadlineFilter(state: 'overdue' | 'due_soon' | 'on_track', today: string): SQL {
  const soon = addCalendarDays(today, DUE_SOON_DAYS);
  if (state === 'overdue') return lt(cases.nextDeadlineOn, today);
  if (state === 'on_track') return or(isNull(cases.nextDeadlineOn), gt(cases.nextDeadlineOn, soon)) as SQL;
  const d = caseDeadlines;
  return sql`exists (select 1 from ${d} where ${d.caseId} = ${cases.id} and ${d.courtId} = ${cases.courtId}
    and ${d.satisfiedOn} is null and ${d.dueOn} >= ${today} and ${d.dueOn} <= ${soon})`;
}
