import { AuctionDisposal } from './disposal';

export {
  AUCTION_CHANNEL,
  type AuctionRow,
  type BidderRow,
  type BidRow,
  type CreateInput,
  type LiveEvent,
  propertyClassOf,
} from './base';
export { AUCTION_NUMBERS } from './rules';

/**
 * 网络司法拍卖: setting up an auction under its guards, registration with the deposit as a ledger hold,
 * bidding (each bid one transaction holding the auction's row: a gap-free sequence, the server's time,
 * the anti-sniping extension), the end found by the sweep against the platform clock, and after the sale
 * the balance (recorded, or matched from a bank statement line), the forfeit of a winner who does not pay
 * and its split, the handover nodes, and after failed auctions 变卖 and 以物抵债.
 */
export class AuctionService extends AuctionDisposal {}
