/**
 * The response schemas of the dormant routes (the closing checklist, the pool entry and its
 * corrections, restorations, the supervision figures, the public search and ruling): exactly what the
 * services send (a field missing here would be dropped by the serializer), so clients generated from
 * the OpenAPI document are typed.
 */
import { z } from 'zod';
import { textOut } from '../../platform/out';
import { POOL_LEFT_REASONS, RESTORATION_GROUNDS } from './schema';

const subjectKind = z.enum(['person', 'entity']);
const fen = z.number().int();

export const closingCheckOut = z.object({
  caseId: z.string(),
  method: z.literal('dormant'),
  ready: z.boolean().describe('every condition met'),
  conditions: z.array(
    z.object({
      ruleId: z.string(),
      clause: textOut,
      title: textOut,
      met: z.boolean(),
      evidence: textOut.optional().describe('what meets it'),
      missing: textOut.optional().describe('what is missing'),
    }),
  ),
});

export const poolEntryOut = z.object({
  caseId: z.string(),
  courtId: z.string(),
  enteredOn: z.string(),
  endsOn: z.string().describe('the end of the 5 years of re-queries'),
  cycle: z.number().int().describe('the cycle the next re-query belongs to (1-based)'),
  nextDueOn: z.string().nullable(),
  lastQueriedOn: z.string().nullable(),
  lastRoundId: z.string().nullable(),
  queries: z.number().int(),
  found: z.number().int(),
  leftOn: z.string().nullable(),
  leftReason: z.enum(POOL_LEFT_REASONS).nullable(),
  createdAt: z.string(),
});

export const poolOut = z.object({ entry: poolEntryOut.nullable().describe('null: the case is not pooled') });
export const correctedOut = z.object({ entry: poolEntryOut });
export const errorRecordedOut = z.object({
  errorId: z.string(),
  dueOn: z.string().describe('the day the error was recorded: `dormant.correct` counts from it'),
});

export const restorationsOut = z.object({
  restoredFrom: z.array(z.object({ id: z.string(), caseNumber: z.string(), restoredOn: z.string() })),
  restoredAs: z.array(
    z.object({
      id: z.string(),
      caseNumber: z.string(),
      restoredOn: z.string(),
      ground: z.enum(RESTORATION_GROUNDS),
    }),
  ),
});

export const restoredOut = z.object({ id: z.string(), caseNumber: z.string() });

export const dormantFiguresOut = z.object({
  today: z.string(),
  courts: z.array(
    z.object({
      courtId: z.string(),
      code: z.string(),
      name: z.string(),
      closed: z.number().int(),
      dormant: z.number().int(),
      dormantRate: z.number().nullable().describe('null: nothing closed'),
      restored: z.number().int(),
      pooled: z.number().int(),
      requeryDue: z.number().int(),
      requeried: z.number().int(),
      requeryCoverage: z.number().nullable().describe('null: no re-query due'),
      closedWithConditionMissing: z.number().int(),
    }),
  ),
});

export const publicDormantOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      caseNumber: z.string(),
      court: z.string(),
      debtor: z.object({
        name: z.string(),
        kind: subjectKind,
        idNumber: z.string().nullable().describe('masked'),
        creditCode: z.string().nullable(),
      }),
      filedOn: z.string(),
      closedOn: z.string().nullable(),
      enteredOn: z.string(),
      claimAmount: fen,
      unpaidAmount: fen,
      ruling: z.string().describe('the published ruling’s path'),
    }),
  ),
});

export const publicRulingOut = z.object({
  caseNumber: z.string(),
  courtName: z.string(),
  title: z.string(),
  closedOn: z.string(),
  parties: z.array(
    z.object({
      role: z.enum(['applicant', 'debtor']),
      name: z.string(),
      kind: subjectKind,
      idNumber: z.string().nullable().describe('masked'),
      creditCode: z.string().nullable(),
    }),
  ),
  addressee: z.string(),
  paragraphs: z.array(z.string()),
  signature: z.object({ courtName: z.string(), date: z.string() }),
});
