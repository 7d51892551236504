/**
 * Objections to a distribution plan (CPL-Interp 509–510): filed within 15 days of service, the others
 * told and their oppositions within 15 days, the plan revised when unopposed, the objector's suit
 * within 15 days of the opposition (the disputed money lodged meanwhile), and its judgment.
 */
import type { AuthUser } from '../../platform/auth';
import type { Tx } from '../../platform/db';
import { conflict, invalid, notFound } from '../../platform/errors';
import type { Text } from '../../platform/i18n';
import type { WorkingCalendar } from '../calendar/rules';
import type { CaseRow } from '../cases/service';
import { actorOf } from '../org/service';
import type { ClaimChange } from './distribution';
import {
  DISTRIBUTION_EVENTS,
  OBJECTION_ACTION,
  OBJECTION_LIVE,
  type ObjectionAct,
  type ObjectionState,
  OPPOSITION_ACTION,
  objectionMove,
  SUIT_ACTION,
} from './distribution-rules';
import { type ClaimRow, DistributionSupport, type ObjectionRow } from './distribution-support';

const OBJECTION_RECORD: Text = { zh: '分配方案异议', en: 'Objection' };

export class DistributionObjections extends DistributionSupport {
  // ─── Objections, oppositions, suits ────────────────────────────────────────────────────────────

  /** A written objection within 15 days of service: the claims it says should be admitted otherwise. */
  async object(
    user: AuthUser,
    distributionId: string,
    input: { objector: string; changes: ClaimChange[]; reason: string; filedOn?: string },
  ) {
    return this.database.transaction(async (tx) => {
      const { row, claims } = await this.locked(tx, user, distributionId);
      const caseRow = await this.openCase(tx, user, row.caseId);
      if (row.servedOn === null)
        throw conflict({ zh: '分配方案尚未送达', en: 'The plan has not been served' });
      const filedOn = this.actDay(input.filedOn, 'filedOn', row.servedOn);
      const calendar = await this.workingCalendar(tx.db);
      this.refuse(OBJECTION_ACTION, { on: filedOn, dueOn: this.due(calendar, row.servedOn) });
      await this.checkParty(tx, caseRow.id, claims, input.objector, 'objector');
      input.changes.forEach((change, index) => {
        const claim = claims.find((candidate) => candidate.id === change.claimId);
        if (!claim)
          throw invalid(`changes.${index}.claimId`, {
            zh: '不是本方案的债权',
            en: 'not a claim of this plan',
          });
        if (change.amount > claim.claimed)
          throw invalid(`changes.${index}.amount`, {
            zh: '不能超过申报的债权数额',
            en: 'cannot exceed the amount claimed',
          });
      });
      const id = crypto.randomUUID();
      await tx.sql.executeSql(
        `insert into fund_distribution_objections (id, distribution_id, objector, changes, reason, state, filed_on, created_at)
         values ($1, $2, $3, $4, $5, 'filed', $6, $7)`,
        [
          id,
          distributionId,
          input.objector,
          JSON.stringify(input.changes),
          input.reason,
          filedOn,
          this.clock.now(),
        ],
      );
      await this.event(tx, user, caseRow, DISTRIBUTION_EVENTS.objected, {
        distributionId,
        objectionId: id,
        objector: input.objector,
      });
      await this.audit.append(tx, {
        actor: actorOf(user),
        courtId: caseRow.courtId,
        action: 'funds.distribution.object',
        subject: `objection:${id}`,
        caseId: caseRow.id,
        after: { ...input, filedOn },
      });
      return id;
    });
  }

  /**
   * One step of an objection: notify the others, record an opposition or the suit (each within its
   * 15 days), revise the plan once the opposition period ended unopposed, let it lapse once the suit
   * period ended without a suit, or record the judgment. A suit lodges the disputed money.
   */
  async objectionAct(
    user: AuthUser,
    objectionId: string,
    act: ObjectionAct,
    input: { on?: string; by?: string; reference?: string } = {},
  ) {
    return this.database.transaction(async (tx) => {
      const found = await tx.sql.executeSql(
        'select distribution_id from fund_distribution_objections where id = $1',
        [objectionId],
      );
      if (!found.rows[0]) throw notFound(OBJECTION_RECORD);
      const distributionId = String(found.rows[0].distribution_id);
      const { row, claims, objections } = await this.locked(tx, user, distributionId);
      const caseRow = await this.openCase(tx, user, row.caseId);
      const objection = objections.find((candidate) => candidate.id === objectionId) as ObjectionRow;
      const to = objectionMove(objection.state, act);
      if (to === null)
        throw conflict({
          zh: `异议当前为“${OBJECTION_STATE_ZH[objection.state]}”，不能${OBJECTION_ACT_ZH[act]}`,
          en: `The objection is ${objection.state}: it cannot be ${act}d`,
        });
      const calendar = await this.workingCalendar(tx.db);
      const today = this.funds.today();
      const set = await this.step(tx, caseRow, { objection, claims, calendar, today, act, input });
      const ended = !OBJECTION_LIVE.includes(to);
      await tx.sql.executeSql(
        `update fund_distribution_objections set state = $2, notified_on = coalesce($3, notified_on),
           opposed_on = coalesce($4, opposed_on), opposed_by = coalesce($5, opposed_by),
           suit_filed_on = coalesce($6, suit_filed_on), suit_reference = coalesce($7, suit_reference),
           ended_on = $8 where id = $1`,
        [
          objectionId,
          to,
          set.notifiedOn ?? null,
          set.opposedOn ?? null,
          set.opposedBy ?? null,
          set.suitFiledOn ?? null,
          set.suitReference ?? null,
          ended ? today : null,
        ],
      );
      // A lodging takes the disputed money from the plan's hold; a revision changes what the plan owes.
      await this.reservingPlan(tx, user, caseRow, distributionId, async () => {
        const after = await this.loadWith(tx.sql, distributionId);
        await this.lodge(tx, user, caseRow, after.row, this.describe(after, calendar).lodgeable);
      });
      await this.event(tx, user, caseRow, ACT_EVENT[act], {
        distributionId,
        objectionId,
        ...(ended ? { outcome: to } : {}),
      });
      await this.audit.append(tx, {
        actor: actorOf(user),
        courtId: caseRow.courtId,
        action: `funds.distribution.${act}`,
        subject: `objection:${objectionId}`,
        caseId: caseRow.id,
        before: { state: objection.state },
        after: { state: to, ...set },
      });
      return to;
    });
  }

  /** What an act records, after the checks of its period; a revision changes the claims admitted. */
  private async step(
    tx: Tx,
    caseRow: CaseRow,
    context: {
      objection: ObjectionRow;
      claims: readonly ClaimRow[];
      calendar: WorkingCalendar;
      today: string;
      act: ObjectionAct;
      input: { on?: string; by?: string; reference?: string };
    },
  ): Promise<Partial<ObjectionRow>> {
    const { objection, claims, calendar, today, act, input } = context;
    switch (act) {
      case 'notify':
        return { notifiedOn: this.actDay(input.on, 'on', objection.filedOn) };
      case 'oppose': {
        const on = this.actDay(input.on, 'on', objection.notifiedOn ?? objection.filedOn);
        this.refuse(OPPOSITION_ACTION, { on, dueOn: this.due(calendar, objection.notifiedOn) });
        const by = input.by ?? '';
        if (by === objection.objector)
          throw invalid('by', {
            zh: '异议人不能反对自己的异议',
            en: 'the objector cannot oppose his own objection',
          });
        await this.checkParty(tx, caseRow.id, claims, by, 'by');
        return { opposedOn: on, opposedBy: by };
      }
      case 'revise':
        this.after(today, this.due(calendar, objection.notifiedOn));
        await this.applyChanges(tx, objection.changes);
        return {};
      case 'suit': {
        const on = this.actDay(input.on, 'on', objection.opposedOn ?? objection.filedOn);
        this.refuse(SUIT_ACTION, { on, dueOn: this.due(calendar, objection.opposedOn) });
        return { suitFiledOn: on, suitReference: input.reference ?? '' };
      }
      case 'lapse':
        this.after(today, this.due(calendar, objection.opposedOn));
        return {};
      case 'uphold':
        await this.applyChanges(tx, objection.changes);
        return {};
      case 'dismiss':
        return {};
    }
  }

  private async applyChanges(tx: Tx, changes: readonly ClaimChange[]) {
    for (const change of changes)
      await tx.sql.executeSql('update fund_distribution_claims set amount = $2 where id = $1', [
        change.claimId,
        change.amount,
      ]);
  }
}

export const OBJECTION_STATE_ZH: Record<ObjectionState, string> = {
  filed: '已提出异议',
  notified: '已通知其他当事人',
  opposed: '有反对意见',
  suing: '分配方案异议之诉审理中',
  revised: '已按异议修正',
  lapsed: '未起诉，按原方案',
  upheld: '判决支持异议',
  dismissed: '判决驳回异议',
};
const OBJECTION_ACT_ZH: Record<ObjectionAct, string> = {
  notify: '通知其他当事人',
  oppose: '登记反对意见',
  revise: '按异议修正方案',
  suit: '登记起诉',
  lapse: '按原方案分配',
  uphold: '登记判决（支持异议）',
  dismiss: '登记判决（驳回异议）',
};
/** The timeline event of each act (the acts that end an objection all record its end). */
const ACT_EVENT: Record<ObjectionAct, string> = {
  notify: DISTRIBUTION_EVENTS.objectionNotified,
  oppose: DISTRIBUTION_EVENTS.opposed,
  suit: DISTRIBUTION_EVENTS.suitFiled,
  revise: DISTRIBUTION_EVENTS.objectionEnded,
  lapse: DISTRIBUTION_EVENTS.objectionEnded,
  uphold: DISTRIBUTION_EVENTS.objectionEnded,
  dismiss: DISTRIBUTION_EVENTS.objectionEnded,
};
