import { actionTitle } from './actions';
import type { AuditService } from './service';

type AuditRow = Awaited<ReturnType<AuditService['list']>>[number];

/**
 * An audit entry as its readers see it: who (by name, and the account), where, what (by name, and
 * the code), the case it concerns, and the hash that seals it. An entry recorded under a user name
 * shows the account's display name.
 */
export function presentEntry(row: AuditRow) {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    actor: row.actorId
      ? {
          id: row.actorId,
          username: row.username ?? row.actorName,
          displayName: row.displayName ?? row.actorName,
        }
      : null,
    courtCode: row.courtCode,
    action: row.action,
    actionTitle: actionTitle(row.action),
    subject: row.subject,
    case: row.caseId && row.caseNumber ? { id: row.caseId, caseNumber: row.caseNumber } : null,
    hash: row.hash,
  };
}
