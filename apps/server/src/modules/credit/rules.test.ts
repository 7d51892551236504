import { describe, expect, it } from 'vitest';
import { idNumber } from '../../test/factories';
import { checkGuards, Rulebook } from '../compliance/rules';
import {
  ageOn,
  CAMPUS_LOAN_RESTRICTION,
  CONSUMPTION_ALLOWANCE,
  creditRulebookPart,
  deletionRefusal,
  GROUND_ONE,
  GROUNDS,
  inForceFrom,
  LIST_ACTION,
  type ListingSubject,
  listingEndsOn,
  MINOR,
  measureState,
  measuresFor,
  PERFORMED_NOT_LIFTED,
  PERIOD,
  RECONSIDERATION_FILING,
  RELISTING,
  RESTRICTION_ONLY,
  TEMPORARY_LIFT,
  unliftedRestrictions,
} from './rules';

const subject = (overrides: Partial<ListingSubject> = {}): ListingSubject => ({
  ground: 1,
  debtor: { kind: 'person', idNumber: idNumber('19800101'), campusLoanStudent: false },
  decidedOn: '2025-09-26',
  ableToPerform: true,
  adequateSecurity: false,
  seizedPropertySufficient: false,
  laterInOrderOfPerformance: false,
  extensionYears: 0,
  extensionReason: null,
  applicantBarredUntil: null,
  onApplicantRequest: false,
  ...overrides,
});
const person = (birth: string) => ({
  kind: 'person' as const,
  idNumber: idNumber(birth),
  campusLoanStudent: false,
});

describe('age and credit.minor', () => {
  it('counts full years, a birthday counting on its day', () => {
    expect(ageOn('2007-09-26', '2025-09-25')).toBe(17);
    expect(ageOn('2007-09-26', '2025-09-26')).toBe(18);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('refuses a debtor under 18 on the decision date, not the day he turns 18, nor an entity', () => {
    expect(MINOR.check(subject({ debtor: person('20070927') }))?.zh).toContain('17周岁');
    expect(MINOR.check(subject({ debtor: person('20070926') }))).toBeNull();
    expect(MINOR.check(subject({ debtor: person('20070927'), decidedOn: '2025-09-27' }))).toBeNull();
    expect(
      MINOR.check(subject({ debtor: { kind: 'entity', idNumber: null, campusLoanStudent: false } })),
    ).toBeNull();
  });
});

describe('ground-1 guards', () => {
  it.each([
    ['adequateSecurity', '充分有效担保'],
    ['seizedPropertySufficient', '足以清偿'],
    ['laterInOrderOfPerformance', '先履行'],
  ] as const)('refuses ground 1 when %s', (field, text) => {
    expect(GROUND_ONE.check(subject({ [field]: true }))?.zh).toContain(text);
    expect(GROUND_ONE.check(subject({ [field]: true, ground: 2 }))).toBeNull();
  });

  it('names every reason at once, and allows the plain case', () => {
    const all = GROUND_ONE.check(
      subject({ adequateSecurity: true, seizedPropertySufficient: true, laterInOrderOfPerformance: true }),
    );
    expect(all?.en.split(';')).toHaveLength(3);
    expect(GROUND_ONE.check(subject())).toBeNull();
  });

  it('refuses a debtor who meets only the conditions of a restriction', () => {
    expect(RESTRICTION_ONLY.check(subject({ ableToPerform: false }))).not.toBeNull();
    expect(RESTRICTION_ONLY.check(subject({ ableToPerform: false, ground: 4 }))).toBeNull();
    expect(RESTRICTION_ONLY.check(subject())).toBeNull();
  });
});

describe('periods', () => {
  it('gives ground 1 no end and grounds 2–6 two years plus the extension', () => {
    expect(listingEndsOn(1, '2025-09-26', 0)).toBeNull();
    for (const { ground } of GROUNDS.filter((g) => g.ground !== 1)) {
      expect(listingEndsOn(ground, '2025-09-26', 0)).toBe('2027-09-26');
    }
    expect(listingEndsOn(2, '2025-09-26', 3)).toBe('2030-09-26');
    expect(listingEndsOn(3, '2024-02-29', 0)).toBe('2026-02-28');
  });

  it('refuses an extension on ground 1, beyond 3 years, or without reasons', () => {
    expect(PERIOD.check(subject({ extensionYears: 1, extensionReason: '情节严重' }))?.en).toContain(
      'no term',
    );
    expect(
      PERIOD.check(subject({ ground: 2, extensionYears: 4, extensionReason: '情节严重' }))?.en,
    ).toContain('1 to 3');
    expect(PERIOD.check(subject({ ground: 2, extensionYears: 2 }))?.en).toContain('reasons');
    expect(
      PERIOD.check(subject({ ground: 2, extensionYears: 2, extensionReason: '多项失信行为' })),
    ).toBeNull();
    expect(PERIOD.check(subject({ ground: 2 }))).toBeNull();
  });

  it('puts a grace period of months before the measure takes force', () => {
    expect(inForceFrom('2025-09-26', 0)).toBe('2025-09-26');
    expect(inForceFrom('2025-01-31', 1)).toBe('2025-02-28');
    expect(inForceFrom('2025-09-26', 3)).toBe('2025-12-26');
  });

  it('states a measure: pending in grace, in force, expired after its end, ended once deleted', () => {
    const record = { inForceFrom: '2025-10-26', endsOn: '2027-10-26', endedOn: null };
    expect(measureState(record, '2025-10-25')).toBe('pending');
    expect(measureState(record, '2025-10-26')).toBe('in_force');
    expect(measureState(record, '2027-10-26')).toBe('in_force');
    expect(measureState(record, '2027-10-27')).toBe('expired');
    expect(measureState({ ...record, endedOn: '2026-01-01' }, '2026-01-01')).toBe('ended');
    expect(measureState({ ...record, endedOn: '2026-01-01' }, '2025-12-31')).toBe('in_force');
  });
});

describe('deletion, relisting, campus loans, temporary lifting', () => {
  it('deletes ground 1 on the events of Dishonest 10 ¶1 and fixed periods only at expiry or early', () => {
    expect(deletionRefusal(1, 'performed')).toBeNull();
    expect(deletionRefusal(1, 'expired')).not.toBeNull();
    expect(deletionRefusal(2, 'performed')).not.toBeNull();
    expect(deletionRefusal(2, 'expired')).toBeNull();
    expect(deletionRefusal(6, 'early_decision')).toBeNull();
  });

  it('bars the applicant for six months after the deletion he asked for, not the court', () => {
    const barred = { applicantBarredUntil: '2026-01-01', onApplicantRequest: true };
    expect(RELISTING.check(subject({ ...barred, decidedOn: '2025-12-31' }))).not.toBeNull();
    expect(RELISTING.check(subject({ ...barred, decidedOn: '2026-01-01' }))).toBeNull();
    expect(
      RELISTING.check(subject({ ...barred, onApplicantRequest: false, decidedOn: '2025-12-31' })),
    ).toBeNull();
  });

  it('does not restrict or list a campus-loan student', () => {
    const student = { kind: 'person' as const, idNumber: idNumber('20030101'), campusLoanStudent: true };
    expect(CAMPUS_LOAN_RESTRICTION.check({ debtor: student })).not.toBeNull();
    const rulebook = new Rulebook([creditRulebookPart]);
    const violations = checkGuards(rulebook.guards(), LIST_ACTION, subject({ debtor: student }));
    expect(violations.map((v) => v.ruleId)).toEqual(['credit.campus_loan']);
  });

  it('lifts only flights and rail, for at most a month, with the president’s approval', () => {
    const lift = {
      from: '2025-01-31',
      until: '2025-02-28',
      items: ['flights'] as const,
      presidentApproved: true,
    };
    expect(TEMPORARY_LIFT.check({ ...lift, items: ['flights', 'rail'] })).toBeNull();
    expect(TEMPORARY_LIFT.check({ ...lift, until: '2025-03-01' })?.en).toContain('2025-02-28');
    expect(TEMPORARY_LIFT.check({ ...lift, items: ['hotels'] })).not.toBeNull();
    expect(TEMPORARY_LIFT.check({ ...lift, presidentApproved: false })).not.toBeNull();
    expect(TEMPORARY_LIFT.check({ ...lift, until: '2025-01-30' })).not.toBeNull();
  });
});

describe('measures by sector', () => {
  it('tells an airline no flights, a bank no wealth products, a government agency everything', () => {
    expect(measuresFor('airline')).toEqual(['flights']);
    expect(measuresFor('airline', ['flights'])).toEqual([]);
    expect(measuresFor('bank')).toEqual(['real_estate', 'vehicles', 'wealth_products']);
    expect(measuresFor('government')).toHaveLength(11);
  });
});

describe('credit.performed_not_lifted', () => {
  const facts = (events: { type: string; data?: Record<string, unknown> }[]) => ({
    filedOn: '2025-01-01',
    basisEffectiveOn: '2024-12-01',
    claimAmount: 100,
    status: 'closed' as const,
    events: events.map((e) => ({ ...e, on: '2025-09-26' })),
  });
  it('warns while a restriction outlives a full performance, and not once lifted', () => {
    const issued = { type: 'restriction.issued', data: { restrictionId: 'r1' } };
    const closed = { type: 'case.closed', data: { method: 'fully_performed' } };
    expect(PERFORMED_NOT_LIFTED.check(facts([issued, closed]), '2025-09-26', {})?.zh).toContain('1项');
    expect(
      unliftedRestrictions(facts([issued, { type: 'restriction.lifted', data: { restrictionId: 'r1' } }])),
    ).toEqual([]);
    expect(
      PERFORMED_NOT_LIFTED.check(
        facts([issued, { type: 'case.closed', data: { method: 'dormant' } }]),
        '2025-09-26',
        {},
      ),
    ).toBeNull();
  });
});

describe('necessary consumption allowed beforehand (credit.consumption, Restrict 8 and 3)', () => {
  const base = {
    basis: 'necessary' as const,
    applicantRole: 'debtor',
    from: '2025-10-01',
    until: '2025-10-05',
    decidedOn: '2025-09-30',
    allow: true,
    restrictionInForce: true,
  };
  it('allows consumption from the decision day on, and any refusal', () => {
    expect(CONSUMPTION_ALLOWANCE.check(base)).toBeNull();
    expect(CONSUMPTION_ALLOWANCE.check({ ...base, decidedOn: '2025-10-01' })).toBeNull();
    expect(CONSUMPTION_ALLOWANCE.check({ ...base, decidedOn: '2025-10-02', allow: false })).toBeNull();
  });
  it('refuses approval after the fact, a period ending before it starts, the debtor paying "privately", an ended restriction', () => {
    expect(CONSUMPTION_ALLOWANCE.check({ ...base, decidedOn: '2025-10-02' })?.zh).toContain('事先');
    expect(CONSUMPTION_ALLOWANCE.check({ ...base, until: '2025-09-30' })?.en).toContain('ends before');
    expect(CONSUMPTION_ALLOWANCE.check({ ...base, basis: 'own_property' })?.en).toContain('not the debtor');
    expect(
      CONSUMPTION_ALLOWANCE.check({ ...base, basis: 'own_property', applicantRole: 'legal_representative' }),
    ).toBeNull();
    expect(CONSUMPTION_ALLOWANCE.check({ ...base, restrictionInForce: false })).not.toBeNull();
  });
});

describe('reconsideration filed within 10 days of service (credit.reconsideration_filing, Dishonest 12)', () => {
  const base = { accepted: false, servedOn: '2025-09-10', filedOn: '2025-09-20', alreadyFiled: false };
  it('takes the tenth day after service and refuses the eleventh', () => {
    expect(RECONSIDERATION_FILING.check(base)).toBeNull();
    expect(RECONSIDERATION_FILING.check({ ...base, filedOn: '2025-09-21' })?.zh).toContain('2025-09-20');
  });
  it('refuses an undecided or accepted correction, a second filing, and one before service', () => {
    expect(RECONSIDERATION_FILING.check({ ...base, accepted: null })).not.toBeNull();
    expect(RECONSIDERATION_FILING.check({ ...base, accepted: true })).not.toBeNull();
    expect(RECONSIDERATION_FILING.check({ ...base, alreadyFiled: true })).not.toBeNull();
    expect(RECONSIDERATION_FILING.check({ ...base, filedOn: '2025-09-09' })).not.toBeNull();
  });
});
