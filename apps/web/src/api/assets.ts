import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

/** The asset register's API (docs/assets.md). Money is integer fen; dates are local `YYYY-MM-DD`. */

export type AssetState =
  | 'found'
  | 'freezing'
  | 'frozen'
  | 'seized'
  | 'waiting'
  | 'deducting'
  | 'deducted'
  | 'releasing'
  | 'released'
  | 'disposed';

/** What may be done to an asset: freeze or seize, deduct, release, renew, decide not to control. */
export type AssetAction = 'control' | 'deduct' | 'release' | 'renew' | 'decline';

export interface Asset {
  id: string;
  category: string;
  institution: { id: string; code: string; name: string } | null;
  assetRef: string;
  description: string;
  /** Divisible property: the balance; of it, what earlier controls (other courts) hold. */
  balance: number | null;
  frozenByOthers?: number;
  /** Indivisible property: the value, when known. */
  value: number | null;
  state: AssetState;
  controlledAmount: number | null;
  deductedAmount?: number;
  until: string | null;
  /** Calendar days to the end of the control (negative once it lapsed). */
  daysLeft: number | null;
  /** 1 is 首封; above 1 is 轮候 in that place. */
  position: number | null;
  via: 'online' | 'offline';
  /** The latest end a control or renewal started now may have (the legal maximum). */
  maxUntil?: string | null;
  /** The actions this user may take on it now. */
  abilities: string[];
}

/** 控制限额: the claim plus costs, less what was paid and what is already controlled. */
export interface ControlLimit {
  claim: number;
  costs: number;
  paid: number;
  controlled: number;
  remaining: number;
}

export interface AssetRegister {
  items: Asset[];
  limit: ControlLimit;
  /** What the user may do on the register: record an asset or a lead. */
  abilities: string[];
  today?: string;
}

export const assetsKey = (caseId: string) => ['case', caseId, 'assets'] as const;

/** The register; polled (slowly) while an answer is awaited and the live socket is down. */
export function useAssets(caseId: string, live: boolean) {
  return useQuery({
    queryKey: assetsKey(caseId),
    queryFn: () => api.get<AssetRegister>(`/api/cases/${caseId}/assets`),
    refetchInterval: (query) => {
      const waiting = query.state.data?.items.some((a) => PENDING.includes(a.state));
      return !live && waiting ? 3_000 : false;
    },
  });
}

const PENDING: readonly AssetState[] = ['freezing', 'deducting', 'releasing'];

export interface AssetActionInput {
  assetId: string;
  action: AssetAction;
  body: Record<string, unknown>;
}

/** One action on an asset; the answer is the asset, and the register, limit and case are read again. */
export function useAssetAction(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ assetId, action, body }: AssetActionInput) =>
      api.post<Asset>(`/api/assets/${assetId}/${action}`, body),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: assetsKey(caseId) }),
        client.invalidateQueries({ queryKey: ['case', caseId], exact: true }),
        client.invalidateQueries({ queryKey: ['case', caseId, 'documents'] }),
      ]),
  });
}
