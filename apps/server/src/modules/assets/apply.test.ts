/**
 * The handlers the hub calls with institutions' answers, driven directly with answers as the hub hands
 * them over (no dispatcher runs here: requests stay queued, and the test plays the institution).
 */
import { randomUUID } from 'node:crypto';
import type { AssistResult, Holding } from '@zhixing/assist-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing, idNumber } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { platformActor } from '../audit/service';
import { addCalendarDays } from '../calendar/rules';
import { institutionInput } from '../inquiry/registry';
import type { AnsweredRequest, InstitutionRow } from '../inquiry/service';
import { AssetResults } from './apply';
import { AssetsService } from './service';

let platform: TestPlatform;
let officer: Client;
let results: AssetResults;
let service: AssetsService;
let bank: InstitutionRow;
let ships: InstitutionRow;

beforeAll(async () => {
  platform = await createTestPlatform();
  officer = await platform.as('officer');
  const { clock, database, rulebook, realtime } = platform;
  const { audit, cases, documents, inquiry, compliance } = platform.services;
  results = new AssetResults(clock, audit, cases, inquiry, realtime);
  // The officer's acts wait 50 ms for an answer that, without a dispatcher, never comes.
  service = new AssetsService(
    database,
    clock,
    audit,
    rulebook,
    cases,
    documents,
    inquiry,
    compliance,
    realtime,
    50,
  );
  const create = (input: Record<string, unknown>) =>
    inquiry.registry.create(
      platformActor,
      institutionInput.parse({ endpoint: 'http://127.0.0.1:9/', key: 'k'.repeat(32), ...input }),
    );
  bank = await create({
    code: 'bank.test',
    name: '测试银行',
    category: 'bank',
    supportsFreeze: true,
    supportsDeduct: true,
  });
  ships = await create({ code: 'ship.test', name: '测试船舶登记', category: 'ship' });
});
afterAll(() => platform.close());

interface Filed {
  id: string;
  courtId: string;
  debtorId: string;
}

async function fileCase(sequence: number): Promise<Filed> {
  const debtor = {
    kind: 'person',
    name: `被执行人${sequence}`,
    idNumber: idNumber('19800101', String(100 + sequence)),
  };
  const { id } = (await officer.post('/api/cases', filing({ debtors: [debtor] }))).json<{ id: string }>();
  const row = await platform.services.cases.caseInScope(platform.database.db, await user(), id);
  const detail = (await officer.get(`/api/cases/${id}`)).json<{ debtors: { id: string }[] }>();
  return { id, courtId: row.courtId, debtorId: detail.debtors[0]?.id as string };
}

async function user() {
  const me = await platform.services.auth.authenticate(officer.cookie?.split('=')[1] ?? '');
  if (!me) throw new Error('no session');
  return me;
}

function result(requestId: string, fields: Partial<AssistResult>): AssistResult {
  return { requestId, status: 'completed', completedAt: new Date().toISOString(), ...fields };
}

function query(filed: Filed, institution: InstitutionRow, holdings: Holding[]): AnsweredRequest {
  const requestId = randomUUID();
  return {
    requestId,
    caseId: filed.id,
    courtId: filed.courtId,
    partyId: filed.debtorId,
    institution: {
      id: institution.id,
      code: institution.code,
      name: institution.name,
      category: institution.category,
    },
    kind: 'query',
    assetId: null,
    roundId: null,
    result: result(requestId, { holdings }),
  };
}

const account = (assetRef: string, balance: number, frozen = 0): Holding => ({
  assetRef,
  category: 'bank',
  description: '活期存款',
  balance,
  frozen,
  controls: [],
});

const answered = (batch: AnsweredRequest[]) =>
  platform.database.transaction((tx) => results.answered(tx, batch));

async function rows(sql: string, values: unknown[] = []) {
  return (await platform.database.sql.executeSql(sql, values)).rows;
}

async function assetOf(caseId: string, assetRef: string) {
  const [row] = await rows(
    `select id, state, controlled_amount::int as controlled, deducted_amount::int as deducted, balance::int as balance,
            frozen_by_others::int as frozen_by_others, position, control_until::text as until, pending_request_id,
            pending_kind, last_failure
       from assets where case_id = $1 and asset_ref = $2`,
    [caseId, assetRef],
  );
  if (!row) throw new Error(`no asset ${assetRef}`);
  return row as {
    id: string;
    state: string;
    controlled: number;
    deducted: number;
    balance: number;
    frozen_by_others: number;
    position: number | null;
    until: string | null;
    pending_request_id: string | null;
    pending_kind: string | null;
    last_failure: string | null;
  };
}

/** The control answer the institution would send for the asset's pending request. */
async function controlAnswer(
  filed: Filed,
  assetRef: string,
  fields: Partial<AssistResult>,
): Promise<AnsweredRequest> {
  const asset = await assetOf(filed.id, assetRef);
  const requestId = asset.pending_request_id as string;
  const [request] = await rows('select kind from inquiry_requests where id = $1', [requestId]);
  return {
    requestId,
    caseId: filed.id,
    courtId: filed.courtId,
    partyId: filed.debtorId,
    institution: { id: bank.id, code: bank.code, name: bank.name, category: bank.category },
    kind: request?.kind as AnsweredRequest['kind'],
    assetId: asset.id,
    roundId: null,
    result: result(requestId, fields),
  };
}

describe('holdings of completed queries', () => {
  it('registers a whole batch for many cases at once, each asset once, with its nodes, deadlines and notices', async () => {
    const cases = await Promise.all([1, 2, 3, 4, 5].map(fileCase));
    const auditBefore = (
      await rows("select count(*)::int as n from audit_entries where action = 'asset.results.holdings'")
    )[0]?.n;
    const batch = cases.flatMap((filed, i) => [
      query(filed, bank, [account(`6222-${i}-a`, 1_000_000 * (i + 1)), account(`6222-${i}-zero`, 0)]),
      // The same account reported by a second request of the batch: kept once.
      query(filed, bank, [account(`6222-${i}-a`, 1_000_000 * (i + 1))]),
      query(filed, ships, [
        { assetRef: `CN-${i}`, category: 'ship', description: '渔船', value: 800_000, controls: [] },
      ]),
    ]);
    await answered(batch);

    for (const [i, filed] of cases.entries()) {
      const register = await service.register(await user(), filed.id);
      expect(register.items.map((a) => [a.assetRef, a.state, a.foundVia]).sort()).toEqual(
        [
          [`6222-${i}-a`, 'found', 'online'],
          [`6222-${i}-zero`, 'found', 'online'],
          [`CN-${i}`, 'found', 'online'],
        ].sort(),
      );
      const detail = (await officer.get(`/api/cases/${filed.id}`)).json<{
        today: string;
        timeline: { type: string; data: { assetId: string; hasValue: boolean; onlineControl: boolean } }[];
        deadlines: { ruleId: string; key: string; dueOn: string }[];
      }>();
      const found = detail.timeline.filter((e) => e.type === 'asset.found');
      expect(found).toHaveLength(3);
      // One deadline per asset with something to control: the empty account has none; the ship registry
      // controls nothing online, so 3 working days; the bank does, so today.
      const deadlines = detail.deadlines.filter((d) => d.ruleId === 'assets.control');
      const idOf = (ref: string) => register.items.find((a) => a.assetRef === ref)?.id;
      expect(deadlines.map((d) => d.key).sort()).toEqual([idOf(`6222-${i}-a`), idOf(`CN-${i}`)].sort());
      expect(deadlines.find((d) => d.key === idOf(`6222-${i}-a`))?.dueOn).toBe(detail.today);
      expect((deadlines.find((d) => d.key === idOf(`CN-${i}`))?.dueOn ?? '') > detail.today).toBe(true);
      const notices = await rows('select kind, payload from party_notifications where case_id = $1', [
        filed.id,
      ]);
      expect(notices).toHaveLength(1);
      expect(notices[0]?.payload).toMatchObject({ assets: [{}, {}, {}] });
    }
    // One audit entry for the court's chain, not one per asset.
    const auditAfter = (
      await rows("select count(*)::int as n from audit_entries where action = 'asset.results.holdings'")
    )[0]?.n;
    expect(Number(auditAfter) - Number(auditBefore)).toBe(1);
  });

  it('updates what a later query reports, without a second found node, and does not count this court’s own freeze as another’s', async () => {
    const filed = await fileCase(6);
    await answered([query(filed, bank, [account('6222-6', 5_000_000)])]);
    await service.control(await user(), (await assetOf(filed.id, '6222-6')).id, { amount: 2_000_000 });
    await answered([
      await controlAnswer(filed, '6222-6', { control: control('6222-6', 'effective', 1, 2_000_000) }),
    ]);
    // The bank now reports 2,000,000 frozen (this court's) and 500,000 more (another court's), and a new balance.
    const court = await courtName(filed);
    const controls = [
      { court, position: 1, until: '2027-06-30', amount: 2_000_000 },
      { court: '上海市浦东新区人民法院', position: 2, until: '2026-12-31', amount: 500_000 },
    ];
    await answered([query(filed, bank, [{ ...account('6222-6', 6_000_000, 2_500_000), controls }])]);
    const asset = await assetOf(filed.id, '6222-6');
    expect(asset).toMatchObject({
      balance: 6_000_000,
      frozen_by_others: 500_000,
      state: 'frozen',
      controlled: 2_000_000,
    });
    // This case's own freeze is not another case's: only the other court's is listed.
    const [listed] = await rows('select existing_controls from assets where id = $1', [asset.id]);
    expect(listed?.existing_controls).toEqual([controls[1]]);
    const found = await rows(
      "select count(*)::int as n from case_events where case_id = $1 and type = 'asset.found'",
      [filed.id],
    );
    expect(found[0]?.n).toBe(1);
  });
});

function control(
  assetRef: string,
  state: 'effective' | 'waiting' | 'released',
  position: number,
  amount?: number,
) {
  return {
    controlId: `C-${assetRef}`,
    assetRef,
    state,
    position,
    until: '2027-06-30',
    ...(amount === undefined ? {} : { amount }),
  };
}

async function courtName(filed: Filed): Promise<string> {
  const [court] = await rows('select name from courts where id = $1', [filed.courtId]);
  return court?.name as string;
}

const shipHolding = (assetRef: string): Holding => ({
  assetRef,
  category: 'ship',
  description: '渔船 浙岱渔01234',
  value: 80_000_000,
  controls: [],
});

describe('a waiting seizure (轮候) the institution reports in effect (Seizure 26)', () => {
  const ship = (controls: Holding['controls']): Holding => ({ ...shipHolding('SHIP-14'), controls });

  it('is promoted, put on the timeline and reported to the parties, once; before that it moves up the queue', async () => {
    const filed = await fileCase(14);
    const court = await courtName(filed);
    const first = { court: '浙江省舟山市中级人民法院', position: 1, until: '2027-01-31' };
    await answered([query(filed, ships, [ship([first])])]);
    const { id } = await assetOf(filed.id, 'SHIP-14');
    // Served by hand: the registry put this court's seizure third, behind two others.
    await service.control(await user(), id, { until: '2027-12-31', position: 3 });
    expect(await assetOf(filed.id, 'SHIP-14')).toMatchObject({ state: 'waiting', position: 3 });
    const ours = (position: number) => ({ court, position, until: '2027-12-31' });

    // One control before it was lifted: second now, still waiting; no node, no notice.
    await answered([query(filed, ships, [ship([first, ours(2)])])]);
    expect(await assetOf(filed.id, 'SHIP-14')).toMatchObject({ state: 'waiting', position: 2 });
    const nodes = () =>
      rows("select data from case_events where case_id = $1 and type = 'asset.controlled' order by id", [
        filed.id,
      ]);
    expect(await nodes()).toHaveLength(1);

    // The first lifted too: this court's seizure is in effect.
    const notices = async () =>
      (
        await rows(
          "select count(*)::int as n from party_notifications where case_id = $1 and kind = 'assets.controlled'",
          [filed.id],
        )
      )[0]?.n as number;
    const noticed = await notices();
    await answered([query(filed, ships, [ship([ours(1)])])]);
    await answered([query(filed, ships, [ship([ours(1)])])]);
    expect(await assetOf(filed.id, 'SHIP-14')).toMatchObject({ state: 'seized', position: 1 });
    const promoted = await nodes();
    expect(promoted).toHaveLength(2);
    expect(promoted[1]?.data).toMatchObject({ assetId: id, state: 'seized', position: 1, promoted: true });
    expect(await notices()).toBe(noticed + 1);
    const [listed] = await rows('select existing_controls from assets where id = $1', [id]);
    expect(listed?.existing_controls).toEqual([]);
  });
});

describe('the daily sweep of lapsed controls (CPL-Interp 485)', () => {
  it('lapses a control the day after its last day, once, and the expiry warning follows', async () => {
    const filed = await fileCase(15);
    await answered([query(filed, ships, [{ ...shipHolding('SHIP-15'), controls: [] }])]);
    const { id } = await assetOf(filed.id, 'SHIP-15');
    const lastDay = addCalendarDays(service.today(), 2);
    await service.control(await user(), id, { until: lastDay });
    expect(await assetOf(filed.id, 'SHIP-15')).toMatchObject({ state: 'seized', until: lastDay });
    const expiry = async () =>
      (await officer.get(`/api/cases/${filed.id}`))
        .json<{ warnings: { ruleId: string }[] }>()
        .warnings.filter((w) => w.ruleId === 'assets.expiry');
    expect(await expiry()).toHaveLength(1);

    const lapse = (on: string) => platform.database.transaction((tx) => results.lapse(tx, on));
    await lapse(lastDay); // still in force on its last day
    expect((await assetOf(filed.id, 'SHIP-15')).state).toBe('seized');
    expect(await lapse(addCalendarDays(lastDay, 1))).toBeGreaterThanOrEqual(1);
    expect(await lapse(addCalendarDays(lastDay, 1))).toBe(0);
    expect(await assetOf(filed.id, 'SHIP-15')).toMatchObject({ state: 'lapsed', controlled: 0 });
    const nodes = await rows("select data from case_events where case_id = $1 and type = 'asset.lapsed'", [
      filed.id,
    ]);
    expect(nodes).toEqual([
      { data: expect.objectContaining({ assetId: id, until: null, endedOn: lastDay }) },
    ]);
    expect(await expiry()).toEqual([]);
    const audited = await rows("select count(*)::int as n from audit_entries where action = 'asset.lapse'");
    expect(audited[0]?.n).toBeGreaterThanOrEqual(1);
    // Lapsed, it may be seized anew.
    const register = (await officer.get(`/api/cases/${filed.id}/assets`)).json<{
      items: { id: string; abilities: string[] }[];
    }>();
    expect(register.items.find((a) => a.id === id)?.abilities).toContain('asset.control');
  });
});

describe('answers to control requests', () => {
  it('applies an answer only to the asset waiting for that very request, once', async () => {
    const filed = await fileCase(7);
    await answered([query(filed, bank, [account('6222-7', 5_000_000)])]);
    const { id } = await assetOf(filed.id, '6222-7');
    await service.control(await user(), id, { amount: 1_000_000 });
    expect(await assetOf(filed.id, '6222-7')).toMatchObject({
      state: 'freezing',
      controlled: 1_000_000,
      pending_kind: 'freeze',
    });
    const right = await controlAnswer(filed, '6222-7', {
      control: control('6222-7', 'effective', 1, 1_000_000),
    });
    await answered([{ ...right, requestId: randomUUID() }]);
    expect((await assetOf(filed.id, '6222-7')).state).toBe('freezing');
    await answered([right]);
    await answered([right]);
    expect(await assetOf(filed.id, '6222-7')).toMatchObject({
      state: 'frozen',
      controlled: 1_000_000,
      position: 1,
      until: '2027-06-30',
    });
    const controlled = await rows(
      "select data from case_events where case_id = $1 and type = 'asset.controlled'",
      [filed.id],
    );
    expect(controlled).toHaveLength(1);
    expect(controlled[0]?.data).toMatchObject({ assetId: id, state: 'frozen', amount: 1_000_000 });
  });

  it('returns a refused freeze to found with the reason; a waiting one is 轮候 with its position', async () => {
    const filed = await fileCase(8);
    await answered([query(filed, bank, [account('6222-8', 5_000_000)])]);
    const { id } = await assetOf(filed.id, '6222-8');
    await service.control(await user(), id, { amount: 1_000_000 });
    await answered([await controlAnswer(filed, '6222-8', { status: 'rejected', reason: '无可冻结余额' })]);
    expect(await assetOf(filed.id, '6222-8')).toMatchObject({
      state: 'found',
      controlled: 0,
      last_failure: '无可冻结余额',
      pending_request_id: null,
    });
    await service.control(await user(), id, { amount: 1_000_000 });
    await answered([
      await controlAnswer(filed, '6222-8', { control: control('6222-8', 'waiting', 3, 1_000_000) }),
    ]);
    expect(await assetOf(filed.id, '6222-8')).toMatchObject({
      state: 'waiting',
      position: 3,
      last_failure: null,
    });
    const deadline = (await officer.get(`/api/cases/${filed.id}`))
      .json<{ deadlines: { ruleId: string; key: string; status: string }[] }>()
      .deadlines.find((d) => d.ruleId === 'assets.control' && d.key === id);
    expect(deadline?.status).toBe('met');
  });

  it('books a deduction’s transfer, or on failure returns the asset and fails the transfer', async () => {
    const filed = await fileCase(9);
    await answered([query(filed, bank, [account('6222-9a', 5_000_000), account('6222-9b', 3_000_000)])]);
    const a = (await assetOf(filed.id, '6222-9a')).id;
    await service.control(await user(), a, { amount: 4_000_000 });
    await answered([
      await controlAnswer(filed, '6222-9a', { control: control('6222-9a', 'effective', 1, 4_000_000) }),
    ]);

    await service.deduct(await user(), a, 1_500_000);
    expect(await assetOf(filed.id, '6222-9a')).toMatchObject({ state: 'deducting', controlled: 4_000_000 });
    const pending = (await assetOf(filed.id, '6222-9a')).pending_request_id as string;
    const failed = {
      requestId: pending,
      caseId: filed.id,
      courtId: filed.courtId,
      kind: 'deduct' as const,
      assetId: a,
      institution: { id: bank.id, code: bank.code, name: bank.name, category: bank.category },
      reason: 'institution unreachable after 5 attempts',
    };
    await platform.database.transaction((tx) => results.failed(tx, [failed]));
    expect(await assetOf(filed.id, '6222-9a')).toMatchObject({
      state: 'frozen',
      controlled: 4_000_000,
      last_failure: 'institution unreachable after 5 attempts',
    });
    expect(
      await rows('select status, failure from asset_transfers where request_id = $1', [pending]),
    ).toEqual([{ status: 'failed', failure: 'institution unreachable after 5 attempts' }]);

    await service.deduct(await user(), a, 1_500_000);
    const transfer = { transferId: 'T-1', assetRef: '6222-9a', amount: 1_500_000, payeeAccountNo: '0' };
    await answered([await controlAnswer(filed, '6222-9a', { transfer })]);
    expect(await assetOf(filed.id, '6222-9a')).toMatchObject({
      state: 'frozen',
      controlled: 2_500_000,
      deducted: 1_500_000,
      balance: 3_500_000,
    });

    // Straight from a found balance: all of it taken, nothing left controlled.
    const b = (await assetOf(filed.id, '6222-9b')).id;
    await service.deduct(await user(), b, 3_000_000);
    expect(await assetOf(filed.id, '6222-9b')).toMatchObject({ state: 'deducting', controlled: 3_000_000 });
    await answered([
      await controlAnswer(filed, '6222-9b', {
        transfer: { ...transfer, transferId: 'T-2', assetRef: '6222-9b', amount: 3_000_000 },
      }),
    ]);
    expect(await assetOf(filed.id, '6222-9b')).toMatchObject({
      state: 'deducted',
      controlled: 0,
      deducted: 3_000_000,
      balance: 0,
    });
    // Both deductions are performance: the case's 已履行, the register's limit and its acts agree.
    const detail = (await officer.get(`/api/cases/${filed.id}`)).json<{ paidAmount: number }>();
    expect(detail.paidAmount).toBe(4_500_000);
    const register = (await officer.get(`/api/cases/${filed.id}/assets`)).json<{
      limit: { paid: number; controlled: number };
      items: { assetRef: string; abilities: string[] }[];
    }>();
    expect(register.limit).toMatchObject({ paid: 4_500_000, controlled: 2_500_000 });
    expect(register.items.find((a) => a.assetRef === '6222-9b')?.abilities).toEqual([]);
    const confirmed = await rows(
      "select transfer_ref, confirmed_amount::int as amount from asset_transfers where case_id = $1 and status = 'confirmed' order by transfer_ref",
      [filed.id],
    );
    expect(confirmed).toEqual([
      { transfer_ref: 'T-1', amount: 1_500_000 },
      { transfer_ref: 'T-2', amount: 3_000_000 },
    ]);
  });

  it('renews keeping the state and the position, and releases', async () => {
    const filed = await fileCase(10);
    await answered([query(filed, bank, [account('6222-10', 5_000_000)])]);
    const { id } = await assetOf(filed.id, '6222-10');
    await service.control(await user(), id, { amount: 1_000_000 });
    await answered([
      await controlAnswer(filed, '6222-10', { control: control('6222-10', 'effective', 2, 1_000_000) }),
    ]);
    await service.renew(await user(), id, {});
    // While the renewal waits the asset stays frozen, and no other act is allowed.
    expect(await assetOf(filed.id, '6222-10')).toMatchObject({ state: 'frozen', pending_kind: 'renew' });
    expect((await officer.post(`/api/assets/${id}/release`)).statusCode).toBe(409);
    await answered([
      await controlAnswer(filed, '6222-10', {
        control: { ...control('6222-10', 'effective', 2, 1_000_000), until: '2028-06-30' },
      }),
    ]);
    expect(await assetOf(filed.id, '6222-10')).toMatchObject({
      state: 'frozen',
      position: 2,
      until: '2028-06-30',
      pending_kind: null,
    });
    await service.release(await user(), id);
    expect((await assetOf(filed.id, '6222-10')).state).toBe('releasing');
    await answered([await controlAnswer(filed, '6222-10', { control: control('6222-10', 'released', 2) })]);
    expect(await assetOf(filed.id, '6222-10')).toMatchObject({
      state: 'released',
      controlled: 0,
      until: null,
    });
    const types = await rows(
      "select type from case_events where case_id = $1 and type like 'asset.%' order by id",
      [filed.id],
    );
    expect(types.map((t) => t.type)).toEqual([
      'asset.found',
      'asset.controlled',
      'asset.renewed',
      'asset.released',
    ]);
  });
});
