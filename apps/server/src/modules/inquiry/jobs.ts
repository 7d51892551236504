import type { Jobs } from '../../platform/jobs';
import { DISPATCH_QUEUE } from './delivery';
import { type InquiryService, START_ROUND_QUEUE, type StartRoundJob } from './service';

export const inquiryQueues = [DISPATCH_QUEUE, START_ROUND_QUEUE];

/** Institutions drained side by side by one worker process. */
const DISPATCHERS_PER_WORKER = 16;
/** Start-round jobs taken at once: a burst of filings becomes one set-based transaction. */
const ROUNDS_PER_BATCH = 100;

export async function registerInquiryJobs(jobs: Jobs, inquiry: InquiryService): Promise<void> {
  await jobs.work<{ institutionId: string }>(
    DISPATCH_QUEUE.name,
    ({ institutionId }) => inquiry.delivery.drain(institutionId),
    { concurrency: DISPATCHERS_PER_WORKER, pollingIntervalSeconds: 0.5 },
  );
  await jobs.workBatch<StartRoundJob>(START_ROUND_QUEUE.name, (orders) => inquiry.startQueuedRounds(orders), {
    batchSize: ROUNDS_PER_BATCH,
  });
}
