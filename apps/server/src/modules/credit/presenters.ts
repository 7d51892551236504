import { maskIdentityNumber } from '../cases/identity';
import { ageOn, birthDateOf, GROUNDS, type Ground, groundOf } from './rules';
import {
  type ConsumptionRow,
  type CorrectionRow,
  type ListingRow,
  type RestrictionRow,
  stateOf,
} from './service';

/** A restriction as officers see it (full numbers: they work with them). */
export function presentRestriction(row: RestrictionRow, today: string) {
  return {
    id: row.id,
    debtorId: row.debtorId,
    kind: row.kind,
    name: row.name,
    idNumber: row.idNumber,
    creditCode: row.creditCode,
    status: stateOf(row, today),
    decidedOn: row.decidedOn,
    effectiveOn: row.inForceFrom,
    graceMonths: row.graceMonths,
    requestedBy: row.onApplicantRequest,
    exitBan: row.exitBan,
    boundPersons: row.boundPersons,
    temporaryLifts: row.temporaryLifts,
    endedOn: row.endedOn,
    endReason: row.endReason,
    documentId: row.documentId,
  };
}

/** A listing as officers see it; `effectiveOn` is the day it comes into force (after any grace period). */
export function presentListing(row: ListingRow, today: string) {
  return {
    id: row.id,
    debtorId: row.debtorId,
    kind: row.kind,
    name: row.name,
    idNumber: row.idNumber,
    creditCode: row.creditCode,
    ground: row.ground,
    groundText: { zh: groundOf(row.ground).zh, en: groundOf(row.ground).en },
    facts: row.facts,
    evidence: row.evidence,
    status: stateOf(row, today),
    decidedOn: row.decidedOn,
    effectiveOn: row.inForceFrom,
    endsOn: row.endsOn,
    graceMonths: row.graceMonths,
    extensionYears: row.extensionYears,
    extensionReason: row.extensionReason,
    requestedBy: row.onApplicantRequest,
    restrictionId: row.restrictionId,
    publicRole: row.publicRole,
    reportTo: row.reportTo,
    reportedOn: row.reportedOn,
    endedOn: row.endedOn,
    endReason: row.endReason,
    documentId: row.documentId,
  };
}

export function presentCorrection(row: CorrectionRow) {
  return {
    id: row.id,
    listingId: row.listingId,
    kind: row.kind,
    reason: row.reason,
    requestedOn: row.requestedOn,
    decidedOn: row.decidedOn,
    accepted: row.accepted,
    decisionNote: row.decisionNote,
    servedOn: row.servedOn,
    reconsideration:
      row.reconsiderationRequestedOn === null
        ? null
        : {
            requestedOn: row.reconsiderationRequestedOn,
            reason: row.reconsiderationReason,
            decidedOn: row.reconsiderationDecidedOn,
            decidedBy: row.reconsiderationDecidedBy,
            revoked: row.reconsiderationRevoked,
            note: row.reconsiderationNote,
          },
  };
}

export function presentConsumption(row: ConsumptionRow) {
  return {
    id: row.id,
    restrictionId: row.restrictionId,
    basis: row.basis,
    applicant: row.applicant,
    applicantRole: row.applicantRole,
    items: row.items,
    purpose: row.purpose,
    from: row.from,
    until: row.until,
    requestedOn: row.requestedOn,
    requestedBy: row.requestedBy,
    decidedOn: row.decidedOn,
    decidedBy: row.decidedBy,
    allowed: row.allowed,
    decisionNote: row.decisionNote,
  };
}

/** What a published listing shows (Dishonest 6), the identity number masked (RULEBOOK › Identity). */
export interface PublicListingRow {
  kind: 'person' | 'entity';
  name: string;
  idNumber: string | null;
  creditCode: string | null;
  legalRepresentative: string | null;
  ground: number;
  decidedOn: string;
  caseNumber: string;
  filedOn: string;
  court: string;
  basis: { documentNumber: string; issuingCourt: string; duty: string };
  claimAmount: number;
  paidAmount: number;
}

export function presentPublicListing(row: PublicListingRow) {
  const person = row.kind === 'person';
  const birth = person ? birthDateOf(row.idNumber) : null;
  return {
    name: row.name,
    kind: row.kind,
    ...(person
      ? {
          sex:
            row.idNumber && row.idNumber.length === 18
              ? Number(row.idNumber.charAt(16)) % 2 === 1
                ? '男'
                : '女'
              : null,
          age: birth === null ? null : ageOn(birth, row.decidedOn),
          idNumber: row.idNumber ? maskIdentityNumber(row.idNumber) : null,
        }
      : { creditCode: row.creditCode, legalRepresentative: row.legalRepresentative }),
    duty: row.basis.duty,
    performance:
      row.paidAmount >= row.claimAmount ? '全部履行' : row.paidAmount > 0 ? '部分履行' : '全部未履行',
    conduct: GROUNDS.find((g) => g.ground === (row.ground as Ground))?.zh ?? '',
    basisDocument: row.basis.documentNumber,
    basisIssuer: row.basis.issuingCourt,
    caseNumber: row.caseNumber,
    filedOn: row.filedOn,
    court: row.court,
    publishedOn: row.decidedOn,
  };
}

export function presentPublicRestriction(
  row: Omit<PublicListingRow, 'ground' | 'legalRepresentative' | 'basis' | 'claimAmount' | 'paidAmount'>,
) {
  return {
    name: row.name,
    kind: row.kind,
    idNumber: row.idNumber ? maskIdentityNumber(row.idNumber) : null,
    creditCode: row.creditCode,
    caseNumber: row.caseNumber,
    filedOn: row.filedOn,
    court: row.court,
    decidedOn: row.decidedOn,
  };
}
