import { useQuery } from '@tanstack/react-query';
import { ApiError, api, type Problem } from './client';
import type { SaleTuning } from './disposal';

/** 网络司法拍卖 and 公众账户 (docs/auction.md). Amounts are integer fen; instants ISO 8601. */

export interface PublicBid {
  seq: number;
  bidder: string;
  amount: number;
  kind: 'raise' | 'match';
  at: string;
  endsAt: string;
}

export interface PublicAuction {
  id: string;
  title: string;
  status: string;
  round: number;
  mode: string;
  propertyClass: 'movable' | 'property';
  startPrice: number;
  currentPrice: number | null;
  deposit: number;
  increment: number;
  referencePrice: number | null;
  referenceMethod: string | null;
  announcedAt: string;
  startsAt: string;
  endsAt: string;
  scheduledEndsAt: string;
  bidderCount: number;
  lastSeq: number;
  leader: string | null;
  finalPrice: number | null;
  watchers: number;
  serverTime: string;
  /** A 变卖's periods (fixed at its set-up); null for an auction. */
  saleTuning: SaleTuning | null;
  bids: PublicBid[];
  me: { bidder: string; depositDue: number; depositState: string; priorityRank: number | null } | null;
}

export interface OfficerAuction {
  id: string;
  assetId: string;
  caseId: string;
  round: number;
  mode: string;
  state: string;
  status: string;
  title: string;
  startPrice: number;
  deposit: number;
  increment: number;
  referencePrice: number | null;
  announcedAt: string;
  startsAt: string;
  endsAt: string;
  currentPrice: number | null;
  lastSeq: number;
  bidderCount: number;
  finalPrice: number | null;
  endedAt: string | null;
  balanceDueAt: string | null;
  paidAt: string | null;
  watchers: number;
}

export interface AssetAuctions {
  reference: {
    valuationId: string;
    amount: number;
    method: string;
    determinedOn: string;
    validUntil: string;
  } | null;
  propertyClass: 'movable' | 'property';
  items: OfficerAuction[];
}

export interface AuctionDraft {
  round: number;
  startPrice: number;
  deposit: number;
  increment: number;
  announcedAt: string;
  startsAt: string;
  endsAt: string;
  /** On a case suspended for a bankruptcy transfer: why the property must be sold now (Bankruptcy 8). */
  perishableReason?: string;
}

export interface GuardCheck {
  referencePrice: number | null;
  propertyClass: string;
  previousStartPrice: number | null;
  violations: { ruleId: string; clause: { zh: string; en: string }; message: { zh: string; en: string } }[];
}

export const useAssetAuctions = (assetId: string | null) =>
  useQuery({
    queryKey: ['auctions', assetId],
    enabled: assetId !== null,
    queryFn: () => api.get<AssetAuctions>(`/api/assets/${assetId}/auctions`),
    refetchInterval: 5_000,
  });

export const checkAuction = (assetId: string, draft: AuctionDraft) =>
  api.post<GuardCheck>(`/api/assets/${assetId}/auctions/check`, draft);
export const createAuction = (assetId: string, draft: AuctionDraft) =>
  api.post<OfficerAuction>(`/api/assets/${assetId}/auctions`, draft);
export const recordPayment = (assetId: string, auctionId: string) =>
  api.post(`/api/assets/${assetId}/auctions/${auctionId}/payment`, {});
/** `costs` (fen): the auction's costs, paid from the forfeited deposit at once (Auction 24). */
export const recordDefault = (assetId: string, auctionId: string, costs = 0) =>
  api.post(`/api/assets/${assetId}/auctions/${auctionId}/default`, { costs });
export interface HandoverNode {
  node: string;
  dueAt: string | null;
  doneAt: string | null;
  doneBy: string | null;
}
export const handoverNodes = (assetId: string, auctionId: string) =>
  api.get<{ items: HandoverNode[] }>(`/api/assets/${assetId}/auctions/${auctionId}/handover`);
export const completeNode = (assetId: string, auctionId: string, node: string) =>
  api.post<{ items: HandoverNode[] }>(`/api/assets/${assetId}/auctions/${auctionId}/handover`, { node });

// ─── The public (own session: cookie zx_person, its own CSRF token) ─────────────────────────────────

let personCsrf: string | null = null;

async function personWrite<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json, application/problem+json',
      'Content-Type': 'application/json',
      ...(personCsrf ? { 'X-CSRF-Token': personCsrf } : {}),
    },
    body: JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(payload as Problem);
  return payload as T;
}

export interface Me {
  person: { id: string; kind: string; realName: string; idNumber: string; phone: string };
  csrfToken: string;
}

export async function whoAmI(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/api/people/me');
    personCsrf = me.csrfToken;
    return me;
  } catch {
    return null;
  }
}

export const signUp = (body: { realName: string; idNumber: string; phone: string }) =>
  personWrite<{ phone: string }>('/api/people/signup', body);
export const requestCode = (phone: string) => personWrite<{ phone: string }>('/api/people/codes', { phone });
export async function confirmCode(phone: string, code: string): Promise<Me> {
  const me = await personWrite<Me>('/api/people/confirm', { phone, code });
  personCsrf = me.csrfToken;
  return me;
}
export const registerBidder = (auctionId: string) =>
  personWrite<PublicAuction['me']>(`/api/auctions/${auctionId}/bidders`, { declaresNoConflict: true });
export const placeBid = (auctionId: string, amount: number) =>
  personWrite<{ seq: number; amount: number; endsAt: string }>(`/api/auctions/${auctionId}/bids`, { amount });
export const publicAuction = (id: string) => api.get<PublicAuction>(`/api/public/auctions/${id}`);

/** A photo or document of the dossier published with the auction. */
export interface AuctionAttachment {
  id: string;
  title: string;
  fileName: string;
  mediaType: string;
  size: number;
  url: string;
}

/** How the reference price was set (RefPrice): the method and what it rests on. */
export interface ReferenceBasis {
  valuationId: string;
  amount: number;
  method: string;
  determinedOn: string;
  validUntil: string;
  results: { name: string; price: number | null; status: string }[];
  authority: string | null;
  basis: string | null;
  agency: string | null;
  reportNo: string | null;
  drawn: boolean;
}

export const usePublicDossier = (id: string) =>
  useQuery({
    queryKey: ['public-auction-dossier', id],
    queryFn: () =>
      api.get<{ attachments: AuctionAttachment[]; reference: ReferenceBasis | null }>(
        `/api/public/auctions/${id}/dossier`,
      ),
  });

export interface OutboxItem {
  id: string;
  channel: string;
  recipient: string;
  template: string;
  body: { zh: string; en: string };
  state: string;
  createdAt: string;
}
export const useOutbox = () =>
  useQuery({
    queryKey: ['outbox'],
    queryFn: () => api.get<{ items: OutboxItem[] }>('/api/admin/outbox'),
    refetchInterval: 3_000,
  });

/** Messages of the live socket (docs/auction.md › WebSocket). */
export type LiveMessage =
  | { type: 'snapshot'; auction: PublicAuction }
  | ({ type: 'bid' } & PublicBid)
  | { type: 'ended'; status: string }
  | { type: 'status'; status: string; serverTime: string }
  | { type: 'watchers'; count: number };

/** Opens the live socket of an auction; reconnects (a new snapshot) after a drop until closed. */
export function watchAuction(id: string, onMessage: (message: LiveMessage) => void): () => void {
  let socket: WebSocket | null = null;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const open = () => {
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    socket = new WebSocket(`${scheme}://${window.location.host}/api/public/auctions/${id}/live`);
    socket.onmessage = (event) => onMessage(JSON.parse(String(event.data)) as LiveMessage);
    socket.onclose = () => {
      if (!closed) retry = setTimeout(open, 1_000);
    };
  };
  open();
  return () => {
    closed = true;
    clearTimeout(retry);
    socket?.close();
  };
}
