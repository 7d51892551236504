import { eq } from 'drizzle-orm';
import { type Clock, shanghaiDateOf } from './clock';
import type { Database } from './db';
import type { Jobs } from './jobs';
import { dailyTicks } from './schema';

/** A task that runs once per legal date: the tick enqueues `queue` with `{ on }`. */
export interface DailyTask {
  name: string;
  queue: string;
}

/**
 * Time-driven work asks "what is due as of the platform clock's now?" on every tick, so a clock moved
 * forward in a test or a training court brings the work with it (never pg-boss's own schedule).
 * Claiming the day and enqueueing the job happen in one transaction: each day runs exactly once.
 */
export class Ticker {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly jobs: Jobs,
    private readonly tasks: readonly DailyTask[],
  ) {}

  /** Runs the due tasks; returns the names of those enqueued. */
  async tick(): Promise<string[]> {
    const on = shanghaiDateOf(this.clock.now());
    const enqueued: string[] = [];
    for (const task of this.tasks) {
      const claimed = await this.database.transaction(async (tx) => {
        await tx.db.insert(dailyTicks).values({ name: task.name, lastOn: '' }).onConflictDoNothing();
        const [row] = await tx.db
          .select()
          .from(dailyTicks)
          .where(eq(dailyTicks.name, task.name))
          .for('update');
        if (row && row.lastOn >= on) return false;
        await tx.db.update(dailyTicks).set({ lastOn: on }).where(eq(dailyTicks.name, task.name));
        await this.jobs.enqueue(tx, task.queue, { on });
        return true;
      });
      if (claimed) enqueued.push(task.name);
    }
    return enqueued;
  }

  start(intervalMs: number, onError: (error: unknown) => void): void {
    const run = () => void this.tick().catch(onError);
    run();
    this.timer = setInterval(run, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
