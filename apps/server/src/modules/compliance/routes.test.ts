import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';

interface Listed {
  items: {
    ruleId: string;
    clause: { zh: string; en: string };
    parameters: {
      name: string;
      value: number;
      default: number;
      history: { value: number | null; effectiveFrom: string; reason: string; changedBy: string }[];
    }[];
  }[];
}

let platform: TestPlatform;
let admin: Client;
let officer: Client;
const path = '/api/admin/rules/assets.expiry/parameters/warnDays';

beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  admin = await platform.as('admin');
  officer = await platform.as('officer');
  expect((await admin.post('/api/admin/clock', { now: '2026-12-01T09:00:00+08:00' })).statusCode).toBe(200);
});
afterAll(() => platform.close());

const expiry = async () =>
  (await officer.get('/api/rules/parameters')).json<Listed>().items.find((i) => i.ruleId === 'assets.expiry');

describe('configurable rule parameters (规则参数)', () => {
  it('lists each configurable rule with its clause in Chinese and English', async () => {
    const rule = await expiry();
    expect(rule?.clause).toEqual({ zh: '民诉法解释（2022年）第485条', en: 'CPL-Interp (2022) art. 485' });
    expect(rule?.parameters[0]).toMatchObject({ name: 'warnDays', value: 30, default: 30, history: [] });
  });

  it('refuses a change without the permission, out of range, or from a past day, changing nothing', async () => {
    expect((await officer.put(path, { value: 45 })).statusCode).toBe(403);
    expect((await admin.put(path, { value: 181 })).json().errors[0].path).toBe('value');
    const past = await admin.request(
      'PUT',
      path,
      { value: 45, effectiveFrom: '2026-11-30' },
      {
        'accept-language': 'zh-CN',
      },
    );
    expect(past.statusCode).toBe(400);
    expect(past.json().errors[0]).toEqual({
      path: 'effectiveFrom',
      message: '生效日期不能早于今天（2026-12-01）',
    });
    expect((await admin.put(path, { value: 45, effectiveFrom: '2026-02-30' })).statusCode).toBe(400);
    expect((await expiry())?.parameters[0]?.history).toEqual([]);
  });

  it('applies a change from its date, keeps the history and audits it', async () => {
    const scheduled = await admin.put(path, { value: 45, effectiveFrom: '2026-12-10', reason: '院党组决定' });
    expect(scheduled.statusCode).toBe(200);
    expect(scheduled.json()).toMatchObject({
      values: { warnDays: 30 },
      change: { value: 45, effectiveFrom: '2026-12-10', reason: '院党组决定', changedBy: '系统管理员' },
    });
    expect((await expiry())?.parameters[0]?.value).toBe(30);

    await admin.post('/api/admin/clock', { now: '2026-12-10T08:00:00+08:00' });
    expect((await expiry())?.parameters[0]?.value).toBe(45);

    const reset = await admin.request('DELETE', path);
    expect(reset.json().values).toEqual({ warnDays: 30 });
    const history = (await expiry())?.parameters[0]?.history;
    expect(history?.map((h) => [h.value, h.effectiveFrom])).toEqual([
      [null, '2026-12-10'],
      [45, '2026-12-10'],
    ]);
    const audit = await platform.database.sql.executeSql(
      "select action from audit_entries where subject = 'rule:assets.expiry:warnDays' order by chain_seq",
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['rule.parameter.set', 'rule.parameter.reset']);
    expect((await admin.get('/api/audit/verify')).json()).toMatchObject({ ok: true });
  });
});
