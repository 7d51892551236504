/**
 * 询价评估的文书 (RefPrice): the commission sent to the price platforms (网络询价委托书) or to the
 * appraisal agency (评估委托书), and the notice of the reference price served on the parties
 * (财产处置参考价通知书, RefPrice 21–24). Pure, like every template (see rules.ts).
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
  guardField,
} from './rules';

export interface ValuationDocumentData {
  asset: { description: string; assetRef: string };
  debtorName: string;
  /** 网络询价 | 委托评估 | 当事人议价 | 定向询价 */
  methodName: string;
  /** Commission: the platforms or the agency it goes to. */
  addressees: readonly string[];
  /** Appraisal commission: the report's due date. */
  reportDueOn?: string;
  /** Notice: the reference price (fen), the day it was set, its last valid day, and what it rests on. */
  price?: number;
  determinedOn?: string;
  validUntil?: string;
  results?: readonly { name: string; price: number | null }[];
  agency?: string | null;
  reportNo?: string | null;
  /** Notice: the days to object (RefPrice 22), or null where no objection lies (RefPrice 24). */
  objectionDays?: number | null;
}

function valuationOf(data: DocumentData): ValuationDocumentData {
  checkCommon(data);
  const valuation = data.valuation;
  if (!valuation) throw new DocumentDataError('valuation', 'a valuation document needs the procedure');
  if (valuation.asset.description.trim() === '')
    throw new DocumentDataError('valuation.asset', 'has no description');
  return valuation;
}

const assetOf = (v: ValuationDocumentData) =>
  `被执行人${v.debtorName}名下的${v.asset.description}（${v.asset.assetRef}）`;

/** 网络询价委托书 (RefPrice 10–12): to every platform at once; each reports within 3 days. */
export function inquiryCommission(data: DocumentData): DocumentBody {
  const v = valuationOf(data);
  if (v.addressees.length === 0) throw new DocumentDataError('valuation.addressees', 'no platform');
  return frame(data, 'inquiry_commission', {
    addressee: `${v.addressees.join('、')}：`,
    paragraphs: [
      `${caseClause(data)}（执行依据：${basisReference(data)}），本院依法查封了${assetOf(v)}，拟予处置。` +
        '依照《最高人民法院关于人民法院确定财产处置参考价若干问题的规定》第十条至第十二条之规定，' +
        '现委托你平台对上述财产进行网络询价。',
      '请于收到本委托书之日起三日内出具网络询价报告；不能出具的，请说明理由。' +
        '各平台均未按期出具的，可延长三日。',
    ],
    attachments: ['财产基本情况一份'],
  });
}

/** 评估委托书 (RefPrice 16, 19): to the agency agreed or drawn; the report within 30 days. */
export function appraisalCommission(data: DocumentData): DocumentBody {
  const v = valuationOf(data);
  const [agency] = v.addressees;
  if (!agency) throw new DocumentDataError('valuation.addressees', 'no agency');
  if (!v.reportDueOn) throw new DocumentDataError('valuation.reportDueOn', 'is missing');
  guardField('valuation.reportDueOn', () => chineseDate(v.reportDueOn as string));
  return frame(data, 'appraisal_commission', {
    addressee: `${agency}：`,
    paragraphs: [
      `${caseClause(data)}（执行依据：${basisReference(data)}），本院依法查封了${assetOf(v)}，拟予处置。` +
        '依照《最高人民法院关于人民法院确定财产处置参考价若干问题的规定》第十六条、第十九条之规定，' +
        '现委托你机构对上述财产进行评估。',
      `请于${chineseDate(v.reportDueOn)}前出具评估报告。需要延长期限的，应当在期限届满五日前书面申请，` +
        '每次延长十五日，以两次为限；逾期未出具的，应当在期限届满后三日内退回委托材料。',
    ],
    attachments: ['财产基本情况一份'],
  });
}

/** 财产处置参考价通知书 (RefPrice 21–24): the price, how it was set, how long it holds, the right to object. */
export function priceNotice(data: DocumentData): DocumentBody {
  const v = valuationOf(data);
  if (v.price === undefined || !v.determinedOn || !v.validUntil)
    throw new DocumentDataError('valuation.price', 'the notice needs the price set');
  guardField('valuation.determinedOn', () => chineseDate(v.determinedOn as string));
  guardField('valuation.validUntil', () => chineseDate(v.validUntil as string));
  const results = (v.results ?? []).map((r) =>
    r.price === null ? `${r.name}未按期出具或不计入` : `${r.name}为${amountClause(r.price)}`,
  );
  const basis =
    results.length > 0
      ? `各询价平台的结果：${results.join('；')}。参考价为按期出具结果的平均值。`
      : v.agency
        ? `评估机构${v.agency}出具${v.reportNo ? `第${v.reportNo}号` : ''}评估报告。`
        : '';
  const parties = [...data.applicants, ...data.debtors].map((p) => p.name).join('、');
  return frame(data, 'price_notice', {
    addressee: `${parties}：`,
    paragraphs: [
      `${caseClause(data)}，本院以${v.methodName}方式确定${assetOf(v)}的处置参考价为${amountClause(v.price)}，` +
        `确定日期为${chineseDate(v.determinedOn)}。${basis}`,
      `该参考价的有效期至${chineseDate(v.validUntil)}止（《最高人民法院关于人民法院确定财产处置参考价若干问题的规定》第二十七条）。`,
      v.objectionDays
        ? `当事人、利害关系人认为询价或评估结果有误的，可以在收到本通知书之日起${chineseCount(v.objectionDays)}日内以书面形式向本院提出异议（同规定第二十二条）。`
        : '当事人议价或者定向询价确定的参考价，当事人不得提出异议（同规定第二十四条）。',
    ],
    attachments: results.length > 0 || v.agency ? ['询价或评估报告一份'] : [],
  });
}
