/**
 * 参与分配 through HTTP on PGlite (settable clock): joining with titles, the plan served as a document,
 * objections, oppositions and suits in their 15-day periods, the disputed money lodged, the
 * undisputed shares paid through the payouts, and the plan revised when unopposed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';

interface Claim {
  id: string;
  creditor: string;
  payable: number;
  proposed: number;
  amount: number;
}
interface View {
  id: string;
  state: string;
  documentId: string | null;
  objectionDueOn: string | null;
  lodged: number;
  disputed: number;
  claims: Claim[];
  plan: {
    amount: number;
    amountUpper: string;
    surplus: number;
    allocations: { id: string; creditor: string; allocated: number; allocatedUpper: string }[];
  } | null;
  objections: { id: string; state: string; oppositionDueOn: string | null; suitDueOn: string | null }[];
}

const PAYEE = (name: string, no: string) => ({ accountNo: no, accountName: name });
const TITLE = (no: string) => ({
  documentNumber: `（2025）京0105民初${no}号民事判决书`,
  issuingCourt: '北京市朝阳区人民法院',
});
const DEBTOR = '北京某某贸易有限公司';

let platform: TestPlatform;
let officer: Client;
let finance: Client;
let admin: Client;

const ruleIds = (response: { json: () => { violations?: { ruleId: string }[] } }) =>
  (response.json().violations ?? []).map((v) => v.ruleId);

async function newCase(money: number) {
  const id = (await officer.post('/api/cases', filing())).json<{ id: string }>().id;
  const today = platform.services.funds.today();
  const paid = await finance.post(`/api/cases/${id}/cash`, {
    amount: money,
    payerName: DEBTOR,
    method: 'counter',
    collectedOn: today,
    handedOverOn: today,
  });
  expect(paid.statusCode).toBe(201);
  return id;
}

const view = async (caseId: string) =>
  (await officer.get(`/api/cases/${caseId}/distribution`)).json<{ distribution: View }>().distribution;

async function later(days: number) {
  const now = new Date(platform.clock.now().getTime() + days * 86_400_000).toISOString();
  expect((await admin.post('/api/admin/clock', { now })).statusCode).toBe(200);
}

/** Opens a distribution and joins a fee, a mortgage and three ordinary creditors (甲 6,000, 乙 3,000, 丙 1,000 yuan). */
async function joined(caseId: string) {
  const id = (await officer.post(`/api/cases/${caseId}/distribution`, { debtorKind: 'organisation' })).json<{
    id: string;
  }>().id;
  const join = (body: Record<string, unknown>) => officer.post(`/api/distributions/${id}/claims`, body);
  const ids = [];
  for (const body of [
    { creditor: '本院（执行费用）', group: 'costs', amount: 50_000 },
    {
      creditor: '某银行',
      group: 'priority',
      rank: 1,
      amount: 200_000,
      payee: PAYEE('某银行', '6222000000000000001'),
    },
    {
      creditor: '甲',
      group: 'ordinary',
      amount: 600_000,
      title: TITLE('1'),
      payee: PAYEE('甲', '6222000000000000002'),
    },
    {
      creditor: '乙',
      group: 'ordinary',
      amount: 300_000,
      title: TITLE('2'),
      payee: PAYEE('乙', '6222000000000000003'),
    },
    {
      creditor: '丙',
      group: 'ordinary',
      amount: 100_000,
      title: TITLE('3'),
      payee: PAYEE('丙', '6222000000000000004'),
    },
  ]) {
    const response = await join(body);
    expect(response.statusCode, response.body).toBe(201);
    ids.push(response.json<{ id: string }>().id);
  }
  const [, mortgage, a, b, c] = ids as [string, string, string, string, string];
  return { id, mortgage, a, b, c };
}

beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  officer = await platform.as('officer');
  finance = await platform.as('finance');
  admin = await platform.as('admin');
});
afterAll(() => platform.close());

describe('参与分配 (CPL-Interp 506–510)', () => {
  let caseId: string;
  let ids: Awaited<ReturnType<typeof joined>>;

  it('refuses an enterprise debtor (首封优先) and an ordinary creditor without a title', async () => {
    caseId = await newCase(1_200_000);
    const enterprise = await officer.post(`/api/cases/${caseId}/distribution`, { debtorKind: 'enterprise' });
    expect(enterprise.statusCode).toBe(409);
    expect(ruleIds(enterprise)).toEqual(['funds.distribution_enterprise']);
    expect(enterprise.json().violations[0].clause).toContain('506');
    expect(
      (await finance.post(`/api/cases/${caseId}/distribution`, { debtorKind: 'person' })).statusCode,
    ).toBe(403);
    ids = await joined(caseId);
    expect(
      (await officer.post(`/api/cases/${caseId}/distribution`, { debtorKind: 'person' })).statusCode,
    ).toBe(409);
    const untitled = await officer.post(`/api/distributions/${ids.id}/claims`, {
      creditor: '丁',
      group: 'ordinary',
      amount: 1_000,
      payee: PAYEE('丁', '6222000000000000005'),
    });
    expect(untitled.statusCode).toBe(409);
    expect(ruleIds(untitled)).toEqual(['funds.distribution_join']);
    const unknownDocument = await officer.post(`/api/distributions/${ids.id}/claims`, {
      creditor: '丁',
      group: 'ordinary',
      amount: 1_000,
      titleDocumentId: crypto.randomUUID(),
      payee: PAYEE('丁', '6222000000000000005'),
    });
    expect(unknownDocument.statusCode).toBe(400);
    expect(unknownDocument.json().errors[0].path).toBe('titleDocumentId');
    const noPayee = await officer.post(`/api/distributions/${ids.id}/claims`, {
      creditor: '丁',
      group: 'ordinary',
      amount: 1_000,
      title: TITLE('4'),
    });
    expect(noPayee.statusCode).toBe(400);
  });

  it('draws the plan to the fen, served as a document with amounts in capitals', async () => {
    expect(ruleIds(await officer.post(`/api/distributions/${ids.id}/plan`, { amount: 1_200_001 }))).toEqual([
      'funds.balance',
    ]);
    const drawn = await officer.post(`/api/distributions/${ids.id}/plan`, { amount: 1_000_001 });
    expect(drawn.statusCode, drawn.body).toBe(201);
    const v = await view(caseId);
    expect(v.state).toBe('served');
    expect(v.documentId).toBe(drawn.json().documentId);
    // 10,000.01 yuan: the fee 500, the mortgage 2,000, then 7,500.01 yuan over 6,000 : 3,000 : 1,000 —
    // exact 4,500.006 / 2,250.003 / 750.001 yuan: floors 450,000 / 225,000 / 75,000 fen, the one fen
    // left goes to the largest fractional part (甲's .6).
    expect(v.plan?.allocations.map((a) => [a.creditor, a.allocated])).toEqual([
      ['本院（执行费用）', 50_000],
      ['某银行', 200_000],
      ['甲', 450_001],
      ['乙', 225_000],
      ['丙', 75_000],
    ]);
    expect(v.plan?.surplus).toBe(0);
    expect(v.plan?.amountUpper).toBe('壹万元零壹分');
    expect(v.plan?.allocations[2]?.allocatedUpper).toBe('肆仟伍佰元零壹分');
    const documents = (await officer.get(`/api/cases/${caseId}/documents`)).json<{
      items?: { kind: string }[];
    }>();
    expect(JSON.stringify(documents)).toContain('distribution_plan');
    const deadlines = (await officer.get(`/api/cases/${caseId}`)).json<{
      deadlines: { ruleId: string; dueOn: string }[];
    }>().deadlines;
    expect(deadlines).toContainEqual(
      expect.objectContaining({ ruleId: 'funds.distribution_objection', dueOn: v.objectionDueOn }),
    );
  });

  it('pays nothing inside the objection period', async () => {
    const early = await officer.post(`/api/distributions/${ids.id}/payouts`);
    expect(early.statusCode).toBe(409);
    expect(ruleIds(early)).toEqual(['funds.distribution_period_running']);
  });

  it('takes an objection from a party, opposed and sued: the disputed money lodged', async () => {
    const stranger = await officer.post(`/api/distributions/${ids.id}/objections`, {
      objector: '路人',
      changes: [{ claimId: ids.a, amount: 300_000 }],
      reason: '甲的债权数额有误',
    });
    expect(stranger.statusCode).toBe(400);
    const beyond = await officer.post(`/api/distributions/${ids.id}/objections`, {
      objector: '乙',
      changes: [{ claimId: ids.a, amount: 600_001 }],
      reason: '甲的债权数额有误',
    });
    expect(beyond.statusCode).toBe(400);
    expect(beyond.json().errors[0].path).toBe('changes.0.amount');
    const objected = await officer.post(`/api/distributions/${ids.id}/objections`, {
      objector: '乙',
      changes: [{ claimId: ids.a, amount: 300_000 }],
      reason: '甲的债权已部分清偿，应按3,000元计',
    });
    expect(objected.statusCode, objected.body).toBe(201);
    const objectionId = objected.json<{ id: string }>().id;
    // Out of order: opposed before the others were told.
    expect(
      (await officer.post(`/api/distribution-objections/${objectionId}/oppose`, { by: '甲' })).statusCode,
    ).toBe(409);
    expect((await officer.post(`/api/distribution-objections/${objectionId}/notify`, {})).json().state).toBe(
      'notified',
    );
    expect(
      (await officer.post(`/api/distribution-objections/${objectionId}/oppose`, { by: '乙' })).statusCode,
    ).toBe(400);
    expect(
      (await officer.post(`/api/distribution-objections/${objectionId}/oppose`, { by: '甲' })).json().state,
    ).toBe('opposed');
    const before = (await officer.get(`/api/cases/${caseId}/account`)).json<{ available: number }>()
      .available;
    const sued = await officer.post(`/api/distribution-objections/${objectionId}/suit`, {
      reference: '（2026）京0105民初9号',
    });
    expect(sued.json().state).toBe('suing');
    const v = await view(caseId);
    // Revised: 甲 3,000, 乙 3,000, 丙 1,000 paid in full, 500.01 yuan back to the debtor. Payable now, the
    // least under either plan: 甲 3,000, 乙 2,250, 丙 750; lodged: 10,000.01 − 500 − 2,000 − 6,000 = 1,500.01.
    expect(v.lodged).toBe(150_001);
    expect(v.disputed).toBe(150_001);
    expect(v.claims.map((c) => c.payable)).toEqual([50_000, 200_000, 300_000, 225_000, 75_000]);
    const after = (await officer.get(`/api/cases/${caseId}/account`)).json<{ available: number }>().available;
    // The plan's hold already kept the money: the lodging takes its part of it, nothing more is held.
    expect(after).toBe(before);
    expect(before).toBe(1_200_000 - (1_000_001 - 50_000));
    const deadlines = (await officer.get(`/api/cases/${caseId}`)).json<{
      deadlines: { ruleId: string; key: string; satisfiedOn: string | null }[];
    }>().deadlines;
    expect(deadlines).toContainEqual(
      expect.objectContaining({
        ruleId: 'funds.distribution_suit',
        key: objectionId,
        satisfiedOn: expect.any(String),
      }),
    );
  });

  it('after the period: refuses a late objection and pays the undisputed shares through payouts', async () => {
    await later(20);
    const late = await officer.post(`/api/distributions/${ids.id}/objections`, {
      objector: '丙',
      changes: [{ claimId: ids.b, amount: 0 }],
      reason: '乙无执行依据',
    });
    expect(late.statusCode).toBe(409);
    expect(ruleIds(late)).toEqual(['funds.distribution_objection_in_time']);
    const paid = await officer.post(`/api/distributions/${ids.id}/payouts`);
    expect(paid.statusCode, paid.body).toBe(201);
    expect(paid.json<{ payouts: { amount: number }[] }>().payouts.map((p) => p.amount)).toEqual([
      200_000, 300_000, 225_000, 75_000,
    ]);
    const payouts = (await officer.get(`/api/cases/${caseId}/payouts`)).json<{
      items: { state: string; payee: { accountName: string } }[];
    }>().items;
    expect(payouts.filter((p) => p.state === 'proposed')).toHaveLength(4);
    expect((await officer.post(`/api/distributions/${ids.id}/payouts`)).statusCode).toBe(409);
    const tooLate = await officer.post(`/api/distributions/${ids.id}/claims`, {
      creditor: '丁',
      group: 'ordinary',
      amount: 1_000,
      title: TITLE('4'),
      payee: PAYEE('丁', '6222000000000000005'),
    });
    expect(ruleIds(tooLate)).toEqual(['funds.distribution_join']);
  });

  it('the suit dismissed: the lodging released and the rest paid by the plan as it stood', async () => {
    const objectionId = (await view(caseId)).objections[0]?.id as string;
    expect((await officer.post(`/api/distribution-objections/${objectionId}/dismiss`)).json().state).toBe(
      'dismissed',
    );
    expect((await view(caseId)).lodged).toBe(0);
    const rest = await officer.post(`/api/distributions/${ids.id}/payouts`);
    expect(rest.json<{ payouts: { claimId: string; amount: number }[] }>().payouts).toEqual([
      expect.objectContaining({ claimId: ids.a, amount: 150_001 }),
    ]);
    const v = await view(caseId);
    expect(v.claims.map((c) => c.proposed)).toEqual([0, 200_000, 450_001, 225_000, 75_000]);
    expect((await finance.get('/api/funds/verify')).json()).toMatchObject({ ok: true });
  });
});

describe('an objection nobody opposes, and one whose objector does not sue', () => {
  it('revises the plan as asked after the opposition period, and lets the other lapse', async () => {
    const caseId = await newCase(1_000_001);
    const ids = await joined(caseId);
    await officer.post(`/api/distributions/${ids.id}/plan`, { amount: 1_000_001 });
    const unopposed = (
      await officer.post(`/api/distributions/${ids.id}/objections`, {
        objector: DEBTOR,
        changes: [{ claimId: ids.c, amount: 0 }],
        reason: '丙的债权已清偿',
      })
    ).json<{ id: string }>().id;
    const unsued = (
      await officer.post(`/api/distributions/${ids.id}/objections`, {
        objector: '丙',
        changes: [{ claimId: ids.mortgage, amount: 100_000 }],
        reason: '抵押债权数额有误',
      })
    ).json<{ id: string }>().id;
    for (const id of [unopposed, unsued]) await officer.post(`/api/distribution-objections/${id}/notify`, {});
    await officer.post(`/api/distribution-objections/${unsued}/oppose`, { by: '某银行' });
    const early = await officer.post(`/api/distribution-objections/${unopposed}/revise`);
    expect(ruleIds(early)).toEqual(['funds.distribution_period_running']);
    await later(20);
    const lateOpposition = await officer.post(`/api/distribution-objections/${unopposed}/oppose`, {
      by: '甲',
    });
    expect(ruleIds(lateOpposition)).toEqual(['funds.distribution_opposition_in_time']);
    const lateSuit = await officer.post(`/api/distribution-objections/${unsued}/suit`, {
      reference: '（2026）诉',
    });
    expect(ruleIds(lateSuit)).toEqual(['funds.distribution_suit_in_time']);
    expect((await officer.post(`/api/distribution-objections/${unopposed}/revise`)).json().state).toBe(
      'revised',
    );
    expect((await officer.post(`/api/distribution-objections/${unsued}/lapse`)).json().state).toBe('lapsed');
    const v = await view(caseId);
    // 丙 no longer admitted: 7,500.01 yuan over 甲 6,000 and 乙 3,000 → 5,000.006… / 2,500.003… yuan.
    expect(v.plan?.allocations.map((a) => a.allocated)).toEqual([50_000, 200_000, 500_001, 250_000, 0]);
    expect(v.plan?.allocations.reduce((sum, a) => sum + a.allocated, 0)).toBe(1_000_001);
    expect(v.objections.map((o) => o.state)).toEqual(['revised', 'lapsed']);
    expect(v.disputed).toBe(0);
  });
});

describe('the plan’s money held from drawing until its shares are paid', () => {
  it('refuses an unrelated payout that would leave the shares short, and still pays them', async () => {
    const caseId = await newCase(1_200_000);
    const ids = await joined(caseId);
    const applicant = { accountNo: '6222020200112233445', accountName: '王小明' };
    expect((await officer.post(`/api/distributions/${ids.id}/plan`, { amount: 1_000_001 })).statusCode).toBe(
      201,
    );
    // The shares paid by payouts (all but the costs: 950,001 fen) are held; 249,999 fen stay free.
    const greedy = await officer.post(`/api/cases/${caseId}/payouts`, { amount: 250_000, payee: applicant });
    expect(greedy.statusCode).toBe(409);
    expect(ruleIds(greedy)).toEqual(['funds.balance']);
    const free = await officer.post(`/api/cases/${caseId}/payouts`, { amount: 249_999, payee: applicant });
    expect(free.statusCode, free.body).toBe(201);
    await later(20);
    const paid = await officer.post(`/api/distributions/${ids.id}/payouts`);
    expect(paid.statusCode, paid.body).toBe(201);
    expect(paid.json<{ payouts: { amount: number }[] }>().payouts.reduce((sum, p) => sum + p.amount, 0)).toBe(
      950_001,
    );
    // Every share proposed: the plan's hold is spent, each payout holds its own part.
    const account = async () =>
      (await officer.get(`/api/cases/${caseId}/account`)).json<{
        available: number;
        entries: { kind: string; phase: string }[];
      }>();
    const plan = (await account()).entries.filter((entry) => entry.kind === 'distribution');
    expect(plan.map((entry) => entry.phase).sort()).toEqual(['pending', 'void']);
    expect((await account()).available).toBe(0);
    // A share refused goes back under the plan's hold, not to the free balance; paying again proposes it.
    const [first] = paid.json<{ payouts: { payoutId: string; amount: number }[] }>().payouts;
    const head = await platform.as('head');
    const refused = await head.post(`/api/payouts/${first?.payoutId}/refuse`, { reason: '收款账户有误' });
    expect(refused.statusCode, refused.body).toBe(200);
    expect((await account()).available).toBe(0);
    const again = await officer.post(`/api/distributions/${ids.id}/payouts`);
    expect(again.json<{ payouts: { amount: number }[] }>().payouts.map((p) => p.amount)).toEqual([
      first?.amount,
    ]);
    expect((await account()).available).toBe(0);
    expect((await finance.get('/api/funds/verify')).json()).toMatchObject({ ok: true });
  });

  it('a creditor joining the served plan releases its hold, the redraw holds again, closing voids it', async () => {
    const caseId = await newCase(1_200_000);
    const ids = await joined(caseId);
    await officer.post(`/api/distributions/${ids.id}/plan`, { amount: 1_000_001 });
    const joining = await officer.post(`/api/distributions/${ids.id}/claims`, {
      creditor: '丁',
      group: 'ordinary',
      amount: 100_000,
      title: TITLE('4'),
      payee: PAYEE('丁', '6222000000000000005'),
    });
    expect(joining.statusCode, joining.body).toBe(201);
    const balance = async () =>
      (await officer.get(`/api/cases/${caseId}/account`)).json<{ available: number }>().available;
    expect(await balance()).toBe(1_200_000);
    await officer.post(`/api/distributions/${ids.id}/plan`, { amount: 1_100_000 });
    expect(await balance()).toBe(1_200_000 - (1_100_000 - 50_000));
    // The case closed with the plan outstanding: its hold is voided.
    const closed = await officer.post(`/api/cases/${caseId}/close`, {
      method: 'withdrawn',
      reason: '撤回申请',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await balance()).toBe(1_200_000);
    expect((await finance.get('/api/funds/verify')).json()).toMatchObject({ ok: true });
  });
});

describe('bad input and other courts', () => {
  it('answers 400 naming the field, 403 without the permission, 404 for what is not there — never a 500', async () => {
    const caseId = await newCase(10_000);
    const id = (await officer.post(`/api/cases/${caseId}/distribution`, { debtorKind: 'person' })).json<{
      id: string;
    }>().id;
    const bad = [
      [`/api/cases/${caseId}/distribution`, { debtorKind: 'company' }],
      [
        `/api/distributions/${id}/claims`,
        { creditor: '甲', group: 'ordinary', amount: -5, title: TITLE('9') },
      ],
      [
        `/api/distributions/${id}/claims`,
        { creditor: '甲', group: 'ordinary', amount: 1.5, title: TITLE('9') },
      ],
      [
        `/api/distributions/${id}/claims`,
        { creditor: '', group: 'ordinary', amount: 100, title: TITLE('9') },
      ],
      [`/api/distributions/${id}/claims`, { creditor: '甲', group: 'ordinary', amount: 100, extra: 1 }],
      [`/api/distributions/${id}/plan`, { amount: '100' }],
      [`/api/distributions/${id}/objections`, { objector: '甲', changes: [], reason: '无' }],
      [`/api/distributions/not-a-uuid/plan`, { amount: 1 }],
    ] as const;
    for (const [url, body] of bad) {
      const response = await officer.post(url, body);
      expect(response.statusCode, `${url} ${JSON.stringify(body)}`).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect(
      (await officer.post(`/api/distributions/${crypto.randomUUID()}/plan`, { amount: 1 })).statusCode,
    ).toBe(404);
    expect(
      (await officer.post(`/api/distribution-objections/${crypto.randomUUID()}/notify`, {})).statusCode,
    ).toBe(404);
    expect((await officer.post(`/api/distributions/${id}/plan`, { amount: 1 })).statusCode).toBe(409);
    expect(
      (
        await finance.post(`/api/distributions/${id}/claims`, {
          creditor: '甲',
          group: 'priority',
          amount: 100,
          payee: PAYEE('甲', '6222000000000000002'),
        })
      ).statusCode,
    ).toBe(403);
    expect((await finance.get(`/api/cases/${caseId}/distribution`)).statusCode).toBe(200);
    const elsewhere = await platform.as('officer2');
    expect((await elsewhere.get(`/api/cases/${caseId}/distribution`)).statusCode).toBe(404);
  });
});
