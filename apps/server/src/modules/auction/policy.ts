import { allow } from '../../platform/policy';

/**
 * 网络司法拍卖: officers and heads set auctions up (the collegial panel's decision, Auction 27) and
 * record payment, default and handover; supervisors read. The public's routes (watching, registering,
 * bidding) are `public` to the court users' guard and need a public account's session where they write.
 */
export const auctionPolicy = [
  allow('officer', 'auction.view'),
  allow('officer', 'auction.manage'),
  allow('head', 'auction.view'),
  allow('head', 'auction.manage'),
  allow('supervisor', 'auction.view'),
];
