import { describe, expect, it } from 'vitest';
import { checkGuards } from '../compliance/rules';
import {
  AWAIT_ANSWER,
  type ConsentRecord,
  DECISION_ACTION,
  DECISION_GUARDS,
  ENFORCEMENT_ACTION,
  type EnforcementSubject,
  isEnterpriseLegalPerson,
  RETURN_MATERIALS,
  SERVE_DECISION,
  SUSPENDED_GUARD,
  stepStates,
  suggestTransfer,
  TRANSFER_ACTION,
  TRANSFER_GUARDS,
  type TransferSubject,
  writtenConsents,
} from './rules';

const enterprise = {
  id: 'd1',
  name: '北京某某贸易有限公司',
  kind: 'entity' as const,
  creditCode: '91310110666007217T',
};
const person = { id: 'd2', name: '张三', kind: 'person' as const, creditCode: null };

const base = {
  debtors: [enterprise],
  claimAmount: 1_000_000,
  paidAmount: 0,
  inquiryAnswered: true,
  available: 0,
  otherValue: 0,
  dormant: false,
};

describe('enterprise legal person', () => {
  it('is an entity whose credit code begins 91', () => {
    expect(isEnterpriseLegalPerson(enterprise)).toBe(true);
    expect(isEnterpriseLegalPerson(person)).toBe(false);
    expect(isEnterpriseLegalPerson({ kind: 'entity', creditCode: '92110105MA00000000' })).toBe(false); // 个体工商户
    expect(isEnterpriseLegalPerson({ kind: 'entity', creditCode: '12100000400000000X' })).toBe(false); // 事业单位
    expect(isEnterpriseLegalPerson({ kind: 'entity', creditCode: null })).toBe(false);
  });
});

describe('the suggestion (Bankruptcy 4; Opinion-2021 5)', () => {
  it('suggests for an enterprise debtor whose property found does not pay, with reasons', () => {
    const s = suggestTransfer({ ...base, available: 300_000, otherValue: 200_000 });
    expect(s.suggested).toBe(true);
    expect(s.debtorId).toBe('d1');
    expect(s.reasons.map((r) => r.zh)).toEqual([
      '被执行人北京某某贸易有限公司为企业法人',
      '查控到的财产（可扣划款项¥3,000.00，其他财产已知价值¥2,000.00）不足以清偿未履行的¥10,000.00',
    ]);
  });

  it('does not suggest for a person, before the query, when the property pays, or when nothing is owed', () => {
    expect(suggestTransfer({ ...base, debtors: [person] }).suggested).toBe(false);
    expect(suggestTransfer({ ...base, inquiryAnswered: false }).suggested).toBe(false);
    expect(suggestTransfer({ ...base, available: 600_000, otherValue: 400_000 }).suggested).toBe(false);
    expect(suggestTransfer({ ...base, paidAmount: 1_000_000 }).suggested).toBe(false);
  });

  it('suggests for a dormant case, naming it, and picks the enterprise among several debtors', () => {
    const s = suggestTransfer({
      ...base,
      debtors: [person, enterprise],
      inquiryAnswered: false,
      dormant: true,
    });
    expect(s).toMatchObject({ suggested: true, debtorId: 'd1' });
    expect(s.reasons.at(-1)?.zh).toBe('本案已终结本次执行程序，应及时启动执转破程序');
  });
});

const consent = (overrides: Partial<ConsentRecord> = {}): ConsentRecord => ({
  party: 'applicant',
  partyId: 'a1',
  name: '王小明',
  consented: true,
  documentId: 'doc-1',
  on: '2026-01-10',
  ...overrides,
});

const subject = (overrides: Partial<TransferSubject> = {}): TransferSubject => ({
  caseOpen: true,
  closedDormant: false,
  debtor: enterprise,
  consents: [consent()],
  refusedBefore: false,
  reviewRefused: false,
  newFacts: null,
  ...overrides,
});

const ids = (s: TransferSubject) => checkGuards(TRANSFER_GUARDS, TRANSFER_ACTION, s).map((v) => v.ruleId);

describe('the transfer’s guards', () => {
  it('pass with an enterprise debtor and one written consent', () => {
    expect(ids(subject())).toEqual([]);
    expect(ids(subject({ consents: [consent({ party: 'debtor', partyId: 'd1' })] }))).toEqual([]);
  });

  it('each alone refuses with its rule and clause', () => {
    expect(ids(subject({ consents: [] }))).toEqual(['bankruptcy.consent']);
    expect(ids(subject({ consents: [consent({ documentId: null })] }))).toEqual(['bankruptcy.consent']);
    expect(ids(subject({ consents: [consent({ consented: false })] }))).toEqual(['bankruptcy.consent']);
    expect(ids(subject({ debtor: person }))).toEqual(['bankruptcy.enterprise']);
    expect(ids(subject({ caseOpen: false }))).toEqual(['bankruptcy.case_open']);
    expect(ids(subject({ refusedBefore: true }))).toEqual(['bankruptcy.once']);
    const [violation] = checkGuards(TRANSFER_GUARDS, TRANSFER_ACTION, subject({ consents: [] }));
    expect(violation?.clause).toEqual({
      zh: '《关于执行案件移送破产审查若干问题的指导意见》第2条',
      en: 'Bankruptcy art. 2',
    });
  });

  it('a case closed for lack of assets (终本) may be transferred; another closed case may not', () => {
    expect(ids(subject({ caseOpen: false, closedDormant: true }))).toEqual([]);
    const [violation] = checkGuards(TRANSFER_GUARDS, TRANSFER_ACTION, subject({ caseOpen: false }));
    expect(violation).toMatchObject({ ruleId: 'bankruptcy.case_open', clause: { en: 'Bankruptcy art. 2' } });
  });

  it('after the panel refused, a new review needs new facts', () => {
    expect(ids(subject({ reviewRefused: true }))).toEqual(['bankruptcy.review_again']);
    expect(ids(subject({ reviewRefused: true, newFacts: '  ' }))).toEqual(['bankruptcy.review_again']);
    expect(ids(subject({ reviewRefused: true, newFacts: '被执行人新增诉讼三起' }))).toEqual([]);
    expect(ids(subject({ newFacts: null }))).toEqual([]);
    const [violation] = checkGuards(TRANSFER_GUARDS, TRANSFER_ACTION, subject({ reviewRefused: true }));
    expect(violation?.clause.en).toBe('Bankruptcy art. 5');
  });

  it('a consent withdrawn later no longer counts; the other party’s still does', () => {
    const withdrawn = [consent(), consent({ consented: false, on: '2026-01-12' })];
    expect(writtenConsents(withdrawn)).toEqual([]);
    const debtorToo = [...withdrawn, consent({ party: 'debtor', partyId: 'd1', name: '公司' })];
    expect(writtenConsents(debtorToo).map((c) => c.party)).toEqual(['debtor']);
  });

  it('the president signs only after the panel agreed', () => {
    const decide = (state: Parameters<typeof stepStates>[0]) =>
      checkGuards(DECISION_GUARDS, DECISION_ACTION, { state }).map((v) => v.ruleId);
    expect(decide('reviewed')).toEqual([]);
    for (const state of ['consulting', 'review_refused', 'decided', null] as const) {
      expect(decide(state)).toEqual(['bankruptcy.panel']);
    }
  });
});

describe('the steps', () => {
  const states = (...args: Parameters<typeof stepStates>) => stepStates(...args).map((s) => s.state);
  it('follow the transfer', () => {
    expect(states(null, false)).toEqual(['current', 'pending', 'pending', 'pending', 'pending', 'pending']);
    expect(states('consulting', true)).toEqual([
      'done',
      'current',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    expect(states('reviewed', true)).toEqual(['done', 'done', 'current', 'pending', 'pending', 'pending']);
    expect(states('decided', true)).toEqual(['done', 'done', 'done', 'current', 'pending', 'pending']);
    expect(states('served', true)).toEqual(['done', 'done', 'done', 'done', 'current', 'pending']);
    expect(states('accepted', true)).toEqual(['done', 'done', 'done', 'done', 'done', 'current']);
    expect(states('declared', true)).toEqual(['done', 'done', 'done', 'done', 'done', 'done']);
    expect(states('not_accepted', true)).toEqual(['done', 'done', 'done', 'done', 'done', 'current']);
    expect(states('returned', true)).toEqual(['done', 'done', 'done', 'done', 'done', 'done']);
    expect(states('review_refused', true)).toEqual([
      'done',
      'refused',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
    ]);
  });
});

describe('the suspension of enforcement (Bankruptcy 8)', () => {
  const suspension = { originCaseNumber: '（2026）京0105执1号', debtorName: '北京某某贸易有限公司' };
  const check = (subject: EnforcementSubject) => checkGuards([SUSPENDED_GUARD], ENFORCEMENT_ACTION, subject);

  it('lets every act through on a case not suspended', () => {
    for (const act of ['control', 'deduct', 'payout', 'auction', 'bid'] as const) {
      expect(check({ act, suspension: null, perishableReason: null })).toEqual([]);
    }
  });

  it('refuses every act on a suspended case, naming the rule, the clause and the transfer', () => {
    for (const act of ['control', 'deduct', 'payout', 'auction', 'bid'] as const) {
      const [violation, ...rest] = check({ act, suspension, perishableReason: null });
      expect(rest).toEqual([]);
      expect(violation).toMatchObject({
        ruleId: 'bankruptcy.suspended',
        clause: { zh: '《关于执行案件移送破产审查若干问题的指导意见》第8条', en: 'Bankruptcy art. 8' },
      });
      expect(violation?.message.zh).toContain('（2026）京0105执1号');
    }
  });

  it('lets perishable property be sold with a reason, but not paid out, controlled or deducted', () => {
    const reason = '鲜活水产，不宜长期保存';
    expect(check({ act: 'auction', suspension, perishableReason: reason })).toEqual([]);
    expect(check({ act: 'bid', suspension, perishableReason: reason })).toEqual([]);
    expect(check({ act: 'auction', suspension, perishableReason: ' ' })).toHaveLength(1);
    for (const act of ['control', 'deduct', 'payout'] as const) {
      expect(check({ act, suspension, perishableReason: reason })).toHaveLength(1);
    }
  });
});

describe('the clauses (checked against RULEBOOK › Enforcement to bankruptcy and 法发〔2017〕2号)', () => {
  it('cite the article each provision stands in', () => {
    expect(SERVE_DECISION.clause).toEqual({ source: 'Bankruptcy', article: '7' });
    expect(SUSPENDED_GUARD.clause).toEqual({ source: 'Bankruptcy', article: '8' });
    expect(RETURN_MATERIALS.clause).toEqual({ source: 'Bankruptcy', article: '18' });
    expect(AWAIT_ANSWER.clause).toEqual({ source: 'CPL-Interp', article: '512', version: '2022' });
    const byId = new Map(TRANSFER_GUARDS.map((guard) => [guard.id, guard.clause.article]));
    expect(Object.fromEntries(byId)).toEqual({
      'bankruptcy.case_open': '2',
      'bankruptcy.enterprise': '2',
      'bankruptcy.consent': '2',
      'bankruptcy.once': '19',
      'bankruptcy.review_again': '5',
    });
    expect(DECISION_GUARDS[0]?.clause.article).toBe('5');
  });
});
