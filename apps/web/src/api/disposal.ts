import type { AssetAuctions, OfficerAuction } from './auction';
import { api } from './client';

/** 变卖, 以物抵债 and the forfeited deposit's split, as the workbench reads them (docs/auction.md). Fen. */

export interface SaleTuning {
  announceWithinDays: number;
  openDays: number;
  biddingHours: number;
  extensionMinutes: number;
}

export interface Taking {
  partyId: string;
  takerCaseId: string;
  price: number;
  settled: number;
  difference: number;
  rulingDocumentId: string;
  takenAt: string;
}

export interface Forfeit {
  deposit: number;
  costs: number;
  reserved: number;
  split: { head: string; amount: number }[] | null;
  settledAt: string | null;
}

export interface DisposalAuction extends OfficerAuction {
  paymentReference: string | null;
  saleTuning: SaleTuning | null;
  inKind: Taking | null;
  forfeit: Forfeit | null;
}

export interface AssetDisposal extends Omit<AssetAuctions, 'items'> {
  /** The court's 变卖 periods, and the last instant to announce it after a failed second auction. */
  sale: { tuning: SaleTuning; announceBy: string | null };
  items: DisposalAuction[];
}

export const createSale = (assetId: string, body: { announcedAt: string; increment: number }) =>
  api.post<OfficerAuction>(`/api/assets/${assetId}/sales`, body);

export const takeInKind = (
  assetId: string,
  auctionId: string,
  body: { partyId: string; paysDifference: boolean },
) => api.post<Taking>(`/api/assets/${assetId}/auctions/${auctionId}/in-kind`, body);
