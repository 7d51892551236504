import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Answer, http, send } from './http';

/** The asset register's API (docs/assets.md). Money is integer fen; dates are local `YYYY-MM-DD`. */

/** What may be done to an asset: freeze or seize, deduct, release, renew, decide not to control. */
export type AssetAction = 'control' | 'deduct' | 'release' | 'renew' | 'decline';

export type AssetRegister = Answer<'/api/cases/{id}/assets', 'get'>;
export type Asset = AssetRegister['items'][number];
export type AssetState = Asset['state'];
export type ExistingControl = Asset['existingControls'][number];
/** 控制限额: the claim plus costs, less what was paid and what is already controlled. */
export type ControlLimit = AssetRegister['limit'];
/** 财产线索: who gave it, what it says, and its verification. */
export type Lead = AssetRegister['leads'][number];
export type LeadResult = NonNullable<Lead['verificationResult']>;

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
    queryFn: () => send(http.GET('/api/cases/{id}/assets', { params: { path: { id: caseId } } })),
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
      send(http.POST('/api/cases/{id}/assets', { params: { path: { id: caseId } }, body: asset as never })),
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
      send(http.POST('/api/cases/{id}/leads', { params: { path: { id: caseId } }, body: lead })),
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
    }) => send(http.POST('/api/leads/{id}/verify', { params: { path: { id: leadId } }, body })),
    onSuccess: () => refresh(client, caseId),
  });
}
