import { sign } from '@zhixing/assist-protocol';
import { and, asc, eq } from 'drizzle-orm';
import { shanghaiDateOf } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import { RECORDS } from '../../platform/messages';
import { assets } from '../assets/schema';
import { caseParties, cases } from '../cases/schema';
import type { RecordedEvent } from '../cases/service';
import { courts } from '../org/schema';
import {
  SYSTEM_ACTOR,
  supersede,
  toPlatformResult,
  type ValuationContext,
  type ValuationRow,
} from './context';
import { pricedEvent, reportedEvent } from './events';
import { inTime, onlineDueAt, onlineOutcome, type ResultStatus, VALUATION_EVENTS, validUntil } from './rules';
import { pricePlatforms, valuationResults, valuations } from './schema';

const INQUIRIES_PATH = '/v1/inquiries';
const LOOKUP_PATH = '/v1/inquiries/lookup';
const HTTP_TIMEOUT_MS = 10_000;

export interface PlatformReport {
  inquiryId: string;
  platformCode: string;
  status: 'reported' | 'declined';
  price?: number;
  reportNo?: string;
  reason?: string;
  reportedAt: string;
}

/**
 * 网络询价: sending the inquiry to every platform of the list and polling their reports on the platform
 * clock (RefPrice 10–13; docs/valuation.md explains why the court polls).
 */
export class OnlineInquiries {
  private pollTimer: NodeJS.Timeout | null = null;

  constructor(private readonly ctx: ValuationContext) {}

  /** Sends the inquiry to every platform not yet reached (at once, all of them: RefPrice 10). */
  async send(valuationId: string): Promise<void> {
    const db = this.ctx.database.db;
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
          .set(answer.ok ? { sentAt: this.ctx.clock.now(), reason: null } : { reason: answer.reason })
          .where(eq(valuationResults.id, result.id));
      }),
    );
  }

  private async propertyOf(row: ValuationRow) {
    const db = this.ctx.database.db;
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
        // The procedure is the reference; its commission letter is filed in the dossier after the send.
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
    const open = await this.ctx.database.db
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
    const waiting = await this.ctx.database.db
      .select({ result: valuationResults, platform: pricePlatforms })
      .from(valuationResults)
      .innerJoin(pricePlatforms, eq(pricePlatforms.code, valuationResults.platform))
      .where(and(eq(valuationResults.valuationId, valuationId), eq(valuationResults.status, 'waiting')));
    const asOf = this.ctx.clock.now().toISOString();
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
    const { ctx } = this;
    await ctx.database.transaction(async (tx) => {
      const [row] = await tx.db.select().from(valuations).where(eq(valuations.id, valuationId)).for('update');
      if (row?.status !== 'inquiring') return;
      const now = ctx.clock.now();
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
        await supersede(tx, row.assetId, row.id, now);
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
        await ctx.cases.recordSystemEvents(tx, [{ caseId: row.caseId, events }], SYSTEM_ACTOR);
      await ctx.audit.append(tx, {
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
    const run = () =>
      void this.poll().catch((error) => this.ctx.log.error({ err: error }, 'price inquiry poll'));
    this.pollTimer = setInterval(run, intervalMs);
    this.pollTimer.unref();
  }

  stopPolling(): void {
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.pollTimer = null;
  }
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
