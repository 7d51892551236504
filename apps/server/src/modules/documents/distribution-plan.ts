/**
 * 参与分配: the distribution plan (财产分配方案, CPL-Interp 506–510) served on every creditor and the
 * debtor, and the data it states. Pure, like every template (see rules.ts).
 */
import {
  amountClause,
  basisReference,
  caseClause,
  checkCommon,
  checkFen,
  chineseCount,
  type DocumentBody,
  type DocumentData,
  DocumentDataError,
  frame,
  guardField,
} from './rules';

/** What a distribution plan (分配方案) states: the money, each creditor's share, who it is served on. */
export interface DistributionPlanData {
  /** The money distributed, in fen. */
  amount: number;
  shares: readonly {
    creditor: string;
    /** 执行费用, 优先受偿债权 (with its rank), 普通债权. */
    groupName: string;
    claimed: number;
    allocated: number;
  }[];
  /** Returned to the debtor once every claim is paid in full. */
  surplus: number;
  /** The remainder rule, as stated to the parties. */
  remainderRule: string;
  /** Every creditor and the debtor: the plan is served on each. */
  servedTo: readonly string[];
}

/**
 * 财产分配方案 (CPL-Interp 506–510): the money distributed, each creditor's claim and share in yuan and
 * in capitals, what the debtor keeps, the remainder rule, and the parties' rights: a written objection
 * within 15 days of receipt; the others may oppose within 15 days of notice of it.
 */
export function distributionPlan(data: DocumentData): DocumentBody {
  checkCommon(data);
  const plan = data.distribution;
  if (!plan) throw new DocumentDataError('distribution', 'a distribution plan needs the plan');
  if (plan.shares.length === 0) throw new DocumentDataError('distribution.shares', 'none given');
  guardField('distribution.amount', () => checkFen(plan.amount));
  guardField('distribution.surplus', () => checkFen(plan.surplus));
  plan.shares.forEach((share, index) => {
    if (share.creditor.trim() === '')
      throw new DocumentDataError(`distribution.shares.${index}.creditor`, 'is empty');
    guardField(`distribution.shares.${index}.allocated`, () => checkFen(share.allocated));
    guardField(`distribution.shares.${index}.claimed`, () => checkFen(share.claimed));
  });
  return frame(data, 'distribution_plan', {
    addressee: `${plan.servedTo.join('、')}：`,
    paragraphs: [
      `${caseClause(data)}（执行依据：${basisReference(data)}），被执行人的财产不能清偿所有债权，` +
        '已取得执行依据的债权人及对该财产享有优先权、担保物权的债权人申请参与分配。依照《最高人民法院关于适用' +
        '〈中华人民共和国民事诉讼法〉的解释》第五百零六条至第五百零八条的规定，本院制作分配方案如下：',
      `一、可供分配的执行款共计${amountClause(plan.amount)}，先清偿执行费用，再清偿优先受偿债权，` +
        '其余按照普通债权数额的比例受偿。',
      ...plan.shares.map(
        (share, index) =>
          `（${chineseCount(index + 1)}）${share.creditor}（${share.groupName}）：申报债权${amountClause(share.claimed)}，` +
          `分得${amountClause(share.allocated)}。`,
      ),
      plan.surplus > 0
        ? `二、全部债权清偿后剩余${amountClause(plan.surplus)}，退还被执行人。`
        : '二、清偿后债权人未受清偿的部分，被执行人仍负有清偿义务。',
      `三、${plan.remainderRule}。`,
      '债权人或者被执行人对分配方案有异议的，应当自收到分配方案之日起十五日内向本院提出书面异议。' +
        '未提出异议的债权人、被执行人可以自收到异议通知之日起十五日内提出反对意见；未提出反对意见的，' +
        '本院依异议人的意见对分配方案审查修正后进行分配；提出反对意见的，异议人可以自收到通知之日起十五日内' +
        '向本院提起诉讼，诉讼期间与争议债权数额相应的款项予以提存。',
      '特此通知。',
    ],
    attachments: [],
  });
}
