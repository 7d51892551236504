import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { Clock } from '../../platform/clock';
import type { Database, Unlisten } from '../../platform/db';
import { type Phase, presentBid, presentPublic, statusOf } from './presenters';
import { AUCTION_CHANNEL, type AuctionService, type BidRow, type LiveEvent } from './service';

/** Watcher counts are exchanged between processes this often (and sent to watchers when they change). */
const WATCHERS_MS = 2_000;
/** A process's report counts for this long: a process that died stops counting. */
const REPORT_TTL_MS = 10_000;
/** A watcher that cannot keep up (this much unsent) is closed rather than slowing everyone. */
const MAX_BUFFERED = 4 * 1024 * 1024;
export const SLOW_CONSUMER_CLOSE = 4008;
/**
 * Watchers sent to between two turns of the event loop. One send is one write system call (~20 µs on
 * the 2-core bench machine), so a bid to 2,000 watchers is ~40 ms of sending: done in one go, it would
 * hold up the bids' own transactions (their row lock) for that long.
 */
const SLICE = 512;
/**
 * How often a process reads each watched auction's status against the platform clock: 公告中 turns into
 * 竞价中 at the start and 竞价结束 at the (extended) end without a bid or a reload, also when a trainer
 * moves a settable clock.
 */
const STATUS_MS = 1_000;

type WatcherMessage =
  | { type: 'snapshot'; auction: ReturnType<typeof presentPublic> }
  | ({ type: 'bid' } & ReturnType<typeof presentBid>)
  | { type: 'ended'; status: string }
  | { type: 'status'; status: string; serverTime: string }
  | { type: 'watchers'; count: number };

interface Watcher {
  socket: WebSocket;
  /** Messages that arrived while the snapshot was being read: sent after it (bids past its last seq). */
  pending: Outgoing[] | null;
  /** The snapshot's last seq: a bid queued before the snapshot and sent after it is not sent twice. */
  seenTo: number;
  /** The rank (`statusRank`) of the status last sent: a watcher's status never goes back. */
  rank: number;
}

/** A message for an auction's watchers: bids carry their seq, `status` and `ended` their status. */
interface Outgoing {
  text: string;
  seq: number | null;
  status?: string;
}

/** 公告中 → 竞价中 → 结束中 → an outcome (成交, 流拍 …; one outcome may follow another, as 已付款 a 成交). */
const STATUS_RANKS: Record<string, number> = { announced: 0, bidding: 1, ending: 2 };
function statusRank(status: string): number {
  return STATUS_RANKS[status] ?? 3;
}

/**
 * Live auctions (docs/auction.md › WebSocket): anyone may watch `GET /api/public/auctions/:id/live`.
 * Each bid is NOTIFYed on `zhixing_auction` by the transaction that commits it, so every server process
 * gets every bid in commit order, which is seq order (bids on one auction hold its row). A process sends
 * each bid once as one prebuilt string to all its watchers of that auction; a gap in the sequence (a
 * NOTIFY lost while its listening connection was reopened) is filled from the table before anything
 * later is sent, so watchers see every bid, in order.
 */
export class AuctionLive {
  private readonly watchers = new Map<string, Set<Watcher>>();
  private readonly lastSent = new Map<string, number>();
  private readonly chains = new Map<string, Promise<void>>();
  /** Per auction, the messages not yet taken by its fan-out (present while one runs). */
  private readonly outbox = new Map<string, Outgoing[]>();
  /** Other processes' watcher counts: auction → process → {count, at}. */
  private readonly remote = new Map<string, Map<string, { count: number; at: number }>>();
  private readonly announced = new Map<string, number>();
  /** Per watched auction: its times and state as last known here, and the status last sent. */
  private readonly phases = new Map<string, Phase & { status: string }>();
  private readonly process = randomUUID();
  private unlisten: Unlisten | null = null;
  private timer: NodeJS.Timeout | null = null;
  private statusTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly database: Database,
    private readonly service: AuctionService,
    private readonly clock: Clock,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  async start(): Promise<void> {
    this.unlisten = await this.database.listen(AUCTION_CHANNEL, (payload) => this.onPayload(payload));
    this.timer = setInterval(() => {
      this.exchangeCounts().catch(this.onError);
    }, WATCHERS_MS);
    this.timer.unref();
    this.statusTimer = setInterval(() => this.pushStatuses(), STATUS_MS);
    this.statusTimer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.statusTimer) clearInterval(this.statusTimer);
    await this.unlisten?.();
    this.unlisten = null;
    for (const set of this.watchers.values()) for (const w of set) w.socket.close(1001, 'server stopping');
  }

  /** Watchers of an auction on every process (this one's exact, the others' as last reported). */
  watcherCount(auctionId: string): number {
    let count = this.watchers.get(auctionId)?.size ?? 0;
    const now = Date.now();
    for (const report of this.remote.get(auctionId)?.values() ?? [])
      if (now - report.at < REPORT_TTL_MS) count += report.count;
    return count;
  }

  /** Watchers connected to this process (all auctions). */
  localWatchers(): number {
    let n = 0;
    for (const set of this.watchers.values()) n += set.size;
    return n;
  }

  private onPayload(payload: string): void {
    let event: LiveEvent | { k: 'w'; p: string; c: Record<string, number> };
    try {
      event = JSON.parse(payload);
    } catch {
      return;
    }
    if (event.k === 'w') {
      if (event.p === this.process) return;
      const at = Date.now();
      for (const [auctionId, count] of Object.entries(event.c)) {
        const reports = this.remote.get(auctionId) ?? new Map();
        reports.set(event.p, { count, at });
        this.remote.set(auctionId, reports);
      }
      return;
    }
    const auctionId = event.a;
    const phase = this.phases.get(auctionId);
    if (phase && event.k === 'b') phase.endsAt = new Date(event.e);
    if (phase && event.k === 'x') {
      phase.state = event.st as Phase['state'];
      phase.status = event.st;
    }
    if (!this.watchers.has(auctionId)) {
      // Nobody watches here: remember where the sequence stands, send nothing.
      if (event.k === 'b') this.lastSent.set(auctionId, Math.max(this.lastSent.get(auctionId) ?? 0, event.s));
      return;
    }
    if (event.k === 'x') {
      this.enqueue(auctionId, async () => {
        await this.fillTo(auctionId, Number.MAX_SAFE_INTEGER);
        // The first watcher's snapshot may have been read before the end: its phase learns it now.
        const read = this.phases.get(auctionId);
        if (read) {
          read.state = event.st as Phase['state'];
          read.status = event.st;
        }
        this.broadcast(
          auctionId,
          JSON.stringify({ type: 'ended', status: event.st } satisfies WatcherMessage),
          null,
          event.st,
        );
      });
      return;
    }
    const last = this.lastSent.get(auctionId) ?? event.s - 1;
    if (event.s <= last) return; // sent already (a gap fill fetched it)
    if (event.s === last + 1 && !this.chains.has(auctionId)) {
      this.lastSent.set(auctionId, event.s);
      this.broadcast(auctionId, wireOf(event), event.s);
      return;
    }
    this.enqueue(auctionId, async () => {
      await this.fillTo(auctionId, event.s - 1);
      if (event.s > (this.lastSent.get(auctionId) ?? 0)) {
        this.lastSent.set(auctionId, event.s);
        this.broadcast(auctionId, wireOf(event), event.s);
      }
    });
  }

  /** Sends the bids between the last sent and `upTo` from the table, in order. */
  private async fillTo(auctionId: string, upTo: number): Promise<void> {
    const last = this.lastSent.get(auctionId) ?? 0;
    if (upTo <= last) return;
    const missing = await this.service.bidsAfter(auctionId, last);
    for (const bid of missing) {
      if (bid.seq > upTo) break;
      this.lastSent.set(auctionId, bid.seq);
      this.broadcast(
        auctionId,
        JSON.stringify({ type: 'bid', ...presentBid(bid) } satisfies WatcherMessage),
        bid.seq,
      );
    }
  }

  /** Work on one auction's stream, one after another. */
  private enqueue(auctionId: string, work: () => Promise<void>): void {
    const previous = this.chains.get(auctionId) ?? Promise.resolve();
    const next = previous
      .then(work)
      .catch(this.onError)
      .finally(() => {
        if (this.chains.get(auctionId) === next) this.chains.delete(auctionId);
      });
    this.chains.set(auctionId, next);
  }

  /**
   * Queues a message for all of an auction's watchers. One fan-out per auction runs at a time: it takes
   * every message queued so far and sends them to the watchers a slice at a time, yielding to the
   * event loop between slices (so bids keep committing meanwhile); what arrives during a pass is sent
   * together in the next, one write per watcher for all of it. Each pass ends before the next begins,
   * so every watcher gets the messages in order.
   */
  private broadcast(auctionId: string, text: string, seq: number | null, status?: string): void {
    const message: Outgoing = status === undefined ? { text, seq } : { text, seq, status };
    const queued = this.outbox.get(auctionId);
    if (queued) {
      queued.push(message);
      return;
    }
    const outbox: Outgoing[] = [message];
    this.outbox.set(auctionId, outbox);
    setImmediate(() => {
      this.fanOut(auctionId, outbox).catch(this.onError);
    });
  }

  private async fanOut(auctionId: string, outbox: Outgoing[]): Promise<void> {
    try {
      while (outbox.length > 0) {
        const batch = outbox.splice(0);
        const watchers = [...(this.watchers.get(auctionId) ?? [])];
        for (let start = 0; start < watchers.length; start += SLICE) {
          if (start > 0) await new Promise((resolve) => setImmediate(resolve));
          const end = Math.min(watchers.length, start + SLICE);
          for (let i = start; i < end; i++) deliver(watchers[i] as Watcher, batch);
        }
      }
    } finally {
      if (this.outbox.get(auctionId) === outbox) this.outbox.delete(auctionId);
    }
  }

  private async exchangeCounts(): Promise<void> {
    const counts: Record<string, number> = {};
    for (const [auctionId, set] of this.watchers) counts[auctionId] = set.size;
    if (Object.keys(counts).length > 0)
      await this.database.sql.executeSql('select pg_notify($1, $2)', [
        AUCTION_CHANNEL,
        JSON.stringify({ k: 'w', p: this.process, c: counts }),
      ]);
    for (const auctionId of this.watchers.keys()) {
      const count = this.watcherCount(auctionId);
      if (this.announced.get(auctionId) === count) continue;
      this.announced.set(auctionId, count);
      this.broadcast(auctionId, JSON.stringify({ type: 'watchers', count } satisfies WatcherMessage), null);
    }
  }

  /** Sends `status` to an auction's watchers when the platform clock has moved it to another status. */
  private pushStatuses(): void {
    const now = this.clock.now();
    for (const [auctionId, phase] of this.phases) {
      const status = statusOf(phase, now);
      if (status === phase.status) continue;
      phase.status = status;
      const message: WatcherMessage = { type: 'status', status, serverTime: now.toISOString() };
      this.broadcast(auctionId, JSON.stringify(message), null, status);
    }
  }

  /** A watcher's connection: the snapshot first, then every bid after it, the end, and watcher counts. */
  async watch(socket: WebSocket, request: FastifyRequest, auctionId: string): Promise<void> {
    if (!sameOrigin(request)) {
      socket.close(1008, 'forbidden');
      return;
    }
    const watcher: Watcher = { socket, pending: [], seenTo: 0, rank: 0 };
    const set = this.watchers.get(auctionId) ?? new Set<Watcher>();
    set.add(watcher);
    this.watchers.set(auctionId, set);
    socket.on('close', () => {
      set.delete(watcher);
      if (set.size === 0 && this.watchers.get(auctionId) === set) {
        this.watchers.delete(auctionId);
        this.announced.delete(auctionId);
        this.phases.delete(auctionId);
      }
    });
    socket.on('message', () => {}); // the protocol has nothing to say to the server
    let snapshot: { auction: Parameters<typeof presentPublic>[0]; bids: BidRow[] };
    try {
      snapshot = await this.service.publicAuction(auctionId);
    } catch {
      socket.close(4404, 'not found');
      return;
    }
    const { auction, bids } = snapshot;
    if (!this.lastSent.has(auctionId)) this.lastSent.set(auctionId, auction.lastSeq);
    watcher.seenTo = auction.lastSeq;
    const view = presentPublic(auction, bids, this.clock.now(), { watchers: this.watcherCount(auctionId) });
    // The first watcher's snapshot starts the status clock; later bids and the end keep it current.
    if (!this.phases.has(auctionId) && this.watchers.has(auctionId))
      this.phases.set(auctionId, {
        state: auction.state,
        startsAt: auction.startsAt,
        endsAt: new Date(view.endsAt),
        status: view.status,
      });
    watcher.rank = statusRank(view.status);
    send(socket, JSON.stringify({ type: 'snapshot', auction: view } satisfies WatcherMessage));
    const buffered = watcher.pending ?? [];
    watcher.pending = null;
    if (buffered.length > 0) deliver(watcher, buffered);
  }
}

function wireOf(event: Extract<LiveEvent, { k: 'b' }>): string {
  return JSON.stringify({
    type: 'bid',
    seq: event.s,
    bidder: String(event.n).padStart(4, '0'),
    amount: event.m,
    kind: event.p === 1 ? 'match' : 'raise',
    at: event.t,
    endsAt: event.e,
  } satisfies WatcherMessage);
}

/**
 * A batch to one watcher: held back while its snapshot is read, else written in one go, skipping bids it
 * has and a status behind the one it has (an end that arrived with its snapshot, then the clock's 结束中).
 */
function deliver(watcher: Watcher, batch: readonly Outgoing[]): void {
  if (watcher.pending) {
    watcher.pending.push(...batch);
    return;
  }
  // ws keeps its net.Socket as `_socket` (not in its types): corked, the batch's frames leave in one write.
  const stream = (watcher.socket as unknown as { _socket?: { cork(): void; uncork(): void } })._socket;
  const many = batch.length > 1 && stream !== undefined;
  if (many) stream.cork();
  for (const message of batch) if (admits(watcher, message)) send(watcher.socket, message.text);
  if (many) stream.uncork();
}

function admits(watcher: Watcher, { seq, status }: Outgoing): boolean {
  if (seq !== null) return seq > watcher.seenTo;
  if (status === undefined) return true;
  const rank = statusRank(status);
  if (rank < watcher.rank) return false;
  watcher.rank = rank;
  return true;
}

function send(socket: WebSocket, text: string): void {
  if (socket.readyState !== socket.OPEN) return;
  if (socket.bufferedAmount > MAX_BUFFERED) {
    socket.close(SLOW_CONSUMER_CLOSE, 'too slow');
    return;
  }
  socket.send(text);
}

/** A page of another site may not open the socket with a person's cookie (nothing secret here, but bids are public only as shown). */
function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
