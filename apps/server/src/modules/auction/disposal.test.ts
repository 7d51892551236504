/** 变卖, 以物抵债, the forfeited deposit's split and the balance matched from a statement line (PGlite, settable clock). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import type { StatementLine } from '../funds/bank';
import { paymentReference } from './payment-rules';
import { failedRounds, planFrom, pricedHouse, setClock, signUp } from './test-helpers';

let platform: TestPlatform;
let officer: Client;
let admin: Client;
const DAY = 86_400_000;
const HOUR = 3_600_000;
const MIN = 60_000;

beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  officer = await platform.as('officer');
  admin = await platform.as('admin');
});
afterAll(() => platform.close());

const now = () => platform.clock.now();
const later = (ms: number) => setClock(platform, new Date(now().getTime() + ms));
const sweep = () => platform.services.auction.sweep();

interface Detail {
  row: { paidAmount: number };
  paidAmount: number;
  timeline: { type: string; data: Record<string, unknown> }[];
  warnings: { ruleId: string; message: { zh: string; en: string } }[];
}
const detail = async (caseId: string) => (await officer.get(`/api/cases/${caseId}`)).json<Detail>();
const account = async (caseId: string) =>
  (await officer.get(`/api/cases/${caseId}/account`)).json<{
    accountNo: string;
    balance: number;
    performed: number;
  }>();

/** A statement line to the case account, applied as the bank's push is (the funds module's set-based path). */
async function bankLine(accountNo: string, amount: number, payerName: string, reference?: string) {
  const line: StatementLine = {
    lineId: `L${Math.random().toString(36).slice(2)}`,
    seq: 1,
    accountNo,
    amount,
    kind: 'deposit',
    payerName,
    ...(reference ? { reference } : {}),
    transferId: `T${Math.random().toString(36).slice(2)}`,
    at: now().toISOString(),
  };
  return platform.database.transaction((tx) => platform.services.funds.applyLines(tx, 'ICBC', [line]));
}

describe('变卖 after a failed second auction', () => {
  it('warns, refuses a late announcement, runs on the court’s periods, opens 24 h on the first bid, extends, sells', async () => {
    setClock(platform, new Date());
    const { caseId, assetId } = await pricedHouse(officer);
    expect(
      (
        await officer.post(`/api/assets/${assetId}/sales`, { announcedAt: now().toISOString(), increment: 1 })
      ).json().violations[0].ruleId,
    ).toBe('auction.sale'); // no failed second auction yet
    await failedRounds(platform, officer, assetId);
    const failedAt = now();
    const warned = (await detail(caseId)).warnings.find((w) => w.ruleId === 'auction.sale_periods');
    expect(warned?.message.zh).toContain('前发布变卖公告或以物抵债（15日）');
    // The court's own periods: 30 days open, 10-minute extensions.
    for (const [name, value] of [
      ['openDays', 30],
      ['extensionMinutes', 10],
    ] as const) {
      const changed = await admin.put(`/api/admin/rules/auction.sale_periods/parameters/${name}`, { value });
      expect(changed.statusCode, changed.body).toBe(200);
    }
    const late = await officer.post(`/api/assets/${assetId}/sales`, {
      announcedAt: new Date(failedAt.getTime() + 16 * DAY).toISOString(),
      increment: 5_000_00,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().violations[0]).toMatchObject({ ruleId: 'auction.sale' });
    const created = await officer.post(`/api/assets/${assetId}/sales`, {
      announcedAt: new Date(failedAt.getTime() + HOUR).toISOString(),
      increment: 5_000_00,
    });
    expect(created.statusCode, created.body).toBe(201);
    const sale = created.json();
    expect(sale).toMatchObject({
      mode: 'fixed_price_sale',
      round: 3,
      startPrice: 560_000_00,
      deposit: 560_000_00,
    });
    expect(new Date(sale.endsAt).getTime() - new Date(sale.announcedAt).getTime()).toBe(30 * DAY);
    expect(sale.saleTuning).toMatchObject({ openDays: 30, extensionMinutes: 10, biddingHours: 24 });
    expect((await detail(caseId)).warnings.some((w) => w.ruleId === 'auction.sale_periods')).toBe(false);
    expect(
      (await officer.post(`/api/assets/${assetId}/sales`, { announcedAt: sale.announcedAt, increment: 1 }))
        .statusCode,
    ).toBe(409);

    // Announced an hour after the failure: public from then. Qualifying: the full price held in the ledger.
    expect((await platform.anonymous.get(`/api/public/auctions/${sale.id}`)).statusCode).toBe(404);
    later(2 * HOUR);
    // The public page explains the sale's own periods: they come with its public view.
    expect((await platform.anonymous.get(`/api/public/auctions/${sale.id}`)).json()).toMatchObject({
      mode: 'fixed_price_sale',
      saleTuning: { biddingHours: 24, extensionMinutes: 10 },
    });
    const alice = await signUp(platform);
    const bob = await signUp(platform);
    const registered = await alice.post(`/api/auctions/${sale.id}/bidders`, { declaresNoConflict: true });
    expect(registered.json()).toMatchObject({ depositDue: 560_000_00, depositState: 'held' });
    await bob.post(`/api/auctions/${sale.id}/bidders`, { declaresNoConflict: true });

    // Ten days in, the first bid at the price opens 24 hours of bidding.
    later(10 * DAY);
    const low = await alice.post(`/api/auctions/${sale.id}/bids`, { amount: 559_000_00 });
    expect(low.json().violations[0].ruleId).toBe('auction.bid_minimum');
    const first = await alice.post(`/api/auctions/${sale.id}/bids`, { amount: 560_000_00 });
    expect(first.statusCode, first.body).toBe(201);
    expect(new Date(first.json().endsAt).getTime() - new Date(first.json().at).getTime()).toBe(24 * HOUR);
    expect(first.json().extended).toBe(true);

    // 8 minutes before that end (inside the court's 10 minutes): the end moves to 10 minutes after.
    setClock(platform, new Date(new Date(first.json().endsAt).getTime() - 8 * MIN));
    const second = await bob.post(`/api/auctions/${sale.id}/bids`, { amount: 565_000_00 });
    expect(second.statusCode, second.body).toBe(201);
    expect(new Date(second.json().endsAt).getTime() - new Date(second.json().at).getTime()).toBe(10 * MIN);

    // The clock passes the extended end: the sweep sells to the last bid.
    later(9 * MIN);
    expect(await sweep()).toBe(0);
    later(2 * MIN);
    expect(await sweep()).toBe(1);
    const shown = (await platform.anonymous.get(`/api/public/auctions/${sale.id}`)).json();
    expect(shown).toMatchObject({ status: 'sold', finalPrice: 565_000_00 });
  });

  it('is refused when it would close more than 6 months after its rounds’ reference price expired', async () => {
    setClock(platform, new Date());
    const pricedAt = now();
    const { assetId } = await pricedHouse(officer);
    // The rounds start late in the price's year (valid 1 year, RefPrice 27) and fail 389 days after it.
    setClock(platform, new Date(pricedAt.getTime() + 340 * DAY));
    await failedRounds(platform, officer, assetId);
    const openFor = async (value: number) => {
      const changed = await admin.put('/api/admin/rules/auction.sale_periods/parameters/openDays', { value });
      expect(changed.statusCode, changed.body).toBe(200);
    };
    const sell = () =>
      officer.post(`/api/assets/${assetId}/sales`, { announcedAt: now().toISOString(), increment: 5_000_00 });
    // Open 180 days, it would close about 569 days after the price was set: past the year and 6 months.
    await openFor(180);
    const refused = await sell();
    expect(refused.statusCode).toBe(409);
    expect(refused.json().violations).toEqual([
      expect.objectContaining({ ruleId: 'valuation.sale_close', clause: expect.stringContaining('27') }),
    ]);
    // Open the court's 30 days (as set above), it closes in time.
    await openFor(30);
    expect((await sell()).statusCode).toBe(201);
  });

  it('a sale without a bid leaves 以物抵债 or release', async () => {
    setClock(platform, new Date());
    const { caseId, assetId } = await pricedHouse(officer);
    await failedRounds(platform, officer, assetId);
    const sale = (
      await officer.post(`/api/assets/${assetId}/sales`, {
        announcedAt: now().toISOString(),
        increment: 5_000_00,
      })
    ).json();
    setClock(platform, new Date(new Date(sale.endsAt).getTime() + 1));
    await sweep();
    const unsold = (await detail(caseId)).timeline.filter((e) => e.type === 'auction.unsold').at(-1);
    expect(unsold?.data).toMatchObject({ auctionId: sale.id, next: 'in_kind_or_release' });
  });
});

describe('以物抵债', () => {
  it('the applicant takes the asset at the failed round’s price: claim settled, difference paid, ruling issued', async () => {
    setClock(platform, new Date());
    const { caseId, assetId } = await pricedHouse(officer);
    const { first } = await failedRounds(platform, officer, assetId, 1);
    const parties = (await officer.get(`/api/cases/${caseId}`)).json<{
      applicants: { id: string }[];
      debtors: { id: string }[];
    }>();
    const applicant = parties.applicants[0]?.id as string;
    const path = `/api/assets/${assetId}/auctions/${first}/in-kind`;
    // The claim (¥300,000) is below the price (¥700,000): without paying the difference, refused.
    const refused = await officer.request(
      'POST',
      path,
      { partyId: applicant },
      { 'accept-language': 'zh-CN' },
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json().violations[0]).toMatchObject({
      ruleId: 'auction.in_kind',
      clause: '拍卖变卖规定第16条',
    });
    expect(refused.json().violations[0].message).toContain('¥400,000.00');
    // Not a party: 404, and 400 for no uuid.
    const unknown = await officer.post(path, { partyId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.statusCode).toBe(404);
    expect((await officer.post(path, { partyId: 'x' })).json().errors[0].path).toBe('partyId');
    // The debtor is no creditor.
    const debtor = await officer.post(path, { partyId: parties.debtors[0]?.id, paysDifference: true });
    expect(debtor.json().violations[0].message).toContain('承受人须为本案申请执行人');
    const before = await account(caseId);
    const taken = await officer.post(path, { partyId: applicant, paysDifference: true });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json()).toMatchObject({ price: 700_000_00, settled: 300_000_00, difference: 400_000_00 });
    // 已履行 agrees: the claim counted performed through the ledger (in and out of the in-kind book).
    const after = await account(caseId);
    expect(after.performed - before.performed).toBe(300_000_00);
    expect((await detail(caseId)).paidAmount).toBe(300_000_00);
    expect(after.balance - before.balance).toBe(400_000_00); // the difference; the in-kind pair nets to 0
    const row = await detail(caseId);
    expect(row.timeline.some((e) => e.type === 'auction.taken_in_kind')).toBe(true);
    const dossier = (await officer.get(`/api/cases/${caseId}/documents`)).json().items as {
      id: string;
      kind: string;
    }[];
    expect(dossier.find((d) => d.id === taken.json().rulingDocumentId)?.kind).toBe('in_kind_ruling');
    // Taken: nothing more for this asset.
    expect((await officer.post(path, { partyId: applicant, paysDifference: true })).statusCode).toBe(409);
    expect((await officer.post(`/api/assets/${assetId}/auctions`, planFrom(now()))).statusCode).toBe(409);
    const listed = (await officer.get(`/api/assets/${assetId}/auctions`)).json();
    expect(listed.items[0]).toMatchObject({ state: 'taken', inKind: { settled: 300_000_00 } });
  });

  it('another case’s applicant against the same debtor may take it; a prior seizure refuses', async () => {
    setClock(platform, new Date());
    const { assetId } = await pricedHouse(officer, 1_000_000_00, { claimAmount: 900_000_00 });
    const { first } = await failedRounds(platform, officer, assetId, 1);
    const other = (await officer.post('/api/cases', filing({ claimAmount: 800_000_00 }))).json();
    const otherApplicant = (await officer.get(`/api/cases/${other.id}`)).json().applicants[0].id as string;
    const path = `/api/assets/${assetId}/auctions/${first}/in-kind`;
    await platform.database.sql.executeSql('update assets set position = 2 where id = $1', [assetId]);
    const prior = await officer.post(path, { partyId: otherApplicant });
    expect(prior.json().violations[0].message).toContain('顺位在先的查封');
    await platform.database.sql.executeSql('update assets set position = 1 where id = $1', [assetId]);
    const taken = await officer.post(path, { partyId: otherApplicant });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json()).toMatchObject({ takerCaseId: other.id, settled: 700_000_00, difference: 0 });
    expect((await account(other.id)).performed).toBe(700_000_00);
  });
});

describe('以物抵债 after the asset moved on', () => {
  it('a failed round’s price no longer stands once the next round is set up', async () => {
    setClock(platform, new Date());
    const { caseId, assetId } = await pricedHouse(officer);
    const { first } = await failedRounds(platform, officer, assetId, 1);
    const start = now();
    const next = await officer.post(
      `/api/assets/${assetId}/auctions`,
      planFrom(start, {
        round: 2,
        startPrice: 560_000_00,
        deposit: 56_000_00,
        startsAt: new Date(start.getTime() + 16 * DAY).toISOString(),
        endsAt: new Date(start.getTime() + 17 * DAY).toISOString(),
      }),
    );
    expect(next.statusCode, next.body).toBe(201);
    const applicant = (await officer.get(`/api/cases/${caseId}`)).json().applicants[0].id;
    const refused = await officer.post(`/api/assets/${assetId}/auctions/${first}/in-kind`, {
      partyId: applicant,
      paysDifference: true,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().violations[0].message).toContain('已进入下一轮处置');
  });
});

describe('the winner who does not pay, and the next buyer who pays by bank transfer', () => {
  it('costs paid at the default, the reserve covers the shortfall then the debt; the balance matched by reference', async () => {
    setClock(platform, new Date());
    const { caseId, assetId } = await pricedHouse(officer);
    const plan = planFrom(now());
    const { id } = (await officer.post(`/api/assets/${assetId}/auctions`, plan)).json();
    const defaulter = await signUp(platform);
    const buyer = await signUp(platform, { name: '孙七' });
    await defaulter.post(`/api/auctions/${id}/bidders`, { declaresNoConflict: true });
    setClock(platform, new Date(new Date(plan.startsAt).getTime() + HOUR));
    await defaulter.post(`/api/auctions/${id}/bids`, { amount: 702_000_00 });
    setClock(platform, new Date(new Date(plan.endsAt).getTime() + 1));
    await sweep();
    later(11 * DAY);
    const defaulted = await officer.post(`/api/assets/${assetId}/auctions/${id}/default`, {
      costs: 3_000_00,
    });
    expect(defaulted.json()).toEqual({ forfeited: 70_000_00, costs: 3_000_00, reserved: 67_000_00 });

    // Relisted; sold for ¥700,000: ¥2,000 less than the defaulted price.
    const relist = planFrom(now());
    const again = (await officer.post(`/api/assets/${assetId}/auctions`, relist)).json();
    await buyer.post(`/api/auctions/${again.id}/bidders`, { declaresNoConflict: true });
    setClock(platform, new Date(new Date(relist.startsAt).getTime() + HOUR));
    await buyer.post(`/api/auctions/${again.id}/bids`, { amount: 700_000_00 });
    setClock(platform, new Date(new Date(relist.endsAt).getTime() + 1));
    await sweep();
    const sold = (await officer.get(`/api/assets/${assetId}/auctions`))
      .json()
      .items.find((a: { id: string }) => a.id === again.id);
    expect(sold.paymentReference).toBe(paymentReference(again.id));

    const { accountNo, performed } = await account(caseId);
    // A line by the buyer's name but another amount is left to the officer; the right reference matches.
    await bankLine(accountNo, 100_00, '孙七');
    expect((await officer.get(`/api/assets/${assetId}/auctions`)).json().items.at(-1).state).toBe('sold');
    await bankLine(accountNo, 630_000_00, '孙七', `尾款 ${sold.paymentReference}`);
    const listed = (await officer.get(`/api/assets/${assetId}/auctions`)).json().items;
    const paid = listed.find((a: { id: string }) => a.id === again.id);
    expect(paid.state).toBe('paid');
    const nodes = (await officer.get(`/api/assets/${assetId}/auctions/${again.id}/handover`)).json().items;
    expect(nodes.map((n: { node: string }) => n.node)).toContain('ruling_served');
    // The forfeit's reserve (¥67,000): shortfall ¥2,000, then this case's debt — ¥300,000 claim, already
    // covered by the sale's money (¥630,000 line + ¥70,000 deposit + ¥100 line) — so nothing more; rest stays.
    const forfeit = listed.find((a: { id: string }) => a.id === id).forfeit;
    expect(forfeit.split).toEqual([
      { head: 'shortfall', amount: 2_000_00 },
      { head: 'remainder', amount: 65_000_00 },
    ]);
    const after = await account(caseId);
    expect(after.performed - performed).toBe(630_000_00 + 70_000_00 + 2_000_00 + 100_00);
  });
});
