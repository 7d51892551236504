/**
 * `npm run bench -- deadlines [N]`: the rulebook engine's deadline evaluation in memory, N seeded cases
 * (default 200,000), each figure next to a baseline measured in the same run:
 *
 * Each figure is the best of 5 runs after a warm-up.
 *
 * - the case rules alone on cases with no asset events (the engine as it was before keyed rules) next
 *   to the whole rulebook (the assets' keyed rules registered) on the same cases: what keyed rules
 *   cost the cases that do not use them;
 * - the whole rulebook on cases whose timelines hold 1–8 assets found online (some controlled) and a
 *   lead, next to the straightforward way of keyed deadlines: for each key, the timeline filtered to
 *   that key's events and evaluated by the same rule without a key. The two must agree.
 */
import { ASSET_CONTROL, ASSET_LEAD, assetsRulebookPart } from '../apps/server/src/modules/assets/rules';
import { STATE_COUNCIL_CALENDAR } from '../apps/server/src/modules/calendar/holidays';
import {
  addCalendarDays,
  buildCalendar,
  fromEpochDay,
  toEpochDay,
} from '../apps/server/src/modules/calendar/rules';
import { mulberry32 } from '../apps/server/src/modules/cases/generate';
import { casesRulebookPart } from '../apps/server/src/modules/cases/rules';
import {
  type CaseFacts,
  type Deadline,
  type DeadlineRule,
  evaluateMany,
  Rulebook,
  type TimelineFact,
} from '../apps/server/src/modules/compliance/rules';
import { inquiryRulebookPart } from '../apps/server/src/modules/inquiry/rules';

const N = Number(process.argv[2] ?? 200_000);
if (!Number.isInteger(N) || N < 1)
  throw new RangeError(`N must be a positive integer, got ${process.argv[2]}`);
const SEED = 20_261_201;
const TODAY = '2026-06-01';

const random = mulberry32(SEED);
const pick = (n: number) => Math.floor(random() * n);

function baseEvents(filedOn: string): TimelineFact[] {
  return [
    { type: 'application.received', on: filedOn },
    { type: 'case.filed', on: filedOn },
    { type: 'case.assigned', on: addCalendarDays(filedOn, 1 + pick(5)) },
    { type: 'inquiry.started', on: addCalendarDays(filedOn, 1) },
    { type: 'notice.served', on: addCalendarDays(filedOn, 2 + pick(6)) },
  ];
}

function assetEvents(filedOn: string, index: number): TimelineFact[] {
  const events: TimelineFact[] = [];
  const foundOn = addCalendarDays(filedOn, 2);
  for (let a = 0; a < 1 + pick(8); a += 1) {
    const assetId = `${index}-${a}`;
    const data = { assetId, via: 'online', hasValue: random() < 0.7, onlineControl: random() < 0.8 };
    events.push({ type: 'asset.found', on: foundOn, data });
    if (random() < 0.5)
      events.push({ type: 'asset.controlled', on: addCalendarDays(foundOn, pick(5)), data: { assetId } });
  }
  const at = `${foundOn}T${String(8 + pick(12)).padStart(2, '0')}:00:00+08:00`;
  const track = ['specific_urgent', 'applicant_urgent', 'applicant', 'other'][pick(4)];
  events.push({ type: 'lead.received', on: foundOn, at, data: { leadId: `L${index}`, track } });
  return events;
}

function caseload(withAssets: boolean): CaseFacts[] {
  const first = toEpochDay('2025-06-01');
  return Array.from({ length: N }, (_, index) => {
    const filedOn = fromEpochDay(first + pick(300));
    const events = baseEvents(filedOn);
    return {
      filedOn,
      receivedOn: filedOn,
      basisEffectiveOn: '2025-01-02',
      claimAmount: 10_000_000,
      status: 'open' as const,
      events: withAssets ? [...events, ...assetEvents(filedOn, index)] : events,
    };
  });
}

const calendar = buildCalendar(STATE_COUNCIL_CALENDAR);
const caseRules = new Rulebook([casesRulebookPart, inquiryRulebookPart]).deadlines();
const allRules = new Rulebook([casesRulebookPart, inquiryRulebookPart, assetsRulebookPart]).deadlines();

const ROUNDS = 5;

/** The best of ROUNDS runs after a warm-up (compiles, fills the date caches), so GC pauses of one run do not decide. */
function timed<T>(run: () => T): { value: T; ms: number } {
  let value = run();
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    value = run();
    best = Math.min(best, performance.now() - started);
  }
  return { value, ms: best };
}

/** Keyed deadlines the straightforward way: per key, the key's own events, evaluated without a key. */
function naiveKeyed(rule: DeadlineRule, list: readonly CaseFacts[]): Deadline[][] {
  const field = rule.instanceKey as string;
  const { instanceKey: _, ...plain } = rule;
  return list.map((facts) => {
    const keys = [
      ...new Set(
        facts.events.flatMap((e) =>
          e.type === rule.trigger && typeof e.data?.[field] === 'string' ? [e.data[field] as string] : [],
        ),
      ),
    ];
    return keys.flatMap((key) => {
      const own = facts.events.filter((e) =>
        e.type === rule.trigger
          ? e.data?.[field] === key
          : e.data?.[field] === undefined || e.data[field] === key,
      );
      return (
        evaluateMany([plain], [{ ...facts, events: own }], calendar, TODAY)[0]?.map((d) => ({ ...d, key })) ??
        []
      );
    });
  });
}

const rate = (count: number, ms: number) => `${Math.round((count / ms) * 1000).toLocaleString('en')}/s`;

const plainCases = caseload(false);
const caseOnly = timed(() => evaluateMany(caseRules, plainCases, calendar, TODAY));
const withKeyed = timed(() => evaluateMany(allRules, plainCases, calendar, TODAY));
console.log(`deadlines of ${N.toLocaleString('en')} cases without asset events`);
console.log(
  `  case rules only (baseline)          ${caseOnly.ms.toFixed(0)} ms  ${rate(N, caseOnly.ms)} cases`,
);
console.log(
  `  whole rulebook, keyed rules present ${withKeyed.ms.toFixed(0)} ms  ${rate(N, withKeyed.ms)} cases`,
);

const assetCases = caseload(true);
const keyed = timed(() => evaluateMany([ASSET_CONTROL, ASSET_LEAD], assetCases, calendar, TODAY));
const naive = timed(() => {
  const control = naiveKeyed(ASSET_CONTROL, assetCases);
  const lead = naiveKeyed(ASSET_LEAD, assetCases);
  return control.map((list, i) => [...list, ...(lead[i] ?? [])]);
});
const count = keyed.value.reduce((sum, list) => sum + list.length, 0);
const sorted = (list: readonly Deadline[]) =>
  JSON.stringify([...list].sort((a, b) => `${a.ruleId}${a.key}`.localeCompare(`${b.ruleId}${b.key}`)));
const disagreements = keyed.value.filter((list, i) => sorted(list) !== sorted(naive.value[i] ?? [])).length;
const whole = timed(() => evaluateMany(allRules, assetCases, calendar, TODAY));
console.log(
  `keyed deadlines of ${N.toLocaleString('en')} cases with 1–8 assets and a lead (${count.toLocaleString('en')} deadlines)`,
);
console.log(
  `  per-key projection (baseline)       ${naive.ms.toFixed(0)} ms  ${rate(count, naive.ms)} deadlines`,
);
console.log(
  `  instanceKey in the engine           ${keyed.ms.toFixed(0)} ms  ${rate(count, keyed.ms)} deadlines`,
);
console.log(`  whole rulebook on these cases       ${whole.ms.toFixed(0)} ms  ${rate(N, whole.ms)} cases`);
console.log(`  disagreements with the baseline     ${disagreements}`);
console.log(`peak RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
if (disagreements > 0) process.exit(1);
