/**
 * The response schemas of the credit routes (a case's restrictions, listings, corrections and
 * consumption requests; the public search): exactly what the presenters send (a field missing here
 * would be dropped by the serializer), so clients generated from the OpenAPI document are typed.
 * The partner routes answer hand-serialized and are not described here.
 */
import { z } from 'zod';
import { textOut } from '../../platform/out';
import { CREDIT_ACTIONS } from './policy';
import { MEASURE_STATES } from './rules';

const subjectKind = z.enum(['person', 'entity']);
const requestedBy = z.enum(['applicant', 'court']).describe('申请执行人申请或法院依职权');
const status = z
  .enum(MEASURE_STATES)
  .describe('today: `pending` in its grace period, `in_force`, `expired` (fixed period over), `ended`');

/** What a restriction and a listing both say of the debtor and the decision. */
const measure = {
  id: z.string(),
  debtorId: z.string(),
  kind: subjectKind,
  name: z.string(),
  idNumber: z.string().nullable(),
  creditCode: z.string().nullable(),
  status,
  decidedOn: z.string(),
  effectiveOn: z.string().describe('the day it comes into force (after any grace period)'),
  graceMonths: z.number().int(),
  requestedBy,
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  documentId: z.string().nullable(),
};

export const restrictionOut = z.object({
  ...measure,
  exitBan: z.boolean(),
  boundPersons: z.array(z.object({ role: z.string(), name: z.string(), idNumber: z.string() })),
  temporaryLifts: z.array(
    z.object({ from: z.string(), until: z.string(), items: z.array(z.string()), reason: z.string() }),
  ),
});

export const listingOut = z.object({
  ...measure,
  ground: z.number().int(),
  groundText: textOut,
  facts: z.string(),
  evidence: z.array(z.string()),
  endsOn: z.string().nullable().describe('null for ground 1: it ends on a deletion event'),
  extensionYears: z.number().int(),
  extensionReason: z.string().nullable(),
  restrictionId: z.string().nullable(),
  publicRole: z.string().describe('Dishonest 8: `none`, `state_employee`, `state_organ`, `state_enterprise`'),
  reportTo: z.string().nullable(),
  reportedOn: z.string().nullable(),
});

export const correctionOut = z.object({
  id: z.string(),
  listingId: z.string(),
  kind: z.string(),
  reason: z.string(),
  requestedOn: z.string(),
  decidedOn: z.string().nullable(),
  accepted: z.boolean().nullable(),
  decisionNote: z.string().nullable(),
  servedOn: z.string().nullable(),
  reconsideration: z
    .object({
      requestedOn: z.string(),
      reason: z.string().nullable(),
      decidedOn: z.string().nullable(),
      decidedBy: z.string().nullable(),
      revoked: z.boolean().nullable(),
      note: z.string().nullable(),
    })
    .nullable()
    .describe('null: none filed'),
});

export const consumptionOut = z.object({
  id: z.string(),
  restrictionId: z.string(),
  basis: z.string(),
  applicant: z.string(),
  applicantRole: z.string(),
  items: z.array(z.string()),
  purpose: z.string(),
  from: z.string(),
  until: z.string(),
  requestedOn: z.string(),
  requestedBy: z.string(),
  decidedOn: z.string().nullable(),
  decidedBy: z.string().nullable(),
  allowed: z.boolean().nullable(),
  decisionNote: z.string().nullable(),
});

export const caseCreditOut = z.object({
  today: z.string(),
  restrictions: z.array(restrictionOut),
  listings: z.array(listingOut),
  corrections: z.array(correctionOut),
  consumptionRequests: z.array(consumptionOut),
  debtors: z.array(
    z.object({
      id: z.string(),
      kind: subjectKind,
      name: z.string(),
      idNumber: z.string().nullable(),
      creditCode: z.string().nullable(),
    }),
  ),
  grounds: z.array(z.object({ ground: z.number().int(), zh: z.string(), en: z.string() })),
  abilities: z.array(z.enum(CREDIT_ACTIONS)),
});

/** Published fields only (Dishonest 6), identity numbers masked. */
export const publicListingsOut = z.object({
  items: z.array(
    z.object({
      name: z.string(),
      kind: subjectKind,
      sex: z.string().nullable().optional().describe('a person: 男 or 女'),
      age: z.number().int().nullable().optional().describe('a person, on the day of listing'),
      idNumber: z.string().nullable().optional().describe('a person, masked'),
      creditCode: z.string().nullable().optional().describe('an entity'),
      legalRepresentative: z.string().nullable().optional().describe('an entity'),
      duty: z.string(),
      performance: z.string().describe('全部履行, 部分履行 or 全部未履行'),
      conduct: z.string(),
      basisDocument: z.string(),
      basisIssuer: z.string(),
      caseNumber: z.string(),
      filedOn: z.string(),
      court: z.string(),
      publishedOn: z.string(),
    }),
  ),
});

export const publicRestrictionsOut = z.object({
  items: z.array(
    z.object({
      name: z.string(),
      kind: subjectKind,
      idNumber: z.string().nullable().describe('masked'),
      creditCode: z.string().nullable(),
      caseNumber: z.string(),
      filedOn: z.string(),
      court: z.string(),
      decidedOn: z.string(),
    }),
  ),
});
