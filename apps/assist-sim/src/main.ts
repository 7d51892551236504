/**
 * `node --import tsx apps/assist-sim/src/main.ts [--port 8090] [--host 127.0.0.1] [--banks N] [--seed S]
 * [--secret X] [--callback-concurrency N] [--callback-window-ms N]`: the simulator as a process of its
 * own. Environment: SIM_PORT, SIM_HOST, SIM_BANKS, SIM_SEED, SIM_SECRET, SIM_CALLBACK_CONCURRENCY,
 * SIM_CALLBACK_WINDOW_MS (flags win).
 */
import { parseArgs } from 'node:util';
import { CALLBACK_DEFAULTS } from './callbacks';
import { DEFAULT_PORT, DEFAULT_SECRET, DEFAULT_SEED, startSimulator } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    banks: { type: 'string' },
    seed: { type: 'string' },
    secret: { type: 'string' },
    'callback-concurrency': { type: 'string' },
    'callback-window-ms': { type: 'string' },
  },
});

function integer(text: string | undefined, name: string, fallback: number, min = 0): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min) {
    process.stderr.write(`assist-sim: ${name} must be an integer of at least ${min}, not ${text}\n`);
    process.exit(2);
  }
  return value;
}

const env = process.env;
const running = await startSimulator({
  port: integer(values.port ?? env.SIM_PORT, '--port', DEFAULT_PORT),
  host: values.host ?? env.SIM_HOST ?? '127.0.0.1',
  banks: integer(values.banks ?? env.SIM_BANKS, '--banks', 24, 1),
  seed: integer(values.seed ?? env.SIM_SEED, '--seed', DEFAULT_SEED),
  secret: values.secret ?? env.SIM_SECRET ?? DEFAULT_SECRET,
  callbacks: {
    concurrency: integer(
      values['callback-concurrency'] ?? env.SIM_CALLBACK_CONCURRENCY,
      '--callback-concurrency',
      CALLBACK_DEFAULTS.concurrency,
      1,
    ),
    windowMs: integer(
      values['callback-window-ms'] ?? env.SIM_CALLBACK_WINDOW_MS,
      '--callback-window-ms',
      CALLBACK_DEFAULTS.windowMs,
    ),
  },
});
process.stdout.write(
  `assist-sim listening on ${running.url} with ${running.institutions.length} institutions (GET ${running.url}/sim/institutions)\n`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    void running.close().then(() => process.exit(0));
  });
