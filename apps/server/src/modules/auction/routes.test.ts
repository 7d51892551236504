import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumber } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { type PersonClient, planFrom, pricedHouse, setClock, signUp } from './test-helpers';

let platform: TestPlatform;
let officer: Client;
const HOUR = 3_600_000;
const MIN = 60_000;

beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  officer = await platform.as('officer');
});
afterAll(() => platform.close());

/** Puts the platform clock back at real time: each test starts from now. */
const resetClock = () => setClock(platform, new Date());

describe('POST /api/assets/:id/auctions', () => {
  it('401, 400, 403 and 404 before anything else', async () => {
    resetClock();
    const { assetId } = await pricedHouse(officer);
    const plan = planFrom(platform.clock.now());
    expect((await platform.anonymous.post(`/api/assets/${assetId}/auctions`, plan)).statusCode).toBe(401);
    const bad = await officer.post(`/api/assets/${assetId}/auctions`, { ...plan, startPrice: 1.5 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('startPrice');
    expect(
      (await (await platform.as('finance')).post(`/api/assets/${assetId}/auctions`, plan)).statusCode,
    ).toBe(403);
    expect(
      (await (await platform.as('officer2')).post(`/api/assets/${assetId}/auctions`, plan)).statusCode,
    ).toBe(404);
  });

  it('409 names every violated guard with its clause; the check route says the same before submitting', async () => {
    resetClock();
    const { assetId } = await pricedHouse(officer);
    const now = platform.clock.now();
    const plan = planFrom(now, {
      startPrice: 600_000_00,
      deposit: 200_000_00,
      announcedAt: new Date(now.getTime() + 2 * 86_400_000).toISOString(),
      endsAt: new Date(now.getTime() + 31 * 86_400_000 + 3 * HOUR).toISOString(),
    });
    const refused = await officer.request('POST', `/api/assets/${assetId}/auctions`, plan, {
      'accept-language': 'zh-CN',
    });
    expect(refused.statusCode).toBe(409);
    const violations = refused.json().violations as { ruleId: string; clause: string; message: string }[];
    expect(violations.map((v) => v.ruleId)).toEqual([
      'auction.start_price',
      'auction.deposit',
      'auction.duration',
      'auction.announcement',
    ]);
    expect(violations[0]?.clause).toBe('《关于人民法院网络司法拍卖若干问题的规定》第10条');
    expect(violations[0]?.message).toContain('¥700,000.00');
    const checked = await officer.post(`/api/assets/${assetId}/auctions/check`, plan);
    expect(checked.statusCode).toBe(200);
    expect(checked.json()).toMatchObject({ referencePrice: 1_000_000_00, propertyClass: 'property' });
    expect(checked.json().violations.map((v: { ruleId: string }) => v.ruleId)).toHaveLength(4);
  });

  it('creates the auction and records auction.created on the case', async () => {
    resetClock();
    const { caseId, assetId } = await pricedHouse(officer);
    const created = await officer.post(`/api/assets/${assetId}/auctions`, planFrom(platform.clock.now()));
    expect(created.statusCode, created.body).toBe(201);
    const auction = created.json();
    expect(auction).toMatchObject({
      round: 1,
      state: 'scheduled',
      status: 'announced',
      referencePrice: 1_000_000_00,
    });
    const detail = (await officer.get(`/api/cases/${caseId}`)).json();
    const event = detail.timeline.find((e: { type: string }) => e.type === 'auction.created');
    expect(event?.data).toEqual({ assetId, auctionId: auction.id, round: 1 });
    const again = await officer.post(`/api/assets/${assetId}/auctions`, planFrom(platform.clock.now()));
    expect(again.statusCode).toBe(409);
  });
});

describe('public accounts', () => {
  it('refuses a wrong identity number, sends the code through the outbox, signs in by it', async () => {
    const bad = await platform.anonymous.post('/api/people/signup', {
      realName: '张三',
      idNumber: '110105198001010010',
      phone: '13900000001',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('idNumber');
    const up = await platform.anonymous.post('/api/people/signup', {
      realName: '张三',
      idNumber: idNumber('19850505', '011'),
      phone: '13900000002',
    });
    expect(up.statusCode).toBe(202);
    expect(up.json().phone).toBe('139****0002');
    const wrong = await platform.anonymous.post('/api/people/confirm', {
      phone: '13900000002',
      code: '000000',
    });
    // A one in a million chance that 000000 is the code: then 200.
    expect([401, 200]).toContain(wrong.statusCode);
    const admin = await platform.as('admin');
    const outbox = (await admin.get('/api/admin/outbox')).json().items;
    expect(outbox[0]).toMatchObject({ channel: 'sms', recipient: '13900000002', template: 'people.code' });
    expect((await officer.get('/api/admin/outbox')).statusCode).toBe(403);
    const me = await signUp(platform, { name: '李四' });
    const who = await me.get('/api/people/me');
    expect(who.json().person.realName).toBe('李四');
    expect(who.json().person.idNumber).toMatch(/^\d{10}\*{4}\d{3}[\dX]$/);
    // A court user's session is not a public account.
    expect((await officer.get('/api/people/me')).statusCode).toBe(401);
  });
});

describe('bidding', () => {
  let auctionId: string;
  let caseId: string;
  let assetId: string;
  let startsAt: Date;
  let endsAt: Date;
  let alice: PersonClient;
  let bob: PersonClient;
  let priority: PersonClient;

  beforeAll(async () => {
    resetClock();
    ({ caseId, assetId } = await pricedHouse(officer));
    const priorityId = idNumber('19700707', '021');
    const plan = planFrom(platform.clock.now(), {
      priorityPurchasers: [{ name: '承租人', idNumber: priorityId, rank: 1 }],
    });
    const created = await officer.post(`/api/assets/${assetId}/auctions`, plan);
    expect(created.statusCode, created.body).toBe(201);
    auctionId = created.json().id;
    startsAt = new Date(plan.startsAt);
    endsAt = new Date(plan.endsAt);
    alice = await signUp(platform, { name: 'Alice' });
    bob = await signUp(platform, { name: 'Bob' });
    priority = await signUp(platform, { name: '承租人', id: priorityId });
  });

  it('registration holds the deposit in the ledger; the applicant creditor is exempt', async () => {
    expect(
      (await platform.anonymous.post(`/api/auctions/${auctionId}/bidders`, { declaresNoConflict: true }))
        .statusCode,
    ).toBe(401);
    const forged = await platform.app.inject({
      method: 'POST',
      url: `/api/auctions/${auctionId}/bidders`,
      headers: { cookie: alice.cookie, 'x-csrf-token': 'forged' },
      payload: { declaresNoConflict: true },
    });
    expect(forged.statusCode).toBe(403);
    const conflictDeclared = await alice.post(`/api/auctions/${auctionId}/bidders`, {
      declaresNoConflict: false,
    });
    expect(conflictDeclared.statusCode).toBe(409);
    expect(conflictDeclared.json().violations[0].ruleId).toBe('auction.barred');
    const registered = await alice.post(`/api/auctions/${auctionId}/bidders`, { declaresNoConflict: true });
    expect(registered.statusCode, registered.body).toBe(201);
    expect(registered.json()).toMatchObject({ bidder: '0001', depositDue: 70_000_00, depositState: 'held' });
    expect(
      (await alice.post(`/api/auctions/${auctionId}/bidders`, { declaresNoConflict: true })).statusCode,
    ).toBe(200);
    expect(
      (await bob.post(`/api/auctions/${auctionId}/bidders`, { declaresNoConflict: true })).json().bidder,
    ).toBe('0002');
    expect(
      (await priority.post(`/api/auctions/${auctionId}/bidders`, { declaresNoConflict: true })).json(),
    ).toMatchObject({
      bidder: '0003',
      priorityRank: 1,
    });
    const account = (await officer.get(`/api/cases/${caseId}/account`)).json();
    const holds = account.entries.filter(
      (e: { phase: string; kind: string }) => e.phase === 'pending' && e.kind === 'deposit',
    );
    expect(holds).toHaveLength(3);
    expect(account.balance).toBe(0);
    // The applicant (王小明 in the filing) owes less deposit by its claim of ¥300,000: exempt.
    const applicant = await signUp(platform, { name: '王小明', id: idNumber('19800101', '001') });
    expect(
      (await applicant.post(`/api/auctions/${auctionId}/bidders`, { declaresNoConflict: true })).json(),
    ).toMatchObject({
      depositDue: 0,
      depositState: 'exempt',
      applicant: true,
    });
  });

  it('bids: open window, start, increment, priority match, anti-sniping, gap-free seq', async () => {
    const bid = (who: PersonClient, amount: number) =>
      who.post(`/api/auctions/${auctionId}/bids`, { amount });
    const early = await bid(alice, 700_000_00);
    expect(early.statusCode).toBe(409);
    expect(early.json().violations[0].ruleId).toBe('auction.open');
    setClock(platform, new Date(startsAt.getTime() + HOUR));
    expect((await bid(alice, 699_999_99)).json().violations[0].ruleId).toBe('auction.bid_minimum');
    const first = await bid(alice, 700_000_00);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      seq: 1,
      amount: 700_000_00,
      endsAt: endsAt.toISOString(),
      bidder: '0001',
    });
    expect((await bid(bob, 700_500_00)).json().violations[0].ruleId).toBe('auction.increment');
    expect((await bid(bob, 701_000_00)).json()).toMatchObject({ seq: 2 });
    // The priority purchaser matches the current price and leads.
    expect((await bid(priority, 701_000_00)).json()).toMatchObject({ seq: 3, amount: 701_000_00 });
    expect((await bid(bob, 701_000_00)).json().violations[0].ruleId).toBe('auction.increment');
    // Two minutes before the end: the end moves to 5 minutes after the bid.
    const late = new Date(endsAt.getTime() - 2 * MIN);
    setClock(platform, late);
    const sniping = await bid(alice, 702_000_00);
    expect(sniping.json().seq).toBe(4);
    const extended = new Date(sniping.json().endsAt).getTime();
    expect(extended - new Date(sniping.json().at).getTime()).toBe(5 * MIN);
    expect(extended).toBeGreaterThan(endsAt.getTime());
    const view = (await platform.anonymous.get(`/api/public/auctions/${auctionId}`)).json();
    expect(view).toMatchObject({ status: 'bidding', currentPrice: 702_000_00, leader: '0001' });
    expect(view.bids.map((b: { seq: number }) => b.seq)).toEqual([1, 2, 3, 4]);
    expect(view.bids.map((b: { bidder: string }) => b.bidder)).toEqual(['0001', '0002', '0003', '0001']);
    expect(JSON.stringify(view)).not.toContain('Alice');
    // The priority purchaser matches again; nobody bids higher; the clock passes the end.
    expect((await bid(priority, 702_000_00)).statusCode).toBe(201);
    setClock(platform, new Date(extended + 6 * MIN));
    expect((await bid(bob, 800_000_00)).json().violations[0].ruleId).toBe('auction.open');
    expect(await platform.services.auction.sweep()).toBeGreaterThanOrEqual(1);
    const ended = (await platform.anonymous.get(`/api/public/auctions/${auctionId}`)).json();
    expect(ended).toMatchObject({ status: 'sold', finalPrice: 702_000_00, leader: '0003' });
    const account = (await officer.get(`/api/cases/${caseId}/account`)).json();
    const voids = account.entries.filter((e: { phase: string }) => e.phase === 'void');
    expect(voids).toHaveLength(2); // Alice's and Bob's deposits released; the winner's stays held
    const detail = (await officer.get(`/api/cases/${caseId}`)).json();
    expect(detail.timeline.find((e: { type: string }) => e.type === 'auction.sold')?.data).toMatchObject({
      price: 702_000_00,
    });
  });

  it('a winner who does not pay forfeits the deposit and may not bid on the asset again', async () => {
    const early = await officer.post(`/api/assets/${assetId}/auctions/${auctionId}/default`, {});
    expect(early.statusCode).toBe(409); // the balance is not yet due
    setClock(platform, new Date(platform.clock.now().getTime() + 11 * 86_400_000));
    const defaulted = await officer.post(`/api/assets/${assetId}/auctions/${auctionId}/default`, {
      costs: 3_000_00,
    });
    expect(defaulted.statusCode, defaulted.body).toBe(200);
    // Auction 24: the costs paid at once, the rest reserved until the asset is sold again (forfeit book).
    expect(defaulted.json()).toEqual({ forfeited: 70_000_00, costs: 3_000_00, reserved: 67_000_00 });
    const account = (await officer.get(`/api/cases/${caseId}/account`)).json();
    expect(account.balance).toBe(0);
    // Relisted: the same round again; the defaulting winner is refused.
    const relisted = await officer.post(`/api/assets/${assetId}/auctions`, planFrom(platform.clock.now()));
    expect(relisted.statusCode, relisted.body).toBe(201);
    const refused = await priority.post(`/api/auctions/${relisted.json().id}/bidders`, {
      declaresNoConflict: true,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().violations[0]).toMatchObject({ ruleId: 'auction.barred' });
    expect(
      (await alice.post(`/api/auctions/${relisted.json().id}/bidders`, { declaresNoConflict: true }))
        .statusCode,
    ).toBe(201);
  });
});

describe('after the sale, and no bid', () => {
  it('payment books the balance, applies the deposit and opens the handover nodes', async () => {
    resetClock();
    const { caseId, assetId } = await pricedHouse(officer);
    const plan = planFrom(platform.clock.now());
    const { id } = (await officer.post(`/api/assets/${assetId}/auctions`, plan)).json();
    const buyer = await signUp(platform);
    await buyer.post(`/api/auctions/${id}/bidders`, { declaresNoConflict: true });
    setClock(platform, new Date(new Date(plan.startsAt).getTime() + HOUR));
    expect((await buyer.post(`/api/auctions/${id}/bids`, { amount: 700_000_00 })).statusCode).toBe(201);
    setClock(platform, new Date(new Date(plan.endsAt).getTime() + 1));
    await platform.services.auction.sweep();
    const paid = await officer.post(`/api/assets/${assetId}/auctions/${id}/payment`, {});
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toMatchObject({ price: 700_000_00, deposit: 70_000_00, balance: 630_000_00 });
    // The sale-confirmation ruling is in the dossier.
    const dossier = (await officer.get(`/api/cases/${caseId}/documents`)).json().items as {
      id: string;
      title: string;
      kind: string;
    }[];
    const ruling = dossier.find((d) => d.id === paid.json().rulingDocumentId);
    expect(ruling).toMatchObject({ kind: 'auction_ruling', title: '执行裁定书' });
    const account = (await officer.get(`/api/cases/${caseId}/account`)).json();
    expect(account.balance).toBe(700_000_00);
    const nodes = (await officer.get(`/api/assets/${assetId}/auctions/${id}/handover`)).json().items;
    const rulingNode = nodes.find((n: { node: string }) => n.node === 'ruling_served');
    expect(new Date(rulingNode.dueAt).getTime() - platform.clock.now().getTime()).toBeGreaterThan(
      9.9 * 86_400_000,
    );
    const served = await officer.post(`/api/assets/${assetId}/auctions/${id}/handover`, {
      node: 'ruling_served',
    });
    const handover = served.json().items.find((n: { node: string }) => n.node === 'handover');
    expect(handover.dueAt).not.toBeNull();
  });

  it('no bid: unsold, the next round at most 20% lower; after the second, no third auction', async () => {
    resetClock();
    const { caseId, assetId } = await pricedHouse(officer);
    const plan = planFrom(platform.clock.now());
    const { id } = (await officer.post(`/api/assets/${assetId}/auctions`, plan)).json();
    setClock(platform, new Date(new Date(plan.endsAt).getTime() + 1));
    await platform.services.auction.sweep();
    expect((await platform.anonymous.get(`/api/public/auctions/${id}`)).json().status).toBe('unsold');
    const detail = (await officer.get(`/api/cases/${caseId}`)).json();
    expect(detail.timeline.find((e: { type: string }) => e.type === 'auction.unsold')?.data.next).toBe(
      'next_round',
    );
    const now = platform.clock.now();
    const second = (o: Record<string, unknown>) =>
      planFrom(now, {
        round: 2,
        startsAt: new Date(now.getTime() + 16 * 86_400_000).toISOString(),
        endsAt: new Date(now.getTime() + 17 * 86_400_000).toISOString(),
        ...o,
      });
    const tooLow = await officer.post(
      `/api/assets/${assetId}/auctions`,
      second({ startPrice: 550_000_00, deposit: 55_000_00 }),
    );
    expect(tooLow.json().violations.map((v: { ruleId: string }) => v.ruleId)).toEqual(['auction.reduction']);
    const ok = await officer.post(
      `/api/assets/${assetId}/auctions`,
      second({ startPrice: 560_000_00, deposit: 56_000_00 }),
    );
    expect(ok.statusCode, ok.body).toBe(201);
    setClock(platform, new Date(now.getTime() + 17 * 86_400_000 + 1));
    await platform.services.auction.sweep();
    const third = await officer.post(
      `/api/assets/${assetId}/auctions`,
      second({ round: 3, startPrice: 500_000_00, deposit: 50_000_00 }),
    );
    expect(third.statusCode).toBe(409);
    const timeline = (await officer.get(`/api/cases/${caseId}`)).json().timeline;
    expect(timeline.filter((e: { type: string }) => e.type === 'auction.unsold').at(-1)?.data.next).toBe(
      'fixed_price_sale_or_in_kind',
    );
  });
});
