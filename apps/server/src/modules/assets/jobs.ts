import type { Database } from '../../platform/db';
import type { Jobs } from '../../platform/jobs';
import type { DailyTask } from '../../platform/ticker';
import { type AssetResults, LAPSE_BATCH } from './apply';

/** Every day, controls whose last day has passed without renewal lapse (CPL-Interp 485). */
export const SWEEP_LAPSED: DailyTask = { name: 'assets.sweep-lapsed', queue: 'assets.sweep-lapsed' };

export const assetsQueues = [SWEEP_LAPSED.queue];

/** Lapses a batch at a time, each in its own transaction, until none is left as of `on`. */
export async function sweepLapsed(database: Database, results: AssetResults, on: string): Promise<number> {
  let lapsed = 0;
  for (;;) {
    const batch = await database.transaction((tx) => results.lapse(tx, on));
    lapsed += batch;
    if (batch < LAPSE_BATCH) return lapsed;
  }
}

export async function registerAssetsJobs(
  jobs: Jobs,
  database: Database,
  results: AssetResults,
): Promise<void> {
  await jobs.work<{ on: string }>(SWEEP_LAPSED.queue, async ({ on }) => {
    await sweepLapsed(database, results, on);
  });
}
