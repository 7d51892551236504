import { describe, expect, it } from 'vitest';
import { groupBy } from './groups';

describe('groupBy', () => {
  it('keeps every item once, in its group, groups and items in the order they came', () => {
    const rows = [
      { id: 'a', court: 'c2' },
      { id: 'b', court: 'c1' },
      { id: 'c', court: 'c2' },
      { id: 'd', court: 'c3' },
      { id: 'e', court: 'c1' },
    ];
    const groups = groupBy(rows, (row) => row.court);
    expect([...groups.keys()]).toEqual(['c2', 'c1', 'c3']);
    expect(groups.get('c2')?.map((row) => row.id)).toEqual(['a', 'c']);
    expect(groups.get('c1')?.map((row) => row.id)).toEqual(['b', 'e']);
    expect(groups.get('c3')?.map((row) => row.id)).toEqual(['d']);
  });

  it('gives no group for no items', () => {
    expect(groupBy([], String).size).toBe(0);
  });
});
