import { GATEWAY_PATHS } from '@zhixing/assist-protocol';
import { describe, expect, it } from 'vitest';
import { FaultPlan } from './faults';
import type { RunningSimulator } from './server';
import { CallbackReceiver, person, query, useSimulator } from './test/harness';

const t = useSimulator(
  { seed: 5, callbacks: { windowMs: 5, backoffMs: 20, maxBackoffMs: 100 } },
  () => new CallbackReceiver(),
);

const subjects = (count: number, from = 1000) =>
  Array.from({ length: count }, (_, i) => query(person(`4403061988${String(from + i).padStart(7, '0')}`)));
const counter = (code: string, name: Parameters<RunningSimulator['simulator']['stats']['get']>[1]) =>
  t.sim.simulator.stats.get(t.sim.simulator.byCode.get(code)?.index as number, name);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('injected faults', () => {
  it('adds latency to the answers of that institution only', async () => {
    await t.hub.sim('PUT', '/sim/faults/bank.icbc', { latencyMs: 400 });
    const started = performance.now();
    const finished: string[] = [];
    await Promise.all(
      ['bank.icbc', 'bank.abc'].map((code) =>
        t.hub.batch(code, t.receiver.url, subjects(1)).then(() => finished.push(code)),
      ),
    );
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
    expect(finished).toEqual(['bank.abc', 'bank.icbc']);
  });

  it('holds a timed-out batch past the hub’s patience but carries it out: a resend is a duplicate', async () => {
    await t.hub.sim('PUT', '/sim/faults/bank.ccb', { timeoutRate: 1, holdMs: 400 });
    const requests = subjects(3);
    const cut = t.hub.post('bank.ccb', GATEWAY_PATHS.batches, {
      batchId: crypto.randomUUID(),
      callbackUrl: t.receiver.url,
      requests,
    });
    await expect(cut).rejects.toThrow();
    expect(counter('bank.ccb', 'timeouts')).toBe(1);
    await t.hub.sim('DELETE', '/sim/faults/bank.ccb');
    const resent = await t.hub.batch('bank.ccb', t.receiver.url, requests);
    expect(resent.receipts.every((r) => r.status === 'duplicate')).toBe(true);
    expect(resent.results).toHaveLength(3);
    expect(counter('bank.ccb', 'executed')).toBe(3);
  });

  it('answers 503 without carrying anything out', async () => {
    await t.hub.sim('PUT', '/sim/faults/bank.boc', { errorRate: 1 });
    const requests = subjects(2);
    const answer = await t.hub.post('bank.boc', GATEWAY_PATHS.batches, {
      batchId: crypto.randomUUID(),
      callbackUrl: t.receiver.url,
      requests,
    });
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ status: 503 });
    expect(counter('bank.boc', 'executed')).toBe(0);
    await t.hub.sim('DELETE', '/sim/faults/bank.boc');
    const retried = await t.hub.batch('bank.boc', t.receiver.url, requests);
    expect(retried.receipts.map((r) => r.status)).toEqual(['accepted', 'accepted']);
  });

  it('signs some callbacks wrongly: the hub refuses them and polling finds the results', async () => {
    await t.hub.sim('PUT', '/sim/faults/bank.psbc', { badSignatureRate: 1 });
    const requests = subjects(5);
    await t.hub.batch('bank.psbc', t.receiver.url, requests);
    while (counter('bank.psbc', 'callbacksRefused') === 0) await pause(10);
    expect(t.receiver.refused).toBeGreaterThan(0);
    expect(t.receiver.results()).toEqual([]);
    const polled = await t.hub.lookup(
      'bank.psbc',
      requests.map((r) => r.requestId),
    );
    expect(polled.results).toHaveLength(5);
  });

  it('calls some results back twice, in later callbacks', async () => {
    await t.hub.sim('PUT', '/sim/faults/bank.bocom', { duplicateRate: 1 });
    const requests = subjects(4);
    await t.hub.batch('bank.bocom', t.receiver.url, requests);
    const results = await t.receiver.waitFor(8);
    const ids = results.map((r) => r.requestId);
    for (const request of requests) expect(ids.filter((id) => id === request.requestId)).toHaveLength(2);
    expect(t.receiver.callbacks.length).toBeGreaterThanOrEqual(2);
    expect(counter('bank.bocom', 'executed')).toBe(4);
  });

  it('delivers callbacks out of order: shuffled and delayed', async () => {
    await t.hub.sim('PUT', '/sim/faults/bank.cmb', { reorderMs: 200 });
    const requests = subjects(60);
    for (let i = 0; i < 60; i += 20) await t.hub.batch('bank.cmb', t.receiver.url, requests.slice(i, i + 20));
    const results = await t.receiver.waitFor(60);
    const order = results.map((r) => r.requestId);
    expect([...order].sort()).toEqual(requests.map((r) => r.requestId).sort());
    expect(order).not.toEqual(requests.map((r) => r.requestId));
  });

  it('drops results from callbacks, which polling then finds', async () => {
    await t.hub.sim('PUT', '/sim/faults/bank.citic', { dropRate: 1 });
    const requests = subjects(10);
    await t.hub.batch('bank.citic', t.receiver.url, requests);
    await pause(100);
    expect(t.receiver.results()).toEqual([]);
    expect(counter('bank.citic', 'resultsDropped')).toBe(10);
    const polled = await t.hub.lookup(
      'bank.citic',
      requests.map((r) => r.requestId),
    );
    expect(polled.results.map((r) => r.requestId)).toEqual(requests.map((r) => r.requestId));
  });

  it('sets faults for all institutions, per institution over that, and clears them', async () => {
    const all = await t.hub.sim('PUT', '/sim/faults', { dropRate: 0.5 });
    expect(all.body).toMatchObject({ all: { dropRate: 0.5, latencyMs: 0 }, institutions: {} });
    const one = await t.hub.sim('PUT', '/sim/faults/ship.msa', { errorRate: 0.2 });
    expect(one.body).toMatchObject({
      all: { dropRate: 0.5 },
      institutions: { 'ship.msa': { errorRate: 0.2, dropRate: 0 } },
    });
    expect((await t.hub.sim('DELETE', '/sim/faults/ship.msa')).body).toMatchObject({ institutions: {} });
    expect((await t.hub.sim('DELETE', '/sim/faults')).body).toMatchObject({ all: { dropRate: 0 } });
    const bad = await t.hub.sim('PUT', '/sim/faults', { dropRate: 2 });
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: { path: string }[] }).errors[0]?.path).toBe('dropRate');
    expect((await t.hub.sim('PUT', '/sim/faults/bank.nowhere', {})).status).toBe(404);
    expect((await t.hub.sim('PUT', '/sim/faults', { sometimes: 1 })).status).toBe(400);
  });

  it('meets partial rates close to the rate asked', async () => {
    await t.hub.sim('PUT', '/sim/faults/bank.cib', { dropRate: 0.3 });
    await t.hub.batch('bank.cib', t.receiver.url, subjects(1000));
    const dropped = counter('bank.cib', 'resultsDropped');
    expect(dropped).toBeGreaterThan(240);
    expect(dropped).toBeLessThan(360);
    await t.receiver.waitFor(1000 - dropped);
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
