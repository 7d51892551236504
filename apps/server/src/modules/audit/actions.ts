import { RECORDABLE_EVENTS } from '../cases/events';
import type { Title } from '../compliance/rules';

/**
 * What each audited action is called, Chinese first: the audit log shows these, never the code.
 * Grouped by the code's first part, which the log's action filter also takes (`case` → every case act).
 */
export const AUDIT_ACTIONS = {
  'auth.login': { zh: '登录', en: 'Signed in' },
  'auth.logout': { zh: '退出登录', en: 'Signed out' },
  'user.create': { zh: '新建用户', en: 'User created' },
  'user.update': { zh: '修改用户', en: 'User changed' },
  'user.update_with_password': { zh: '修改用户并重置密码', en: 'User changed, password reset' },
  'user.generate': { zh: '生成演示承办人', en: 'Demo officers generated' },
  'court.create': { zh: '新建法院', en: 'Court created' },
  'court.rename': { zh: '法院更名', en: 'Court renamed' },
  'calendar.replace_year': { zh: '设置年度工作日历', en: 'Year calendar set' },
  'calendar.seed_year': { zh: '载入内置年度日历', en: 'Built-in year calendar loaded' },
  'calendar.import_year': { zh: '导入年度工作日历', en: 'Year calendar imported' },
  'clock.set': { zh: '调整平台时钟', en: 'Platform clock set' },
  'rule.parameter.set': { zh: '修改规则参数', en: 'Rule parameter changed' },
  'rule.parameter.reset': { zh: '恢复规则参数默认值', en: 'Rule parameter reset' },
  'case.file': { zh: '立案', en: 'Case filed' },
  'case.generate': { zh: '生成演示案件', en: 'Demo cases generated' },
  'case.import': { zh: '导入案件', en: 'Cases imported' },
  'case.assign': { zh: '分案', en: 'Case assigned' },
  'case.extension.request': { zh: '申请延长期限', en: 'Extension requested' },
  'case.extension.decide': { zh: '审批延长期限', en: 'Extension decided' },
  'case.flag': { zh: '标记案件', en: 'Case flagged' },
  'case.documents.issue': { zh: '制作文书', en: 'Documents issued' },
  'case.documents.upload': { zh: '上传卷宗材料', en: 'File added to the dossier' },
  'case.close': { zh: '结案', en: 'Case closed' },
  'case.deadlines.recompute': { zh: '重算暂定期限', en: 'Provisional deadlines recomputed' },
  'asset.register': { zh: '登记财产', en: 'Asset registered' },
  'asset.control': { zh: '控制财产（冻结、查封、扣押）', en: 'Asset controlled (frozen, seized)' },
  'asset.deduct': { zh: '扣划', en: 'Funds deducted' },
  'asset.release': { zh: '解除控制', en: 'Control released' },
  'asset.renew': { zh: '续行控制', en: 'Control renewed' },
  'asset.decline': { zh: '不予控制', en: 'Control declined' },
  'asset.results.holdings': { zh: '登记查询结果', en: 'Query results registered' },
  'asset.results.controls': { zh: '登记控制结果', en: 'Control results registered' },
  'lead.record': { zh: '登记财产线索', en: 'Lead recorded' },
  'lead.verify': { zh: '核查财产线索', en: 'Lead verified' },
  'inquiry.enqueue': { zh: '网络查控请求排队', en: 'Inquiry requests queued' },
  'inquiry.round.start': { zh: '发起网络查控', en: 'Inquiry round started' },
  'inquiry.round.complete': { zh: '网络查控反馈完毕', en: 'Inquiry round complete' },
  'inquiry.sent': { zh: '向协助单位发出请求', en: 'Requests sent to institution' },
  'inquiry.failed': { zh: '协助请求失败', en: 'Requests failed' },
  'inquiry.retry': { zh: '重新发起失败的查询', en: 'Failed requests retried' },
  'inquiry.results.callback': { zh: '协助单位回调反馈', en: 'Results by callback' },
  'inquiry.results.receipt': { zh: '协助单位回执反馈', en: 'Results by receipt' },
  'inquiry.results.poll': { zh: '轮询获取反馈', en: 'Results by polling' },
  'institution.create': { zh: '新增协助单位', en: 'Institution added' },
  'institution.update': { zh: '修改协助单位', en: 'Institution changed' },
  'institution.import': { zh: '导入协助单位', en: 'Institutions imported' },
} as const satisfies Record<string, Title>;

/** A recorded node's action (`case.event:<type>`) is named after the node. */
const NODE_RECORDED = 'case.event:';

/** The readable name of an action; an unknown code is shown as it is, in both languages. */
export function actionTitle(action: string): Title {
  const known = (AUDIT_ACTIONS as Record<string, Title>)[action];
  if (known) return known;
  if (action.startsWith(NODE_RECORDED)) {
    const type = action.slice(NODE_RECORDED.length);
    const name = (RECORDABLE_EVENTS as Record<string, Title>)[type] ?? { zh: type, en: type };
    return { zh: `记录节点：${name.zh}`, en: `Node recorded: ${name.en}` };
  }
  return { zh: action, en: action };
}

/** The groups of actions: the first part of their codes. */
export const ACTION_GROUPS: Readonly<Record<string, Title>> = {
  auth: { zh: '登录', en: 'Sign-in' },
  user: { zh: '用户', en: 'Users' },
  court: { zh: '法院', en: 'Courts' },
  calendar: { zh: '工作日历', en: 'Calendar' },
  clock: { zh: '平台时钟', en: 'Clock' },
  rule: { zh: '规则参数', en: 'Rules' },
  case: { zh: '案件', en: 'Cases' },
  asset: { zh: '财产', en: 'Assets' },
  lead: { zh: '财产线索', en: 'Leads' },
  inquiry: { zh: '网络查控', en: 'Inquiry' },
  institution: { zh: '协助单位', en: 'Institutions' },
};

/** The filter's choices, group by group: a group (its code selects all its actions) and its actions. */
export function actionGroups(): {
  group: string;
  title: Title;
  actions: { action: string; title: Title }[];
}[] {
  return Object.entries(ACTION_GROUPS).map(([group, title]) => ({
    group,
    title,
    actions: Object.entries(AUDIT_ACTIONS)
      .filter(([action]) => action.startsWith(`${group}.`))
      .map(([action, actionName]) => ({ action, title: actionName })),
  }));
}
