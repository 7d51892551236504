import { CATEGORIES } from '@zhixing/assist-protocol';
import type { LocalDate } from '../calendar/rules';
import { ACT_PERMISSIONS } from './policy';
import {
  type ControlLimit,
  daysToExpiry,
  freeBalance,
  heldValue,
  indivisibleMayExceed,
  maxControlUntil,
  possibleActions,
  preferredSeizure,
} from './rules';

import { type AssetRow, type AssetsService, category, facts, freeMoney, type LeadRow } from './service';

type Register = Awaited<ReturnType<AssetsService['register']>>;

/** What the officer's register shows of one asset, with the acts this user may take on it now. */
export function presentAsset(
  asset: AssetRow,
  context: {
    today: LocalDate;
    warnDays: number;
    limit: ControlLimit;
    online: ReadonlySet<string>;
    preferred?: string | null;
  },
  permitted: (act: string) => boolean,
) {
  const { today } = context;
  const acts = possibleActions(facts(asset), today).filter((act) => permitted(ACT_PERMISSIONS[act]));
  const days = daysToExpiry(asset.controlUntil, today);
  return {
    id: asset.id,
    category: asset.category,
    institution: { id: asset.institutionId, code: asset.institutionCode, name: asset.institutionName },
    assetRef: asset.assetRef,
    description: asset.description,
    /** Money: the balance in fen; other property: null. */
    balance: asset.balance,
    /** Other property: its value in fen when known. */
    value: asset.value,
    frozenByOthers: asset.frozenByOthers,
    existingControls: asset.existingControls,
    divisible: asset.divisible,
    state: asset.state,
    controlledAmount: asset.controlledAmount,
    deductedAmount: asset.deductedAmount,
    controlledOn: asset.controlledOn,
    controlUntil: asset.controlUntil,
    daysToExpiry: days,
    /** Within the warning days of assets.expiry (or lapsed): renew before it ends. */
    expiring:
      days !== null && days <= context.warnDays && ['frozen', 'seized', 'waiting'].includes(asset.state),
    position: asset.position,
    foundVia: asset.foundVia,
    foundOn: asset.foundOn,
    /** Acts go to the institution online (else the notice is served by hand and recorded). */
    online: asset.institutionId !== null && context.online.has(asset.institutionId),
    evidence: asset.evidence,
    leadId: asset.leadId,
    declinedReason: asset.declinedReason,
    lastFailure: asset.lastFailure,
    pending: asset.pendingKind,
    abilities: acts.map((act) => ACT_PERMISSIONS[act]),
    /** The indivisible asset to seize first while the claim is not secured (advice: Opinion-2021 15). */
    preferred: context.preferred === asset.id,
    defaults: defaults(asset, context, acts),
  };
}

/** Prefill of the control and renewal dialogs: what may be frozen within the limit, the longest period. */
function defaults(
  asset: AssetRow,
  context: { today: LocalDate; limit: ControlLimit },
  acts: readonly string[],
): { amount: number | null; until: LocalDate | null } {
  if (acts.includes('control')) {
    const free = freeBalance(facts(asset));
    const balance = free > 0 ? free : (asset.balance ?? 0);
    return {
      amount: asset.divisible ? Math.min(balance, context.limit.remaining) : null,
      until: maxControlUntil(category(asset), context.today),
    };
  }
  if (acts.includes('renew') && asset.controlUntil) {
    return { amount: null, until: maxControlUntil(category(asset), asset.controlUntil) };
  }
  return { amount: null, until: null };
}

export function presentLead(lead: LeadRow, permitted: (act: string) => boolean) {
  const open = lead.verificationResult === null || lead.verificationResult === 'in_progress';
  return {
    id: lead.id,
    fromApplicant: lead.fromApplicant,
    reporterName: lead.reporterName,
    reporterContact: lead.reporterContact,
    description: lead.description,
    specific: lead.specific,
    urgent: lead.urgent,
    track: lead.track,
    receivedAt: lead.receivedAt.toISOString(),
    receivedOn: lead.receivedOn,
    evidence: lead.evidence,
    verifiedAt: lead.verifiedAt?.toISOString() ?? null,
    verificationResult: lead.verificationResult,
    verificationNote: lead.verificationNote,
    assetId: lead.assetId,
    abilities: open && permitted('lead.verify') ? ['lead.verify'] : [],
  };
}

/** The register of a case: assets, a summary by category, the limit of control, leads. */
export function presentRegister(register: Register, permitted: (act: string) => boolean) {
  const closed = register.row.status === 'closed';
  const allowed = (act: string) => !closed && permitted(act);
  const context = {
    today: register.today,
    warnDays: register.warnDays,
    limit: register.limit,
    online: register.online,
    preferred: preferredOf(register.items, register.limit),
  };
  return {
    items: register.items.map((asset) => presentAsset(asset, context, allowed)),
    summary: summary(register.items),
    limit: register.limit,
    leads: register.leads.map((lead) => presentLead(lead, allowed)),
    warnDays: register.warnDays,
    today: register.today,
    abilities: ['asset.register', 'lead.record'].filter(allowed),
  };
}

/** Which indivisible asset found to seize first, while what is controlled falls short of the claim. */
function preferredOf(items: readonly AssetRow[], limit: ControlLimit): string | null {
  if (!indivisibleMayExceed(limit, freeMoney(items))) return null;
  const found = items.filter((asset) => !asset.divisible && asset.state === 'found');
  return preferredSeizure(found, limit.remaining);
}

/** Per category, in the protocol's order: how many assets, their balances and values, what is held. */
function summary(items: readonly AssetRow[]) {
  return CATEGORIES.flatMap(({ code }) => {
    const of = items.filter((asset) => asset.category === code);
    if (of.length === 0) return [];
    const sum = (pick: (asset: AssetRow) => number) => of.reduce((total, asset) => total + pick(asset), 0);
    return [
      {
        category: code,
        count: of.length,
        balance: sum((asset) => asset.balance ?? 0),
        value: sum((asset) => asset.value ?? 0),
        controlled: sum(heldValue),
      },
    ];
  });
}
