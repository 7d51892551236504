import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../test/database';
import type { Database } from './db';
import { Jobs } from './jobs';

let database: Database;
let jobs: Jobs;
beforeAll(async () => {
  database = await freshDatabase();
  jobs = await Jobs.start(database, {
    queues: ['probe-commit', 'probe-rollback', 'probe-work'],
    supervise: true,
    onError: (error) => {
      throw error;
    },
  });
});
afterAll(async () => {
  await jobs.stop();
  await database.close();
});

describe('jobs enqueued inside a use case', () => {
  it('commit with the transaction', async () => {
    await database.transaction(async (tx) => {
      await tx.sql.executeSql('create table if not exists job_probe (n int)');
      await tx.sql.executeSql('insert into job_probe values ($1)', [1]);
      await jobs.enqueue(tx, 'probe-commit', { n: 1 });
    });
    expect(await jobs.countQueued('probe-commit')).toBe(1);
  });

  it('vanish with a rolled-back transaction, together with its change', async () => {
    await expect(
      database.transaction(async (tx) => {
        await tx.sql.executeSql('insert into job_probe values ($1)', [2]);
        await jobs.enqueue(tx, 'probe-rollback', { n: 2 });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await jobs.countQueued('probe-rollback')).toBe(0);
    const rows = await database.sql.executeSql('select n from job_probe order by n');
    expect(rows.rows).toEqual([{ n: 1 }]);
  });

  it('must be declared at start-up', async () => {
    await expect(database.transaction((tx) => jobs.enqueue(tx, 'undeclared', {}))).rejects.toThrow(
      /not declared/,
    );
  });

  it('are handed to a worker once', async () => {
    const seen: number[] = [];
    const done = new Promise<void>((resolve) => {
      void jobs.work<{ n: number }>('probe-work', async (data) => {
        seen.push(data.n);
        if (seen.length === 3) resolve();
      });
    });
    await database.transaction(async (tx) => {
      for (const n of [1, 2, 3]) await jobs.enqueue(tx, 'probe-work', { n });
    });
    await done;
    expect(seen.sort()).toEqual([1, 2, 3]);
  });
});
