/**
 * 参与分配 as a workflow (CPL-Interp 506–510) around the pure plan of `distribution.ts`: creditors join
 * in writing with their titles; the officer draws the plan, which is served as a document on every
 * creditor and the debtor; objections within 15 days of service, oppositions within 15 days of notice;
 * unopposed → the plan revised as asked; opposed → the objector sues within 15 days (the disputed money
 * lodged meanwhile) or the plan stands; the undisputed shares are paid after the objection period
 * through the payouts (`FundsService.proposeIn`). The plan is never stored: it follows from the claims
 * and the amount, so every revision sums to what is distributed. States and rules: `rules.ts`.
 */
import type { AuthUser } from '../../platform/auth';
import type { Clock } from '../../platform/clock';
import type { Database, Db, Tx } from '../../platform/db';
import { AppError, conflict, invalid, notFound, ruleViolation } from '../../platform/errors';
import type { Text } from '../../platform/i18n';
import type { AuditService } from '../audit/service';
import { dueDate, type WorkingCalendar } from '../calendar/rules';
import type { CalendarService } from '../calendar/service';
import { type CaseRow, type CasesService, documentDataOf } from '../cases/service';
import { checkGuards, clauseText, type Rulebook } from '../compliance/rules';
import type { DocumentsService } from '../documents/service';
import { actorOf } from '../org/service';
import {
  type ClaimChange,
  type DistributionInput,
  type DistributionPlan,
  distribute,
  type Group,
  REMAINDER_RULE,
  revise,
  undisputed,
} from './distribution';
import { book, InsufficientFunds, resolveHold } from './ledger';
import {
  type DebtorKind,
  DISTRIBUTION_EVENTS,
  DISTRIBUTION_PERIOD,
  type DistributionAct,
  type DistributionState,
  distributionMove,
  FUNDS_BALANCE,
  FUNDS_DISTRIBUTION_PAY_AFTER,
  JOIN_ACTION,
  OBJECTION_ACTION,
  OBJECTION_LIVE,
  type ObjectionAct,
  type ObjectionState,
  OPPOSITION_ACTION,
  objectionMove,
  SUIT_ACTION,
} from './rules';
import type { Payee } from './schema';
import type { FundsService } from './service';

const RECORD: Text = { zh: '参与分配', en: 'Distribution' };
const OBJECTION_RECORD: Text = { zh: '分配方案异议', en: 'Objection' };

export interface DistributionRow {
  id: string;
  caseId: string;
  courtId: string;
  debtorKind: DebtorKind;
  state: DistributionState;
  amount: number | null;
  documentId: string | null;
  servedOn: string | null;
  lodgingHoldId: string | null;
  lodged: number;
}

export interface ClaimRow {
  id: string;
  position: number;
  creditor: string;
  group: Group;
  rank: number;
  claimed: number;
  amount: number;
  title: { documentNumber: string; issuingCourt: string } | null;
  titleDocumentId: string | null;
  payee: Payee | null;
  joinedOn: string;
  joinedBy: string;
}

export interface ObjectionRow {
  id: string;
  distributionId: string;
  objector: string;
  changes: ClaimChange[];
  reason: string;
  state: ObjectionState;
  filedOn: string;
  notifiedOn: string | null;
  opposedOn: string | null;
  opposedBy: string | null;
  suitFiledOn: string | null;
  suitReference: string | null;
  endedOn: string | null;
}

export interface JoinInput {
  creditor: string;
  group: Group;
  rank?: number;
  amount: number;
  title?: { documentNumber: string; issuingCourt: string };
  titleDocumentId?: string;
  payee?: { accountNo: string; accountName: string; bankName?: string };
  joinedOn?: string;
}

const DISTRIBUTION_COLUMNS = `id, case_id as "caseId", court_id as "courtId", debtor_kind as "debtorKind", state,
  amount::int8 as amount, document_id as "documentId", served_on::text as "servedOn",
  lodging_hold_id as "lodgingHoldId", lodged::int8 as lodged`;
const CLAIM_COLUMNS = `id, position, creditor, "group", rank, claimed::int8 as claimed, amount::int8 as amount,
  title, title_document_id as "titleDocumentId", payee, joined_on::text as "joinedOn", joined_by as "joinedBy"`;
const OBJECTION_COLUMNS = `id, distribution_id as "distributionId", objector, changes, reason, state,
  filed_on::text as "filedOn", notified_on::text as "notifiedOn", opposed_on::text as "opposedOn",
  opposed_by as "opposedBy", suit_filed_on::text as "suitFiledOn", suit_reference as "suitReference",
  ended_on::text as "endedOn"`;

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** The plan's input from the claims as admitted, each group in the order of joining (the remainder rule's ties). */
export function inputOf(amount: number, claims: readonly ClaimRow[]): DistributionInput {
  const ordered = [...claims].sort((a, b) => a.position - b.position);
  const of = (group: Group) => ordered.filter((claim) => claim.group === group);
  const base = (claim: ClaimRow) => ({ id: claim.id, creditor: claim.creditor, amount: claim.amount });
  return {
    amount,
    costs: of('costs').map(base),
    priority: of('priority').map((claim) => ({ ...base(claim), rank: claim.rank })),
    ordinary: of('ordinary').map(base),
  };
}

/** A distribution with its claims and objections as read together. */
export interface Loaded {
  row: DistributionRow;
  claims: ClaimRow[];
  objections: ObjectionRow[];
}

export class FundsDistributions {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly funds: FundsService,
    private readonly documents: DocumentsService,
    private readonly calendar: CalendarService,
    private readonly rulebook: Rulebook,
  ) {}

  // ─── Reading ───────────────────────────────────────────────────────────────────────────────────

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

  private async loadWith(sql: Database['sql'] | Tx['sql'], id: string, lock = false): Promise<Loaded> {
    const found = await sql.executeSql(
      `select ${DISTRIBUTION_COLUMNS} from fund_distributions where id = $1${lock ? ' for update' : ''}`,
      [id],
    );
    if (!found.rows[0]) throw notFound(RECORD);
    const raw = found.rows[0] as Record<string, unknown>;
    const row = {
      ...(raw as unknown as DistributionRow),
      amount: num(raw.amount),
      lodged: Number(raw.lodged),
    };
    const claims = (
      await sql.executeSql(
        `select ${CLAIM_COLUMNS} from fund_distribution_claims where distribution_id = $1 order by position`,
        [id],
      )
    ).rows.map((claim) => ({
      ...(claim as unknown as ClaimRow),
      claimed: Number(claim.claimed),
      amount: Number(claim.amount),
    }));
    const objections = (
      await sql.executeSql(
        `select ${OBJECTION_COLUMNS} from fund_distribution_objections where distribution_id = $1 order by created_at`,
        [id],
      )
    ).rows.map((objection) => objection as unknown as ObjectionRow);
    return { row, claims, objections };
  }

  private async workingCalendar(db: Db): Promise<WorkingCalendar> {
    return (await this.calendar.planningCalendar(db)).calendar;
  }

  /** The plan, each live objection's revision, the undisputed shares and the periods' last days. */
  describe({ row, claims, objections }: Loaded, calendar: WorkingCalendar) {
    const amount = row.amount ?? 0;
    const input = inputOf(amount, claims);
    const plan = row.amount === null ? null : distribute(input);
    const live = objections.filter((objection) => OBJECTION_LIVE.includes(objection.state));
    const revisions = plan ? live.map((objection) => distribute(revise(input, objection.changes))) : [];
    const payable = plan ? undisputed(plan, revisions) : null;
    // Lodged (提存) is what the running suits dispute; objections still in their periods only wait.
    const suing = live.flatMap((objection, index) =>
      objection.state === 'suing' ? [revisions[index] as DistributionPlan] : [],
    );
    const lodgeable = plan ? undisputed(plan, suing).disputed : 0;
    const due = (from: string | null) =>
      from === null ? null : dueDate(calendar, from, DISTRIBUTION_PERIOD.count, DISTRIBUTION_PERIOD.unit);
    return {
      row,
      claims,
      plan,
      payable,
      lodgeable,
      objectionDueOn: due(row.servedOn),
      objections: objections.map((objection) => ({
        ...objection,
        oppositionDueOn: due(objection.notifiedOn),
        suitDueOn: due(objection.opposedOn),
        revision: plan && objection.changes.length > 0 ? distribute(revise(input, objection.changes)) : null,
      })),
    };
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
      await tx.sql.executeSql(
        'update fund_distributions set state = $2, amount = $3, document_id = $4, served_on = $5 where id = $1',
        [distributionId, to, amount, documentId, today],
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
      if (row.state !== 'served' || row.servedOn === null)
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
      const after = await this.loadWith(tx.sql, distributionId);
      await this.lodge(tx, user, caseRow, after.row, this.describe(after, calendar).lodgeable);
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

  /**
   * Holds the money the running suits dispute (CPL-Interp 510: 提存): one pending transfer from the case's
   * account to the court's `lodged` book, replaced whenever the amount changes, voided at zero.
   */
  private async lodge(tx: Tx, user: AuthUser, caseRow: CaseRow, row: DistributionRow, amount: number) {
    if (amount === row.lodged) return;
    const today = this.funds.today();
    if (row.lodgingHoldId)
      await resolveHold(
        tx,
        row.lodgingHoldId,
        'void',
        `distribution:${row.id}:lodge-void:${row.lodgingHoldId}`,
        today,
        this.clock.now(),
        user.displayName,
      );
    let holdId: string | null = null;
    if (amount > 0) {
      const account = await this.funds.caseAccount(tx, caseRow.id, true);
      try {
        const booked = await book(
          tx,
          {
            key: `distribution:${row.id}:lodge:${crypto.randomUUID()}`,
            courtId: caseRow.courtId,
            caseId: caseRow.id,
            debitAccountId: account.id,
            creditAccountId: await this.funds.courtBook(tx, caseRow.courtId, 'lodged'),
            amount,
            kind: 'lodging',
            on: today,
            at: this.clock.now(),
            actorName: user.displayName,
            data: { distributionId: row.id, reason: '参与分配诉讼期间提存争议款（民诉法解释第510条）' },
          },
          'pending',
        );
        holdId = booked.id;
      } catch (error) {
        if (error instanceof InsufficientFunds) throw this.short(amount, error.available);
        throw error;
      }
    }
    await tx.sql.executeSql('update fund_distributions set lodging_hold_id = $2, lodged = $3 where id = $1', [
      row.id,
      holdId,
      amount,
    ]);
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
      for (const claim of state.claims) {
        const amount = (payable?.shares.get(claim.id) ?? 0) - (proposed.get(claim.id) ?? 0);
        if (amount <= 0 || !claim.payee) continue;
        const payee = { accountNo: claim.payee.accountNo, accountName: claim.payee.accountName };
        const payoutId = await this.funds.proposeIn(tx, user, caseRow, { amount, payee }, [payee], claim.id);
        payouts.push({ claimId: claim.id, payoutId, amount });
      }
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

  /** What was proposed for each claim and not refused or failed (those holds were voided). */
  async proposedByClaim(tx: Tx | Database, distributionId: string): Promise<Map<string, number>> {
    const { rows } = await tx.sql.executeSql(
      `select p.distribution_claim_id as id, sum(p.amount)::int8 as amount from fund_payouts p
         join fund_distribution_claims c on c.id = p.distribution_claim_id
        where c.distribution_id = $1 and p.state not in ('refused', 'failed') group by 1`,
      [distributionId],
    );
    return new Map(rows.map((r) => [String(r.id), Number(r.amount)]));
  }

  // ─── Helpers ───────────────────────────────────────────────────────────────────────────────────

  private async locked(tx: Tx, user: AuthUser, distributionId: string): Promise<Loaded> {
    const found = await tx.sql.executeSql('select case_id from fund_distributions where id = $1', [
      distributionId,
    ]);
    if (!found.rows[0]) throw notFound(RECORD);
    await this.cases.caseInScope(tx.db, user, String(found.rows[0].case_id), true);
    return this.loadWith(tx.sql, distributionId, true);
  }

  private async openCase(tx: Tx, user: AuthUser, caseId: string): Promise<CaseRow> {
    const row = await this.cases.caseInScope(tx.db, user, caseId, true);
    if (row.status !== 'open')
      throw new AppError('conflict', {
        zh: `案件 ${row.caseNumber} 已结案`,
        en: `Case ${row.caseNumber} is closed`,
      });
    return row;
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

  private refuse(action: string, subject: unknown) {
    const violations = checkGuards(this.rulebook.guards(), action, subject);
    if (violations.length > 0) throw ruleViolation(violations);
  }

  /** 409 naming the rule while a period still runs. */
  private after(today: string, dueOn: string | null) {
    if (dueOn === null) throw conflict({ zh: '期间尚未开始', en: 'The period has not started' });
    this.refuse(FUNDS_DISTRIBUTION_PAY_AFTER.action, { today, dueOn });
  }

  private due(calendar: WorkingCalendar, from: string | null): string | null {
    return from === null
      ? null
      : dueDate(calendar, from, DISTRIBUTION_PERIOD.count, DISTRIBUTION_PERIOD.unit);
  }

  /** The day a party acted (received by the court): today when not given, never in the future or before `from`. */
  private actDay(given: string | undefined, field: string, from: string): string {
    const today = this.funds.today();
    const on = given ?? today;
    if (on > today) throw invalid(field, { zh: '不能晚于今天', en: 'is in the future' });
    if (on < from) throw invalid(field, { zh: `不能早于${from}`, en: `is before ${from}` });
    return on;
  }

  /** A party to the distribution: a creditor who joined, or the debtor (read in the transaction). */
  private async checkParty(tx: Tx, caseId: string, claims: readonly ClaimRow[], name: string, field: string) {
    if (claims.some((claim) => claim.creditor === name)) return;
    const { rows } = await tx.sql.executeSql(
      `select 1 from case_parties where case_id = $1 and role = 'debtor' and name = $2`,
      [caseId, name],
    );
    if (rows.length > 0) return;
    throw invalid(field, {
      zh: '须为参与分配的债权人或被执行人',
      en: 'must be a creditor who joined or the debtor',
    });
  }

  private short(amount: number, available: number) {
    const message = FUNDS_BALANCE.check({
      amount,
      available,
      payee: { accountNo: '', accountName: '' },
      confirmed: [],
    });
    return ruleViolation([
      {
        ruleId: FUNDS_BALANCE.id,
        clause: clauseText(FUNDS_BALANCE.clause),
        message: message ?? { zh: '余额不足', en: 'short of money' },
      },
    ]);
  }

  private event(tx: Tx, user: AuthUser, row: CaseRow, type: string, data: Record<string, unknown>) {
    return this.cases.recordSystemEvents(
      tx,
      [{ caseId: row.id, events: [{ type, on: this.funds.today(), data, evidence: [] }] }],
      actorOf(user),
      [row],
    );
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
