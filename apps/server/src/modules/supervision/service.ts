import { and, asc, count, eq, isNull, like, lt, min, sql } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database } from '../../platform/db';
import type { LocalDate } from '../calendar/rules';
import { caseDeadlines, caseEvents, cases } from '../cases/schema';
import type { Rulebook, Title } from '../compliance/rules';
import { courts, users } from '../org/schema';
import { daysOverdue, rankCourts } from './rules';

/** The longest list one answer carries; the counts cover everything. */
const LIST_LIMIT = 200;

const requestDecided = sql`exists (select 1 from ${caseEvents} d where d.case_id = ${caseEvents.caseId}
  and d.type in ('extension.approved', 'extension.refused') and (d.data->>'requestId')::bigint = ${caseEvents.id})`;

/** 指挥与监督: what is late across a court and the courts below it, and what waits for the head. */
export class SupervisionService {
  /** Each deadline rule's bilingual name: what the lists show instead of a rule id. */
  private readonly titles: ReadonlyMap<string, Title>;

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    rulebook: Rulebook,
  ) {
    this.titles = new Map(rulebook.deadlines().map((rule) => [rule.id, rule.title]));
  }

  today(): LocalDate {
    return shanghaiDateOf(this.clock.now());
  }

  /** Courts in the user's scope: theirs and every court below it. */
  private inScope(user: AuthUser) {
    return like(courts.path, `${user.court.path}%`);
  }

  private overdueWhere(user: AuthUser, today: LocalDate) {
    return and(
      this.inScope(user),
      isNull(caseDeadlines.satisfiedOn),
      lt(caseDeadlines.dueOn, today),
      eq(cases.status, 'open'),
    );
  }

  /** Overdue deadlines by court (every court of the scope, the worst first) and the oldest of them. */
  async overdue(user: AuthUser) {
    const db = this.database.db;
    const today = this.today();
    const where = this.overdueWhere(user, today);
    const [scope, counts, rows] = await Promise.all([
      db
        .select({ id: courts.id, code: courts.code, name: courts.name })
        .from(courts)
        .where(this.inScope(user)),
      db
        .select({ courtId: caseDeadlines.courtId, count: count(), oldestDueOn: min(caseDeadlines.dueOn) })
        .from(caseDeadlines)
        .innerJoin(cases, eq(cases.id, caseDeadlines.caseId))
        .innerJoin(courts, eq(courts.id, caseDeadlines.courtId))
        .where(where)
        .groupBy(caseDeadlines.courtId),
      this.overdueRows(user, today, LIST_LIMIT),
    ]);
    const byId = new Map(counts.map((c) => [c.courtId, c]));
    const ranked = rankCourts(
      scope.map((court) => ({
        courtId: court.id,
        count: byId.get(court.id)?.count ?? 0,
        oldestDueOn: byId.get(court.id)?.oldestDueOn ?? null,
      })),
      today,
    );
    const courtOf = new Map(scope.map((court) => [court.id, court]));
    return {
      today,
      total: counts.reduce((sum, c) => sum + c.count, 0),
      courts: ranked.map((entry) => ({ ...entry, ...pick(courtOf.get(entry.courtId)) })),
      items: rows,
    };
  }

  private async overdueRows(user: AuthUser, today: LocalDate, limit: number) {
    const rows = await this.database.db
      .select({
        caseId: cases.id,
        caseNumber: cases.caseNumber,
        courtCode: courts.code,
        courtName: courts.name,
        ruleId: caseDeadlines.ruleId,
        dueOn: caseDeadlines.dueOn,
        officer: users.displayName,
      })
      .from(caseDeadlines)
      .innerJoin(cases, eq(cases.id, caseDeadlines.caseId))
      .innerJoin(courts, eq(courts.id, caseDeadlines.courtId))
      .leftJoin(users, eq(users.id, cases.officerId))
      .where(this.overdueWhere(user, today))
      .orderBy(asc(caseDeadlines.dueOn), asc(cases.caseNumber))
      .limit(limit);
    return rows.map((row) => ({
      ...row,
      title: this.titles.get(row.ruleId) ?? { zh: row.ruleId, en: row.ruleId },
      daysOverdue: daysOverdue(row.dueOn, today),
    }));
  }

  /** 待我处理: extension requests to decide, cases to assign, and the overdue deadlines of the scope. */
  async queue(user: AuthUser) {
    const db = this.database.db;
    const today = this.today();
    const [extensionRequests, unassigned, overdue] = await Promise.all([
      db
        .select({
          caseId: cases.id,
          caseNumber: cases.caseNumber,
          requestedOn: caseEvents.on,
          requestedBy: caseEvents.actorName,
          data: caseEvents.data,
        })
        .from(caseEvents)
        .innerJoin(cases, eq(cases.id, caseEvents.caseId))
        .innerJoin(courts, eq(courts.id, cases.courtId))
        .where(
          and(
            this.inScope(user),
            eq(caseEvents.type, 'extension.requested'),
            eq(cases.status, 'open'),
            sql`not ${requestDecided}`,
          ),
        )
        .orderBy(asc(caseEvents.on))
        .limit(LIST_LIMIT),
      db
        .select({
          caseId: cases.id,
          caseNumber: cases.caseNumber,
          filedOn: cases.filedOn,
          dueOn: caseDeadlines.dueOn,
        })
        .from(cases)
        .innerJoin(courts, eq(courts.id, cases.courtId))
        .leftJoin(
          caseDeadlines,
          and(eq(caseDeadlines.caseId, cases.id), eq(caseDeadlines.ruleId, 'case.assign')),
        )
        .where(and(this.inScope(user), eq(cases.status, 'open'), isNull(cases.officerId)))
        .orderBy(asc(cases.filedOn), asc(cases.caseNumber))
        .limit(LIST_LIMIT),
      this.overdueRows(user, today, LIST_LIMIT),
    ]);
    return {
      today,
      extensionRequests: extensionRequests.map(({ data, ...row }) => ({
        ...row,
        months: typeof data.months === 'number' ? data.months : null,
        reason: typeof data.reason === 'string' ? data.reason : '',
      })),
      unassigned,
      overdue,
    };
  }
}

function pick(court: { code: string; name: string } | undefined) {
  return { code: court?.code ?? '', name: court?.name ?? '' };
}
