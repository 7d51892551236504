import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, send } from './http';

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
  | 'lapsed'
  | 'disposed';

/** What may be done to an asset: freeze or seize, deduct, release, renew, decide not to control. */
export type AssetAction = 'control' | 'deduct' | 'release' | 'renew' | 'decline';

/** Another court's (or an earlier) control already on the asset, as the institution reported it. */
export interface ExistingControl {
  court: string;
  position: number;
  until: string;
  amount?: number;
}

export interface Asset {
  id: string;
  category: string;
  /** Online finds: the institution that reported it; offline: the one named by hand (no id). */
  institution: { id: string | null; code: string | null; name: string };
  assetRef: string;
  description: string;
  /** Money (divisible property): the balance; of it, what earlier controls (other courts) hold. */
  balance: number | null;
  frozenByOthers: number;
  existingControls: ExistingControl[];
  /** Other property: its value, when known. */
  value: number | null;
  divisible: boolean;
  state: AssetState;
  controlledAmount: number;
  deductedAmount: number;
  controlledOn: string | null;
  controlUntil: string | null;
  /** Calendar days to the end of the control (negative once it lapsed). */
  daysToExpiry: number | null;
  /** Within the warning days of assets.expiry, or lapsed: to be renewed. */
  expiring: boolean;
  /** 1 is 首封; above 1 is 轮候 in that place. */
  position: number | null;
  foundVia: 'online' | 'offline';
  foundOn: string;
  /** Acts go to the institution online; otherwise the notice is served by hand. */
  online: boolean;
  evidence: string[];
  leadId: string | null;
  declinedReason: string | null;
  /** While what is controlled falls short: the indivisible asset found that is best seized first. */
  preferred: boolean;
  /** Why the institution refused or failed the last act. */
  lastFailure: string | null;
  /** A request waiting for the institution's answer. */
  pending: null | 'freeze' | 'deduct' | 'unfreeze' | 'renew';
  /** The actions this user may take on it now. */
  abilities: string[];
  /** Prefill of the control and renewal dialogs: the amount the limit allows, the longest period. */
  defaults: { amount: number | null; until: string | null };
}

/** 控制限额: the claim plus costs, less what was paid and what is already controlled. */
export interface ControlLimit {
  claim: number;
  costs: number;
  paid: number;
  controlled: number;
  remaining: number;
}

export type LeadResult = 'in_progress' | 'confirmed' | 'unfounded';

/** 财产线索: who gave it, what it says, and its verification. */
export interface Lead {
  id: string;
  fromApplicant: boolean;
  reporterName: string;
  reporterContact: string | null;
  description: string;
  specific: boolean;
  urgent: boolean;
  track: string;
  receivedAt: string;
  receivedOn: string;
  evidence: string[];
  verifiedAt: string | null;
  verificationResult: LeadResult | null;
  verificationNote: string | null;
  assetId: string | null;
  abilities: string[];
}

export interface AssetRegister {
  items: Asset[];
  summary: { category: string; count: number; balance: number; value: number; controlled: number }[];
  limit: ControlLimit;
  leads: Lead[];
  warnDays: number;
  today: string;
  /** What the user may do on the register: record an asset found offline, record a lead. */
  abilities: string[];
}

export const assetsKey = (caseId: string) => ['case', caseId, 'assets'] as const;

/**
 * The register. While the live socket is down it is polled as long as an answer is awaited: for one of
 * its assets, or (`queriesRunning`) for a query whose holdings will land in it.
 */
export function useAssets(
  caseId: string,
  live: boolean,
  options: { queriesRunning?: boolean; enabled?: boolean } = {},
) {
  return useQuery({
    queryKey: assetsKey(caseId),
    enabled: options.enabled ?? true,
    queryFn: () =>
      send<AssetRegister>(http.GET('/api/cases/{id}/assets', { params: { path: { id: caseId } } })),
    refetchInterval: (query) => {
      const waiting = options.queriesRunning || query.state.data?.items.some((a) => a.pending !== null);
      return !live && waiting ? POLL_MS : false;
    },
  });
}

const POLL_MS = 3_000;

export interface AssetActionInput {
  assetId: string;
  action: AssetAction;
  body: Record<string, unknown>;
}

/** After a write: the register, the case (timeline, deadlines), its dossier and its requests. */
function refresh(client: QueryClient, caseId: string) {
  return Promise.all([
    client.invalidateQueries({ queryKey: assetsKey(caseId) }),
    client.invalidateQueries({ queryKey: ['case', caseId], exact: true }),
    client.invalidateQueries({ queryKey: ['case', caseId, 'documents'] }),
    client.invalidateQueries({ queryKey: ['case', caseId, 'inquiries'] }),
  ]);
}

/** One action on an asset (a notice is issued and sent); the answer is the asset as it stands after. */
export function useAssetAction(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ assetId, action, body }: AssetActionInput) =>
      // The body is the action's form, checked by the server (its 400 names the fields).
      send<Asset>(
        http.POST(`/api/assets/{id}/${action}`, { params: { path: { id: assetId } }, body: body as never }),
      ),
    onSuccess: () => refresh(client, caseId),
  });
}

export interface OfflineAsset {
  partyId: string;
  category: string;
  institution: { name: string; code?: string };
  assetRef: string;
  description: string;
  balance?: number;
  value?: number;
  foundOn?: string;
  evidence: string[];
  leadId?: string;
}

/** 线下查找的财产, entered by hand with its evidence. */
export function useRecordAsset(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (asset: OfflineAsset) =>
      send<Asset>(
        http.POST('/api/cases/{id}/assets', { params: { path: { id: caseId } }, body: asset as never }),
      ),
    onSuccess: () => refresh(client, caseId),
  });
}

export interface NewLead {
  fromApplicant: boolean;
  reporterName: string;
  reporterContact?: string;
  description: string;
  specific: boolean;
  urgent: boolean;
  receivedAt?: string;
  evidence: string[];
}

export function useRecordLead(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (lead: NewLead) =>
      send<Lead>(http.POST('/api/cases/{id}/leads', { params: { path: { id: caseId } }, body: lead })),
    onSuccess: () => refresh(client, caseId),
  });
}

export function useVerifyLead(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      leadId,
      ...body
    }: {
      leadId: string;
      result: LeadResult;
      note: string;
      assetId?: string;
    }) => send<Lead>(http.POST('/api/leads/{id}/verify', { params: { path: { id: leadId } }, body })),
    onSuccess: () => refresh(client, caseId),
  });
}
