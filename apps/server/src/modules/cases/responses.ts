/**
 * The response schemas of the case routes: exactly what presenters.ts sends (a field missing here
 * would be dropped by the serializer), so clients generated from the OpenAPI document are typed.
 */
import { z } from 'zod';
import { textOut } from '../../platform/out';
import { CASE_FLAG_IDS } from './labels';

const provisional = {
  provisional: z.boolean().describe('counted without its year’s holidays (暂定): the date may move'),
  provisionalReason: textOut.nullable(),
};

const payoutAccountOut = z.object({ bankName: z.string(), accountNo: z.string(), accountName: z.string() });

const summary = {
  id: z.string(),
  caseNumber: z.string(),
  type: z.string(),
  status: z.enum(['open', 'closed']),
  filedOn: z.string(),
  claimAmount: z.number().int().describe('fen'),
  paidAmount: z.number().int().describe('fen'),
  flag: z.enum(CASE_FLAG_IDS).nullable(),
  closedOn: z.string().nullable(),
  closingMethod: z.string().nullable().describe('a key of `closingMethods` in GET /api/labels'),
};

export const caseListOut = z.object({
  items: z.array(
    z.object({
      ...summary,
      courtCode: z.string(),
      officerName: z.string().nullable(),
      applicants: z.array(z.string()),
      debtors: z.array(z.string()),
      nextDeadline: z
        .object({
          ruleId: z.string(),
          title: textOut.nullable(),
          dueOn: z.string(),
          overdue: z.boolean(),
          ...provisional,
        })
        .nullable()
        .describe('the unmet deadline due first'),
    }),
  ),
  total: z.number().int().describe('counted up to 10,000'),
  totalCapped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const partyOut = z.object({
  id: z.string(),
  role: z.enum(['applicant', 'debtor']),
  kind: z.enum(['person', 'entity']),
  name: z.string(),
  idNumber: z.string().nullable(),
  creditCode: z.string().nullable(),
  legalRepresentative: z.object({ name: z.string(), idNumber: z.string().optional() }).nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  payoutAccount: payoutAccountOut.nullable(),
});

export const deadlineStatus = z.enum(['open', 'met', 'met_late', 'overdue', 'paused']);

export const deadlineOut = z.object({
  ...provisional,
  ruleId: z.string(),
  key: z
    .string()
    .describe('which instance of a keyed rule (an asset’s or a lead’s id); empty for the case’s own'),
  clause: textOut,
  title: textOut,
  action: z.enum(['remind', 'warn', 'refuse']),
  triggeredOn: z.string(),
  dueOn: z.string(),
  satisfiedOn: z.string().nullable(),
  status: deadlineStatus,
  daysLeft: z
    .number()
    .int()
    .nullable()
    .describe('calendar days to dueOn, negative when overdue; null once met'),
});

export const warningOut = z.object({
  ruleId: z.string(),
  clause: textOut,
  title: textOut,
  level: z.enum(['info', 'warn']),
  message: textOut,
});

export const eventOut = z.object({
  id: z.number().int(),
  type: z.string().describe('a key of `events` in GET /api/labels'),
  on: z.string(),
  at: z.string().describe('when it was recorded'),
  actor: z.string().describe('the display name of who recorded it, or `system` / `import`'),
  data: z.record(z.string(), z.unknown()),
  evidence: z.array(z.string()).describe('document ids (the dossier’s)'),
});

export const caseDetailOut = z.object({
  ...summary,
  receivedOn: z.string(),
  court: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  basis: z.object({
    documentNumber: z.string(),
    issuingCourt: z.string(),
    kind: z.enum(['judgment', 'ruling', 'mediation', 'arbitration', 'notarial', 'other']),
    effectiveOn: z.string(),
    duty: z.string(),
  }),
  caseAccount: payoutAccountOut.describe('一案一账号: where the debtor pays'),
  officer: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  applicants: z.array(partyOut),
  debtors: z.array(partyOut),
  deadlines: z.array(deadlineOut),
  warnings: z.array(warningOut),
  timeline: z.array(eventOut),
  today: z.string(),
  abilities: z.array(z.string()).describe('what this user may do on the case now (none once closed)'),
});

export const myDeadlinesOut = z.object({
  today: z.string(),
  items: z.array(
    z.object({
      caseId: z.string(),
      caseNumber: z.string(),
      ruleId: z.string(),
      title: textOut.nullable(),
      dueOn: z.string(),
      status: deadlineStatus,
      ...provisional,
    }),
  ),
});
