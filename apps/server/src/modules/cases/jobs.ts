import type { Jobs } from '../../platform/jobs';
import type { DailyTask } from '../../platform/ticker';
import type { CasesService } from './service';
import type { TriageService } from './triage';

/** Every day, all open cases' deadlines are re-derived: a deadline passes without any event. */
export const SWEEP_DEADLINES: DailyTask = { name: 'cases.sweep-deadlines', queue: 'cases.sweep-deadlines' };

/** A calendar year arrived: the deadlines counted provisionally in it are recomputed, and their moves shown. */
export const RECOMPUTE_PROVISIONAL = 'cases.recompute-provisional';

/** Every day, untriaged answered cases are triaged and simple cases past their period become normal. */
export const SWEEP_TRIAGE: DailyTask = { name: 'cases.sweep-triage', queue: 'cases.sweep-triage' };

export const casesQueues = [SWEEP_DEADLINES.queue, RECOMPUTE_PROVISIONAL, SWEEP_TRIAGE.queue];

export async function registerTriageJobs(jobs: Jobs, triage: TriageService): Promise<void> {
  await jobs.work<{ on: string }>(SWEEP_TRIAGE.queue, async ({ on }) => {
    await triage.sweep(on);
  });
}

export async function registerCasesJobs(jobs: Jobs, cases: CasesService): Promise<void> {
  await jobs.work<{ on: string }>(SWEEP_DEADLINES.queue, async ({ on }) => {
    await cases.sweepDeadlines(on);
  });
  await jobs.work<{ year: number }>(RECOMPUTE_PROVISIONAL, async ({ year }) => {
    await cases.recomputeProvisional(year);
  });
}
