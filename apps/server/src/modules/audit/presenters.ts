import type { AuditService } from './service';

type AuditRow = Awaited<ReturnType<AuditService['list']>>[number];

/** An audit entry as its readers see it: who, where, what, and the hash that seals it. */
export function presentEntry(row: AuditRow) {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    actor: row.actorId ? { id: row.actorId, username: row.actorName } : null,
    courtCode: row.courtCode,
    action: row.action,
    subject: row.subject,
    hash: row.hash,
  };
}
