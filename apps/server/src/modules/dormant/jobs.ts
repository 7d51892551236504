import type { Jobs } from '../../platform/jobs';
import type { DailyTask } from '../../platform/ticker';
import { type DormantService, REQUERY_RESULTS_QUEUE, type RequeryResult } from './service';

/** Every day: pooled cases leave when paid or past 5 years; today's share of the re-query is sent. */
export const SWEEP_POOL: DailyTask = { name: 'dormant.sweep', queue: 'dormant.sweep' };

export const dormantQueues = [SWEEP_POOL.queue, REQUERY_RESULTS_QUEUE];

export async function registerDormantJobs(jobs: Jobs, dormant: DormantService): Promise<void> {
  await jobs.work<{ on: string }>(SWEEP_POOL.queue, async ({ on }) => {
    await dormant.sweep(on);
  });
  await jobs.work<{ results: RequeryResult[] }>(REQUERY_RESULTS_QUEUE, async ({ results }) => {
    await dormant.applyResults(results);
  });
}
