import websocket from '@fastify/websocket';
import type { FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { AuthUser } from './auth';
import type { Database, Tx, Unlisten } from './db';
import type { App } from './http';

/**
 * Live events (实时推送). A use case publishes inside its transaction with `pg_notify`, so an event is
 * delivered when — and only if — the change commits, to every process that LISTENs (API nodes and
 * workers alike). Each process hands events to its in-process subscribers (a `waitFor`) and to the
 * WebSocket clients that subscribed to the topic.
 *
 * Events are coalesced: one NOTIFY names many topics (a callback with 1,000 results touches up to
 * 1,000 cases), and a WebSocket client gets at most one message per topic per `COALESCE_MS`, built
 * from the current state when it is sent (`render`), never from the NOTIFY itself.
 */
export const CHANNEL = 'zhixing_events';

/** Published on `sessionTopic(id)` in the transaction that ends a session: its sockets close. */
export const SESSION_ENDED = 'session.ended';
export const sessionTopic = (sessionId: string) => `session:${sessionId}`;
/** The WebSocket close code of an ended session (4000–4999: the application's own; 4401 as HTTP 401). */
export const SESSION_ENDED_CLOSE = 4401;
const SESSION_CHECK_MS = 30_000;

/**
 * Publishes `event` on each topic inside the caller's transaction (delivered on commit); topics
 * repeated are sent once. For services that have no Realtime at hand (sign-in comes before it).
 */
export async function publishEvent(tx: Tx, event: string, topics: Iterable<string>): Promise<void> {
  const payloads = chunks([...new Set(topics)], event).map((chunk) => JSON.stringify(chunk));
  if (payloads.length === 0) return;
  // Every chunk in one statement: one round trip however many cases a batch touched.
  await tx.sql.executeSql('select pg_notify($1, payload) from unnest($2::text[]) as payload', [
    CHANNEL,
    payloads,
  ]);
}

/** PostgreSQL's NOTIFY payload limit is 8,000 bytes; topics are chunked below it. */
const PAYLOAD_BUDGET = 7000;
const COALESCE_MS = 250;

export interface EventNotice {
  /** What happened, e.g. `inquiry.progress`. */
  event: string;
  topic: string;
}

export type Subscriber = (notice: EventNotice) => void;

/** What a kind of topic (`case:<id>`) lets a user see, and what its clients are sent. */
export interface TopicKind {
  /** Whether the user may follow this id (a case in their courts). */
  authorize(user: AuthUser, id: string): Promise<boolean>;
  /** The message sent to clients for an event on this id. */
  render(id: string, event: string): Promise<unknown>;
}

interface Wire {
  e: string;
  t: string[];
}

export class Realtime {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly kinds = new Map<string, TopicKind>();
  private unlisten: Unlisten | null = null;
  private sessionCheck: { live: (user: AuthUser) => Promise<boolean>; intervalMs: number } | null = null;

  constructor(private readonly database: Database) {}

  async start(): Promise<void> {
    this.unlisten = await this.database.listen(CHANNEL, (payload) => this.deliver(payload));
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    this.unlisten = null;
  }

  /** Publishes `event` on each topic, delivered on commit; topics repeated are sent once. */
  publish(tx: Tx, event: string, topics: Iterable<string>): Promise<void> {
    return publishEvent(tx, event, topics);
  }

  /**
   * How a live connection learns that its session ended without a word from the transaction that
   * ended it — it expired, or was removed by hand: asked every `intervalMs` (ending by sign-out,
   * password change or deactivation is published at once, `SESSION_ENDED`).
   */
  checkSessions(live: (user: AuthUser) => Promise<boolean>, intervalMs = SESSION_CHECK_MS): void {
    this.sessionCheck = { live, intervalMs };
  }

  /** An in-process subscription to one topic. */
  subscribe(topic: string, subscriber: Subscriber): () => void {
    const set = this.subscribers.get(topic) ?? new Set<Subscriber>();
    set.add(subscriber);
    this.subscribers.set(topic, set);
    return () => {
      set.delete(subscriber);
      if (set.size === 0) this.subscribers.delete(topic);
    };
  }

  /** Registers the topics `prefix:<id>` that WebSocket clients may subscribe to. */
  topicKind(prefix: string, kind: TopicKind): void {
    this.kinds.set(prefix, kind);
  }

  private deliver(payload: string): void {
    let wire: Wire;
    try {
      wire = JSON.parse(payload) as Wire;
    } catch {
      return;
    }
    for (const topic of wire.t) {
      for (const subscriber of this.subscribers.get(topic) ?? []) subscriber({ event: wire.e, topic });
    }
  }

  /** `GET /api/realtime`: a WebSocket on which a signed-in user subscribes to topics they may see. */
  async register(app: App): Promise<void> {
    await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
    app.get(
      '/api/realtime',
      {
        websocket: true,
        config: { policy: 'authenticated' },
        schema: {
          tags: ['realtime'],
          summary: '实时推送 WebSocket: send {"type":"subscribe","topic":"case:<id>"}',
          hide: true,
        },
      },
      (socket, request) => this.session(socket, request),
    );
  }

  private session(socket: WebSocket, request: FastifyRequest): void {
    const user = request.user;
    if (!user || !sameOrigin(request)) {
      socket.close(1008, 'forbidden');
      return;
    }
    const unsubscribes = new Map<string, () => void>();
    const pending = new Map<string, NodeJS.Timeout>();
    const send = (message: unknown) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
    };
    const push = (topic: string, kind: TopicKind, id: string) => (notice: EventNotice) => {
      if (pending.has(topic)) return;
      pending.set(
        topic,
        setTimeout(() => {
          pending.delete(topic);
          kind
            .render(id, notice.event)
            .then((data) => send({ type: 'event', topic, event: notice.event, data }))
            .catch((error: unknown) => request.log.warn({ err: error, topic }, 'realtime render failed'));
        }, COALESCE_MS),
      );
    };
    socket.on('message', (raw) => {
      void this.onMessage(user, String(raw), unsubscribes, push, send).catch((error: unknown) =>
        request.log.warn({ err: error }, 'realtime message failed'),
      );
    });
    const stopWatching = this.watchSession(user, socket, request);
    socket.on('close', () => {
      stopWatching();
      for (const unsubscribe of unsubscribes.values()) unsubscribe();
      for (const timer of pending.values()) clearTimeout(timer);
    });
    send({ type: 'ready' });
  }

  /** Closes the socket when its session ends: at once when published, or at the next check. */
  private watchSession(user: AuthUser, socket: WebSocket, request: FastifyRequest): () => void {
    const end = () => {
      if (socket.readyState === socket.OPEN) socket.close(SESSION_ENDED_CLOSE, 'session ended');
    };
    const unsubscribe = this.subscribe(sessionTopic(user.sessionId), end);
    const check = this.sessionCheck;
    const timer =
      check &&
      setInterval(() => {
        check
          .live(user)
          .then((live) => live || end())
          .catch((error: unknown) => request.log.warn({ err: error }, 'realtime session check failed'));
      }, check.intervalMs);
    timer?.unref();
    return () => {
      unsubscribe();
      if (timer) clearInterval(timer);
    };
  }

  private async onMessage(
    user: AuthUser,
    raw: string,
    unsubscribes: Map<string, () => void>,
    push: (topic: string, kind: TopicKind, id: string) => Subscriber,
    send: (message: unknown) => void,
  ): Promise<void> {
    const message = parseMessage(raw);
    if (!message) return send({ type: 'error', message: 'expected {"type":"subscribe","topic":"…"}' });
    const { type, topic } = message;
    if (type === 'unsubscribe') {
      unsubscribes.get(topic)?.();
      unsubscribes.delete(topic);
      return send({ type: 'unsubscribed', topic });
    }
    const [prefix = '', id = ''] = topic.split(':', 2);
    const kind = this.kinds.get(prefix);
    // An unknown topic and a record the user may not see get the same answer.
    if (!kind || !id || !(await kind.authorize(user, id)))
      return send({ type: 'error', topic, message: 'not found' });
    if (!unsubscribes.has(topic)) unsubscribes.set(topic, this.subscribe(topic, push(topic, kind, id)));
    send({ type: 'subscribed', topic });
    send({ type: 'event', topic, event: 'snapshot', data: await kind.render(id, 'snapshot') });
  }
}

function parseMessage(raw: string): { type: 'subscribe' | 'unsubscribe'; topic: string } | null {
  try {
    const value = JSON.parse(raw) as { type?: unknown; topic?: unknown };
    if ((value.type === 'subscribe' || value.type === 'unsubscribe') && typeof value.topic === 'string') {
      return { type: value.type, topic: value.topic.slice(0, 200) };
    }
  } catch {
    // not JSON
  }
  return null;
}

/** A page of another site may open a WebSocket with the user's cookie: only our own origin may. */
function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

function chunks(topics: string[], event: string): Wire[] {
  const out: Wire[] = [];
  let current: string[] = [];
  let size = event.length + 20;
  for (const topic of topics) {
    if (size + topic.length + 3 > PAYLOAD_BUDGET && current.length > 0) {
      out.push({ e: event, t: current });
      current = [];
      size = event.length + 20;
    }
    current.push(topic);
    size += topic.length + 3;
  }
  if (current.length > 0) out.push({ e: event, t: current });
  return out;
}
