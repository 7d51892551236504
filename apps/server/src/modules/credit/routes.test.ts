import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing, idNumber } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';

let platform: TestPlatform;
let officer: Client;
let head: Client;
beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  await (await platform.as('admin')).post('/api/admin/clock', { now: '2025-09-26T09:00:00+08:00' });
  officer = await platform.as('officer');
  head = await platform.as('head');
});
afterAll(() => platform.close());

const person = (birth: string, name = '赵某') => ({
  kind: 'person',
  name,
  idNumber: idNumber(birth, '013'),
  address: '北京市朝阳区某路2号',
});

interface Credit {
  restrictions: {
    id: string;
    status: string;
    debtorId: string;
    boundPersons: { idNumber: string }[];
    endedOn: string | null;
  }[];
  listings: {
    id: string;
    status: string;
    ground: number;
    effectiveOn: string;
    endsOn: string | null;
    endedOn: string | null;
    endReason: string | null;
  }[];
  corrections: { id: string; decidedOn: string | null; accepted: boolean | null }[];
  abilities: string[];
}

async function fileCase(debtors?: unknown[]) {
  const { id } = (await officer.post('/api/cases', filing(debtors ? { debtors } : {}))).json<{
    id: string;
  }>();
  const detail = (await officer.get(`/api/cases/${id}`)).json<{ debtors: { id: string }[] }>();
  return { caseId: id, debtorId: detail.debtors[0]?.id as string };
}
const credit = async (caseId: string) => (await officer.get(`/api/cases/${caseId}/credit`)).json<Credit>();

describe('restrictions and listings', () => {
  it('checks 401, 403, 404 and 400 before anything', async () => {
    const { caseId, debtorId } = await fileCase();
    expect(
      (await platform.anonymous.post(`/api/cases/${caseId}/restrictions`, { debtorId })).statusCode,
    ).toBe(401);
    const finance = await platform.as('finance');
    expect((await finance.post(`/api/cases/${caseId}/restrictions`, { debtorId })).statusCode).toBe(403);
    const other = await platform.as('officer2');
    expect((await other.get(`/api/cases/${caseId}/credit`)).statusCode).toBe(404);
    const unknownGround = await officer.post(`/api/cases/${caseId}/dishonest-listings`, {
      debtorId,
      ground: 7,
      facts: '拒不履行',
    });
    expect(unknownGround.statusCode).toBe(400);
    expect(unknownGround.json().errors[0].path).toBe('ground');
    const noFacts = await officer.post(`/api/cases/${caseId}/dishonest-listings`, { debtorId, ground: 1 });
    expect(noFacts.statusCode).toBe(400);
    expect(noFacts.json().errors[0].path).toBe('facts');
    const notDebtor = await officer.post(`/api/cases/${caseId}/restrictions`, { debtorId: caseId });
    expect(notDebtor.statusCode).toBe(400);
    expect((await credit(caseId)).restrictions).toEqual([]);
  });

  it('restricts an entity, binding its legal representative, and refuses a second restriction', async () => {
    const { caseId, debtorId } = await fileCase();
    const created = await officer.post(`/api/cases/${caseId}/restrictions`, { debtorId, exitBan: true });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'in_force', effectiveOn: '2025-09-26', exitBan: true });
    expect(created.json().boundPersons).toEqual([
      { role: 'legal_representative', name: '李四', idNumber: idNumber('19750315', '002') },
    ]);
    expect((await officer.post(`/api/cases/${caseId}/restrictions`, { debtorId })).statusCode).toBe(409);
    const timeline = (await officer.get(`/api/cases/${caseId}`)).json<{ timeline: { type: string }[] }>()
      .timeline;
    expect(timeline.map((e) => e.type)).toContain('restriction.issued');
  });

  it('lists on ground 1 with a restriction, effective on the decision day, with no end', async () => {
    const { caseId, debtorId } = await fileCase();
    const created = await officer.post(`/api/cases/${caseId}/dishonest-listings`, {
      debtorId,
      ground: 1,
      facts: '有履行能力而拒不履行',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      ground: 1,
      status: 'in_force',
      effectiveOn: '2025-09-26',
      endsOn: null,
    });
    const dossier = (await officer.get(`/api/cases/${caseId}/documents`)).json<{
      items: { id: string; title: string }[];
    }>().items;
    expect(dossier.map((d) => d.title).sort()).toEqual(['纳入失信被执行人名单决定书', '限制消费令'].sort());
    expect(dossier.map((d) => d.id)).toContain(created.json().documentId);
    const state = await credit(caseId);
    expect(state.restrictions).toHaveLength(1);
    expect(state.listings).toHaveLength(1);
    expect(
      (await officer.post(`/api/cases/${caseId}/dishonest-listings`, { debtorId, ground: 1, facts: '再次' }))
        .statusCode,
    ).toBe(409);
  });

  it('refuses a minor with credit.minor, as of the decision date', async () => {
    const { caseId, debtorId } = await fileCase([person('20070927')]);
    const refused = await officer.post(`/api/cases/${caseId}/dishonest-listings`, {
      debtorId,
      ground: 2,
      facts: '暴力抗拒执行',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().violations.map((v: { ruleId: string }) => v.ruleId)).toEqual(['credit.minor']);
    expect(refused.json().violations[0].message).toContain('未成年人');
    expect(refused.json().violations[0].clause).toContain('第3条');
    expect((await credit(caseId)).listings).toEqual([]);
    const adult = await fileCase([person('20070926')]);
    const listed = await officer.post(`/api/cases/${adult.caseId}/dishonest-listings`, {
      debtorId: adult.debtorId,
      ground: 2,
      facts: '暴力抗拒执行',
      graceMonths: 1,
      extensionYears: 1,
      extensionReason: '以暴力方法妨碍执行，情节严重',
    });
    expect(listed.statusCode, listed.body).toBe(201);
    expect(listed.json()).toMatchObject({
      status: 'pending',
      effectiveOn: '2025-10-26',
      endsOn: '2028-10-26',
    });
  });

  it('refuses ground 1 with security (credit.ground_one) and without ability (credit.restriction_only)', async () => {
    const { caseId, debtorId } = await fileCase();
    const refused = await officer.post(`/api/cases/${caseId}/dishonest-listings`, {
      debtorId,
      ground: 1,
      facts: '拒不履行',
      adequateSecurity: true,
      ableToPerform: false,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().violations.map((v: { ruleId: string }) => v.ruleId)).toEqual([
      'credit.ground_one',
      'credit.restriction_only',
    ]);
  });

  it('closing as fully performed lifts restrictions and deletes ground-1 listings, not fixed-period ones', async () => {
    const { caseId, debtorId } = await fileCase([person('19800101'), person('19810101', '钱某')]);
    const second = (await officer.get(`/api/cases/${caseId}`)).json<{ debtors: { id: string }[] }>()
      .debtors[1]?.id;
    await officer.post(`/api/cases/${caseId}/dishonest-listings`, { debtorId, ground: 1, facts: '拒不履行' });
    await officer.post(`/api/cases/${caseId}/dishonest-listings`, {
      debtorId: second,
      ground: 4,
      facts: '拒不报告财产',
    });
    await officer.post(`/api/cases/${caseId}/events`, {
      type: 'applicant.confirmed_performance',
      on: '2025-09-26',
    });
    const closed = await officer.post(`/api/cases/${caseId}/close`, {
      method: 'fully_performed',
      reason: '已全部履行',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const state = await credit(caseId);
    expect(state.restrictions.map((r) => r.status)).toEqual(['ended', 'ended']);
    const byGround = Object.fromEntries(state.listings.map((l) => [l.ground, l]));
    expect(byGround[1]).toMatchObject({ status: 'ended', endReason: 'performed' });
    expect(byGround[4]).toMatchObject({ status: 'in_force', endedOn: null });
    const fixed = byGround[4]?.id as string;
    const refused = await officer.post(`/api/cases/${caseId}/dishonest-listings/${fixed}/deletion`, {
      reason: 'performed',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().violations[0].ruleId).toBe('credit.delete');
    const early = await officer.post(`/api/cases/${caseId}/dishonest-listings/${fixed}/deletion`, {
      reason: 'early_decision',
    });
    expect(early.json()).toMatchObject({ status: 'ended', endReason: 'early_decision' });
    const detail = (await officer.get(`/api/cases/${caseId}`)).json<{
      warnings: { ruleId: string }[];
      deadlines: { ruleId: string; status: string }[];
    }>();
    expect(detail.warnings.map((w) => w.ruleId)).not.toContain('credit.performed_not_lifted');
  });

  it('lifts on request within the deadline, and lifts a flight ban temporarily for at most a month', async () => {
    const { caseId, debtorId } = await fileCase();
    const id = (await officer.post(`/api/cases/${caseId}/restrictions`, { debtorId })).json<{ id: string }>()
      .id;
    const body = {
      from: '2025-10-01',
      until: '2025-11-02',
      items: ['flights'],
      reason: 'illness',
      presidentApproved: true,
    };
    expect(
      (await officer.post(`/api/cases/${caseId}/restrictions/${id}/temporary-lifts`, body)).statusCode,
    ).toBe(403);
    const tooLong = await head.post(`/api/cases/${caseId}/restrictions/${id}/temporary-lifts`, body);
    expect(tooLong.statusCode).toBe(409);
    expect(tooLong.json().violations[0].ruleId).toBe('credit.temporary_lift');
    const ok = await head.post(`/api/cases/${caseId}/restrictions/${id}/temporary-lifts`, {
      ...body,
      until: '2025-11-01',
    });
    expect(ok.json().temporaryLifts).toHaveLength(1);
    const requested = await officer.post(`/api/cases/${caseId}/restrictions/${id}/lift`, {
      reason: 'security',
      now: false,
    });
    expect(requested.json().status).toBe('in_force');
    const deadlines = (await officer.get(`/api/cases/${caseId}`)).json<{
      deadlines: { ruleId: string; key: string; dueOn: string; status: string }[];
    }>().deadlines;
    expect(deadlines.find((d) => d.ruleId === 'credit.lift_restriction')).toMatchObject({
      key: id,
      dueOn: '2025-09-30',
      status: 'open',
    });
    const lifted = await officer.post(`/api/cases/${caseId}/restrictions/${id}/lift`, { reason: 'security' });
    expect(lifted.json()).toMatchObject({ status: 'ended', endReason: 'security' });
    expect(
      (await officer.post(`/api/cases/${caseId}/restrictions/${id}/lift`, { reason: 'security' })).statusCode,
    ).toBe(409);
  });

  it('decides a correction within 15 days: a justified one revokes the listing', async () => {
    const { caseId, debtorId } = await fileCase();
    const listing = (
      await officer.post(`/api/cases/${caseId}/dishonest-listings`, {
        debtorId,
        ground: 3,
        facts: '转移财产',
      })
    ).json<{ id: string }>();
    const correction = await officer.post(
      `/api/cases/${caseId}/dishonest-listings/${listing.id}/corrections`,
      {
        kind: 'wrongly_listed',
        reason: '财产转移发生在判决前',
      },
    );
    expect(correction.statusCode).toBe(201);
    const deadlines = (await officer.get(`/api/cases/${caseId}`)).json<{
      deadlines: { ruleId: string; dueOn: string }[];
    }>().deadlines;
    expect(deadlines.find((d) => d.ruleId === 'credit.correction')?.dueOn).toBe('2025-10-11');
    const decided = await officer.post(
      `/api/cases/${caseId}/credit-corrections/${correction.json().id}/decision`,
      { accept: true, note: '理由成立' },
    );
    expect(decided.json()).toMatchObject({ accepted: true, decidedOn: '2025-09-26' });
    expect((await credit(caseId)).listings[0]).toMatchObject({
      status: 'ended',
      endReason: 'wrongly_listed',
    });
  });
});

describe('public search', () => {
  it('publishes listings in force by exact name, identity numbers masked, nothing more', async () => {
    const number = idNumber('19800101', '013');
    const masked = `${number.slice(0, 10)}****${number.slice(14)}`;
    expect(masked).toMatch(/^1101051980\*{4}013.$/);
    const { caseId, debtorId } = await fileCase([{ ...person('19800101'), name: '公开查询测试人' }]);
    expect((await platform.anonymous.get('/api/public/dishonest?name=公开查询测试人')).json().items).toEqual(
      [],
    );
    await officer.post(`/api/cases/${caseId}/dishonest-listings`, {
      debtorId,
      ground: 1,
      facts: '有履行能力而拒不履行',
    });
    const found = await platform.anonymous.get(
      `/api/public/dishonest?name=${encodeURIComponent('公开查询测试人')}`,
    );
    expect(found.statusCode).toBe(200);
    const [item] = found.json().items;
    expect(item).toMatchObject({
      name: '公开查询测试人',
      sex: '男',
      age: 45,
      idNumber: masked,
      performance: '全部未履行',
      conduct: '有履行能力而拒不履行生效法律文书确定义务',
    });
    expect(found.body).not.toContain(number);
    expect(found.body).not.toContain('facts');
    const byNumber = await platform.anonymous.get(
      `/api/public/dishonest?name=${encodeURIComponent('公开查询测试人')}&idNumber=${idNumber('19800101', '014')}`,
    );
    expect(byNumber.json().items).toEqual([]);
    const restricted = await platform.anonymous.get(
      `/api/public/restricted?name=${encodeURIComponent('公开查询测试人')}`,
    );
    expect(restricted.json().items[0].idNumber).toBe(masked);
    expect((await platform.anonymous.get('/api/public/dishonest')).statusCode).toBe(400);
  });
});

describe('Idempotency-Key on the create routes', () => {
  it('answers a retried restriction and listing with the first result, once, and refuses a reused key', async () => {
    const { caseId, debtorId } = await fileCase([person('19800101', '钱某')]);
    const key = { 'idempotency-key': 'restrict-key-0001' };
    const first = await officer.request('POST', `/api/cases/${caseId}/restrictions`, { debtorId }, key);
    expect(first.statusCode).toBe(201);
    const again = await officer.request('POST', `/api/cases/${caseId}/restrictions`, { debtorId }, key);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    // Without the key the same body is a second restriction: refused as such.
    expect((await officer.post(`/api/cases/${caseId}/restrictions`, { debtorId })).statusCode).toBe(409);
    const reused = await officer.request(
      'POST',
      `/api/cases/${caseId}/restrictions`,
      { debtorId, exitBan: true },
      key,
    );
    expect(reused.statusCode).toBe(409);
    expect(reused.body).toContain('Idempotency-Key');

    const listing = { debtorId, ground: 4, facts: '未如实报告财产' };
    const listKey = { 'idempotency-key': 'listing-key-0001' };
    const listed = await officer.request('POST', `/api/cases/${caseId}/dishonest-listings`, listing, listKey);
    expect(listed.statusCode).toBe(201);
    const relisted = await officer.request(
      'POST',
      `/api/cases/${caseId}/dishonest-listings`,
      listing,
      listKey,
    );
    expect(relisted.statusCode).toBe(201);
    expect(relisted.headers['idempotent-replayed']).toBe('true');
    expect(relisted.json()).toMatchObject({ id: listed.json().id, ground: 4, endsOn: listed.json().endsOn });
    const after = await credit(caseId);
    expect(after.listings).toHaveLength(1);
    expect(after.restrictions).toHaveLength(1);
    const bad = await officer.request(
      'POST',
      `/api/cases/${caseId}/restrictions`,
      { debtorId },
      { 'idempotency-key': 'x' },
    );
    expect(bad.statusCode).toBe(400);
  });
});
