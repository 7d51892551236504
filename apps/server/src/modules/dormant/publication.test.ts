/**
 * The published ruling and the correction of wrong pool data. The closing that pools a case is the
 * scenario test's; here the case is put in the pool directly, as the closing leaves it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SettableClock } from '../../platform/clock';
import { filing, idNumber } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';

let platform: TestPlatform;
let officer: Client;
const DEBTOR_ID = idNumber('19850505', '011');

const setClock = (iso: string) => (platform.clock as SettableClock).set(new Date(iso));

beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  setClock('2026-05-04T09:00:00+08:00');
  officer = await platform.as('officer');
});
afterAll(() => platform.close());

async function pooledCase(name: string, pooled = true): Promise<string> {
  const filed = await officer.post(
    '/api/cases',
    filing({ debtors: [{ kind: 'person', name, idNumber: DEBTOR_ID }] }),
  );
  expect(filed.statusCode, filed.body).toBe(201);
  const id = filed.json<{ id: string }>().id;
  if (!pooled) return id;
  await platform.database.sql.executeSql(
    `update cases set status = 'closed', closing_method = 'dormant', closed_on = '2026-05-04' where id = $1`,
    [id],
  );
  await platform.database.sql.executeSql(
    `insert into dormant_pool (case_id, court_id, entered_on, ends_on, cycle, next_due_on, created_at)
     select id, court_id, '2026-05-04', '2031-05-04', 1, '2026-08-01', now() from cases where id = $1`,
    [id],
  );
  return id;
}

interface Deadline {
  ruleId: string;
  dueOn: string;
  status: string;
}

const deadlineOf = async (id: string) =>
  (await officer.get(`/api/cases/${id}`))
    .json<{ deadlines: Deadline[] }>()
    .deadlines.find((d) => d.ruleId === 'dormant.correct');

describe('the published ruling (Dormant 6)', () => {
  it('is linked from the public entry, masked, and only for pooled cases', async () => {
    const id = await pooledCase('赵公开');
    const search = await platform.anonymous.get(`/api/public/dormant?name=${encodeURIComponent('赵公开')}`);
    const [item] = search.json<{ items: { id: string; ruling: string }[] }>().items;
    expect(item).toMatchObject({ id, ruling: `/api/public/dormant/${id}/ruling` });
    const ruling = await platform.anonymous.get(item?.ruling ?? '');
    expect(ruling.statusCode).toBe(200);
    expect(ruling.json()).toMatchObject({
      title: '执行裁定书',
      closedOn: '2026-05-04',
      parties: expect.arrayContaining([
        {
          role: 'debtor',
          name: '赵公开',
          kind: 'person',
          idNumber: `${DEBTOR_ID.slice(0, 10)}****${DEBTOR_ID.slice(14)}`,
          creditCode: null,
        },
      ]),
    });
    expect(ruling.json<{ paragraphs: string[] }>().paragraphs.join('')).toContain('终结本次执行程序');
    expect(ruling.body).not.toContain(DEBTOR_ID);
    const open = await pooledCase('钱未结', false);
    expect((await platform.anonymous.get(`/api/public/dormant/${open}/ruling`)).statusCode).toBe(404);
    expect((await platform.anonymous.get('/api/public/dormant/not-a-uuid/ruling')).statusCode).toBe(400);
  });
});

describe('correcting wrong pool data (Dormant 18)', () => {
  it('needs a session, the role, the case in scope, valid input, a pooled case', async () => {
    const id = await pooledCase('孙权限');
    const error = { field: 'dates', description: '纳入日期录入错误' };
    expect((await platform.anonymous.post(`/api/cases/${id}/dormant/errors`, error)).statusCode).toBe(401);
    expect(
      (await (await platform.as('finance')).post(`/api/cases/${id}/dormant/errors`, error)).statusCode,
    ).toBe(403);
    expect(
      (await (await platform.as('officer2')).post(`/api/cases/${id}/dormant/errors`, error)).statusCode,
    ).toBe(404);
    const bad = await officer.post(`/api/cases/${id}/dormant/errors`, { ...error, field: 'colour' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('field');
    const open = await pooledCase('孙未入库', false);
    expect((await officer.post(`/api/cases/${open}/dormant/errors`, error)).statusCode).toBe(409);
    const unknown = await officer.post(`/api/cases/${id}/dormant/corrections`, {
      errorId: crypto.randomUUID(),
      action: 'correct',
      reason: '更正',
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('warns after 3 days, corrects the day of entry (audited), then removes a wrong entry', async () => {
    setClock('2026-05-04T09:00:00+08:00');
    const id = await pooledCase('李更正');
    const recorded = await officer.post(`/api/cases/${id}/dormant/errors`, {
      field: 'dates',
      description: '纳入日期应为送达裁定之日',
    });
    expect(recorded.statusCode).toBe(201);
    const { errorId } = recorded.json<{ errorId: string }>();
    expect(await deadlineOf(id)).toMatchObject({ dueOn: '2026-05-07', status: 'open' });
    setClock('2026-05-08T09:00:00+08:00');
    expect(await deadlineOf(id)).toMatchObject({ status: 'overdue' });

    const corrected = await officer.post(`/api/cases/${id}/dormant/corrections`, {
      errorId,
      action: 'correct',
      enteredOn: '2026-05-01',
      reason: '按送达回证更正纳入日期',
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().entry).toMatchObject({ enteredOn: '2026-05-01', endsOn: '2031-05-01' });
    expect(corrected.json().entry.nextDueOn < '2026-11-01').toBe(true);
    expect(await deadlineOf(id)).toMatchObject({ status: 'met_late' });
    const again = await officer.post(`/api/cases/${id}/dormant/corrections`, {
      errorId,
      action: 'correct',
      reason: '再次更正',
    });
    expect(again.statusCode).toBe(409);
    const audit = await platform.database.sql.executeSql(
      `select action from audit_entries where case_id = $1 and action like 'dormant.%' order by seq`,
      [id],
    );
    expect(audit.rows.map((row) => row.action)).toEqual(['dormant.error', 'dormant.correct']);

    // A case that should never have been pooled: removed, off the public search, ruling unpublished.
    const wrong = await officer.post(`/api/cases/${id}/dormant/errors`, {
      field: 'entry',
      description: '该案已全部履行，误纳入终本案件库',
    });
    const removed = await officer.post(`/api/cases/${id}/dormant/corrections`, {
      errorId: wrong.json<{ errorId: string }>().errorId,
      action: 'remove',
      reason: '误纳入，予以删除',
    });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().entry).toMatchObject({
      leftOn: '2026-05-08',
      leftReason: 'removed',
      nextDueOn: null,
    });
    const search = await platform.anonymous.get(`/api/public/dormant?name=${encodeURIComponent('李更正')}`);
    expect(search.json().items).toEqual([]);
    expect((await platform.anonymous.get(`/api/public/dormant/${id}/ruling`)).statusCode).toBe(404);
    const after = await officer.post(`/api/cases/${id}/dormant/errors`, {
      field: 'debtor',
      description: '再报',
    });
    expect(after.statusCode).toBe(409);
  });
});
