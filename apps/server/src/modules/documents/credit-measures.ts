/**
 * 失信与限消: the restriction order (限制消费令, Restrict 1, 3–5) and the listing decision
 * (纳入失信被执行人名单决定书, Dishonest 1, 2, 5), and the data they state of the measure. Pure, like every
 * template (see rules.ts).
 */
import { parseLocalDate } from '../calendar/rules';
import {
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
  type PartyKind,
} from './rules';

/** What a restriction order (限制消费令) or a listing decision (纳入失信名单决定书) says of its measure. */
export interface CreditData {
  /** The one debtor the measure concerns (the case may have others). */
  debtor: { name: string; kind: PartyKind };
  /** The day it comes into force, and the grace period before it (0: none). */
  effectiveOn: string;
  graceMonths: number;
  /** Restriction: its exit ban, and the persons an entity's restriction binds (Restrict 3). */
  exitBan?: boolean;
  boundPersons?: readonly string[];
  /** Listing: the ground (Dishonest 1, items 1–6), its wording, the facts found, and the last day of a fixed period. */
  listing?: { ground: number; conduct: string; facts: string; endsOn: string | null };
}

/** 第一项 … 第六项 of Dishonest art. 1. */
const ITEMS = ['一', '二', '三', '四', '五', '六'];

function creditOf(data: DocumentData): CreditData {
  checkCommon(data);
  const credit = data.credit;
  if (!credit) throw new DocumentDataError('credit', 'required for a credit measure');
  if (credit.debtor.name.trim() === '') throw new DocumentDataError('credit.debtor.name', 'is empty');
  guardField('credit.effectiveOn', () => chineseDate(credit.effectiveOn));
  return credit;
}

/** `2025-09-26` → `2025年9月26日`: a date inside the text (the date under it is written in Chinese numerals). */
function textDate(date: string): string {
  const [year, month, day] = parseLocalDate(date).split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

function graceSentence(credit: CreditData, what: string): string {
  return credit.graceMonths > 0
    ? `本院给予${chineseCount(credit.graceMonths)}个月宽限期，${what}自${textDate(credit.effectiveOn)}起生效；宽限期内履行完毕的，不再执行。`
    : `${what}自${textDate(credit.effectiveOn)}起生效。`;
}

/**
 * 限制消费令 (Restrict 1, 3–5): signed by the president; the period, the items restricted, who else an
 * entity's restriction binds, and the consequences of breaking it.
 */
export function restrictionOrder(data: DocumentData): DocumentBody {
  const credit = creditOf(data);
  const subject = credit.debtor.kind === 'person' ? '你' : '你单位';
  const bound = credit.boundPersons?.length ? `（${credit.boundPersons.join('、')}）` : '';
  return frame(data, 'restriction_order', {
    addressee: `${credit.debtor.name}：`,
    paragraphs: [
      `本院在执行${caseClause(data)}中，因${subject}未按执行通知书指定的期间履行${basisReference(data)}确定的给付义务，` +
        '依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条、第四条规定，对' +
        `${subject}采取限制消费措施，限制${subject}不得实施以下高消费及非生活和工作必需的消费行为：` +
        '（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；' +
        '（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需车辆；' +
        '（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；' +
        '（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。',
      ...(credit.debtor.kind === 'entity'
        ? [
            `${subject}的法定代表人、主要负责人、影响债务履行的直接责任人员、实际控制人${bound}不得实施前款规定的行为；因私消费以个人财产实施前款规定行为的，可以向本院提出申请，经查证属实的，本院予以准许。`,
          ]
        : []),
      ...(credit.exitBan ? [`同时限制${subject}出境。`] : []),
      graceSentence(credit, '本令') +
        `限制期间至${subject}履行完毕生效法律文书确定的义务，或者提供充分有效担保、申请执行人同意而经本院解除之日止。` +
        '因生活或者经营必需而进行本令禁止的消费活动的，应当事先向本院提出申请，获批准后方可进行。',
      `如${subject}违反本令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定，予以罚款、拘留；` +
        '情节严重，构成犯罪的，依法追究刑事责任；并可以纳入失信被执行人名单。',
      '本令经本院院长批准签发。',
      '此令。',
    ],
    attachments: [],
  });
}

/**
 * 纳入失信被执行人名单决定书 (Dishonest 1, 2, 5): signed by the president, stating the ground and the
 * facts and, for grounds 2–6, the period; effective on the day it is made (after any grace period).
 */
export function dishonestDecision(data: DocumentData): DocumentBody {
  const credit = creditOf(data);
  const listing = credit.listing;
  if (!listing || listing.ground < 1 || listing.ground > 6)
    throw new DocumentDataError('credit.listing', 'a ground of 1–6 is required');
  if (listing.facts.trim() === '') throw new DocumentDataError('credit.listing.facts', 'is empty');
  const period =
    listing.endsOn === null
      ? '，至其履行生效法律文书确定的义务等应予删除的情形发生之日止'
      : `，期限至${textDate(listing.endsOn)}`;
  return frame(data, 'dishonest_decision', {
    addressee: `${credit.debtor.name}：`,
    paragraphs: [
      `本院在执行${caseClause(data)}中查明：${listing.facts.trim().replace(/[。；;.]$/u, '')}。`,
      `本院认为，被执行人${credit.debtor.name}${listing.conduct}，依照《最高人民法院关于公布失信被执行人名单信息的若干规定》` +
        `第一条第（${ITEMS[listing.ground - 1]}）项、第二条、第五条规定，决定如下：`,
      `将被执行人${credit.debtor.name}纳入失信被执行人名单${period}，并依法对其采取限制消费措施。`,
      `${graceSentence(credit, '本决定')}本决定经本院院长批准签发，并依法送达。`,
      '被执行人认为本决定有错误的，可以向本院申请纠正；对纠正决定不服的，可以自决定书送达之日起十日内向上一级人民法院申请复议。复议期间，不停止原决定的执行。',
    ],
    attachments: [],
  });
}
