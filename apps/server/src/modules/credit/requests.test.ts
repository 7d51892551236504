import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing, idNumber } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';

let platform: TestPlatform;
let officer: Client;
let head: Client;
let supervisor: Client;
let admin: Client;
beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  admin = await platform.as('admin');
  await admin.post('/api/admin/clock', { now: '2025-09-26T09:00:00+08:00' });
  officer = await platform.as('officer');
  head = await platform.as('head');
  supervisor = await platform.as('supervisor');
});
afterAll(() => platform.close());

async function fileCase(debtors?: unknown[]) {
  const { id } = (await officer.post('/api/cases', filing(debtors ? { debtors } : {}))).json<{
    id: string;
  }>();
  const detail = (await officer.get(`/api/cases/${id}`)).json<{ debtors: { id: string }[] }>();
  return { caseId: id, debtorId: detail.debtors[0]?.id as string };
}

describe('necessary consumption (Restrict 8, 3)', () => {
  it('records a request, allows it beforehand with the head, and refuses an allowance after the fact', async () => {
    const { caseId, debtorId } = await fileCase();
    const restriction = (await officer.post(`/api/cases/${caseId}/restrictions`, { debtorId })).json<{
      id: string;
    }>();
    const path = `/api/cases/${caseId}/restrictions/${restriction.id}/consumption-requests`;
    const own = {
      basis: 'own_property',
      applicant: '李四',
      applicantRole: 'legal_representative',
      items: ['flights'],
      purpose: '以个人财产购买赴广州就医的机票',
      from: '2025-09-28',
      until: '2025-10-03',
    };
    expect((await (await platform.as('finance')).post(path, own)).statusCode).toBe(403);
    const unbound = await officer.post(path, { ...own, applicantRole: 'actual_controller' });
    expect(unbound.statusCode).toBe(400);
    expect(unbound.json().errors[0].path).toBe('applicantRole');
    expect((await officer.post(path, { ...own, items: ['yachts'] })).statusCode).toBe(400);
    const filed = await officer.post(path, own);
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({ basis: 'own_property', decidedOn: null, allowed: null });
    const decision = `/api/cases/${caseId}/consumption-requests/${filed.json().id}/decision`;
    expect((await officer.post(decision, { allow: true, note: '经核实' })).statusCode).toBe(403);
    const allowed = await head.post(decision, { allow: true, note: '经核实系以个人财产支付' });
    expect(allowed.json()).toMatchObject({ allowed: true, decidedOn: '2025-09-26', decidedBy: '李建国' });
    expect((await head.post(decision, { allow: false, note: '再次' })).statusCode).toBe(409);

    // The debtor itself cannot pay "from own property"; consumption already begun cannot be approved after.
    const wrong = (
      await officer.post(path, { ...own, applicant: '北京某某贸易有限公司', applicantRole: 'debtor' })
    ).json<{ id: string }>();
    const refusedAllow = await head.post(`/api/cases/${caseId}/consumption-requests/${wrong.id}/decision`, {
      allow: true,
      note: '准许',
    });
    expect(refusedAllow.statusCode).toBe(409);
    expect(refusedAllow.json().violations[0]).toMatchObject({ ruleId: 'credit.consumption' });
    const late = (
      await officer.post(path, {
        basis: 'necessary',
        applicant: '北京某某贸易有限公司',
        applicantRole: 'debtor',
        items: ['real_estate'],
        purpose: '经营所需租赁厂房',
        from: '2025-09-25',
        until: '2025-12-31',
      })
    ).json<{ id: string }>();
    const after = await head.post(`/api/cases/${caseId}/consumption-requests/${late.id}/decision`, {
      allow: true,
      note: '准许',
    });
    expect(after.statusCode).toBe(409);
    expect(after.body).toContain('事先');
    const refused = await head.post(`/api/cases/${caseId}/consumption-requests/${late.id}/decision`, {
      allow: false,
      note: '非经营必需',
    });
    expect(refused.json()).toMatchObject({ allowed: false });
    const credit = (await officer.get(`/api/cases/${caseId}/credit`)).json<{
      consumptionRequests: { allowed: boolean | null }[];
    }>();
    expect(credit.consumptionRequests.map((r) => r.allowed)).toEqual([true, null, false]);
    const timeline = (await officer.get(`/api/cases/${caseId}`)).json<{ timeline: { type: string }[] }>()
      .timeline;
    expect(timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining(['restriction.consumption_requested', 'restriction.consumption_decided']),
    );
  });
});

describe('reconsideration (复议, Dishonest 12)', () => {
  async function refusedCorrection(serial: string) {
    const { caseId, debtorId } = await fileCase([
      { kind: 'person', name: `复议人${serial}`, idNumber: idNumber('19800303', serial) },
    ]);
    const listing = (
      await officer.post(`/api/cases/${caseId}/dishonest-listings`, {
        debtorId,
        ground: 1,
        facts: '拒不履行',
      })
    ).json<{ id: string }>();
    const correction = (
      await officer.post(`/api/cases/${caseId}/dishonest-listings/${listing.id}/corrections`, {
        kind: 'wrongly_listed',
        reason: '已提供充分担保',
      })
    ).json<{ id: string }>();
    return { caseId, listingId: listing.id, correctionId: correction.id };
  }

  it('is filed for a refused correction only, decided by the superior court, and a revocation reaches the feed', async () => {
    const { caseId, listingId, correctionId } = await refusedCorrection('031');
    const base = `/api/cases/${caseId}/credit-corrections/${correctionId}`;
    const undecided = await officer.post(`${base}/reconsideration`, { reason: '不服' });
    expect(undecided.statusCode).toBe(409);
    expect(undecided.json().violations[0].ruleId).toBe('credit.reconsideration_filing');
    await officer.post(`${base}/decision`, { accept: false, note: '担保不充分' });
    const filed = await officer.post(`${base}/reconsideration`, { reason: '担保足以清偿，申请复议' });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json().reconsideration).toMatchObject({ requestedOn: '2025-09-26', decidedOn: null });
    expect((await officer.post(`${base}/reconsideration`, { reason: '再次申请' })).statusCode).toBe(409);
    const deadlines = (await officer.get(`/api/cases/${caseId}`)).json<{
      deadlines: { ruleId: string; dueOn: string }[];
    }>().deadlines;
    expect(deadlines.find((d) => d.ruleId === 'credit.reconsideration')?.dueOn).toBe('2025-10-11');

    expect(
      (await head.post(`${base}/reconsideration/decision`, { revoke: true, note: '撤销' })).statusCode,
    ).toBe(403);
    const decided = await supervisor.post(`${base}/reconsideration/decision`, {
      revoke: true,
      note: '复议理由成立，撤销纳入决定',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().reconsideration).toMatchObject({ revoked: true, decidedBy: '赵强' });
    const listings = (await officer.get(`/api/cases/${caseId}/credit`)).json<{
      listings: { id: string; status: string; endReason: string }[];
    }>().listings;
    expect(listings.find((l) => l.id === listingId)).toMatchObject({
      status: 'ended',
      endReason: 'wrongly_listed',
    });
    const feed = await platform.database.sql.executeSql(
      'select change from credit_changes where record_id = $1 order by seq',
      [listingId],
    );
    expect(feed.rows.map((r) => r.change)).toEqual(['listed', 'revoked']);
    const met = (await officer.get(`/api/cases/${caseId}`)).json<{
      deadlines: { ruleId: string; status: string }[];
    }>().deadlines;
    expect(met.find((d) => d.ruleId === 'credit.reconsideration')?.status).toBe('met');
    expect(
      (await supervisor.post(`${base}/reconsideration/decision`, { revoke: false, note: '再次' })).statusCode,
    ).toBe(409);
  });

  it('refuses a reconsideration filed more than 10 days after service, and one upheld leaves the listing', async () => {
    const { caseId, listingId, correctionId } = await refusedCorrection('041');
    const base = `/api/cases/${caseId}/credit-corrections/${correctionId}`;
    await officer.post(`${base}/decision`, { accept: false, note: '理由不成立' });
    const late = await officer.post(`${base}/reconsideration`, { reason: '不服', servedOn: '2025-09-10' });
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('2025-09-20');
    const inTime = await officer.post(`${base}/reconsideration`, { reason: '不服', servedOn: '2025-09-16' });
    expect(inTime.statusCode).toBe(201);
    const upheld = await supervisor.post(`${base}/reconsideration/decision`, { revoke: false, note: '维持' });
    expect(upheld.json().reconsideration).toMatchObject({ revoked: false });
    const listing = (await officer.get(`/api/cases/${caseId}/credit`)).json<{
      listings: { id: string; status: string }[];
    }>().listings[0];
    expect(listing).toMatchObject({ id: listingId, status: 'in_force' });
  });
});

describe('reporting a listed state employee (credit.report, Dishonest 8)', () => {
  it('records the report to the employer with the listing, and refuses a role that does not fit or names no one', async () => {
    const { caseId, debtorId } = await fileCase([
      { kind: 'person', name: '孙公务', idNumber: idNumber('19750505', '051') },
    ]);
    const base = { debtorId, ground: 2, facts: '以伪造证据妨碍执行' };
    const noOne = await officer.post(`/api/cases/${caseId}/dishonest-listings`, {
      ...base,
      publicRole: 'state_employee',
    });
    expect(noOne.statusCode).toBe(409);
    expect(noOne.json().violations[0]).toMatchObject({ ruleId: 'credit.report' });
    expect(noOne.body).toContain('所在单位');
    const misfit = await officer.post(`/api/cases/${caseId}/dishonest-listings`, {
      ...base,
      publicRole: 'state_enterprise',
      reportTo: '某国资委',
    });
    expect(misfit.statusCode).toBe(409);
    expect(
      (await officer.post(`/api/cases/${caseId}/dishonest-listings`, { ...base, publicRole: 'mayor' }))
        .statusCode,
    ).toBe(400);
    const listed = await officer.post(`/api/cases/${caseId}/dishonest-listings`, {
      ...base,
      publicRole: 'state_employee',
      reportTo: '某市某局',
    });
    expect(listed.statusCode, listed.body).toBe(201);
    expect(listed.json()).toMatchObject({
      publicRole: 'state_employee',
      reportTo: '某市某局',
      reportedOn: '2025-09-26',
    });
    const timeline = (await officer.get(`/api/cases/${caseId}`)).json<{
      timeline: { type: string; data: Record<string, unknown> }[];
    }>().timeline;
    expect(timeline.find((e) => e.type === 'listing.reported')?.data).toMatchObject({ reportTo: '某市某局' });

    const plain = await fileCase([{ kind: 'person', name: '孙平民', idNumber: idNumber('19760606', '061') }]);
    const ordinary = await officer.post(`/api/cases/${plain.caseId}/dishonest-listings`, {
      debtorId: plain.debtorId,
      ground: 2,
      facts: '以伪造证据妨碍执行',
      reportTo: '不应记录',
    });
    expect(ordinary.json()).toMatchObject({ publicRole: 'none', reportTo: null, reportedOn: null });
  });
});
