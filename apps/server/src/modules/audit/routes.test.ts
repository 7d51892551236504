import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../../test/factories';
import { createTestPlatform, type TestPlatform } from '../../test/platform';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

async function courtId(code: string): Promise<string> {
  const rows = await platform.database.sql.executeSql('select id from courts where code = $1', [code]);
  return String(rows.rows[0]?.id);
}

describe('audit log', () => {
  it('401 without a session; 403 verify for a head; 400 for a bad limit', async () => {
    expect((await platform.anonymous.get('/api/audit')).statusCode).toBe(401);
    const head = await platform.as('head');
    expect((await head.get('/api/audit/verify')).statusCode).toBe(403);
    expect((await head.get('/api/audit?limit=0')).statusCode).toBe(400);
  });

  it('records every change with its actor, in the same transaction', async () => {
    const admin = await platform.as('admin');
    const count = async () =>
      Number((await platform.database.sql.executeSql('select count(*) as n from audit_entries')).rows[0]?.n);
    const entriesBefore = await count();
    const refused = await admin.post('/api/admin/courts', {
      code: '沪0208',
      name: '错位法院',
      parentId: await courtId('京03'),
    });
    expect(refused.statusCode).toBe(400);
    expect(await count()).toBe(entriesBefore);
    const ok = await admin.post('/api/admin/courts', {
      code: '京0114',
      name: '北京市昌平区人民法院',
      parentId: await courtId('京03'),
    });
    expect(ok.statusCode).toBe(201);
    const { items } = (await admin.get(`/api/audit?subject=court:${ok.json().id}`)).json();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      action: 'court.create',
      actor: { username: 'admin' },
      courtCode: '京0114',
    });
    expect(items[0].hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a court sees its own entries and its subordinates', async () => {
    const head = await platform.as('head'); // 京0105
    const supervisor = await platform.as('supervisor'); // 京03
    const headSees = (await head.get('/api/audit?limit=500')).json().items as { courtCode: string | null }[];
    const supervisorSees = (await supervisor.get('/api/audit?limit=500')).json().items as {
      courtCode: string | null;
    }[];
    expect(new Set(headSees.map((e) => e.courtCode))).toEqual(new Set(['京0105']));
    expect(supervisorSees.map((e) => e.courtCode)).toEqual(
      expect.arrayContaining(['京03', '京0105', '京0113']),
    );
    expect(supervisorSees.some((e) => e.courtCode === '京0101' || e.courtCode === null)).toBe(false);
  });

  it('finds entries removed from the end of a chain behind its back', async () => {
    const admin = await platform.as('admin');
    expect((await admin.get('/api/audit/verify')).json().ok).toBe(true);
    const trigger = (on: boolean) =>
      platform.database.sql.executeSql(
        `alter table audit_entries ${on ? 'enable' : 'disable'} trigger audit_entries_append_only`,
      );
    const { rows } = await platform.database.sql.executeSql(
      'select * from audit_entries order by seq desc limit 1',
    );
    const newest = rows[0] as { seq: number; chain: string; chain_seq: number };
    await trigger(false);
    await platform.database.sql.executeSql('delete from audit_entries where seq = $1', [newest.seq]);
    const cut = (await admin.get('/api/audit/verify')).json();
    expect(cut.ok).toBe(false);
    expect(cut.brokenAt.reason).toBe(
      `chain ${newest.chain} ends at ${newest.chain_seq - 1}, its head at ${newest.chain_seq}`,
    );
    const columns = Object.keys(newest);
    await platform.database.sql.executeSql(
      `insert into audit_entries (${columns.join(', ')}) select * from json_populate_record(null::audit_entries, $1)`,
      [JSON.stringify(newest)],
    );
    await trigger(true);
    expect((await admin.get('/api/audit/verify')).json().ok).toBe(true);
  });

  it('verifies the chain, and finds the entry a superuser altered behind its back', async () => {
    const admin = await platform.as('admin');
    const before = (await admin.get('/api/audit/verify')).json();
    expect(before.ok).toBe(true);
    expect(before.entries).toBeGreaterThan(10);

    await expect(
      platform.database.sql.executeSql("update audit_entries set action = 'x' where seq = 3"),
    ).rejects.toThrow(/append-only/);
    await platform.database.sql.executeSql(
      'alter table audit_entries disable trigger audit_entries_append_only',
    );
    await platform.database.sql.executeSql("update audit_entries set subject = 'court:forged' where seq = 5");
    await platform.database.sql.executeSql(
      'alter table audit_entries enable trigger audit_entries_append_only',
    );

    const after = (await admin.get('/api/audit/verify')).json();
    expect(after.ok).toBe(false);
    expect(after.brokenAt).toEqual({ seq: 5, reason: 'entry altered: its hash does not match its content' });
  });

  it('names people and actions, shows the case number, and filters by actor, action, case and date', async () => {
    const officer = await platform.as('officer');
    const filed = (await officer.post('/api/cases', filing())).json();
    const other = (await officer.post('/api/cases', filing())).json();
    const head = await platform.as('head');
    const get = async (query: string) => {
      const response = await head.get(`/api/audit?limit=500&${query}`);
      expect(response.statusCode, query).toBe(200);
      return response.json().items as {
        action: string;
        actionTitle: { zh: string; en: string };
        actor: { username: string; displayName: string } | null;
        case: { id: string; caseNumber: string } | null;
        at: string;
      }[];
    };

    const byCase = await get(
      `case=${encodeURIComponent(filed.caseNumber.replace('（', '(').replace('）', ')'))}`,
    );
    expect(byCase.length).toBeGreaterThan(0);
    expect(byCase.every((e) => e.case?.id === filed.id)).toBe(true);
    const filedEntry = byCase.find((e) => e.action === 'case.file');
    expect(filedEntry).toMatchObject({
      actionTitle: { zh: '立案', en: 'Case filed' },
      actor: { username: 'officer', displayName: '张明' },
      case: { id: filed.id, caseNumber: filed.caseNumber },
    });
    expect((await get(`case=${other.id}`)).every((e) => e.case?.id === other.id)).toBe(true);

    const byOfficer = await get('actor=张明');
    expect(byOfficer.length).toBeGreaterThanOrEqual(2);
    expect(byOfficer.every((e) => e.actor?.username === 'officer')).toBe(true);
    expect((await get('actor=officer')).length).toBe(byOfficer.length);

    const caseActs = await get('action=case');
    expect(caseActs.length).toBeGreaterThanOrEqual(2);
    expect(caseActs.every((e) => e.action.startsWith('case.'))).toBe(true);
    expect((await get('action=case.file')).every((e) => e.action === 'case.file')).toBe(true);
    expect(await get('action=cas')).toEqual([]);

    const day = new Date(Date.parse(filedEntry?.at ?? '') + 8 * 3_600_000).toISOString().slice(0, 10);
    expect((await get(`case=${filed.id}&from=${day}&to=${day}`)).length).toBe(byCase.length);
    expect(await get(`case=${filed.id}&to=2000-01-01`)).toEqual([]);
    expect(await get('case=（2099）京0105执1号')).toEqual([]);

    for (const query of ['from=2025-13-01', 'from=2025-02-02&to=2025-02-01', 'case=淑国', 'actorx=1']) {
      const refused = await head.get(`/api/audit?${query}`);
      expect(refused.statusCode, query).toBe(400);
      expect(refused.headers['content-type']).toMatch(/problem\+json/);
    }
  });

  it('lists the actions by group, each named in both languages', async () => {
    const { groups } = (await (await platform.as('head')).get('/api/audit/actions')).json();
    const cases = groups.find((g: { group: string }) => g.group === 'case');
    expect(cases.title).toEqual({ zh: '案件', en: 'Cases' });
    expect(cases.actions).toContainEqual({ action: 'case.close', title: { zh: '结案', en: 'Case closed' } });
  });
});
