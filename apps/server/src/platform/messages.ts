/**
 * Messages several modules give, in both languages (platform/i18n's Text): the names of records a
 * "not found" names, and the field messages every form shares. A module's own messages stay with it.
 */
import type { Text } from './i18n';

/** What a 404 names: `notFound(RECORDS.case)` → 未找到案件 / Case not found. */
export const RECORDS = {
  case: { zh: '案件', en: 'Case' },
  asset: { zh: '财产', en: 'Asset' },
  lead: { zh: '财产线索', en: 'Lead' },
  document: { zh: '文书', en: 'Document' },
  institution: { zh: '协助执行单位', en: 'Institution' },
  court: { zh: '法院', en: 'Court' },
  user: { zh: '用户', en: 'User' },
  configurableRule: { zh: '可配置规则', en: 'Configurable rule' },
  ruleParameter: { zh: '规则参数', en: 'Rule parameter' },
  restriction: { zh: '限制消费令', en: 'Restriction' },
  listing: { zh: '失信名单记录', en: 'Listing' },
  correction: { zh: '更正申请', en: 'Correction request' },
  payout: { zh: '发款申请', en: 'Payout' },
  unidentifiedMoney: { zh: '不明款', en: 'Unidentified money' },
} as const satisfies Record<string, Text>;

export const FIELD = {
  inFuture: { zh: '不能晚于今天', en: 'is in the future' },
  beforeCaseBegan: { zh: '不能早于收案日期', en: 'is before the case began' },
  afterToday: { zh: '须晚于今天', en: 'must be after today' },
} as const satisfies Record<string, Text>;

/** Nothing is changed on a closed case. */
export function caseClosed(caseNumber: string): Text {
  return { zh: `案件${caseNumber}已结案`, en: `Case ${caseNumber} is closed` };
}
