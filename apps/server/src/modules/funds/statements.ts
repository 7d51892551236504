/**
 * 执行款, money in from the bank: a signed push of statement lines, applied set-based — each line stored
 * once, booked to the case whose account number it names (else to 不明款), arrivals put on the cases'
 * timelines and told to the listeners (an auction's balance); a line of money out confirms its payout.
 */
import { randomUUID } from 'node:crypto';
import { SKEW_WINDOW_MS, VERIFY_FAILURE_TEXT } from '@zhixing/assist-protocol';
import { shanghaiDateOf } from '../../platform/clock';
import type { Tx } from '../../platform/db';
import { signatureRefused } from '../../platform/signed';
import { platformActor } from '../audit/service';
import { courtAccountPrefix } from '../cases/account';
import type { CaseRow } from '../cases/service';
import type { StatementLine } from './bank';
import { bookMany, type TransferInput } from './ledger';
import { FundsPayouts } from './payouts';
import { FUNDS_EVENTS, isCaseAccountNo } from './rules';

/** Money a statement line brought to a case, as another module may recognise it (an auction's balance). */
export interface Arrival {
  caseId: string;
  amount: number;
  transferId: string;
  payerName: string;
  reference: string | null;
}

export type ArrivalListener = (tx: Tx, arrivals: readonly Arrival[]) => Promise<unknown>;

/** Money in from the bank's statements, and the listeners told of each line that reached a case. */
export class FundsStatements extends FundsPayouts {
  private courtPrefixes: Map<string, string> | null = null;

  private readonly arrivalListeners: ArrivalListener[] = [];

  /** Told, in the statement's transaction, of every line that reached a case (after it was booked there). */
  onArrivals(listener: ArrivalListener): void {
    this.arrivalListeners.push(listener);
  }

  /** `POST /api/bank/v1/statements`: a signed push of statement lines, applied in one transaction. */
  async receiveStatement(raw: Buffer, headers: Record<string, string | string[] | undefined>, path: string) {
    const { institution, push, nonce } = await this.bank.verifyPush(raw, headers, path);
    return this.database.transaction(async (tx) => {
      const { rows } = await tx.sql.executeSql(
        `insert into assist_nonces (institution_id, nonce, expires_at)
         values ($1, $2, now() + $3 * interval '1 millisecond') on conflict do nothing returning nonce`,
        [institution.id, nonce, 2 * SKEW_WINDOW_MS],
      );
      if (rows.length === 0) throw signatureRefused(VERIFY_FAILURE_TEXT.replayed_nonce);
      return this.applyLines(tx, institution.code, push.lines);
    });
  }

  /**
   * Statement lines the bank pushed, set-based: the lines stored once (a line seen before is a
   * duplicate), the cases locked first (in id order, as every case change), money in booked in one go,
   * each case's arrivals put on its timeline and counted performed, audit entries written together.
   */
  async applyLines(tx: Tx, institutionCode: string, lines: readonly StatementLine[]) {
    if (lines.length === 0) return { applied: 0, duplicates: 0 };
    return this.audit.deferred(tx, async () => {
      const now = this.clock.now();
      const today = shanghaiDateOf(now);
      const targets = await this.casesOfAccountNos(
        tx,
        lines.filter((l) => l.amount > 0).map((l) => l.accountNo),
      );
      const placed: PlacedLine[] = [];
      for (const line of lines) {
        const target = line.amount > 0 ? targets.get(line.accountNo) : undefined;
        const courtId = target?.row.courtId ?? (await this.courtOfAccountNo(tx, line.accountNo));
        // Money in is booked: its transfer's id chosen now, so the line is stored with it.
        const transferId = line.amount > 0 && courtId ? randomUUID() : null;
        placed.push({ line, target, courtId, transferId });
      }
      const ids = await insertLines(tx, institutionCode, placed, today, now);
      const fresh = placed.filter((p) => ids.has(p.line.lineId));
      for (const { line } of fresh) {
        if (line.amount < 0 && line.reference) await this.confirmPayout(tx, line.reference, line.transferId);
      }
      const books = new Map<string, string>();
      const book = async (courtId: string, kind: 'bank' | 'unidentified') => {
        const key = `${courtId}:${kind}`;
        if (!books.has(key)) books.set(key, await this.courtBook(tx, courtId, kind));
        return books.get(key) as string;
      };
      const moves: (TransferInput & { id: string; lineId: string })[] = [];
      for (const { line, target, courtId, transferId } of fresh) {
        if (!transferId || !courtId) continue;
        const lineId = ids.get(line.lineId) as string;
        moves.push({
          id: transferId,
          lineId,
          key: `line:${lineId}`,
          courtId,
          caseId: target?.row.id ?? null,
          debitAccountId: await book(courtId, 'bank'),
          creditAccountId: target ? target.accountId : await book(courtId, 'unidentified'),
          amount: line.amount,
          kind: target && line.kind === 'deduction' ? 'deduction' : 'deposit',
          on: today,
          at: now,
          actorName: 'bank',
          data: { lineId, payerName: line.payerName, reference: line.reference ?? null },
        });
      }
      const booked = await bookMany(tx, moves);
      const toCases = moves
        .filter((m) => m.caseId !== null)
        .map((m) => ({ ...m, transferId: booked.get(m.key) as string }));
      await this.arrived(
        tx,
        toCases,
        [...targets.values()].map((t) => t.row),
      );
      const arrivals = toCases.map((m) => ({
        caseId: m.caseId as string,
        amount: m.amount,
        transferId: m.transferId,
        payerName: String(m.data?.payerName ?? ''),
        reference: typeof m.data?.reference === 'string' ? m.data.reference : null,
      }));
      for (const listener of this.arrivalListeners) await listener(tx, arrivals);
      return { applied: fresh.length, duplicates: lines.length - fresh.length };
    });
  }

  /**
   * The open cases (locked, in id order) and their accounts, by account number: through the accounts
   * table in one query; a number without an account (a case not filed here) by the case number it
   * encodes, the account opened then. A wrong check digit matches nothing.
   */
  private async casesOfAccountNos(tx: Tx, numbers: readonly string[]) {
    const valid = [...new Set(numbers.filter(isCaseAccountNo))];
    const found = new Map<string, { caseId: string; accountId: string }>();
    const { rows } = await tx.sql.executeSql(
      'select id, case_id, account_no from fund_accounts where account_no = any($1::text[])',
      [valid],
    );
    for (const row of rows)
      found.set(String(row.account_no), { caseId: String(row.case_id), accountId: String(row.id) });
    for (const accountNo of valid.filter((n) => !found.has(n))) {
      const [row] = await this.cases.caseByAccountNo(tx, accountNo);
      if (!row) continue;
      const account = await this.caseAccount(tx, row.id);
      found.set(accountNo, { caseId: row.id, accountId: account.id });
    }
    const locked = new Map(
      (
        await this.cases.lockCases(
          tx,
          [...found.values()].map((f) => f.caseId),
        )
      ).map((r) => [r.id, r]),
    );
    const targets = new Map<string, { row: CaseRow; accountId: string }>();
    for (const [accountNo, { caseId, accountId }] of found) {
      const row = locked.get(caseId);
      if (row?.status === 'open') targets.set(accountNo, { row, accountId });
    }
    return targets;
  }

  /** Arrivals on cases: `funds.received` on each timeline (counted performed there), one audit entry per case. */
  private async arrived(
    tx: Tx,
    moves: readonly {
      caseId: string | null;
      amount: number;
      kind: string;
      transferId: string;
      lineId: string;
    }[],
    locked: readonly CaseRow[],
  ) {
    const byCase = new Map<string, (typeof moves)[number][]>();
    for (const move of moves)
      byCase.set(move.caseId as string, [...(byCase.get(move.caseId as string) ?? []), move]);
    if (byCase.size === 0) return;
    const today = this.today();
    const entries = [...byCase].map(([caseId, list]) => ({
      caseId,
      events: list.map((m) => ({
        type: FUNDS_EVENTS.received,
        on: today,
        data: { amount: m.amount, source: m.kind, transferId: m.transferId },
        evidence: [],
      })),
    }));
    await this.cases.recordSystemEvents(
      tx,
      entries,
      platformActor,
      locked.filter((row) => byCase.has(row.id)),
    );
    const courtOf = new Map(locked.map((row) => [row.id, row.courtId]));
    for (const [caseId, list] of byCase) {
      await this.audit.append(tx, {
        actor: platformActor,
        courtId: courtOf.get(caseId) ?? null,
        action: 'funds.received',
        subject: `case:${caseId}`,
        after: list.map((m) => ({
          transferId: m.transferId,
          lineId: m.lineId,
          amount: m.amount,
          kind: m.kind,
        })),
      });
    }
  }

  /** Whose escrow account the money reached: the court whose prefix the number carries, if any. */
  private async courtOfAccountNo(tx: Tx, accountNo: string): Promise<string | null> {
    const prefix = accountNo.slice(0, 6);
    if (!this.courtPrefixes?.has(prefix)) {
      // Read again on a miss: a court may have been added since.
      const { rows } = await tx.sql.executeSql('select id, code from courts order by code');
      this.courtPrefixes = new Map(rows.map((row) => [courtAccountPrefix(String(row.code)), String(row.id)]));
    }
    return this.courtPrefixes.get(prefix) ?? null;
  }
}

interface PlacedLine {
  line: StatementLine;
  target: { row: CaseRow; accountId: string } | undefined;
  courtId: string | null;
  /** The id its booking will have (money in only). */
  transferId: string | null;
}

/** The lines stored in one statement; answers the new ones' ids by the bank's line id. */
async function insertLines(
  tx: Tx,
  institutionCode: string,
  placed: readonly PlacedLine[],
  today: string,
  now: Date,
): Promise<Map<string, string>> {
  const { rows } = await tx.sql.executeSql(
    `insert into fund_statement_lines (institution_code, line_id, seq, court_id, account_no, amount, payer_name,
       payer_account_no, reference, bank_kind, bank_transfer_id, request_id, received_on, received_at, state,
       case_id, transfer_id, matched_on, matched_by)
     select $2, l.line_id, l.seq, l.court_id, l.account_no, l.amount, l.payer_name, l.payer_account_no, l.reference,
            l.kind, l.transfer_id, l.request_id, $3::date, $4::timestamptz, l.state, l.case_id, l.booking_id,
            case when l.case_id is null then null else $3::date end,
            case when l.case_id is null then null else 'system' end
       from jsonb_to_recordset($1::jsonb) as l(line_id text, seq int, court_id uuid, account_no text,
              amount bigint, payer_name text, payer_account_no text, reference text, kind text, transfer_id text,
              request_id text, state text, case_id uuid, booking_id uuid)
     on conflict do nothing returning id, line_id`,
    [
      JSON.stringify(
        placed.map(({ line, target, courtId, transferId }) => ({
          line_id: line.lineId,
          seq: line.seq,
          court_id: courtId,
          account_no: line.accountNo,
          amount: line.amount,
          payer_name: line.payerName,
          payer_account_no: line.payerAccountNo ?? null,
          reference: line.reference ?? null,
          kind: line.kind,
          transfer_id: line.transferId,
          request_id: line.requestId ?? null,
          state: line.amount < 0 ? 'confirmation' : target ? 'matched' : 'unidentified',
          case_id: target?.row.id ?? null,
          booking_id: transferId,
        })),
      ),
      institutionCode,
      today,
      now,
    ],
  );
  return new Map(rows.map((row) => [String(row.line_id), String(row.id)]));
}
