/**
 * The rulings that pass a disposed asset to its new owner: the sale-confirmation ruling after an online
 * auction (拍卖成交, Auction 22) and the in-kind ruling after a disposal without a bid (以物抵债,
 * 拍卖变卖规定 16), with the data each states. Pure, like every template (see rules.ts).
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
} from './rules';

/** What a sale-confirmation ruling (拍卖成交裁定) states: the asset, the round, the buyer, the price. */
export interface AuctionSaleData {
  asset: { description: string; assetRef: string };
  debtorName: string;
  round: number;
  /** The day bidding ended, `YYYY-MM-DD`. */
  endedOn: string;
  /** The day the buyer paid in full. */
  paidOn: string;
  buyer: { name: string; identifier: string };
  /** The price in fen. */
  price: number;
}

/** What an in-kind ruling (以物抵债裁定) states: the asset, the failed round, the taker, the price. */
export interface InKindData {
  asset: { description: string; assetRef: string };
  debtorName: string;
  /** 第N次拍卖 or 变卖, as the failed disposal is called. */
  failedDisposal: string;
  /** The day it ended without a bid, `YYYY-MM-DD`. */
  endedOn: string;
  taker: { name: string; identifier: string };
  /** The price, the claim it settles and the difference the taker paid, in fen. */
  price: number;
  settled: number;
  difference: number;
}

/**
 * The asset a ruling passes, as it names it — checked first: its new owner (`field.owner`) named, the
 * asset (`field.asset`) described.
 */
function passedAsset(
  field: string,
  disposal: { asset: { description: string; assetRef: string }; debtorName: string },
  owner: string,
  party: { name: string },
): string {
  if (party.name.trim() === '') throw new DocumentDataError(`${field}.${owner}`, 'has no name');
  if (disposal.asset.description.trim() === '')
    throw new DocumentDataError(`${field}.asset`, 'has no description');
  return `被执行人${disposal.debtorName}名下的${disposal.asset.description}（${disposal.asset.assetRef}）`;
}

/**
 * 执行裁定书 (拍卖成交): the asset sold in the online auction passes to the buyer when this ruling is
 * served on him (Auction 22); it is served within 10 days of full payment (拍卖变卖规定 20).
 */
export function auctionRuling(data: DocumentData): DocumentBody {
  checkCommon(data);
  const sale = data.auction;
  if (!sale) throw new DocumentDataError('auction', 'a sale-confirmation ruling needs the sale');
  const asset = passedAsset('auction', sale, 'buyer', sale.buyer);
  guardField('auction.endedOn', () => chineseDate(sale.endedOn));
  guardField('auction.paidOn', () => chineseDate(sale.paidOn));
  guardField('auction.price', () => checkFen(sale.price));
  return frame(data, 'auction_ruling', {
    addressee: `买受人${sale.buyer.name}：`,
    paragraphs: [
      `${caseClause(data)}（执行依据：${basisReference(data)}），本院依法对${asset}进行网络司法拍卖。` +
        `第${sale.round}次拍卖于${chineseDate(sale.endedOn)}竞价结束，买受人${sale.buyer.name}` +
        `（证件号码${sale.buyer.identifier}）以最高价${amountClause(sale.price)}竞得，` +
        `并已于${chineseDate(sale.paidOn)}付清全部价款。` +
        '依照《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第二十二条之规定，裁定如下：',
      `一、${asset}归买受人${sale.buyer.name}所有，所有权自本裁定送达买受人时起转移；`,
      `二、买受人${sale.buyer.name}可持本裁定书到登记机构办理相关产权过户登记手续。`,
      '本裁定送达后即发生法律效力。',
    ],
    attachments: [],
  });
}

/**
 * 执行裁定书 (以物抵债): after a disposal without a bid the creditor takes the asset at its price; his claim
 * is reduced by it and he pays what exceeds his claim (拍卖变卖规定 16). Ownership passes on service.
 */
export function inKindRuling(data: DocumentData): DocumentBody {
  checkCommon(data);
  const taking = data.inKind;
  if (!taking) throw new DocumentDataError('inKind', 'an in-kind ruling needs the taking');
  const asset = passedAsset('inKind', taking, 'taker', taking.taker);
  guardField('inKind.endedOn', () => chineseDate(taking.endedOn));
  guardField('inKind.price', () => checkFen(taking.price));
  return frame(data, 'in_kind_ruling', {
    addressee: `承受人${taking.taker.name}：`,
    paragraphs: [
      `${caseClause(data)}（执行依据：${basisReference(data)}），本院依法对${asset}进行处置。` +
        `${taking.failedDisposal}于${chineseDate(taking.endedOn)}结束，无人出价。` +
        `申请执行人（执行债权人）${taking.taker.name}（证件号码${taking.taker.identifier}）申请以该次价格` +
        `${amountClause(taking.price)}接受该财产抵偿债务` +
        (taking.difference > 0 ? `，并已补交差额${amountClause(taking.difference)}。` : '。') +
        '依照《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第十六条之规定，裁定如下：',
      `一、${asset}作价${amountClause(taking.price)}交付${taking.taker.name}抵偿债务${amountClause(taking.settled)}，` +
        '所有权自本裁定送达承受人时起转移；',
      `二、${taking.taker.name}可持本裁定书到登记机构办理相关产权过户登记手续。`,
      '本裁定送达后即发生法律效力。',
    ],
    attachments: [],
  });
}
