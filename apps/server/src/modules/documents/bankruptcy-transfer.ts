/**
 * 执转破: the decision transferring an enterprise debtor's case for bankruptcy review
 * (移送破产审查决定书, Bankruptcy 2, 5, 8) and the data it names. Pure, like every template (see rules.ts).
 */
import {
  basisReference,
  caseClause,
  checkCommon,
  type DocumentBody,
  type DocumentData,
  DocumentDataError,
  frame,
  names,
} from './rules';

/** What a transfer decision (移送破产审查决定书) names: the debtor, who consented, where it goes. */
export interface BankruptcyData {
  debtor: { name: string; creditCode: string };
  /** The parties whose written consent the transfer rests on. */
  consentedBy: readonly string[];
  /** 受移送法院. */
  bankruptcyCourt: string;
}

/**
 * 移送破产审查决定书 (Bankruptcy 2, 5, 8): the enterprise debtor cannot pay, a party consented in writing,
 * the panel reviewed and the president signed; every court enforcing against the debtor suspends.
 */
export function bankruptcyTransferDecision(data: DocumentData): DocumentBody {
  checkCommon(data);
  const transfer = data.bankruptcy;
  if (!transfer) throw new DocumentDataError('bankruptcy', 'a transfer decision needs the transfer');
  if (transfer.bankruptcyCourt.trim() === '')
    throw new DocumentDataError('bankruptcy.bankruptcyCourt', 'is empty');
  if (transfer.consentedBy.length === 0) throw new DocumentDataError('bankruptcy.consentedBy', 'none given');
  return frame(data, 'bankruptcy_transfer_decision', {
    addressee: `${names([...data.applicants, ...data.debtors])}：`,
    paragraphs: [
      `本院在执行${caseClause(data)}（执行依据：${basisReference(data)}）中，查明被执行人${transfer.debtor.name}` +
        `（统一社会信用代码：${transfer.debtor.creditCode}）系企业法人，不能清偿到期债务，` +
        '并且资产不足以清偿全部债务或者明显缺乏清偿能力。',
      `${transfer.consentedBy.join('、')}书面同意将本案移送破产审查。经本院合议庭评议，并经院长签署，` +
        '依照《最高人民法院关于执行案件移送破产审查若干问题的指导意见》第二条、第五条之规定，决定如下：',
      `将被执行人${transfer.debtor.name}的执行案件移送${transfer.bankruptcyCourt}进行破产审查。`,
      '本决定作出后，各执行法院应当中止对该被执行人的执行程序；已采取的查封、扣押、冻结措施不予解除，' +
        '待受移送法院受理破产案件后依法解除。',
    ],
    attachments: [],
  });
}
