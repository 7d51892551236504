import type { Jobs, QueueSpec } from '../../platform/jobs';
import type { DailyTask } from '../../platform/ticker';
import { platformActor } from '../audit/service';
import type { FundsService } from './service';

/**
 * 每日对账: once a legal day (the platform ticker, against the platform clock) the ledger is reconciled
 * with the bank's statement, as finance's manual run does; every difference is an exception finance sees
 * under `GET /api/funds/reconciliations`. A bank that does not answer fails the job, which pg-boss
 * retries (every 10 minutes, 6 times); the day's run is never marked reconciled without the bank's lines.
 */
export const RECONCILE_DAILY: DailyTask = { name: 'funds.reconcile-daily', queue: 'funds.reconcile-daily' };

export const fundsQueues: QueueSpec[] = [
  { name: RECONCILE_DAILY.queue, retryLimit: 6, retryDelay: 600, expireInSeconds: 900 },
];

export async function registerFundsJobs(jobs: Jobs, funds: Pick<FundsService, 'reconcile'>): Promise<void> {
  await jobs.work(RECONCILE_DAILY.queue, async () => {
    await funds.reconcile(platformActor);
  });
}
