import { describe, expect, it } from 'vitest';
import { createClock, SETTABLE_RANGE, SettableClock, SystemClock, shanghaiDateOf } from './clock';

describe('platform clock', () => {
  it('a settable clock runs on from the instant it was set to', () => {
    let real = 1_000_000;
    const clock = new SettableClock(() => real);
    clock.set(new Date('2025-09-26T01:00:00Z'));
    expect(clock.now().toISOString()).toBe('2025-09-26T01:00:00.000Z');
    real += 90_000;
    expect(clock.now().toISOString()).toBe('2025-09-26T01:01:30.000Z');
  });

  it('a settable clock refuses an instant outside 2000–2099 and keeps its time', () => {
    const clock = new SettableClock(() => 1_000_000);
    clock.set(new Date('2025-09-26T01:00:00Z'));
    for (const instant of ['0000-01-01T00:00:00Z', '9999-01-01T00:00:00Z', '2100-01-01T00:00:00Z']) {
      expect(() => clock.set(new Date(instant))).toThrow(RangeError);
    }
    expect(() => clock.set(new Date(Number.NaN))).toThrow(RangeError);
    expect(clock.now().toISOString()).toBe('2025-09-26T01:00:00.000Z');
    clock.set(SETTABLE_RANGE.from);
    expect(clock.now()).toEqual(SETTABLE_RANGE.from);
  });

  it('the system clock follows the machine and cannot be set', () => {
    const clock = createClock('system');
    expect(clock).toBeInstanceOf(SystemClock);
    expect(clock.settable).toBe(false);
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
    expect(createClock('settable').settable).toBe(true);
  });

  it('the legal date is the date in Asia/Shanghai', () => {
    expect(shanghaiDateOf(new Date('2025-09-30T16:30:00Z'))).toBe('2025-10-01');
    expect(shanghaiDateOf(new Date('2025-09-30T15:59:59Z'))).toBe('2025-09-30');
  });
});
