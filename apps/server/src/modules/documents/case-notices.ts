/**
 * The notices that open enforcement, served on the debtors: 执行通知书 (CPL 251; Opinion-2021 20) and
 * 报告财产令 (CPL 252; Property 3–10). Pure, like every template (see rules.ts).
 */
import {
  amountClause,
  basisReference,
  caseClause,
  checkCommon,
  chineseCount,
  chineseDate,
  type DocumentBody,
  type DocumentData,
  DocumentDataError,
  frame,
  names,
} from './rules';

export const DEFAULT_REPORT_WITHIN_DAYS = 5;
/** Property 7: a change after the report is reported within ten days of the change. */
export const SUPPLEMENTARY_REPORT_DAYS = 10;

/** How the document addresses the debtors: 你 (a person), 你单位 (an entity) or 你们 (several). */
function you(debtors: DocumentData['debtors']): string {
  const [only] = debtors;
  if (debtors.length !== 1 || !only) return '你们';
  return only.kind === 'person' ? '你' : '你单位';
}

function periodDays(value: number | undefined, fallback: number, field: string): number {
  const days = value ?? fallback;
  if (!Number.isInteger(days) || days < 1 || days > 99)
    throw new DocumentDataError(field, 'must be 1–99 days');
  return days;
}

/**
 * 执行通知书 (CPL 251): the basis and the duty, the period to perform, the case's own account and the
 * right to refuse any other (Opinion-2021 art. 20), the warning of consumption restriction and the
 * dishonest-debtor list (Restrict 1; Dishonest 1), and the property-report order served with it.
 */
export function executionNotice(data: DocumentData): DocumentBody {
  checkCommon(data);
  const account = data.caseAccount;
  if (!account) throw new DocumentDataError('caseAccount', 'an execution notice must name the case account');
  const subject = you(data.debtors);
  const period =
    data.performWithinDays === undefined
      ? '立即'
      : `自收到本通知之日起${chineseCount(periodDays(data.performWithinDays, 0, 'performWithinDays'))}日内`;
  return frame(data, 'execution_notice', {
    addressee: `${names(data.debtors)}：`,
    paragraphs: [
      `${caseClause(data)}，${basisReference(data)}已于${chineseDate(data.basis.effectiveOn)}发生法律效力。` +
        '申请执行人向本院申请强制执行，本院已依法立案执行。',
      `依照《中华人民共和国民事诉讼法》第二百五十一条、第二百六十四条规定，责令${subject}${period}履行下列义务：`,
      `一、${data.basis.duty}（申请执行标的：${amountClause(data.claimAmount)}）；`,
      '二、加倍支付迟延履行期间的债务利息（或者支付迟延履行金）。',
      // 一案一账号: every case has its own account, so money paid can be traced to the case. One item a
      // line, so that an account number is never broken across lines.
      '本案实行“一案一账号”，本案执行款专用账户为：',
      `开户银行：${account.bankName}；`,
      `户名：${account.accountName}；`,
      `账号：${account.accountNo}。`,
      `请${subject}将应付款项直接汇入上述账户，并在汇款附言中注明本案案号。`,
      `本院只通过上述账户收取本案执行款。任何单位或者个人要求${subject}将执行款付至其他账户（包括执行人员个人账户）的，` +
        `${subject}有权拒绝，并可以向本院举报。`,
      `${subject}未按本通知指定的期间履行上述义务的，本院将依法强制执行，并可以对${subject}采取限制消费措施，` +
        '限制高消费及非生活或者经营必需的有关消费；有履行能力而拒不履行生效法律文书确定的义务，或者违反财产报告制度的，' +
        `本院将依法将${subject}纳入失信被执行人名单，向社会公布，并依法予以信用惩戒。`,
      `随本通知一并送达《报告财产令》，${subject}应当按照报告财产令的要求如实向本院报告财产情况。`,
      '特此通知。',
    ],
    attachments: ['报告财产令一份'],
  });
}

/** Who besides the debtor may be fined or detained (CPL 252; Property 9): a representative or the managers. */
function alsoLiable(debtors: DocumentData['debtors']): string {
  const kinds = new Set(debtors.map((debtor) => debtor.kind));
  if (kinds.size === 2) return '或者其法定代理人、有关单位的主要负责人或者直接责任人员';
  return kinds.has('person') ? '或者其法定代理人' : '或者其主要负责人、直接责任人员';
}

/**
 * 报告财产令 (CPL 252; Property 3–10): report the present property and its changes since one year before
 * the execution notice was received, within the period; report later changes within ten days; refusing
 * or lying brings fines, detention and the dishonest-debtor list.
 */
export function propertyReportOrder(data: DocumentData): DocumentBody {
  checkCommon(data);
  const subject = you(data.debtors);
  const days = periodDays(data.reportWithinDays, DEFAULT_REPORT_WITHIN_DAYS, 'reportWithinDays');
  return frame(data, 'property_report_order', {
    addressee: `${names(data.debtors)}：`,
    paragraphs: [
      `本院在执行${caseClause(data)}中（执行依据：${basisReference(data)}），依照《中华人民共和国民事诉讼法》` +
        '第二百五十二条、《最高人民法院关于民事执行中财产调查若干问题的规定》第三条至第十条规定，' +
        `责令${subject}自收到本令之日起${chineseCount(days)}日内，如实向本院书面报告当前以及收到执行通知之日前一年的财产情况，` +
        '并填写财产调查表。',
      // Property 5: the kinds of property to report, including encumbered and third-party-held property.
      '应当报告的财产包括：（一）收入、银行存款、现金、理财产品、有价证券；（二）土地使用权、房屋等不动产；' +
        '（三）交通运输工具、机器设备、产品、原材料等动产；（四）债权、股权、投资权益、基金份额、信托受益权、' +
        '知识产权等财产性权利；（五）其他应当报告的财产。财产已出租、已设立担保物权等权利负担，或者存在共有、' +
        '权属争议等情形的，应当一并报告；动产由第三人占有，或者不动产、特定动产、其他财产权等登记在第三人名下的，' +
        '也应当一并报告。',
      // Property 6: changes in the year before the execution notice count too.
      '自收到执行通知之日前一年至提交书面财产报告之日，财产发生转让、出租，设立担保物权等权利负担，' +
        '放弃债权或者延长债权清偿期，支出大额资金，或者有其他影响生效法律文书确定债权实现的变动的，应当将变动情况一并报告。',
      `报告财产后，财产情况发生变动，影响申请执行人债权实现的，应当自财产变动之日起${chineseCount(SUPPLEMENTARY_REPORT_DAYS)}日内向本院补充报告。`,
      `${subject}在上述期限内提交书面报告确有困难的，可以向本院书面申请延长期限。`,
      `${subject}拒绝报告、虚假报告或者无正当理由逾期报告财产情况的，本院可以根据情节轻重对${subject}` +
        `${alsoLiable(data.debtors)}予以罚款、拘留；构成犯罪的，依法追究刑事责任；` +
        `并将依法将${subject}纳入失信被执行人名单。`,
      '此令。',
    ],
    attachments: ['财产调查表一份'],
  });
}
