/**
 * The database floor of a sweep: what PostgreSQL spends on a request at the least, with none of the
 * hub around it. A baseline for `bench/inquiry.ts`, measured in the same run on a database of its
 * own: each request is started with its round (`InquiryService.startRounds`, as the sweep does it),
 * claimed into a batch (the dispatcher's own statement, `CLAIM_BATCH`) and answered (the applier's own
 * statement, `APPLY_ANSWERS`) — one statement after another, nothing else running, answers without
 * holdings, no audit, asset register, round completion, timeline or network. What the backends spent
 * is read from /proc: CPU time does not depend on what else the machine does.
 */
import { randomUUID } from 'node:crypto';
import type { Platform } from '../apps/server/src/app';
import { platformActor } from '../apps/server/src/modules/audit/service';
import { APPLY_ANSWERS } from '../apps/server/src/modules/inquiry/apply';
import { CLAIM_BATCH } from '../apps/server/src/modules/inquiry/delivery';
import { cpuOf } from './_shared';

const FIRST_COURT = '00000000-0000-0000-0000-000000000000';

export interface FloorStep {
  step: string;
  requests: number;
  seconds: number;
  /** CPU of the database's backends per request, in microseconds. */
  cpuPerRequestUs: number;
}

/** CPU seconds spent so far by the backends connected to this database. */
export async function backendsCpu(platform: Platform, database: string): Promise<Map<number, number>> {
  const { rows } = await platform.database.sql.executeSql(
    'select pid from pg_stat_activity where datname = $1',
    [database],
  );
  const spent = new Map<number, number>();
  for (const row of rows) {
    const pid = Number(row.pid);
    try {
      spent.set(pid, cpuOf(pid));
    } catch {
      // The backend ended meanwhile (or PostgreSQL runs elsewhere: then the floor reports no CPU).
    }
  }
  return spent;
}

/** CPU seconds spent between two readings (a backend new meanwhile counts from 0). */
export function cpuSince(before: Map<number, number>, after: Map<number, number>): number {
  let cpu = 0;
  for (const [pid, spent] of after) cpu += spent - (before.get(pid) ?? 0);
  return cpu;
}

/** Runs `work` and measures it: wall time, and the backends' CPU. */
async function measured(
  platform: Platform,
  database: string,
  step: string,
  work: () => Promise<number>,
): Promise<FloorStep> {
  const before = await backendsCpu(platform, database);
  const started = performance.now();
  const requests = await work();
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSince(before, await backendsCpu(platform, database));
  return { step, requests, seconds, cpuPerRequestUs: (cpu * 1e6) / Math.max(1, requests) };
}

/**
 * The three statements every request of a sweep passes through, over `caseIds` (open cases of the
 * platform's own database `database`) and every institution registered there.
 */
export async function databaseFloor(
  platform: Platform,
  database: string,
  caseIds: readonly string[],
  roundsPerTransaction: number,
): Promise<FloorStep[]> {
  const { inquiry } = platform.services;
  const institutions = await inquiry.institutions(platform.database.db);
  const started = await measured(platform, database, 'started (startRounds)', async () => {
    let requests = 0;
    for (let i = 0; i < caseIds.length; i += roundsPerTransaction) {
      const orders = caseIds.slice(i, i + roundsPerTransaction).map((caseId) => ({ caseId }));
      const rounds = await platform.database.transaction((tx) =>
        inquiry.startRounds(tx, orders, platformActor),
      );
      requests += rounds.reduce((sum, round) => sum + round.requests, 0);
    }
    return requests;
  });
  const batches: { institutionId: string; ids: string[] }[] = [];
  const claimed = await measured(platform, database, 'claimed (CLAIM_BATCH)', async () => {
    let requests = 0;
    for (const institution of institutions) {
      for (;;) {
        const { rows } = await platform.database.sql.executeSql(CLAIM_BATCH, [
          institution.id,
          institution.maxBatch,
          randomUUID(),
          institution.timeoutMs,
          FIRST_COURT,
        ]);
        if (rows.length === 0) break;
        batches.push({ institutionId: institution.id, ids: rows.map((row) => String(row.id)) });
        requests += rows.length;
      }
    }
    return requests;
  });
  const completedAt = new Date().toISOString();
  const answered = await measured(platform, database, 'answered (APPLY_ANSWERS)', async () => {
    let requests = 0;
    for (const batch of batches) {
      const answers = batch.ids.map((id) => ({
        id,
        result: { requestId: id, status: 'completed', completedAt, holdings: [] },
      }));
      const { rows } = await platform.database.sql.executeSql(APPLY_ANSWERS, [
        JSON.stringify(answers),
        batch.institutionId,
      ]);
      requests += rows.length;
    }
    return requests;
  });
  const steps = [started, claimed, answered];
  if (new Set(steps.map((step) => step.requests)).size !== 1)
    throw new Error(`the floor lost requests: ${JSON.stringify(steps)}`);
  return [
    ...steps,
    {
      step: 'floor: all three',
      requests: started.requests,
      seconds: steps.reduce((sum, step) => sum + step.seconds, 0),
      cpuPerRequestUs: steps.reduce((sum, step) => sum + step.cpuPerRequestUs, 0),
    },
  ];
}
