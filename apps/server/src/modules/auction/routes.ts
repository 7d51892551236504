import { z } from 'zod';
import type { Clock } from '../../platform/clock';
import type { Database } from '../../platform/db';
import type { App } from '../../platform/http';
import { signedIn } from '../../platform/http';
import { personOf } from '../people/routes';
import type { PeopleService } from '../people/service';
import { bidOnce, bidRateLimit } from './bid-requests';
import type { AuctionLive } from './live';
import {
  presentForfeit,
  presentOfficer,
  presentPublic,
  presentRegistration,
  presentTaking,
  statusOf,
} from './presenters';
import type { AuctionService, CreateInput } from './service';

const tags = ['auction'];
const idParams = z.object({ id: z.uuid() });
const twoIds = z.object({ id: z.uuid(), auctionId: z.uuid() });
const fen = z.number().int('须为整数（分） must be whole fen').positive().max(Number.MAX_SAFE_INTEGER);
const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const violation = z.object({
  ruleId: z.string(),
  clause: z.object({ zh: z.string(), en: z.string() }),
  message: z.object({ zh: z.string(), en: z.string() }),
});

const createBody = z
  .object({
    round: z.number().int().min(1).max(3),
    title: z.string().trim().min(1).max(200).optional(),
    startPrice: fen,
    deposit: fen,
    increment: fen,
    announcedAt: instant,
    startsAt: instant,
    endsAt: instant,
    paymentDays: z.number().int().min(1).max(90).optional(),
    priorityPurchasers: z
      .array(
        z
          .object({
            name: z.string().trim().min(1).max(100),
            idNumber: z.string().trim().min(18).max(18),
            rank: z.number().int().min(1).max(10),
          })
          .strict(),
      )
      .max(20)
      .optional(),
    perishableReason: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .optional()
      .describe(
        'on a case suspended for a bankruptcy transfer: why the property must be sold now (perishable, seasonal, losing value; Bankruptcy 8)',
      ),
  })
  .strict();

/** 网络司法拍卖: the workbench's set-up and after-sale steps, and the public's watching and bidding. */
export function registerAuctionRoutes(
  app: App,
  service: AuctionService,
  live: AuctionLive,
  people: PeopleService,
  clock: Clock,
  database: Database,
): void {
  const person = personOf(people);

  app.post(
    '/api/assets/:id/auctions',
    {
      config: { policy: { action: 'auction.manage' }, refuses: true },
      schema: {
        tags,
        summary: '设定拍卖（起拍价、保证金、加价幅度、公告与竞价时间）',
        description:
          'Amounts in fen, instants ISO 8601. 409 `violations` naming `auction.start_price` (first round ≥ 70% of the ' +
          'reference price), `auction.deposit` (5–20% of the start), `auction.duration` (≥ 24 h), `auction.announcement` ' +
          '(15 days movables, 30 real estate and property rights), `auction.reduction` (later rounds), `auction.schedule`. ' +
          'Records case event `auction.created` {assetId, auctionId, round}. On a case suspended for a bankruptcy transfer, ' +
          '409 `bankruptcy.suspended` unless `perishableReason` is given.',
        params: idParams,
        body: createBody,
      },
    },
    async (request, reply) => {
      const row = await service.create(signedIn(request), request.params.id, request.body as CreateInput);
      return reply.status(201).send(presentOfficer(row, clock.now()));
    },
  );

  app.post(
    '/api/assets/:id/auctions/check',
    {
      config: { policy: { action: 'auction.view' } },
      schema: {
        tags,
        summary: '拍卖设定预检（提交前逐项说明规则）',
        description: 'The guards of POST /api/assets/:id/auctions on a draft, without creating anything.',
        params: idParams,
        body: createBody,
        response: {
          200: z.object({
            referencePrice: z.number().nullable(),
            propertyClass: z.string(),
            previousStartPrice: z.number().nullable(),
            violations: z.array(violation),
          }),
        },
      },
    },
    async (request) => {
      const { plan, violations } = await service.check(
        signedIn(request),
        request.params.id,
        request.body as CreateInput,
      );
      return {
        referencePrice: plan.referencePrice,
        propertyClass: plan.propertyClass,
        previousStartPrice: plan.previous?.startPrice ?? null,
        violations,
      };
    },
  );

  app.get(
    '/api/assets/:id/auctions',
    {
      config: { policy: { action: 'auction.view' } },
      schema: { tags, summary: '本财产的拍卖（各轮次）', params: idParams },
    },
    async (request) => {
      const { reference, propertyClass, auctions, takings, forfeits, sale } = await service.ofAsset(
        signedIn(request),
        request.params.id,
      );
      const now = clock.now();
      return {
        reference,
        propertyClass,
        sale: { tuning: sale.tuning, announceBy: sale.announceBy?.toISOString() ?? null },
        items: auctions.map((row) => ({
          ...presentOfficer(row, now),
          watchers: live.watcherCount(row.id),
          inKind: presentTaking(takings.find((k) => k.auctionId === row.id)),
          forfeit: presentForfeit(forfeits.find((f) => f.auctionId === row.id)),
        })),
      };
    },
  );

  app.post(
    '/api/assets/:id/auctions/:auctionId/payment',
    {
      config: { policy: { action: 'auction.manage' }, refuses: true },
      schema: {
        tags,
        summary: '登记买受人付清价款（保证金抵作价款，余款入案款账户）',
        params: twoIds,
        body: z.object({}).strict().optional(),
      },
    },
    async (request) => service.recordPayment(signedIn(request), request.params.id, request.params.auctionId),
  );

  app.post(
    '/api/assets/:id/auctions/:auctionId/default',
    {
      config: { policy: { action: 'auction.manage' }, refuses: true },
      schema: {
        tags,
        summary: '登记悔拍（保证金不予退还，依次抵付费用、差价、本案债务；悔拍人不得再次竞买）',
        description:
          "`costs` (fen, default 0): the auction's costs, paid from the forfeited deposit at once; the rest is " +
          "reserved until the asset is disposed of again, then covers the shortfall and this case's debt (Auction 24).",
        params: twoIds,
        body: z
          .object({ costs: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional() })
          .strict()
          .optional(),
        response: {
          200: z.object({ forfeited: z.number(), costs: z.number(), reserved: z.number() }),
        },
      },
    },
    async (request) =>
      service.recordDefault(
        signedIn(request),
        request.params.id,
        request.params.auctionId,
        request.body?.costs ?? 0,
      ),
  );

  app.post(
    '/api/assets/:id/sales',
    {
      config: { policy: { action: 'auction.manage' }, refuses: true },
      schema: {
        tags,
        summary: '变卖（二拍流拍后，以二拍起拍价在同一平台变卖）',
        description:
          "The price is the failed second auction's starting price and the deposit the whole price (paying it " +
          "qualifies a bidder); open from `announcedAt` for the court's `openDays`; the first bid opens " +
          '`biddingHours` of bidding, later bids extend by `extensionMinutes` (rule `auction.sale_periods`). ' +
          '409 `auction.sale` (Auction 37): no failed second auction, or announced later than `announceWithinDays`; ' +
          "409 `valuation.sale_close` (RefPrice 27): it would close more than 6 months after its rounds' reference price expired.",
        params: idParams,
        body: z
          .object({
            announcedAt: instant,
            increment: fen,
            title: z.string().trim().min(1).max(200).optional(),
            paymentDays: z.number().int().min(1).max(90).optional(),
          })
          .strict(),
      },
    },
    async (request, reply) => {
      const row = await service.createSale(signedIn(request), request.params.id, request.body);
      return reply.status(201).send(presentOfficer(row, clock.now()));
    },
  );

  app.post(
    '/api/assets/:id/auctions/:auctionId/in-kind',
    {
      config: { policy: { action: 'auction.manage' }, refuses: true },
      schema: {
        tags,
        summary: '以物抵债（流拍或变卖不成后，执行债权人以该次价格承受）',
        description:
          'The taker (`partyId`): the applicant of this case or of another open case against the same debtor. ' +
          'His claim is reduced by the price (at most the claim, a non-cash settlement in the ledger); a smaller ' +
          'claim needs `paysDifference`. 409 `auction.in_kind` (拍卖变卖规定 16). The ruling (`in_kind_ruling`) ' +
          'goes into the dossier; case event `auction.taken_in_kind`.',
        params: twoIds,
        body: z.object({ partyId: z.uuid(), paysDifference: z.boolean().optional() }).strict(),
        response: {
          200: z.object({
            assetId: z.string(),
            auctionId: z.string(),
            partyId: z.string(),
            takerCaseId: z.string(),
            price: z.number(),
            settled: z.number(),
            difference: z.number(),
            rulingDocumentId: z.string(),
          }),
        },
      },
    },
    async (request) =>
      service.takeInKind(signedIn(request), request.params.id, request.params.auctionId, request.body),
  );

  const nodeOut = z.object({
    node: z.string(),
    dueAt: z.string().nullable(),
    doneAt: z.string().nullable(),
    doneBy: z.string().nullable(),
  });
  const presentNodes = (
    rows: { node: string; dueAt: Date | null; doneAt: Date | null; doneBy: string | null }[],
  ) => ({
    items: rows.map((r) => ({
      node: r.node,
      dueAt: r.dueAt?.toISOString() ?? null,
      doneAt: r.doneAt?.toISOString() ?? null,
      doneBy: r.doneBy,
    })),
  });

  app.get(
    '/api/assets/:id/auctions/:auctionId/handover',
    {
      config: { policy: { action: 'auction.view' } },
      schema: {
        tags,
        summary: '成交后交付节点及期限',
        params: twoIds,
        response: { 200: z.object({ items: z.array(nodeOut) }) },
      },
    },
    async (request) =>
      presentNodes(await service.handover(signedIn(request), request.params.id, request.params.auctionId)),
  );

  app.post(
    '/api/assets/:id/auctions/:auctionId/handover',
    {
      config: { policy: { action: 'auction.manage' }, refuses: true },
      schema: {
        tags,
        summary: '完成交付节点（裁定送达、交付、腾退、过户）',
        params: twoIds,
        body: z
          .object({ node: z.enum(['ruling_served', 'handover', 'vacated', 'title_transferred']) })
          .strict(),
        response: { 200: z.object({ items: z.array(nodeOut) }) },
      },
    },
    async (request) =>
      presentNodes(
        await service.completeNode(
          signedIn(request),
          request.params.id,
          request.params.auctionId,
          request.body.node,
        ),
      ),
  );

  // ─── Public ────────────────────────────────────────────────────────────────────────────────────

  app.get(
    '/api/public/auctions',
    { config: { policy: 'public' }, schema: { tags, summary: '公开拍卖列表（已公告）' } },
    async () => {
      const now = clock.now();
      return {
        items: (await service.publicList()).map((row) => ({
          id: row.id,
          title: row.title,
          status: statusOf(row, now),
          round: row.round,
          startPrice: row.startPrice,
          currentPrice: row.currentPrice,
          startsAt: row.startsAt.toISOString(),
          endsAt: row.endsAt.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/api/public/auctions/:id',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: '拍卖详情（公开）：当前价、结束时间、出价记录（竞买号）',
        description: 'Live updates: WebSocket `/api/public/auctions/:id/live` (docs/auction.md).',
        params: idParams,
      },
    },
    async (request) => {
      const { auction, bids } = await service.publicAuction(request.params.id);
      const me = await people.authenticate(request.cookies.zx_person);
      const registration = me ? await service.registration(auction.id, me.id) : null;
      return {
        ...presentPublic(auction, bids, clock.now(), { watchers: live.watcherCount(auction.id) }),
        me: registration ? presentRegistration(registration) : null,
      };
    },
  );

  app.get(
    '/api/public/auctions/:id/live',
    {
      websocket: true,
      config: { policy: 'public' },
      schema: { tags, summary: '拍卖实时推送 WebSocket（docs/auction.md）', params: idParams, hide: true },
    },
    (socket, request) => {
      void live.watch(socket, request, (request.params as { id: string }).id);
    },
  );

  app.post(
    '/api/auctions/:id/bidders',
    {
      config: { policy: 'public', refuses: true },
      schema: {
        tags,
        summary: '报名竞买并交纳保证金（公众账户）',
        description:
          'Needs a public account session (cookie `zx_person`, header `x-csrf-token`). The deposit becomes a pending ' +
          'hold in the funds ledger; the applicant creditor pays only what its claim does not cover. 409 ' +
          '`auction.barred` for a defaulting winner or a declared conflict (Auction 24, 34).',
        params: idParams,
        body: z.object({ declaresNoConflict: z.boolean() }).strict(),
      },
    },
    async (request, reply) => {
      const { bidder, replayed } = await service.register(
        await person(request),
        request.params.id,
        request.body,
      );
      return reply.status(replayed ? 200 : 201).send(presentRegistration(bidder));
    },
  );

  app.post(
    '/api/auctions/:id/bids',
    {
      config: { policy: 'public', refuses: true, rateLimit: bidRateLimit(people) },
      schema: {
        tags,
        summary: '出价（公众账户，已报名）',
        description:
          'Committed before it is acknowledged: 201 `{seq, amount, endsAt}`. 409 naming `auction.open`, ' +
          '`auction.bid_minimum`, `auction.increment`, `auction.priority`, `auction.bid_leading` or `auction.deposit`. ' +
          'Send `Idempotency-Key` to make a retry answer with the same bid (header `idempotent-replayed`), never a ' +
          'second one. At most 20 bids per bidder in 10 seconds (429 with `retry-after`).',
        params: idParams,
        body: z.object({ amount: fen }).strict(),
        response: {
          201: z.object({
            seq: z.number(),
            amount: z.number(),
            endsAt: z.string(),
            at: z.string(),
            bidder: z.string(),
            extended: z.boolean(),
          }),
        },
      },
    },
    async (request, reply) => {
      const bidder = await person(request);
      const key = request.headers['idempotency-key'];
      const { id } = request.params;
      const { amount } = request.body;
      const claim = {
        personId: bidder.id,
        key: typeof key === 'string' ? key : undefined,
        auctionId: id,
        amount,
      };
      const { body, replayed } = await bidOnce(database, { ...claim, now: clock.now() }, async () => {
        const bid = await service.bid(bidder, id, amount);
        return {
          seq: bid.seq,
          amount: bid.amount,
          endsAt: bid.endsAt.toISOString(),
          at: bid.at.toISOString(),
          bidder: String(bid.bidderNumber).padStart(4, '0'),
          extended: bid.extended,
        };
      });
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(body);
    },
  );
}
