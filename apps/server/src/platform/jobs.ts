import PgBoss from 'pg-boss';
import type { Database, SqlExecutor, Tx } from './db';

export type JobHandler<T> = (data: T, job: { id: string; name: string }) => Promise<void>;

/** pg-boss's statements come from a fixed set of texts, so they are prepared (see ExecuteOptions). */
function forBoss(executor: SqlExecutor): PgBoss.Db {
  return { executeSql: (text, values) => executor.executeSql(text, values, { prepare: true }) };
}

/**
 * A queue and how pg-boss treats its jobs. `short` with a `singletonKey` keeps at most one job
 * waiting per key: sending another while one waits is a no-op, so a thousand enqueues for one key
 * coalesce into one job. (`stately` would also cap the running jobs per key, but in pg-boss 10 a
 * waiting job whose key is running makes every fetch of the queue fail, starving all other keys —
 * pg-boss issue 535; exclusivity per key is better held by a lease row the handler takes.)
 */
export interface QueueSpec {
  name: string;
  policy?: 'standard' | 'short' | 'singleton' | 'stately';
  /** How long a job may run before pg-boss counts it as failed (a worker that died). */
  expireInSeconds?: number;
  /** Retries after a failure; 0 when the work is found again by other means. */
  retryLimit?: number;
  /** Seconds before the first retry; with `retryBackoff` each retry waits about twice as long. */
  retryDelay?: number;
  retryBackoff?: boolean;
}

const MAINTENANCE_INTERVAL_SECONDS = 30;

/**
 * Background jobs on pg-boss, in the same database as the state they follow. `enqueue` takes the
 * use case's transaction, so a job is committed together with the change that caused it, or not at all.
 */
export class Jobs {
  private readonly queues = new Set<string>();

  private constructor(private readonly boss: PgBoss) {}

  /**
   * Every process sends jobs; only a worker (`supervise`) also runs pg-boss's maintenance. The queues
   * are created here, up front: creating one inside a use case would wait on the use case's own
   * transaction on PGlite's single connection.
   */
  static async start(
    database: Database,
    options: {
      queues: readonly (string | QueueSpec)[];
      supervise: boolean;
      onError: (error: Error) => void;
    },
  ): Promise<Jobs> {
    // Time-driven work is found by a tick against the platform clock, never by pg-boss's own schedule.
    const boss = new PgBoss({
      db: forBoss(database.sql),
      schedule: false,
      supervise: options.supervise,
      // Maintenance also fails jobs whose worker died (expired): every 30 s rather than pg-boss's 120.
      maintenanceIntervalSeconds: MAINTENANCE_INTERVAL_SECONDS,
      migrate: true,
    });
    boss.on('error', options.onError);
    await boss.start();
    const jobs = new Jobs(boss);
    for (const queue of options.queues) await jobs.declare(queue);
    return jobs;
  }

  /** Creates a queue (if new) and allows sending to it. At start-up only, for the reason above. */
  async declare(queue: string | QueueSpec): Promise<void> {
    const spec = typeof queue === 'string' ? { name: queue } : queue;
    await this.boss.createQueue(spec.name, spec);
    this.queues.add(spec.name);
  }

  private known(name: string): void {
    if (!this.queues.has(name)) throw new Error(`queue ${name} was not declared at start-up`);
  }

  async enqueue(
    tx: Tx,
    name: string,
    data: object,
    options: { singletonKey?: string } = {},
  ): Promise<string | null> {
    this.known(name);
    return this.boss.send(name, data, { ...options, db: forBoss(tx.sql) });
  }

  /**
   * Runs the queue's jobs in this process, one at a time per poller. `concurrency` pollers let that
   * many jobs of the queue run side by side here, so a long job does not hold up the others.
   */
  async work<T extends object>(
    name: string,
    handler: JobHandler<T>,
    options: { concurrency?: number; pollingIntervalSeconds?: number } = {},
  ): Promise<void> {
    this.known(name);
    const poll = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5, batchSize: 1 };
    for (let i = 0; i < Math.max(1, options.concurrency ?? 1); i += 1) {
      await this.boss.work<T>(name, poll, async (jobs) => {
        for (const job of jobs) await handler(job.data, { id: job.id, name: job.name });
      });
    }
  }

  /**
   * Hands up to `batchSize` waiting jobs at once to one call, for work that is cheaper set-based
   * (a burst of filings starting their rounds in one transaction). They succeed or fail together.
   */
  async workBatch<T extends object>(
    name: string,
    handler: (items: T[]) => Promise<unknown>,
    options: { batchSize: number; pollingIntervalSeconds?: number },
  ): Promise<void> {
    this.known(name);
    const poll = {
      pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5,
      batchSize: options.batchSize,
    };
    await this.boss.work<T>(name, poll, async (jobs) => {
      await handler(jobs.map((job) => job.data));
    });
  }

  countQueued(name: string): Promise<number> {
    return this.boss.getQueueSize(name);
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 5000 });
  }
}
