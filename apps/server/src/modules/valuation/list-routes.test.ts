import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { seizedHouse } from './test-helpers';

let platform: TestPlatform;
let admin: Client;
beforeAll(async () => {
  platform = await createTestPlatform();
  admin = await platform.as('admin');
});
afterAll(() => platform.close());

interface Lists {
  platforms: { code: string; name: string; endpoint: string; active: boolean }[];
  agencies: { code: string; name: string; active: boolean }[];
}

describe('系统管理 › 询价评估名单', () => {
  it('401 and 403 before anything; 400 naming the field', async () => {
    expect((await platform.anonymous.get('/api/admin/valuation-lists')).statusCode).toBe(401);
    expect((await (await platform.as('officer')).get('/api/admin/valuation-lists')).statusCode).toBe(403);
    const officer = await platform.as('officer');
    expect(
      (await officer.post('/api/admin/appraisal-agencies', { code: 'agency.x', name: 'X' })).statusCode,
    ).toBe(403);
    const bad = await admin.post('/api/admin/price-platforms', {
      code: 'Price One',
      name: '平台',
      endpoint: 'ftp://x',
      key: 'k',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['code', 'endpoint', 'key']);
  });

  it('adds a platform without ever showing its key, disables it, audited', async () => {
    const added = await admin.post('/api/admin/price-platforms', {
      code: 'price.test',
      name: '测试询价平台',
      endpoint: 'https://price.example.cn/api',
      key: 'k'.repeat(32),
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.body).not.toContain('kkkkkkkk');
    expect(added.json<Lists>().platforms.find((p) => p.code === 'price.test')).toMatchObject({
      active: true,
    });
    const again = await admin.post('/api/admin/price-platforms', {
      code: 'price.test',
      name: '重复',
      endpoint: 'https://price.example.cn/api',
      key: 'k'.repeat(32),
    });
    expect(again.statusCode).toBe(409);
    const off = await admin.request('PATCH', '/api/admin/price-platforms/price.test', { active: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json<Lists>().platforms.find((p) => p.code === 'price.test')?.active).toBe(false);
    expect(
      (await admin.request('PATCH', '/api/admin/price-platforms/price.none', { active: true })).statusCode,
    ).toBe(404);
    const audit = await platform.database.sql.executeSql(
      `select action from audit_entries where subject = 'platform:price.test' order by seq`,
    );
    expect(audit.rows.map((r) => (r as { action: string }).action)).toEqual([
      'valuation.platform.add',
      'valuation.platform.update',
    ]);
  });

  it('a disabled agency is not drawn; an added one is', async () => {
    const added = await admin.post('/api/admin/appraisal-agencies', {
      code: 'agency.new',
      name: '新设评估公司',
    });
    expect(added.statusCode, added.body).toBe(201);
    const lists = added.json<Lists>();
    const off = lists.agencies.find((a) => a.code !== 'agency.new')?.code as string;
    expect(
      (await admin.request('PATCH', `/api/admin/appraisal-agencies/${off}`, { active: false })).statusCode,
    ).toBe(200);
    const officer = await platform.as('officer');
    const { assetId } = await seizedHouse(officer);
    const started = await officer.post(`/api/assets/${assetId}/valuations`, {
      method: 'appraisal',
      appraisalRequired: true,
    });
    expect(started.statusCode, started.body).toBe(201);
    const list = started.json<{ draw: { list: string[] } }>().draw.list;
    expect(list).toContain('agency.new');
    expect(list).not.toContain(off);
  });
});
