import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Tx } from '../../platform/db';
import { conflict, invalid, ruleViolation } from '../../platform/errors';
import type { Text } from '../../platform/i18n';
import { caseClosed } from '../../platform/messages';
import type { AssetsService } from '../assets/service';
import type { Actor, AuditService } from '../audit/service';
import { caseEvents, caseParties, cases } from '../cases/schema';
import { type CaseRow, type CasesService, documentDataOf, type PartyRow } from '../cases/service';
import { availableMoney } from '../cases/triage-rules';
import { checkGuards, type Rulebook } from '../compliance/rules';
import type { DocumentsService } from '../documents/service';
import { courts } from '../org/schema';
import { actorOf } from '../org/service';
import {
  BANKRUPTCY_EVENTS,
  type ConsentParty,
  type ConsentRecord,
  DECISION_ACTION,
  type DecisionSubject,
  isEnterpriseLegalPerson,
  STEPS,
  SUSPENSION_CAUSE,
  stepStates,
  suggestTransfer,
  TRANSFER_ACTION,
  type TransferState,
  type TransferSubject,
  writtenConsents,
} from './rules';
import { bankruptcySuspensions, bankruptcyTransfers } from './schema';

export type TransferRow = typeof bankruptcyTransfers.$inferSelect;
export type SuspensionRow = typeof bankruptcySuspensions.$inferSelect;

/** Asset states in which the court holds a control that acceptance lifts. */
const CONTROLLED = ['frozen', 'seized', 'waiting'];

const noTransfer: Text = {
  zh: '本案尚未启动移送破产审查',
  en: 'No transfer for bankruptcy review was started on this case',
};

function wrongState(expected: Text): Text {
  return {
    zh: `移送破产审查当前不在此环节：${expected.zh}`,
    en: `The transfer is not at this step: ${expected.en}`,
  };
}

/** Closed for lack of assets (终本): still transferable (Opinion-2021 5). */
function isClosedDormant(row: CaseRow): boolean {
  return row.status === 'closed' && row.closingMethod === 'dormant';
}

/**
 * 执转破: consultation of the parties, the panel's review, the president's decision with its document,
 * suspension of every case against the debtor in every court, service, and the bankruptcy court's
 * answer (accepted: controls lifted, termination on declaration; not accepted: resumed, materials back).
 */
export class BankruptcyService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly rulebook: Rulebook,
    private readonly cases: CasesService,
    private readonly documents: DocumentsService,
    private readonly assets: AssetsService,
  ) {}

  today(): string {
    return shanghaiDateOf(this.clock.now());
  }

  /** The suggestion, the transfer with its steps, and the cases it suspended. */
  async view(user: AuthUser, caseId: string) {
    const db = this.database.db;
    const row = await this.cases.caseInScope(db, user, caseId);
    const [parties, [transfer], answered, found, closedDormant] = await Promise.all([
      db.select().from(caseParties).where(eq(caseParties.caseId, caseId)).orderBy(asc(caseParties.position)),
      db.select().from(bankruptcyTransfers).where(eq(bankruptcyTransfers.caseId, caseId)),
      db
        .select({ id: caseEvents.id })
        .from(caseEvents)
        .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'inquiry.answered')))
        .limit(1),
      this.database.sql.executeSql(
        'select divisible, balance, frozen_by_others, value, state from assets where case_id = $1',
        [caseId],
      ),
      Promise.resolve(isClosedDormant(row)),
    ]);
    const assets = found.rows.map((asset) => ({
      divisible: Boolean(asset.divisible),
      balance: asset.balance === null ? null : Number(asset.balance),
      frozenByOthers: Number(asset.frozen_by_others ?? 0),
      value: asset.value === null ? 0 : Number(asset.value),
    }));
    const suggestion = suggestTransfer({
      debtors: parties
        .filter((party) => party.role === 'debtor')
        .map((party) => ({ id: party.id, name: party.name, kind: party.kind, creditCode: party.creditCode })),
      claimAmount: row.claimAmount,
      paidAmount: row.paidAmount,
      inquiryAnswered: answered.length > 0,
      available: availableMoney(assets),
      otherValue: assets.filter((asset) => !asset.divisible).reduce((sum, asset) => sum + asset.value, 0),
      dormant: closedDormant,
    });
    const suspensions = transfer
      ? await db
          .select({ s: bankruptcySuspensions, courtName: courts.name })
          .from(bankruptcySuspensions)
          .innerJoin(courts, eq(courts.id, bankruptcySuspensions.courtId))
          .where(eq(bankruptcySuspensions.transferId, transfer.id))
          .orderBy(asc(bankruptcySuspensions.caseNumber))
      : [];
    const consents = transfer?.consents ?? [];
    const states = stepStates(transfer?.state ?? null, writtenConsents(consents).length > 0);
    return {
      caseId,
      caseOpen: row.status === 'open',
      suggestion,
      debtors: parties
        .filter((party) => party.role === 'debtor')
        .map((party) => ({
          id: party.id,
          name: party.name,
          enterprise: isEnterpriseLegalPerson(party),
        })),
      applicants: parties
        .filter((party) => party.role === 'applicant')
        .map((party) => ({ id: party.id, name: party.name })),
      transfer: transfer ? presentTransfer(transfer) : null,
      steps: STEPS.map((step, index) => ({
        id: step.id,
        title: { zh: step.zh, en: step.en },
        state: states[index]?.state ?? 'pending',
      })),
      suspensions: suspensions.map(({ s, courtName }) => ({
        caseId: s.caseId,
        caseNumber: s.caseNumber,
        courtName,
        suspendedOn: s.suspendedOn,
        resumedOn: s.resumedOn,
        terminatedOn: s.terminatedOn,
      })),
    };
  }

  /** 征询意见: the written answer of the applicant or the debtor (consent or refusal), with its document. */
  async recordConsent(
    user: AuthUser,
    caseId: string,
    input: { party: ConsentParty; partyId?: string; consented: boolean; documentId?: string; on?: string },
  ) {
    const on = input.on ?? this.today();
    if (on > this.today()) throw invalid('on', { zh: '不能晚于今天', en: 'cannot be in the future' });
    await this.step(user, caseId, 'bankruptcy.consent', async (tx, row, parties, transfer) => {
      // After the panel refused, answers may still come in: they are among the new facts of a new review.
      if (transfer && transfer.state !== 'consulting' && transfer.state !== 'review_refused')
        throw conflict(wrongState({ zh: '征询意见', en: 'consultation' }));
      const party = parties.find(
        (candidate) =>
          candidate.role === input.party && (input.partyId === undefined || candidate.id === input.partyId),
      );
      if (!party)
        throw invalid('partyId', { zh: '不是本案的该方当事人', en: 'not a party of this case in that role' });
      if (input.documentId !== undefined) {
        const { rows } = await tx.sql.executeSql('select 1 from documents where id = $1 and case_id = $2', [
          input.documentId,
          caseId,
        ]);
        if (rows.length === 0)
          throw invalid('documentId', { zh: '不是本案卷宗中的文书', en: 'not a document of this case' });
      }
      const debtor = this.enterpriseDebtor(parties);
      const consent: ConsentRecord = {
        party: input.party,
        partyId: party.id,
        name: party.name,
        consented: input.consented,
        documentId: input.documentId ?? null,
        on,
      };
      const now = this.clock.now();
      if (transfer) {
        await tx.db
          .update(bankruptcyTransfers)
          .set({ consents: [...transfer.consents, consent], updatedAt: now })
          .where(eq(bankruptcyTransfers.id, transfer.id));
      } else {
        await tx.db.insert(bankruptcyTransfers).values({
          caseId,
          courtId: row.courtId,
          debtorPartyId: debtor?.id ?? party.id,
          debtorName: debtor?.name ?? '',
          creditCode: debtor?.creditCode ?? '',
          state: 'consulting',
          consents: [consent],
          createdAt: now,
          updatedAt: now,
        });
      }
      return [
        {
          type: BANKRUPTCY_EVENTS.consentRecorded,
          on,
          data: {
            party: input.party,
            name: party.name,
            consented: input.consented,
            written: input.documentId !== undefined,
          },
          evidence: input.documentId ? [input.documentId] : [],
        },
      ];
    });
    return this.view(user, caseId);
  }

  /**
   * 合议庭评议: refused (409) unless the debtor is an enterprise and one party consented in writing. After
   * the panel refused, it reviews again only with `newFacts` (bankruptcy.review_again).
   */
  async review(
    user: AuthUser,
    caseId: string,
    input: { members: string[]; agreed: boolean; opinion: string; newFacts?: string },
  ) {
    const on = this.today();
    await this.step(user, caseId, 'bankruptcy.review', async (tx, row, parties, transfer) => {
      const subject: TransferSubject = {
        caseOpen: row.status === 'open',
        closedDormant: isClosedDormant(row),
        debtor: this.enterpriseDebtor(parties) ?? parties.find((party) => party.role === 'debtor') ?? null,
        consents: transfer?.consents ?? [],
        refusedBefore: transfer?.state === 'not_accepted' || transfer?.state === 'returned',
        reviewRefused: transfer?.state === 'review_refused',
        newFacts: input.newFacts ?? null,
      };
      this.refuse(TRANSFER_ACTION, subject);
      if (transfer?.state !== 'consulting' && transfer?.state !== 'review_refused')
        throw conflict(wrongState({ zh: '合议庭评议', en: 'panel review' }));
      await tx.db
        .update(bankruptcyTransfers)
        .set({
          state: input.agreed ? 'reviewed' : 'review_refused',
          panel: { members: input.members, agreed: input.agreed, opinion: input.opinion, on },
          updatedAt: this.clock.now(),
        })
        .where(eq(bankruptcyTransfers.id, transfer.id));
      return [
        {
          type: BANKRUPTCY_EVENTS.reviewed,
          on,
          data: {
            agreed: input.agreed,
            members: input.members,
            opinion: input.opinion,
            ...(input.newFacts ? { newFacts: input.newFacts, again: true } : {}),
          },
          evidence: [],
        },
      ];
    });
    return this.view(user, caseId);
  }

  /**
   * 院长签署移送决定: the decision document is generated into the dossier, and every open case against the
   * debtor (same credit code, every court) is suspended with a node. Served within 5 days (deadline).
   */
  async decide(user: AuthUser, caseId: string, input: { bankruptcyCourt: string; presidentName: string }) {
    const today = this.today();
    const detail = await this.cases.detail(user, caseId);
    const [current] = await this.database.db
      .select()
      .from(bankruptcyTransfers)
      .where(eq(bankruptcyTransfers.caseId, caseId));
    const decisionData = (transfer: TransferRow) => ({
      ...documentDataOf(detail, today),
      bankruptcy: {
        debtor: { name: transfer.debtorName, creditCode: transfer.creditCode },
        consentedBy: writtenConsents(transfer.consents).map((consent) => consent.name),
        bankruptcyCourt: input.bankruptcyCourt,
      },
    });
    this.refuse(DECISION_ACTION, { state: current?.state ?? null } satisfies DecisionSubject);
    if (!current) throw conflict(noTransfer);
    const rendered = await this.documents.render('bankruptcy_transfer_decision', decisionData(current));
    await this.step(user, caseId, 'bankruptcy.decide', async (tx, row, _parties, transfer, actor) => {
      // Checked again under the lock.
      this.refuse(DECISION_ACTION, { state: transfer?.state ?? null } satisfies DecisionSubject);
      if (!transfer) throw conflict(noTransfer);
      this.refuse(TRANSFER_ACTION, {
        caseOpen: row.status === 'open',
        closedDormant: isClosedDormant(row),
        debtor: { name: transfer.debtorName, kind: 'entity', creditCode: transfer.creditCode },
        consents: transfer.consents,
        refusedBefore: false,
        reviewRefused: false,
        newFacts: null,
      } satisfies TransferSubject);
      const documentId = await this.documents.store(
        tx,
        { caseId, courtId: row.courtId, createdBy: user.displayName },
        rendered,
      );
      await tx.db
        .update(bankruptcyTransfers)
        .set({
          state: 'decided',
          bankruptcyCourt: input.bankruptcyCourt,
          presidentName: input.presidentName,
          decidedOn: today,
          decisionDocumentId: documentId,
          updatedAt: this.clock.now(),
        })
        .where(eq(bankruptcyTransfers.id, transfer.id));
      await this.suspendAll(tx, transfer, row, actor, today);
      return [
        {
          type: BANKRUPTCY_EVENTS.decided,
          on: today,
          data: {
            transferId: transfer.id,
            bankruptcyCourt: input.bankruptcyCourt,
            presidentName: input.presidentName,
            documentId,
          },
          evidence: [documentId],
        },
      ];
    });
    return this.view(user, caseId);
  }

  /** Every open case against the debtor (same credit code, any court): suspended, each with a node. */
  private async suspendAll(tx: Tx, transfer: TransferRow, origin: CaseRow, actor: Actor, today: string) {
    const { rows } = await tx.sql.executeSql(
      `select distinct c.id from cases c join case_parties p on p.case_id = c.id
        where p.role = 'debtor' and p.credit_code = $1 and c.status = 'open'`,
      [transfer.creditCode],
    );
    const ids = rows.map((found) => String(found.id));
    if (!ids.includes(origin.id)) ids.push(origin.id);
    const locked = await this.cases.lockCases(tx, ids);
    const open = locked.filter((found) => found.status === 'open');
    if (open.length === 0) return;
    await tx.db
      .insert(bankruptcySuspensions)
      .values(
        open.map((found) => ({
          transferId: transfer.id,
          caseId: found.id,
          courtId: found.courtId,
          caseNumber: found.caseNumber,
          suspendedOn: today,
        })),
      )
      .onConflictDoNothing();
    await this.cases.recordSystemEvents(
      tx,
      open.map((found) => ({
        caseId: found.id,
        events: [
          {
            type: 'pause.started',
            on: today,
            data: {
              kind: 'suspension',
              cause: SUSPENSION_CAUSE,
              transferId: transfer.id,
              originCaseNumber: origin.caseNumber,
              debtorName: transfer.debtorName,
              creditCode: transfer.creditCode,
            },
            evidence: [],
          },
        ],
      })),
      actor,
      locked,
    );
    for (const found of open) {
      await this.audit.append(tx, {
        actor,
        courtId: found.courtId,
        action: 'case.suspend',
        subject: `case:${found.id}`,
        caseId: found.id,
        after: { cause: SUSPENSION_CAUSE, transferId: transfer.id, originCaseNumber: origin.caseNumber },
      });
    }
  }

  /** The decision served on applicant and debtor (within 5 days: bankruptcy.serve_decision). */
  async serve(user: AuthUser, caseId: string, input: { on?: string }) {
    const on = this.dayOf(input.on);
    await this.step(user, caseId, 'bankruptcy.serve', async (tx, _row, _parties, transfer) => {
      const found = this.expect(transfer, ['decided'], { zh: '送达移送决定', en: 'service of the decision' });
      await tx.db
        .update(bankruptcyTransfers)
        .set({ state: 'served', servedOn: on, updatedAt: this.clock.now() })
        .where(eq(bankruptcyTransfers.id, found.id));
      return [{ type: BANKRUPTCY_EVENTS.served, on, data: { transferId: found.id }, evidence: [] }];
    });
    return this.view(user, caseId);
  }

  /**
   * 受移送法院的答复. Accepted: the court's controls on the suspended cases are lifted through the assets
   * module's release (cases of the user's scope; other courts get the node and lift their own).
   * Not accepted: every suspended case resumes; materials back within 7 days (deadline).
   */
  async answer(user: AuthUser, caseId: string, input: { accepted: boolean; ruling?: string; on?: string }) {
    const on = this.dayOf(input.on);
    const toRelease: string[] = [];
    await this.step(user, caseId, 'bankruptcy.answer', async (tx, _row, _parties, transfer, actor) => {
      const found = this.expect(transfer, ['served'], {
        zh: '受移送法院答复',
        en: 'the bankruptcy court’s answer',
      });
      await tx.db
        .update(bankruptcyTransfers)
        .set({
          state: input.accepted ? 'accepted' : 'not_accepted',
          accepted: input.accepted ? 'yes' : 'no',
          answeredOn: on,
          ruling: input.ruling ?? null,
          updatedAt: this.clock.now(),
        })
        .where(eq(bankruptcyTransfers.id, found.id));
      const suspended = await this.suspendedCases(tx, found.id);
      const others = suspended.filter((s) => s.caseId !== caseId);
      if (input.accepted) {
        const scope = await this.scopeCaseIds(
          tx,
          user,
          suspended.map((s) => s.caseId),
        );
        const { rows } = await tx.sql.executeSql(
          'select id from assets where case_id = any($1::uuid[]) and state = any($2::text[]) order by id',
          [[...scope], CONTROLLED],
        );
        toRelease.push(...rows.map((asset) => String(asset.id)));
        await this.recordOn(
          tx,
          others,
          BANKRUPTCY_EVENTS.accepted,
          { transferId: found.id, ruling: input.ruling ?? null },
          on,
          actor,
        );
      } else {
        await tx.db
          .update(bankruptcySuspensions)
          .set({ resumedOn: on })
          .where(
            and(eq(bankruptcySuspensions.transferId, found.id), isNull(bankruptcySuspensions.resumedOn)),
          );
        await this.resume(tx, suspended, found, on, actor);
        await this.recordOn(tx, others, BANKRUPTCY_EVENTS.notAccepted, { transferId: found.id }, on, actor);
      }
      return [
        {
          type: input.accepted ? BANKRUPTCY_EVENTS.accepted : BANKRUPTCY_EVENTS.notAccepted,
          on,
          data: { transferId: found.id, ruling: input.ruling ?? null },
          evidence: [],
        },
      ];
    });
    const released: string[] = [];
    const failed: { assetId: string; message: string }[] = [];
    for (const assetId of toRelease) {
      try {
        await this.assets.release(user, assetId);
        released.push(assetId);
      } catch (error) {
        failed.push({ assetId, message: error instanceof Error ? error.message : String(error) });
      }
    }
    return { ...(await this.view(user, caseId)), released, releaseFailed: failed };
  }

  /** Not accepted: each suspended case still open resumes (pause.ended, kind suspension). */
  private async resume(
    tx: Tx,
    suspended: readonly SuspensionRow[],
    transfer: TransferRow,
    on: string,
    actor: Actor,
  ) {
    const locked = await this.cases.lockCases(
      tx,
      suspended.map((s) => s.caseId),
    );
    const open = locked.filter((found) => found.status === 'open');
    await this.cases.recordSystemEvents(
      tx,
      open.map((found) => ({
        caseId: found.id,
        events: [
          {
            type: 'pause.ended',
            on,
            data: { kind: 'suspension', cause: SUSPENSION_CAUSE, transferId: transfer.id },
            evidence: [],
          },
        ],
      })),
      actor,
      locked,
    );
    for (const found of open) {
      await this.audit.append(tx, {
        actor,
        courtId: found.courtId,
        action: 'case.resume',
        subject: `case:${found.id}`,
        caseId: found.id,
        after: { cause: 'bankruptcy_not_accepted', transferId: transfer.id },
      });
    }
  }

  /**
   * 宣告破产: the suspended cases are terminated (CPL-Interp 513) — those in the user's scope closed here
   * as 终结执行; the other courts' cases get the node and close through their own officers.
   */
  async declare(user: AuthUser, caseId: string, input: { on?: string }) {
    const on = this.dayOf(input.on);
    let toClose: string[] = [];
    await this.step(user, caseId, 'bankruptcy.declare', async (tx, _row, _parties, transfer, actor) => {
      const found = this.expect(transfer, ['accepted'], { zh: '宣告破产', en: 'declaration of bankruptcy' });
      await tx.db
        .update(bankruptcyTransfers)
        .set({ state: 'declared', declaredOn: on, updatedAt: this.clock.now() })
        .where(eq(bankruptcyTransfers.id, found.id));
      const suspended = await this.suspendedCases(tx, found.id);
      const others = suspended.filter((s) => s.caseId !== caseId);
      await this.recordOn(tx, others, BANKRUPTCY_EVENTS.declared, { transferId: found.id }, on, actor);
      toClose = [
        ...(await this.scopeCaseIds(
          tx,
          user,
          suspended.map((s) => s.caseId),
        )),
      ];
      return [{ type: BANKRUPTCY_EVENTS.declared, on, data: { transferId: found.id }, evidence: [] }];
    });
    const [transfer] = await this.database.db
      .select()
      .from(bankruptcyTransfers)
      .where(eq(bankruptcyTransfers.caseId, caseId));
    const terminated: string[] = [];
    for (const id of toClose) {
      const [found] = await this.database.db.select().from(cases).where(eq(cases.id, id));
      if (found?.status !== 'open') continue;
      await this.cases.close(user, id, {
        method: 'terminated',
        ground: 'other',
        reason: `被执行人${transfer?.debtorName ?? ''}已被宣告破产，依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十三条终结执行`,
      });
      if (transfer) {
        await this.database.db
          .update(bankruptcySuspensions)
          .set({ terminatedOn: this.today() })
          .where(
            and(eq(bankruptcySuspensions.transferId, transfer.id), eq(bankruptcySuspensions.caseId, id)),
          );
      }
      terminated.push(id);
    }
    return { ...(await this.view(user, caseId)), terminated };
  }

  /** Not accepted: the materials and property came back (within 7 days: bankruptcy.return_materials). */
  async materialsReturned(user: AuthUser, caseId: string, input: { on?: string }) {
    const on = this.dayOf(input.on);
    await this.step(user, caseId, 'bankruptcy.materials_returned', async (tx, _row, _parties, transfer) => {
      const found = this.expect(transfer, ['not_accepted'], {
        zh: '退回材料',
        en: 'return of the materials',
      });
      await tx.db
        .update(bankruptcyTransfers)
        .set({ state: 'returned', materialsReturnedOn: on, updatedAt: this.clock.now() })
        .where(eq(bankruptcyTransfers.id, found.id));
      return [
        { type: BANKRUPTCY_EVENTS.materialsReturned, on, data: { transferId: found.id }, evidence: [] },
      ];
    });
    return this.view(user, caseId);
  }

  // ─── helpers ──────────────────────────────────────────────────────────────────────────────────

  private dayOf(on: string | undefined): string {
    const today = this.today();
    if (on !== undefined && on > today)
      throw invalid('on', { zh: '不能晚于今天', en: 'cannot be in the future' });
    return on ?? today;
  }

  private enterpriseDebtor(parties: readonly PartyRow[]) {
    return parties.find((party) => party.role === 'debtor' && isEnterpriseLegalPerson(party)) ?? null;
  }

  private expect(transfer: TransferRow | null, states: readonly TransferState[], step: Text): TransferRow {
    if (!transfer) throw conflict(noTransfer);
    if (!states.includes(transfer.state)) throw conflict(wrongState(step));
    return transfer;
  }

  private refuse(action: string, subject: unknown): void {
    const violations = checkGuards(this.rulebook.guards(), action, subject);
    if (violations.length > 0) throw ruleViolation(violations);
  }

  private suspendedCases(tx: Tx, transferId: string): Promise<SuspensionRow[]> {
    return tx.db
      .select()
      .from(bankruptcySuspensions)
      .where(eq(bankruptcySuspensions.transferId, transferId))
      .orderBy(asc(bankruptcySuspensions.caseId));
  }

  /** Of these cases, those in the user's court scope. */
  private async scopeCaseIds(tx: Tx, user: AuthUser, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await tx.db
      .select({ id: cases.id, path: courts.path })
      .from(cases)
      .innerJoin(courts, eq(courts.id, cases.courtId))
      .where(inArray(cases.id, [...ids]));
    return new Set(rows.filter((found) => found.path.startsWith(user.court.path)).map((found) => found.id));
  }

  /** A node on each of these (other) cases, if still open; each audited in its court. */
  private async recordOn(
    tx: Tx,
    suspended: readonly SuspensionRow[],
    type: string,
    data: Record<string, unknown>,
    on: string,
    actor: Actor,
  ) {
    if (suspended.length === 0) return;
    const locked = await this.cases.lockCases(
      tx,
      suspended.map((s) => s.caseId),
    );
    const open = locked.filter((found) => found.status === 'open');
    await this.cases.recordSystemEvents(
      tx,
      open.map((found) => ({ caseId: found.id, events: [{ type, on, data, evidence: [] }] })),
      actor,
      locked,
    );
    for (const found of open) {
      await this.audit.append(tx, {
        actor,
        courtId: found.courtId,
        action: type,
        subject: `case:${found.id}`,
        caseId: found.id,
        after: data,
      });
    }
  }

  /**
   * One step on the case: lock it, load parties and transfer, apply, append the case's nodes, audit,
   * in one transaction (the deferred audit scope: a step may write to several courts' chains).
   */
  private async step(
    user: AuthUser,
    caseId: string,
    action: string,
    apply: (
      tx: Tx,
      row: CaseRow,
      parties: PartyRow[],
      transfer: TransferRow | null,
      actor: Actor,
    ) => Promise<{ type: string; on: string; data: Record<string, unknown>; evidence: string[] }[]>,
  ) {
    await this.database.transaction((tx) =>
      this.audit.deferred(tx, async () => {
        const row = await this.cases.caseInScope(tx.db, user, caseId, true);
        // A dormant (终本) case is transferred as it is (Opinion-2021 5); other closed cases only answer.
        if (row.status === 'closed' && action !== 'bankruptcy.consent' && !isClosedDormant(row))
          throw conflict(caseClosed(row.caseNumber));
        const [parties, [transfer]] = await Promise.all([
          tx.db
            .select()
            .from(caseParties)
            .where(eq(caseParties.caseId, caseId))
            .orderBy(asc(caseParties.position)),
          tx.db
            .select()
            .from(bankruptcyTransfers)
            .where(eq(bankruptcyTransfers.caseId, caseId))
            .for('update'),
        ]);
        const before = transfer ?? null;
        const actor = actorOf(user);
        const events = await apply(tx, row, parties, before, actor);
        const [fresh] = await tx.db.select().from(cases).where(eq(cases.id, caseId));
        await this.cases.recordSystemEvents(tx, [{ caseId, events }], actor, fresh ? [fresh] : []);
        const [after] = await tx.db
          .select()
          .from(bankruptcyTransfers)
          .where(eq(bankruptcyTransfers.caseId, caseId));
        await this.audit.append(tx, {
          actor,
          courtId: row.courtId,
          action,
          subject: `case:${caseId}`,
          caseId,
          before,
          after: { transfer: after ?? null, events },
        });
      }),
    );
  }
}

export function presentTransfer(transfer: TransferRow) {
  return {
    id: transfer.id,
    state: transfer.state,
    debtorName: transfer.debtorName,
    creditCode: transfer.creditCode,
    consents: transfer.consents,
    panel: transfer.panel,
    bankruptcyCourt: transfer.bankruptcyCourt,
    presidentName: transfer.presidentName,
    decidedOn: transfer.decidedOn,
    decisionDocumentId: transfer.decisionDocumentId,
    servedOn: transfer.servedOn,
    answeredOn: transfer.answeredOn,
    accepted: transfer.accepted === null ? null : transfer.accepted === 'yes',
    ruling: transfer.ruling,
    declaredOn: transfer.declaredOn,
    materialsReturnedOn: transfer.materialsReturnedOn,
  };
}
