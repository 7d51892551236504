import { and, asc, eq, inArray, like } from 'drizzle-orm';
import { z } from 'zod';
import type { AuthUser } from '../../platform/auth';
import type { Clock } from '../../platform/clock';
import type { Database } from '../../platform/db';
import { invalid, notFound } from '../../platform/errors';
import { type App, signedIn } from '../../platform/http';
import type { AuditService } from '../audit/service';
import { documents } from '../documents/schema';
import type { DocumentsService } from '../documents/service';
import { showsInline } from '../documents/uploads';
import { courts } from '../org/schema';
import { actorOf } from '../org/service';
import { referenceBasis } from '../valuation/service';
import { auctionAttachments, auctions } from './schema';
import type { AuctionService } from './service';

/**
 * What the public auction page shows beside the bidding: the photos and documents of the asset an
 * officer published from the case's dossier (only those), and the reference price with how it was set.
 */

const RECORD = { zh: '拍卖', en: 'Auction' };
const ATTACHMENT = { zh: '拍卖材料', en: 'Auction attachment' };
/** A page of photos and documents, not the whole dossier. */
const MAX_ATTACHMENTS = 30;

export class AuctionDossier {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly auctionsService: AuctionService,
    private readonly documentsService: DocumentsService,
  ) {}

  /** An auction of the asset in the user's court scope, or "not found". */
  private async auctionInScope(user: AuthUser, assetId: string, auctionId: string) {
    const [found] = await this.database.db
      .select({ auction: auctions })
      .from(auctions)
      .innerJoin(courts, eq(courts.id, auctions.courtId))
      .where(
        and(
          eq(auctions.id, auctionId),
          eq(auctions.assetId, assetId),
          like(courts.path, `${user.court.path}%`),
        ),
      );
    if (!found) throw notFound(RECORD);
    return found.auction;
  }

  /** The published files, in order. */
  async attachments(auctionId: string) {
    return this.database.db
      .select({
        id: documents.id,
        title: documents.title,
        fileName: documents.fileName,
        mediaType: documents.mediaType,
        size: documents.size,
        sha256: documents.sha256,
      })
      .from(auctionAttachments)
      .innerJoin(documents, eq(documents.id, auctionAttachments.documentId))
      .where(eq(auctionAttachments.auctionId, auctionId))
      .orderBy(asc(auctionAttachments.position));
  }

  async officerAttachments(user: AuthUser, assetId: string, auctionId: string) {
    await this.auctionInScope(user, assetId, auctionId);
    return this.attachments(auctionId);
  }

  /**
   * Publishes these uploads of the case's dossier with the auction, in this order (replacing the last
   * choice). Only files an officer uploaded that a browser shows (photos, PDFs): never an issued
   * document naming the parties, never another case's file.
   */
  async publish(user: AuthUser, assetId: string, auctionId: string, documentIds: readonly string[]) {
    const auction = await this.auctionInScope(user, assetId, auctionId);
    const ids = [...new Set(documentIds)];
    await this.database.transaction(async (tx) => {
      const found =
        ids.length === 0
          ? []
          : await tx.db
              .select()
              .from(documents)
              .where(and(inArray(documents.id, ids), eq(documents.caseId, auction.caseId)));
      ids.forEach((id, i) => {
        const row = found.find((d) => d.id === id);
        if (row?.kind !== 'upload' || !showsInline(row.mediaType))
          throw invalid(`documentIds.${i}`, {
            zh: '须为本案卷宗中上传的照片或 PDF',
            en: 'must be a photo or PDF uploaded to this case’s dossier',
          });
      });
      const before = await tx.db
        .select({ documentId: auctionAttachments.documentId })
        .from(auctionAttachments)
        .where(eq(auctionAttachments.auctionId, auctionId))
        .orderBy(asc(auctionAttachments.position));
      await tx.db.delete(auctionAttachments).where(eq(auctionAttachments.auctionId, auctionId));
      const now = this.clock.now();
      if (ids.length > 0)
        await tx.db.insert(auctionAttachments).values(
          ids.map((documentId, position) => ({
            auctionId,
            documentId,
            position,
            createdAt: now,
            createdBy: user.displayName,
          })),
        );
      await this.audit.append(tx, {
        actor: actorOf(user),
        courtId: auction.courtId,
        action: 'auction.attachments',
        subject: `auction:${auctionId}`,
        caseId: auction.caseId,
        before: before.map((b) => b.documentId),
        after: ids,
      });
    });
    return this.attachments(auctionId);
  }

  /** The public's view: published files and the reference price's basis, once the auction is announced. */
  async publicView(auctionId: string) {
    const { auction } = await this.auctionsService.publicAuction(auctionId);
    const files = await this.attachments(auction.id);
    return {
      attachments: files.map((f) => ({
        ...f,
        url: `/api/public/auctions/${auction.id}/attachments/${f.id}`,
      })),
      reference: auction.referenceValuationId
        ? await referenceBasis(this.database.db, auction.referenceValuationId)
        : null,
    };
  }

  /** A published file's bytes (anything else of the dossier: not found). */
  async publicFile(auctionId: string, documentId: string) {
    const { auction } = await this.auctionsService.publicAuction(auctionId);
    const [published] = await this.database.db
      .select()
      .from(auctionAttachments)
      .where(
        and(eq(auctionAttachments.auctionId, auction.id), eq(auctionAttachments.documentId, documentId)),
      );
    if (!published) throw notFound(ATTACHMENT);
    return this.documentsService.content(auction.caseId, documentId);
  }
}

const twoIds = z.object({ id: z.uuid(), auctionId: z.uuid() });
const publicIds = z.object({ id: z.uuid(), documentId: z.uuid() });
const tags = ['auction'];
const attachment = z.object({
  id: z.string(),
  title: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  sha256: z.string(),
});

export function registerAuctionDossierRoutes(app: App, dossier: AuctionDossier): void {
  app.get(
    '/api/assets/:id/auctions/:auctionId/attachments',
    {
      config: { policy: { action: 'auction.view' } },
      schema: { tags, summary: '拍卖公开的照片与材料', params: twoIds },
    },
    async (request) => ({
      items: await dossier.officerAttachments(signedIn(request), request.params.id, request.params.auctionId),
    }),
  );

  app.put(
    '/api/assets/:id/auctions/:auctionId/attachments',
    {
      config: { policy: { action: 'auction.manage' } },
      schema: {
        tags,
        summary: '选定随拍卖公开的卷宗照片与材料',
        description:
          'The uploads of the case’s dossier (photos, PDFs) shown on the public auction page, in order; replaces the ' +
          'last choice. Anything else (issued documents, TIFF scans, another case’s files): 400 naming the item.',
        params: twoIds,
        body: z.object({ documentIds: z.array(z.uuid()).max(MAX_ATTACHMENTS) }).strict(),
        response: { 200: z.object({ items: z.array(attachment) }) },
      },
    },
    async (request) => ({
      items: await dossier.publish(
        signedIn(request),
        request.params.id,
        request.params.auctionId,
        request.body.documentIds,
      ),
    }),
  );

  app.get(
    '/api/public/auctions/:id/dossier',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: '拍卖标的照片、材料与参考价的确定方式（公开）',
        params: z.object({ id: z.uuid() }),
      },
    },
    (request) => dossier.publicView(request.params.id),
  );

  app.get(
    '/api/public/auctions/:id/attachments/:documentId',
    {
      config: { policy: 'public' },
      schema: { tags, summary: '下载拍卖公开的照片或材料', params: publicIds },
    },
    async (request, reply) => {
      const row = await dossier.publicFile(request.params.id, request.params.documentId);
      return reply
        .type(row.mediaType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(row.fileName)}`)
        .header('x-content-sha256', row.sha256)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'public, max-age=300')
        .send(row.content);
    },
  );
}
