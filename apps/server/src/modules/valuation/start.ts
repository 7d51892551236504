import { createHash, randomBytes } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { shanghaiDateOf } from '../../platform/clock';
import { conflict, invalid, ruleViolation } from '../../platform/errors';
import { onceByKey } from '../../platform/idempotency';
import { caseClosed } from '../../platform/messages';
import type { RecordedEvent } from '../cases/service';
import { checkGuards } from '../compliance/rules';
import { actorOf } from '../org/service';
import {
  assetInScope,
  supersede,
  type ValuationContext,
  type ValuationRow,
  workingCalendar,
} from './context';
import { pricedEvent, reportPeriodEvent } from './events';
import type { OnlineInquiries } from './online';
import { PROCEDURE_GUARDS, REISSUE_ACTION, reissueDueOn } from './procedure-rules';
import {
  DRAW_ALGORITHM,
  draw,
  onlineDueAt,
  PERIODS,
  reportDueOn,
  START_ACTION,
  type StartSubject,
  VALUATION_EVENTS,
  VALUATION_GUARDS,
  type ValuationMethod,
  validUntil,
} from './rules';
import { appraisalAgencies, type DrawRecord, pricePlatforms, valuationResults, valuations } from './schema';

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

/**
 * Starts a procedure on the asset; agreement and targeted inquiry set the price at once. With `reissue`
 * (the expired procedure, RefPrice 27) it issues a new price the same way instead — the order of methods
 * was kept the first time — linked to it: an appraisal goes back to the agency that reported, for 15 days.
 */
export async function startValuation(
  ctx: ValuationContext,
  user: AuthUser,
  assetId: string,
  input: StartInput,
  idempotencyKey: string | undefined,
  online: OnlineInquiries,
  reissue?: ValuationRow,
): Promise<{ id: string; replayed: boolean }> {
  const asset = await assetInScope(ctx.database.db, user, assetId);
  const digest = createHash('sha256').update(JSON.stringify(input)).digest('hex');
  const claim = {
    userId: user.id,
    key: idempotencyKey,
    fingerprint: reissue
      ? `POST /api/valuations/${reissue.id}/reissue ${digest}`
      : `POST /api/assets/${assetId}/valuations ${digest}`,
    now: ctx.clock.now(),
  };
  const answer = await onceByKey(ctx.database, claim, async (tx) => {
    const row = await ctx.cases.caseInScope(tx.db, user, asset.caseId, true);
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
    const expired = reissue ? earlier.find((v) => v.id === reissue.id) : undefined;
    const violations = expired
      ? checkGuards(PROCEDURE_GUARDS, REISSUE_ACTION, {
          status: expired.status,
          validUntil: expired.validUntil,
          today: shanghaiDateOf(ctx.clock.now()),
          running: subject.running,
        })
      : checkGuards(VALUATION_GUARDS, START_ACTION, subject);
    if (violations.length > 0) throw ruleViolation(violations);
    const immediate = input.method === 'agreement' || input.method === 'targeted_inquiry';
    if (immediate && input.price === undefined)
      throw invalid('price', { zh: '须填写参考价（分）', en: 'the price (fen) is required' });
    if (!immediate && input.price !== undefined)
      throw invalid('price', {
        zh: '网络询价和委托评估的参考价由平台或评估机构确定',
        en: 'an online inquiry or appraisal gets its price from the platforms or the agency',
      });
    const now = ctx.clock.now();
    const today = shanghaiDateOf(ctx.clock.now());
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
      if (expired) {
        agencies = [expired.agencies?.[expired.agencyIndex ?? 0] ?? '—'];
      } else if (input.agencies !== undefined) {
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
        reportDueOn: agencies
          ? expired
            ? reissueDueOn(await workingCalendar(ctx, tx), input.method, today)
            : reportDueOn(await workingCalendar(ctx, tx), today)
          : null,
        reissueOf: expired?.id ?? null,
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
    if (immediate) await supersede(tx, assetId, created.id, now);
    const events: RecordedEvent[] = [
      {
        type: VALUATION_EVENTS.started,
        on: today,
        data: {
          assetId,
          valuationId: created.id,
          method: input.method,
          ...(drawRecord ? { draw: drawRecord } : {}),
          ...(expired ? { reissueOf: expired.id } : {}),
        },
        evidence: [],
      },
    ];
    if (immediate) events.push(pricedEvent(created, today));
    if (created.reportDueOn) events.push(reportPeriodEvent(created, today, created.reportDueOn));
    await ctx.cases.recordSystemEvents(tx, [{ caseId: row.id, events }], actorOf(user));
    await ctx.audit.append(tx, {
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
    await online.send(id).catch((error) => ctx.log.error({ err: error }, 'price inquiry send'));
  return { id, replayed: answer.replayed };
}
