import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import type { Clock } from '../../platform/clock';
import type { Database } from '../../platform/db';
import { AuctionLive } from './live';
import type { AuctionRow, AuctionService, BidRow } from './service';

const MIN = 60_000;
const T0 = Date.parse('2026-03-02T02:00:00Z');
const ID = '00000000-0000-4000-8000-000000000001';

/** An auction bidding at T0, ending a minute later, as its row reads before the sweep ends it. */
const row = {
  id: ID,
  title: '车辆一台',
  round: 1,
  mode: 'auction',
  propertyClass: 'movable',
  state: 'scheduled',
  startPrice: 100_000_00,
  currentPrice: null,
  deposit: 10_000_00,
  increment: 1_000_00,
  referencePrice: 140_000_00,
  referenceMethod: 'online_inquiry',
  announcedAt: new Date(T0 - 20 * 24 * 60 * MIN),
  startsAt: new Date(T0 - 60 * MIN),
  endsAt: new Date(T0 + MIN),
  scheduledEndsAt: new Date(T0 + MIN),
  bidderCount: 0,
  lastSeq: 0,
  finalPrice: null,
  saleTuning: null,
} as unknown as AuctionRow;

/** A socket that records what it is sent. */
function fakeSocket() {
  const sent: { type: string; status?: string; auction?: { status: string } }[] = [];
  const socket = {
    OPEN: 1,
    readyState: 1,
    bufferedAmount: 0,
    send: (text: string) => sent.push(JSON.parse(text)),
    on: () => socket,
    close: () => {},
  };
  return { socket: socket as unknown as WebSocket, sent };
}

describe('AuctionLive › status messages per watcher', () => {
  it('an auction ending while the first watcher’s snapshot is read: 结束中 is never sent after the end', async () => {
    let now = T0;
    const clock = { settable: true, now: () => new Date(now) } as unknown as Clock;
    let notify: (payload: string) => void = () => {};
    const database = {
      listen: async (_channel: string, onPayload: (payload: string) => void) => {
        notify = onPayload;
        return async () => {};
      },
      sql: { executeSql: async () => ({ rows: [] }) },
    } as unknown as Database;
    let answer: (snapshot: { auction: AuctionRow; bids: BidRow[] }) => void = () => {};
    const service = {
      // The snapshot is read (before the end commits) and answers only after the end's NOTIFY.
      publicAuction: () => new Promise((resolve) => (answer = resolve)),
      bidsAfter: async () => [],
    } as unknown as AuctionService;
    const live = new AuctionLive(database, service, clock);
    await live.start();
    try {
      const { socket, sent } = fakeSocket();
      const watching = live.watch(socket, { headers: {} } as FastifyRequest, ID);
      notify(JSON.stringify({ k: 'x', a: ID, st: 'unsold' }));
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
      answer({ auction: row, bids: [] });
      await watching;
      // The platform clock passes the end; the status timer (each second) reads the phase again.
      now = T0 + 2 * MIN;
      await new Promise((resolve) => setTimeout(resolve, 2_300));
      const statuses = sent.map((m) => (m.type === 'snapshot' ? m.auction?.status : m.status));
      expect(sent.map((m) => m.type).filter((t) => t !== 'watchers')).toEqual(['snapshot', 'ended']);
      expect(statuses.filter((s) => s !== undefined)).toEqual(['bidding', 'unsold']);
    } finally {
      await live.stop();
    }
  });
});
