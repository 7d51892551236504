/** Chinese and English names of what the cases API sends as codes. */
export const DEADLINE_STATUS: Record<string, { zh: string; en: string; color: string }> = {
  open: { zh: '进行中', en: 'Open', color: 'processing' },
  met: { zh: '已完成', en: 'Met', color: 'success' },
  met_late: { zh: '逾期完成', en: 'Met late', color: 'warning' },
  overdue: { zh: '已超期', en: 'Overdue', color: 'error' },
  paused: { zh: '扣除中', en: 'Paused', color: 'default' },
};

export const RULE_TITLES: Record<string, { zh: string; en: string }> = {
  'case.assign': { zh: '分案', en: 'Assign an officer' },
  'notice.issue': { zh: '发出执行通知书', en: 'Issue the execution notice' },
  'inquiry.start': { zh: '发起网络查控', en: 'Start the online inquiry' },
  'case.conclude': { zh: '执行期限', en: 'Conclude the case' },
};

export const EVENT_NAMES: Record<string, string> = {
  'application.received': '收到执行申请',
  'case.filed': '立案',
  'case.assigned': '分案',
  'notice.served': '送达执行通知书',
  'report_order.served': '送达报告财产令',
  'document.issued': '制作文书',
  'document.served': '送达其他文书',
  'inquiry.started': '发起网络查控',
  'inquiry.answered': '网络查控反馈完毕',
  'investigation.onsite': '现场调查',
  'interview.applicant': '约谈申请执行人',
  'restriction.issued': '发布限制消费令',
  'performance.recorded': '被执行人履行',
  'applicant.confirmed_performance': '申请执行人确认履行完毕',
  'extension.requested': '申请延长执行期限',
  'extension.approved': '批准延长执行期限',
  'extension.refused': '不批准延长执行期限',
  'flag.set': '标记四类案件',
  'flag.cleared': '取消四类案件标记',
  'pause.started': '期限扣除开始',
  'pause.ended': '期限扣除结束',
  'case.closed': '结案',
};

export const CLOSING_METHODS = [
  { id: 'fully_performed', zh: '执行完毕', en: 'Fully performed' },
  { id: 'dormant', zh: '终结本次执行程序', en: 'Closed for lack of assets' },
  { id: 'terminated', zh: '终结执行', en: 'Terminated' },
  { id: 'withdrawn', zh: '销案', en: 'Cancelled' },
  { id: 'not_enforced', zh: '不予执行', en: 'Not enforced' },
  { id: 'rejected', zh: '驳回申请', en: 'Application rejected' },
] as const;

/** 四类案件 (Opinion-2021 art. 10). */
export const FLAGS = [
  { id: 'major', zh: '重大', en: 'Major' },
  { id: 'difficult', zh: '疑难', en: 'Difficult' },
  { id: 'complex', zh: '复杂', en: 'Complex' },
  { id: 'sensitive', zh: '敏感', en: 'Sensitive' },
] as const;

/** The nodes an officer records by hand (the server's cases/events.ts). */
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
] as const;
