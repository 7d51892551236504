/**
 * 结案通知书, served on every party when a case is closed, and the statements a closing by 终结本次执行程序
 * carries (Dormant 9, 10), which the dormant ruling (dormant-ruling.ts) repeats. Pure, like every
 * template (see rules.ts).
 */
import {
  amountClause,
  basisReference,
  caseClause,
  checkCommon,
  checkFen,
  chineseDate,
  type DocumentBody,
  type DocumentData,
  DocumentDataError,
  frame,
  guardField,
  names,
} from './rules';

/** 终结本次执行程序 (终本): the case is closed for now, not finished; its own statements follow. */
export function isDormantClosing(methodName: string): boolean {
  return methodName.includes('终结本次执行');
}

/**
 * 结案通知书, to every party: how and when the case was closed and how much was paid. After 终结本次执行程序
 * the applicant may apply to resume once property is found, and the debtor's duty and the consumption
 * restriction continue (Dormant 9, 10).
 */
export function closingNotice(data: DocumentData): DocumentBody {
  checkCommon(data);
  const closing = data.closing;
  if (!closing) throw new DocumentDataError('closing', 'a closing notice needs the closing');
  if (closing.methodName.trim() === '') throw new DocumentDataError('closing.methodName', 'is empty');
  guardField('closing.closedOn', () => chineseDate(closing.closedOn));
  guardField('closing.paidAmount', () => checkFen(closing.paidAmount));
  const dormant = isDormantClosing(closing.methodName);
  const outstanding = Math.max(data.claimAmount - closing.paidAmount, 0);
  const amounts =
    `本案申请执行标的为${amountClause(data.claimAmount)}，已执行到位${amountClause(closing.paidAmount)}` +
    (dormant && outstanding > 0 ? `，尚有${amountClause(outstanding)}未执行到位。` : '。');
  return frame(data, 'closing_notice', {
    addressee: `${names([...data.applicants, ...data.debtors])}：`,
    paragraphs: [
      `${caseClause(data)}（执行依据：${basisReference(data)}），本院已于${chineseDate(closing.closedOn)}` +
        `以“${closing.methodName}”方式结案。`,
      amounts,
      ...(dormant ? dormantStatements() : []),
      ...(closing.remark?.trim() ? [closing.remark.trim()] : []),
      '特此通知。',
    ],
    attachments: [],
  });
}

export function dormantStatements(): string[] {
  return [
    // Dormant 10: the debt is not extinguished, and the restriction on consumption stays in force.
    '终结本次执行程序后，被执行人仍应当继续履行生效法律文书确定的义务，本院对被执行人采取的限制消费措施继续有效。',
    // Dormant 9: resuming is not barred by the limitation period for applying for enforcement.
    '申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行；申请恢复执行不受申请执行时效期间的限制。',
  ];
}
