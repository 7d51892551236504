import { describe, expect, it } from 'vitest';
import { STATE_COUNCIL_CALENDAR } from '../calendar/holidays';
import { buildCalendar, type LocalDate } from '../calendar/rules';
import {
  type CaseFacts,
  checkGuards,
  clauseText,
  type Deadline,
  evaluateDeadlines,
  evaluateWarnings,
  Rulebook,
  type TimelineFact,
} from '../compliance/rules';
import { dormantRulebookPart } from '../dormant/rules';
import {
  CASE_ASSIGN,
  CASE_CONCLUDE,
  CASE_DEADLINES,
  CASE_LIMITATION,
  CLOSE_GUARDS,
  CLOSING_METHODS,
  type CloseSubject,
  type ClosingMethodId,
  casesRulebookPart,
  closeAction,
  dormantAllowedFrom,
  EXTENSION_GUARDS,
  EXTENSION_REQUEST_ACTION,
  type ExtensionSubject,
  isClosingMethod,
  isTerminationGround,
  lastDayToRequestExtension,
  limitationEndsOn,
  NOTICE_ISSUE,
  performedAmount,
  TERMINATION_GROUNDS,
} from './rules';

const calendar = buildCalendar(STATE_COUNCIL_CALENDAR);
const book = new Rulebook([casesRulebookPart, dormantRulebookPart]);

const ev = (type: string, on: LocalDate, data?: Record<string, unknown>): TimelineFact =>
  data ? { type, on, data } : { type, on };

function facts(events: readonly TimelineFact[], overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    filedOn: '2025-03-03',
    receivedOn: '2025-03-03',
    basisEffectiveOn: '2025-01-02',
    claimAmount: 1_000_000,
    status: 'open',
    events,
    ...overrides,
  };
}

/** The deadline of one rule of the cases module for this case. */
function deadlineOf(ruleId: string, f: CaseFacts, today: LocalDate): Deadline | undefined {
  return evaluateDeadlines(book.deadlines(), f, calendar, today).find((d) => d.ruleId === ruleId);
}

function mustDeadline(ruleId: string, f: CaseFacts, today: LocalDate): Deadline {
  const deadline = deadlineOf(ruleId, f, today);
  if (!deadline) throw new Error(`no deadline ${ruleId}`);
  return deadline;
}

describe('the cases part of the rulebook', () => {
  it('registers without duplicate ids, every rule with a clause that names a RULEBOOK source', () => {
    const sources = [
      'CPL',
      'CPL-Interp',
      'Opinion-2021',
      'Periods',
      'Work',
      'Procedure',
      'Dormant',
      'FileClose',
      'Property',
    ];
    const all = [...book.deadlines(), ...book.warnings(), ...book.guards()];
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const rule of all) {
      expect(sources).toContain(rule.clause.source);
      for (const see of rule.see ?? []) expect(sources).toContain(see.source);
    }
  });

  it('has the three deadlines, each titled in Chinese and English, and the limitation warning', () => {
    expect(CASE_DEADLINES.map((r) => r.id)).toEqual(['case.assign', 'notice.issue', 'case.conclude']);
    for (const rule of CASE_DEADLINES) {
      expect(rule.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.title.en).toMatch(/^[A-Z]/);
    }
    expect(book.byId('case.limitation')).toBe(CASE_LIMITATION);
  });

  it('cites the clauses of the law', () => {
    expect(clauseText(CASE_ASSIGN.clause).en).toBe('Periods 法发〔2006〕35号');
    expect(clauseText(NOTICE_ISSUE.clause)).toEqual({
      zh: '民诉法解释（2022年）第480条',
      en: 'CPL-Interp (2022) art. 480',
    });
    expect(clauseText(CASE_CONCLUDE.clause).en).toBe('Work art. 63');
    expect(CASE_CONCLUDE.see?.map((c) => clauseText(c).en)).toEqual([
      'Procedure art. 10',
      'Procedure art. 13',
      'Periods 法发〔2006〕35号',
    ]);
    expect(clauseText(CASE_LIMITATION.clause).en).toBe('CPL (2023) art. 250');
  });

  it('has guards for the extension request and every closing method', () => {
    const actions = new Set(book.guards().map((g) => g.action));
    expect(actions).toEqual(
      new Set([EXTENSION_REQUEST_ACTION, ...CLOSING_METHODS.map((m) => closeAction(m.id))]),
    );
  });
});

describe('case.assign — officer within 7 days of filing', () => {
  it('is due 7 days after filing, rolled past the Spring Festival', () => {
    // Fri 2025-01-24 + 7 = Fri 01-31, inside 春节 (01-28…02-04) → Wed 02-05.
    const d = mustDeadline('case.assign', facts([], { filedOn: '2025-01-24' }), '2025-01-24');
    expect(d).toMatchObject({ triggeredOn: '2025-01-24', dueOn: '2025-02-05', status: 'open', daysLeft: 12 });
  });

  it('met by the assignment on the due day, met_late after it, overdue without it', () => {
    // Mon 03-03 + 7 = Mon 03-10.
    expect(mustDeadline('case.assign', facts([ev('case.assigned', '2025-03-10')]), '2025-03-20').status).toBe(
      'met',
    );
    expect(mustDeadline('case.assign', facts([ev('case.assigned', '2025-03-11')]), '2025-03-20').status).toBe(
      'met_late',
    );
    expect(mustDeadline('case.assign', facts([]), '2025-03-10')).toMatchObject({
      status: 'open',
      daysLeft: 0,
    });
    expect(mustDeadline('case.assign', facts([]), '2025-03-11')).toMatchObject({
      status: 'overdue',
      daysLeft: -1,
    });
  });

  it('is not satisfied by closing: a case closed without an officer stays in breach', () => {
    const closed = facts([ev('case.closed', '2025-03-05')], { status: 'closed' });
    expect(mustDeadline('case.assign', closed, '2025-03-20').status).toBe('overdue');
  });
});

describe('notice.issue — execution notice within 3 days of assignment, at most 10 after the application', () => {
  it('yields nothing until the case is assigned', () => {
    expect(deadlineOf('notice.issue', facts([]), '2025-03-20')).toBeUndefined();
  });

  it('is due 3 days after assignment when the 10-day limit is later', () => {
    // received 03-03, assigned Wed 03-05: 3 days → Sat 03-08 → Mon 03-10; limit 03-13.
    const d = mustDeadline('notice.issue', facts([ev('case.assigned', '2025-03-05')]), '2025-03-05');
    expect(d).toMatchObject({ triggeredOn: '2025-03-05', dueOn: '2025-03-10', status: 'open' });
  });

  it('is due 10 days after the application when that comes first (CPL-Interp 480)', () => {
    // received 03-03 + 10 = Thu 03-13; assigned Wed 03-12: 3 days → Mon 03-17.
    const f = facts([ev('case.assigned', '2025-03-12')]);
    expect(mustDeadline('notice.issue', f, '2025-03-12').dueOn).toBe('2025-03-13');
    expect(mustDeadline('notice.issue', f, '2025-03-14').status).toBe('overdue');
    const late = facts([ev('case.assigned', '2025-03-12'), ev('notice.served', '2025-03-14')]);
    expect(mustDeadline('notice.issue', late, '2025-03-20').status).toBe('met_late');
  });

  it('crosses National Day: the 3-day period rolls to 10-09, the earlier 10-day limit wins', () => {
    // assigned Mon 09-29: 3 days → 10-02, in 国庆节 → 10-09; received Sat 09-20 + 10 = Tue 09-30.
    const f = facts([ev('case.assigned', '2025-09-29')], { receivedOn: '2025-09-20', filedOn: '2025-09-22' });
    expect(mustDeadline('notice.issue', f, '2025-09-29').dueOn).toBe('2025-09-30');
    const later = facts([ev('case.assigned', '2025-09-29')], {
      receivedOn: '2025-09-26',
      filedOn: '2025-09-26',
    });
    // 09-26 + 10 = 10-06 (holiday) → 10-09 too: the two limits meet.
    expect(mustDeadline('notice.issue', later, '2025-09-29').dueOn).toBe('2025-10-09');
  });

  it('is met by the notice served, or by closing first', () => {
    const served = facts([ev('case.assigned', '2025-03-05'), ev('notice.served', '2025-03-07')]);
    expect(mustDeadline('notice.issue', served, '2025-03-20')).toMatchObject({
      status: 'met',
      satisfiedOn: '2025-03-07',
    });
    const closed = facts([ev('case.assigned', '2025-03-05'), ev('case.closed', '2025-03-06')], {
      status: 'closed',
    });
    expect(mustDeadline('notice.issue', closed, '2025-03-20').status).toBe('met');
  });
});

describe('case.conclude — 6 months from filing', () => {
  it('is due 6 months after filing, rolled past National Day', () => {
    expect(mustDeadline('case.conclude', facts([], { filedOn: '2025-04-01' }), '2025-04-01').dueOn).toBe(
      '2025-10-09',
    );
  });

  it('is met by closing, whatever the method, and overdue when the case runs on', () => {
    const f = { filedOn: '2025-01-10' };
    expect(
      mustDeadline('case.conclude', facts([ev('case.closed', '2025-07-10')], f), '2025-08-01').status,
    ).toBe('met');
    expect(
      mustDeadline('case.conclude', facts([ev('case.closed', '2025-07-11')], f), '2025-08-01').status,
    ).toBe('met_late');
    expect(mustDeadline('case.conclude', facts([], f), '2025-07-11').status).toBe('overdue');
  });

  it('leaves out appraisal and publication, and is paused during a suspension (中止)', () => {
    const f = { filedOn: '2025-01-10' };
    const appraisal = [
      ev('pause.started', '2025-02-01', { kind: 'appraisal' }),
      ev('pause.ended', '2025-02-11', { kind: 'appraisal' }),
    ];
    // 07-10 + 10 = Sun 07-20 → Mon 07-21.
    expect(mustDeadline('case.conclude', facts(appraisal, f), '2025-03-01').dueOn).toBe('2025-07-21');
    const suspended = [ev('pause.started', '2025-03-01', { kind: 'suspension' })];
    expect(mustDeadline('case.conclude', facts(suspended, f), '2025-03-21')).toMatchObject({
      status: 'paused',
      dueOn: '2025-07-30',
    });
  });

  it('is lengthened by the approved extension', () => {
    const f = facts([ev('extension.approved', '2025-07-01', { requestId: 7, months: 3 })], {
      filedOn: '2025-01-10',
    });
    expect(mustDeadline('case.conclude', f, '2025-07-01').dueOn).toBe('2025-10-10');
  });
});

describe('case.limitation — filed more than 2 years after the basis took effect', () => {
  const warn = (basisEffectiveOn: LocalDate, filedOn: LocalDate) =>
    evaluateWarnings(book.warnings(), facts([], { basisEffectiveOn, filedOn }), filedOn);

  it('does not warn at exactly 2 years, warns one day more', () => {
    expect(limitationEndsOn('2023-03-14')).toBe('2025-03-14');
    expect(warn('2023-03-14', '2025-03-14')).toEqual([]);
    const [warning, ...rest] = warn('2023-03-14', '2025-03-15');
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      ruleId: 'case.limitation',
      clause: { en: 'CPL (2023) art. 250' },
      level: 'warn',
    });
    expect(warning?.message.en).toMatch(/^Filed with a limitation warning, the debtor may object/);
    expect(warning?.message.zh).toMatch(/^申请执行时效已过/);
    expect(warning?.message.zh).toContain('2025-03-14');
  });

  it('counts 2 years from 29 February to 28 February', () => {
    expect(limitationEndsOn('2024-02-29')).toBe('2026-02-28');
    expect(warn('2024-02-29', '2026-02-28')).toEqual([]);
    expect(warn('2024-02-29', '2026-03-01')).toHaveLength(1);
  });
});

describe('case.extension.timing — asked at least 5 days before expiry', () => {
  // filed 2025-01-10: due Thu 2025-07-10.
  const f = facts([], { filedOn: '2025-01-10' });
  const subject = (today: LocalDate): ExtensionSubject => ({
    facts: f,
    today,
    dueOn: mustDeadline('case.conclude', f, today).dueOn,
  });
  const check = (s: ExtensionSubject) => checkGuards(EXTENSION_GUARDS, EXTENSION_REQUEST_ACTION, s);

  it('allows a request 5 days before expiry, refuses one 4 days before', () => {
    expect(lastDayToRequestExtension('2025-07-10')).toBe('2025-07-05');
    expect(check(subject('2025-07-01'))).toEqual([]);
    expect(check(subject('2025-07-05'))).toEqual([]);
    const [violation, ...rest] = check(subject('2025-07-06'));
    expect(rest).toEqual([]);
    expect(violation).toMatchObject({ ruleId: 'case.extension.timing', clause: { en: 'Work art. 63' } });
    expect(violation?.message.en).toContain('4 days are left');
    expect(violation?.message.zh).toContain('尚余4日');
  });

  it('refuses after expiry, and without a running period', () => {
    expect(check(subject('2025-07-12'))[0]?.message.en).toContain('expired 2 days ago');
    expect(check({ facts: f, today: '2025-03-01', dueOn: null })).toHaveLength(1);
  });

  it('counts from the due date that pauses moved', () => {
    const paused = facts(
      [
        ev('pause.started', '2025-02-01', { kind: 'appraisal' }),
        ev('pause.ended', '2025-02-11', { kind: 'appraisal' }),
      ],
      { filedOn: '2025-01-10' },
    );
    const dueOn = mustDeadline('case.conclude', paused, '2025-07-16').dueOn; // 07-21
    expect(check({ facts: paused, today: '2025-07-16', dueOn })).toEqual([]);
    expect(check({ facts: paused, today: '2025-07-17', dueOn })).toHaveLength(1);
  });

  it('is reached through the rulebook by its action', () => {
    const s = subject('2025-07-08');
    expect(checkGuards(book.guards(), EXTENSION_REQUEST_ACTION, s).map((v) => v.ruleId)).toEqual([
      'case.extension.timing',
    ]);
  });
});

describe('closing methods', () => {
  it('lists the six methods of Work 64 with Chinese and English names', () => {
    expect(CLOSING_METHODS.map((m) => [m.id, m.zh])).toEqual([
      ['fully_performed', '执行完毕'],
      ['dormant', '终结本次执行程序'],
      ['terminated', '终结执行'],
      ['withdrawn', '销案'],
      ['not_enforced', '不予执行'],
      ['rejected', '驳回申请'],
    ]);
    for (const method of CLOSING_METHODS) expect(method.en).not.toBe('');
    expect(isClosingMethod('dormant')).toBe(true);
    expect(isClosingMethod('终结本次执行程序')).toBe(false);
    expect(closeAction('dormant')).toBe('case.close:dormant');
  });

  it('lists the six grounds of CPL art. 268 in order, in Chinese', () => {
    expect(TERMINATION_GROUNDS.map((g) => g.item)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(TERMINATION_GROUNDS[0]?.zh).toBe('申请人撤销申请的');
    expect(TERMINATION_GROUNDS[5]?.zh).toBe('人民法院认为应当终结执行的其他情形');
    expect(isTerminationGround('basis_revoked')).toBe(true);
    expect(isTerminationGround('bored')).toBe(false);
  });
});

describe('close guards', () => {
  const base = facts([], { filedOn: '2025-01-10', claimAmount: 500_000 });
  const subject = (method: ClosingMethodId, extra: Partial<CloseSubject> = {}): CloseSubject => ({
    facts: base,
    method,
    paidAmount: 0,
    today: '2025-06-01',
    ...extra,
  });
  const violations = (s: CloseSubject) => checkGuards(CLOSE_GUARDS, closeAction(s.method), s);
  const ids = (s: CloseSubject) => violations(s).map((v) => v.ruleId);

  describe('执行完毕 fully_performed', () => {
    it('needs the claim paid in full', () => {
      expect(ids(subject('fully_performed', { paidAmount: 500_000 }))).toEqual([]);
      expect(ids(subject('fully_performed', { paidAmount: 600_000 }))).toEqual([]);
      const [violation] = violations(subject('fully_performed', { paidAmount: 499_999 }));
      expect(violation).toMatchObject({
        ruleId: 'case.close.fully_performed',
        clause: { en: 'Work art. 64' },
      });
      expect(violation?.message.en).toContain('¥4,999.99 of ¥5,000.00');
      expect(violation?.message.zh).toContain('已履行¥4,999.99');
    });

    it("or the applicant's confirmation of performance", () => {
      const confirmed = { ...base, events: [ev('applicant.confirmed_performance', '2025-05-01')] };
      expect(ids(subject('fully_performed', { facts: confirmed }))).toEqual([]);
    });
  });

  describe('终结本次执行程序 dormant', () => {
    it("has no guard here: its conditions are the dormant module's one list (dormant/rules.ts)", () => {
      expect(ids(subject('dormant', { today: '2025-03-01' }))).toEqual([]);
    });

    it('is allowed from the day after the 3 months since filing', () => {
      // filed 2025-01-10: 3 months end 04-10.
      expect(dormantAllowedFrom('2025-01-10')).toBe('2025-04-11');
      expect(dormantAllowedFrom('2024-11-30')).toBe('2025-03-01');
    });
  });

  describe('终结执行 terminated', () => {
    it('needs a ground from CPL art. 268', () => {
      const [violation] = violations(subject('terminated'));
      expect(violation).toMatchObject({
        ruleId: 'case.close.terminated.ground',
        clause: { en: 'CPL (2023) art. 268' },
      });
      expect(ids(subject('terminated', { ground: 'debtor_is_annoying' }))).toEqual([
        'case.close.terminated.ground',
      ]);
      for (const ground of TERMINATION_GROUNDS.filter((g) => g.id !== 'other')) {
        expect(ids(subject('terminated', { ground: ground.id }))).toEqual([]);
      }
    });

    it('on "another circumstance" (item 6), needs the reason', () => {
      expect(ids(subject('terminated', { ground: 'other' }))).toEqual(['case.close.terminated.other_reason']);
      expect(ids(subject('terminated', { ground: 'other', reason: '  ' }))).toEqual([
        'case.close.terminated.other_reason',
      ]);
      expect(ids(subject('terminated', { ground: 'other', reason: '被执行人企业已注销且无财产' }))).toEqual(
        [],
      );
    });
  });

  describe('销案, 不予执行, 驳回申请', () => {
    for (const method of ['withdrawn', 'not_enforced', 'rejected'] as const) {
      it(`${method} needs a reason`, () => {
        const [violation, ...rest] = violations(subject(method));
        expect(rest).toEqual([]);
        expect(violation).toMatchObject({
          ruleId: `case.close.${method}.reason`,
          clause: { en: 'FileClose 法发〔2014〕26号' },
        });
        expect(ids(subject(method, { reason: '   ' }))).toEqual([`case.close.${method}.reason`]);
        expect(ids(subject(method, { reason: '管辖异议成立，移送有管辖权的法院' }))).toEqual([]);
      });
    }
  });

  it("checks only the chosen method's guards, also through the rulebook", () => {
    const s = subject('withdrawn', { reason: '申请人撤回申请' });
    expect(checkGuards(book.guards(), closeAction('withdrawn'), s)).toEqual([]);
    expect(checkGuards(book.guards(), closeAction('dormant'), subject('dormant')).length).toBeGreaterThan(1);
    expect(
      checkGuards(
        book.guardsFor<CloseSubject>(closeAction('rejected')),
        closeAction('rejected'),
        subject('rejected'),
      ),
    ).toHaveLength(1);
  });
});

describe('performedAmount — 已履行 from one place', () => {
  const node = (type: string, data: Record<string, unknown>) => ({ type, data });

  it('counts payment to the applicant, deductions and money reaching the account', () => {
    expect(
      performedAmount([
        node('performance.recorded', { amount: 10_000 }),
        node('asset.deducted', { amount: 27_735 }),
        node('funds.received', { amount: 50_000, source: 'deposit' }),
        node('funds.received', { amount: 2_000, source: 'cash' }),
        node('case.filed', { amount: 99 }),
      ]),
    ).toBe(89_735);
  });

  it("does not count a deduction twice: the bank's line for it books money counted at the deduction", () => {
    expect(
      performedAmount([
        node('asset.deducted', { amount: 27_735 }),
        node('funds.received', { amount: 27_735, source: 'deduction' }),
      ]),
    ).toBe(27_735);
  });

  it('ignores amounts that are not positive whole fen', () => {
    expect(
      performedAmount([node('funds.received', { amount: -5 }), node('asset.deducted', { amount: 1.5 })]),
    ).toBe(0);
  });
});
