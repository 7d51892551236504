import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { SWEEP_LAPSED } from '../assets/jobs';
import { EXPIRE_LISTINGS, REWAKE_DELIVERIES } from '../credit/jobs';
import { SWEEP_POOL } from '../dormant/jobs';
import { RECONCILE_DAILY } from '../funds/jobs';
import { SWEEP_DEADLINES, SWEEP_TRIAGE } from './jobs';

/** Every daily task the platform's ticker runs, in its order. */
const DAILY_TASKS = [
  SWEEP_DEADLINES,
  SWEEP_LAPSED,
  SWEEP_TRIAGE,
  SWEEP_POOL,
  EXPIRE_LISTINGS,
  REWAKE_DELIVERIES,
  RECONCILE_DAILY,
].map((task) => task.name);

let platform: TestPlatform;
let admin: Client;
beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  admin = await platform.as('admin');
  await admin.post('/api/admin/clock', { now: '2025-09-26T09:00:00+08:00' });
});
afterAll(() => platform.close());

describe('the daily deadline sweep', () => {
  it('is enqueued once per legal date, following the platform clock', async () => {
    expect(await platform.ticker.tick()).toEqual(DAILY_TASKS);
    expect(await platform.ticker.tick()).toEqual([]);
    expect(await platform.jobs.countQueued(SWEEP_DEADLINES.queue)).toBe(1);
    await admin.post('/api/admin/clock', { now: '2025-09-27T00:30:00+08:00' });
    expect(await platform.ticker.tick()).toEqual(DAILY_TASKS);
    expect(await platform.jobs.countQueued(SWEEP_DEADLINES.queue)).toBe(2);
    expect(await platform.jobs.countQueued(SWEEP_LAPSED.queue)).toBe(2);
  });

  it('turns a passed deadline overdue in the stored rows that lists filter on', async () => {
    await admin.post('/api/admin/clock', { now: '2025-09-26T09:00:00+08:00' });
    const officer = await platform.as('officer');
    const { id } = (await officer.post('/api/cases', filing())).json();
    const overdueNow = async () =>
      (await officer.get('/api/cases?deadline=overdue')).json().items.map((c: { id: string }) => c.id);
    expect(await overdueNow()).not.toContain(id);

    // case.assign is due 2025-10-09 (7 days, rolled past National Day); on 10-20 it is late.
    await admin.post('/api/admin/clock', { now: '2025-10-20T09:00:00+08:00' });
    expect(await overdueNow()).toContain(id);
    const before = await platform.database.sql.executeSql(
      "select status from case_deadlines where case_id = $1 and rule_id = 'case.assign'",
      [id],
    );
    expect(before.rows[0]?.status).toBe('open');
    const swept = await platform.services.cases.sweepDeadlines('2025-10-20', 1);
    expect(swept.cases).toBeGreaterThanOrEqual(1);
    expect(swept.changed).toBeGreaterThanOrEqual(1);
    const after = await platform.database.sql.executeSql(
      "select status from case_deadlines where case_id = $1 and rule_id = 'case.assign'",
      [id],
    );
    expect(after.rows[0]?.status).toBe('overdue');
  });

  it('writes back only what changed: a second sweep of the same day changes nothing', async () => {
    const stamp = async () =>
      (
        await platform.database.sql.executeSql(
          "select string_agg(xmin::text || ':' || case_id || rule_id, ',' order by case_id, rule_id) as s from case_deadlines",
        )
      ).rows[0]?.s;
    await platform.services.cases.sweepDeadlines('2025-10-20');
    const before = await stamp();
    expect(await platform.services.cases.sweepDeadlines('2025-10-20')).toMatchObject({ changed: 0 });
    // No row was rewritten: every row version (xmin) is the one the first sweep left.
    expect(await stamp()).toBe(before);
  });
});
