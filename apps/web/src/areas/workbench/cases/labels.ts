/**
 * Chinese and English names of codes the web shows. Closing methods, CPL 268 grounds, flags, timeline
 * nodes and document kinds come from the server (`useLabels`, api/labels.ts), not from here; what is
 * left here is still to move: rule titles (cases/rules.ts), pause kinds (compliance/rules.ts).
 */
import type { Named } from '../../../api/labels';

export type { Named };

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

/** Closing methods whose ruling must state its reason (the server refuses them without one). */
export const REASON_REQUIRED: readonly string[] = ['withdrawn', 'not_enforced', 'rejected'];

/** 执行依据的种类 (the filing schema's `basis.kind`). */
export const BASIS_KINDS = [
  { id: 'judgment', zh: '判决', en: 'Judgment' },
  { id: 'ruling', zh: '裁定', en: 'Ruling' },
  { id: 'mediation', zh: '调解书', en: 'Mediation statement' },
  { id: 'arbitration', zh: '仲裁裁决', en: 'Arbitral award' },
  { id: 'notarial', zh: '公证债权文书', en: 'Notarised debt instrument' },
  { id: 'other', zh: '其他', en: 'Other' },
] as const;

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
