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

/** A clock that can be set to an instant and then runs on from it at the real pace. */
export class SettableClock implements Clock {
  readonly settable = true;
  private offsetMs = 0;

  constructor(private readonly realNow: () => number = Date.now) {}

  now(): Date {
    return new Date(this.realNow() + this.offsetMs);
  }

  set(instant: Date): void {
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
