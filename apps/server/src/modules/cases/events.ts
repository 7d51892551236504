import type { FieldError } from '../../platform/errors';
import type { Text } from '../../platform/i18n';
import { PAUSE_KINDS } from '../compliance/rules';
import { REPORT_RESULTS } from '../dormant/rules';

function isUuid(value: unknown): boolean {
  return (
    typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
  );
}

/**
 * Timeline nodes an officer records by hand (offline work and decisions taken outside the system),
 * with their names. Nodes the system records itself (filed, assigned, closed …) are in labels.ts.
 */
export const RECORDABLE_EVENTS = {
  'notice.served': { zh: '送达执行通知书', en: 'Execution notice served' },
  'report_order.served': { zh: '送达报告财产令', en: 'Property-report order served' },
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
  'report.checked': { zh: '核查被执行人财产报告', en: 'Debtor’s property report checked' },
  'sanction.imposed': {
    zh: '罚款、拘留或移送追究刑事责任',
    en: 'Fine, detention or referral for prosecution',
  },
  'listing.declined': { zh: '决定不纳入失信名单', en: 'Decided not to list as dishonest' },
  'obstruction.recorded': { zh: '妨害执行行为', en: 'Obstruction of enforcement' },
  'search.warranted': { zh: '需要搜查', en: 'Search warranted' },
  'search.conducted': { zh: '搜查', en: 'Search conducted' },
  'audit.requested': { zh: '申请审计调查', en: 'Audit investigation requested' },
  'audit.decided': { zh: '审计调查申请已决定', en: 'Audit investigation request decided' },
  'reward.requested': { zh: '申请发布悬赏公告', en: 'Reward notice requested' },
  'reward.published': { zh: '发布悬赏公告', en: 'Reward notice published' },
  'disposal.impossible': {
    zh: '财产无法处置（流拍不抵债、无法管理，或车船未实际扣押）',
    en: 'Property cannot be disposed of (unsold and not accepted in lieu, unmanageable, or a vehicle or ship not impounded)',
  },
  'first_court.asked': {
    zh: '商请首封法院移送处置权',
    en: 'First seizing court asked to hand over disposal',
  },
  'debtor.missing': { zh: '被执行人下落不明', en: 'Debtor’s whereabouts unknown' },
  'debtor.searched': { zh: '查找下落不明的被执行人', en: 'Missing debtor searched for' },
  'pause.started': {
    zh: '期限扣除开始（公告、评估、管辖争议、协调、暂缓、中止）',
    en: 'Period paused (publication, appraisal, jurisdiction, coordination, deferral, suspension)',
  },
  'pause.ended': { zh: '期限扣除结束', en: 'Period resumed' },
} as const satisfies Record<string, Text>;

export type RecordableEvent = keyof typeof RECORDABLE_EVENTS;

/** Why a recorded node's data is not acceptable, or null. */
export function recordedEventError(type: RecordableEvent, data: Record<string, unknown>): FieldError | null {
  if (type === 'performance.recorded') {
    const amount = data.amount;
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0) {
      return {
        path: 'data.amount',
        message: { zh: '须为正整数（单位：分）', en: 'a positive whole number of fen' },
      };
    }
  }
  if (type === 'report.checked' && !REPORT_RESULTS.some((r) => r.id === data.result)) {
    return {
      path: 'data.result',
      message: {
        zh: `须为以下之一：${REPORT_RESULTS.map((r) => r.id).join('、')}`,
        en: `one of ${REPORT_RESULTS.map((r) => r.id).join(', ')}`,
      },
    };
  }
  if ((type === 'disposal.impossible' || type === 'first_court.asked') && !isUuid(data.assetId)) {
    return {
      path: 'data.assetId',
      message: { zh: '须为财产登记的编号', en: "an asset register entry's id" },
    };
  }
  if (type === 'pause.started' || type === 'pause.ended') {
    if (!PAUSE_KINDS.some((kind) => kind.id === data.kind)) {
      return {
        path: 'data.kind',
        message: {
          zh: `须为以下之一：${PAUSE_KINDS.map((kind) => kind.id).join('、')}`,
          en: `one of ${PAUSE_KINDS.map((kind) => kind.id).join(', ')}`,
        },
      };
    }
  }
  return null;
}
