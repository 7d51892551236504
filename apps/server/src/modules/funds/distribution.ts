/**
 * 参与分配 (CPL-Interp 506–510): one debtor's money among several creditors. Enforcement costs first,
 * then priority claims (优先受偿) rank by rank, then ordinary claims pro rata to the claims admitted;
 * what a group cannot be paid in full it shares pro rata. Pure: amounts in fen.
 *
 * The remainder rule (to the fen): in a group shared pro rata each claim gets the floor of its exact
 * share; the fen left over (fewer than the claims in the group) go one each to the largest fractional
 * parts, equal parts in the order the claims were listed (the order of joining, or of seizure). No
 * claim gets more than it claimed, and the allocations sum exactly to what is distributed.
 */

export interface Claim {
  id: string;
  creditor: string;
  amount: number;
}

export interface PriorityClaim extends Claim {
  /** 1 is paid first; claims of one rank share pro rata. */
  rank: number;
}

export interface DistributionInput {
  /** The money to distribute, in fen. */
  amount: number;
  /** 执行费用 (application fee, costs of sale …): paid first. */
  costs: readonly Claim[];
  priority: readonly PriorityClaim[];
  ordinary: readonly Claim[];
}

export const GROUPS = ['costs', 'priority', 'ordinary'] as const;
export type Group = (typeof GROUPS)[number];

export interface Allocation {
  id: string;
  creditor: string;
  group: Group;
  rank: number;
  claimed: number;
  allocated: number;
  /** What the debtor still owes on the claim (CPL-Interp 508: the debtor owes the rest). */
  unpaid: number;
}

export interface DistributionPlan {
  amount: number;
  allocations: Allocation[];
  /** Money left once every claim is paid in full: returned to the debtor. */
  surplus: number;
}

export const REMAINDER_RULE = {
  zh: '按比例分配至分，余下的分按小数部分从大到小逐一分配，小数部分相同的按申请参与分配（或查封）的先后',
  en: 'Pro rata to the fen; the fen left over go one each to the largest fractional parts, ties in the order of joining (or seizure)',
} as const;

function fenError(value: number): boolean {
  return !Number.isSafeInteger(value) || value < 0;
}

/** The plan; a RangeError for an amount that is not whole, non-negative fen. */
export function distribute(input: DistributionInput): DistributionPlan {
  return allocate(input.amount, [
    ...leadingGroups(input),
    { group: 'ordinary', rank: Number.MAX_SAFE_INTEGER, claims: input.ordinary },
  ]);
}

/** An ordinary claim of an enterprise debtor's creditor, with the day its seizure (查封) was made. */
export interface SeizingClaim extends Claim {
  /** YYYY-MM-DD: the seizure, freezing or attachment (or the preservation) that ranks the claim. */
  seizedOn: string;
}

/**
 * 首封优先 (CPL-Interp 514): for an enterprise debtor whose transfer to bankruptcy was not accepted or
 * was refused, costs and priority claims come first as above; ordinary claims are then paid in full in
 * the order of their seizures. Seizures of one day share pro rata by the remainder rule.
 */
export function distributeBySeizure(input: {
  amount: number;
  costs: readonly Claim[];
  priority: readonly PriorityClaim[];
  ordinary: readonly SeizingClaim[];
}): DistributionPlan {
  const days = [...new Set(input.ordinary.map((claim) => claim.seizedOn))].sort();
  return allocate(input.amount, [
    ...leadingGroups(input),
    ...days.map((day, index) => ({
      group: 'ordinary' as const,
      rank: index + 1,
      claims: input.ordinary.filter((claim) => claim.seizedOn === day),
    })),
  ]);
}

interface ClaimGroup {
  group: Group;
  rank: number;
  claims: readonly Claim[];
}

/** Costs, then the priority claims rank by rank. */
function leadingGroups(input: { costs: readonly Claim[]; priority: readonly PriorityClaim[] }): ClaimGroup[] {
  return [
    { group: 'costs', rank: 0, claims: input.costs },
    ...[...new Set(input.priority.map((claim) => claim.rank))]
      .sort((a, b) => a - b)
      .map((rank) => ({
        group: 'priority' as const,
        rank,
        claims: input.priority.filter((claim) => claim.rank === rank),
      })),
  ];
}

/** Pays the groups in order, each in full or pro rata to the fen with what is left. */
function allocate(amount: number, groups: readonly ClaimGroup[]): DistributionPlan {
  if (fenError(amount)) throw new RangeError(`amount: not fen: ${amount}`);
  for (const { claims } of groups)
    for (const claim of claims)
      if (fenError(claim.amount)) throw new RangeError(`claim ${claim.id}: not fen`);
  let left = amount;
  const allocations: Allocation[] = [];
  for (const { group, rank, claims: members } of groups) {
    const shares = proRata(
      left,
      members.map((claim) => claim.amount),
    );
    members.forEach((claim, index) => {
      const allocated = shares[index] as number;
      left -= allocated;
      allocations.push({
        id: claim.id,
        creditor: claim.creditor,
        group,
        rank,
        claimed: claim.amount,
        allocated,
        unpaid: claim.amount - allocated,
      });
    });
  }
  return { amount, allocations, surplus: left };
}

/** Up to `amount` shared among claims: each in full when it suffices, else by the remainder rule. */
export function proRata(amount: number, claims: readonly number[]): number[] {
  const total = claims.reduce((sum, claim) => sum + BigInt(claim), 0n);
  if (total <= BigInt(amount)) return [...claims];
  const money = BigInt(amount);
  const exact = claims.map((claim) => ({
    floor: (money * BigInt(claim)) / total,
    rest: (money * BigInt(claim)) % total,
  }));
  const shares = exact.map((share) => Number(share.floor));
  let leftover = amount - shares.reduce((sum, share) => sum + share, 0);
  const order = exact
    .map((share, index) => ({ index, rest: share.rest }))
    .sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (const { index } of order) {
    if (leftover === 0) break;
    shares[index] = (shares[index] as number) + 1;
    leftover -= 1;
  }
  return shares;
}

// ─── Revisions and the undisputed shares (CPL-Interp 509–510) ─────────────────────────────────────

/** What an objection asks: a claim admitted at another amount (0: not admitted). */
export interface ClaimChange {
  claimId: string;
  amount: number;
}

/** The claims with an objection's changes applied; the plan follows by `distribute` again. */
export function revise(input: DistributionInput, changes: readonly ClaimChange[]): DistributionInput {
  const asked = new Map(changes.map((change) => [change.claimId, change.amount]));
  const apply = <C extends Claim>(claim: C): C =>
    asked.has(claim.id) ? { ...claim, amount: asked.get(claim.id) as number } : claim;
  return {
    amount: input.amount,
    costs: input.costs.map(apply),
    priority: input.priority.map(apply),
    ordinary: input.ordinary.map(apply),
  };
}

export interface Undisputed {
  /** By claim id: what the claim gets under every plan still possible, payable now. */
  shares: Map<string, number>;
  /** The part of the surplus (the debtor's) no possible plan takes away. */
  surplus: number;
  /** What stays lodged until the objections end: the amount less everything payable now. */
  disputed: number;
}

/**
 * The plan in force and the revisions live objections ask (all of one amount): each claim may be paid
 * now the least it gets under any of them; the rest is the disputed money, lodged (提存) while the
 * objections run (CPL-Interp 510). With no live objection nothing is disputed.
 */
export function undisputed(plan: DistributionPlan, revisions: readonly DistributionPlan[]): Undisputed {
  const shares = new Map(plan.allocations.map((a) => [a.id, a.allocated]));
  let surplus = plan.surplus;
  for (const revision of revisions) {
    if (revision.amount !== plan.amount) throw new RangeError('a revision distributes another amount');
    for (const allocation of revision.allocations)
      shares.set(allocation.id, Math.min(shares.get(allocation.id) ?? 0, allocation.allocated));
    surplus = Math.min(surplus, revision.surplus);
  }
  const payable = [...shares.values()].reduce((sum, share) => sum + share, 0) + surplus;
  return { shares, surplus, disputed: plan.amount - payable };
}
