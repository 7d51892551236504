/**
 * The payout periods (RULEBOOK › Money, *configurable*) per court: an administrator's value, dated and
 * audited, moves the case's deadline from its effective date — for that court only; the default is
 * RULEBOOK's. The unidentified-money warning reads its court's value the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';

let platform: TestPlatform;
let admin: Client;
let officer: Client;
let finance: Client;

interface Deadline {
  ruleId: string;
  dueOn: string;
}

beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  admin = await platform.as('admin');
  officer = await platform.as('officer');
  finance = await platform.as('finance');
  // Monday 2 March 2026, 09:00 in Beijing: no holiday in the weeks that follow.
  expect((await admin.post('/api/admin/clock', { now: '2026-03-02T09:00:00+08:00' })).statusCode).toBe(200);
});
afterAll(() => platform.close());

const due = async (caseId: string, ruleId: string) =>
  (await officer.get(`/api/cases/${caseId}`))
    .json<{ deadlines: Deadline[] }>()
    .deadlines.find((d) => d.ruleId === ruleId)?.dueOn;

describe('configurable payout periods', () => {
  it('are listed with RULEBOOK’s numbers as defaults', async () => {
    const items = (await officer.get('/api/rules/parameters')).json<{
      items: { ruleId: string; parameters: { name: string; default: number; unit: string }[] }[];
    }>().items;
    const periods = Object.fromEntries(
      items
        .filter((item) => item.ruleId.startsWith('funds.'))
        .map((item) => [item.ruleId, item.parameters.map((p) => [p.name, p.default, p.unit])]),
    );
    expect(periods).toEqual({
      'funds.payout_notice': [['period', 10, 'working_days']],
      'funds.payout': [['period', 5, 'working_days']],
      'funds.unpaid': [['period', 15, 'working_days']],
      'funds.unidentified': [['period', 8, 'working_days']],
    });
  });

  it('move the case’s deadline for the court that set them, from the effective date', async () => {
    const caseId = (await officer.post('/api/cases', filing())).json<{ id: string }>().id;
    const courtId = (await officer.get(`/api/cases/${caseId}`)).json<{ court: { id: string } }>().court.id;
    const paid = await finance.post(`/api/cases/${caseId}/cash`, {
      amount: 10_000,
      payerName: '李四',
      method: 'counter',
      collectedOn: '2026-03-02',
      handedOverOn: '2026-03-02',
    });
    expect(paid.statusCode).toBe(201);
    // Default: 10 working days after Monday 2 March → Monday 16 March.
    expect(await due(caseId, 'funds.payout_notice')).toBe('2026-03-16');
    const listed = (await admin.get('/api/admin/courts')).json<
      { items?: { id: string }[] } | { id: string }[]
    >();
    const courts = Array.isArray(listed) ? listed : (listed.items ?? []);
    const elsewhere = courts.find((court) => court.id !== courtId)?.id as string;
    expect(elsewhere).toBeDefined();
    // Another court's value changes nothing here.
    const other = await admin.put('/api/admin/rules/funds.payout_notice/parameters/period', {
      value: 3,
      courtId: elsewhere,
      reason: '他院实践',
    });
    expect(other.statusCode, other.body).toBe(200);
    expect(await due(caseId, 'funds.payout_notice')).toBe('2026-03-16');
    // This court, from Wednesday 4 March: not yet in force on Monday.
    const set = await admin.put('/api/admin/rules/funds.payout_notice/parameters/period', {
      value: 7,
      courtId,
      effectiveFrom: '2026-03-04',
      reason: '本院规定7个工作日',
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(await due(caseId, 'funds.payout_notice')).toBe('2026-03-16');
    expect((await admin.post('/api/admin/clock', { now: '2026-03-04T09:00:00+08:00' })).statusCode).toBe(200);
    // 7 working days after 2 March → Wednesday 11 March.
    expect(await due(caseId, 'funds.payout_notice')).toBe('2026-03-11');
    // Out of range is a 400 naming the value.
    const wrong = await admin.put('/api/admin/rules/funds.unpaid/parameters/period', { value: 0, courtId });
    expect(wrong.statusCode).toBe(400);
    // Back to the default.
    const reset = await admin.request(
      'DELETE',
      `/api/admin/rules/funds.payout_notice/parameters/period?courtId=${courtId}`,
    );
    expect(reset.statusCode).toBe(200);
    expect(await due(caseId, 'funds.payout_notice')).toBe('2026-03-16');
  });
});
