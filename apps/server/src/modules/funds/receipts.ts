/**
 * 执行款, money in by hand: cash and counter receipts registered by finance, and unidentified money
 * (不明款) listed with its waiting time and matched to a case. Both credit a case the same way (creditCase).
 */
import { createHash } from 'node:crypto';
import type { AuthUser } from '../../platform/auth';
import type { Tx } from '../../platform/db';
import { AppError, invalid, notFound, ruleViolation } from '../../platform/errors';
import { yuan } from '../../platform/i18n';
import { onceByKey } from '../../platform/idempotency';
import { caseClosed, FIELD, RECORDS } from '../../platform/messages';
import type { Actor } from '../audit/service';
import { countWorkingDaysBetween } from '../calendar/rules';
import type { CaseRow } from '../cases/service';
import { checkGuards } from '../compliance/rules';
import { chineseUpperYuan } from '../documents/rules';
import { actorOf } from '../org/service';
import { book } from './ledger';
import { amountError, CASH_ACTION, FUNDS_EVENTS, FUNDS_UNIDENTIFIED, unidentifiedOverdue } from './rules';
import { FundsStatements } from './statements';

export interface CashInput {
  amount: number;
  payerName: string;
  method: 'counter' | 'cash';
  collectedBy: string[];
  collectedOn: string;
  handedOverOn: string;
  delayReason?: string;
  payerSigned: boolean;
}

/** Money in by hand: 现金/柜台收款, and 不明款 listed and matched to a case. */
export class FundsReceipts extends FundsStatements {
  /**
   * Money reaches a case: booked to its account, on its timeline (`funds.received` starts the payout
   * periods), and counted as performed (已履行) on the case.
   */
  private async creditCase(
    tx: Tx,
    target: CaseRow,
    amount: number,
    move: {
      key: string;
      debitAccountId: string;
      kind: 'deposit' | 'deduction' | 'match' | 'cash';
      actor: Actor;
      data: Record<string, unknown>;
    },
  ): Promise<string> {
    const account = await this.caseAccount(tx, target.id);
    const booked = await book(tx, {
      key: move.key,
      courtId: target.courtId,
      caseId: target.id,
      debitAccountId: move.debitAccountId,
      creditAccountId: account.id,
      amount,
      kind: move.kind,
      on: this.today(),
      at: this.clock.now(),
      actorName: move.actor.name,
      data: move.data,
    });
    if (booked.replayed) return booked.id;
    await this.cases.recordSystemEvents(
      tx,
      [
        {
          caseId: target.id,
          events: [
            {
              type: FUNDS_EVENTS.received,
              on: this.today(),
              data: { amount, source: move.kind, transferId: booked.id },
              evidence: [],
            },
          ],
        },
      ],
      move.actor,
    );
    await this.audit.append(tx, {
      actor: move.actor,
      courtId: target.courtId,
      action: `funds.${move.kind}`,
      subject: `case:${target.id}`,
      after: { transferId: booked.id, amount, ...move.data },
    });
    return booked.id;
  }

  /**
   * 现金/柜台收款: finance registers money taken at the counter or in cash by officers, checked by
   * `funds.cash`, booked cash → case with a receipt number, on the timeline and counted performed.
   */
  async registerCash(user: AuthUser, caseId: string, input: CashInput, idempotencyKey?: string) {
    const error = amountError(input.amount);
    if (error) throw invalid('amount', error);
    const today = this.today();
    if (input.collectedOn > today || input.handedOverOn > today)
      throw invalid('handedOverOn', FIELD.inFuture);
    const violations = checkGuards(this.rulebook.guards(), CASH_ACTION, input);
    if (violations.length > 0) throw ruleViolation(violations);
    const fingerprint = `POST cash ${caseId} ${createHash('sha256').update(JSON.stringify(input)).digest('hex')}`;
    const claim = { userId: user.id, key: idempotencyKey, fingerprint, now: this.clock.now() };
    return onceByKey(this.database, claim, async (tx) => {
      const target = await this.cases.caseInScope(tx.db, user, caseId, true);
      if (target.status !== 'open') {
        throw new AppError('conflict', caseClosed(target.caseNumber));
      }
      const receiptNo = `${target.caseNumber}收字${crypto.randomUUID().slice(0, 8).toUpperCase()}`;
      const transferId = await this.creditCase(tx, target, input.amount, {
        key: `cash:${receiptNo}`,
        debitAccountId: await this.courtBook(tx, target.courtId, 'cash'),
        kind: 'cash',
        actor: actorOf(user),
        data: { receiptNo, ...input },
      });
      const receipt = {
        receiptNo,
        transferId,
        caseNumber: target.caseNumber,
        payerName: input.payerName,
        amount: input.amount,
        amountText: yuan(input.amount),
        amountUpper: chineseUpperYuan(input.amount),
        method: input.method,
        collectedBy: input.collectedBy,
        collectedOn: input.collectedOn,
        handedOverOn: input.handedOverOn,
        receivedBy: user.displayName,
      };
      return { status: 201, body: receipt };
    });
  }

  /** `GET /api/funds/unidentified`: money no case claims, in the user's courts, oldest first. */
  async unidentified(user: AuthUser) {
    const { calendar } = await this.calendar.planningCalendar();
    const today = this.today();
    const { rows } = await this.database.sql.executeSql(
      `select l.id, l.amount::int8 as amount, l.payer_name as "payerName", l.payer_account_no as "payerAccountNo",
              l.account_no as "accountNo", l.reference, l.received_on::text as "receivedOn", l.bank_kind as "bankKind",
              l.court_id as "courtId"
         from fund_statement_lines l left join courts c on c.id = l.court_id
        where l.state = 'unidentified' and (l.court_id is null or c.path like $1)
        order by l.received_on, l.id limit 1000`,
      [`${user.court.path}%`],
    );
    // The warning's period as each line's court set it (a line of no court: the platform's).
    const courts = [...new Set(rows.map((row) => (row.courtId === null ? null : String(row.courtId))))];
    const settings = new Map(
      await Promise.all(courts.map(async (court) => [court, await this.cases.settingsFor(court)] as const)),
    );
    return rows.map((row) => {
      const waited = countWorkingDaysBetween(calendar, String(row.receivedOn), today);
      const courtSettings = settings.get(row.courtId === null ? null : String(row.courtId));
      return {
        id: String(row.id),
        amount: Number(row.amount),
        payerName: String(row.payerName),
        payerAccountNo: row.payerAccountNo === null ? null : String(row.payerAccountNo),
        accountNo: String(row.accountNo),
        reference: row.reference === null ? null : String(row.reference),
        receivedOn: String(row.receivedOn),
        workingDaysWaiting: waited,
        warning: unidentifiedOverdue(waited, courtSettings) ? FUNDS_UNIDENTIFIED.id : null,
      };
    });
  }

  /** Finance matches unidentified money to a case by hand: 不明款 → the case's account. */
  async matchLine(user: AuthUser, lineId: string, caseId: string) {
    return this.database.transaction(async (tx) => {
      const target = await this.cases.caseInScope(tx.db, user, caseId, true);
      if (target.status !== 'open') throw new AppError('conflict', caseClosed(target.caseNumber));
      const { rows } = await tx.sql.executeSql(
        `select id, court_id, amount::int8 as amount, payer_name, transfer_id, state from fund_statement_lines
          where id = $1 for update`,
        [lineId],
      );
      const line = rows[0];
      if (line?.state !== 'unidentified') throw notFound(RECORDS.unidentifiedMoney);
      const lineCourt = line.court_id === null ? target.courtId : String(line.court_id);
      const debitAccountId = await this.courtBook(
        tx,
        lineCourt,
        line.transfer_id === null ? 'bank' : 'unidentified',
      );
      const transferId = await this.creditCase(tx, target, Number(line.amount), {
        key: `line:${lineId}:match`,
        debitAccountId,
        kind: 'match',
        actor: actorOf(user),
        data: { lineId, payerName: String(line.payer_name) },
      });
      await tx.sql.executeSql(
        `update fund_statement_lines set state = 'matched', case_id = $2, matched_on = $3, matched_by = $4,
           transfer_id = coalesce(transfer_id, $5) where id = $1`,
        [lineId, target.id, this.today(), user.displayName, transferId],
      );
      return { lineId, caseId: target.id, transferId };
    });
  }
}
