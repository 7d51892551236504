import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, isNotNull, isNull, lt } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Tx } from '../../platform/db';
import { AppError, notFound, ruleViolation } from '../../platform/errors';
import { onceByKey, type Replayable } from '../../platform/idempotency';
import { RECORDS } from '../../platform/messages';
import { type Actor, type AuditService, platformActor } from '../audit/service';
import { addCalendarMonths, compareLocalDates } from '../calendar/rules';
import { caseParties } from '../cases/schema';
import { type CaseRow, type CasesService, documentDataOf, type RecordedEvent } from '../cases/service';
import { checkGuards, clauseText, type Rulebook } from '../compliance/rules';
import type { CreditData } from '../documents/credit-measures';
import type { DocumentKind } from '../documents/rules';
import type { DocumentsService, RenderedDocument } from '../documents/service';
import { courts } from '../org/schema';
import { actorOf } from '../org/service';
import { boundDigests, type ChangeKind, type ChangeLog, type ScreeningEntry, subjectDigest } from './changes';
import {
  CLOSING_DELETIONS,
  CONSUMPTION_ACTION,
  type ConsumptionBasis,
  type CorrectionKind,
  CREDIT_EVENTS,
  DELETE_LISTING,
  type DeletionReason,
  deletionRefusal,
  GROUNDS,
  type Ground,
  groundOf,
  inForceFrom,
  LIST_ACTION,
  type LiftReason,
  type ListingSubject,
  listingEndsOn,
  measureState,
  type PublicRole,
  RECONSIDERATION_ACTION,
  RESTRICT_ACTION,
  type RestrictedItem,
  type RestrictionSubject,
  TEMPORARY_LIFT_ACTION,
  type TemporaryLiftReason,
  type TemporaryLiftSubject,
} from './rules';
import {
  type BoundPerson,
  creditConsumptionRequests,
  creditCorrections,
  creditListings,
  creditRestrictions,
  creditSettings,
} from './schema';

export type ListingRow = typeof creditListings.$inferSelect;
export type RestrictionRow = typeof creditRestrictions.$inferSelect;
export type CorrectionRow = typeof creditCorrections.$inferSelect;
export type ConsumptionRow = typeof creditConsumptionRequests.$inferSelect;
type PartyRow = typeof caseParties.$inferSelect;

export interface RestrictionInput {
  debtorId: string;
  requestedBy: 'applicant' | 'court';
  graceMonths: number;
  exitBan: boolean;
  /** Entity debtors: the persons bound besides the legal representative on file. */
  boundPersons: BoundPerson[];
  campusLoanStudent: boolean;
}

export interface ListingInput {
  debtorId: string;
  ground: Ground;
  facts: string;
  evidence: string[];
  requestedBy: 'applicant' | 'court';
  graceMonths: number;
  ableToPerform: boolean;
  adequateSecurity: boolean;
  seizedPropertySufficient: boolean;
  laterInOrderOfPerformance: boolean;
  extensionYears: number;
  extensionReason: string | null;
  campusLoanStudent: boolean;
  publicRole?: PublicRole;
  reportTo?: string | null;
}

const DIGEST_SETTING = 'screening_digest_key';
const CONSUMPTION_REQUEST = { zh: '必要消费申请', en: 'Consumption request' };
/** Deletions for performance, which also lift the restriction the listing carried. */
const PERFORMANCE_REASONS: readonly string[] = ['performed', 'settlement_performed'];
/** Dishonest 10 ¶4: six months after a deletion the applicant asked for. */
const RELISTING_BAR_MONTHS = 6;

/** The screening digest key, made once for the whole platform (every process reads the same). */
export async function digestKeyOf(database: Database): Promise<string> {
  await database.db
    .insert(creditSettings)
    .values({ name: DIGEST_SETTING, value: randomBytes(32).toString('hex') })
    .onConflictDoNothing();
  const [row] = await database.db
    .select()
    .from(creditSettings)
    .where(eq(creditSettings.name, DIGEST_SETTING));
  if (!row) throw new Error('no screening digest key');
  return row.value;
}

/** A change run inside a caller's transaction (an Idempotency-Key's), with the key if one was sent. */
interface Into {
  tx: Tx;
  key: string | undefined;
}

/** 失信与限消, the court's side: restrictions, listings, their endings and corrections. */
export class CreditService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly rulebook: Rulebook,
    private readonly cases: CasesService,
    private readonly changes: ChangeLog,
    private readonly documents: DocumentsService,
    readonly digestKey: string,
  ) {}

  today(): string {
    return shanghaiDateOf(this.clock.now());
  }

  /** The case's restrictions, listings and correction requests, each with its state today. */
  async ofCase(user: AuthUser, caseId: string) {
    const db = this.database.db;
    const row = await this.cases.caseInScope(db, user, caseId);
    const [restrictions, listings, corrections, debtors, consumption] = await Promise.all([
      db
        .select()
        .from(creditRestrictions)
        .where(eq(creditRestrictions.caseId, caseId))
        .orderBy(asc(creditRestrictions.createdAt)),
      db
        .select()
        .from(creditListings)
        .where(eq(creditListings.caseId, caseId))
        .orderBy(asc(creditListings.createdAt)),
      db
        .select()
        .from(creditCorrections)
        .where(eq(creditCorrections.caseId, caseId))
        .orderBy(asc(creditCorrections.requestedOn)),
      db
        .select()
        .from(caseParties)
        .where(and(eq(caseParties.caseId, caseId), eq(caseParties.role, 'debtor'))),
      db
        .select()
        .from(creditConsumptionRequests)
        .where(eq(creditConsumptionRequests.caseId, caseId))
        .orderBy(asc(creditConsumptionRequests.createdAt)),
    ]);
    return { row, restrictions, listings, corrections, debtors, consumption, today: this.today() };
  }

  /** 限制消费令 (Restrict 4–5): on the applicant's request or by the court. */
  async restrict(
    user: AuthUser,
    caseId: string,
    input: RestrictionInput,
    idempotencyKey?: string,
  ): Promise<Replayable<RestrictionRow>> {
    const order = await this.renderOrder(user, caseId, input.debtorId, input);
    return this.once(user, idempotencyKey, `POST restrictions ${caseId}`, input, (into) =>
      this.onOpenCase(
        user,
        caseId,
        async (tx, row, debtor) => {
          const subject: RestrictionSubject = { debtor: debtorFacts(debtor, input.campusLoanStudent) };
          this.refuse(RESTRICT_ACTION, subject);
          if ((await this.activeRestrictions(tx, caseId)).some((r) => r.debtorId === debtor.id))
            throw new AppError('conflict', {
              zh: '该被执行人在本案已被限制消费',
              en: 'The debtor is already restricted in this case',
            });
          const restriction = await this.insertRestriction(tx, row, debtor, user, input, order);
          return { result: restriction, action: 'credit.restrict', events: [restrictionEvent(restriction)] };
        },
        input.debtorId,
        into,
      ),
    );
  }

  /** 纳入失信名单 (Dishonest 1–5): a listing always carries a restriction (Restrict 1). */
  async list(
    user: AuthUser,
    caseId: string,
    input: ListingInput,
    idempotencyKey?: string,
  ): Promise<Replayable<ListingRow>> {
    const carried = { ...input, exitBan: false, boundPersons: [] };
    const order = await this.renderOrder(user, caseId, input.debtorId, carried);
    const decision = await this.renderDecision(user, caseId, input);
    return this.once(user, idempotencyKey, `POST dishonest-listings ${caseId}`, input, (into) =>
      this.onOpenCase(
        user,
        caseId,
        async (tx, row, debtor) => {
          const today = this.today();
          const subject: ListingSubject = {
            ground: input.ground,
            debtor: debtorFacts(debtor, input.campusLoanStudent),
            decidedOn: today,
            ableToPerform: input.ableToPerform,
            adequateSecurity: input.adequateSecurity,
            seizedPropertySufficient: input.seizedPropertySufficient,
            laterInOrderOfPerformance: input.laterInOrderOfPerformance,
            extensionYears: input.extensionYears,
            extensionReason: input.extensionReason,
            onApplicantRequest: input.requestedBy === 'applicant',
            applicantBarredUntil: await this.applicantBarredUntil(tx, debtor),
            publicRole: input.publicRole ?? 'none',
            reportTo: input.reportTo ?? null,
          };
          this.refuse(LIST_ACTION, subject);
          const active = (await this.activeListings(tx, caseId)).filter((l) => l.debtorId === debtor.id);
          if (active.length > 0)
            throw new AppError('conflict', {
              zh: '该被执行人在本案已被纳入失信名单',
              en: 'The debtor is already listed in this case',
            });
          const events: RecordedEvent[] = [];
          let restriction = (await this.activeRestrictions(tx, caseId)).find((r) => r.debtorId === debtor.id);
          if (!restriction) {
            restriction = await this.insertRestriction(tx, row, debtor, user, carried, order);
            events.push(restrictionEvent(restriction));
          }
          const start = inForceFrom(today, input.graceMonths);
          const documentId = decision ? await this.storeDocument(tx, row, user, decision) : null;
          const [listing] = await tx.db
            .insert(creditListings)
            .values({
              ...subjectOf(row, debtor, user, this.clock.now(), today),
              inForceFrom: start,
              graceMonths: input.graceMonths,
              onApplicantRequest: input.requestedBy,
              ground: input.ground,
              facts: input.facts,
              evidence: input.evidence,
              extensionYears: input.extensionYears,
              extensionReason: input.extensionReason,
              endsOn: listingEndsOn(input.ground, start, input.extensionYears),
              legalRepresentative: debtor.legalRepresentative?.name ?? null,
              restrictionId: restriction.id,
              documentId,
              publicRole: input.publicRole ?? 'none',
              reportTo: (input.publicRole ?? 'none') === 'none' ? null : (input.reportTo?.trim() ?? null),
              reportedOn: (input.publicRole ?? 'none') === 'none' ? null : today,
            })
            .returning();
          if (!listing) throw new Error('insert returned no listing');
          await this.changes.append(tx, {
            measure: 'listing',
            recordId: listing.id,
            change: 'listed',
            entry: this.listingEntry(listing, row, await this.courtName(tx, row)),
            active: true,
          });
          events.push({
            type: CREDIT_EVENTS.listed,
            on: today,
            data: {
              listingId: listing.id,
              ground: listing.ground,
              inForceFrom: start,
              endsOn: listing.endsOn,
              documentId,
            },
            evidence: documentId ? [...input.evidence, documentId] : input.evidence,
          });
          // Dishonest 8: the report to the employer or superior, recorded with the listing.
          if (listing.reportedOn !== null)
            events.push({
              type: CREDIT_EVENTS.reported,
              on: today,
              data: { listingId: listing.id, publicRole: listing.publicRole, reportTo: listing.reportTo },
              evidence: [],
            });
          return { result: listing, action: 'credit.list', events };
        },
        input.debtorId,
        into,
      ),
    );
  }

  /**
   * A create run once per (user, Idempotency-Key): a retry answers the first result (replayed), a key
   * reused for another body is refused (platform/idempotency.ts). Without a key, one transaction.
   */
  private once<T>(
    user: AuthUser,
    key: string | undefined,
    request: string,
    input: unknown,
    write: (into: Into) => Promise<T>,
  ): Promise<Replayable<T>> {
    const fingerprint = `${request} ${createHash('sha256').update(JSON.stringify(input)).digest('hex')}`;
    return onceByKey(
      this.database,
      { userId: user.id, key, fingerprint, now: this.clock.now() },
      async (tx) => ({ status: 201, body: await write({ tx, key }) }),
    );
  }

  /** Asks for a lifting (starts `credit.lift_restriction`); `now` lifts it at once in the same act. */
  async liftRestriction(
    user: AuthUser,
    caseId: string,
    restrictionId: string,
    input: { reason: LiftReason; now: boolean },
  ): Promise<RestrictionRow> {
    return this.onCase(user, caseId, async (tx, row) => {
      const restriction = await this.restrictionOf(tx, caseId, restrictionId);
      const events: RecordedEvent[] = [
        {
          type: CREDIT_EVENTS.restrictionLiftRequested,
          on: this.today(),
          data: { restrictionId, reason: input.reason },
          evidence: [],
        },
      ];
      if (!input.now) return { result: restriction, action: 'credit.lift_request', events };
      const lifted = await this.endRestriction(tx, row, restriction, input.reason);
      events.push(liftedEvent(lifted, input.reason, this.today()));
      return { result: lifted, action: 'credit.lift', events };
    });
  }

  /** 临时解除乘坐飞机、高铁限制 (Credit-2019): at most a month, the president's approval. */
  async temporarilyLift(
    user: AuthUser,
    caseId: string,
    restrictionId: string,
    input: {
      from: string;
      until: string;
      items: RestrictedItem[];
      reason: TemporaryLiftReason;
      presidentApproved: boolean;
    },
  ): Promise<RestrictionRow> {
    return this.onCase(user, caseId, async (tx, row) => {
      const restriction = await this.restrictionOf(tx, caseId, restrictionId);
      const subject: TemporaryLiftSubject = input;
      this.refuse(TEMPORARY_LIFT_ACTION, subject);
      const lift = { from: input.from, until: input.until, items: input.items, reason: input.reason };
      const [updated] = await tx.db
        .update(creditRestrictions)
        .set({ temporaryLifts: [...restriction.temporaryLifts, lift] })
        .where(eq(creditRestrictions.id, restrictionId))
        .returning();
      if (!updated) throw notFound(RECORDS.restriction);
      await this.appendRestriction(tx, row, updated, 'temporarily_lifted');
      return {
        result: updated,
        action: 'credit.temporary_lift',
        events: [
          {
            type: CREDIT_EVENTS.restrictionTemporarilyLifted,
            on: this.today(),
            data: { restrictionId, ...lift },
            evidence: [],
          },
        ],
      };
    });
  }

  /** 删除 (Dishonest 10) or, for a listing made in error, 撤销 (Dishonest 9). */
  async endListing(
    user: AuthUser,
    caseId: string,
    listingId: string,
    input: { reason: DeletionReason | 'wrongly_listed' },
  ): Promise<ListingRow> {
    return this.onCase(user, caseId, async (tx, row) => {
      const listing = await this.listingOf(tx, caseId, listingId);
      const ended = await this.endListingIn(tx, row, listing, input.reason);
      const events = endedEvents(ended, this.today());
      // Performance also ends the restriction the listing carried (Opinion-2021 23), in the same act.
      const carried = (await this.activeRestrictions(tx, caseId)).find((r) => r.id === listing.restrictionId);
      if (carried && PERFORMANCE_REASONS.includes(input.reason)) {
        events.push(
          ...liftEvents(await this.endRestriction(tx, row, carried, 'performed'), 'performed', this.today()),
        );
      }
      return {
        result: ended,
        action: input.reason === 'wrongly_listed' ? 'credit.revoke' : 'credit.delete',
        events,
      };
    });
  }

  /**
   * The listing-expiry tick (Dishonest 10 ¶2): every fixed-period listing whose period ran out before
   * today ends as `expired` — the change feed says `deleted`, the case's timeline records the deletion
   * (meeting `credit.delete`), audited as the platform's act. Each listing in its own transaction, so one
   * failure leaves the others ended. The restriction the listing carried stays until it is lifted.
   */
  async expireListings(): Promise<string[]> {
    const today = this.today();
    const due = await this.database.db
      .select({ id: creditListings.id, caseId: creditListings.caseId })
      .from(creditListings)
      .where(
        and(
          isNull(creditListings.endedOn),
          isNotNull(creditListings.endsOn),
          lt(creditListings.endsOn, today),
        ),
      )
      .orderBy(asc(creditListings.endsOn), asc(creditListings.id));
    const ended: string[] = [];
    for (const { id, caseId } of due) {
      const done = await this.database.transaction(async (tx) => {
        const [row] = await this.cases.lockCases(tx, [caseId]);
        if (!row) return false;
        const listing = await this.listingOf(tx, caseId, id);
        if (listing.endedOn !== null || listing.endsOn === null || listing.endsOn >= today) return false;
        const expired = await this.endListingIn(tx, row, listing, 'expired');
        await this.cases.recordSystemEvents(
          tx,
          [{ caseId, events: endedEvents(expired, today) }],
          platformActor,
          [row],
        );
        await this.audit.append(tx, {
          actor: platformActor,
          courtId: row.courtId,
          action: 'credit.expire',
          subject: `case:${caseId}`,
          before: { listingId: id, endsOn: listing.endsOn },
          after: expired,
        });
        return true;
      });
      if (done) ended.push(id);
    }
    return ended;
  }

  /** 纠正申请 (Dishonest 11): starts `credit.correction` (15 days). */
  async requestCorrection(
    user: AuthUser,
    caseId: string,
    listingId: string,
    input: { kind: CorrectionKind; reason: string },
  ): Promise<CorrectionRow> {
    return this.onCase(user, caseId, async (tx, row) => {
      const listing = await this.listingOf(tx, caseId, listingId);
      const [correction] = await tx.db
        .insert(creditCorrections)
        .values({
          listingId: listing.id,
          caseId,
          courtId: row.courtId,
          kind: input.kind,
          reason: input.reason,
          requestedOn: this.today(),
        })
        .returning();
      if (!correction) throw new Error('insert returned no correction');
      return {
        result: correction,
        action: 'credit.correction_request',
        events: [
          {
            type: CREDIT_EVENTS.correctionRequested,
            on: this.today(),
            data: { correctionId: correction.id, listingId, kind: input.kind },
            evidence: [],
          },
        ],
      };
    });
  }

  /** Decides a correction: a justified one revokes or deletes the listing in the same act (Dishonest 12). */
  async decideCorrection(
    user: AuthUser,
    caseId: string,
    correctionId: string,
    input: { accept: boolean; note: string },
  ): Promise<CorrectionRow> {
    return this.onCase(user, caseId, async (tx, row) => {
      const [correction] = await tx.db
        .select()
        .from(creditCorrections)
        .where(and(eq(creditCorrections.id, correctionId), eq(creditCorrections.caseId, caseId)))
        .for('update');
      if (!correction) throw notFound(RECORDS.correction);
      if (correction.decidedOn !== null)
        throw new AppError('conflict', { zh: '该纠正申请已审查决定', en: 'The request is decided already' });
      const events: RecordedEvent[] = [];
      if (input.accept && correction.kind !== 'inaccurate') {
        const listing = await this.listingOf(tx, caseId, correction.listingId);
        const reason = correction.kind === 'wrongly_listed' ? 'wrongly_listed' : 'correction';
        const ended = await this.endListingIn(tx, row, listing, reason);
        events.push(...endedEvents(ended, this.today()));
      }
      const [decided] = await tx.db
        .update(creditCorrections)
        .set({ decidedOn: this.today(), accepted: input.accept, decisionNote: input.note })
        .where(eq(creditCorrections.id, correctionId))
        .returning();
      if (!decided) throw notFound(RECORDS.correction);
      events.unshift({
        type: CREDIT_EVENTS.correctionDecided,
        on: this.today(),
        data: { correctionId, listingId: correction.listingId, accepted: input.accept },
        evidence: [],
      });
      return { result: decided, action: 'credit.correction_decide', events };
    });
  }

  /**
   * 复议 (Dishonest 12): the debtor asks the superior court to reconsider a refused correction, within
   * 10 days of the refusal's service (`servedOn`, the decision day unless given); starts
   * `credit.reconsideration` (15 days). The listing stands meanwhile.
   */
  async requestReconsideration(
    user: AuthUser,
    caseId: string,
    correctionId: string,
    input: { reason: string; servedOn?: string },
  ): Promise<CorrectionRow> {
    return this.onCase(user, caseId, async (tx) => {
      const correction = await this.correctionOf(tx, caseId, correctionId);
      const today = this.today();
      const servedOn = input.servedOn ?? correction.servedOn ?? correction.decidedOn ?? today;
      this.refuse(RECONSIDERATION_ACTION, {
        accepted: correction.accepted,
        servedOn,
        filedOn: today,
        alreadyFiled: correction.reconsiderationRequestedOn !== null,
      });
      const [filed] = await tx.db
        .update(creditCorrections)
        .set({ servedOn, reconsiderationRequestedOn: today, reconsiderationReason: input.reason })
        .where(eq(creditCorrections.id, correctionId))
        .returning();
      if (!filed) throw notFound(RECORDS.correction);
      return {
        result: filed,
        action: 'credit.reconsideration_request',
        events: [
          {
            type: CREDIT_EVENTS.reconsiderationRequested,
            on: today,
            data: { correctionId, listingId: correction.listingId, servedOn },
            evidence: [],
          },
        ],
      };
    });
  }

  /**
   * The superior court's decision on a reconsideration (a user of a court above the case's): `revoke`
   * ends the listing as the refused correction asked (revoked for a wrong listing, else deleted), the
   * change feed told; otherwise the refusal stands.
   */
  async decideReconsideration(
    user: AuthUser,
    caseId: string,
    correctionId: string,
    input: { revoke: boolean; note: string },
  ): Promise<CorrectionRow> {
    return this.onCase(user, caseId, async (tx, row) => {
      if (user.court.id === row.courtId)
        throw new AppError('forbidden', {
          zh: '复议由上一级人民法院决定',
          en: 'The superior court decides a reconsideration',
        });
      const correction = await this.correctionOf(tx, caseId, correctionId);
      if (correction.reconsiderationRequestedOn === null)
        throw new AppError('conflict', { zh: '未申请复议', en: 'No reconsideration was asked' });
      if (correction.reconsiderationDecidedOn !== null)
        throw new AppError('conflict', {
          zh: '复议已作出决定',
          en: 'The reconsideration is decided already',
        });
      const today = this.today();
      const events: RecordedEvent[] = [
        {
          type: CREDIT_EVENTS.reconsiderationDecided,
          on: today,
          data: { correctionId, listingId: correction.listingId, revoked: input.revoke },
          evidence: [],
        },
      ];
      if (input.revoke && correction.kind !== 'inaccurate') {
        const listing = await this.listingOf(tx, caseId, correction.listingId);
        if (listing.endedOn === null) {
          const reason = correction.kind === 'wrongly_listed' ? 'wrongly_listed' : 'correction';
          events.push(...endedEvents(await this.endListingIn(tx, row, listing, reason), today));
        }
      }
      const [decided] = await tx.db
        .update(creditCorrections)
        .set({
          reconsiderationDecidedOn: today,
          reconsiderationDecidedBy: user.displayName,
          reconsiderationRevoked: input.revoke,
          reconsiderationNote: input.note,
        })
        .where(eq(creditCorrections.id, correctionId))
        .returning();
      if (!decided) throw notFound(RECORDS.correction);
      return { result: decided, action: 'credit.reconsideration_decide', events };
    });
  }

  /** 申请必要消费 (Restrict 8, 3): recorded for the court to decide beforehand. */
  async requestConsumption(
    user: AuthUser,
    caseId: string,
    restrictionId: string,
    input: {
      basis: ConsumptionBasis;
      applicant: string;
      applicantRole: string;
      items: RestrictedItem[];
      purpose: string;
      from: string;
      until: string;
    },
  ): Promise<ConsumptionRow> {
    return this.onCase(user, caseId, async (tx, row) => {
      const restriction = await this.restrictionOf(tx, caseId, restrictionId);
      if (restriction.endedOn !== null)
        throw new AppError('conflict', { zh: '限制消费令已解除', en: 'The restriction has ended' });
      if (
        input.applicantRole !== 'debtor' &&
        !restriction.boundPersons.some((p) => p.role === input.applicantRole)
      )
        throw new AppError(
          'validation',
          {
            zh: 'applicantRole：该限制消费令未约束此类人员',
            en: 'applicantRole: the restriction binds no such person',
          },
          {
            errors: [
              {
                path: 'applicantRole',
                message: { zh: '该限制消费令未约束此类人员', en: 'the restriction binds no such person' },
              },
            ],
          },
        );
      const [request] = await tx.db
        .insert(creditConsumptionRequests)
        .values({
          restrictionId,
          caseId,
          courtId: row.courtId,
          ...input,
          requestedOn: this.today(),
          requestedBy: user.displayName,
          createdAt: this.clock.now(),
        })
        .returning();
      if (!request) throw new Error('insert returned no request');
      return {
        result: request,
        action: 'credit.consumption_request',
        events: [
          {
            type: CREDIT_EVENTS.consumptionRequested,
            on: this.today(),
            data: { requestId: request.id, restrictionId, basis: input.basis, items: input.items },
            evidence: [],
          },
        ],
      };
    });
  }

  /** The court decides a consumption request, beforehand (`credit.consumption`). */
  async decideConsumption(
    user: AuthUser,
    caseId: string,
    requestId: string,
    input: { allow: boolean; note: string },
  ): Promise<ConsumptionRow> {
    return this.onCase(user, caseId, async (tx) => {
      const [request] = await tx.db
        .select()
        .from(creditConsumptionRequests)
        .where(and(eq(creditConsumptionRequests.id, requestId), eq(creditConsumptionRequests.caseId, caseId)))
        .for('update');
      if (!request) throw notFound(CONSUMPTION_REQUEST);
      if (request.decidedOn !== null)
        throw new AppError('conflict', { zh: '该申请已作出决定', en: 'The request is decided already' });
      const restriction = await this.restrictionOf(tx, caseId, request.restrictionId);
      const today = this.today();
      this.refuse(CONSUMPTION_ACTION, {
        basis: request.basis as ConsumptionBasis,
        applicantRole: request.applicantRole,
        from: request.from,
        until: request.until,
        decidedOn: today,
        allow: input.allow,
        restrictionInForce: restriction.endedOn === null,
      });
      const [decided] = await tx.db
        .update(creditConsumptionRequests)
        .set({
          decidedOn: today,
          decidedBy: user.displayName,
          allowed: input.allow,
          decisionNote: input.note,
        })
        .where(eq(creditConsumptionRequests.id, requestId))
        .returning();
      if (!decided) throw notFound(CONSUMPTION_REQUEST);
      return {
        result: decided,
        action: 'credit.consumption_decide',
        events: [
          {
            type: CREDIT_EVENTS.consumptionDecided,
            on: today,
            data: { requestId, restrictionId: request.restrictionId, allowed: input.allow },
            evidence: [],
          },
        ],
      };
    });
  }

  private async correctionOf(tx: Tx, caseId: string, id: string): Promise<CorrectionRow> {
    const [found] = await tx.db
      .select()
      .from(creditCorrections)
      .where(and(eq(creditCorrections.id, id), eq(creditCorrections.caseId, caseId)))
      .for('update');
    if (!found) throw notFound(RECORDS.correction);
    return found;
  }

  /**
   * Closing a case starts the endings it requires, in the closing's transaction: fully performed lifts
   * every restriction (Opinion-2021 23); fully performed, 不予执行 and 终结执行 delete the ground-1
   * listings (Dishonest 10 ¶1). Fixed-period listings stay until they expire (¶2).
   */
  async afterClosing(
    tx: Tx,
    row: CaseRow,
    method: string,
    actor: Actor = platformActor,
  ): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    const today = this.today();
    if (method === 'fully_performed') {
      for (const restriction of await this.activeRestrictions(tx, row.id)) {
        const lifted = await this.endRestriction(tx, row, restriction, 'performed');
        events.push(...liftEvents(lifted, 'performed', today));
      }
    }
    const reason = CLOSING_DELETIONS[method];
    if (reason) {
      for (const listing of await this.activeListings(tx, row.id)) {
        if (listing.ground !== 1) continue;
        events.push(...endedEvents(await this.endListingIn(tx, row, listing, reason), today));
      }
    }
    if (events.length > 0) {
      await this.audit.append(tx, {
        actor,
        courtId: row.courtId,
        action: 'credit.after_closing',
        subject: `case:${row.id}`,
        after: { method, events },
      });
    }
    return events;
  }

  // ─── Screening entries ──────────────────────────────────────────────────────────────────────────

  listingEntry(listing: ListingRow, row: Pick<CaseRow, 'caseNumber'>, court: string): ScreeningEntry {
    return {
      measure: 'listing',
      recordId: listing.id,
      subjects: this.subjectDigests(listing),
      bound: [],
      name: listing.name,
      caseNumber: row.caseNumber,
      court,
      inForceFrom: listing.inForceFrom,
      endsOn: listing.endsOn,
      temporaryLifts: [],
      exitBan: false,
    };
  }

  restrictionEntry(
    restriction: RestrictionRow,
    row: Pick<CaseRow, 'caseNumber'>,
    court: string,
  ): ScreeningEntry {
    return {
      measure: 'restriction',
      recordId: restriction.id,
      subjects: this.subjectDigests(restriction),
      bound: boundDigests(this.digestKey, restriction.boundPersons),
      name: restriction.name,
      caseNumber: row.caseNumber,
      court,
      inForceFrom: restriction.inForceFrom,
      endsOn: null,
      temporaryLifts: restriction.temporaryLifts.map(({ from, until, items }) => ({ from, until, items })),
      exitBan: restriction.exitBan,
    };
  }

  private subjectDigests(record: { idNumber: string | null; creditCode: string | null }): string[] {
    const number = record.idNumber ?? record.creditCode;
    return number ? [subjectDigest(this.digestKey, number)] : [];
  }

  // ─── Documents: rendered before the transaction (no lock waits for a PDF), stored inside it ───────

  /** 限制消费令 for the debtor, or null when he is not a debtor of the case (the act then refuses). */
  private async renderOrder(
    user: AuthUser,
    caseId: string,
    debtorId: string,
    input: Pick<RestrictionInput, 'graceMonths' | 'exitBan' | 'boundPersons'>,
  ): Promise<RenderedDocument | null> {
    return this.render(user, caseId, debtorId, 'restriction_order', (debtor) => ({
      exitBan: input.exitBan,
      boundPersons: [
        ...(debtor.kind === 'entity' && debtor.legalRepresentative ? [debtor.legalRepresentative.name] : []),
        ...input.boundPersons.map((p) => p.name),
      ],
      graceMonths: input.graceMonths,
    }));
  }

  /** 纳入失信被执行人名单决定书: the ground, the facts and, for grounds 2–6, the period. */
  private renderDecision(
    user: AuthUser,
    caseId: string,
    input: ListingInput,
  ): Promise<RenderedDocument | null> {
    const start = inForceFrom(this.today(), input.graceMonths);
    const endsOn = GROUNDS.some((g) => g.ground === input.ground)
      ? listingEndsOn(input.ground, start, input.extensionYears)
      : null;
    return this.render(user, caseId, input.debtorId, 'dishonest_decision', () => ({
      graceMonths: input.graceMonths,
      listing: { ground: input.ground, conduct: groundOf(input.ground).zh, facts: input.facts, endsOn },
    }));
  }

  private async render(
    user: AuthUser,
    caseId: string,
    debtorId: string,
    kind: DocumentKind,
    measure: (debtor: PartyRow) => Omit<CreditData, 'debtor' | 'effectiveOn'> & { graceMonths: number },
  ): Promise<RenderedDocument | null> {
    const detail = await this.cases.detail(user, caseId);
    const debtor = detail.parties.find((p) => p.id === debtorId && p.role === 'debtor');
    if (!debtor || detail.row.status === 'closed') return null;
    const today = this.today();
    const details = measure(debtor);
    const credit: CreditData = {
      debtor: { name: debtor.name, kind: debtor.kind },
      effectiveOn: inForceFrom(today, details.graceMonths),
      ...details,
    };
    return this.documents.render(kind, { ...documentDataOf(detail, today), credit });
  }

  private storeDocument(tx: Tx, row: CaseRow, user: AuthUser, document: RenderedDocument): Promise<string> {
    return this.documents.store(
      tx,
      { caseId: row.id, courtId: row.courtId, createdBy: user.displayName },
      document,
    );
  }

  // ─── Internals ──────────────────────────────────────────────────────────────────────────────────

  private async insertRestriction(
    tx: Tx,
    row: CaseRow,
    debtor: PartyRow,
    user: AuthUser,
    input: Omit<RestrictionInput, 'debtorId' | 'campusLoanStudent'>,
    order: RenderedDocument | null,
  ): Promise<RestrictionRow> {
    const today = this.today();
    const documentId = order ? await this.storeDocument(tx, row, user, order) : null;
    const representative = debtor.kind === 'entity' ? debtor.legalRepresentative : null;
    const bound: BoundPerson[] = [
      ...(representative?.idNumber
        ? [{ role: 'legal_representative', name: representative.name, idNumber: representative.idNumber }]
        : []),
      ...input.boundPersons,
    ];
    const [restriction] = await tx.db
      .insert(creditRestrictions)
      .values({
        ...subjectOf(row, debtor, user, this.clock.now(), today),
        inForceFrom: inForceFrom(today, input.graceMonths),
        graceMonths: input.graceMonths,
        onApplicantRequest: input.requestedBy,
        exitBan: input.exitBan,
        boundPersons: debtor.kind === 'entity' ? bound : [],
        documentId,
      })
      .returning();
    if (!restriction) throw new Error('insert returned no restriction');
    await this.appendRestriction(tx, row, restriction, 'restricted');
    return restriction;
  }

  private async endRestriction(tx: Tx, row: CaseRow, restriction: RestrictionRow, reason: LiftReason) {
    if (restriction.endedOn !== null)
      throw new AppError('conflict', { zh: '限制消费令已解除', en: 'The restriction is lifted already' });
    const [lifted] = await tx.db
      .update(creditRestrictions)
      .set({ endedOn: this.today(), endReason: reason })
      .where(eq(creditRestrictions.id, restriction.id))
      .returning();
    if (!lifted) throw notFound(RECORDS.restriction);
    await this.appendRestriction(tx, row, lifted, 'lifted');
    return lifted;
  }

  private async endListingIn(
    tx: Tx,
    row: CaseRow,
    listing: ListingRow,
    reason: DeletionReason | 'wrongly_listed',
  ) {
    if (listing.endedOn !== null)
      throw new AppError('conflict', { zh: '失信信息已删除或撤销', en: 'The listing has ended already' });
    if (reason !== 'wrongly_listed') {
      const refusal = deletionRefusal(listing.ground as Ground, reason);
      if (refusal)
        throw ruleViolation([
          { ruleId: DELETE_LISTING.id, clause: clauseText(DELETE_LISTING.clause), message: refusal },
        ]);
      if (
        reason === 'expired' &&
        listing.endsOn !== null &&
        compareLocalDates(this.today(), listing.endsOn) <= 0
      )
        throw new AppError('conflict', {
          zh: `失信期限至${listing.endsOn}届满`,
          en: `The period runs until ${listing.endsOn}`,
        });
    }
    const [ended] = await tx.db
      .update(creditListings)
      .set({ endedOn: this.today(), endReason: reason })
      .where(eq(creditListings.id, listing.id))
      .returning();
    if (!ended) throw notFound(RECORDS.listing);
    const change: ChangeKind = reason === 'wrongly_listed' ? 'revoked' : 'deleted';
    const entry = this.listingEntry(ended, row, await this.courtName(tx, row));
    await this.changes.append(tx, { measure: 'listing', recordId: ended.id, change, entry, active: false });
    return ended;
  }

  private async appendRestriction(tx: Tx, row: CaseRow, restriction: RestrictionRow, change: ChangeKind) {
    const entry = this.restrictionEntry(restriction, row, await this.courtName(tx, row));
    const active = restriction.endedOn === null;
    await this.changes.append(tx, {
      measure: 'restriction',
      recordId: restriction.id,
      change,
      entry,
      active,
    });
  }

  private async courtName(tx: Tx, row: CaseRow): Promise<string> {
    const [court] = await tx.db.select({ name: courts.name }).from(courts).where(eq(courts.id, row.courtId));
    return court?.name ?? '';
  }

  private activeRestrictions(tx: Tx, caseId: string) {
    return tx.db
      .select()
      .from(creditRestrictions)
      .where(and(eq(creditRestrictions.caseId, caseId), isNull(creditRestrictions.endedOn)));
  }

  private activeListings(tx: Tx, caseId: string) {
    return tx.db
      .select()
      .from(creditListings)
      .where(and(eq(creditListings.caseId, caseId), isNull(creditListings.endedOn)));
  }

  private async restrictionOf(tx: Tx, caseId: string, id: string): Promise<RestrictionRow> {
    const [found] = await tx.db
      .select()
      .from(creditRestrictions)
      .where(and(eq(creditRestrictions.id, id), eq(creditRestrictions.caseId, caseId)))
      .for('update');
    if (!found) throw notFound(RECORDS.restriction);
    return found;
  }

  private async listingOf(tx: Tx, caseId: string, id: string): Promise<ListingRow> {
    const [found] = await tx.db
      .select()
      .from(creditListings)
      .where(and(eq(creditListings.id, id), eq(creditListings.caseId, caseId)))
      .for('update');
    if (!found) throw notFound(RECORDS.listing);
    return found;
  }

  /** The end of the six months after the last deletion the applicant asked for, for this debtor. */
  private async applicantBarredUntil(tx: Tx, debtor: PartyRow): Promise<string | null> {
    const rows = await tx.db
      .select({ endedOn: creditListings.endedOn })
      .from(creditListings)
      .where(and(eq(creditListings.debtorId, debtor.id), eq(creditListings.endReason, 'applicant_request')));
    const last = rows
      .map((r) => r.endedOn)
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1);
    return last ? addCalendarMonths(last, RELISTING_BAR_MONTHS) : null;
  }

  private refuse(action: string, subject: unknown): void {
    const violations = checkGuards(this.rulebook.guards(), action, subject);
    if (violations.length > 0) {
      throw ruleViolation(violations);
    }
  }

  /** A change on an open case against one of its debtors. */
  private onOpenCase<T>(
    user: AuthUser,
    caseId: string,
    apply: (
      tx: Tx,
      row: CaseRow,
      debtor: PartyRow,
    ) => Promise<{ result: T; action: string; events: RecordedEvent[] }>,
    debtorId?: string,
    into?: Into,
  ): Promise<T> {
    return this.onCase(
      user,
      caseId,
      async (tx, row) => {
        if (row.status === 'closed')
          throw new AppError('conflict', {
            zh: `案件${row.caseNumber}已结案`,
            en: `Case ${row.caseNumber} is closed`,
          });
        return apply(tx, row, await this.debtorOf(tx, caseId, debtorId));
      },
      into,
    );
  }

  private async debtorOf(tx: Tx, caseId: string, debtorId: string | undefined): Promise<PartyRow> {
    const [debtor] = await tx.db
      .select()
      .from(caseParties)
      .where(
        and(
          eq(caseParties.caseId, caseId),
          eq(caseParties.id, debtorId ?? ''),
          eq(caseParties.role, 'debtor'),
        ),
      );
    if (!debtor)
      throw new AppError(
        'validation',
        { zh: 'debtorId：不是本案的被执行人', en: 'debtorId: not a debtor of this case' },
        {
          errors: [
            { path: 'debtorId', message: { zh: '不是本案的被执行人', en: 'not a debtor of this case' } },
          ],
        },
      );
    return debtor;
  }

  /**
   * One change: lock the case (in scope, else "not found"), apply, record the timeline nodes, audit —
   * one transaction. Endings are allowed on a closed case (a fixed-period listing outlives its case).
   */
  private async onCase<T>(
    user: AuthUser,
    caseId: string,
    apply: (tx: Tx, row: CaseRow) => Promise<{ result: T; action: string; events: RecordedEvent[] }>,
    into?: Into,
  ): Promise<T> {
    const change = async (tx: Tx) => {
      const row = await this.cases.caseInScope(tx.db, user, caseId, true);
      // A retry after the first committed would meet the first's own result ("already restricted"):
      // under the case's lock, a key already stored answers as stored (onceByKey then replays it).
      if (into?.key) {
        const { rows } = await tx.sql.executeSql(
          'select body from idempotency_keys where user_id = $1 and key = $2',
          [user.id, into.key],
        );
        if (rows[0]) return rows[0].body as T;
      }
      const { result, action, events } = await apply(tx, row);
      const actor = actorOf(user);
      await this.cases.recordSystemEvents(tx, [{ caseId, events }], actor, [row]);
      await this.audit.append(tx, {
        actor,
        courtId: row.courtId,
        action,
        subject: `case:${caseId}`,
        after: result,
      });
      return result;
    };
    return into ? change(into.tx) : this.database.transaction(change);
  }
}

function debtorFacts(debtor: PartyRow, campusLoanStudent: boolean) {
  return { kind: debtor.kind, idNumber: debtor.idNumber, campusLoanStudent };
}

function subjectOf(row: CaseRow, debtor: PartyRow, user: AuthUser, now: Date, today: string) {
  return {
    caseId: row.id,
    courtId: row.courtId,
    debtorId: debtor.id,
    kind: debtor.kind,
    name: debtor.name,
    idNumber: debtor.idNumber,
    creditCode: debtor.creditCode,
    decidedOn: today,
    createdBy: user.displayName,
    createdAt: now,
  };
}

function restrictionEvent(restriction: RestrictionRow): RecordedEvent {
  return {
    type: CREDIT_EVENTS.restrictionIssued,
    on: restriction.decidedOn,
    data: {
      restrictionId: restriction.id,
      inForceFrom: restriction.inForceFrom,
      exitBan: restriction.exitBan,
    },
    evidence: restriction.documentId ? [restriction.documentId] : [],
  };
}

/** The cause of a lifting (starting `credit.lift_restriction`) and the lifting that meets it. */
function liftEvents(restriction: RestrictionRow, reason: LiftReason, on: string): RecordedEvent[] {
  const data = { restrictionId: restriction.id, reason };
  return [
    { type: CREDIT_EVENTS.restrictionLiftRequested, on, data, evidence: [] },
    liftedEvent(restriction, reason, on),
  ];
}

function liftedEvent(restriction: RestrictionRow, reason: LiftReason, on: string): RecordedEvent {
  return {
    type: CREDIT_EVENTS.restrictionLifted,
    on,
    data: { restrictionId: restriction.id, reason },
    evidence: [],
  };
}

/** The deletion's cause (starting `credit.delete`) and the deletion or revocation meeting it. */
function endedEvents(listing: ListingRow, on: string): RecordedEvent[] {
  const type = listing.endReason === 'wrongly_listed' ? CREDIT_EVENTS.revoked : CREDIT_EVENTS.deleted;
  const data = { listingId: listing.id, reason: listing.endReason };
  return [
    { type: CREDIT_EVENTS.deletionDue, on, data, evidence: [] },
    { type, on, data, evidence: [] },
  ];
}

/** Where a listing or restriction stands today (pending in its grace period, in force, …). */
export function stateOf(record: ListingRow | RestrictionRow, today: string) {
  return measureState(
    {
      inForceFrom: record.inForceFrom,
      endsOn: 'endsOn' in record ? record.endsOn : null,
      endedOn: record.endedOn,
    },
    today,
  );
}
