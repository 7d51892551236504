import type { Jobs } from '../../platform/jobs';
import type { DailyTask } from '../../platform/ticker';
import type { DormantService } from './service';

/** Every day: pooled cases leave when paid or past 5 years; today's share of the re-query is sent. */
export const SWEEP_POOL: DailyTask = { name: 'dormant.sweep', queue: 'dormant.sweep' };

export const dormantQueues = [SWEEP_POOL.queue];

export async function registerDormantJobs(jobs: Jobs, dormant: DormantService): Promise<void> {
  await jobs.work<{ on: string }>(SWEEP_POOL.queue, async ({ on }) => {
    await dormant.sweep(on);
  });
}
