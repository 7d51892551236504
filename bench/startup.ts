/**
 * `npm run bench -- startup`: time from `npm start` to a healthy /api/health, on an empty data
 * folder (first start: migrations, calendar, demo seed) and on an existing one (goal: under 5 s),
 * next to the floor measured in the same run: a bare Node process opening the same PGlite folder.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureWebBuilt } from '../scripts/web-build.mjs';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = 3;

async function waitHealthy(port: number, child: ChildProcess, started: number): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function timeStart(dataDir: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    return await waitHealthy(port, child, started);
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

function timeFloor(dataDir: string): number {
  const script = `import('@electric-sql/pglite').then(async ({ PGlite }) => { const db = await PGlite.create(${JSON.stringify(path.join(dataDir, 'pglite'))}); await db.query('select 1'); await db.close(); })`;
  const started = performance.now();
  const result = spawnSync(process.execPath, ['-e', script], {
    cwd: path.join(root, 'apps/server'),
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('floor measurement failed');
  return performance.now() - started;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

ensureWebBuilt();
const empty: number[] = [];
const existing: number[] = [];
const floor: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'zhixing-startup-'));
  try {
    const port = 18_000 + run;
    empty.push(await timeStart(dataDir, port));
    existing.push(await timeStart(dataDir, port));
    floor.push(timeFloor(dataDir));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
process.stdout.write(
  [
    `startup, median of ${RUNS} runs (npm start → healthy /api/health)`,
    `  empty data folder     ${seconds(median(empty))}   (runs: ${empty.map(seconds).join(', ')})`,
    `  existing data folder  ${seconds(median(existing))}   (runs: ${existing.map(seconds).join(', ')})   goal < 5 s`,
    `  baseline: bare node opening the same PGlite folder  ${seconds(median(floor))}`,
    '',
  ].join('\n'),
);
