/**
 * 终本案件的公开与更正: the ruling published on the internet with identity numbers masked (Dormant 6),
 * and wrong pool data corrected within 3 days (Dormant 18). Pure: data and functions, no I/O.
 */
import { maskIdentityNumber } from '../cases/identity';
import type { Clause, DeadlineRule, RulebookPart } from '../compliance/rules';
import type { DocumentBody } from '../documents/rules';

const DORMANT_18: Clause = { source: 'Dormant', article: '18' };

// ─── Publication (Dormant 6) ──────────────────────────────────────────────────────────────────────

/**
 * A resident identity number (18 characters, the last a digit or X; or the old 15 digits) standing
 * alone in a text: not inside a longer run of digits (an account or a credit code).
 */
const IDENTITY_NUMBER = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/gu;

/** Every identity number in a text masked as the public searches mask it: birth date hidden. */
export function maskIdentityNumbersIn(text: string): string {
  return text.replace(IDENTITY_NUMBER, (found) => maskIdentityNumber(found));
}

export interface PublicParty {
  role: 'applicant' | 'debtor';
  name: string;
  kind: 'person' | 'entity';
  /** Masked. */
  idNumber: string | null;
  creditCode: string | null;
}

export interface PublicRuling {
  caseNumber: string;
  courtName: string;
  title: string;
  closedOn: string;
  parties: PublicParty[];
  addressee: string;
  paragraphs: string[];
  signature: { courtName: string; date: string };
}

/**
 * The ruling as the public reads it: the document's own text (the same template the dossier's PDF is
 * printed from), the parties with their identity numbers masked, and any identity number an officer
 * typed into the text (the closing's remark) masked too.
 */
export function publicRuling(
  body: DocumentBody,
  closedOn: string,
  parties: readonly {
    role: 'applicant' | 'debtor';
    name: string;
    kind: 'person' | 'entity';
    idNumber: string | null;
    creditCode: string | null;
  }[],
): PublicRuling {
  const clean = maskIdentityNumbersIn;
  return {
    caseNumber: body.caseNumberLine,
    courtName: body.courtName,
    title: body.title,
    closedOn,
    parties: parties.map((party) => ({
      role: party.role,
      name: party.name,
      kind: party.kind,
      idNumber: party.idNumber ? maskIdentityNumber(party.idNumber) : null,
      creditCode: party.creditCode,
    })),
    addressee: clean(body.addressee),
    paragraphs: body.paragraphs.map(clean),
    signature: body.signature,
  };
}

// ─── Correction (Dormant 18) ──────────────────────────────────────────────────────────────────────

export const CORRECTION_EVENTS = {
  /** An error in the pool's data, found by the court or reported (by a party, the public, the higher court). */
  errorRecorded: 'dormant.error_recorded',
  /** The error corrected, or the entry removed from the pool. */
  corrected: 'dormant.corrected',
} as const;

/** What a recorded error concerns: the entry itself (wrongly pooled), the debtor's data, amounts, dates. */
export const ERROR_FIELDS = ['entry', 'debtor', 'amounts', 'dates'] as const;
export type ErrorField = (typeof ERROR_FIELDS)[number];

export const DORMANT_CORRECT: DeadlineRule = {
  id: 'dormant.correct',
  clause: DORMANT_18,
  title: {
    zh: '终本案件库信息错误的，3日内更正或删除',
    en: 'Correct or remove wrong pool data within 3 days',
  },
  trigger: CORRECTION_EVENTS.errorRecorded,
  satisfiedBy: [CORRECTION_EVENTS.corrected],
  // Each recorded error is its own deadline, met by its own correction.
  instanceKey: 'errorId',
  period: { count: 3, unit: 'days' },
  action: 'warn',
};

export const dormantPublicationRulebookPart: RulebookPart = {
  deadlines: [DORMANT_CORRECT],
};
