/**
 * 协助执行通知书: the notices to the institution that holds the asset — freeze or seize, deduct, release,
 * renew (CPL 253, 255; CPL-Interp 485) — their kinds and the data they name. Pure, like every template
 * (see rules.ts).
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
  type DocumentTemplate,
  frame,
  guardField,
  type PartyKind,
} from './rules';

/** What a notice to an assisting institution (协助执行通知书) names: who, which asset, what to do. */
export interface AssistData {
  institutionName: string;
  /** The debtor whose property it is, with the identity number or credit code the institution keys on. */
  debtor: { name: string; kind: PartyKind; identifier: string };
  asset: { description: string; assetRef: string };
  /** Freeze of money: the amount to freeze; deduction: the amount to transfer. */
  amount?: number;
  /** Freeze: the first day of the control; renewal: the last day of the control it continues. */
  from?: string;
  /** Freeze and renewal: the last day of the control. */
  until?: string;
  /** Deduction: the case's own account (一案一账号). */
  payee?: { bankName: string; accountName: string; accountNo: string };
}

export type AssistKind =
  | 'assist_freeze_notice'
  | 'assist_seize_notice'
  | 'assist_deduct_notice'
  | 'release_freeze_notice'
  | 'release_seize_notice'
  | 'renew_freeze_notice'
  | 'renew_seize_notice';

/** The debtor as the institution knows them: name and identity number (自然人) or credit code. */
function debtorClause(debtor: AssistData['debtor']): string {
  const label = debtor.kind === 'person' ? '公民身份号码' : '统一社会信用代码';
  return `被执行人${debtor.name}（${label}：${debtor.identifier}）`;
}

function assetClause(asset: AssistData['asset']): string {
  return `${asset.description}（${asset.assetRef}）`;
}

function checkAssist(
  data: DocumentData,
  needs: readonly ('amount' | 'from' | 'until' | 'payee')[],
): AssistData {
  checkCommon(data);
  const assist = data.assist;
  if (!assist)
    throw new DocumentDataError('assist', 'a notice to an institution needs the asset and the act');
  if (assist.institutionName.trim() === '') throw new DocumentDataError('assist.institutionName', 'is empty');
  if (assist.debtor.identifier.trim() === '')
    throw new DocumentDataError('assist.debtor', 'has no identifier');
  if (assist.asset.assetRef.trim() === '') throw new DocumentDataError('assist.asset', 'has no reference');
  for (const field of needs) {
    if (assist[field] === undefined)
      throw new DocumentDataError(`assist.${field}`, 'is required for this notice');
  }
  if (assist.amount !== undefined) guardField('assist.amount', () => checkFen(assist.amount ?? 0));
  if (assist.from !== undefined) guardField('assist.from', () => chineseDate(assist.from ?? ''));
  if (assist.until !== undefined) guardField('assist.until', () => chineseDate(assist.until ?? ''));
  return assist;
}

/** The legal basis every notice to an institution opens with: CPL 253 (money) or 255 (property). */
function assistOpening(data: DocumentData, money: boolean): string {
  const article = money ? '第二百五十三条' : '第二百五十五条';
  return (
    `本院在执行${caseClause(data)}中（执行依据：${basisReference(data)}），依照《中华人民共和国民事诉讼法》` +
    `${article}规定，请你单位协助执行下列事项：`
  );
}

const RECEIPT = '请你单位在收到本通知后立即办理，并将协助执行情况回复本院。';

/**
 * 协助冻结通知书 (money, CPL 253) and 协助查封通知书 (other property, CPL 255): the asset, the amount for
 * money, the period (CPL-Interp 485), and that it lapses without renewal.
 */
export function controlNotice(kind: 'assist_freeze_notice' | 'assist_seize_notice'): DocumentTemplate {
  const money = kind === 'assist_freeze_notice';
  const act = money ? '冻结' : '查封';
  return (data) => {
    const assist = checkAssist(data, money ? ['amount', 'from', 'until'] : ['from', 'until']);
    const what =
      `${act}${debtorClause(assist.debtor)}在你单位的${assetClause(assist.asset)}` +
      (money ? `，${act}金额${amountClause(assist.amount ?? 0)}；` : '；');
    return frame(data, kind, {
      addressee: `${assist.institutionName}：`,
      paragraphs: [
        assistOpening(data, money),
        `一、${what}`,
        `二、${act}期限自${chineseDate(assist.from ?? '')}起至${chineseDate(assist.until ?? '')}止。` +
          `期限届满前本院未办理续行${act}手续的，${act}自动解除；`,
        `三、${act}期间，未经本院准许，不得为被执行人办理支付、转移、过户、抵押等手续。`,
        RECEIPT,
      ],
      attachments: ['协助执行回执一份'],
    });
  };
}

/** 协助扣划通知书 (CPL 253): the amount, from the frozen money where frozen, to the case's own account. */
export function deductNotice(data: DocumentData): DocumentBody {
  const assist = checkAssist(data, ['amount', 'payee']);
  const payee = assist.payee ?? { bankName: '', accountName: '', accountNo: '' };
  return frame(data, 'assist_deduct_notice', {
    addressee: `${assist.institutionName}：`,
    paragraphs: [
      assistOpening(data, true),
      `一、扣划${debtorClause(assist.debtor)}在你单位的${assetClause(assist.asset)}中的存款` +
        `${amountClause(assist.amount ?? 0)}（已由本院冻结的，从冻结款项中扣划）；`,
      '二、将上述款项划入本院本案执行款专用账户（一案一账号）：',
      `开户银行：${payee.bankName}；`,
      `户名：${payee.accountName}；`,
      `账号：${payee.accountNo}。`,
      RECEIPT,
    ],
    attachments: ['协助执行回执一份'],
  });
}

/** 解除冻结通知书 / 解除查封通知书: the court lifts its own control of the asset. */
export function releaseNotice(kind: 'release_freeze_notice' | 'release_seize_notice'): DocumentTemplate {
  const act = kind === 'release_freeze_notice' ? '冻结' : '查封';
  return (data) => {
    const assist = checkAssist(data, []);
    return frame(data, kind, {
      addressee: `${assist.institutionName}：`,
      paragraphs: [
        assistOpening(data, kind === 'release_freeze_notice'),
        `解除本院对${debtorClause(assist.debtor)}在你单位的${assetClause(assist.asset)}的${act}。`,
        RECEIPT,
      ],
      attachments: ['协助执行回执一份'],
    });
  };
}

/** 续行冻结通知书 / 续行查封通知书 (CPL-Interp 485): the control continues, in the same position. */
export function renewNotice(kind: 'renew_freeze_notice' | 'renew_seize_notice'): DocumentTemplate {
  const act = kind === 'renew_freeze_notice' ? '冻结' : '查封';
  return (data) => {
    const assist = checkAssist(data, ['from', 'until']);
    return frame(data, kind, {
      addressee: `${assist.institutionName}：`,
      paragraphs: [
        assistOpening(data, kind === 'renew_freeze_notice'),
        `继续${act}${debtorClause(assist.debtor)}在你单位的${assetClause(assist.asset)}` +
          (assist.amount === undefined ? '' : `，${act}金额${amountClause(assist.amount)}`) +
          `。原${act}期限于${chineseDate(assist.from ?? '')}届满，续行${act}至${chineseDate(assist.until ?? '')}止，` +
          `${act}顺位不变。`,
        RECEIPT,
      ],
      attachments: ['协助执行回执一份'],
    });
  };
}
