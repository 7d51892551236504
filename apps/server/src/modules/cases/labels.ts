/**
 * The names of the codes the case API sends — closing methods, CPL 268 grounds, 四类案件 flags,
 * timeline nodes, document kinds and 繁简分流 tracks — in both languages. The server owns them and
 * sends them (`GET /api/labels`); the web names codes only from there, so a name is written once.
 */
import type { Text } from '../../platform/i18n';
import { DOCUMENT_KINDS, UPLOAD_KIND } from '../documents/rules';
import { RECORDABLE_EVENTS } from './events';
import { CLOSING_METHODS, TERMINATION_GROUNDS } from './rules';
import { TRACK_NAMES } from './triage-rules';

/** 四类案件 (Opinion-2021 art. 10): what a head may flag a case as. */
export const CASE_FLAGS = {
  major: { zh: '重大', en: 'Major' },
  difficult: { zh: '疑难', en: 'Difficult' },
  complex: { zh: '复杂', en: 'Complex' },
  sensitive: { zh: '敏感', en: 'Sensitive' },
} as const satisfies Record<string, Text>;

export type CaseFlag = keyof typeof CASE_FLAGS;

export const CASE_FLAG_IDS = Object.keys(CASE_FLAGS) as [CaseFlag, ...CaseFlag[]];

/** The nodes the platform records itself (an officer's own are RECORDABLE_EVENTS). */
const SYSTEM_EVENTS = {
  'application.received': { zh: '收到执行申请', en: 'Application received' },
  'case.filed': { zh: '立案', en: 'Filed' },
  'case.assigned': { zh: '分案', en: 'Assigned' },
  'case.closed': { zh: '结案', en: 'Closed' },
  'case.restored_as': { zh: '恢复执行（另立新案）', en: 'Restored as a new case' },
  'document.issued': { zh: '制作文书', en: 'Document issued' },
  'deadline.recomputed': { zh: '暂定期限重算', en: 'Provisional deadline recomputed' },
  'extension.requested': { zh: '申请延长执行期限', en: 'Extension requested' },
  'extension.approved': { zh: '批准延长执行期限', en: 'Extension approved' },
  'extension.refused': { zh: '不批准延长执行期限', en: 'Extension refused' },
  'flag.set': { zh: '标记四类案件', en: 'Flagged' },
  'flag.cleared': { zh: '取消四类案件标记', en: 'Flag cleared' },
  'asset.found': { zh: '发现财产', en: 'Property found' },
  'asset.controlled': { zh: '控制财产（冻结/查封）', en: 'Property controlled' },
  'asset.not_controlled': { zh: '决定不予控制', en: 'Decided not to control' },
  'asset.renewed': { zh: '续行冻结/查封', en: 'Control renewed' },
  'asset.released': { zh: '解除冻结/查封', en: 'Control released' },
  'asset.lapsed': { zh: '冻结/查封期满失效', en: 'Control lapsed' },
  'asset.deducted': { zh: '扣划至本案账户', en: 'Deducted to the case account' },
  'lead.received': { zh: '收到财产线索', en: 'Lead received' },
  'lead.verified': { zh: '核查财产线索', en: 'Lead verified' },
  'triage.marked': { zh: '繁简分流', en: 'Triaged' },
  'triage.corrected': { zh: '更正繁简分流', en: 'Track corrected' },
  'triage.overran': { zh: '简案超期转普通程序', en: 'Simple case overran: moved to normal' },
  'auction.created': { zh: '发布拍卖', en: 'Auction created' },
  'auction.paid': { zh: '买受人付清价款', en: 'Buyer paid in full' },
  'auction.defaulted': { zh: '买受人悔拍', en: 'Buyer defaulted' },
  'dormant.result': { zh: '终本案件定期查询结果', en: 'Dormant case re-query result' },
  'dormant.carried': { zh: '由终本案件恢复执行', en: 'Carried over from a dormant case' },
} as const satisfies Record<string, Text>;

export const EVENT_NAMES: Readonly<Record<string, Text>> = { ...SYSTEM_EVENTS, ...RECORDABLE_EVENTS };

const byId = (list: readonly { id: string; zh: string; en: string }[]): Record<string, Text> =>
  Object.fromEntries(list.map(({ id, zh, en }) => [id, { zh, en }]));

export interface CaseLabels {
  closingMethods: Record<string, Text>;
  terminationGrounds: Record<string, Text>;
  flags: Record<string, Text>;
  events: Record<string, Text>;
  documentKinds: Record<string, Text>;
  tracks: Record<string, Text>;
}

/** Every name, by what it names; built once (the lists are constants). */
export const CASE_LABELS: CaseLabels = {
  closingMethods: byId(CLOSING_METHODS),
  terminationGrounds: byId(TERMINATION_GROUNDS),
  flags: CASE_FLAGS,
  events: EVENT_NAMES,
  documentKinds: Object.fromEntries([
    ...DOCUMENT_KINDS.map(({ kind, title, english }) => [kind, { zh: title, en: english }]),
    [UPLOAD_KIND.kind, { zh: UPLOAD_KIND.zh, en: UPLOAD_KIND.en }],
  ]),
  tracks: TRACK_NAMES,
};
