import { describe, expect, it } from 'vitest';
import type { RunningSimulator } from './server';
import { CallbackReceiver, person, query, useSimulator } from './test/harness';

const t = useSimulator(
  { seed: 7, callbacks: { windowMs: 5, backoffMs: 20, maxBackoffMs: 100 } },
  () => new CallbackReceiver(),
);

const counter = (code: string, name: Parameters<RunningSimulator['simulator']['stats']['get']>[1]) =>
  t.sim.simulator.stats.get(t.sim.simulator.byCode.get(code)?.index as number, name);

describe('a gateway', () => {
  it('accepts a signed batch of queries and calls every result back, signed', async () => {
    const subject = person('11010519800101001');
    await t.hub.sim('PUT', `/sim/subjects/${subject}`, {
      holdings: [{ category: 'bank', institution: 'bank.icbc', balance: 5_000_000 }],
    });
    const requests = [query(subject), query(person('11010519800101002'))];
    const receipt = await t.hub.batch('bank.icbc', t.receiver.url, requests);
    expect(receipt.receipts.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    expect(receipt.results).toEqual([]);
    const results = await t.receiver.waitFor(2);
    expect(results.map((r) => r.requestId).sort()).toEqual(requests.map((r) => r.requestId).sort());
    const mine = results.find((r) => r.requestId === requests[0]?.requestId);
    expect(mine?.status).toBe('completed');
    expect(mine?.holdings).toEqual([
      expect.objectContaining({ category: 'bank', balance: 5_000_000, frozen: 0, controls: [] }),
    ]);
    expect(t.receiver.callbacks.every((c) => c.institutionCode === 'bank.icbc')).toBe(true);
    expect(t.receiver.refused).toBe(0);
  });

  it('coalesces the results of many batches into few callbacks', async () => {
    const requests = Array.from({ length: 300 }, (_, i) => query(person(`3101151990010${String(1000 + i)}`)));
    await Promise.all(
      [0, 100, 200].map((from) => t.hub.batch('bank.ccb', t.receiver.url, requests.slice(from, from + 100))),
    );
    await t.receiver.waitFor(300);
    expect(t.receiver.callbacks.length).toBeLessThan(3 * 2);
    expect(new Set(t.receiver.results().map((r) => r.requestId)).size).toBe(300);
  });

  it('carries out a request id once: a resend is a duplicate answered with the stored result', async () => {
    const subject = person('44030619850505123');
    const request = query(subject);
    const before = counter('bank.boc', 'executed');
    await t.hub.batch('bank.boc', t.receiver.url, [request]);
    const [first] = await t.receiver.waitFor(1);
    // The holdings change afterwards; the duplicate still answers with what the query found then.
    await t.hub.sim('PUT', `/sim/subjects/${subject}`, {
      holdings: [{ category: 'bank', institution: 'bank.boc', balance: 1 }],
    });
    const again = await t.hub.batch('bank.boc', t.receiver.url, [request, request]);
    expect(again.receipts.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(again.results).toEqual([first, first]);
    expect(counter('bank.boc', 'executed')).toBe(before + 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(t.receiver.results()).toHaveLength(1);
  });

  it('rebuilds a remembered derived result exactly, and keeps duplicates per institution', async () => {
    const subject = person('51010719700303456');
    const request = query(subject);
    await t.hub.batch('bank.abc', t.receiver.url, [request]);
    const [first] = await t.receiver.waitFor(1);
    expect((await t.hub.lookup('bank.abc', [request.requestId])).results).toEqual([first]);
    // The same id at another institution is another gateway's request.
    const elsewhere = await t.hub.batch('bank.cmb', t.receiver.url, [request]);
    expect(elsewhere.receipts[0]?.status).toBe('accepted');
  });

  it('answers a lookup with results, pending and unknown ids', async () => {
    await t.hub.sim('PUT', '/sim/faults/bank.psbc', { processingMs: 300 });
    const done = query(person('11010519800101001'));
    await t.hub.sim('DELETE', '/sim/faults/bank.psbc');
    await t.hub.batch('bank.psbc', t.receiver.url, [done]);
    await t.hub.sim('PUT', '/sim/faults/bank.psbc', { processingMs: 300 });
    const slow = query(person('11010519800101002'));
    await t.hub.batch('bank.psbc', t.receiver.url, [slow]);
    const never = query(person('11010519800101003'));
    const answer = await t.hub.lookup('bank.psbc', [done.requestId, slow.requestId, never.requestId]);
    expect(answer.results.map((r) => r.requestId)).toEqual([done.requestId]);
    expect(answer.pending).toEqual([slow.requestId]);
    expect(answer.unknown).toEqual([never.requestId]);
    // Once final, the slow one is called back and found by polling.
    const results = await t.receiver.waitFor(2);
    expect(results.map((r) => r.requestId).sort()).toEqual([done.requestId, slow.requestId].sort());
    expect((await t.hub.lookup('bank.psbc', [slow.requestId])).results).toHaveLength(1);
  });

  it('puts results inline in the batch answer when told to, and then calls none back', async () => {
    await t.hub.sim('PUT', '/sim/faults/bank.bocom', { inlineRate: 1 });
    const requests = [query(person('11010519800101001')), query(person('11010519800101002'))];
    const receipt = await t.hub.batch('bank.bocom', t.receiver.url, requests);
    expect(receipt.results.map((r) => r.requestId)).toEqual(requests.map((r) => r.requestId));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(t.receiver.results()).toEqual([]);
  });
});

describe('callback delivery', () => {
  it('retries with backoff while the hub answers 5xx, and delivers once it is back', async () => {
    t.receiver.down = true;
    const before = counter('bank.citic', 'callbacksFailed');
    const request = query(person('11010519800101001'));
    await t.hub.batch('bank.citic', t.receiver.url, [request]);
    while (t.receiver.attempts < 3) await new Promise((resolve) => setTimeout(resolve, 10));
    t.receiver.down = false;
    const results = await t.receiver.waitFor(1);
    expect(results.map((r) => r.requestId)).toEqual([request.requestId]);
    expect(counter('bank.citic', 'callbacksFailed') - before).toBeGreaterThanOrEqual(3);
  });

  it('retries while nothing listens at the callback URL', async () => {
    const gone = await new CallbackReceiver().start();
    const url = gone.url;
    await gone.stop();
    const request = query(person('11010519800101001'));
    await t.hub.batch('bank.ceb', url, [request]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(counter('bank.ceb', 'callbacksFailed')).toBeGreaterThanOrEqual(1);
    const back = await new CallbackReceiver().start(Number(new URL(url).port));
    try {
      expect((await back.waitFor(1)).map((r) => r.requestId)).toEqual([request.requestId]);
    } finally {
      await back.stop();
    }
  });

  it('gives up at once on a 4xx', async () => {
    const wrongSecret = await new CallbackReceiver('another-secret').start();
    try {
      await t.hub.batch('bank.hxb', wrongSecret.url, [query(person('11010519800101001'))]);
      while (counter('bank.hxb', 'callbacksRefused') === 0)
        await new Promise((resolve) => setTimeout(resolve, 10));
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(wrongSecret.refused).toBe(1);
      expect(wrongSecret.attempts).toBe(1);
    } finally {
      await wrongSecret.stop();
    }
  });
});

describe('the simulator process', () => {
  it('listens where it says, on an ephemeral port in tests', () => {
    expect(t.sim.port).toBeGreaterThan(0);
    expect(t.sim.url).toBe(`http://127.0.0.1:${t.sim.port}`);
    expect(t.sim.institutions[0]?.endpoint).toBe(`${t.sim.url}/inst/bank.icbc`);
  });
});
