import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RequestStore } from './requests';

describe('the request store', () => {
  it('remembers hundreds of thousands of ids per institution, through growth', () => {
    const store = new RequestStore();
    const ids = Array.from({ length: 200_000 }, () => randomUUID());
    ids.forEach((id, i) => {
      store.add(id, i % 7, i, i % 2 === 0 ? { json: `{"n":${i}}` } : { identifier: `ID${i % 100}` });
    });
    expect(store.size).toBe(200_000);
    const wrong = ids.filter((id, i) => {
      const stored = store.find(id, i % 7);
      const outcome = i % 2 === 0 ? stored?.json === `{"n":${i}}` : stored?.identifier === `ID${i % 100}`;
      return stored?.finalAt !== i || !outcome;
    });
    expect(wrong).toEqual([]);
    // The same id at another institution is another request; an unseen id is unknown.
    expect(store.find(ids[0] as string, 1)).toBeUndefined();
    expect(store.find(randomUUID(), 0)).toBeUndefined();
    expect(store.find((ids[0] as string).toUpperCase(), 0)?.finalAt).toBe(0);
  });
});
