/**
 * 参与分配: opening, creditors joining in writing with their titles, the plan drawn and served as a
 * document on every creditor and the debtor, and the undisputed shares paid through the payouts after
 * the objection period. Objections: `objections.ts`; what both share: `distribution-support.ts`.
 */
import type { AuthUser } from '../../platform/auth';
import type { Tx } from '../../platform/db';
import { conflict, invalid } from '../../platform/errors';
import { type CaseRow, documentDataOf } from '../cases/service';
import { actorOf } from '../org/service';
import { distribute, type Group, REMAINDER_RULE } from './distribution';
import {
  type DebtorKind,
  DISTRIBUTION_EVENTS,
  type DistributionAct,
  type DistributionState,
  distributionMove,
  JOIN_ACTION,
  OBJECTION_LIVE,
} from './distribution-rules';
import {
  type DistributionRow,
  DistributionSupport,
  inputOf,
  type JoinInput,
  type ObjectionRow,
} from './distribution-support';

export class FundsDistributions extends DistributionSupport {
  /** The case's distribution with its plan, revisions asked, periods and shares payable; null: none. */
  async ofCase(user: AuthUser, caseId: string) {
    await this.cases.caseInScope(this.database.db, user, caseId);
    const { rows } = await this.database.sql.executeSql(
      `select id from fund_distributions where case_id = $1`,
      [caseId],
    );
    if (!rows[0]) return null;
    const state = await this.loadWith(this.database.sql, String(rows[0].id));
    return {
      ...this.describe(state, await this.workingCalendar(this.database.db)),
      proposed: await this.proposedByClaim(this.database, state.row.id),
    };
  }

  /** A case closed (撤回, 终结…) with a plan outstanding: the plan's hold is voided, the money no longer waits for it. */
  async afterClosing(tx: Tx, closed: CaseRow, user: AuthUser): Promise<[]> {
    const { rows } = await tx.sql.executeSql('select id from fund_distributions where case_id = $1', [
      closed.id,
    ]);
    if (rows[0]) await this.releasePlan(tx, user, String(rows[0].id));
    return [];
  }

  // ─── Joining ───────────────────────────────────────────────────────────────────────────────────

  /** Opens the distribution on the case whose account holds the debtor's money (the court that seized first). */
  async open(user: AuthUser, caseId: string, debtorKind: DebtorKind) {
    return this.database.transaction(async (tx) => {
      const row = await this.openCase(tx, user, caseId);
      this.refuse(JOIN_ACTION, { debtorKind, state: 'open', group: 'costs', hasTitle: true });
      const id = crypto.randomUUID();
      const inserted = await tx.sql.executeSql(
        `insert into fund_distributions (id, case_id, court_id, debtor_kind, state, created_by, created_at)
         values ($1, $2, $3, $4, 'open', $5, $6) on conflict (case_id) do nothing returning id`,
        [id, row.id, row.courtId, debtorKind, user.displayName, this.clock.now()],
      );
      if (inserted.rows.length === 0)
        throw conflict({ zh: '本案已有参与分配程序', en: 'This case already has a distribution' });
      await this.audit.append(tx, {
        actor: actorOf(user),
        courtId: row.courtId,
        action: 'funds.distribution.open',
        subject: `distribution:${id}`,
        caseId: row.id,
        after: { debtorKind },
      });
      return id;
    });
  }

  /** A creditor joins in writing: his title named or in the dossier, his claim, his payout account. */
  async join(user: AuthUser, distributionId: string, input: JoinInput) {
    return this.database.transaction(async (tx) => {
      const { row: before, objections } = await this.locked(tx, user, distributionId);
      const caseRow = await this.openCase(tx, user, before.caseId);
      this.refuse(JOIN_ACTION, {
        debtorKind: before.debtorKind,
        state: before.state,
        group: input.group,
        hasTitle: Boolean(input.title || input.titleDocumentId),
      });
      const to = this.move(before.state, 'join');
      if (input.titleDocumentId) {
        const { rows } = await tx.sql.executeSql('select 1 from documents where id = $1 and case_id = $2', [
          input.titleDocumentId,
          caseRow.id,
        ]);
        if (rows.length === 0)
          throw invalid('titleDocumentId', {
            zh: '本案卷宗中没有该文件',
            en: 'no such document in the case’s dossier',
          });
      }
      if (input.group !== 'costs' && !input.payee)
        throw invalid('payee', { zh: '须写明收款账户', en: 'a creditor names his payout account' });
      const today = this.funds.today();
      const joinedOn = input.joinedOn ?? today;
      if (joinedOn > today) throw invalid('joinedOn', { zh: '不能晚于今天', en: 'is in the future' });
      const id = crypto.randomUUID();
      await tx.sql.executeSql(
        `insert into fund_distribution_claims (id, distribution_id, position, creditor, "group", rank, claimed, amount,
           title, title_document_id, payee, joined_on, joined_by)
         values ($1, $2, (select coalesce(max(position), 0) + 1 from fund_distribution_claims where distribution_id = $2),
           $3, $4, $5, $6, $6, $7, $8, $9, $10, $11)`,
        [
          id,
          distributionId,
          input.creditor,
          input.group,
          input.group === 'priority' ? (input.rank ?? 1) : 0,
          input.amount,
          input.title ?? null,
          input.titleDocumentId ?? null,
          input.payee ?? null,
          joinedOn,
          user.displayName,
        ],
      );
      if (before.state === 'served') await this.withdrawPlan(tx, user, caseRow, before, objections);
      await tx.sql.executeSql('update fund_distributions set state = $2 where id = $1', [distributionId, to]);
      await this.event(tx, user, caseRow, DISTRIBUTION_EVENTS.joined, {
        distributionId,
        claimId: id,
        creditor: input.creditor,
        amount: input.amount,
        group: input.group,
      });
      await this.audit.append(tx, {
        actor: actorOf(user),
        courtId: caseRow.courtId,
        action: 'funds.distribution.join',
        subject: `distribution:${distributionId}`,
        caseId: caseRow.id,
        before: { state: before.state },
        after: { state: to, claimId: id, ...input },
      });
      return id;
    });
  }

  /** A creditor joining a served plan withdraws it: it is drawn and served again; its objections end. */
  private async withdrawPlan(
    tx: Tx,
    user: AuthUser,
    caseRow: CaseRow,
    row: DistributionRow,
    objections: readonly ObjectionRow[],
  ) {
    const today = this.funds.today();
    for (const objection of objections.filter((o) => OBJECTION_LIVE.includes(o.state))) {
      await tx.sql.executeSql(
        `update fund_distribution_objections set state = 'lapsed', ended_on = $2 where id = $1`,
        [objection.id, today],
      );
      await this.event(tx, user, caseRow, DISTRIBUTION_EVENTS.objectionEnded, {
        objectionId: objection.id,
        outcome: 'withdrawn',
      });
    }
    await this.lodge(tx, user, caseRow, row, 0);
    await this.releasePlan(tx, user, row.id);
    await tx.sql.executeSql(
      'update fund_distributions set amount = null, document_id = null, served_on = null where id = $1',
      [row.id],
    );
  }

  // ─── The plan, drawn and served ────────────────────────────────────────────────────────────────

  /**
   * Draws the plan over `amount` (at most the case's available money), renders it — amounts in yuan
   * and in capitals — and serves it on every creditor and the debtor: the 15 days to object start.
   */
  async draw(user: AuthUser, distributionId: string, amount: number) {
    const state = await this.loadWith(this.database.sql, distributionId);
    await this.cases.caseInScope(this.database.db, user, state.row.caseId);
    if (state.claims.length === 0)
      throw conflict({ zh: '尚无债权人申请参与分配', en: 'No creditor has joined yet' });
    const plan = distribute(inputOf(amount, state.claims));
    const detail = await this.cases.detail(user, state.row.caseId);
    const debtors = detail.parties.filter((party) => party.role === 'debtor').map((party) => party.name);
    const servedTo = [...new Set([...state.claims.map((claim) => claim.creditor), ...debtors])];
    const today = this.funds.today();
    // Rendered before the transaction (a PDF takes tens of milliseconds no lock should wait for).
    const rendered = await this.documents.render('distribution_plan', {
      ...documentDataOf(detail, today),
      distribution: {
        amount,
        surplus: plan.surplus,
        remainderRule: REMAINDER_RULE.zh,
        servedTo,
        shares: plan.allocations.map((allocation) => ({
          creditor: allocation.creditor,
          groupName: GROUP_ZH(allocation.group, allocation.rank),
          claimed: allocation.claimed,
          allocated: allocation.allocated,
        })),
      },
    });
    return this.database.transaction(async (tx) => {
      const { row, claims } = await this.locked(tx, user, distributionId);
      const caseRow = await this.openCase(tx, user, row.caseId);
      const to = this.move(row.state, 'draw');
      // A creditor who joined while the document was rendered would be missing from it.
      if (claims.length !== state.claims.length)
        throw conflict({
          zh: '方案制作期间有新的债权人加入，请重新制作',
          en: 'A creditor joined meanwhile: draw again',
        });
      const account = await this.funds.caseAccount(tx, caseRow.id, true);
      const available = account.creditsPosted - account.debitsPosted - account.debitsPending;
      if (amount > available) throw this.short(amount, available);
      const documentId = await this.documents.store(
        tx,
        { caseId: caseRow.id, courtId: caseRow.courtId, createdBy: user.displayName },
        rendered,
      );
      // The plan's money is held from now until its shares are paid.
      await this.reservingPlan(tx, user, caseRow, distributionId, () =>
        tx.sql.executeSql(
          'update fund_distributions set state = $2, amount = $3, document_id = $4, served_on = $5 where id = $1',
          [distributionId, to, amount, documentId, today],
        ),
      );
      await this.event(tx, user, caseRow, DISTRIBUTION_EVENTS.served, {
        distributionId,
        documentId,
        servedTo,
      });
      await this.audit.append(tx, {
        actor: actorOf(user),
        courtId: caseRow.courtId,
        action: 'funds.distribution.draw',
        subject: `distribution:${distributionId}`,
        caseId: caseRow.id,
        before: { state: row.state },
        after: { state: to, amount, documentId, servedTo, plan },
      });
      return documentId;
    });
  }

  // ─── Paying the undisputed shares ──────────────────────────────────────────────────────────────

  /**
   * After the objection period: each creditor's undisputed share, less what was proposed for it
   * before, proposed as a payout to the account he named when joining (held at once). Called again
   * once objections end, it pays what they freed. Costs (no payee) are booked as fees by finance.
   */
  async pay(user: AuthUser, distributionId: string) {
    return this.database.transaction(async (tx) => {
      const state = await this.locked(tx, user, distributionId);
      const caseRow = await this.openCase(tx, user, state.row.caseId);
      const to = this.move(state.row.state, 'pay');
      const calendar = await this.workingCalendar(tx.db);
      this.after(this.funds.today(), this.due(calendar, state.row.servedOn));
      const { payable } = this.describe(state, calendar);
      const proposed = await this.proposedByClaim(tx, distributionId);
      const payouts: { claimId: string; payoutId: string; amount: number }[] = [];
      // Each share's payout takes its part of the plan's hold (released, then held again less the payouts).
      await this.reservingPlan(tx, user, caseRow, distributionId, async () => {
        for (const claim of state.claims) {
          const amount = (payable?.shares.get(claim.id) ?? 0) - (proposed.get(claim.id) ?? 0);
          if (amount <= 0 || !claim.payee) continue;
          const payee = { accountNo: claim.payee.accountNo, accountName: claim.payee.accountName };
          const payoutId = await this.funds.proposeIn(
            tx,
            user,
            caseRow,
            { amount, payee },
            [payee],
            claim.id,
          );
          payouts.push({ claimId: claim.id, payoutId, amount });
        }
      });
      if (payouts.length === 0)
        throw conflict({ zh: '没有可发放的无争议分配款', en: 'No undisputed share is left to pay' });
      await tx.sql.executeSql('update fund_distributions set state = $2 where id = $1', [distributionId, to]);
      await this.event(tx, user, caseRow, DISTRIBUTION_EVENTS.paid, { distributionId, payouts });
      await this.audit.append(tx, {
        actor: actorOf(user),
        courtId: caseRow.courtId,
        action: 'funds.distribution.pay',
        subject: `distribution:${distributionId}`,
        caseId: caseRow.id,
        before: { state: state.row.state },
        after: { state: to, payouts },
      });
      return payouts;
    });
  }

  private move(state: DistributionState, act: DistributionAct): DistributionState {
    const to = distributionMove(state, act);
    if (to === null)
      throw conflict({
        zh: `参与分配当前为“${DISTRIBUTION_STATE_ZH[state]}”，不能${DISTRIBUTION_ACT_ZH[act]}`,
        en: `The distribution is ${state}: it cannot ${act}`,
      });
    return to;
  }
}

const GROUP_ZH = (group: Group, rank: number) =>
  group === 'costs' ? '执行费用' : group === 'priority' ? `优先受偿债权，第${rank}顺位` : '普通债权';

const DISTRIBUTION_STATE_ZH: Record<DistributionState, string> = {
  open: '申请参与分配中',
  served: '分配方案已送达',
  paying: '分配款发放中',
};
const DISTRIBUTION_ACT_ZH: Record<DistributionAct, string> = {
  join: '申请参与分配',
  draw: '制作分配方案',
  pay: '发放分配款',
};
