import type { AssistRequest, AssistResult } from '@zhixing/assist-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REASONS } from './execute';
import { type RunningSimulator, startSimulator } from './server';
import { BASIS, control, HubClient, OTHER_COURT, person, query } from './test/harness';

let sim: RunningSimulator;
let hub: HubClient;
const THIRD_COURT = {
  ...BASIS,
  courtCode: '粤0306',
  courtName: '深圳市宝安区人民法院',
  caseNumber: '（2026）粤0306执5号',
};
const PAYEE = {
  bankName: '中国工商银行北京朝阳支行',
  accountName: '北京市朝阳区人民法院',
  accountNo: '0200001109200012345',
};

beforeAll(async () => {
  // Every result inline: each request is answered in its batch's answer.
  sim = await startSimulator({ seed: 3, faults: { all: { inlineRate: 1 } } });
  hub = new HubClient(sim.url);
});
afterAll(() => sim.close());

async function one(code: string, request: AssistRequest): Promise<AssistResult> {
  const receipt = await hub.batch(code, 'http://127.0.0.1:9/callbacks', [request]);
  const result = receipt.results[0];
  if (!result) throw new Error('no inline result');
  return result;
}

const freeze = (id: string, assetRef: string, basis = BASIS, amount?: number) =>
  control('freeze', id, { basis, assetRef, until: '2027-06-30', ...(amount ? { amount } : {}) });

async function holdingsAt(code: string, id: string) {
  return (await one(code, query(id))).holdings ?? [];
}

async function setUp(id: string, holdings: unknown[]) {
  const answer = await hub.sim('PUT', `/sim/subjects/${id}`, { holdings });
  expect(answer.status).toBe(200);
  return (answer.body as { holdings: { assetRef: string; institution: string }[] }).holdings;
}

describe('freezing a balance', () => {
  it('serves claims first freeze first: partial, then waiting, promoted as earlier ones lift', async () => {
    const id = person('11010519800101011');
    const [account] = await setUp(id, [{ category: 'bank', institution: 'bank.icbc', balance: 1_000_000 }]);
    const ref = account?.assetRef as string;
    const first = await one('bank.icbc', freeze(id, ref, BASIS, 600_000));
    expect(first.control).toMatchObject({ state: 'effective', position: 1, amount: 600_000 });
    // Asked for more than is free: freezes what is free.
    const second = await one('bank.icbc', freeze(id, ref, OTHER_COURT, 1_000_000));
    expect(second.control).toMatchObject({ state: 'effective', position: 2, amount: 400_000 });
    // Nothing free: a waiting freeze (轮候).
    const third = await one('bank.icbc', freeze(id, ref, THIRD_COURT, 100));
    expect(third.control).toMatchObject({ state: 'waiting', position: 3, amount: 0 });
    const [holding] = await holdingsAt('bank.icbc', id);
    expect(holding).toMatchObject({ balance: 1_000_000, frozen: 1_000_000 });
    expect(holding?.controls.map((c) => [c.court, c.position, c.amount])).toEqual([
      [BASIS.courtName, 1, 600_000],
      [OTHER_COURT.courtName, 2, 400_000],
      [THIRD_COURT.courtName, 3, 0],
    ]);

    const lifted = await one(
      'bank.icbc',
      control('unfreeze', id, { assetRef: ref, controlId: first.control?.controlId as string }),
    );
    expect(lifted.control).toMatchObject({ state: 'released', amount: 0 });
    // The second court's claim was 1,000,000: it takes all that the first released.
    const [after] = await holdingsAt('bank.icbc', id);
    expect(after?.controls.map((c) => [c.court, c.position, c.amount])).toEqual([
      [OTHER_COURT.courtName, 1, 1_000_000],
      [THIRD_COURT.courtName, 2, 0],
    ]);
    await one(
      'bank.icbc',
      control('unfreeze', id, {
        basis: OTHER_COURT,
        assetRef: ref,
        controlId: second.control?.controlId as string,
      }),
    );
    const view = (await hub.sim('GET', `/sim/subjects/${id}`)).body as {
      holdings: { controls: { controlId: string; state: string; position: number; amount: number }[] }[];
    };
    expect(view.holdings[0]?.controls.find((c) => c.controlId === third.control?.controlId)).toMatchObject({
      state: 'effective',
      position: 1,
      amount: 100,
    });
  });

  it('freezes the whole balance when no amount is named, and refuses an empty account', async () => {
    const id = person('11010519800101012');
    const [account, empty] = await setUp(id, [
      { category: 'bank', institution: 'bank.ccb', balance: 250_000 },
      { category: 'online_payment', institution: 'online_payment.alipay', balance: 0 },
    ]);
    const all = await one('bank.ccb', freeze(id, account?.assetRef as string));
    expect(all.control).toMatchObject({ state: 'effective', amount: 250_000 });
    const refused = await one('online_payment.alipay', freeze(id, empty?.assetRef as string));
    expect(refused).toMatchObject({ status: 'rejected', reason: REASONS.nothingToFreeze });
  });
});

describe('seizing an indivisible asset', () => {
  it('queues later seizures, keeps the position on renewal and promotes the next on release', async () => {
    const id = person('11010519800101013');
    const [car] = await setUp(id, [
      { category: 'vehicle', value: 12_000_000, description: '小型汽车 京A12345' },
    ]);
    expect(car).toMatchObject({
      institution: 'vehicle.mps',
      description: '小型汽车 京A12345',
      value: 12_000_000,
    });
    const ref = car?.assetRef as string;
    const first = await one('vehicle.mps', freeze(id, ref));
    expect(first.control).toMatchObject({ state: 'effective', position: 1 });
    expect(first.control?.amount).toBeUndefined();
    const second = await one('vehicle.mps', freeze(id, ref, OTHER_COURT));
    expect(second.control).toMatchObject({ state: 'waiting', position: 2 });
    const renewed = await one(
      'vehicle.mps',
      control('renew', id, {
        basis: OTHER_COURT,
        assetRef: ref,
        controlId: second.control?.controlId as string,
        until: '2028-06-30',
      }),
    );
    expect(renewed.control).toMatchObject({ state: 'waiting', position: 2, until: '2028-06-30' });
    const notYours = await one(
      'vehicle.mps',
      control('unfreeze', id, {
        basis: OTHER_COURT,
        assetRef: ref,
        controlId: first.control?.controlId as string,
      }),
    );
    expect(notYours).toMatchObject({ status: 'rejected', reason: REASONS.otherCourt });
    const unfreeze = control('unfreeze', id, {
      assetRef: ref,
      controlId: first.control?.controlId as string,
    });
    expect((await one('vehicle.mps', unfreeze)).control).toMatchObject({ state: 'released', position: 1 });
    const [holding] = await holdingsAt('vehicle.mps', id);
    expect(holding?.controls).toEqual([{ court: OTHER_COURT.courtName, position: 1, until: '2028-06-30' }]);
    const again = await one('vehicle.mps', { ...unfreeze, requestId: crypto.randomUUID() });
    expect(again).toMatchObject({ status: 'rejected', reason: REASONS.released });
    const unknown = control('renew', id, { assetRef: ref, controlId: 'CTL-nope', until: '2028-01-01' });
    expect(await one('vehicle.mps', unknown)).toMatchObject({
      status: 'rejected',
      reason: REASONS.noControl,
    });
  });

  it('refuses what the institution does not offer online and assets it does not hold', async () => {
    const id = person('11010519800101014');
    const [ship, , car] = await setUp(id, [
      { category: 'ship', value: 80_000_000 },
      { category: 'securities', balance: 3_000_000 },
      { category: 'vehicle', value: 9_000_000 },
    ]);
    expect(await one('ship.msa', freeze(id, ship?.assetRef as string))).toMatchObject({
      status: 'rejected',
      reason: REASONS.freezeNotOnline,
    });
    const deduct = control('deduct', id, { assetRef: car?.assetRef as string, amount: 100, payee: PAYEE });
    expect(await one('vehicle.mps', deduct)).toMatchObject({
      status: 'rejected',
      reason: REASONS.deductNotOnline,
    });
    expect(await one('vehicle.mps', freeze(id, 'NO-SUCH-REF'))).toMatchObject({
      status: 'rejected',
      reason: REASONS.noAsset,
    });
  });
});

describe('deducting', () => {
  it('never takes what another court froze, may take its own, and books the transfer to the payee', async () => {
    const id = person('11010519800101015');
    const [account] = await setUp(id, [{ category: 'bank', institution: 'bank.cmb', balance: 1_000_000 }]);
    const ref = account?.assetRef as string;
    const theirs = await one('bank.cmb', freeze(id, ref, OTHER_COURT, 300_000));
    expect(theirs.control?.amount).toBe(300_000);
    const deduct = (basis: typeof BASIS, amount: number) =>
      control('deduct', id, { basis, assetRef: ref, amount, payee: PAYEE });
    const taken = await one('bank.cmb', deduct(BASIS, 2_000_000));
    expect(taken.transfer).toMatchObject({ assetRef: ref, amount: 700_000, payeeAccountNo: PAYEE.accountNo });
    expect(await one('bank.cmb', deduct(BASIS, 1))).toMatchObject({
      status: 'rejected',
      reason: REASONS.nothingToDeduct,
    });
    const own = await one('bank.cmb', deduct(OTHER_COURT, 300_000));
    expect(own.transfer?.amount).toBe(300_000);
    const [holding] = await holdingsAt('bank.cmb', id);
    expect(holding).toMatchObject({ balance: 0, frozen: 0, controls: [] });

    const statement = (await hub.sim('GET', `/sim/accounts/${PAYEE.accountNo}/transfers`)).body as {
      total: number;
      transfers: {
        kind: string;
        amount: number;
        payerName: string;
        institution: string;
        transferId: string;
      }[];
    };
    expect(statement.total).toBe(1_000_000);
    expect(statement.transfers).toEqual([
      expect.objectContaining({
        kind: 'deduction',
        amount: 700_000,
        institution: 'bank.cmb',
        payerName: '王某',
      }),
      expect.objectContaining({ kind: 'deduction', amount: 300_000, transferId: own.transfer?.transferId }),
    ]);
  });

  it('records a debtor’s payment into a case account, and refuses a bad one', async () => {
    const account = '0200001109200099999';
    const paid = await hub.sim('POST', `/sim/accounts/${account}/deposits`, {
      amount: 12_345,
      payerName: '李某',
    });
    expect(paid.status).toBe(201);
    const statement = (await hub.sim('GET', `/sim/accounts/${account}/transfers`)).body as { total: number };
    expect(statement.total).toBe(12_345);
    const bad = await hub.sim('POST', `/sim/accounts/${account}/deposits`, {
      amount: 1.5,
      payerName: '李某',
    });
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: { path: string }[] }).errors[0]?.path).toBe('amount');
    expect(
      ((await hub.sim('GET', `/sim/accounts/${account}/transfers`)).body as { total: number }).total,
    ).toBe(12_345);
  });
});

describe('derived subjects', () => {
  it('materialise on the first control, so that later queries see the change', async () => {
    let id = '';
    let found: { institution: string; assetRef: string; balance: number; frozen: number } | undefined;
    for (let n = 100; !found; n++) {
      id = person(`31011519900101${n}`);
      const view = (await hub.sim('GET', `/sim/subjects/${id}`)).body as {
        holdings: {
          institution: string;
          assetRef: string;
          balance?: number;
          frozen?: number;
          category: string;
        }[];
      };
      found = view.holdings.find((h) => h.category === 'bank' && (h.balance ?? 0) > 1000 && h.frozen === 0) as
        | typeof found
        | undefined;
    }
    const code = found.institution;
    expect((await holdingsAt(code, id)).find((h) => h.assetRef === found?.assetRef)?.frozen).toBe(0);
    await one(code, freeze(id, found.assetRef, BASIS, 1000));
    const after = (await holdingsAt(code, id)).find((h) => h.assetRef === found?.assetRef);
    expect(after).toMatchObject({ balance: found.balance, frozen: 1000 });
    expect(
      ((await hub.sim('GET', `/sim/subjects/${id}`)).body as { materialised: boolean }).materialised,
    ).toBe(true);
  });
});
