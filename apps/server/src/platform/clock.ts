/**
 * The platform clock: every read of "now" in Zhixing goes through it, so that a test, a demo or a
 * training court can move time and see deadlines, auctions and sweeps follow (Fineract's business date).
 */
export interface Clock {
  now(): Date;
  readonly settable: boolean;
}

export class SystemClock implements Clock {
  readonly settable = false;
  now(): Date {
    return new Date();
  }
}

/**
 * The instants a settable clock may be set to: the years the calendar, the case numbers and
 * PostgreSQL's timestamps all handle (year 0 or 9999 once made every sign-in fail until restart).
 */
export const SETTABLE_RANGE = {
  from: new Date('2000-01-01T00:00:00Z'),
  until: new Date('2100-01-01T00:00:00Z'),
} as const;

export function isSettableInstant(instant: Date): boolean {
  const ms = instant.getTime();
  return ms >= SETTABLE_RANGE.from.getTime() && ms < SETTABLE_RANGE.until.getTime();
}

/** A clock that can be set to an instant and then runs on from it at the real pace. */
export class SettableClock implements Clock {
  readonly settable = true;
  private offsetMs = 0;

  constructor(private readonly realNow: () => number = Date.now) {}

  now(): Date {
    return new Date(this.realNow() + this.offsetMs);
  }

  /** Refuses an instant outside SETTABLE_RANGE (the route answers 400 before it gets here). */
  set(instant: Date): void {
    if (!isSettableInstant(instant)) throw new RangeError(`clock instant out of range: ${instant.getTime()}`);
    this.offsetMs = instant.getTime() - this.realNow();
  }
}

export function createClock(mode: 'system' | 'settable'): Clock {
  return mode === 'settable' ? new SettableClock() : new SystemClock();
}

const shanghaiDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The legal date (YYYY-MM-DD) of an instant: legal dates are local dates in Asia/Shanghai. */
export function shanghaiDateOf(instant: Date): string {
  return shanghaiDate.format(instant);
}
