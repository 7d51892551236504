import { CATEGORIES } from '@zhixing/assist-protocol';
import { type InstitutionRow, keyFingerprint } from './registry';
import { type Progress, progressOf } from './rules';
import type { InquiryService } from './service';

type Summary = Awaited<ReturnType<InquiryService['summary']>>;
type Row = Record<string, unknown>;

const iso = (value: unknown) =>
  value instanceof Date ? value.toISOString() : value === null ? null : String(value);
/** An instant its column never leaves empty. */
const instant = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));

/** An institution as an administrator sees it: everything but the key, of which only a fingerprint. */
export function presentInstitution(row: InstitutionRow) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    category: row.category,
    endpoint: row.endpoint,
    keyFingerprint: keyFingerprint(row.key),
    keyUpdatedAt: row.keyUpdatedAt.toISOString(),
    maxBatch: row.maxBatch,
    concurrency: row.concurrency,
    timeoutMs: row.timeoutMs,
    supportsFreeze: row.supportsFreeze,
    supportsDeduct: row.supportsDeduct,
    active: row.active,
    breaker: {
      state: row.breakerState,
      failures: row.breakerFailures,
      openUntil: row.breakerOpenUntil?.toISOString() ?? null,
    },
    lastError: row.lastError,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function add(into: Map<string, Record<string, number>>, key: string, status: string, n: number) {
  const counts = into.get(key) ?? {};
  counts[status] = (counts[status] ?? 0) + n;
  into.set(key, counts);
}

/**
 * The progress a case's 查控 tab shows, and what the WebSocket pushes: the counts of its queries
 * (every round), per category and per round. Controls (freeze, deduct …) are in `requests` only.
 */
export function presentProgress(summary: Summary) {
  const all: Record<string, number> = {};
  const byCategory = new Map<string, Record<string, number>>();
  const byRound = new Map<string, Record<string, number>>();
  for (const row of summary.counts) {
    if (row.kind !== 'query') continue;
    const status = String(row.status);
    const n = Number(row.n);
    all[status] = (all[status] ?? 0) + n;
    add(byCategory, String(row.category), status, n);
    if (row.round_id) add(byRound, String(row.round_id), status, n);
  }
  return {
    ...progressOf(all),
    byCategory: CATEGORIES.filter((c) => byCategory.has(c.code)).map((c) => ({
      category: c.code,
      zh: c.zh,
      en: c.en,
      ...progressOf(byCategory.get(c.code) ?? {}),
    })),
    rounds: summary.rounds.map((round: Row) =>
      presentRound(round, progressOf(byRound.get(String(round.id)) ?? {})),
    ),
  };
}

function presentRound(round: Row, progress: Progress) {
  return {
    id: String(round.id),
    status: String(round.status),
    categories: round.categories as string[],
    startedOn: String(round.started_on),
    startedAt: instant(round.started_at),
    startedBy: String(round.actor_name),
    completedAt: iso(round.completed_at),
    ...progress,
  };
}

export function presentRequest(row: Row) {
  return {
    id: String(row.id),
    institution: {
      id: String(row.institution_id),
      code: String(row.code),
      name: String(row.name),
      category: String(row.category),
    },
    kind: String(row.kind),
    status: String(row.status),
    attempts: Number(row.attempts),
    lastError: (row.last_error as string | null) ?? null,
    roundId: (row.round_id as string | null) ?? null,
    assetId: (row.asset_id as string | null) ?? null,
    partyId: String(row.party_id),
    subjectName: String(row.subject_name),
    createdAt: instant(row.created_at),
    sentAt: iso(row.sent_at),
    finishedAt: iso(row.finished_at),
    result: row.result_status
      ? {
          status: String(row.result_status),
          reason: (row.result_reason as string | null) ?? null,
          holdings: Number(row.holdings),
        }
      : null,
  };
}
