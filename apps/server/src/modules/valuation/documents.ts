import { asc, eq, inArray } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { shanghaiDateOf } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import { RECORDS } from '../../platform/messages';
import { assets } from '../assets/schema';
import { documentDataOf } from '../cases/service';
import type { ValuationDocumentData } from '../documents/valuation-templates';
import { actorOf } from '../org/service';
import { VALUATION_RECORD, type ValuationContext, type ValuationRow } from './context';
import { METHOD_NAMES, PERIODS } from './rules';
import { appraisalAgencies, pricePlatforms, valuationResults, valuations } from './schema';

export type ValuationDocumentKind = 'inquiry_commission' | 'appraisal_commission' | 'price_notice';

/** The document a procedure's act issues: the commission when it goes out, the notice when it is served. */
export function commissionKind(row: ValuationRow): ValuationDocumentKind | null {
  if (row.method === 'online_inquiry') return 'inquiry_commission';
  if (row.method === 'appraisal') return 'appraisal_commission';
  return null;
}

/**
 * Renders one of the procedure's documents and files it in the case's dossier (电子卷宗), audited.
 * Called after the act it belongs to has committed: a PDF takes tens of milliseconds no lock should
 * wait for, and the act (a draw, a return) decides what the document says.
 */
export async function issueValuationDocument(
  ctx: ValuationContext,
  user: AuthUser,
  valuationId: string,
  kind: ValuationDocumentKind,
): Promise<string> {
  const db = ctx.database.db;
  const [row] = await db.select().from(valuations).where(eq(valuations.id, valuationId));
  if (!row) throw notFound(VALUATION_RECORD);
  const [asset] = await db.select().from(assets).where(eq(assets.id, row.assetId));
  if (!asset) throw notFound(RECORDS.asset);
  const detail = await ctx.cases.detail(user, row.caseId);
  const today = shanghaiDateOf(ctx.clock.now());
  const data = {
    ...documentDataOf(detail, today),
    valuation: await valuationData(ctx, row, {
      asset,
      debtorName: detail.parties.find((p) => p.id === asset.partyId)?.name ?? '',
    }),
  };
  const rendered = await ctx.documents.render(kind, data);
  return ctx.database.transaction(async (tx) => {
    const id = await ctx.documents.store(
      tx,
      { caseId: row.caseId, courtId: row.courtId, createdBy: user.displayName },
      rendered,
    );
    await ctx.audit.append(tx, {
      actor: actorOf(user),
      courtId: row.courtId,
      action: 'valuation.document',
      subject: `valuation:${valuationId}`,
      caseId: row.caseId,
      after: { documentId: id, kind, sha256: rendered.sha256 },
    });
    return id;
  });
}

async function valuationData(
  ctx: ValuationContext,
  row: ValuationRow,
  known: { asset: { description: string; assetRef: string }; debtorName: string },
): Promise<ValuationDocumentData> {
  const db = ctx.database.db;
  const results = await db
    .select()
    .from(valuationResults)
    .where(eq(valuationResults.valuationId, row.id))
    .orderBy(asc(valuationResults.platform));
  const agencyCode = row.agencies?.[row.agencyIndex ?? 0] ?? null;
  const agencyNames = agencyCode
    ? await db
        .select()
        .from(appraisalAgencies)
        .where(inArray(appraisalAgencies.code, [agencyCode]))
    : [];
  const agency = agencyNames[0]?.name ?? agencyCode;
  const platforms =
    row.method === 'online_inquiry'
      ? (await db.select().from(pricePlatforms).orderBy(asc(pricePlatforms.code)))
          .filter((p) => results.some((r) => r.platform === p.code))
          .map((p) => p.name)
      : [];
  const objectable = row.method === 'online_inquiry' || row.method === 'appraisal';
  return {
    asset: { description: known.asset.description, assetRef: known.asset.assetRef },
    debtorName: known.debtorName,
    methodName: METHOD_NAMES[row.method].zh,
    addressees: row.method === 'appraisal' ? (agency ? [agency] : []) : platforms,
    ...(row.reportDueOn ? { reportDueOn: row.reportDueOn } : {}),
    ...(row.amount !== null && row.determinedOn && row.validUntil
      ? { price: row.amount, determinedOn: row.determinedOn, validUntil: row.validUntil }
      : {}),
    results:
      row.method === 'online_inquiry'
        ? results.map((r) => ({ name: r.name, price: r.status === 'priced' ? r.price : null }))
        : [],
    agency: row.method === 'appraisal' ? agency : null,
    reportNo: row.reportNo,
    objectionDays: objectable ? PERIODS.objectionDays : null,
  };
}
