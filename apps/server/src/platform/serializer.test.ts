import { describe, expect, it } from 'vitest';
import { droppedPaths } from './serializer';

describe('what a response schema would drop', () => {
  it('names each field the answer has and the serialized one lacks, at any depth', () => {
    const given = { id: 'a', items: [{ x: 1, y: 2 }, { x: 3 }], nested: { keep: true, lost: null } };
    const sent = { id: 'a', items: [{ x: 1 }, { x: 3 }], nested: { keep: true } };
    expect(droppedPaths(given, sent)).toEqual(['items[0].y', 'nested.lost']);
  });

  it('finds nothing when the schema sends everything', () => {
    const answer = { a: [1, 2], b: { c: 'd' }, e: null };
    expect(droppedPaths(answer, structuredClone(answer))).toEqual([]);
  });
});
