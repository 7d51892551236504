import PgBoss from 'pg-boss';
import type { Database, SqlExecutor, Tx } from './db';

export type JobHandler<T> = (data: T, job: { id: string; name: string }) => Promise<void>;

/** pg-boss's statements come from a fixed set of texts, so they are prepared (see ExecuteOptions). */
function forBoss(executor: SqlExecutor): PgBoss.Db {
  return { executeSql: (text, values) => executor.executeSql(text, values, { prepare: true }) };
}

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
    options: { queues: readonly string[]; supervise: boolean; onError: (error: Error) => void },
  ): Promise<Jobs> {
    // Time-driven work is found by a tick against the platform clock, never by pg-boss's own schedule.
    const boss = new PgBoss({
      db: forBoss(database.sql),
      schedule: false,
      supervise: options.supervise,
      migrate: true,
    });
    boss.on('error', options.onError);
    await boss.start();
    const jobs = new Jobs(boss);
    for (const name of options.queues) await jobs.declare(name);
    return jobs;
  }

  /** Creates a queue (if new) and allows sending to it. At start-up only, for the reason above. */
  async declare(name: string): Promise<void> {
    await this.boss.createQueue(name);
    this.queues.add(name);
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

  async work<T extends object>(name: string, handler: JobHandler<T>): Promise<void> {
    this.known(name);
    await this.boss.work<T>(name, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
      for (const job of jobs) await handler(job.data, { id: job.id, name: job.name });
    });
  }

  countQueued(name: string): Promise<number> {
    return this.boss.getQueueSize(name);
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 5000 });
  }
}
