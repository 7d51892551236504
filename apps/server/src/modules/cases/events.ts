import type { FieldError } from '../../platform/errors';
import { PAUSE_KINDS } from '../compliance/rules';
import { REPORT_RESULTS } from '../dormant/rules';

function isUuid(value: unknown): boolean {
  return (
    typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
  );
}

/**
 * Timeline nodes an officer records by hand (offline work and decisions taken outside the system),
 * with their Chinese names. Nodes the system records itself (filed, assigned, closed …) are not here.
 */
export const RECORDABLE_EVENTS = {
  'notice.served': '送达执行通知书',
  'report_order.served': '送达报告财产令',
  'document.served': '送达其他文书',
  'inquiry.started': '发起网络查控',
  'inquiry.answered': '网络查控反馈完毕',
  'investigation.onsite': '现场调查',
  'interview.applicant': '约谈申请执行人',
  'restriction.issued': '发布限制消费令',
  'performance.recorded': '被执行人履行（直接给付）',
  'applicant.confirmed_performance': '申请执行人确认履行完毕',
  'applicant.agreed_dormant': '申请执行人同意终结本次执行',
  'panel.approved_dormant': '合议庭评议并经院长批准终本',
  'report.checked': '核查被执行人财产报告',
  'sanction.imposed': '罚款、拘留或移送追究刑事责任',
  'listing.declined': '决定不纳入失信名单',
  'obstruction.recorded': '妨害执行行为',
  'search.warranted': '需要搜查',
  'search.conducted': '搜查',
  'audit.requested': '申请审计调查',
  'audit.decided': '审计调查申请已决定',
  'reward.requested': '申请发布悬赏公告',
  'reward.published': '发布悬赏公告',
  'disposal.impossible': '财产无法处置（流拍不抵债、无法管理，或车船未实际扣押）',
  'first_court.asked': '商请首封法院移送处置权',
  'debtor.missing': '被执行人下落不明',
  'debtor.searched': '查找下落不明的被执行人',
  'pause.started': '期限扣除开始（公告、评估、管辖争议、协调、暂缓、中止）',
  'pause.ended': '期限扣除结束',
} as const;

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
