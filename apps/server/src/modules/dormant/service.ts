/**
 * 终本案件: the closing check's facts (read from the case's own record), the pool, the six-monthly
 * re-query and restoration (执恢). Each use case is one transaction, audited.
 */
import { and, asc, eq, inArray, isNull, lte, notInArray, sql } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Db, Tx } from '../../platform/db';
import { timeOrderedIds } from '../../platform/ids';
import type { Jobs } from '../../platform/jobs';
import { assetLeads, assets } from '../assets/schema';
import { type AuditService, platformActor } from '../audit/service';
import { addCalendarMonths } from '../calendar/rules';
import { maskIdentityNumber } from '../cases/identity';
import { caseEvents, caseParties, cases } from '../cases/schema';
import type { CaseRow, CasesService, ClosingMethod, EventRow, RecordedEvent } from '../cases/service';
import { creditListings, creditRestrictions } from '../credit/schema';
import { partyNotifications } from '../disclosure/schema';
import type { AnsweredRequest } from '../inquiry/apply';
import { inquiryRequests, institutions } from '../inquiry/schema';
import type { InquiryService } from '../inquiry/service';
import { courts } from '../org/schema';
import {
  CYCLES,
  closingCheck,
  DEFAULT_HOUSING_FUND_THRESHOLD,
  DORMANT_RULES,
  type DormantFacts,
  poolEndsOn,
  REQUERY_MONTHS,
  requeryDueOn,
} from './rules';
import { dormantPool, dormantRestorations } from './schema';

const nextId = timeOrderedIds();

/** The re-query's answers, handed from the hub's transaction to a job of their own. */
export const REQUERY_RESULTS_QUEUE = 'dormant.requery-results';

export interface RequeryResult {
  caseId: string;
  courtId: string;
  institution: string;
  on: string;
  holdings: number;
  /** The housing-fund balance reported, in fen (0 when none). */
  housingFund: number;
}

/** Timeline nodes the dormant module writes itself. */
export const POOL_EVENTS = {
  entered: 'dormant.entered',
  requeried: 'dormant.requeried',
  found: 'dormant.found',
  housingFund: 'dormant.housing_fund',
  left: 'dormant.left',
  restoredAs: 'case.restored_as',
  restoredFrom: 'case.restored_from',
} as const;

export class DormantService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly inquiry: InquiryService,
    private readonly jobs: Jobs,
    /** The parameters in force of a rule (compliance), read in the caller's transaction. */
    private readonly values: (ruleId: string, db: Db) => Promise<Readonly<Record<string, number>>>,
  ) {}

  today(): string {
    return shanghaiDateOf(this.clock.now());
  }

  // ─── The closing check ──────────────────────────────────────────────────────────────────────────

  /** Everything the check reads, from the case's own record, in `db` (the closing's transaction). */
  async facts(db: Db, row: CaseRow, events: readonly EventRow[]): Promise<DormantFacts> {
    const [offered, answered, leads, held, restrictions, listings] = await Promise.all([
      db
        .selectDistinct({ category: institutions.category })
        .from(institutions)
        .where(eq(institutions.active, true)),
      db
        .selectDistinct({ category: institutions.category })
        .from(inquiryRequests)
        .innerJoin(institutions, eq(institutions.id, inquiryRequests.institutionId))
        .where(
          and(
            eq(inquiryRequests.caseId, row.id),
            eq(inquiryRequests.kind, 'query'),
            eq(inquiryRequests.status, 'answered'),
          ),
        ),
      db
        .select({
          id: assetLeads.id,
          description: assetLeads.description,
          result: assetLeads.verificationResult,
        })
        .from(assetLeads)
        .where(eq(assetLeads.caseId, row.id)),
      db
        .select({ id: assets.id, description: assets.description, state: assets.state })
        .from(assets)
        .where(eq(assets.caseId, row.id))
        .orderBy(asc(assets.id)),
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(creditRestrictions)
        .where(and(eq(creditRestrictions.caseId, row.id), isNull(creditRestrictions.endedOn))),
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(creditListings)
        .where(eq(creditListings.caseId, row.id)),
    ]);
    return {
      filedOn: row.filedOn,
      events: events.map((e) => ({ type: e.type, on: e.on, data: e.data, evidence: e.evidence })),
      inquiry:
        offered.length === 0
          ? null
          : { offered: offered.map((o) => o.category), answered: answered.map((a) => a.category) },
      leads,
      assets: held,
      restrictions: restrictions[0]?.n ?? 0,
      listings: listings[0]?.n ?? 0,
    };
  }

  /** The provider the cases service asks on every closing: the dormant guards read `dormant`. */
  readonly closingFacts = async (db: Db, row: CaseRow, events: readonly EventRow[], method: ClosingMethod) =>
    method === 'dormant' ? { dormant: await this.facts(db, row, events) } : {};

  /** The checklist the case page shows: the same conditions the closing route refuses on. */
  async closingCheck(user: AuthUser, caseId: string) {
    const db = this.database.db;
    const row = await this.cases.caseInScope(db, user, caseId);
    const events = await db
      .select()
      .from(caseEvents)
      .where(eq(caseEvents.caseId, caseId))
      .orderBy(asc(caseEvents.id));
    const conditions = closingCheck(await this.facts(db, row, events), this.today());
    return { caseId, method: 'dormant' as const, ready: conditions.every((c) => c.met), conditions };
  }

  // ─── Restoration (恢复执行) ───────────────────────────────────────────────────────────────────────

  /**
   * 执恢 (Dormant 9): on the court's motion after a find or on the applicant's request with a new lead,
   * no limitation period. The new case carries the original's parties (cases service), its assets still
   * held, its restrictions and listings in force (moved onto the new case and its parties), and links
   * both ways (dormant_restorations; `case.restored_from` / `case.restored_as` nodes). The original leaves
   * the pool.
   */
  async restore(
    user: AuthUser,
    caseId: string,
    request: { ground: 'court_found' | 'applicant_lead'; reason: string },
  ) {
    const restored = await this.cases.restore(user, caseId, async (tx, original, draft, partyIds) => {
      const today = this.today();
      let movedAssets = 0;
      for (const [from, to] of partyIds) {
        const a = await tx.db
          .update(assets)
          .set({ caseId: draft.id, partyId: to })
          .where(
            and(
              eq(assets.caseId, original.id),
              eq(assets.partyId, from),
              notInArray(assets.state, ['released', 'lapsed', 'disposed', 'deducted']),
            ),
          )
          .returning({ id: assets.id });
        movedAssets += a.length;
      }
      const moved = { assets: movedAssets, restrictions: 0, listings: 0 };
      for (const [from, to] of partyIds) {
        const r = await tx.db
          .update(creditRestrictions)
          .set({ caseId: draft.id, debtorId: to })
          .where(
            and(
              eq(creditRestrictions.caseId, original.id),
              eq(creditRestrictions.debtorId, from),
              isNull(creditRestrictions.endedOn),
            ),
          )
          .returning({ id: creditRestrictions.id });
        moved.restrictions += r.length;
        const l = await tx.db
          .update(creditListings)
          .set({ caseId: draft.id, debtorId: to })
          .where(
            and(
              eq(creditListings.caseId, original.id),
              eq(creditListings.debtorId, from),
              isNull(creditListings.endedOn),
            ),
          )
          .returning({ id: creditListings.id });
        moved.listings += l.length;
      }
      await tx.db.insert(dormantRestorations).values({
        restoredId: draft.id,
        originalId: original.id,
        courtId: original.courtId,
        restoredOn: today,
        ground: request.ground,
        reason: request.reason,
        createdBy: user.displayName,
        createdAt: this.clock.now(),
      });
      const left = await tx.db
        .update(dormantPool)
        .set({ leftOn: today, leftReason: 'restored', nextDueOn: null })
        .where(and(eq(dormantPool.caseId, original.id), isNull(dormantPool.leftOn)))
        .returning({ caseId: dormantPool.caseId });
      await this.cases.recordSystemEvents(tx, [
        {
          caseId: draft.id,
          events: [
            {
              type: 'dormant.carried',
              on: today,
              data: {
                originalId: original.id,
                originalCaseNumber: original.caseNumber,
                ground: request.ground,
                reason: request.reason,
                ...moved,
              },
              evidence: [],
            },
          ],
        },
      ]);
      return left.length > 0
        ? [
            {
              type: POOL_EVENTS.left,
              on: today,
              data: { reason: 'restored', restoredId: draft.id, ...moved },
              evidence: [],
            },
          ]
        : [];
    });
    return restored;
  }

  /** The restorations a case is part of: the case it restores and the cases restoring it. */
  async links(user: AuthUser, caseId: string) {
    const db = this.database.db;
    await this.cases.caseInScope(db, user, caseId);
    const rows = await db
      .select({
        restoredId: dormantRestorations.restoredId,
        originalId: dormantRestorations.originalId,
        restoredOn: dormantRestorations.restoredOn,
        ground: dormantRestorations.ground,
      })
      .from(dormantRestorations)
      .where(
        sql`${dormantRestorations.restoredId} = ${caseId} or ${dormantRestorations.originalId} = ${caseId}`,
      );
    const numbers = rows.length
      ? await db
          .select({ id: cases.id, caseNumber: cases.caseNumber })
          .from(cases)
          .where(
            inArray(
              cases.id,
              rows.flatMap((r) => [r.restoredId, r.originalId]),
            ),
          )
      : [];
    const number = new Map(numbers.map((n) => [n.id, n.caseNumber]));
    return {
      restoredFrom: rows
        .filter((r) => r.restoredId === caseId)
        .map((r) => ({
          id: r.originalId,
          caseNumber: number.get(r.originalId) ?? '',
          restoredOn: r.restoredOn,
        })),
      restoredAs: rows
        .filter((r) => r.originalId === caseId)
        .map((r) => ({
          id: r.restoredId,
          caseNumber: number.get(r.restoredId) ?? '',
          restoredOn: r.restoredOn,
          ground: r.ground,
        })),
    };
  }

  // ─── The six-monthly re-query (Dormant 9) ──────────────────────────────────────────────────────

  /**
   * The daily tick's work as of `on`: pooled cases that are fully paid or past their 5 years leave the
   * pool; then the cases due (`next_due_on <= on`: today's share, and any day the clock skipped) are
   * queried through the hub, `batchSize` per transaction. Returns the counts.
   */
  async sweep(on: string, batchSize = 1000): Promise<{ left: number; queried: number }> {
    const left = await this.leave(on);
    let queried = 0;
    for (;;) {
      const batch = await this.database.transaction((tx) => this.requeryDue(tx, on, batchSize));
      queried += batch;
      if (batch < batchSize) break;
    }
    return { left, queried };
  }

  /**
   * 退出终本案件库 (Dormant 14): a pooled case whose claim is paid (money reached it after closing) leaves
   * as performed; one past its 5 years leaves as expired. Runs every day, so within the 3 days.
   */
  async leave(on: string): Promise<number> {
    return this.database.transaction(async (tx) => {
      const { rows } = await tx.sql.executeSql(
        `update dormant_pool p set left_on = $1::date, next_due_on = null,
                left_reason = case when c.paid_amount >= c.claim_amount then 'performed' else 'expired' end
           from cases c
          where c.id = p.case_id and p.left_on is null
            and (c.paid_amount >= c.claim_amount or p.ends_on < $1::date)
         returning p.case_id, p.court_id, p.left_reason`,
        [on],
      );
      if (rows.length === 0) return 0;
      await this.cases.recordSystemEvents(
        tx,
        rows.map((row) => ({
          caseId: String(row.case_id),
          events: [
            {
              type: POOL_EVENTS.left,
              on,
              data: { ruleId: DORMANT_RULES.leave.id, reason: String(row.left_reason) },
              evidence: [],
            },
          ],
        })),
      );
      for (const courtId of [...new Set(rows.map((r) => String(r.court_id)))].sort()) {
        await this.audit.append(tx, {
          actor: platformActor,
          courtId,
          action: 'dormant.leave',
          subject: 'dormant_pool',
          after: {
            on,
            cases: rows.filter((r) => String(r.court_id) === courtId).map((r) => String(r.case_id)),
          },
        });
      }
      return rows.length;
    });
  }

  /** One batch of due cases: a round each through the hub, their next due day, a node, one audit per court. */
  private async requeryDue(tx: Tx, on: string, limit: number): Promise<number> {
    const due = await tx.db
      .select()
      .from(dormantPool)
      .where(and(isNull(dormantPool.leftOn), lte(dormantPool.nextDueOn, on)))
      .orderBy(asc(dormantPool.nextDueOn), asc(dormantPool.caseId))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return 0;
    const orders = due.map((row) => ({ caseId: row.caseId, roundId: nextId(), dormant: true }));
    const started = await this.inquiry.startRounds(tx, orders);
    const startedIds = new Set(started.map((round) => round.roundId));
    const values = due.map((row, i) => {
      const next = row.cycle + 1;
      const roundId = orders[i]?.roundId ?? null;
      return {
        case_id: row.caseId,
        round_id: roundId && startedIds.has(roundId) ? roundId : null,
        cycle: next,
        next_due_on: next <= CYCLES ? requeryDueOn(row.caseId, row.enteredOn, next) : null,
      };
    });
    await tx.sql.executeSql(
      `update dormant_pool p set cycle = v.cycle, next_due_on = v.next_due_on, last_queried_on = $2::date,
              last_round_id = coalesce(v.round_id, p.last_round_id), queries = p.queries + 1
         from jsonb_to_recordset($1::jsonb) as v(case_id uuid, round_id uuid, cycle int, next_due_on date)
        where p.case_id = v.case_id`,
      [JSON.stringify(values), on],
    );
    await this.cases.recordSystemEvents(
      tx,
      values.map((v) => ({
        caseId: v.case_id,
        events: [
          {
            type: POOL_EVENTS.requeried,
            on,
            data: {
              ruleId: DORMANT_RULES.requery.id,
              roundId: v.round_id,
              cycle: v.cycle - 1,
              nextDueOn: v.next_due_on,
            },
            evidence: [],
          },
        ],
      })),
    );
    for (const courtId of [...new Set(due.map((r) => r.courtId))].sort()) {
      await this.audit.append(tx, {
        actor: platformActor,
        courtId,
        action: 'dormant.requery',
        subject: 'dormant_pool',
        after: { on, cases: due.filter((r) => r.courtId === courtId).map((r) => r.caseId) },
      });
    }
    return due.length;
  }

  /**
   * Answers of a re-query, in the hub's callback transaction: only a job is enqueued (no case locked
   * here: a batch's transaction already holds what the hub and the register took, and locking more
   * cases in it deadlocked with other institutions' batches). The job tells the applicant (a notice
   * and a node) and raises `dormant.found` / `dormant.housing_fund`.
   */
  readonly answered = async (tx: Tx, answered: readonly AnsweredRequest[]): Promise<void> => {
    const queries = answered.filter((a) => a.kind === 'query' && a.roundId !== null);
    if (queries.length === 0) return;
    const pooled = await tx.db
      .select({ caseId: dormantPool.caseId, lastRoundId: dormantPool.lastRoundId })
      .from(dormantPool)
      .where(
        and(
          inArray(dormantPool.caseId, [...new Set(queries.map((q) => q.caseId))]),
          isNull(dormantPool.leftOn),
        ),
      );
    const byCase = new Map(pooled.map((p) => [p.caseId, p]));
    const mine = queries.filter((q) => byCase.get(q.caseId)?.lastRoundId === q.roundId);
    if (mine.length === 0) return;
    const on = this.today();
    const results: RequeryResult[] = mine.map((q) => ({
      caseId: q.caseId,
      courtId: q.courtId,
      institution: q.institution.code,
      on,
      holdings: q.result.status === 'completed' ? (q.result.holdings ?? []).length : 0,
      housingFund: (q.result.status === 'completed' ? (q.result.holdings ?? []) : [])
        .filter((h) => h.category === 'housing_fund')
        .reduce((sum, h) => sum + (h.balance ?? 0), 0),
    }));
    await this.jobs.enqueue(tx, REQUERY_RESULTS_QUEUE, { results });
  };

  /** The job: one transaction, the cases locked first in id order. */
  async applyResults(results: readonly RequeryResult[]): Promise<void> {
    if (results.length === 0) return;
    await this.database.transaction(async (tx) => {
      const locked = await this.cases.lockCases(tx, new Set(results.map((r) => r.caseId)));
      const threshold =
        (await this.values(DORMANT_RULES.housingFund.id, tx.db)).threshold ?? DEFAULT_HOUSING_FUND_THRESHOLD;
      const entries = new Map<string, RecordedEvent[]>();
      const notices: (typeof partyNotifications.$inferInsert)[] = [];
      for (const r of results) {
        const events = entries.get(r.caseId) ?? [];
        const found = await tx.db
          .select({ id: assets.id, description: assets.description, category: assets.category })
          .from(assets)
          .where(
            and(
              eq(assets.caseId, r.caseId),
              eq(assets.institutionCode, r.institution),
              eq(assets.foundOn, r.on),
              eq(assets.state, 'found'),
            ),
          );
        const result = { institution: r.institution, holdings: r.holdings, found: found.map((f) => f.id) };
        events.push({ type: 'dormant.result', on: r.on, data: result, evidence: [] });
        if (found.length > 0) {
          events.push({
            type: POOL_EVENTS.found,
            on: r.on,
            data: { ruleId: DORMANT_RULES.found.id, assets: found },
            evidence: [],
          });
          await tx.db
            .update(dormantPool)
            .set({ found: sql`${dormantPool.found} + ${found.length}` })
            .where(eq(dormantPool.caseId, r.caseId));
        }
        if (r.housingFund > threshold) {
          events.push({
            type: POOL_EVENTS.housingFund,
            on: r.on,
            data: { ruleId: DORMANT_RULES.housingFund.id, balance: r.housingFund, threshold },
            evidence: [],
          });
        }
        entries.set(r.caseId, events);
        notices.push({
          caseId: r.caseId,
          courtId: r.courtId,
          partyId: null,
          kind: 'dormant.requery_result',
          payload: result,
          createdAt: this.clock.now(),
        });
      }
      await this.cases.recordSystemEvents(
        tx,
        [...entries].map(([caseId, events]) => ({ caseId, events })),
        platformActor,
        locked,
      );
      await tx.db.insert(partyNotifications).values(notices);
    });
  }

  // ─── Supervision figures (per court of the user's scope) ───────────────────────────────────────

  /**
   * Per court of the scope: cases closed, of them closed as dormant (the dormant rate), restored
   * (执恢 filed), pooled now, pooled for at least 6 months and of those queried in the last 6 months
   * (re-query coverage), and dormant closings whose record does not satisfy the check as of their
   * closing day (must be zero: the check refuses them; history imported or generated outside the
   * check shows here).
   */
  async figures(user: AuthUser) {
    const db = this.database.db;
    const today = this.today();
    const sixMonthsAgo = addCalendarMonths(today, -REQUERY_MONTHS);
    const { rows } = await this.database.sql.executeSql(
      `select ct.id as court_id, ct.code, ct.name,
              (select count(*) from cases c where c.court_id = ct.id and c.status = 'closed')::int as closed,
              (select count(*) from cases c where c.court_id = ct.id and c.closing_method = 'dormant')::int as dormant,
              (select count(*) from dormant_restorations r where r.court_id = ct.id)::int as restored,
              (select count(*) from dormant_pool p where p.court_id = ct.id and p.left_on is null)::int as pooled,
              (select count(*) from dormant_pool p where p.court_id = ct.id and p.left_on is null
                  and p.entered_on <= $2::date)::int as due,
              (select count(*) from dormant_pool p where p.court_id = ct.id and p.left_on is null
                  and p.entered_on <= $2::date and p.last_queried_on > $2::date)::int as covered
         from courts ct where ct.path like $1 order by ct.path`,
      [`${user.court.path}%`, sixMonthsAgo],
    );
    const missing = await this.closedWithConditionMissing(
      db,
      rows.map((r) => String(r.court_id)),
    );
    const courtsOut = rows.map((r) => {
      const closed = Number(r.closed);
      const dormant = Number(r.dormant);
      const due = Number(r.due);
      const covered = Number(r.covered);
      return {
        courtId: String(r.court_id),
        code: String(r.code),
        name: String(r.name),
        closed,
        dormant,
        dormantRate: closed === 0 ? null : dormant / closed,
        restored: Number(r.restored),
        pooled: Number(r.pooled),
        requeryDue: due,
        requeried: covered,
        requeryCoverage: due === 0 ? null : covered / due,
        closedWithConditionMissing: missing.get(String(r.court_id)) ?? 0,
      };
    });
    return { today, courts: courtsOut };
  }

  /** Dormant closings whose own record fails the check as of the closing day, by court. */
  private async closedWithConditionMissing(
    db: Db,
    courtIds: readonly string[],
  ): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (courtIds.length === 0) return counts;
    const closed = await db
      .select()
      .from(cases)
      .where(and(inArray(cases.courtId, [...courtIds]), eq(cases.closingMethod, 'dormant')));
    for (const row of closed) {
      const events = await db
        .select()
        .from(caseEvents)
        .where(and(eq(caseEvents.caseId, row.id), lte(caseEvents.on, row.closedOn ?? '9999-12-31')))
        .orderBy(asc(caseEvents.id));
      const before = events.filter(
        (e) => !e.type.startsWith('case.closed') && !e.type.startsWith('dormant.'),
      );
      // The register as it stands: nothing is controlled on a closed case, so what is held now was held
      // at closing (an asset found by a re-query is only `found`; one carried to a 执恢 case is gone).
      const facts = await this.facts(db, row, before);
      const failed = closingCheck(facts, row.closedOn ?? this.today()).some((c) => !c.met);
      if (failed) counts.set(row.courtId, (counts.get(row.courtId) ?? 0) + 1);
    }
    return counts;
  }

  // ─── The pool ───────────────────────────────────────────────────────────────────────────────────

  /**
   * 纳入终本案件库 (Dormant 12): a case closed as dormant enters with its closing (the ruling is rendered
   * and served with it, so entry is on day 0 of the 7). Its first re-query falls in the first cycle.
   */
  async afterClosing(tx: Tx, row: CaseRow, method: ClosingMethod): Promise<RecordedEvent[]> {
    if (method !== 'dormant') return [];
    const today = this.today();
    const nextDueOn = requeryDueOn(row.id, today, 1);
    await tx.db
      .insert(dormantPool)
      .values({
        caseId: row.id,
        courtId: row.courtId,
        enteredOn: today,
        endsOn: poolEndsOn(today),
        cycle: 1,
        nextDueOn,
        createdAt: this.clock.now(),
      })
      .onConflictDoNothing();
    return [
      {
        type: POOL_EVENTS.entered,
        on: today,
        data: { ruleId: DORMANT_RULES.enter.id, nextDueOn, endsOn: poolEndsOn(today) },
        evidence: [],
      },
    ];
  }

  /**
   * Cases closed as dormant without the closing route (the demo's generated history, an import) enter
   * the pool as of their closing day, as the route would have put them (Dormant 12); a re-query already
   * due is made by the next sweep. Returns how many entered.
   */
  async enterClosedElsewhere(): Promise<number> {
    return this.database.transaction(async (tx) => {
      const closed = await tx.db
        .select()
        .from(cases)
        .where(
          and(
            eq(cases.status, 'closed'),
            eq(cases.closingMethod, 'dormant'),
            sql`not exists (select 1 from ${dormantPool} where ${dormantPool.caseId} = ${cases.id})`,
          ),
        );
      const entries = closed.map((row) => {
        const enteredOn = row.closedOn ?? this.today();
        const nextDueOn = requeryDueOn(row.id, enteredOn, 1);
        const endsOn = poolEndsOn(enteredOn);
        return { row, enteredOn, nextDueOn, endsOn };
      });
      if (entries.length === 0) return 0;
      await tx.db.insert(dormantPool).values(
        entries.map(({ row, enteredOn, nextDueOn, endsOn }) => ({
          caseId: row.id,
          courtId: row.courtId,
          enteredOn,
          endsOn,
          cycle: 1,
          nextDueOn,
          createdAt: this.clock.now(),
        })),
      );
      await this.cases.recordSystemEvents(
        tx,
        entries.map(({ row, enteredOn, nextDueOn, endsOn }) => ({
          caseId: row.id,
          events: [
            {
              type: POOL_EVENTS.entered,
              on: enteredOn,
              data: { ruleId: DORMANT_RULES.enter.id, nextDueOn, endsOn },
              evidence: [],
            },
          ],
        })),
      );
      return entries.length;
    });
  }

  /** A pooled case's place in the pool, for the case page. */
  async poolEntry(user: AuthUser, caseId: string) {
    await this.cases.caseInScope(this.database.db, user, caseId);
    const [entry] = await this.database.db.select().from(dormantPool).where(eq(dormantPool.caseId, caseId));
    return entry ?? null;
  }

  /**
   * 终本案件公开 (Dormant 6; 执行公开): pooled cases (still in the pool) of debtors with exactly this name,
   * identity numbers masked. The consumption restriction and listing continue in the credit module.
   */
  async publicSearch(name: string) {
    const rows = await this.database.db
      .select({
        id: cases.id,
        caseNumber: cases.caseNumber,
        court: courts.name,
        filedOn: cases.filedOn,
        closedOn: cases.closedOn,
        claimAmount: cases.claimAmount,
        paidAmount: cases.paidAmount,
        name: caseParties.name,
        kind: caseParties.kind,
        idNumber: caseParties.idNumber,
        creditCode: caseParties.creditCode,
        enteredOn: dormantPool.enteredOn,
      })
      .from(dormantPool)
      .innerJoin(cases, eq(cases.id, dormantPool.caseId))
      .innerJoin(courts, eq(courts.id, dormantPool.courtId))
      .innerJoin(caseParties, and(eq(caseParties.caseId, dormantPool.caseId), eq(caseParties.role, 'debtor')))
      .where(and(eq(caseParties.name, name), isNull(dormantPool.leftOn)))
      .orderBy(asc(dormantPool.enteredOn))
      .limit(50);
    return rows.map((row) => ({
      id: row.id,
      caseNumber: row.caseNumber,
      court: row.court,
      debtor: {
        name: row.name,
        kind: row.kind,
        idNumber: row.idNumber ? maskIdentityNumber(row.idNumber) : null,
        creditCode: row.creditCode,
      },
      filedOn: row.filedOn,
      closedOn: row.closedOn,
      enteredOn: row.enteredOn,
      claimAmount: row.claimAmount,
      unpaidAmount: Math.max(0, row.claimAmount - row.paidAmount),
      // The ruling is published with the entry (Dormant 6), masked the same way.
      ruling: `/api/public/dormant/${row.id}/ruling`,
    }));
  }
}
