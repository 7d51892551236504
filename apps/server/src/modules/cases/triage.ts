import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Tx } from '../../platform/db';
import { conflict } from '../../platform/errors';
import { caseClosed } from '../../platform/messages';
import { type Actor, type AuditService, platformActor } from '../audit/service';
import { type ParameterSettings, parameterValues } from '../compliance/rules';
import { actorOf } from '../org/service';
import { caseEvents, cases, caseTriage } from './schema';
import type { CasesService } from './service';
import {
  DEFAULT_TARGET_MONTHS,
  overran,
  simpleDueOn,
  TRACK_NAMES,
  TRIAGE_EVENT_TYPES,
  TRIAGE_EVENTS,
  TRIAGE_SIMPLE_PERIOD,
  type Track,
  triage,
} from './triage-rules';

/** The node whose first occurrence triggers triage: the first collective query answered. */
const TRIGGER = 'inquiry.answered';

/**
 * 繁简分流: marks a case simple or normal once its first collective query is answered (in the same
 * transaction as the answer's node), moves simple cases past the court's period to normal (daily), and
 * takes officers' corrections with a reason. Every change is a timeline node and an audit entry.
 */
export class TriageService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    /** The configurable values in force for a court (its own over the platform's). */
    private readonly ruleSettings: (courtId: string) => Promise<ParameterSettings>,
  ) {}

  today(): string {
    return shanghaiDateOf(this.clock.now());
  }

  /** The court's target period for a simple case (its own value, else the platform's, else 3). */
  async targetMonths(courtId: string): Promise<number> {
    return (
      parameterValues(TRIAGE_SIMPLE_PERIOD, await this.ruleSettings(courtId)).targetMonths ??
      DEFAULT_TARGET_MONTHS
    );
  }

  /** CasesService.onEvents listener: triages the cases whose query was just answered for the first time. */
  readonly afterEvents = async (tx: Tx, appended: readonly { caseId: string; type: string }[]) => {
    const ids = [...new Set(appended.filter((event) => event.type === TRIGGER).map((event) => event.caseId))];
    if (ids.length > 0) await this.mark(tx, ids, platformActor);
  };

  /** Triages those of these cases that are open and not triaged yet. Returns how many were marked. */
  private async mark(tx: Tx, ids: readonly string[], actor: Actor): Promise<number> {
    const already = await tx.db
      .select({ caseId: caseTriage.caseId })
      .from(caseTriage)
      .where(inArray(caseTriage.caseId, [...ids]));
    const done = new Set(already.map((row) => row.caseId));
    const rows = (
      await tx.db
        .select({
          id: cases.id,
          courtId: cases.courtId,
          status: cases.status,
          claimAmount: cases.claimAmount,
          paidAmount: cases.paidAmount,
        })
        .from(cases)
        .where(inArray(cases.id, [...ids]))
    ).filter((row) => row.status === 'open' && !done.has(row.id));
    if (rows.length === 0) return 0;
    const { rows: found } = await tx.sql.executeSql(
      `select case_id, divisible, balance, frozen_by_others from assets where case_id = any($1::uuid[])`,
      [rows.map((row) => row.id)],
    );
    const assetsByCase = new Map<
      string,
      { divisible: boolean; balance: number | null; frozenByOthers: number }[]
    >();
    for (const asset of found) {
      const list = assetsByCase.get(String(asset.case_id)) ?? [];
      list.push({
        divisible: Boolean(asset.divisible),
        balance: asset.balance === null ? null : Number(asset.balance),
        frozenByOthers: Number(asset.frozen_by_others ?? 0),
      });
      assetsByCase.set(String(asset.case_id), list);
    }
    const on = this.today();
    const results = rows.map((row) => ({
      row,
      result: triage({
        claimAmount: row.claimAmount,
        paidAmount: row.paidAmount,
        assets: assetsByCase.get(row.id) ?? [],
      }),
    }));
    await tx.db
      .insert(caseTriage)
      .values(
        results.map(({ row, result }) => ({
          caseId: row.id,
          courtId: row.courtId,
          track: result.track,
          since: on,
        })),
      )
      .onConflictDoNothing();
    await this.cases.recordSystemEvents(
      tx,
      results.map(({ row, result }) => ({
        caseId: row.id,
        events: [
          {
            type: TRIAGE_EVENTS.marked,
            on,
            data: {
              track: result.track,
              reason: result.reason,
              outstanding: result.outstanding,
              available: result.available,
              toSell: result.toSell,
            },
            evidence: [],
          },
        ],
      })),
      actor,
    );
    for (const { row, result } of results) {
      await this.audit.append(tx, {
        actor,
        courtId: row.courtId,
        action: 'case.triage.mark',
        subject: `case:${row.id}`,
        caseId: row.id,
        after: { track: result.track, since: on, reason: result.reason },
      });
    }
    return results.length;
  }

  /**
   * Triages open cases whose query was answered but which carry no mark (cases imported or generated
   * before triage existed), a batch at a time. The daily sweep runs it; returns how many were marked.
   */
  async triageBacklog(batchSize = 1000): Promise<number> {
    let marked = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const { rows } = await this.database.sql.executeSql(
        `select c.id from cases c
          where c.status = 'open' and c.id > $1::uuid
            and exists (select 1 from case_events e where e.case_id = c.id and e.type = $2)
            and not exists (select 1 from case_triage t where t.case_id = c.id)
          order by c.id limit $3`,
        [after, TRIGGER, batchSize],
      );
      if (rows.length === 0) return marked;
      const ids = rows.map((row) => String(row.id));
      marked += await this.database.transaction((tx) =>
        this.audit.deferred(tx, async () => {
          await this.cases.lockCases(tx, ids);
          return this.mark(tx, ids, platformActor);
        }),
      );
      after = ids.at(-1) ?? after;
    }
  }

  /**
   * The daily sweep: the backlog triaged, then every open simple case past the court's target period
   * moved to normal, with a `triage.overran` node. Returns how many were moved.
   */
  async sweep(today: string = this.today()): Promise<{ marked: number; moved: number }> {
    const marked = await this.triageBacklog();
    // Each court's own period (its value, else the platform's): read once per court.
    const periods = new Map<string, number>();
    const monthsOf = (courtId: string) => periods.get(courtId) ?? DEFAULT_TARGET_MONTHS;
    const simple = await this.database.db
      .select({ caseId: caseTriage.caseId, courtId: caseTriage.courtId, since: caseTriage.since })
      .from(caseTriage)
      .innerJoin(cases, eq(cases.id, caseTriage.caseId))
      .where(and(eq(caseTriage.track, 'simple'), eq(cases.status, 'open')))
      .orderBy(asc(caseTriage.caseId));
    for (const courtId of new Set(simple.map((row) => row.courtId)))
      periods.set(courtId, await this.targetMonths(courtId));
    const late = simple.filter((row) => overran(row.since, monthsOf(row.courtId), today));
    let moved = 0;
    for (let start = 0; start < late.length; start += 500) {
      const batch = late.slice(start, start + 500);
      await this.database.transaction((tx) =>
        this.audit.deferred(tx, async () => {
          const locked = await this.cases.lockCases(
            tx,
            batch.map((row) => row.caseId),
          );
          const open = new Set(locked.filter((row) => row.status === 'open').map((row) => row.id));
          // Checked again under the lock: a correction meanwhile may have changed the track.
          const current = await tx.db
            .select()
            .from(caseTriage)
            .where(
              inArray(
                caseTriage.caseId,
                batch.map((row) => row.caseId),
              ),
            );
          const moving = current.filter(
            (row) =>
              row.track === 'simple' &&
              open.has(row.caseId) &&
              overran(row.since, monthsOf(row.courtId), today),
          );
          if (moving.length === 0) return;
          moved += moving.length;
          await tx.db
            .update(caseTriage)
            .set({ track: 'normal', since: today })
            .where(
              inArray(
                caseTriage.caseId,
                moving.map((row) => row.caseId),
              ),
            );
          await this.cases.recordSystemEvents(
            tx,
            moving.map((row) => ({
              caseId: row.caseId,
              events: [
                {
                  type: TRIAGE_EVENTS.overran,
                  on: today,
                  data: {
                    track: 'normal',
                    from: 'simple',
                    simpleSince: row.since,
                    dueOn: simpleDueOn(row.since, monthsOf(row.courtId)),
                    targetMonths: monthsOf(row.courtId),
                  },
                  evidence: [],
                },
              ],
            })),
            platformActor,
            locked,
          );
          for (const row of moving) {
            await this.audit.append(tx, {
              actor: platformActor,
              courtId: row.courtId,
              action: 'case.triage.overran',
              subject: `case:${row.caseId}`,
              caseId: row.caseId,
              before: { track: 'simple', since: row.since },
              after: { track: 'normal', since: today, targetMonths: monthsOf(row.courtId) },
            });
          }
        }),
      );
    }
    return { marked, moved };
  }

  /** An officer corrects the track, giving a reason: a `triage.corrected` node and an audit entry. */
  async correct(user: AuthUser, caseId: string, input: { track: Track; reason: string }) {
    const today = this.today();
    await this.database.transaction(async (tx) => {
      const row = await this.cases.caseInScope(tx.db, user, caseId, true);
      if (row.status === 'closed') throw conflict(caseClosed(row.caseNumber));
      const [before] = await tx.db.select().from(caseTriage).where(eq(caseTriage.caseId, caseId));
      if (before?.track === input.track) {
        throw conflict({
          zh: `本案已是${TRACK_NAMES[input.track].zh}`,
          en: `The case is already ${TRACK_NAMES[input.track].en.toLowerCase()}`,
        });
      }
      const actor = actorOf(user);
      await tx.db
        .insert(caseTriage)
        .values({ caseId, courtId: row.courtId, track: input.track, since: today, corrected: 1 })
        .onConflictDoUpdate({
          target: caseTriage.caseId,
          set: { track: input.track, since: today, corrected: 1 },
        });
      await this.cases.recordSystemEvents(
        tx,
        [
          {
            caseId,
            events: [
              {
                type: TRIAGE_EVENTS.corrected,
                on: today,
                data: { track: input.track, from: before?.track ?? null, reason: input.reason },
                evidence: [],
              },
            ],
          },
        ],
        actor,
        [row],
      );
      await this.audit.append(tx, {
        actor,
        courtId: row.courtId,
        action: 'case.triage.correct',
        subject: `case:${caseId}`,
        caseId,
        before: before ?? null,
        after: { track: input.track, since: today, reason: input.reason },
      });
    });
    return this.view(user, caseId);
  }

  /** The case's track, its period and its triage nodes. */
  async view(user: AuthUser, caseId: string) {
    const db = this.database.db;
    const row = await this.cases.caseInScope(db, user, caseId);
    const [[current], history, months] = await Promise.all([
      db.select().from(caseTriage).where(eq(caseTriage.caseId, caseId)),
      db
        .select()
        .from(caseEvents)
        .where(and(eq(caseEvents.caseId, caseId), inArray(caseEvents.type, [...TRIAGE_EVENT_TYPES])))
        .orderBy(asc(caseEvents.id)),
      this.targetMonths(row.courtId),
    ]);
    const today = this.today();
    return {
      caseId: row.id,
      track: current?.track ?? null,
      trackName: current ? TRACK_NAMES[current.track] : null,
      since: current?.since ?? null,
      corrected: (current?.corrected ?? 0) > 0,
      targetMonths: months,
      dueOn: current?.track === 'simple' ? simpleDueOn(current.since, months) : null,
      overdue:
        current?.track === 'simple' && row.status === 'open' ? overran(current.since, months, today) : false,
      history: history.map((event) => ({
        type: event.type,
        on: event.on,
        actorName: event.actorName,
        data: event.data,
      })),
    };
  }
}
