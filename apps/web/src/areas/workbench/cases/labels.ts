/**
 * Chinese and English names of what the cases API sends as codes. The server's lists are the source:
 * rule titles (cases/rules.ts), event types (cases/events.ts and the service), closing methods and the
 * CPL 268 grounds (cases/rules.ts), pause kinds (compliance/rules.ts).
 */
export interface Named {
  zh: string;
  en: string;
}

/** Who recorded a node when no person did: the platform itself, or a batch import. */
const NON_PERSONS: Record<string, Named> = {
  system: { zh: '系统', en: 'System' },
  import: { zh: '批量导入', en: 'Import' },
};

/** The name of whoever recorded a node: a person's display name, or what did it when no person did. */
export function actorName(actor: string): Named {
  return NON_PERSONS[actor] ?? { zh: actor, en: actor };
}

export const DEADLINE_STATUS: Record<string, Named & { color: string }> = {
  open: { zh: '进行中', en: 'Open', color: 'processing' },
  met: { zh: '已完成', en: 'Met', color: 'success' },
  met_late: { zh: '逾期完成', en: 'Met late', color: 'warning' },
  overdue: { zh: '已超期', en: 'Overdue', color: 'error' },
  paused: { zh: '扣除中', en: 'Paused', color: 'default' },
};

/** `title` as the rulebook words it (the case page receives it too); `short` for lists and tags. */
export const RULES: Record<string, { title: Named; short: Named }> = {
  'case.assign': {
    title: { zh: '立案后7日内确定承办人', en: 'Assign an officer within 7 days of filing' },
    short: { zh: '确定承办人', en: 'Assign an officer' },
  },
  'notice.issue': {
    title: {
      zh: '承办人收案后3日内发出执行通知书和报告财产令（至迟收到申请后10日内）',
      en: 'Serve the execution notice and property-report order within 3 days of assignment (at most 10 days after the application)',
    },
    short: { zh: '发出执行通知书', en: 'Serve the notice' },
  },
  'inquiry.start': {
    title: {
      zh: '收案后5个工作日内发起网络查控（总对总、点对点）',
      en: 'Start the online property query within 5 working days of receiving the case',
    },
    short: { zh: '发起网络查控', en: 'Start the property query' },
  },
  'case.conclude': {
    title: { zh: '立案之日起6个月内执结', en: 'Conclude the case within 6 months of filing' },
    short: { zh: '6个月执行期限', en: '6-month period' },
  },
  'assets.control': {
    title: {
      zh: '网络查控发现的财产：能在线控制的立即控制，不能在线控制的3个工作日内控制',
      en: 'Control property found online at once, or within 3 working days where it cannot be controlled online',
    },
    short: { zh: '控制查到的财产', en: 'Control property found' },
  },
  'assets.lead': {
    title: {
      zh: '财产线索：明确具体且紧急的24小时内核查；申请执行人的其他线索7日内（紧急的3日内）核查',
      en: 'Verify a lead: a specific, urgent one within 24 hours; the applicant’s others within 7 days (3 if urgent)',
    },
    short: { zh: '核查财产线索', en: 'Verify a lead' },
  },
};

/**
 * A rule's name: ours, else the title the server sent with it, else a neutral name — never the rule's
 * id, which is code, not a name.
 */
export function ruleName(ruleId: string, form: 'title' | 'short' = 'short', sent?: Named | null): Named {
  return RULES[ruleId]?.[form] ?? sent ?? { zh: '办案期限', en: 'Deadline' };
}

export const EVENT_NAMES: Record<string, Named> = {
  'application.received': { zh: '收到执行申请', en: 'Application received' },
  'case.filed': { zh: '立案', en: 'Filed' },
  'case.assigned': { zh: '分案', en: 'Assigned' },
  'notice.served': { zh: '送达执行通知书', en: 'Execution notice served' },
  'report_order.served': { zh: '送达报告财产令', en: 'Property-report order served' },
  'document.issued': { zh: '制作文书', en: 'Document issued' },
  'document.served': { zh: '送达其他文书', en: 'Other document served' },
  'inquiry.started': { zh: '发起网络查控', en: 'Online property query started' },
  'inquiry.answered': { zh: '网络查控反馈完毕', en: 'Online property query answered' },
  'investigation.onsite': { zh: '现场调查', en: 'On-site investigation' },
  'interview.applicant': { zh: '约谈申请执行人', en: 'Applicant interviewed' },
  'restriction.issued': { zh: '发布限制消费令', en: 'Consumption restriction issued' },
  'performance.recorded': { zh: '被执行人履行（直接给付）', en: 'Debtor paid (directly)' },
  'applicant.confirmed_performance': {
    zh: '申请执行人确认履行完毕',
    en: 'Applicant confirmed performance',
  },
  'applicant.agreed_dormant': {
    zh: '申请执行人同意终结本次执行',
    en: 'Applicant agreed to a dormant closing',
  },
  'panel.approved_dormant': {
    zh: '合议庭评议并经院长批准终本',
    en: 'Panel review and president’s approval of a dormant closing',
  },
  'pause.started': { zh: '期限扣除开始', en: 'Period paused' },
  'pause.ended': { zh: '期限扣除结束', en: 'Period resumed' },
  'deadline.recomputed': { zh: '暂定期限重算', en: 'Provisional deadline recomputed' },
  'extension.requested': { zh: '申请延长执行期限', en: 'Extension requested' },
  'extension.approved': { zh: '批准延长执行期限', en: 'Extension approved' },
  'extension.refused': { zh: '不批准延长执行期限', en: 'Extension refused' },
  'flag.set': { zh: '标记四类案件', en: 'Flagged' },
  'flag.cleared': { zh: '取消四类案件标记', en: 'Flag cleared' },
  'case.closed': { zh: '结案', en: 'Closed' },
  'asset.found': { zh: '发现财产', en: 'Property found' },
  'asset.controlled': { zh: '控制财产（冻结/查封）', en: 'Property controlled' },
  'asset.not_controlled': { zh: '决定不予控制', en: 'Decided not to control' },
  'asset.renewed': { zh: '续行冻结/查封', en: 'Control renewed' },
  'asset.released': { zh: '解除冻结/查封', en: 'Control released' },
  'asset.lapsed': { zh: '冻结/查封期满失效', en: 'Control lapsed' },
  'asset.deducted': { zh: '扣划至本案账户', en: 'Deducted to the case account' },
  'lead.received': { zh: '收到财产线索', en: 'Lead received' },
  'lead.verified': { zh: '核查财产线索', en: 'Lead verified' },
};

export function eventName(type: string): Named {
  return EVENT_NAMES[type] ?? { zh: type, en: type };
}

/** The nodes an officer records by hand (the server's cases/events.ts RECORDABLE_EVENTS), in its order. */
export const RECORDABLE = [
  'notice.served',
  'report_order.served',
  'document.served',
  'inquiry.started',
  'inquiry.answered',
  'investigation.onsite',
  'interview.applicant',
  'restriction.issued',
  'performance.recorded',
  'applicant.confirmed_performance',
  'applicant.agreed_dormant',
  'panel.approved_dormant',
  'pause.started',
  'pause.ended',
] as const;

/** 期限扣除: what does not count towards the 6-month period (compliance/rules.ts PAUSE_KINDS). */
export const PAUSE_KINDS = [
  { id: 'publication', zh: '公告送达', en: 'Notice by publication' },
  { id: 'appraisal', zh: '鉴定、评估', en: 'Appraisal' },
  { id: 'jurisdiction', zh: '管辖争议', en: 'Jurisdiction dispute' },
  { id: 'coordination', zh: '执行争议协调', en: 'Coordination between courts' },
  { id: 'deferral', zh: '暂缓执行', en: 'Deferral' },
  { id: 'suspension', zh: '中止执行', en: 'Suspension' },
] as const;

export const CLOSING_METHODS = [
  { id: 'fully_performed', zh: '执行完毕', en: 'Fully performed' },
  { id: 'dormant', zh: '终结本次执行程序', en: 'Closed for lack of assets (dormant)' },
  { id: 'terminated', zh: '终结执行', en: 'Enforcement terminated' },
  { id: 'withdrawn', zh: '销案', en: 'Case cancelled' },
  { id: 'not_enforced', zh: '不予执行', en: 'Not enforced' },
  { id: 'rejected', zh: '驳回申请', en: 'Application rejected' },
] as const;

/** Closing methods whose ruling must state its reason (the server refuses them without one). */
export const REASON_REQUIRED: readonly string[] = ['withdrawn', 'not_enforced', 'rejected'];

/** 终结执行的情形 (CPL 2023 art. 268), in the article's order. */
export const TERMINATION_GROUNDS = [
  {
    id: 'application_withdrawn',
    item: '一',
    zh: '申请人撤销申请的',
    en: 'The applicant withdrew the application',
  },
  {
    id: 'basis_revoked',
    item: '二',
    zh: '据以执行的法律文书被撤销的',
    en: 'The enforced document was revoked',
  },
  {
    id: 'debtor_died_no_estate',
    item: '三',
    zh: '作为被执行人的公民死亡，无遗产可供执行，又无义务承担人的',
    en: 'The debtor died leaving no estate and no one bound to perform',
  },
  {
    id: 'support_creditor_died',
    item: '四',
    zh: '追索赡养费、扶养费、抚养费案件的权利人死亡的',
    en: 'The creditor of a support claim died',
  },
  {
    id: 'debtor_destitute',
    item: '五',
    zh: '作为被执行人的公民因生活困难无力偿还借款，无收入来源，又丧失劳动能力的',
    en: 'The debtor cannot repay, has no income and cannot work',
  },
  {
    id: 'other',
    item: '六',
    zh: '人民法院认为应当终结执行的其他情形',
    en: 'Another circumstance (reason required)',
  },
] as const;

/** 四类案件 (Opinion-2021 art. 10). */
export const FLAGS = [
  { id: 'major', zh: '重大', en: 'Major' },
  { id: 'difficult', zh: '疑难', en: 'Difficult' },
  { id: 'complex', zh: '复杂', en: 'Complex' },
  { id: 'sensitive', zh: '敏感', en: 'Sensitive' },
] as const;

/** 执行依据的种类 (the filing schema's `basis.kind`). */
export const BASIS_KINDS = [
  { id: 'judgment', zh: '判决', en: 'Judgment' },
  { id: 'ruling', zh: '裁定', en: 'Ruling' },
  { id: 'mediation', zh: '调解书', en: 'Mediation statement' },
  { id: 'arbitration', zh: '仲裁裁决', en: 'Arbitral award' },
  { id: 'notarial', zh: '公证债权文书', en: 'Notarised debt instrument' },
  { id: 'other', zh: '其他', en: 'Other' },
] as const;

export const DOCUMENT_KINDS: Record<string, Named> = {
  execution_notice: { zh: '执行通知书', en: 'Execution notice' },
  upload: { zh: '上传材料', en: 'Uploaded file' },
  property_report_order: { zh: '报告财产令', en: 'Property-report order' },
  closing_notice: { zh: '结案通知书', en: 'Closing notice' },
  dormant_ruling: { zh: '终结本次执行程序裁定书', en: 'Ruling closing this round of enforcement' },
  restriction_order: { zh: '限制消费令', en: 'Consumption restriction order' },
  dishonest_decision: { zh: '纳入失信被执行人名单决定书', en: 'Decision to list a dishonest debtor' },
  bankruptcy_transfer_decision: {
    zh: '移送破产审查决定书',
    en: 'Decision to transfer for bankruptcy review',
  },
  auction_ruling: { zh: '执行裁定书', en: 'Ruling confirming an auction sale' },
  inquiry_commission: { zh: '网络询价委托书', en: 'Commission of an online price inquiry' },
  appraisal_commission: { zh: '评估委托书', en: 'Commission of an appraisal' },
  price_notice: { zh: '财产处置参考价通知书', en: 'Notice of the reference price' },
  distribution_plan: { zh: '财产分配方案', en: 'Plan of distribution among creditors' },
  in_kind_ruling: { zh: '执行裁定书', en: 'Ruling handing an asset to a creditor in kind' },
  assist_freeze_notice: { zh: '协助冻结通知书', en: 'Notice to assist in freezing' },
  assist_seize_notice: { zh: '协助查封通知书', en: 'Notice to assist in seizing' },
  assist_deduct_notice: { zh: '协助扣划通知书', en: 'Notice to assist in deducting' },
  release_freeze_notice: { zh: '解除冻结通知书', en: 'Notice of release of a freeze' },
  release_seize_notice: { zh: '解除查封通知书', en: 'Notice of release of a seizure' },
  renew_freeze_notice: { zh: '续行冻结通知书', en: 'Notice of renewal of a freeze' },
  renew_seize_notice: { zh: '续行查封通知书', en: 'Notice of renewal of a seizure' },
};

export function named<T extends { id: string; zh: string; en: string }>(
  list: readonly T[],
  id: unknown,
): Named | null {
  return list.find((entry) => entry.id === id) ?? null;
}

// ─── Deadline states: the list filter's thresholds (within 3 days is 临期) ─────────────────────────

export const DUE_SOON_DAYS = 3;

/** Calendar days from `from` to `to` (both `YYYY-MM-DD`): positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  const epoch = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
  return Math.round((epoch(to) - epoch(from)) / 86_400_000);
}

export type Urgency = 'overdue' | 'due_soon' | 'on_track';

export function urgencyOf(dueOn: string, today: string): Urgency {
  const left = daysBetween(today, dueOn);
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_DAYS ? 'due_soon' : 'on_track';
}

/** Tag colours: red when overdue, orange when within 3 days. */
export const URGENCY_COLOR: Record<Urgency, string> = {
  overdue: 'red',
  due_soon: 'orange',
  on_track: 'default',
};

export const URGENCY_NAMES: Record<Urgency, Named> = {
  overdue: { zh: '超期', en: 'Overdue' },
  due_soon: { zh: '临期', en: 'Due soon' },
  on_track: { zh: '正常', en: 'On track' },
};

/** "剩余 N 天" / "今日到期" / "超期 N 天". */
export function countdownText(daysLeft: number, L: (zh: string, en: string) => string): string {
  if (daysLeft < 0) return L(`超期 ${-daysLeft} 天`, `${-daysLeft} days overdue`);
  if (daysLeft === 0) return L('今日到期', 'Due today');
  return L(`剩余 ${daysLeft} 天`, `${daysLeft} days left`);
}
