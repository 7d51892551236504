/**
 * 终结本次执行程序的执行裁定书 (CPL-Interp 517; Dormant 1; Opinion-2021 24): a case closed for lack of
 * property is closed by a written ruling, served on the parties and published (Dormant 6). Pure, like
 * every template (see rules.ts).
 */
import { dormantStatements } from './closing-notice';
import {
  amountClause,
  basisReference,
  caseClause,
  checkCommon,
  chineseDate,
  type DocumentBody,
  type DocumentData,
  DocumentDataError,
  frame,
  guardField,
  names,
} from './rules';

/** Who let the case close (CPL-Interp 517): the applicant's signature, or a panel and the president. */
export type DormantApproval = 'applicant' | 'panel';

const APPROVAL_CLAUSE: Record<DormantApproval, string> = {
  applicant: '申请执行人已签字确认同意终结本次执行程序。',
  panel: '经本院合议庭审查核实，并报院长批准，',
};

export function dormantRuling(data: DocumentData): DocumentBody {
  checkCommon(data);
  const closing = data.closing;
  if (!closing) throw new DocumentDataError('closing', 'a ruling closing the case needs the closing');
  if (!closing.approval) throw new DocumentDataError('closing.approval', 'names no approval');
  guardField('closing.closedOn', () => chineseDate(closing.closedOn));
  guardField('closing.paidAmount', () => amountClause(closing.paidAmount));
  const outstanding = Math.max(data.claimAmount - closing.paidAmount, 0);
  return frame(data, 'dormant_ruling', {
    addressee: `申请执行人：${names(data.applicants)}；被执行人：${names(data.debtors)}。`,
    paragraphs: [
      `本院在执行${caseClause(data)}（执行依据：${basisReference(data)}）中，申请执行标的为` +
        `${amountClause(data.claimAmount)}，已执行到位${amountClause(closing.paidAmount)}，` +
        `尚有${amountClause(outstanding)}未执行到位。`,
      '本院已向被执行人送达执行通知书、报告财产令，对被执行人采取了限制消费措施，通过网络执行查控系统' +
        '对被执行人的存款、车辆、不动产、证券等财产进行了查询，并依法进行了调查，' +
        '未发现被执行人有其他可供执行的财产。',
      ...(closing.remark?.trim() ? [closing.remark.trim()] : []),
      '本院已约谈申请执行人，告知本案的执行情况、财产调查措施、被执行人的财产情况及终结本次执行程序的依据和' +
        `法律后果。${APPROVAL_CLAUSE[closing.approval]}`,
      '依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条、' +
        '《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条之规定，裁定如下：',
      `终结${caseClause(data)}的本次执行程序。`,
      ...dormantStatements(),
      '当事人、利害关系人认为终结本次执行程序违反法律规定的，可以依照《中华人民共和国民事诉讼法》' +
        '第二百三十六条的规定向本院提出执行异议。',
      '本裁定送达后立即生效。',
    ],
    attachments: [],
  });
}
