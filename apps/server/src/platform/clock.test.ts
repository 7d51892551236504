import { describe, expect, it } from 'vitest';
import { createClock, SettableClock, SystemClock, shanghaiDateOf } from './clock';

describe('platform clock', () => {
  it('a settable clock runs on from the instant it was set to', () => {
    let real = 1_000_000;
    const clock = new SettableClock(() => real);
    clock.set(new Date('2025-09-26T01:00:00Z'));
    expect(clock.now().toISOString()).toBe('2025-09-26T01:00:00.000Z');
    real += 90_000;
    expect(clock.now().toISOString()).toBe('2025-09-26T01:01:30.000Z');
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
