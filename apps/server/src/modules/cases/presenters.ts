import type { Text } from '../../platform/i18n';
import { provisionalReason } from '../calendar/rules';
import type { Deadline, Warning } from '../compliance/rules';
import { caseAccount } from './account';
import type { CaseRow, CasesService, EventRow, PartyRow } from './service';

type Detail = Awaited<ReturnType<CasesService['detail']>>;
type Listing = Awaited<ReturnType<CasesService['list']>>;

/** A party as an officer sees it: officers work with full identity numbers; the public never does. */
export function presentParty(party: PartyRow) {
  return {
    id: party.id,
    role: party.role,
    kind: party.kind,
    name: party.name,
    idNumber: party.idNumber,
    creditCode: party.creditCode,
    legalRepresentative: party.legalRepresentative,
    phone: party.phone,
    address: party.address,
    payoutAccount: party.payoutAccount,
  };
}

export function presentEvent(event: EventRow) {
  return {
    id: event.id,
    type: event.type,
    on: event.on,
    at: event.at.toISOString(),
    actor: event.actorName,
    data: event.data,
    evidence: event.evidence,
  };
}

/**
 * Whether a due date is provisional (暂定) — counted with weekends only, in a year the calendar does
 * not hold yet — and why: every screen showing a date shows both.
 */
export function provisionalOf(dueOn: string, provisionalYears: readonly number[]) {
  const year = Number(dueOn.slice(0, 4));
  const provisional = provisionalYears.includes(year);
  return { provisional, provisionalReason: provisional ? provisionalReason(year) : null };
}

export function presentDeadline(deadline: Deadline, provisionalYears: readonly number[] = []) {
  return {
    ...provisionalOf(deadline.dueOn, provisionalYears),
    ruleId: deadline.ruleId,
    /** Which instance of a keyed rule (an asset's or a lead's id); '' for the case's own deadlines. */
    key: deadline.key,
    clause: deadline.clause,
    title: deadline.title,
    action: deadline.action,
    triggeredOn: deadline.triggeredOn,
    dueOn: deadline.dueOn,
    satisfiedOn: deadline.satisfiedOn,
    status: deadline.status,
    daysLeft: deadline.daysLeft,
  };
}

export function presentWarning(warning: Warning) {
  return {
    ruleId: warning.ruleId,
    clause: warning.clause,
    title: warning.title,
    level: warning.level,
    message: warning.message,
  };
}

function summary(row: CaseRow) {
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    type: row.type,
    status: row.status,
    filedOn: row.filedOn,
    claimAmount: row.claimAmount,
    paidAmount: row.paidAmount,
    flag: row.flag,
    closedOn: row.closedOn,
    closingMethod: row.closingMethod,
  };
}

export function presentCase(detail: Detail, abilities: string[]) {
  const { row, parties } = detail;
  return {
    ...summary(row),
    receivedOn: row.receivedOn,
    court: {
      id: detail.court?.id ?? row.courtId,
      code: detail.court?.code ?? '',
      name: detail.court?.name ?? '',
    },
    basis: row.basis,
    caseAccount: caseAccount(detail.court?.name ?? '', row.accountNo),
    officer: detail.officer ? { id: detail.officer.id, displayName: detail.officer.displayName } : null,
    applicants: parties.filter((p) => p.role === 'applicant').map(presentParty),
    debtors: parties.filter((p) => p.role === 'debtor').map(presentParty),
    deadlines: detail.deadlines.map((d) => presentDeadline(d, detail.provisionalYears)),
    warnings: detail.warnings.map(presentWarning),
    timeline: detail.events.map(presentEvent),
    today: detail.today,
    abilities,
  };
}

/** The list row: the case, its parties' names, its officer and its most urgent unmet deadline. */
export function presentListing(listing: Listing, titleOf: (ruleId: string) => Text | null) {
  return listing.items.map(({ row, officerName, courtCode }) => {
    const parties = listing.parties.filter((p) => p.caseId === row.id);
    const { nextDeadlineRuleId: ruleId, nextDeadlineOn: dueOn } = row;
    return {
      ...summary(row),
      courtCode,
      officerName: officerName ?? null,
      applicants: parties.filter((p) => p.role === 'applicant').map((p) => p.name),
      debtors: parties.filter((p) => p.role === 'debtor').map((p) => p.name),
      nextDeadline:
        ruleId && dueOn
          ? {
              ruleId,
              title: titleOf(ruleId),
              dueOn,
              overdue: dueOn < listing.today,
              ...provisionalOf(dueOn, listing.provisionalYears),
            }
          : null,
    };
  });
}
