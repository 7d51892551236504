import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { casesUnchangedByRepeats } from './deadlines';

// recordSystemEvents skips re-evaluating a case for a repeat whose type counts only at its first
// occurrence (casesUnchangedByRepeats): what is stored must still equal a fresh evaluation.
let platform: TestPlatform;
let officer: Client;
beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  const admin = await platform.as('admin');
  await admin.post('/api/admin/clock', { now: '2026-03-02T09:00:00+08:00' });
  officer = await platform.as('officer');
});
afterAll(() => platform.close());

async function file(): Promise<string> {
  const response = await officer.post('/api/cases', filing());
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string }>().id;
}

const arrival = (caseId: string, on: string, amount: number) =>
  platform.database.transaction((tx) =>
    platform.services.cases.recordSystemEvents(tx, [
      { caseId, events: [{ type: 'funds.received', on, data: { amount, source: 'deposit' }, evidence: [] }] },
    ]),
  );

async function payoutNoticeDue(caseId: string): Promise<string | undefined> {
  const { rows } = await platform.database.sql.executeSql(
    `select due_on::text as due from case_deadlines where case_id = $1 and rule_id = 'funds.payout_notice'`,
    [caseId],
  );
  return rows[0] ? String(rows[0].due) : undefined;
}

describe('repeated arrivals of money', () => {
  it('store the deadlines a fresh evaluation gives: a later repeat changes nothing, an earlier one moves them', async () => {
    const id = await file();
    await arrival(id, '2026-03-10', 100);
    const first = await payoutNoticeDue(id);
    expect(first).toBe('2026-03-24');
    await arrival(id, '2026-03-20', 200);
    expect(await payoutNoticeDue(id)).toBe(first);
    // Backdated before the first (a bank's value date): the period runs from it, re-evaluated.
    await arrival(id, '2026-03-03', 300);
    expect(await payoutNoticeDue(id)).toBe('2026-03-17');
    // Nothing left for the daily sweep to correct (as of the clock's day, as stored).
    expect((await platform.services.cases.sweepDeadlines('2026-03-02')).changed).toBe(0);
  });

  it('re-evaluate a case whose batch holds another node too', async () => {
    const id = await file();
    await arrival(id, '2026-03-10', 100);
    await platform.database.transaction((tx) =>
      platform.services.cases.recordSystemEvents(tx, [
        {
          caseId: id,
          events: [
            {
              type: 'funds.received',
              on: '2026-03-11',
              data: { amount: 1, source: 'deposit' },
              evidence: [],
            },
            { type: 'funds.paid', on: '2026-03-11', data: {}, evidence: [] },
          ],
        },
      ]),
    );
    const { rows } = await platform.database.sql.executeSql(
      `select satisfied_on::text as on from case_deadlines where case_id = $1 and rule_id = 'funds.payout_notice'`,
      [id],
    );
    expect(rows[0]?.on).toBe('2026-03-11');
  });

  it('are told apart: a later or same-day later repeat is skipped, an earlier one, a first one or a mixed batch is not', async () => {
    const seen = await file();
    const fresh = await file();
    await arrival(seen, '2026-03-10', 100);
    const at = new Date('2026-03-20T10:00:00+08:00');
    const node = (caseId: string, type: string, on: string, when = at) => ({ caseId, type, on, at: when });
    const unchanged = (nodes: ReturnType<typeof node>[]) =>
      platform.database.transaction((tx) =>
        casesUnchangedByRepeats(tx, platform.rulebook.deadlines(), nodes),
      );
    expect(await unchanged([node(seen, 'funds.received', '2026-03-20')])).toEqual(new Set([seen]));
    expect(await unchanged([node(seen, 'funds.received', '2026-03-10')])).toEqual(new Set([seen]));
    expect(await unchanged([node(seen, 'funds.received', '2026-03-09')])).toEqual(new Set());
    expect(await unchanged([node(fresh, 'funds.received', '2026-03-20')])).toEqual(new Set());
    expect(
      await unchanged([node(seen, 'funds.received', '2026-03-20'), node(seen, 'funds.paid', '2026-03-20')]),
    ).toEqual(new Set());
    expect(
      await unchanged([
        node(seen, 'funds.received', '2026-03-20'),
        node(seen, 'funds.received', '2026-03-01'),
      ]),
    ).toEqual(new Set());
  });
});
