import { describe, expect, it } from 'vitest';
import { forEachAtMost } from './concurrency';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('forEachAtMost', () => {
  it('runs every item once, never more than the limit at a time', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await forEachAtMost([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running += 1;
      most = Math.max(most, running);
      await tick();
      seen.push(item);
      running -= 1;
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('throws the first failure only after every item has run', async () => {
    const seen: number[] = [];
    const run = forEachAtMost([1, 2, 3, 4], 2, async (item) => {
      await tick();
      seen.push(item);
      if (item % 2 === 0) throw new Error(`failed ${item}`);
    });
    await expect(run).rejects.toThrow('failed 2');
    expect(seen.sort()).toEqual([1, 2, 3, 4]);
  });

  it('does nothing for no items', async () => {
    let calls = 0;
    await forEachAtMost([], 4, async () => {
      calls += 1;
    });
    expect(calls).toBe(0);
  });
});
