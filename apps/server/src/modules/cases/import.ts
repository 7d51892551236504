/**
 * Migration from a legacy case system (历史数据迁移): one case per NDJSON line, as a filing body
 * (`filingSchema`) plus its original case number, filing date, state and timeline.
 *
 * Every line is checked as strictly as a new filing (identity numbers, credit codes, dates), plus what
 * only a migrated case has: a case number that parses, of a court that exists, filed in its year, not
 * taken already. A bad line is reported with its number and errors and the import goes on. Cases keep
 * their original numbers, and each court's counter is raised past them, so a new filing never reuses
 * one. Batches are written in bulk, one transaction and one audit entry each.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Platform } from '../../app';
import type { FieldError } from '../../platform/errors';
import { type Actor, platformActor } from '../audit/service';
import { CalendarYearMissingError, type LocalDate, type WorkingCalendar } from '../calendar/rules';
import { localDate } from '../calendar/zod';
import type { DeadlineRule } from '../compliance/rules';
import { CASE_TYPES, type CaseNumber, type CaseType, formatCaseNumber, parseCaseNumber } from './case-number';
import { RECORDABLE_EVENTS, type RecordableEvent, recordedEventError } from './events';
import { type FilingInput, filingErrors, filingSchema, partyFields } from './filing';
import { raiseSerials } from './generate';
import { CLOSING_METHODS, type ClosingMethodId } from './rules';
import { type CaseDraft, deriveDeadlines, type EventDraft, writeNewCases } from './writer';

/**
 * Nodes a legacy timeline may carry. Filing, receipt and closing come from `filedOn`, `receivedOn`
 * and `status`; an extension comes as its approval only, since a request would need the id of its
 * decision, which a legacy system does not have.
 */
const IMPORTABLE_EVENTS = [
  ...(Object.keys(RECORDABLE_EVENTS) as RecordableEvent[]),
  'case.assigned',
  'extension.approved',
] as const;

const timelineEvent = z
  .object({
    type: z.enum(IMPORTABLE_EVENTS),
    on: localDate,
    data: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

/** One line: a filing body plus what the legacy system knew of the case. */
export const importLineSchema = filingSchema.extend({
  /** Taken from the case number when absent. */
  type: z.enum(CASE_TYPES.map((t) => t.code) as [CaseType, ...CaseType[]]).optional(),
  caseNumber: z.string().trim().min(1).max(60),
  filedOn: localDate,
  status: z.enum(['open', 'closed']).default('open'),
  closedOn: localDate.optional(),
  closingMethod: z
    .enum(CLOSING_METHODS.map((m) => m.id) as [ClosingMethodId, ...ClosingMethodId[]])
    .optional(),
  timeline: z.array(timelineEvent).max(1000).default([]),
});

export type ImportLine = z.infer<typeof importLineSchema>;

export interface FailedLine {
  line: number;
  errors: FieldError[];
}

export interface ImportOptions {
  /** Cases per transaction. Default 1,000. */
  batchSize?: number;
  onProgress?: (progress: { lines: number; imported: number; failed: number }) => void;
  actor?: Actor;
}

export interface ImportResult {
  imported: number;
  /** Bad lines, in line order. */
  failed: FailedLine[];
  /** Cases imported without stored deadlines: their dates lie in years the calendar does not hold. */
  withoutDeadlines: number;
}

/** Who recorded an imported node: the migration, not an officer. */
const IMPORT_ACTOR_NAME = 'import';

interface Context {
  courtsByCode: Map<string, { id: string; code: string }>;
  today: LocalDate;
  now: string;
  calendar: WorkingCalendar;
  rules: readonly DeadlineRule[];
}

type Checked = { ok: true; draft: CaseDraft } | { ok: false; errors: FieldError[] };

const fail = (...errors: FieldError[]): Checked => ({ ok: false, errors });

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** The case number's own checks: it parses, its court exists, it was taken in the year of filing. */
function numberErrors(input: ImportLine, number: CaseNumber | null, context: Context): FieldError[] {
  if (!number) {
    return [{ path: 'caseNumber', message: 'is not an enforcement case number like （2024）京0105执1234号' }];
  }
  const errors: FieldError[] = [];
  if (!context.courtsByCode.has(number.courtCode)) {
    errors.push({ path: 'caseNumber', message: `court ${number.courtCode} does not exist` });
  }
  if (Number(input.filedOn.slice(0, 4)) !== number.year) {
    errors.push({ path: 'filedOn', message: `is not in ${number.year}, the year of the case number` });
  }
  if (input.type !== undefined && input.type !== number.type) {
    errors.push({ path: 'type', message: `does not match the case number's type ${number.type}` });
  }
  return errors;
}

/** The filing's own checks as of the day it was filed ("in the future" then means "after filedOn"). */
function filingErrorsOn(input: FilingInput, filedOn: LocalDate): FieldError[] {
  return filingErrors(input, filedOn).map((error) =>
    error.message === 'is in the future' ? { ...error, message: 'is after filedOn' } : error,
  );
}

function stateErrors(input: ImportLine, today: LocalDate): FieldError[] {
  const errors: FieldError[] = [];
  if (input.filedOn > today) errors.push({ path: 'filedOn', message: 'is in the future' });
  if (input.status === 'open') {
    if (input.closedOn) errors.push({ path: 'closedOn', message: 'only a closed case has one' });
    if (input.closingMethod) errors.push({ path: 'closingMethod', message: 'only a closed case has one' });
    return errors;
  }
  if (!input.closedOn) errors.push({ path: 'closedOn', message: 'is required for a closed case' });
  else if (input.closedOn < input.filedOn) errors.push({ path: 'closedOn', message: 'is before filedOn' });
  else if (input.closedOn > today) errors.push({ path: 'closedOn', message: 'is in the future' });
  if (!input.closingMethod) errors.push({ path: 'closingMethod', message: 'is required for a closed case' });
  return errors;
}

/** Each node lies within the case's life (received … closed or today) and carries valid data. */
function timelineErrors(input: ImportLine, today: LocalDate): FieldError[] {
  const begins = input.receivedOn ?? input.filedOn;
  const ends = input.closedOn ?? today;
  return input.timeline.flatMap((event, index): FieldError[] => {
    const path = `timeline.${index}`;
    if (event.on < begins) return [{ path: `${path}.on`, message: 'is before the case began' }];
    if (event.on > ends) {
      return [{ path: `${path}.on`, message: input.closedOn ? 'is after closedOn' : 'is in the future' }];
    }
    if (event.type === 'extension.approved') {
      const months = event.data.months;
      return typeof months === 'number' && Number.isInteger(months) && months >= 1 && months <= 12
        ? []
        : [{ path: `${path}.data.months`, message: 'a whole number of months from 1 to 12' }];
    }
    if (event.type === 'case.assigned') return [];
    const problem = recordedEventError(event.type, event.data);
    return problem ? [{ path: `${path}.${problem.path}`, message: problem.message }] : [];
  });
}

/** The timeline in date order: receipt and filing first, closing last, as the service records them. */
function eventDrafts(input: ImportLine, caseNumber: string, now: string): EventDraft[] {
  const event = (type: string, on: LocalDate, data: Record<string, unknown> = {}): EventDraft => ({
    type,
    on,
    // When the node was recorded (now), which lies outside its day: the engine then reads no instant.
    at: now,
    actorId: null,
    actorName: IMPORT_ACTOR_NAME,
    data,
  });
  const middle = [...input.timeline].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  return [
    event('application.received', input.receivedOn ?? input.filedOn),
    event('case.filed', input.filedOn, { caseNumber }),
    ...middle.map((e) => event(e.type, e.on, e.data)),
    ...(input.status === 'closed' && input.closedOn
      ? [event('case.closed', input.closedOn, { method: input.closingMethod })]
      : []),
  ];
}

function draftOf(input: ImportLine, number: CaseNumber, courtId: string, now: string): CaseDraft {
  const caseNumber = formatCaseNumber(number);
  const events = eventDrafts(input, caseNumber, now);
  const paid = events.reduce(
    (sum, e) => sum + (e.type === 'performance.recorded' ? Number(e.data.amount) : 0),
    0,
  );
  return {
    id: randomUUID(),
    courtId,
    courtCode: number.courtCode,
    type: number.type,
    year: number.year,
    serial: number.serial,
    caseNumber,
    status: input.status,
    filedOn: input.filedOn,
    receivedOn: input.receivedOn ?? input.filedOn,
    basis: input.basis,
    claimAmount: input.claimAmount,
    paidAmount: paid,
    officerId: null,
    flag: null,
    closedOn: input.status === 'closed' ? (input.closedOn ?? null) : null,
    closingMethod: input.status === 'closed' ? (input.closingMethod ?? null) : null,
    createdAt: now,
    parties: [
      ...input.applicants.map((party, position) => partyFields('applicant', party, position)),
      ...input.debtors.map((party, position) => partyFields('debtor', party, position)),
    ],
    events,
    deadlines: [],
  };
}

/** Checks one line and, when it is good, turns it into a case draft. */
function checkLine(text: string, context: Context): Checked {
  const json = parseJson(text);
  if (!json.ok) return fail({ path: '', message: json.message });
  const parsed = importLineSchema.safeParse(json.value);
  if (!parsed.success) {
    return fail(
      ...parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  const input = parsed.data;
  const number = parseCaseNumber(input.caseNumber);
  const errors = numberErrors(input, number, context);
  const type = input.type ?? number?.type ?? '执';
  errors.push(...filingErrorsOn({ ...input, type }, input.filedOn));
  errors.push(...stateErrors(input, context.today), ...timelineErrors(input, context.today));
  const court = number && context.courtsByCode.get(number.courtCode);
  if (errors.length > 0 || !number || !court) return fail(...errors);
  return { ok: true, draft: draftOf(input, number, court.id, context.now) };
}

/**
 * Deadlines as of today for the whole batch at once; when some case's dates lie in a year the
 * calendar does not hold (an old case), case by case, leaving such cases without stored deadlines.
 */
function deadlinesFor(drafts: CaseDraft[], context: Context): Set<string> {
  const missing = new Set<string>();
  try {
    deriveDeadlines(drafts, context.rules, context.calendar, context.today);
    return missing;
  } catch (error) {
    if (!(error instanceof CalendarYearMissingError)) throw error;
  }
  for (const draft of drafts) {
    try {
      deriveDeadlines([draft], context.rules, context.calendar, context.today);
    } catch (error) {
      if (!(error instanceof CalendarYearMissingError)) throw error;
      draft.deadlines = [];
      missing.add(draft.id);
    }
  }
  return missing;
}

interface Pending {
  line: number;
  draft: CaseDraft;
}

/** Writes one batch; returns the lines whose case number was taken already. */
async function writeBatch(platform: Platform, batch: readonly Pending[], actor: Actor): Promise<Pending[]> {
  const drafts = batch.map((item) => item.draft);
  const written = await platform.database.transaction(async (tx) => {
    // Counters first: their row locks make concurrent filings of these courts wait for this batch.
    await raiseSerials(tx, drafts);
    const inserted = await writeNewCases(tx, drafts);
    if (inserted.length > 0) {
      await platform.services.audit.append(tx, {
        actor,
        courtId: null,
        action: 'case.import',
        subject: `batch:${inserted[0]?.caseNumber ?? ''}..${inserted.at(-1)?.caseNumber ?? ''}`,
        after: { cases: inserted.length, ids: [inserted[0]?.id, inserted.at(-1)?.id] },
      });
    }
    return new Set(inserted.map((draft) => draft.id));
  });
  return batch.filter((item) => !written.has(item.draft.id));
}

async function loadContext(platform: Platform): Promise<Context> {
  const { rows } = await platform.database.sql.executeSql('select id, code from courts', []);
  const { calendar } = await platform.services.calendar.planningCalendar();
  return {
    courtsByCode: new Map(
      rows.map((row) => [String(row.code), { id: String(row.id), code: String(row.code) }]),
    ),
    today: platform.services.cases.today(),
    now: platform.clock.now().toISOString(),
    calendar,
    rules: platform.rulebook.deadlines(),
  };
}

/**
 * Imports NDJSON lines (blank lines are skipped); see the module comment. The lines are pulled only
 * after the courts and calendar are loaded, so a source that emits whether or not it is being read
 * (a readline interface) must be created lazily, e.g. inside an async generator.
 */
export async function importCases(
  platform: Platform,
  lines: AsyncIterable<string>,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const context = await loadContext(platform);
  const batchSize = Math.max(1, options.batchSize ?? 1000);
  const actor = options.actor ?? platformActor;
  const failed: FailedLine[] = [];
  let batch: Pending[] = [];
  let imported = 0;
  let withoutDeadlines = 0;
  let lineNumber = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const undated = deadlinesFor(
      batch.map((item) => item.draft),
      context,
    );
    const duplicates = await writeBatch(platform, batch, actor);
    for (const item of duplicates) {
      failed.push({ line: item.line, errors: [{ path: 'caseNumber', message: 'already exists' }] });
      undated.delete(item.draft.id);
    }
    imported += batch.length - duplicates.length;
    withoutDeadlines += undated.size;
    batch = [];
    options.onProgress?.({ lines: lineNumber, imported, failed: failed.length });
  };
  for await (const text of lines) {
    lineNumber += 1;
    if (text.trim() === '') continue;
    const checked = checkLine(text, context);
    if (checked.ok) batch.push({ line: lineNumber, draft: checked.draft });
    else failed.push({ line: lineNumber, errors: checked.errors });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  // A duplicate is found only when its batch is written: put the report back in line order.
  failed.sort((a, b) => a.line - b.line);
  return { imported, failed, withoutDeadlines };
}
