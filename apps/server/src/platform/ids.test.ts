import { describe, expect, it } from 'vitest';
import { timeOrderedIds } from './ids';

describe('timeOrderedIds', () => {
  it('gives UUIDv7s, each greater than the one before, also within one millisecond', () => {
    const next = timeOrderedIds();
    const ids = Array.from({ length: 20_000 }, () => next());
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    for (let i = 1; i < ids.length; i += 1) expect((ids[i] as string) > (ids[i - 1] as string)).toBe(true);
  });

  it('starts with the time it was made', () => {
    const before = Date.now();
    const id = timeOrderedIds()();
    const ms = Number.parseInt(id.replace('-', '').slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now() + 5);
  });
});
