/**
 * `npm run bench -- calendar` (or `npx tsx bench/calendar.ts [N]`): working-day deadlines per second,
 * the indexed `dueDate(…, 'working_days')` next to its baseline measured in the same run over the
 * same inputs, the day-by-day `naiveWorkingDaysDue`. Inputs: N seeded-random (from, count) pairs,
 * from in 2016–2025, count 1–200 working days. Every answer of the two is checked to agree.
 */
import { STATE_COUNCIL_CALENDAR } from '../apps/server/src/modules/calendar/holidays';
import {
  buildCalendar,
  dueDate,
  fromEpochDay,
  type LocalDate,
  naiveWorkingDaysDue,
  toEpochDay,
  type WorkingCalendar,
} from '../apps/server/src/modules/calendar/rules';

const N = Number(process.argv[2] ?? 20_000);
if (!Number.isInteger(N) || N < 1)
  throw new RangeError(`N must be a positive integer, got ${process.argv[2]}`);
const SEED = 20_240_210;
/** The fast path is timed over the inputs repeatedly until this much time has passed. */
const MIN_FAST_MS = 500;

interface Input {
  from: LocalDate;
  count: number;
}

/** mulberry32: a small seeded PRNG, so every run times the same inputs. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function inputs(n: number): Input[] {
  const random = prng(SEED);
  const first = toEpochDay('2016-01-01');
  const span = toEpochDay('2025-12-31') - first + 1;
  return Array.from({ length: n }, () => ({
    from: fromEpochDay(first + Math.floor(random() * span)),
    count: 1 + Math.floor(random() * 200),
  }));
}

type Due = (calendar: WorkingCalendar, from: LocalDate, count: number) => LocalDate;

const fast: Due = (calendar, from, count) => dueDate(calendar, from, count, 'working_days');

/** Runs `due` over every input `rounds` times; returns the answers of the last round and the time. */
function run(due: Due, calendar: WorkingCalendar, all: readonly Input[], rounds: number) {
  const answers: LocalDate[] = new Array(all.length);
  const started = performance.now();
  for (let round = 0; round < rounds; round += 1) {
    for (let i = 0; i < all.length; i += 1) {
      const input = all[i] as Input;
      answers[i] = due(calendar, input.from, input.count);
    }
  }
  return { answers, ms: performance.now() - started };
}

/** Deadlines per second, repeating the whole input set until at least `minMs` has passed. */
function measure(due: Due, calendar: WorkingCalendar, all: readonly Input[], minMs: number) {
  run(due, calendar, all.slice(0, 1000), 1); // warm-up
  let rounds = 1;
  for (;;) {
    const result = run(due, calendar, all, rounds);
    if (result.ms >= minMs || rounds >= 1024) {
      return { answers: result.answers, rounds, perSecond: (all.length * rounds * 1000) / result.ms };
    }
    rounds *= 2;
  }
}

function disagreements(a: readonly LocalDate[], b: readonly LocalDate[], all: readonly Input[]): string[] {
  return all.flatMap((input, i) =>
    a[i] === b[i] ? [] : [`${input.from} + ${input.count}: ${a[i]} vs ${b[i]}`],
  );
}

const rate = (perSecond: number) => Math.round(perSecond).toLocaleString('en-US').padStart(13);
const row = (method: string, perSecond: string, rounds: string) =>
  `  ${method.padEnd(42)}${perSecond.padStart(13)}${rounds.padStart(8)}`;

const calendar = buildCalendar(STATE_COUNCIL_CALENDAR);
const all = inputs(N);
const baseline = measure(naiveWorkingDaysDue, calendar, all, 0);
const indexed = measure(fast, calendar, all, MIN_FAST_MS);
const wrong = disagreements(indexed.answers, baseline.answers, all);
if (wrong.length > 0) {
  process.stderr.write(`${wrong.length} disagreements, e.g.\n  ${wrong.slice(0, 5).join('\n  ')}\n`);
  process.exit(1);
}
const count = N.toLocaleString('en-US');
process.stdout.write(
  [
    `working-day deadlines: ${count} seeded inputs (from in 2016–2025, 1–200 working days), all answers agree`,
    row('method', 'deadlines/s', 'rounds'),
    row("dueDate(…, 'working_days')  indexed", rate(indexed.perSecond), String(indexed.rounds)),
    row('naiveWorkingDaysDue         baseline', rate(baseline.perSecond), String(baseline.rounds)),
    row('speed-up', `${(indexed.perSecond / baseline.perSecond).toFixed(1)}×`, ''),
    '',
  ].join('\n'),
);
