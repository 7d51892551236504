/**
 * 执行款, the accounts: 一案一账号 opened with the filing (or on first use), the court's own books, and a
 * case's statement. The base of FundsService, which is one class in layers, one file each — accounts,
 * payout instructions at the bank, payouts, statement lines, money in by hand, then reconciliation and
 * verification (service.ts) — each extending the one before: the use cases call one another (a
 * statement line confirms a payout, a reconciliation applies the lines it missed) and share the
 * service's state (the resend timer, the court prefixes, the arrival listeners).
 */
import type { AuthUser } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Tx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { RECORDS } from '../../platform/messages';
import type { AuditService } from '../audit/service';
import type { CalendarService } from '../calendar/service';
import type { CasesService } from '../cases/service';
import type { Rulebook } from '../compliance/rules';
import type { BankLink } from './bank';
import {
  type AccountKind,
  availableOf,
  balanceOf,
  type Totals,
  type TransferKind,
  type TransferPhase,
} from './rules';

export interface AccountRow extends Totals {
  id: string;
  accountNo: string | null;
  courtId: string;
}

const ACCOUNT_COLUMNS = `id, account_no as "accountNo", court_id as "courtId",
  debits_posted::int8 as "debitsPosted", credits_posted::int8 as "creditsPosted",
  debits_pending::int8 as "debitsPending", credits_pending::int8 as "creditsPending"`;

/** Numbers from PostgreSQL's int8 arrive as strings: fen fit in a safe integer. */
export function numeric<T extends object>(row: Record<string, unknown>, fields: readonly string[]): T {
  const out: Record<string, unknown> = { ...row };
  for (const field of fields)
    if (out[field] !== null && out[field] !== undefined) out[field] = Number(out[field]);
  return out as T;
}
const TOTAL_FIELDS = ['debitsPosted', 'creditsPosted', 'debitsPending', 'creditsPending'];

/** What every part of the funds service shares: its collaborators, the platform's today, the accounts and books. */
export class FundsAccounts {
  constructor(
    protected readonly database: Database,
    protected readonly clock: Clock,
    protected readonly audit: AuditService,
    protected readonly cases: CasesService,
    protected readonly calendar: CalendarService,
    protected readonly rulebook: Rulebook,
    readonly bank: BankLink,
  ) {}

  today(): string {
    return shanghaiDateOf(this.clock.now());
  }

  /** 一案一账号 opened with the filing, in its transaction (cases.onFiled). */
  async afterFiling(tx: Tx, filed: { id: string }): Promise<void> {
    await this.openCaseAccount(tx, filed.id);
  }

  private async openCaseAccount(tx: Tx, caseId: string): Promise<void> {
    await tx.sql.executeSql(
      `insert into fund_accounts (court_id, case_id, kind, account_no, no_overdraft, created_at)
       select court_id, id, 'case', account_no, true, $2 from cases where id = $1 on conflict do nothing`,
      [caseId, this.clock.now()],
      { prepare: true },
    );
  }

  /** The case's account, opened now for a case that came in without a filing (import, demo caseload). */
  async caseAccount(tx: Tx, caseId: string, lock = false): Promise<AccountRow> {
    const read = async () => {
      const { rows } = await tx.sql.executeSql(
        `select ${ACCOUNT_COLUMNS} from fund_accounts where case_id = $1${lock ? ' for update' : ''}`,
        [caseId],
      );
      return rows[0] ? numeric<AccountRow>(rows[0], TOTAL_FIELDS) : undefined;
    };
    const found = await read();
    if (found) return found;
    await this.openCaseAccount(tx, caseId);
    const opened = await read();
    if (!opened) throw notFound(RECORDS.case);
    return opened;
  }

  /** One of the court's own books, opened on first use. */
  async courtBook(tx: Tx, courtId: string, kind: Exclude<AccountKind, 'case'>): Promise<string> {
    const select = () =>
      tx.sql.executeSql(
        `select id from fund_accounts where court_id = $1 and kind = $2 and case_id is null`,
        [courtId, kind],
      );
    let { rows } = await select();
    if (rows.length === 0) {
      await tx.sql.executeSql(
        `insert into fund_accounts (court_id, kind, no_overdraft, created_at) values ($1, $2, false, $3)
         on conflict do nothing`,
        [courtId, kind, this.clock.now()],
      );
      ({ rows } = await select());
    }
    return String(rows[0]?.id);
  }

  /** `GET /api/cases/:id/account`: the number, balances and movements (the case's side, signed). */
  async statement(user: AuthUser, caseId: string) {
    const row = await this.cases.caseInScope(this.database.db, user, caseId);
    return this.database.transaction(async (tx) => {
      const account = await this.caseAccount(tx, row.id);
      const { rows } = await tx.sql.executeSql(
        `select id, kind, phase, pending_id as "pendingId", amount::int8 as amount, "on"::text as "on", at,
                actor_name as "actorName", data, credit_account_id = $2 as "toCase"
           from fund_transfers where case_id = $1 order by at desc, id desc limit 500`,
        [row.id, account.id],
      );
      return {
        caseNumber: row.caseNumber,
        accountNo: account.accountNo ?? row.accountNo,
        balance: balanceOf(account),
        available: availableOf(account),
        held: account.debitsPending,
        performed: row.paidAmount,
        entries: rows.map((entry) => ({
          id: String(entry.id),
          kind: entry.kind as TransferKind,
          phase: entry.phase as TransferPhase,
          pendingId: entry.pendingId === null ? null : String(entry.pendingId),
          amount: (entry.toCase ? 1 : -1) * Number(entry.amount),
          on: String(entry.on),
          at: new Date(entry.at as string).toISOString(),
          actorName: String(entry.actorName),
          data: entry.data as Record<string, unknown>,
        })),
      };
    });
  }
}
