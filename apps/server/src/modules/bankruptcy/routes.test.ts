import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDIT_CODE, filing } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { debtorWith, enterpriseCode, upload } from './test-helpers';

let platform: TestPlatform;
let officer: Client;
let officer2: Client;
let head: Client;
beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  await (await platform.as('admin')).post('/api/admin/clock', { now: '2026-03-02T09:00:00+08:00' });
  officer = await platform.as('officer');
  officer2 = await platform.as('officer2');
  head = await platform.as('head');
});
afterAll(() => platform.close());

async function file(client: Client, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await client.post('/api/cases', filing(overrides));
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string }>().id;
}

async function answered(client: Client, caseId: string) {
  const response = await client.post(`/api/cases/${caseId}/events`, {
    type: 'inquiry.answered',
    on: '2026-03-02',
  });
  expect(response.statusCode).toBe(200);
}

const base = (id: string) => `/api/cases/${id}/bankruptcy-transfer`;
const review = { members: ['张明', '李建国', '王审判员'], agreed: true, opinion: '符合移送条件，同意移送' };

interface Events {
  timeline: { type: string; data: Record<string, unknown> }[];
  status: string;
  closingMethod?: string | null;
}

async function events(client: Client, caseId: string) {
  return (await client.get(`/api/cases/${caseId}`)).json<Events>();
}

describe('transfer to bankruptcy', () => {
  it('needs a session, a role and the case in scope', async () => {
    const id = await file(officer);
    expect((await platform.anonymous.get(base(id))).statusCode).toBe(401);
    expect((await (await platform.as('finance')).get(base(id))).statusCode).toBe(403);
    expect((await officer2.get(base(id))).statusCode).toBe(404);
    expect((await officer.post(`${base(id)}/review`, { ...review, members: ['一人'] })).statusCode).toBe(400);
  });

  it('suggests the transfer for an enterprise debtor once the query found too little', async () => {
    const id = await file(officer);
    expect((await officer.get(base(id))).json().suggestion).toEqual({
      suggested: false,
      debtorId: expect.any(String),
      reasons: [],
    });
    await answered(officer, id);
    const view = (await officer.get(base(id))).json();
    expect(view.suggestion.suggested).toBe(true);
    expect(view.suggestion.reasons[0].zh).toBe('被执行人北京某某贸易有限公司为企业法人');
    expect(view.steps.map((s: { state: string }) => s.state)).toEqual([
      'current',
      'pending',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    const person = await file(officer, {
      debtors: [{ kind: 'person', name: '张三', idNumber: filing().applicants[0]?.idNumber }],
    });
    await answered(officer, person);
    expect((await officer.get(base(person))).json().suggestion.suggested).toBe(false);
  });

  it('without written consent: refused with 409 naming the rule and clause', async () => {
    const id = await file(officer, debtorWith(enterpriseCode('10000001')));
    const refused = await officer.post(`${base(id)}/review`, review);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().violations).toEqual([
      {
        ruleId: 'bankruptcy.consent',
        clause: '《关于执行案件移送破产审查若干问题的指导意见》第2条',
        message: '移送破产审查须有申请执行人或被执行人的书面同意',
      },
    ]);
    // A consent said but not in writing, and a refusal in writing, do not count either.
    expect(
      (await officer.post(`${base(id)}/consents`, { party: 'applicant', consented: true })).statusCode,
    ).toBe(200);
    const document = await upload(officer, id, '被执行人意见');
    expect(
      (
        await officer.post(`${base(id)}/consents`, {
          party: 'debtor',
          consented: false,
          documentId: document,
        })
      ).statusCode,
    ).toBe(200);
    const still = await officer.post(`${base(id)}/review`, review);
    expect(still.statusCode).toBe(409);
    expect(still.json().violations.map((v: { ruleId: string }) => v.ruleId)).toEqual(['bankruptcy.consent']);
    // A debtor that is not an enterprise legal person: the rule says so too.
    const person = await file(officer, {
      debtors: [{ kind: 'person', name: '张三', idNumber: filing().applicants[0]?.idNumber }],
    });
    const both = await officer.post(`${base(person)}/review`, review);
    expect(both.json().violations.map((v: { ruleId: string }) => v.ruleId)).toEqual([
      'bankruptcy.enterprise',
      'bankruptcy.consent',
    ]);
    // A document of another case is not this case's written consent.
    expect(
      (
        await officer.post(`${base(person)}/consents`, {
          party: 'applicant',
          consented: true,
          documentId: document,
        })
      ).statusCode,
    ).toBe(400);
  });

  it('with consent: review, decision with its document, suspension in both courts, accepted, lifted, terminated', async () => {
    const id = await file(officer);
    const elsewhere = await file(officer2); // 京0101: the same debtor (credit code)
    const unrelated = await file(officer, debtorWith(enterpriseCode('20000002'), '北京另一家有限公司'));
    await answered(officer, id);
    // A controlled asset of the case: acceptance lifts it through the assets module's release.
    const detail = (await officer.get(`/api/cases/${id}`)).json<{ debtors: { id: string }[] }>();
    const evidence = await upload(officer, id, '存款查询回单');
    const asset = await officer.post(`/api/cases/${id}/assets`, {
      partyId: detail.debtors[0]?.id,
      category: 'bank',
      institution: { code: 'bank.local', name: '北京农商银行朝阳支行' },
      assetRef: '6228480010001234567',
      description: '活期存款（柜面查询）',
      balance: 1_000_000,
      evidence: [evidence],
    });
    expect(asset.statusCode).toBe(201);
    const assetId = asset.json<{ id: string }>().id;
    expect((await officer.post(`/api/assets/${assetId}/control`, { amount: 1_000_000 })).statusCode).toBe(
      200,
    );

    const consent = await upload(officer, id);
    const consented = await officer.post(`${base(id)}/consents`, {
      party: 'applicant',
      consented: true,
      documentId: consent,
    });
    expect(consented.statusCode).toBe(200);
    expect(consented.json().transfer).toMatchObject({ state: 'consulting', creditCode: CREDIT_CODE });
    const reviewed = await officer.post(`${base(id)}/review`, review);
    expect(reviewed.statusCode).toBe(200);
    expect(reviewed.json().transfer.state).toBe('reviewed');

    // The president's signature is the head's to record; an officer is refused.
    const decision = { bankruptcyCourt: '北京市第一中级人民法院', presidentName: '刘院长' };
    expect((await officer.post(`${base(id)}/decision`, decision)).statusCode).toBe(403);
    const decided = await head.post(`${base(id)}/decision`, decision);
    expect(decided.statusCode).toBe(200);
    const transfer = decided.json().transfer;
    expect(transfer).toMatchObject({
      state: 'decided',
      decidedOn: '2026-03-02',
      bankruptcyCourt: decision.bankruptcyCourt,
    });
    // The decision document is in the dossier, served as a PDF.
    const pdf = await officer.get(`/api/documents/${transfer.decisionDocumentId}`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const docs = (await officer.get(`/api/cases/${id}/documents`)).json<{ items: { kind: string }[] }>();
    expect(docs.items.map((d) => d.kind)).toContain('bankruptcy_transfer_decision');

    // Suspended in both courts (same credit code), not the unrelated case.
    // (Open cases of the earlier tests share the debtor's credit code: they are suspended too.)
    const suspended = decided.json().suspensions.map((s: { caseId: string }) => s.caseId);
    expect(suspended).toEqual(expect.arrayContaining([id, elsewhere]));
    expect(suspended).not.toContain(unrelated);
    const codes = await platform.database.sql.executeSql(
      `select distinct p.credit_code from case_parties p where p.role = 'debtor' and p.case_id = any($1::uuid[])`,
      [suspended],
    );
    expect(codes.rows.map((row) => row.credit_code)).toEqual([CREDIT_CODE]);
    expect(
      decided.json().suspensions.find((s: { caseId: string }) => s.caseId === elsewhere)?.courtName,
    ).toMatch(/东城/);
    const other = await events(officer2, elsewhere);
    const pause = other.timeline.find((e) => e.type === 'pause.started');
    expect(pause?.data).toMatchObject({
      kind: 'suspension',
      cause: 'bankruptcy_transfer',
      transferId: transfer.id,
    });
    expect((await events(officer, unrelated)).timeline.map((e) => e.type)).not.toContain('pause.started');
    // Audited in the other court's chain as well.
    const audit = await platform.database.sql.executeSql(
      `select count(*)::int as n from audit_entries where action = 'case.suspend' and case_id = $1`,
      [elsewhere],
    );
    expect(Number(audit.rows[0]?.n)).toBe(1);

    // Served within 5 days: the deadline is on the case until it is.
    const deadlines = (await officer.get(`/api/cases/${id}`)).json<{
      deadlines: { ruleId: string; dueOn: string; status: string }[];
    }>();
    // 5 days from Monday 2 March end on Saturday the 7th: the period runs to the next working day.
    expect(deadlines.deadlines.find((d) => d.ruleId === 'bankruptcy.serve_decision')).toMatchObject({
      dueOn: '2026-03-09',
      status: 'open',
    });
    expect((await officer.post(`${base(id)}/answer`, { accepted: true })).statusCode).toBe(409);
    expect((await officer.post(`${base(id)}/service`, {})).json().transfer.state).toBe('served');
    const afterService = (await officer.get(`/api/cases/${id}`)).json<{
      deadlines: { ruleId: string; status: string }[];
    }>();
    expect(afterService.deadlines.find((d) => d.ruleId === 'bankruptcy.serve_decision')?.status).toBe('met');

    // Accepted: the control is lifted through the release path; the other court is told.
    const accepted = await officer.post(`${base(id)}/answer`, {
      accepted: true,
      ruling: '（2026）京01破申1号',
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ released: [assetId], releaseFailed: [] });
    const register = (await officer.get(`/api/cases/${id}/assets`)).json<{
      items: { id: string; state: string }[];
    }>();
    expect(register.items.find((a) => a.id === assetId)?.state).toBe('released');
    expect((await events(officer2, elsewhere)).timeline.map((e) => e.type)).toContain('bankruptcy.accepted');

    // Declared bankrupt: this court's case terminated; the other court's case carries the node.
    const declared = await officer.post(`${base(id)}/declaration`, {});
    expect(declared.statusCode).toBe(200);
    // Every suspended case of this court (the earlier tests' too), none of the other court's.
    expect(declared.json().terminated).toContain(id);
    expect(declared.json().terminated).not.toContain(elsewhere);
    expect(declared.json().transfer.state).toBe('declared');
    const closed = await events(officer, id);
    expect(closed.status).toBe('closed');
    expect(closed.timeline.find((e) => e.type === 'case.closed')?.data).toMatchObject({
      method: 'terminated',
      ground: 'other',
    });
    const otherAfter = await events(officer2, elsewhere);
    expect(otherAfter.status).toBe('open');
    expect(otherAfter.timeline.map((e) => e.type)).toContain('bankruptcy.declared');
    expect(declared.json().steps.every((s: { state: string }) => s.state === 'done')).toBe(true);
  });

  it('not accepted: enforcement resumed in every court, materials back within 7 days, not transferred again', async () => {
    const code = enterpriseCode('30000003');
    const id = await file(officer, debtorWith(code, '北京被拒有限公司'));
    const elsewhere = await file(officer2, debtorWith(code, '北京被拒有限公司'));
    const consent = await upload(officer, id);
    await officer.post(`${base(id)}/consents`, { party: 'debtor', consented: true, documentId: consent });
    expect((await officer.post(`${base(id)}/review`, review)).statusCode).toBe(200);
    await head.post(`${base(id)}/decision`, {
      bankruptcyCourt: '北京市第一中级人民法院',
      presidentName: '刘院长',
    });
    await officer.post(`${base(id)}/service`, {});
    const refused = await officer.post(`${base(id)}/answer`, { accepted: false });
    expect(refused.statusCode).toBe(200);
    expect(refused.json().transfer.state).toBe('not_accepted');
    for (const suspension of refused.json().suspensions) expect(suspension.resumedOn).toBe('2026-03-02');
    for (const [client, caseId] of [
      [officer, id],
      [officer2, elsewhere],
    ] as const) {
      const types = (await events(client, caseId)).timeline.map((e) => e.type);
      expect(types.filter((t) => t === 'pause.started')).toHaveLength(1);
      expect(types.filter((t) => t === 'pause.ended')).toHaveLength(1);
      expect(types.lastIndexOf('pause.ended')).toBeGreaterThan(types.lastIndexOf('pause.started'));
    }
    const due = (await officer.get(`/api/cases/${id}`)).json<{
      deadlines: { ruleId: string; dueOn: string; status: string }[];
    }>();
    expect(due.deadlines.find((d) => d.ruleId === 'bankruptcy.return_materials')).toMatchObject({
      dueOn: '2026-03-09',
      status: 'open',
    });
    const returned = await officer.post(`${base(id)}/materials-returned`, {});
    expect(returned.json().transfer.state).toBe('returned');
    const met = (await officer.get(`/api/cases/${id}`)).json<{
      deadlines: { ruleId: string; status: string }[];
    }>();
    expect(met.deadlines.find((d) => d.ruleId === 'bankruptcy.return_materials')?.status).toBe('met');
    // The case is not transferred again.
    const again = await officer.post(`${base(id)}/review`, review);
    expect(again.statusCode).toBe(409);
    expect(again.json().violations.map((v: { ruleId: string }) => v.ruleId)).toEqual(['bankruptcy.once']);
  });
});
