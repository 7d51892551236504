/**
 * The watchers of `bench/auction.ts`, in a process of their own (so that their work does not count
 * against the server's): opens N WebSockets to a URL, records when each bid message arrives, and on
 * request reports latency percentiles from the send times the parent hands it, and lost or misordered
 * bids per watcher.
 */
import WebSocket from 'ws';

const now = () => performance.timeOrigin + performance.now();

interface Phase {
  sockets: WebSocket[];
  /** Per watcher: the seqs received in order and the instant each arrived. */
  seqs: number[][];
  times: number[][];
  misordered: number;
}

let phase: Phase | null = null;

async function connect(url: string, count: number): Promise<void> {
  const current: Phase = { sockets: [], seqs: [], times: [], misordered: 0 };
  phase = current;
  const batch = 200;
  for (let start = 0; start < count; start += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, count - start) }, (_, k) => {
        const index = start + k;
        current.seqs[index] = [];
        current.times[index] = [];
        return new Promise<void>((resolve, reject) => {
          const socket = new WebSocket(url, { perMessageDeflate: false });
          socket.on('message', (raw) => {
            const text = String(raw);
            if (!text.startsWith('{"type":"bid"')) {
              if (text.startsWith('{"type":"snapshot"')) resolve();
              return;
            }
            const at = now();
            const seq = Number(/"seq":(\d+)/.exec(text)?.[1]);
            const seqs = current.seqs[index] as number[];
            const last = seqs.at(-1) ?? 0;
            if (seq !== last + 1) current.misordered++;
            seqs.push(seq);
            (current.times[index] as number[]).push(at);
          });
          socket.once('open', () => {
            if (!url.includes('/live')) resolve();
          });
          socket.once('error', reject);
          current.sockets.push(socket);
        });
      }),
    );
  }
}

function report(sent: Record<string, number>, expected: number) {
  const current = phase;
  if (!current) throw new Error('no phase');
  const latencies: number[] = [];
  let lost = 0;
  for (let w = 0; w < current.seqs.length; w++) {
    const seqs = current.seqs[w] as number[];
    const times = current.times[w] as number[];
    lost += Math.max(0, expected - new Set(seqs).size);
    for (let i = 0; i < seqs.length; i++) {
      const t0 = sent[String(seqs[i])];
      if (t0 !== undefined) latencies.push((times[i] as number) - t0);
    }
  }
  latencies.sort((a, b) => a - b);
  const pick = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  for (const socket of current.sockets) socket.terminate();
  phase = null;
  return {
    samples: latencies.length,
    p50: pick(0.5),
    p99: pick(0.99),
    max: latencies.at(-1) ?? Number.NaN,
    lost,
    misordered: current.misordered,
  };
}

process.on(
  'message',
  (message: {
    kind: string;
    url?: string;
    count?: number;
    sent?: Record<string, number>;
    expected?: number;
  }) => {
    if (message.kind === 'connect') {
      connect(message.url as string, message.count as number).then(
        () => process.send?.({ kind: 'connected' }),
        (error: unknown) => process.send?.({ kind: 'error', error: String(error) }),
      );
    } else if (message.kind === 'received') {
      const total = phase?.seqs.reduce((n, s) => n + s.length, 0) ?? 0;
      process.send?.({ kind: 'received', total });
    } else if (message.kind === 'report') {
      process.send?.({ kind: 'report', ...report(message.sent ?? {}, message.expected ?? 0) });
    } else if (message.kind === 'exit') process.exit(0);
  },
);
process.send?.({ kind: 'up' });
