import type { CategoryCode, Payee, RequestKind, Subject } from '@zhixing/assist-protocol';
import { and, asc, eq, inArray, like } from 'drizzle-orm';
import type { AuthUser } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Db, Tx } from '../../platform/db';
import {
  conflict,
  type FieldError,
  invalid,
  notFound,
  ruleViolation,
  validationError,
} from '../../platform/errors';
import { yuan } from '../../platform/i18n';
import { caseClosed, FIELD, RECORDS } from '../../platform/messages';
import type { Realtime } from '../../platform/realtime';
import type { AuditService } from '../audit/service';
import { refuseWhileSuspended } from '../bankruptcy/suspension';
import { compareLocalDates, type LocalDate } from '../calendar/rules';
import { caseAccount } from '../cases/account';
import { caseParties } from '../cases/schema';
import { type CaseRow, type CasesService, documentDataOf, type PartyRow } from '../cases/service';
import { checkGuards, type Rulebook } from '../compliance/rules';
import type { ComplianceService } from '../compliance/service';
import type { AssistData, AssistKind } from '../documents/assist-notices';
import { documents } from '../documents/schema';
import type { DocumentsService, RenderedDocument } from '../documents/service';
import type { InquiryService, InstitutionRow } from '../inquiry/service';
import { courts } from '../org/schema';
import { actorOf } from '../org/service';
import { ASSETS_CHANGED, foundEvent, notifyParties } from './apply';
import {
  ACTION_NAMES,
  ASSET_EVENTS,
  ASSET_EXPIRY,
  type AssetAction,
  type AssetFacts,
  type AssetState,
  actionRefusal,
  balanceAfterDeduction,
  CONTROL_ACTION,
  type ControlLimit,
  type ControlSubject,
  categoryFacts,
  controlLimit,
  EXPIRY_WARN_DAYS,
  freeBalance,
  leadTrack,
  maxControlUntil,
} from './rules';
import { assetLeads, assets, assetTransfers } from './schema';

export type AssetRow = typeof assets.$inferSelect;
export type LeadRow = typeof assetLeads.$inferSelect;

/** 线下查找的财产: entered by hand with the evidence of where and how it was found. */
export interface OfflineAssetInput {
  partyId: string;
  category: CategoryCode;
  institution: { code?: string; name: string };
  assetRef: string;
  description: string;
  balance?: number;
  value?: number;
  foundOn?: LocalDate;
  evidence: string[];
  leadId?: string;
}

export interface ControlInput {
  amount?: number;
  until?: LocalDate;
  /** Offline only: the position the registry recorded (1 = 首封), when not first. */
  position?: number;
}

export interface LeadInput {
  fromApplicant: boolean;
  reporterName: string;
  reporterContact?: string;
  description: string;
  specific: boolean;
  urgent: boolean;
  /** When the lead came in; now when absent. */
  receivedAt?: string;
  evidence: string[];
}

export interface VerifyInput {
  result: 'in_progress' | 'confirmed' | 'unfounded';
  note: string;
  assetId?: string;
}

/** How long an officer's action waits for the institution's answer before it answers with the pending state. */
export const DEFAULT_WAIT_MS = 4_000;

/** Everything one act on an asset needs: the asset, its case, the parties, the court, the institution. */
interface Context {
  asset: AssetRow;
  row: CaseRow;
  parties: PartyRow[];
  court: { name: string; code: string };
  /** The institution when the act goes to it online; null when the notice is served by hand. */
  online: InstitutionRow | null;
}

/** What an act decided, before it is applied: the notice and the request (sent online, or recorded). */
interface Plan {
  kind: AssistKind;
  assist: AssistData;
  request: { kind: RequestKind; amount?: number; until?: string; controlId?: string; payee?: Payee };
  /** Offline seizure: the position the registry gave (1 = 首封). */
  position?: number;
}

/**
 * Whether an act may be done on the case: any act on an open case; on a closed one only a control
 * (冻结/查封) while the case was closed for lack of assets (终本) — property a re-query of the dormant
 * pool finds is controlled at once (Dormant 10), before the case is restored.
 */
function actsOn(row: CaseRow, action: AssetAction | undefined): boolean {
  return row.status !== 'closed' || (action === 'control' && row.closingMethod === 'dormant');
}

/** 财产登记与控制: the asset register of each case, the court's controls of its assets, and leads. */
export class AssetsService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly rulebook: Rulebook,
    private readonly cases: CasesService,
    private readonly documents: DocumentsService,
    private readonly inquiry: InquiryService,
    private readonly compliance: ComplianceService,
    private readonly realtime: Realtime,
    private readonly waitMs = DEFAULT_WAIT_MS,
  ) {}

  today(): LocalDate {
    return this.cases.today();
  }

  // ─── Reading ────────────────────────────────────────────────────────────────────────────────────

  /** The register of a case: its assets, its leads, how much may still be controlled. */
  async register(user: AuthUser, caseId: string) {
    const db = this.database.db;
    const row = await this.cases.caseInScope(db, user, caseId);
    const [items, leads, warn] = await Promise.all([
      db
        .select()
        .from(assets)
        .where(eq(assets.caseId, caseId))
        .orderBy(asc(assets.foundOn), asc(assets.createdAt)),
      db.select().from(assetLeads).where(eq(assetLeads.caseId, caseId)).orderBy(asc(assetLeads.receivedAt)),
      this.compliance.values(ASSET_EXPIRY.id, db),
    ]);
    const online = await this.onlineInstitutions(db, items);
    return {
      row,
      items,
      leads,
      online,
      limit: limitOf(row, items),
      warnDays: warn.warnDays ?? EXPIRY_WARN_DAYS,
      today: this.today(),
    };
  }

  /** Ids of the institutions that take control requests online, among those of the assets. */
  private async onlineInstitutions(db: Db, rows: readonly AssetRow[]): Promise<Set<string>> {
    const ids = new Set(rows.flatMap((asset) => (asset.institutionId ? [asset.institutionId] : [])));
    if (ids.size === 0) return new Set();
    const all = await this.inquiry.institutions(db);
    return new Set(all.filter((i) => ids.has(i.id) && i.supportsFreeze).map((i) => i.id));
  }

  async caseOfAsset(user: AuthUser, assetId: string): Promise<string> {
    return (await this.assetInScope(this.database.db, user, assetId)).caseId;
  }

  async caseOfLead(user: AuthUser, leadId: string): Promise<string> {
    return (await this.leadInScope(this.database.db, user, leadId)).caseId;
  }

  /** An asset of a case in the user's court scope, or "not found". */
  private async assetInScope(db: Db, user: AuthUser, id: string, lock = false): Promise<AssetRow> {
    const query = db
      .select({ asset: assets })
      .from(assets)
      .innerJoin(courts, eq(courts.id, assets.courtId))
      .where(and(eq(assets.id, id), like(courts.path, `${user.court.path}%`)));
    const [found] = lock ? await query.for('update', { of: assets }) : await query;
    if (!found) throw notFound(RECORDS.asset);
    return found.asset;
  }

  private async leadInScope(db: Db, user: AuthUser, id: string, lock = false): Promise<LeadRow> {
    const query = db
      .select({ lead: assetLeads })
      .from(assetLeads)
      .innerJoin(courts, eq(courts.id, assetLeads.courtId))
      .where(and(eq(assetLeads.id, id), like(courts.path, `${user.court.path}%`)));
    const [found] = lock ? await query.for('update', { of: assetLeads }) : await query;
    if (!found) throw notFound(RECORDS.lead);
    return found.lead;
  }

  // ─── Found offline ──────────────────────────────────────────────────────────────────────────────

  /** 线下查找: an asset the officer found (on site, from a lead, from the debtor's report), with evidence. */
  async addOffline(user: AuthUser, caseId: string, input: OfflineAssetInput): Promise<string> {
    const today = this.today();
    const category = categoryFacts(input.category);
    const errors = offlineErrors(input, category.divisible, today);
    if (errors.length > 0) throw validationError(errors);
    return this.database.transaction(async (tx) => {
      const row = await this.openCase(tx, user, caseId);
      await this.checkDebtor(tx, row, input.partyId);
      await this.checkEvidence(tx, row, input.evidence);
      if (input.leadId) await this.checkLead(tx, row, input.leadId);
      const now = this.clock.now();
      const inserted = await tx.db
        .insert(assets)
        .values({
          caseId: row.id,
          courtId: row.courtId,
          partyId: input.partyId,
          category: input.category,
          institutionCode: input.institution.code?.trim() ?? '',
          institutionName: input.institution.name.trim(),
          assetRef: input.assetRef.trim(),
          description: input.description.trim(),
          balance: category.divisible ? (input.balance ?? 0) : null,
          value: category.divisible ? null : (input.value ?? null),
          divisible: category.divisible,
          state: 'found',
          foundVia: 'offline',
          foundOn: input.foundOn ?? today,
          evidence: input.evidence,
          leadId: input.leadId ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .returning();
      const asset = inserted[0];
      if (!asset)
        throw conflict({
          zh: '该财产（同一单位、同一编号）已在本案财产登记中',
          en: 'This asset (institution and reference) is already in the case’s register',
        });
      if (input.leadId) {
        await tx.db.update(assetLeads).set({ assetId: asset.id }).where(eq(assetLeads.id, input.leadId));
      }
      await this.cases.recordSystemEvents(
        tx,
        [{ caseId: row.id, events: [foundEvent(asset, false, input.evidence)] }],
        actorOf(user),
      );
      await notifyParties(tx, this.clock.now(), [
        { caseId: row.id, courtId: row.courtId, kind: 'assets.found', assets: [asset] },
      ]);
      await this.audit.append(tx, {
        actor: actorOf(user),
        courtId: row.courtId,
        action: 'asset.register',
        subject: `asset:${asset.id}`,
        caseId: row.id,
        after: asset,
      });
      await this.realtime.publish(tx, ASSETS_CHANGED, [`case:${row.id}`]);
      return asset.id;
    });
  }

  /**
   * The case, locked, in scope and open: nothing is registered or controlled on a closed case — except
   * a control on a case resting in the dormant pool (`actsOn`).
   */
  private async openCase(tx: Tx, user: AuthUser, caseId: string, action?: AssetAction): Promise<CaseRow> {
    const row = await this.cases.caseInScope(tx.db, user, caseId, true);
    if (!actsOn(row, action)) throw conflict(caseClosed(row.caseNumber));
    return row;
  }

  private async checkDebtor(tx: Tx, row: CaseRow, partyId: string): Promise<void> {
    const [party] = await tx.db
      .select({ role: caseParties.role })
      .from(caseParties)
      .where(and(eq(caseParties.id, partyId), eq(caseParties.caseId, row.id)));
    if (party?.role !== 'debtor')
      throw invalid('partyId', { zh: '不是本案被执行人', en: 'is not a debtor of this case' });
  }

  private async checkEvidence(tx: Tx, row: CaseRow, evidence: readonly string[]): Promise<void> {
    if (evidence.length === 0) return;
    const found = await tx.db
      .select({ id: documents.id })
      .from(documents)
      .where(and(inArray(documents.id, [...evidence]), eq(documents.caseId, row.id)));
    const known = new Set(found.map((d) => d.id));
    const index = evidence.findIndex((id) => !known.has(id));
    if (index >= 0)
      throw invalid(`evidence.${index}`, {
        zh: '不是本案卷宗中的文书',
        en: 'is no document of this case’s dossier',
      });
  }

  private async checkLead(tx: Tx, row: CaseRow, leadId: string): Promise<void> {
    const [lead] = await tx.db
      .select({ id: assetLeads.id })
      .from(assetLeads)
      .where(and(eq(assetLeads.id, leadId), eq(assetLeads.caseId, row.id)));
    if (!lead) throw invalid('leadId', { zh: '不是本案的财产线索', en: 'is no lead of this case' });
  }

  // ─── Acts of control ────────────────────────────────────────────────────────────────────────────

  /** 冻结/查封: freeze a balance (an amount is required) or seize a vehicle, real estate, equity, a ship. */
  control(user: AuthUser, assetId: string, input: ControlInput) {
    return this.act(user, assetId, 'control', (context, limit, others) => {
      const { asset } = context;
      const today = this.today();
      const errors = controlErrors(asset, input, today, context.online !== null);
      if (errors.length > 0) throw validationError(errors);
      const until = input.until ?? maxControlUntil(category(asset), today);
      const takes = asset.divisible ? (input.amount ?? 0) : (asset.value ?? 0);
      this.refuse({
        kind: 'freeze',
        category: category(asset),
        divisible: asset.divisible,
        takes,
        limit,
        otherMoney: others,
        periodStart: today,
        until,
      });
      const assist = {
        ...this.assistBase(context),
        ...(asset.divisible ? { amount: input.amount ?? 0 } : {}),
        from: today,
        until,
      };
      return {
        kind: asset.divisible ? 'assist_freeze_notice' : 'assist_seize_notice',
        assist,
        request: { kind: 'freeze', until, ...(asset.divisible ? { amount: input.amount ?? 0 } : {}) },
        ...(input.position === undefined ? {} : { position: input.position }),
      };
    });
  }

  /** 扣划: move money from a found or frozen balance to the case's own account (一案一账号). */
  deduct(user: AuthUser, assetId: string, amount: number) {
    return this.act(user, assetId, 'deduct', (context, limit, others) => {
      const { asset } = context;
      const available = asset.state === 'frozen' ? asset.controlledAmount : freeBalance(facts(asset));
      if (amount > available) {
        const frozen = asset.state === 'frozen';
        throw invalid('amount', {
          zh: `超过${frozen ? '已冻结金额' : '可用余额'}${yuan(available)}`,
          en: `is more than ${frozen ? 'the frozen amount' : 'the free balance'}, ${yuan(available)}`,
        });
      }
      if (asset.state !== 'frozen') {
        this.refuse({
          kind: 'deduct',
          category: category(asset),
          divisible: true,
          takes: amount,
          limit,
          otherMoney: others,
        });
      }
      const payee = caseAccount(context.court.name, context.row.accountNo);
      return {
        kind: 'assist_deduct_notice',
        assist: { ...this.assistBase(context), amount, payee },
        request: { kind: 'deduct', amount, payee },
      };
    });
  }

  /** 解除冻结/查封: the court lifts its control (a waiting seizure is withdrawn). */
  release(user: AuthUser, assetId: string) {
    return this.act(user, assetId, 'release', (context) => {
      const { asset } = context;
      return {
        kind: asset.divisible ? 'release_freeze_notice' : 'release_seize_notice',
        assist: this.assistBase(context),
        request: { kind: 'unfreeze', ...(asset.controlId ? { controlId: asset.controlId } : {}) },
      };
    });
  }

  /** 续行冻结/查封: continue the control before it ends, for at most the category's period; same position. */
  renew(user: AuthUser, assetId: string, input: { until?: LocalDate }) {
    return this.act(user, assetId, 'renew', (context, limit, others) => {
      const { asset } = context;
      const from = asset.controlUntil ?? this.today();
      const until = input.until ?? maxControlUntil(category(asset), from);
      if (compareLocalDates(until, from) <= 0)
        throw invalid('until', {
          zh: `须晚于当前届满日${from}`,
          en: `must be after the current end, ${from}`,
        });
      this.refuse({
        kind: 'renew',
        category: category(asset),
        divisible: asset.divisible,
        takes: 0,
        limit,
        otherMoney: others,
        periodStart: from,
        until,
      });
      const amount = asset.divisible && asset.controlledAmount > 0 ? { amount: asset.controlledAmount } : {};
      return {
        kind: asset.divisible ? 'renew_freeze_notice' : 'renew_seize_notice',
        assist: { ...this.assistBase(context), ...amount, from, until },
        request: { kind: 'renew', until, ...(asset.controlId ? { controlId: asset.controlId } : {}) },
      };
    });
  }

  /** 决定不予控制: the officer records why an asset found is not controlled (Opinion-2021 13). */
  async decline(user: AuthUser, assetId: string, reason: string) {
    await this.database.transaction(async (tx) => {
      const first = await this.assetInScope(tx.db, user, assetId);
      const row = await this.openCase(tx, user, first.caseId);
      const asset = await this.assetInScope(tx.db, user, assetId, true);
      this.refuseState(asset, 'decline');
      const [after] = await tx.db
        .update(assets)
        .set({ declinedReason: reason, updatedAt: this.clock.now() })
        .where(eq(assets.id, assetId))
        .returning();
      await this.recorded(tx, user, row, asset, after, 'asset.decline', [
        { type: ASSET_EVENTS.notControlled, on: this.today(), data: { assetId, reason }, evidence: [] },
      ]);
    });
    return assetId;
  }

  private refuse(subject: ControlSubject): void {
    const violations = checkGuards(
      this.rulebook.guardsFor<ControlSubject>(CONTROL_ACTION),
      CONTROL_ACTION,
      subject,
    );
    if (violations.length === 0) return;
    throw ruleViolation(violations);
  }

  private refuseState(asset: AssetRow, action: AssetAction): void {
    const refusal = actionRefusal(facts(asset), action, this.today());
    if (refusal) {
      const act = ACTION_NAMES[action];
      throw conflict({
        zh: `不能${act.zh}该财产：${refusal.zh}`,
        en: `Cannot ${act.en} this asset: ${refusal.en}`,
      });
    }
  }

  /**
   * One act: a first look plans it and renders the notice outside any transaction (a PDF takes tens of
   * milliseconds no lock should wait for); then, with the case and the asset locked, the plan is made
   * again — it must come out the same, or the act is refused as changed meanwhile — the notice stored,
   * the asset set pending and the request enqueued (online), or the control recorded (offline: the
   * notice is served by hand). Then a few seconds' wait for the institution's answer.
   */
  private async act(
    user: AuthUser,
    assetId: string,
    action: AssetAction,
    plan: (context: Context, limit: ControlLimit, otherMoney: number) => Plan,
  ): Promise<string> {
    const first = await this.planned(this.database.db, user, assetId, action, plan);
    const rendered = await this.documents.render(first.plan.kind, {
      ...documentDataOf(
        { row: first.context.row, parties: first.context.parties, court: first.context.court },
        this.today(),
      ),
      assist: first.plan.assist,
    });
    const requestIds = await this.database.transaction(async (tx) => {
      await this.openCase(tx, user, first.context.row.id, action);
      const again = await this.planned(tx.db, user, assetId, action, plan, true);
      if (JSON.stringify(again.plan) !== JSON.stringify(first.plan)) {
        throw conflict({
          zh: '财产或案件已被他人更改，请刷新后重试',
          en: 'The asset or its case changed meanwhile: look again and retry',
        });
      }
      return this.apply(tx, user, again.context, action, again.plan, rendered);
    });
    if (requestIds.length > 0) await this.inquiry.waitFor(requestIds, this.waitMs);
    return assetId;
  }

  private async planned(
    db: Db,
    user: AuthUser,
    assetId: string,
    action: AssetAction,
    plan: (context: Context, limit: ControlLimit, otherMoney: number) => Plan,
    lock = false,
  ) {
    const asset = await this.assetInScope(db, user, assetId, lock);
    const context = await this.context(db, user, asset, action);
    if (!actsOn(context.row, action)) throw conflict(caseClosed(context.row.caseNumber));
    // Before the act's own guards: a suspended case keeps its controls (renewed, or released on
    // acceptance) but gets no new one. Checked again in the act's transaction, under the case's lock.
    if (action === 'control' || action === 'deduct') await refuseWhileSuspended(db, asset.caseId, action);
    this.refuseState(asset, action);
    const siblings = await db.select().from(assets).where(eq(assets.caseId, asset.caseId));
    const otherMoney = freeMoney(siblings.filter((s) => s.id !== asset.id));
    return { context, plan: plan(context, limitOf(context.row, siblings), otherMoney) };
  }

  private async context(db: Db, user: AuthUser, asset: AssetRow, action: AssetAction): Promise<Context> {
    const row = await this.cases.caseInScope(db, user, asset.caseId);
    const [parties, court] = await Promise.all([
      db.select().from(caseParties).where(eq(caseParties.caseId, row.id)).orderBy(asc(caseParties.position)),
      db.select({ name: courts.name, code: courts.code }).from(courts).where(eq(courts.id, row.courtId)),
    ]);
    return {
      asset,
      row,
      parties,
      court: court[0] ?? { name: '', code: '' },
      online: await this.onlineFor(db, asset, action),
    };
  }

  /**
   * The institution when the act goes online: the asset was found online and the institution takes
   * this kind of request (freeze, unfreeze and renew with supportsFreeze; deduct with supportsDeduct).
   * A release or renewal of a control made offline is served offline too.
   */
  private async onlineFor(db: Db, asset: AssetRow, action: AssetAction): Promise<InstitutionRow | null> {
    if (asset.foundVia !== 'online' || asset.institutionId === null || action === 'decline') return null;
    if ((action === 'release' || action === 'renew') && asset.controlId === null) return null;
    const institution = await this.inquiry.institution(db, asset.institutionId).catch(() => null);
    if (!institution?.active) return null;
    return (action === 'deduct' ? institution.supportsDeduct : institution.supportsFreeze)
      ? institution
      : null;
  }

  private assistBase(context: Context): AssistData {
    const { asset } = context;
    const debtor = context.parties.find((party) => party.id === asset.partyId);
    return {
      institutionName: asset.institutionName,
      debtor: {
        name: debtor?.name ?? '',
        kind: debtor?.kind ?? 'person',
        identifier: debtor?.idNumber ?? debtor?.creditCode ?? '',
      },
      asset: { description: asset.description, assetRef: asset.assetRef },
    };
  }

  /** Stores the notice and either sends the request (online) or records the act as done (offline). */
  private async apply(
    tx: Tx,
    user: AuthUser,
    context: Context,
    action: AssetAction,
    plan: Plan,
    rendered: RenderedDocument,
  ): Promise<string[]> {
    const { asset, row } = context;
    const documentId = await this.documents.store(
      tx,
      { caseId: row.id, courtId: row.courtId, createdBy: user.displayName },
      rendered,
    );
    const issued = {
      type: 'document.issued',
      on: this.today(),
      data: { kind: rendered.kind, title: rendered.title, documentId, assetId: asset.id },
      evidence: [documentId],
    };
    if (context.online) {
      const [requestId] = await this.inquiry.enqueue(tx, [
        this.assistRequest(user, context, plan.request, documentId, rendered.title),
      ]);
      if (!requestId) throw new Error('enqueue returned no id');
      const after = await this.setPending(tx, asset, action, plan, requestId, documentId);
      await this.recorded(tx, user, row, asset, after, `asset.${action}`, [issued]);
      return [requestId];
    }
    const { after, events } = await this.recordOffline(tx, asset, action, plan, documentId);
    await this.recorded(tx, user, row, asset, after, `asset.${action}`, [issued, ...events]);
    return [];
  }

  private assistRequest(
    user: AuthUser,
    context: Context,
    request: Plan['request'],
    documentId: string,
    documentTitle: string,
  ) {
    const { asset, row, court } = context;
    const debtor = context.parties.find((party) => party.id === asset.partyId);
    const identifier = debtor?.idNumber ?? debtor?.creditCode;
    if (!debtor || !identifier) {
      throw conflict({
        zh: '被执行人没有可发送的身份证号码或统一社会信用代码',
        en: 'The debtor has no identity number or credit code to send',
      });
    }
    const subject: Subject = { kind: debtor.kind, name: debtor.name, identifier };
    return {
      caseId: row.id,
      courtId: row.courtId,
      partyId: debtor.id,
      institutionId: asset.institutionId ?? '',
      kind: request.kind,
      subject,
      basis: {
        caseNumber: row.caseNumber,
        courtCode: court.code,
        courtName: court.name,
        documentId,
        documentTitle,
        officerName: user.displayName,
      },
      assetId: asset.id,
      assetRef: asset.assetRef,
      ...(request.controlId ? { controlId: request.controlId } : {}),
      ...(request.amount !== undefined ? { amount: request.amount } : {}),
      ...(request.until ? { until: request.until } : {}),
      ...(request.payee ? { payee: request.payee } : {}),
    };
  }

  /** The asset waits for the institution: a freeze, deduction or release shows its pending state. */
  private async setPending(
    tx: Tx,
    asset: AssetRow,
    action: AssetAction,
    plan: Plan,
    requestId: string,
    documentId: string,
  ): Promise<AssetRow | undefined> {
    const pendingState: Partial<Record<AssetAction, AssetState>> = {
      control: 'freezing',
      deduct: 'deducting',
      release: 'releasing',
    };
    const amount = plan.request.amount ?? 0;
    // What a pending freeze or direct deduction holds counts against the limit while it waits.
    const held =
      action === 'control'
        ? amount
        : action === 'deduct' && asset.state !== 'frozen'
          ? amount
          : asset.controlledAmount;
    if (action === 'deduct')
      await this.instructTransfer(tx, asset, plan, documentId, requestId, 'instructed');
    const [after] = await tx.db
      .update(assets)
      .set({
        state: pendingState[action] ?? asset.state,
        stateBefore: asset.state,
        pendingKind: plan.request.kind,
        pendingRequestId: requestId,
        controlledAmount: held,
        lastFailure: null,
        updatedAt: this.clock.now(),
      })
      .where(eq(assets.id, asset.id))
      .returning();
    return after;
  }

  /** An act served by hand: the notice is the control (or its end); the register records it at once. */
  private async recordOffline(tx: Tx, asset: AssetRow, action: AssetAction, plan: Plan, documentId: string) {
    const today = this.today();
    const now = this.clock.now();
    const request = plan.request;
    let change: Partial<AssetRow> = {};
    let data: Record<string, unknown> = {};
    let type: string = ASSET_EVENTS.controlled;
    if (action === 'control') {
      const position = plan.position ?? 1;
      const amount = request.amount ?? 0;
      change = {
        state: position > 1 ? 'waiting' : asset.divisible ? 'frozen' : 'seized',
        controlledAmount: asset.divisible ? amount : 0,
        controlledOn: today,
        controlUntil: request.until ?? null,
        position,
        controlId: null,
        declinedReason: null,
      };
      data = {
        state: change.state,
        position,
        amount: change.controlledAmount,
        until: change.controlUntil,
        via: 'offline',
      };
    } else if (action === 'deduct') {
      const amount = request.amount ?? 0;
      const left = asset.state === 'frozen' ? asset.controlledAmount - amount : 0;
      const transferId = await this.instructTransfer(tx, asset, plan, documentId, null, 'confirmed');
      change = {
        state: left > 0 ? 'frozen' : 'deducted',
        controlledAmount: left,
        balance: balanceAfterDeduction(asset.balance, amount),
        deductedAmount: asset.deductedAmount + amount,
        ...(left > 0 ? {} : { controlUntil: null }),
      };
      type = ASSET_EVENTS.deducted;
      data = { amount, transferId, ...(left > 0 ? {} : { until: null }), via: 'offline' };
    } else if (action === 'release') {
      change = { state: 'released', controlledAmount: 0, controlUntil: null };
      type = ASSET_EVENTS.released;
      data = { until: null, via: 'offline' };
    } else if (action === 'renew') {
      change = { controlUntil: request.until ?? asset.controlUntil };
      type = ASSET_EVENTS.renewed;
      data = { until: change.controlUntil, position: asset.position, via: 'offline' };
    }
    const [after] = await tx.db
      .update(assets)
      .set({ ...change, lastFailure: null, updatedAt: now })
      .where(eq(assets.id, asset.id))
      .returning();
    return {
      after,
      events: [{ type, on: today, data: { assetId: asset.id, documentId, ...data }, evidence: [documentId] }],
    };
  }

  /** The transfer's instruction (and, served by hand, its confirmation as the officer records it). */
  private async instructTransfer(
    tx: Tx,
    asset: AssetRow,
    plan: Plan,
    documentId: string,
    requestId: string | null,
    status: 'instructed' | 'confirmed',
  ): Promise<string> {
    const now = this.clock.now();
    const amount = plan.request.amount ?? 0;
    const payee = plan.request.payee;
    if (!payee) throw new Error('a deduction without its payee');
    const [transfer] = await tx.db
      .insert(assetTransfers)
      .values({
        caseId: asset.caseId,
        courtId: asset.courtId,
        assetId: asset.id,
        amount,
        payee,
        documentId,
        requestId,
        status,
        instructedAt: now,
        ...(status === 'confirmed' ? { confirmedAmount: amount, confirmedAt: now } : {}),
      })
      .returning({ id: assetTransfers.id });
    if (!transfer) throw new Error('insert returned no transfer');
    return transfer.id;
  }

  /** Timeline nodes, the parties' notice of a control, the audit entry and the realtime push of one act. */
  private async recorded(
    tx: Tx,
    user: AuthUser,
    row: CaseRow,
    before: AssetRow,
    after: AssetRow | undefined,
    action: string,
    events: RecordedEvent[],
  ): Promise<void> {
    if (!after) throw notFound(RECORDS.asset);
    await this.cases.recordSystemEvents(tx, [{ caseId: row.id, events }], actorOf(user));
    if (events.some((event) => event.type === ASSET_EVENTS.controlled)) {
      await notifyParties(tx, this.clock.now(), [
        { caseId: row.id, courtId: row.courtId, kind: 'assets.controlled', assets: [after] },
      ]);
    }
    await this.audit.append(tx, {
      actor: actorOf(user),
      courtId: row.courtId,
      action,
      subject: `asset:${after.id}`,
      caseId: row.id,
      before,
      after,
    });
    await this.realtime.publish(tx, ASSETS_CHANGED, [`case:${row.id}`]);
  }

  // ─── Leads (财产线索) ───────────────────────────────────────────────────────────────────────────

  /** Records a lead; its track gives the period of verification (Opinion-2021 13; Property 2). */
  async addLead(user: AuthUser, caseId: string, input: LeadInput): Promise<string> {
    const now = this.clock.now();
    const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
    if (receivedAt.getTime() > now.getTime()) throw invalid('receivedAt', FIELD.inFuture);
    const receivedOn = shanghaiDateOf(receivedAt);
    const track = leadTrack(input);
    return this.database.transaction(async (tx) => {
      const row = await this.openCase(tx, user, caseId);
      if (compareLocalDates(receivedOn, row.receivedOn) < 0) {
        throw invalid('receivedAt', FIELD.beforeCaseBegan);
      }
      await this.checkEvidence(tx, row, input.evidence);
      const [lead] = await tx.db
        .insert(assetLeads)
        .values({
          caseId: row.id,
          courtId: row.courtId,
          fromApplicant: input.fromApplicant,
          reporterName: input.reporterName.trim(),
          reporterContact: input.reporterContact?.trim() || null,
          description: input.description.trim(),
          specific: input.specific,
          urgent: input.urgent,
          track,
          receivedAt,
          receivedOn,
          evidence: input.evidence,
          createdAt: now,
          createdBy: user.displayName,
        })
        .returning();
      if (!lead) throw new Error('insert returned no lead');
      const event = {
        type: ASSET_EVENTS.leadReceived,
        on: receivedOn,
        at: receivedAt,
        data: { leadId: lead.id, track, fromApplicant: input.fromApplicant },
        evidence: input.evidence,
      };
      await this.cases.recordSystemEvents(tx, [{ caseId: row.id, events: [event] }], actorOf(user));
      await this.audit.append(tx, {
        actor: actorOf(user),
        courtId: row.courtId,
        action: 'lead.record',
        subject: `lead:${lead.id}`,
        caseId: row.id,
        after: lead,
      });
      await this.realtime.publish(tx, ASSETS_CHANGED, [`case:${row.id}`]);
      return lead.id;
    });
  }

  /** 核查: the officer starts or ends the verification; the first step satisfies the lead's deadline. */
  async verifyLead(user: AuthUser, leadId: string, input: VerifyInput): Promise<string> {
    return this.database.transaction(async (tx) => {
      const first = await this.leadInScope(tx.db, user, leadId);
      const row = await this.openCase(tx, user, first.caseId);
      const lead = await this.leadInScope(tx.db, user, leadId, true);
      if (lead.verificationResult === 'confirmed' || lead.verificationResult === 'unfounded') {
        throw conflict({
          zh: `该线索已核查完毕（${lead.verificationResult === 'confirmed' ? '属实' : '不属实'}）`,
          en: `The lead was verified already (${lead.verificationResult})`,
        });
      }
      if (input.assetId) await this.checkAsset(tx, row, input.assetId);
      const now = this.clock.now();
      const [after] = await tx.db
        .update(assetLeads)
        .set({
          verifiedAt: now,
          verificationResult: input.result,
          verificationNote: input.note.trim(),
          ...(input.assetId ? { assetId: input.assetId } : {}),
        })
        .where(eq(assetLeads.id, leadId))
        .returning();
      const event = {
        type: ASSET_EVENTS.leadVerified,
        on: this.today(),
        data: { leadId, result: input.result, ...(input.assetId ? { assetId: input.assetId } : {}) },
        evidence: [],
      };
      await this.cases.recordSystemEvents(tx, [{ caseId: row.id, events: [event] }], actorOf(user));
      await this.audit.append(tx, {
        actor: actorOf(user),
        courtId: row.courtId,
        action: 'lead.verify',
        subject: `lead:${leadId}`,
        caseId: row.id,
        before: lead,
        after,
      });
      await this.realtime.publish(tx, ASSETS_CHANGED, [`case:${row.id}`]);
      return leadId;
    });
  }

  private async checkAsset(tx: Tx, row: CaseRow, assetId: string): Promise<void> {
    const [asset] = await tx.db
      .select({ id: assets.id })
      .from(assets)
      .where(and(eq(assets.id, assetId), eq(assets.caseId, row.id)));
    if (!asset) throw invalid('assetId', { zh: '不是本案的财产', en: 'is no asset of this case' });
  }
}

type RecordedEvent = {
  type: string;
  on: string;
  at?: Date;
  data: Record<string, unknown>;
  evidence: string[];
};

export function category(asset: Pick<AssetRow, 'category'>): CategoryCode {
  return categoryFacts(asset.category as CategoryCode).code;
}

/** The rules' view of a row. */
export function facts(asset: AssetRow): AssetFacts {
  return {
    category: category(asset),
    divisible: asset.divisible,
    state: asset.state,
    foundVia: asset.foundVia,
    balance: asset.balance,
    frozenByOthers: asset.frozenByOthers,
    controlledAmount: asset.controlledAmount,
    controlUntil: asset.controlUntil,
    pending: asset.pendingRequestId !== null,
  };
}

/** The free balances of money found and not controlled: what could still be frozen. */
export function freeMoney(rows: readonly AssetRow[]): number {
  return rows
    .filter((row) => row.divisible && (row.state === 'found' || row.state === 'deducted'))
    .reduce((sum, row) => sum + freeBalance(facts(row)), 0);
}

export function limitOf(row: CaseRow, rows: readonly AssetRow[]): ControlLimit {
  return controlLimit(row.claimAmount, row.paidAmount, rows);
}

function offlineErrors(input: OfflineAssetInput, divisible: boolean, today: LocalDate): FieldError[] {
  const errors: FieldError[] = [];
  if (divisible && input.balance === undefined)
    errors.push({ path: 'balance', message: { zh: '款项须填写余额', en: 'is required for money' } });
  if (divisible && input.value !== undefined)
    errors.push({
      path: 'value',
      message: { zh: '款项填写余额，不填价值', en: 'money has a balance, not a value' },
    });
  if (!divisible && input.balance !== undefined) {
    errors.push({
      path: 'balance',
      message: {
        zh: '款项以外的财产填写价值，不填余额',
        en: 'property that is not money has a value, not a balance',
      },
    });
  }
  if (input.foundOn && compareLocalDates(input.foundOn, today) > 0)
    errors.push({ path: 'foundOn', message: FIELD.inFuture });
  if (input.evidence.length === 0)
    errors.push({
      path: 'evidence',
      message: { zh: '线下查找的财产须附证据', en: 'an asset found offline needs its evidence' },
    });
  return errors;
}

function controlErrors(
  asset: AssetRow,
  input: ControlInput,
  today: LocalDate,
  online: boolean,
): FieldError[] {
  const errors: FieldError[] = [];
  if (asset.divisible && input.amount === undefined) {
    errors.push({
      path: 'amount',
      message: { zh: '冻结款项须写明冻结金额', en: 'a freeze of money names its amount (Opinion-2021 15)' },
    });
  }
  if (!asset.divisible && input.amount !== undefined) {
    errors.push({
      path: 'amount',
      message: {
        zh: '款项以外的财产整体查封，不写金额',
        en: 'property that is not money is seized whole, without an amount',
      },
    });
  }
  if (asset.divisible && input.amount !== undefined && input.amount > (asset.balance ?? 0)) {
    errors.push({
      path: 'amount',
      message: {
        zh: `超过余额${yuan(asset.balance ?? 0)}`,
        en: `is more than the balance, ${yuan(asset.balance ?? 0)}`,
      },
    });
  }
  if (input.until !== undefined && compareLocalDates(input.until, today) <= 0) {
    errors.push({ path: 'until', message: FIELD.afterToday });
  }
  if (online && input.position !== undefined) {
    errors.push({
      path: 'position',
      message: {
        zh: '在线控制的顺位由协助执行单位反馈',
        en: 'the institution reports the position of an online control',
      },
    });
  }
  return errors;
}
