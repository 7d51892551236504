import { AuctionSettlement } from './settlement';

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
 * the balance, the forfeit of a winner who does not pay, and the handover nodes.
 */
export class AuctionService extends AuctionSettlement {}
