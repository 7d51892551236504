import { z } from 'zod';
import type { FieldError } from '../../platform/errors';
import { localDate } from '../calendar/zod';
import { CASE_TYPES } from './case-number';
import { checkCreditCode, checkIdentityNumber } from './identity';

/** The shape of an application for enforcement (立案), as the filing form and the API send it. */
const text = (max: number) => z.string().trim().min(1).max(max);
const payoutAccount = z
  .object({ bankName: text(100), accountNo: z.string().regex(/^[0-9]{6,32}$/), accountName: text(100) })
  .strict();
const contact = {
  phone: z
    .string()
    .regex(/^[0-9+\-\s]{5,20}$/)
    .optional(),
  address: text(200).optional(),
};

const person = z
  .object({ kind: z.literal('person'), name: text(50), idNumber: z.string().trim(), ...contact })
  .strict();
const entity = z
  .object({
    kind: z.literal('entity'),
    name: text(100),
    creditCode: z.string().trim(),
    legalRepresentative: z.object({ name: text(50), idNumber: z.string().trim().optional() }).strict(),
    ...contact,
  })
  .strict();

const applicant = z.discriminatedUnion('kind', [
  person.extend({ payoutAccount }),
  entity.extend({ payoutAccount }),
]);
const debtor = z.discriminatedUnion('kind', [person, entity]);

export const filingSchema = z
  .object({
    type: z.enum(CASE_TYPES.map((t) => t.code) as [string, ...string[]]).default('执'),
    basis: z
      .object({
        documentNumber: text(100),
        issuingCourt: text(100),
        kind: z.enum(['judgment', 'ruling', 'mediation', 'arbitration', 'notarial', 'other']),
        effectiveOn: localDate,
        duty: text(2000),
      })
      .strict(),
    applicants: z.array(applicant).min(1).max(50),
    debtors: z.array(debtor).min(1).max(50),
    /** 申请执行标的, in fen. */
    claimAmount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    /** When the court received the application; today when absent. */
    receivedOn: localDate.optional(),
  })
  .strict();

export type FilingInput = z.infer<typeof filingSchema>;
export type PartyInput = FilingInput['applicants'][number] | FilingInput['debtors'][number];

/** The checks a schema cannot make: check characters (GB 11643, GB 32100) and dates against today. */
export function filingErrors(input: FilingInput, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (input.basis.effectiveOn > today)
    errors.push({ path: 'basis.effectiveOn', message: 'is in the future' });
  if (input.receivedOn && input.receivedOn > today)
    errors.push({ path: 'receivedOn', message: 'is in the future' });
  if (input.receivedOn && input.receivedOn < input.basis.effectiveOn) {
    errors.push({ path: 'receivedOn', message: 'is before the basis document took effect' });
  }
  const parties: [string, PartyInput[]][] = [
    ['applicants', input.applicants],
    ['debtors', input.debtors],
  ];
  for (const [role, list] of parties) {
    for (const [index, party] of list.entries())
      errors.push(...partyErrors(party, `${role}.${index}`, today));
  }
  return errors;
}

function partyErrors(party: PartyInput, path: string, today: string): FieldError[] {
  if (party.kind === 'person') {
    const check = checkIdentityNumber(party.idNumber, today);
    return check.ok ? [] : [{ path: `${path}.idNumber`, message: check.reason }];
  }
  const errors: FieldError[] = [];
  const code = checkCreditCode(party.creditCode);
  if (!code.ok) errors.push({ path: `${path}.creditCode`, message: code.reason });
  const representative = party.legalRepresentative.idNumber;
  if (representative) {
    const check = checkIdentityNumber(representative, today);
    if (!check.ok) errors.push({ path: `${path}.legalRepresentative.idNumber`, message: check.reason });
  }
  return errors;
}

/** A party's columns as filed: numbers upper-cased (a lowercase x is the same check character). */
export function partyFields(role: 'applicant' | 'debtor', party: PartyInput, position: number) {
  return {
    role,
    kind: party.kind,
    name: party.name,
    idNumber: party.kind === 'person' ? party.idNumber.toUpperCase() : null,
    creditCode: party.kind === 'entity' ? party.creditCode.toUpperCase() : null,
    legalRepresentative: party.kind === 'entity' ? party.legalRepresentative : null,
    phone: party.phone ?? null,
    address: party.address ?? null,
    payoutAccount: 'payoutAccount' in party ? party.payoutAccount : null,
    position,
  };
}
