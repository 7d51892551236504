import type { Jobs } from '../../platform/jobs';
import type { DailyTask } from '../../platform/ticker';
import type { CasesService } from './service';

/** Every day, all open cases' deadlines are re-derived: a deadline passes without any event. */
export const SWEEP_DEADLINES: DailyTask = { name: 'cases.sweep-deadlines', queue: 'cases.sweep-deadlines' };

export const casesQueues = [SWEEP_DEADLINES.queue];

export async function registerCasesJobs(jobs: Jobs, cases: CasesService): Promise<void> {
  await jobs.work<{ on: string }>(SWEEP_DEADLINES.queue, async ({ on }) => {
    await cases.sweepDeadlines(on);
  });
}
