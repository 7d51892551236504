import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { planFrom, pricedHouse, setClock, signUp } from '../auction/test-helpers';
import { debtorWith, enterpriseCode, upload as uploadBy } from './test-helpers';

const upload = (caseId: string, title?: string) => uploadBy(officer, caseId, title);

let platform: TestPlatform;
let officer: Client;
let head: Client;
beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  setClock(platform, new Date('2026-03-02T09:00:00+08:00'));
  officer = await platform.as('officer');
  head = await platform.as('head');
});
afterAll(() => platform.close());

const base = (id: string) => `/api/cases/${id}/bankruptcy-transfer`;
const review = { members: ['张明', '李建国', '王审判员'], agreed: true, opinion: '符合移送条件，同意移送' };
const decision = { bankruptcyCourt: '北京市第一中级人民法院', presidentName: '刘院长' };
const PAYEE = { accountNo: '6222020200112233445', accountName: '王小明' };
const SUSPENDED = {
  ruleId: 'bankruptcy.suspended',
  clause: '《关于执行案件移送破产审查若干问题的指导意见》第8条',
};

/** Consent in writing, the panel agreeing, the head signing: every case of the debtor suspended. */
async function transfer(caseId: string) {
  const consent = await upload(caseId);
  const consented = await officer.post(`${base(caseId)}/consents`, {
    party: 'applicant',
    consented: true,
    documentId: consent,
  });
  expect(consented.statusCode, consented.body).toBe(200);
  expect((await officer.post(`${base(caseId)}/review`, review)).statusCode).toBe(200);
  const decided = await head.post(`${base(caseId)}/decision`, decision);
  expect(decided.statusCode, decided.body).toBe(200);
  return decided.json<{ suspensions: { caseId: string; resumedOn: string | null }[] }>();
}

async function bankBalance(caseId: string): Promise<string> {
  const detail = (await officer.get(`/api/cases/${caseId}`)).json<{ debtors: { id: string }[] }>();
  const created = await officer.post(`/api/cases/${caseId}/assets`, {
    partyId: detail.debtors[0]?.id,
    category: 'bank',
    institution: { code: 'bank.local', name: '北京农商银行朝阳支行' },
    assetRef: `62284800${Math.floor(Math.random() * 1e11)}`,
    description: '活期存款（柜面查询）',
    balance: 500_000,
    evidence: [await upload(caseId, '存款查询回单')],
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json<{ id: string }>().id;
}

function refusedAsSuspended(response: { statusCode: number; json: () => unknown }) {
  expect(response.statusCode).toBe(409);
  const { violations } = response.json() as { violations: { ruleId: string; clause: string }[] };
  expect(violations).toHaveLength(1);
  expect(violations[0]).toMatchObject(SUSPENDED);
}

describe('a suspension for a bankruptcy transfer blocks enforcement (Bankruptcy 8)', () => {
  it('refuses control, deduction, payout, auction set-up and bids; perishables are sold with a reason; resumed after a refusal', async () => {
    const code = enterpriseCode('40000004');
    const debtor = debtorWith(code, '北京中止有限公司');
    const { caseId, assetId: house } = await pricedHouse(officer, 1_000_000_00, debtor);
    // The same debtor in another case, whose auction was set up before the decision, a bidder registered.
    const other = await pricedHouse(officer, 1_000_000_00, debtor);
    const plan = planFrom(platform.clock.now());
    const scheduled = await officer.post(`/api/assets/${other.assetId}/auctions`, plan);
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    const auctionId = scheduled.json<{ id: string }>().id;
    const alice = await signUp(platform, { name: 'Alice' });
    expect(
      (await alice.post(`/api/auctions/${auctionId}/bidders`, { declaresNoConflict: true })).statusCode,
    ).toBe(201);
    const bank = await bankBalance(caseId);

    const decided = await transfer(caseId);
    expect(decided.suspensions.map((s) => s.caseId)).toEqual(expect.arrayContaining([caseId, other.caseId]));

    refusedAsSuspended(await officer.post(`/api/assets/${bank}/control`, { amount: 500_000 }));
    refusedAsSuspended(await officer.post(`/api/assets/${bank}/deduct`, { amount: 100_000 }));
    refusedAsSuspended(await officer.post(`/api/cases/${caseId}/payouts`, { amount: 100, payee: PAYEE }));
    const setUp = await officer.post(`/api/assets/${house}/auctions`, plan);
    refusedAsSuspended(setUp);
    expect(setUp.json<{ violations: { message: string }[] }>().violations[0]?.message).toContain(
      '北京中止有限公司',
    );
    // The exception, claimed with its reason, is recorded on the auction, its node and its audit entry.
    const blank = await officer.post(`/api/assets/${house}/auctions`, { ...plan, perishableReason: ' ' });
    expect(blank.statusCode).toBe(400);
    const reason = '房屋漏水，价值持续贬损，不宜久置';
    const perishable = await officer.post(`/api/assets/${house}/auctions`, {
      ...plan,
      perishableReason: reason,
    });
    expect(perishable.statusCode, perishable.body).toBe(201);
    const timeline = (await officer.get(`/api/cases/${caseId}`)).json<{
      timeline: { type: string; data: Record<string, unknown> }[];
    }>().timeline;
    expect(timeline.find((e) => e.type === 'auction.created')?.data).toMatchObject({
      perishableReason: reason,
    });
    const audit = await platform.database.sql.executeSql(
      `select count(*)::int as n from audit_entries where action = 'auction.create' and case_id = $1`,
      [caseId],
    );
    expect(Number(audit.rows[0]?.n)).toBe(1);
    const stored = await platform.database.sql.executeSql(
      'select perishable_reason from auctions where id = $1',
      [perishable.json<{ id: string }>().id],
    );
    expect(stored.rows[0]?.perishable_reason).toBe(reason);

    // The auction set up before the decision: no bid while suspended.
    setClock(platform, new Date(new Date(plan.startsAt).getTime() + 60_000));
    refusedAsSuspended(await alice.post(`/api/auctions/${auctionId}/bids`, { amount: plan.startPrice }));

    // Not accepted: enforcement resumes; the bid goes through, the control meets only its own guards
    // (the house seized already covers the claim).
    expect((await officer.post(`${base(caseId)}/service`, {})).statusCode).toBe(200);
    const refused = await officer.post(`${base(caseId)}/answer`, { accepted: false });
    expect(refused.statusCode).toBe(200);
    const control = await officer.post(`/api/assets/${bank}/control`, { amount: 500_000 });
    expect(control.json<{ violations: { ruleId: string }[] }>().violations.map((v) => v.ruleId)).toEqual([
      'assets.over_seizure',
    ]);
    expect(
      (await alice.post(`/api/auctions/${auctionId}/bids`, { amount: plan.startPrice })).statusCode,
    ).toBe(201);
  });
});

describe('a dormant (终本) case and a refused review', () => {
  it('transfers a case closed for lack of assets and suspends the debtor’s open cases (Opinion-2021 5)', async () => {
    const code = enterpriseCode('50000005');
    const dormant = (await officer.post('/api/cases', filing(debtorWith(code, '北京终本有限公司')))).json<{
      id: string;
    }>().id;
    const open = (await officer.post('/api/cases', filing(debtorWith(code, '北京终本有限公司')))).json<{
      id: string;
    }>().id;
    // The closing itself (its check and ruling) is the dormant module's, tested there.
    await platform.database.sql.executeSql(
      `update cases set status = 'closed', closing_method = 'dormant', closed_on = '2026-03-02' where id = $1`,
      [dormant],
    );
    const view = (await officer.get(base(dormant))).json<{
      caseOpen: boolean;
      suggestion: { suggested: boolean };
    }>();
    expect(view).toMatchObject({ caseOpen: false, suggestion: { suggested: true } });
    const decided = await transfer(dormant);
    expect(decided.suspensions.map((s) => s.caseId)).toEqual([open]);
    // Another closing is not transferable.
    const ended = (
      await officer.post('/api/cases', filing(debtorWith(enterpriseCode('50000006'), '北京结案有限公司')))
    ).json<{
      id: string;
    }>().id;
    await platform.database.sql.executeSql(
      `update cases set status = 'closed', closing_method = 'performed', closed_on = '2026-03-02' where id = $1`,
      [ended],
    );
    const consent = await upload(ended);
    await officer.post(`${base(ended)}/consents`, {
      party: 'applicant',
      consented: true,
      documentId: consent,
    });
    const refused = await officer.post(`${base(ended)}/review`, review);
    expect(refused.statusCode).toBe(409);
  });

  it('after the panel refused, reviews again on new facts only, then goes on', async () => {
    const id = (
      await officer.post('/api/cases', filing(debtorWith(enterpriseCode('60000007'), '北京再议有限公司')))
    ).json<{ id: string }>().id;
    const consent = await upload(id);
    await officer.post(`${base(id)}/consents`, { party: 'applicant', consented: true, documentId: consent });
    const no = await officer.post(`${base(id)}/review`, {
      ...review,
      agreed: false,
      opinion: '资产尚可清偿',
    });
    expect(no.json().transfer.state).toBe('review_refused');
    const same = await officer.post(`${base(id)}/review`, review);
    expect(same.statusCode).toBe(409);
    expect(same.json().violations).toEqual([
      {
        ruleId: 'bankruptcy.review_again',
        clause: '《关于执行案件移送破产审查若干问题的指导意见》第5条',
        message: '合议庭曾评议不同意移送，再次提请评议须说明新的事实',
      },
    ]);
    // A new answer may come in meanwhile (the debtor now consents too).
    const debtorConsent = await upload(id, '被执行人同意书');
    expect(
      (
        await officer.post(`${base(id)}/consents`, {
          party: 'debtor',
          consented: true,
          documentId: debtorConsent,
        })
      ).statusCode,
    ).toBe(200);
    const newFacts = '查封的厂房经评估价值不足以清偿，另有三起执行案件';
    const again = await officer.post(`${base(id)}/review`, { ...review, newFacts });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().transfer.state).toBe('reviewed');
    const reviewed = (await officer.get(`/api/cases/${id}`))
      .json<{ timeline: { type: string; data: Record<string, unknown> }[] }>()
      .timeline.filter((e) => e.type === 'bankruptcy.reviewed');
    expect(reviewed.map((e) => e.data.agreed)).toEqual([false, true]);
    expect(reviewed[1]?.data).toMatchObject({ newFacts, again: true });
    expect((await head.post(`${base(id)}/decision`, decision)).statusCode).toBe(200);
  });
});
