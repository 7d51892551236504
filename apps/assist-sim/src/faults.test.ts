import { GATEWAY_PATHS } from '@zhixing/assist-protocol';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FaultPlan } from './faults';
import { type RunningSimulator, startSimulator } from './server';
import { CallbackReceiver, HubClient, person, query } from './test/harness';

let sim: RunningSimulator;
let hub: HubClient;
let receiver: CallbackReceiver;

beforeAll(async () => {
  sim = await startSimulator({ seed: 5, callbacks: { windowMs: 5, backoffMs: 20, maxBackoffMs: 100 } });
  hub = new HubClient(sim.url);
});
afterAll(() => sim.close());
beforeEach(async () => {
  receiver = await new CallbackReceiver().start();
  return async () => {
    await receiver.stop();
    await hub.sim('DELETE', '/sim/faults');
  };
});

const subjects = (count: number, from = 1000) =>
  Array.from({ length: count }, (_, i) => query(person(`4403061988${String(from + i).padStart(7, '0')}`)));
const counter = (code: string, name: Parameters<RunningSimulator['simulator']['stats']['get']>[1]) =>
  sim.simulator.stats.get(sim.simulator.byCode.get(code)?.index as number, name);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('injected faults', () => {
  it('adds latency to the answer', async () => {
    await hub.sim('PUT', '/sim/faults/bank.icbc', { latencyMs: 150 });
    const started = performance.now();
    await hub.batch('bank.icbc', receiver.url, subjects(1));
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    const quick = performance.now();
    await hub.batch('bank.abc', receiver.url, subjects(1));
    expect(performance.now() - quick).toBeLessThan(140);
  });

  it('holds a timed-out batch past the hub’s patience but carries it out: a resend is a duplicate', async () => {
    await hub.sim('PUT', '/sim/faults/bank.ccb', { timeoutRate: 1, holdMs: 400 });
    const requests = subjects(3);
    const cut = hub.post('bank.ccb', GATEWAY_PATHS.batches, {
      batchId: crypto.randomUUID(),
      callbackUrl: receiver.url,
      requests,
    });
    await expect(cut).rejects.toThrow();
    expect(counter('bank.ccb', 'timeouts')).toBe(1);
    await hub.sim('DELETE', '/sim/faults/bank.ccb');
    const resent = await hub.batch('bank.ccb', receiver.url, requests);
    expect(resent.receipts.every((r) => r.status === 'duplicate')).toBe(true);
    expect(resent.results).toHaveLength(3);
    expect(counter('bank.ccb', 'executed')).toBe(3);
  });

  it('answers 503 without carrying anything out', async () => {
    await hub.sim('PUT', '/sim/faults/bank.boc', { errorRate: 1 });
    const requests = subjects(2);
    const answer = await hub.post('bank.boc', GATEWAY_PATHS.batches, {
      batchId: crypto.randomUUID(),
      callbackUrl: receiver.url,
      requests,
    });
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ status: 503 });
    expect(counter('bank.boc', 'executed')).toBe(0);
    await hub.sim('DELETE', '/sim/faults/bank.boc');
    const retried = await hub.batch('bank.boc', receiver.url, requests);
    expect(retried.receipts.map((r) => r.status)).toEqual(['accepted', 'accepted']);
  });

  it('signs some callbacks wrongly: the hub refuses them and polling finds the results', async () => {
    await hub.sim('PUT', '/sim/faults/bank.psbc', { badSignatureRate: 1 });
    const requests = subjects(5);
    await hub.batch('bank.psbc', receiver.url, requests);
    while (counter('bank.psbc', 'callbacksRefused') === 0) await pause(10);
    expect(receiver.refused).toBeGreaterThan(0);
    expect(receiver.results()).toEqual([]);
    const polled = await hub.lookup(
      'bank.psbc',
      requests.map((r) => r.requestId),
    );
    expect(polled.results).toHaveLength(5);
  });

  it('calls some results back twice, in later callbacks', async () => {
    await hub.sim('PUT', '/sim/faults/bank.bocom', { duplicateRate: 1 });
    const requests = subjects(4);
    await hub.batch('bank.bocom', receiver.url, requests);
    const results = await receiver.waitFor(8);
    const ids = results.map((r) => r.requestId);
    for (const request of requests) expect(ids.filter((id) => id === request.requestId)).toHaveLength(2);
    expect(receiver.callbacks.length).toBeGreaterThanOrEqual(2);
    expect(counter('bank.bocom', 'executed')).toBe(4);
  });

  it('delivers callbacks out of order: shuffled and delayed', async () => {
    await hub.sim('PUT', '/sim/faults/bank.cmb', { reorderMs: 200 });
    const requests = subjects(60);
    for (let i = 0; i < 60; i += 20) await hub.batch('bank.cmb', receiver.url, requests.slice(i, i + 20));
    const results = await receiver.waitFor(60);
    const order = results.map((r) => r.requestId);
    expect([...order].sort()).toEqual(requests.map((r) => r.requestId).sort());
    expect(order).not.toEqual(requests.map((r) => r.requestId));
  });

  it('drops results from callbacks, which polling then finds', async () => {
    await hub.sim('PUT', '/sim/faults/bank.citic', { dropRate: 1 });
    const requests = subjects(10);
    await hub.batch('bank.citic', receiver.url, requests);
    await pause(100);
    expect(receiver.results()).toEqual([]);
    expect(counter('bank.citic', 'resultsDropped')).toBe(10);
    const polled = await hub.lookup(
      'bank.citic',
      requests.map((r) => r.requestId),
    );
    expect(polled.results.map((r) => r.requestId)).toEqual(requests.map((r) => r.requestId));
  });

  it('sets faults for all institutions, per institution over that, and clears them', async () => {
    const all = await hub.sim('PUT', '/sim/faults', { dropRate: 0.5 });
    expect(all.body).toMatchObject({ all: { dropRate: 0.5, latencyMs: 0 }, institutions: {} });
    const one = await hub.sim('PUT', '/sim/faults/ship.msa', { errorRate: 0.2 });
    expect(one.body).toMatchObject({
      all: { dropRate: 0.5 },
      institutions: { 'ship.msa': { errorRate: 0.2, dropRate: 0 } },
    });
    expect((await hub.sim('DELETE', '/sim/faults/ship.msa')).body).toMatchObject({ institutions: {} });
    expect((await hub.sim('DELETE', '/sim/faults')).body).toMatchObject({ all: { dropRate: 0 } });
    const bad = await hub.sim('PUT', '/sim/faults', { dropRate: 2 });
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: { path: string }[] }).errors[0]?.path).toBe('dropRate');
    expect((await hub.sim('PUT', '/sim/faults/bank.nowhere', {})).status).toBe(404);
    expect((await hub.sim('PUT', '/sim/faults', { sometimes: 1 })).status).toBe(400);
  });

  it('meets partial rates close to the rate asked', async () => {
    await hub.sim('PUT', '/sim/faults/bank.cib', { dropRate: 0.3 });
    await hub.batch('bank.cib', receiver.url, subjects(1000));
    const dropped = counter('bank.cib', 'resultsDropped');
    expect(dropped).toBeGreaterThan(240);
    expect(dropped).toBeLessThan(360);
    await receiver.waitFor(1000 - dropped);
  });
});

describe('fault decisions', () => {
  const ids = Array.from({ length: 400 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  const plan = (seed: number) => {
    const faults = new FaultPlan(seed, 2);
    faults.setAll({ dropRate: 0.25, timeoutRate: 0.1, errorRate: 0.1 });
    return faults;
  };
  const dropped = (faults: FaultPlan) => ids.filter((id) => faults.forResult(0, id, 'drop'));
  const calls = (faults: FaultPlan) => Array.from({ length: 200 }, () => faults.nextCall(1));

  it('repeat with the seed and differ between seeds', () => {
    expect(dropped(plan(1))).toEqual(dropped(plan(1)));
    expect(calls(plan(1))).toEqual(calls(plan(1)));
    expect(dropped(plan(1))).not.toEqual(dropped(plan(2)));
    expect(calls(plan(1))).not.toEqual(calls(plan(2)));
    const outcomes = calls(plan(9));
    expect(outcomes.filter((o) => o === 'timeout').length).toBeGreaterThan(5);
    expect(outcomes.filter((o) => o === 'error').length).toBeGreaterThan(5);
    expect(outcomes.filter((o) => o === 'ok').length).toBeGreaterThan(140);
  });
});
