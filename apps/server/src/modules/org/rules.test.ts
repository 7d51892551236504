import { describe, expect, it } from 'vitest';
import {
  BackoffThrottle,
  childPath,
  courtLevelOf,
  courtPlacementError,
  FailureThrottle,
  isWithinScope,
} from './rules';

describe('court codes (法院代字)', () => {
  it.each([
    ['最高法', 'supreme'],
    ['京', 'high'],
    ['京03', 'intermediate'],
    ['京0105', 'basic'],
    ['沪0115', 'basic'],
  ])('%s is a %s court', (code, level) => {
    expect(courtLevelOf(code)).toBe(level);
  });

  it.each(['', 'X01', '京1', '京010', '京010501', 'beijing', '最高'])('rejects %j', (code) => {
    expect(courtLevelOf(code)).toBeNull();
  });

  it('places a court one level below its parent, in the same province', () => {
    expect(courtPlacementError('京0105', '京03')).toBeNull();
    expect(courtPlacementError('京0101', '京02')).toBeNull();
    expect(courtPlacementError('京03', '京')).toBeNull();
    expect(courtPlacementError('沪', '最高法')).toBeNull();
    expect(courtPlacementError('最高法', null)).toBeNull();
    expect(courtPlacementError('京0105', '沪01')).toBe('京0105 belongs under a court of 京');
    expect(courtPlacementError('京0105', '京')).toBe('京0105 belongs under a court of level intermediate');
    expect(courtPlacementError('京', null)).toBe('京 belongs under a court of level supreme');
    expect(courtPlacementError('最高法', '京')).toBe('最高法 has no parent court');
    expect(courtPlacementError('Q1', null)).toMatch(/not a court code/);
  });
});

describe('scope', () => {
  const supreme = childPath(null, 's');
  const beijing = childPath(supreme, 'b');
  const chaoyang = childPath(childPath(beijing, 'b3'), 'cy');
  const dongcheng = childPath(childPath(beijing, 'b2'), 'dc');

  it('a court sees itself and the courts below it, never a sibling or a superior', () => {
    expect(isWithinScope(beijing, chaoyang)).toBe(true);
    expect(isWithinScope(chaoyang, chaoyang)).toBe(true);
    expect(isWithinScope(chaoyang, dongcheng)).toBe(false);
    expect(isWithinScope(chaoyang, beijing)).toBe(false);
  });

  it('does not confuse ids that share a prefix', () => {
    expect(isWithinScope(childPath(null, 'ab'), childPath(null, 'abc'))).toBe(false);
  });
});

describe('FailureThrottle', () => {
  it('refuses a key after its limit within the window and lets it in when the oldest failure leaves', () => {
    const throttle = new FailureThrottle(3, 60_000);
    for (const at of [0, 10_000, 20_000]) throttle.recordFailure('u', at);
    expect(throttle.retryAfterSeconds('u', 20_000)).toBe(40);
    expect(throttle.retryAfterSeconds('other', 20_000)).toBe(0);
    expect(throttle.retryAfterSeconds('u', 60_001)).toBe(0);
  });

  it('forgets a key once cleared', () => {
    const throttle = new FailureThrottle(1, 60_000);
    throttle.recordFailure('u', 0);
    expect(throttle.retryAfterSeconds('u', 1)).toBeGreaterThan(0);
    throttle.clear('u');
    expect(throttle.retryAfterSeconds('u', 1)).toBe(0);
  });
});

describe('BackoffThrottle', () => {
  const options = { free: 3, baseMs: 1000, maxMs: 8000, forgetMs: 60_000, maxKeys: 3 };

  it('lets the first failures through, then doubles the wait up to its ceiling', () => {
    const throttle = new BackoffThrottle(options);
    const waits: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      throttle.recordFailure('k', 0);
      waits.push(throttle.retryAfterSeconds('k', 0));
    }
    expect(waits).toEqual([0, 0, 1, 2, 4, 8, 8]);
    expect(throttle.retryAfterSeconds('k', 7999)).toBe(1);
    expect(throttle.retryAfterSeconds('k', 8000)).toBe(0);
    expect(throttle.retryAfterSeconds('another', 0)).toBe(0);
  });

  it('forgets a quiet key, clears on success, and keeps at most maxKeys keys', () => {
    const throttle = new BackoffThrottle(options);
    for (let i = 0; i < 5; i += 1) throttle.recordFailure('k', 0);
    expect(throttle.retryAfterSeconds('k', 1)).toBeGreaterThan(0);
    throttle.recordFailure('k', 0);
    expect(throttle.retryAfterSeconds('k', 60_000)).toBe(0);
    for (let i = 0; i < 5; i += 1) throttle.recordFailure('k', 0);
    throttle.clear('k');
    expect(throttle.retryAfterSeconds('k', 1)).toBe(0);
    for (const key of ['a', 'b', 'c', 'd']) for (let i = 0; i < 5; i += 1) throttle.recordFailure(key, 0);
    expect(throttle.retryAfterSeconds('a', 1)).toBe(0);
    expect(throttle.retryAfterSeconds('d', 1)).toBeGreaterThan(0);
  });
});
