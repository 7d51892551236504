/**
 * 执转破 (enforcement to bankruptcy): RULEBOOK › Enforcement to bankruptcy, as data and pure functions.
 * Bankruptcy = 关于执行案件移送破产审查若干问题的指导意见 (法发〔2017〕2号); CPL-Interp 511–514 (2022).
 * No I/O, no clock: today comes in as an argument.
 */
import { type Text, yuan } from '../../platform/i18n';
import type { Clause, DeadlineRule, GuardRule, RulebookPart } from '../compliance/rules';

// ─── Clauses ──────────────────────────────────────────────────────────────────────────────────────

/** Conditions of a transfer: enterprise legal person, one written consent, cannot pay. */
export const BANKRUPTCY_2: Clause = { source: 'Bankruptcy', article: '2' };
/** The enforcing court asks the applicant and the debtor whether they consent. */
export const BANKRUPTCY_4: Clause = { source: 'Bankruptcy', article: '4' };
/** Collegial panel's review; the president signs the transfer decision. */
export const BANKRUPTCY_5: Clause = { source: 'Bankruptcy', article: '5' };
/** The decision is served on applicant and debtor within 5 days (art. 6 is the basic court's approval). */
export const BANKRUPTCY_7: Clause = { source: 'Bankruptcy', article: '7' };
/**
 * Every enforcing court suspends on written notice of the decision; seasonal, fresh, perishable goods and
 * other property that keeps badly or loses value may still be sold, the proceeds not distributed.
 */
export const BANKRUPTCY_8: Clause = { source: 'Bankruptcy', article: '8' };
/** Not accepted: materials and property back within 7 days, enforcement resumes. */
export const BANKRUPTCY_18: Clause = { source: 'Bankruptcy', article: '18' };
/** A case whose transfer was not accepted is not transferred again. */
export const BANKRUPTCY_19: Clause = { source: 'Bankruptcy', article: '19' };
/** The bankruptcy court answers within 30 days. */
export const CPL_INTERP_512: Clause = { source: 'CPL-Interp', article: '512', version: '2022' };
/** Accepted: controls lifted; declared bankrupt: enforcement terminated. */
export const CPL_INTERP_513: Clause = { source: 'CPL-Interp', article: '513', version: '2022' };
export const OPINION_5: Clause = { source: 'Opinion-2021', article: '5' };

// ─── Nodes ────────────────────────────────────────────────────────────────────────────────────────

export const BANKRUPTCY_EVENTS = {
  consentRecorded: 'bankruptcy.consent_recorded',
  reviewed: 'bankruptcy.reviewed',
  decided: 'bankruptcy.decided',
  served: 'bankruptcy.decision_served',
  accepted: 'bankruptcy.accepted',
  notAccepted: 'bankruptcy.not_accepted',
  declared: 'bankruptcy.declared',
  materialsReturned: 'bankruptcy.materials_returned',
} as const;

/** Suspension and resumption are the engine's pause nodes (kind `suspension`), with this cause. */
export const SUSPENSION_CAUSE = 'bankruptcy_transfer';

// ─── States ───────────────────────────────────────────────────────────────────────────────────────

export const TRANSFER_STATES = [
  'consulting', // 征询意见: answers of applicant and debtor being collected
  'review_refused', // 合议庭评议不同意移送
  'reviewed', // 合议庭评议同意移送, awaiting the president's signature
  'decided', // 院长签署移送决定, enforcement suspended, to be served within 5 days
  'served', // 决定已送达, awaiting the bankruptcy court's answer
  'accepted', // 破产法院裁定受理: controls lifted
  'declared', // 宣告破产: enforcement terminated
  'not_accepted', // 不予受理: enforcement resumed, materials back within 7 days
  'returned', // 材料和财产已退回
] as const;
export type TransferState = (typeof TRANSFER_STATES)[number];

export type ConsentParty = 'applicant' | 'debtor';

export interface ConsentRecord {
  party: ConsentParty;
  partyId: string;
  name: string;
  consented: boolean;
  /** The written answer in the dossier (书面同意书 / 书面意见). */
  documentId: string | null;
  on: string;
}

// ─── The debtor and the suggestion ────────────────────────────────────────────────────────────────

export interface DebtorFacts {
  id: string;
  name: string;
  kind: 'person' | 'entity';
  creditCode: string | null;
}

/**
 * 企业法人: an entity whose unified social credit code was issued by the market regulator (first
 * character 9) for an enterprise (second character 1). Individual businesses (92), cooperatives (93),
 * institutions and social organisations are not enterprise legal persons and are not transferred.
 */
export function isEnterpriseLegalPerson(debtor: Pick<DebtorFacts, 'kind' | 'creditCode'>): boolean {
  return debtor.kind === 'entity' && debtor.creditCode !== null && /^91/u.test(debtor.creditCode);
}

export interface SuggestionInput {
  debtors: readonly DebtorFacts[];
  claimAmount: number;
  paidAmount: number;
  /** The online query has been answered at least once (the property was looked for). */
  inquiryAnswered: boolean;
  /** Money found that can be taken, and the known value of other assets found, in fen. */
  available: number;
  otherValue: number;
  /** The case was closed for lack of assets (终本): Opinion-2021 5 asks to start 执转破 for such cases. */
  dormant: boolean;
}

export interface Suggestion {
  suggested: boolean;
  /** The enterprise debtor the transfer would concern. */
  debtorId: string | null;
  reasons: Text[];
}

/**
 * The system suggests the transfer (Bankruptcy 4; Opinion-2021 5) when a debtor is an enterprise legal
 * person, its property has been looked for, and what was found does not pay what is still owed.
 */
export function suggestTransfer(input: SuggestionInput): Suggestion {
  const enterprise = input.debtors.find(isEnterpriseLegalPerson) ?? null;
  const outstanding = Math.max(input.claimAmount - input.paidAmount, 0);
  const found = input.available + input.otherValue;
  const reasons: Text[] = [];
  if (!enterprise) return { suggested: false, debtorId: null, reasons };
  if (outstanding === 0) return { suggested: false, debtorId: enterprise.id, reasons };
  if (!input.inquiryAnswered && !input.dormant) return { suggested: false, debtorId: enterprise.id, reasons };
  if (found >= outstanding && !input.dormant) return { suggested: false, debtorId: enterprise.id, reasons };
  reasons.push({
    zh: `被执行人${enterprise.name}为企业法人`,
    en: `The debtor ${enterprise.name} is an enterprise legal person`,
  });
  reasons.push({
    zh: `查控到的财产（可扣划款项${yuan(input.available)}，其他财产已知价值${yuan(input.otherValue)}）不足以清偿未履行的${yuan(outstanding)}`,
    en: `Property found (money ${yuan(input.available)}, other assets worth ${yuan(input.otherValue)} as known) does not pay the ${yuan(outstanding)} outstanding`,
  });
  if (input.dormant) {
    reasons.push({
      zh: '本案已终结本次执行程序，应及时启动执转破程序',
      en: 'The case was closed for lack of assets: the transfer should be started',
    });
  }
  return { suggested: true, debtorId: enterprise.id, reasons };
}

// ─── Guards ───────────────────────────────────────────────────────────────────────────────────────

/** The panel's review (and the president's decision after it) of a transfer. */
export const TRANSFER_ACTION = 'bankruptcy.transfer';

export interface TransferSubject {
  caseOpen: boolean;
  /** Closed for lack of assets (终本): Opinion-2021 5 asks courts to start 执转破 for such cases. */
  closedDormant: boolean;
  debtor: Pick<DebtorFacts, 'name' | 'kind' | 'creditCode'> | null;
  consents: readonly ConsentRecord[];
  /** A transfer of this case was not accepted before. */
  refusedBefore: boolean;
  /** The panel refused before: a new review needs new facts (what changed since). */
  reviewRefused: boolean;
  newFacts: string | null;
}

/** The written consents: an answer that consents and is in the dossier. */
export function writtenConsents(consents: readonly ConsentRecord[]): ConsentRecord[] {
  // The latest answer of each party counts (a party may withdraw its consent before the review).
  const latest = new Map<string, ConsentRecord>();
  for (const consent of consents) latest.set(`${consent.party}:${consent.partyId}`, consent);
  return [...latest.values()].filter((consent) => consent.consented && consent.documentId !== null);
}

export const TRANSFER_GUARDS: readonly GuardRule<TransferSubject>[] = [
  {
    id: 'bankruptcy.case_open',
    clause: BANKRUPTCY_2,
    see: [OPINION_5],
    action: TRANSFER_ACTION,
    check: ({ caseOpen, closedDormant }) =>
      caseOpen || closedDormant
        ? null
        : {
            zh: '案件已结案（终结本次执行程序的除外），不能移送破产审查',
            en: 'The case is closed (other than for lack of assets) and cannot be transferred',
          },
  },
  {
    id: 'bankruptcy.enterprise',
    clause: BANKRUPTCY_2,
    action: TRANSFER_ACTION,
    check: ({ debtor }) =>
      debtor && isEnterpriseLegalPerson(debtor)
        ? null
        : {
            zh: '执行案件移送破产审查的被执行人须为企业法人',
            en: 'Only a debtor that is an enterprise legal person is transferred for bankruptcy review',
          },
  },
  {
    id: 'bankruptcy.consent',
    clause: BANKRUPTCY_2,
    see: [BANKRUPTCY_4],
    action: TRANSFER_ACTION,
    check: ({ consents }) =>
      writtenConsents(consents).length > 0
        ? null
        : {
            zh: '移送破产审查须有申请执行人或被执行人的书面同意',
            en: 'A transfer for bankruptcy review needs the written consent of the applicant or the debtor',
          },
  },
  {
    id: 'bankruptcy.once',
    clause: BANKRUPTCY_19,
    action: TRANSFER_ACTION,
    check: ({ refusedBefore }) =>
      refusedBefore
        ? {
            zh: '本案移送破产审查已被裁定不予受理，不得再次移送',
            en: 'A transfer of this case was not accepted: the case is not transferred again',
          }
        : null,
  },
  {
    // Only the bankruptcy court's refusal bars a new transfer (Bankruptcy 19); the panel's own refusal
    // does not, but the panel reviews again only on facts it has not weighed.
    id: 'bankruptcy.review_again',
    clause: BANKRUPTCY_5,
    action: TRANSFER_ACTION,
    check: ({ reviewRefused, newFacts }) =>
      reviewRefused && !newFacts?.trim()
        ? {
            zh: '合议庭曾评议不同意移送，再次提请评议须说明新的事实',
            en: 'The panel refused the transfer before: a new review needs the new facts',
          }
        : null,
  },
];

// ─── Suspension of enforcement ────────────────────────────────────────────────────────────────────

/** Every enforcement act on a case (control, deduction, payout, sale) is checked against the suspension. */
export const ENFORCEMENT_ACTION = 'enforcement.act';

export type EnforcementAct = 'control' | 'deduct' | 'payout' | 'auction' | 'bid';

export interface EnforcementSubject {
  act: EnforcementAct;
  /** The transfer decision suspending this case, while neither resumed nor terminated. */
  suspension: { originCaseNumber: string; debtorName: string } | null;
  /** Why the property must be sold now (perishable, seasonal, losing value): only a sale may claim it. */
  perishableReason: string | null;
}

/** Acts that may go ahead on perishable property (Bankruptcy 8): selling it, not paying out the price. */
const SALE_ACTS: readonly EnforcementAct[] = ['auction', 'bid'];

export const SUSPENDED_GUARD: GuardRule<EnforcementSubject> = {
  id: 'bankruptcy.suspended',
  clause: BANKRUPTCY_8,
  action: ENFORCEMENT_ACTION,
  check: ({ act, suspension, perishableReason }) => {
    if (!suspension) return null;
    if (SALE_ACTS.includes(act) && perishableReason?.trim()) return null;
    return {
      zh: `执行已因${suspension.originCaseNumber}移送${suspension.debtorName}破产审查而中止，不得采取执行措施（鲜活、易腐烂变质或易贬值的财产可说明理由后变价，价款不作分配）`,
      en: `Enforcement is suspended by the transfer of ${suspension.debtorName} for bankruptcy review (${suspension.originCaseNumber}): no enforcement act (perishable property or property losing value may be sold, with the reason, the price not distributed)`,
    };
  },
};

/** The president signs only after the panel agreed. */
export const DECISION_ACTION = 'bankruptcy.decide';

export interface DecisionSubject {
  state: TransferState | null;
}

export const DECISION_GUARDS: readonly GuardRule<DecisionSubject>[] = [
  {
    id: 'bankruptcy.panel',
    clause: BANKRUPTCY_5,
    action: DECISION_ACTION,
    check: ({ state }) =>
      state === 'reviewed'
        ? null
        : {
            zh: '移送决定须经合议庭评议同意后由院长签署',
            en: 'The transfer decision is signed by the president after the collegial panel agreed',
          },
  },
];

// ─── Deadlines ────────────────────────────────────────────────────────────────────────────────────

export const SERVE_DECISION: DeadlineRule = {
  id: 'bankruptcy.serve_decision',
  clause: BANKRUPTCY_7,
  title: {
    zh: '移送决定作出后5日内送达申请执行人和被执行人',
    en: 'Serve the transfer decision on applicant and debtor within 5 days',
  },
  trigger: BANKRUPTCY_EVENTS.decided,
  satisfiedBy: [BANKRUPTCY_EVENTS.served],
  period: { count: 5, unit: 'days' },
  action: 'warn',
};

export const AWAIT_ANSWER: DeadlineRule = {
  id: 'bankruptcy.answer',
  clause: CPL_INTERP_512,
  title: {
    zh: '受移送法院30日内告知是否受理',
    en: 'The bankruptcy court answers within 30 days whether it accepts',
  },
  trigger: BANKRUPTCY_EVENTS.served,
  satisfiedBy: [BANKRUPTCY_EVENTS.accepted, BANKRUPTCY_EVENTS.notAccepted],
  period: { count: 30, unit: 'days' },
  action: 'remind',
};

export const RETURN_MATERIALS: DeadlineRule = {
  id: 'bankruptcy.return_materials',
  clause: BANKRUPTCY_18,
  title: {
    zh: '不予受理裁定生效后7日内退回材料和财产，恢复执行',
    en: 'Materials and property back within 7 days of the refusal; enforcement resumes',
  },
  trigger: BANKRUPTCY_EVENTS.notAccepted,
  satisfiedBy: [BANKRUPTCY_EVENTS.materialsReturned],
  period: { count: 7, unit: 'days' },
  action: 'warn',
};

export const bankruptcyRulebookPart: RulebookPart = {
  deadlines: [SERVE_DECISION, AWAIT_ANSWER, RETURN_MATERIALS],
  guards: [...TRANSFER_GUARDS, ...DECISION_GUARDS, SUSPENDED_GUARD],
};

// ─── Steps, as the panel shows them ───────────────────────────────────────────────────────────────

export type StepState = 'done' | 'current' | 'pending' | 'skipped' | 'refused';

export const STEPS = [
  { id: 'consent', zh: '征询并取得书面同意', en: 'Written consent' },
  { id: 'review', zh: '合议庭评议', en: 'Collegial panel review' },
  { id: 'decision', zh: '院长签署移送决定', en: 'President signs the decision' },
  { id: 'service', zh: '5日内送达决定', en: 'Decision served (5 days)' },
  { id: 'answer', zh: '受移送法院是否受理', en: 'Bankruptcy court’s answer' },
  {
    id: 'outcome',
    zh: '宣告破产终结执行 / 退回材料恢复执行',
    en: 'Termination on declaration / materials back, resumed',
  },
] as const;

/** Each step's state from the transfer's state. */
export function stepStates(
  state: TransferState | null,
  hasWrittenConsent: boolean,
): { id: (typeof STEPS)[number]['id']; state: StepState }[] {
  const order: Record<TransferState, number> = {
    consulting: 1,
    review_refused: 1,
    reviewed: 2,
    decided: 3,
    served: 4,
    accepted: 5,
    not_accepted: 5,
    declared: 6,
    returned: 6,
  };
  const reached = state === null ? 0 : order[state];
  return STEPS.map((step, index) => {
    if (index === 0) return { id: step.id, state: hasWrittenConsent ? 'done' : 'current' };
    if (state === 'review_refused' && index === 1) return { id: step.id, state: 'refused' };
    if (state === 'review_refused') return { id: step.id, state: 'skipped' };
    if (index < reached) return { id: step.id, state: 'done' };
    if (index === reached && hasWrittenConsent) return { id: step.id, state: 'current' };
    return { id: step.id, state: 'pending' };
  });
}
