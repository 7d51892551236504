/**
 * The institutions' answers, applied to the asset register (the handlers the inquiry hub calls inside
 * the transaction that applies results). Set-based: one callback may carry 1000 results for as many
 * cases, so each step is one statement over all of them, not a query per result.
 */
import { type CategoryCode, categoryOf, type Holding } from '@zhixing/assist-protocol';
import type { Clock } from '../../platform/clock';
import { shanghaiDateOf } from '../../platform/clock';
import type { Tx } from '../../platform/db';
import { groupBy } from '../../platform/groups';
import type { Realtime } from '../../platform/realtime';
import { type Actor, type AuditService, platformActor } from '../audit/service';
import type { CaseRow, CasesService, SystemEvents } from '../cases/service';
import { partyNotifications } from '../disclosure/schema';
import type { AnsweredRequest, FailedRequest, InquiryService } from '../inquiry/service';
import {
  ASSET_EVENTS,
  type AssetState,
  balanceAfterDeduction,
  controlledState,
  ownControl,
  promotion,
  type ReportedControl,
} from './rules';

/** The event pushed on a case's realtime topic whenever its register changes. */
export const ASSETS_CHANGED = 'assets.changed';

/** An asset as the handlers read and write it (the columns they need, as the database names them). */
interface Row {
  id: string;
  case_id: string;
  court_id: string;
  category: string;
  institution_id: string | null;
  institution_name: string;
  description: string;
  divisible: boolean;
  balance: number | null;
  state: AssetState;
  state_before: AssetState | null;
  controlled_amount: number;
  deducted_amount: number;
  control_id: string | null;
  controlled_on: string | null;
  control_until: string | null;
  position: number | null;
  pending_kind: string | null;
  pending_request_id: string | null;
  found_on: string;
  last_failure?: string | null;
}

/** One outbox notice: assets of one case found or controlled (Opinion-2021 14). */
export interface Notice {
  caseId: string;
  courtId: string;
  kind: 'assets.found' | 'assets.controlled';
  assets: readonly {
    id: string;
    category: string;
    institutionName: string;
    description: string;
    state: string;
  }[];
}

/** 推送当事人: one outbox row per case and kind, addressed to every party of the case. */
export async function notifyParties(tx: Tx, now: Date, notices: readonly Notice[]): Promise<void> {
  if (notices.length === 0) return;
  await tx.db.insert(partyNotifications).values(
    notices.map((notice) => ({
      caseId: notice.caseId,
      courtId: notice.courtId,
      partyId: null,
      kind: notice.kind,
      payload: {
        assets: notice.assets.map((asset) => ({
          id: asset.id,
          category: asset.category,
          institution: asset.institutionName,
          description: asset.description,
          state: asset.state,
        })),
      },
      createdAt: now,
    })),
  );
}

/** Something to control: a positive balance, or any property that is not money. */
export function hasValue(asset: { divisible: boolean; balance: number | null }): boolean {
  return !asset.divisible || (asset.balance ?? 0) > 0;
}

/** The `asset.found` node: what the control deadline (assets.control) reads. */
export function foundEvent(
  asset: {
    id: string;
    foundOn: string;
    foundVia: string;
    category: string;
    institutionName: string;
    divisible: boolean;
    balance: number | null;
  },
  onlineControl: boolean,
  evidence: string[] = [],
) {
  return {
    type: ASSET_EVENTS.found,
    on: asset.foundOn,
    data: {
      assetId: asset.id,
      via: asset.foundVia,
      category: asset.category,
      institution: asset.institutionName,
      onlineControl,
      hasValue: hasValue(asset),
    },
    evidence,
  };
}

/** A row's changes after an answer, and what the timeline and the parties learn. */
/** How many lapsed controls one transaction of the daily sweep takes at most. */
export const LAPSE_BATCH = 1000;

/** The columns of a Row, from `assets a`. */
const ROW_COLUMNS = `a.id, a.case_id, a.court_id, a.category, a.institution_id, a.institution_name, a.description,
  a.divisible, a.balance::float8 as balance, a.state, a.state_before,
  a.controlled_amount::float8 as controlled_amount, a.deducted_amount::float8 as deducted_amount, a.control_id,
  a.controlled_on::text as controlled_on, a.control_until::text as control_until, a.position, a.pending_kind,
  a.pending_request_id, a.found_on::text as found_on`;

interface Outcome {
  row: Row;
  change: Partial<Row>;
  event?: { type: string; data: Record<string, unknown> };
  transfer?: { status: 'confirmed' | 'failed'; ref?: string; amount?: number; failure?: string };
  controlled?: boolean;
}

export class AssetResults {
  constructor(
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly inquiry: InquiryService,
    private readonly realtime: Realtime,
  ) {}

  /** Every answer of a batch: holdings of queries into the register, control results onto their assets. */
  readonly answered = async (tx: Tx, answered: AnsweredRequest[]): Promise<void> => {
    const queries = answered.filter((a) => a.kind === 'query' && a.result.status === 'completed');
    const controls = answered.filter((a) => a.kind !== 'query' && a.assetId !== null);
    await this.holdings(tx, queries);
    await this.outcomes(
      tx,
      controls.map((a) => ({ requestId: a.requestId, assetId: a.assetId ?? '' })),
      (row, index) =>
        answerOutcome(row, controls[index] as AnsweredRequest, shanghaiDateOf(this.clock.now())),
      controls.map((a) => a.caseId),
    );
  };

  /** Requests the hub gave up on: the asset returns to where it was, with the reason. */
  readonly failed = async (tx: Tx, failed: FailedRequest[]): Promise<void> => {
    const controls = failed.filter((f) => f.kind !== 'query' && f.assetId !== null);
    await this.outcomes(
      tx,
      controls.map((f) => ({ requestId: f.requestId, assetId: f.assetId ?? '' })),
      (row, index) => failure(row, (controls[index] as FailedRequest).reason),
      controls.map((f) => f.caseId),
    );
  };

  /**
   * 期限届满未续行: up to `LAPSE_BATCH` controls whose last day is before `today` and that no request
   * waits on lapse — state `lapsed`, nothing held, an `asset.lapsed` node (which ends the expiry
   * warning for it), audited, pushed. Their cases are locked first, as every act takes them. Returns
   * how many lapsed.
   */
  readonly lapse = async (tx: Tx, today: string): Promise<number> => {
    const due = `a.state in ('frozen', 'seized', 'waiting') and a.pending_request_id is null
      and a.control_until < $1::date`;
    const { rows: cases } = await tx.sql.executeSql(
      `select distinct a.case_id from (select case_id from assets a where ${due} order by a.id limit $2) a`,
      [today, LAPSE_BATCH],
    );
    if (cases.length === 0) return 0;
    const locked = await this.cases.lockCases(
      tx,
      cases.map((row) => String(row.case_id)),
    );
    const { rows } = await tx.sql.executeSql(
      `select ${ROW_COLUMNS} from assets a where ${due} and a.case_id = any($2::uuid[]) order by a.id for update`,
      [today, locked.map((row) => row.id)],
    );
    const outcomes = (rows as unknown as Row[]).map((row) => ({
      requestId: '',
      outcome: {
        row,
        change: { state: 'lapsed' as const, controlled_amount: 0 },
        event: { type: ASSET_EVENTS.lapsed, data: { until: null, endedOn: row.control_until } },
      },
    }));
    if (outcomes.length > 0) await this.write(tx, outcomes, locked, 'asset.lapse');
    return outcomes.length;
  };

  // ─── Holdings ───────────────────────────────────────────────────────────────────────────────────

  /** One upsert for every holding of the batch; new assets get their `asset.found` node and a notice. */
  private async holdings(tx: Tx, queries: readonly AnsweredRequest[]): Promise<void> {
    const records = holdingRecords(queries);
    if (records.length === 0) return;
    const caseIds = [...records.values()].map((record) => String(record.case_id));
    // What needs no lock goes first: each statement after the lock holds up the other institutions'
    // batches for the same cases (the NOTIFY is sent at commit wherever it is issued).
    const freezesOnline = new Set(
      (await this.inquiry.institutions(tx.db)).filter((i) => i.supportsFreeze).map((i) => i.id),
    );
    await this.realtime.publish(
      tx,
      ASSETS_CHANGED,
      caseIds.map((caseId) => `case:${caseId}`),
    );
    // Only the cases something was found for: a batch of 1,000 answers mostly finds nothing, and
    // locking all its cases would make concurrent batches from other institutions wait for each other.
    const locked = await this.cases.lockCases(tx, caseIds);
    const now = this.clock.now();
    const { rows } = await tx.sql.executeSql(
      `insert into assets (case_id, court_id, party_id, category, institution_id, institution_code,
         institution_name, asset_ref, description, balance, value, frozen_by_others, existing_controls,
         divisible, state, found_via, found_on, created_at, updated_at)
       select r.case_id, r.court_id, r.party_id, r.category, r.institution_id, r.institution_code,
              r.institution_name, r.asset_ref, r.description, r.balance, r.value, r.frozen, r.controls,
              r.divisible, 'found', 'online', $2::date, $3::timestamptz, $3::timestamptz
         from jsonb_to_recordset($1::jsonb) as r(case_id uuid, court_id uuid, party_id uuid, category text,
              institution_id uuid, institution_code text, institution_name text, asset_ref text,
              description text, balance bigint, value bigint, frozen bigint, controls jsonb, divisible boolean)
       on conflict (case_id, institution_code, asset_ref) do update set
         institution_id = excluded.institution_id,
         description = excluded.description,
         balance = excluded.balance,
         value = coalesce(excluded.value, assets.value),
         -- what the institution reports frozen includes this court's own freeze, which is not another's
         frozen_by_others = greatest(0, excluded.frozen_by_others - case when assets.state in
           ('frozen', 'deducting', 'releasing') then assets.controlled_amount else 0 end),
         existing_controls = excluded.existing_controls,
         updated_at = excluded.updated_at
       returning id, case_id, court_id, category, institution_id, institution_name, description, divisible,
                 balance::float8 as balance, state, found_on::text as found_on, (xmax = 0) as inserted`,
      [JSON.stringify(records), shanghaiDateOf(now), now.toISOString()],
    );
    const found = rows.filter((row) => row.inserted === true) as unknown as Row[];
    const events = new Map<string, SystemEvents>();
    const notices = new Map<string, Notice>();
    for (const row of found) {
      const asset = view(row);
      const entry = events.get(row.case_id) ?? { caseId: row.case_id, events: [] };
      entry.events.push(
        foundEvent({ ...asset, foundVia: 'online' }, freezesOnline.has(row.institution_id ?? '')),
      );
      events.set(row.case_id, entry);
      const notice = notices.get(row.case_id) ?? {
        caseId: row.case_id,
        courtId: row.court_id,
        kind: 'assets.found' as const,
        assets: [],
      };
      notices.set(row.case_id, { ...notice, assets: [...notice.assets, asset] });
    }
    await this.cases.recordSystemEvents(tx, [...events.values()], platformActor, locked);
    await notifyParties(tx, now, [...notices.values()]);
    await this.auditPerCourt(tx, rows as unknown as Row[], 'asset.results.holdings', platformActor);
    await this.ownControls(tx, records, locked);
  }

  /**
   * The controls an institution reports on a holding include this case's own: it is no other case's
   * (existing_controls keeps the others), and when it was waiting (轮候) and is now reported in effect,
   * it was promoted (Seizure 26): the register, the timeline and the parties learn of it here, as of an
   * answer. A waiting control with a request on its way is left to that request's answer.
   */
  private async ownControls(
    tx: Tx,
    records: readonly HoldingRecord[],
    locked: readonly CaseRow[],
  ): Promise<void> {
    const reported = records.filter((record) => record.controls.length > 0);
    if (reported.length === 0) return;
    const { rows } = await tx.sql.executeSql(
      `select ${ROW_COLUMNS}, a.institution_code, a.asset_ref, c.name as court_name
         from assets a
         join courts c on c.id = a.court_id
         join jsonb_to_recordset($1::jsonb) as r(case_id uuid, institution_code text, asset_ref text)
           on a.case_id = r.case_id and a.institution_code = r.institution_code and a.asset_ref = r.asset_ref
        where a.state in ('frozen', 'seized', 'waiting', 'deducting', 'releasing')
        order by a.id`,
      [
        JSON.stringify(
          reported.map(({ case_id, institution_code, asset_ref }) => ({
            case_id,
            institution_code,
            asset_ref,
          })),
        ),
      ],
    );
    const byKey = new Map(reported.map((record) => [recordKey(record), record]));
    const others: { id: string; controls: ReportedControl[] }[] = [];
    const promoted: { outcome: Outcome; requestId: string }[] = [];
    for (const row of rows as unknown as (Row & {
      institution_code: string;
      asset_ref: string;
      court_name: string;
    })[]) {
      const controls = byKey.get(recordKey(row))?.controls ?? [];
      const own = ownControl(controls, { court: row.court_name, until: row.control_until });
      if (!own) continue;
      others.push({ id: row.id, controls: controls.filter((control) => control !== own) });
      const change = row.pending_request_id === null ? promotion(row, own) : null;
      if (change) promoted.push({ outcome: promotionOutcome(row, change), requestId: '' });
    }
    await tx.sql.executeSql(
      `update assets a set existing_controls = r.controls
         from jsonb_to_recordset($1::jsonb) as r(id uuid, controls jsonb) where a.id = r.id`,
      [JSON.stringify(others)],
    );
    if (promoted.length > 0) await this.write(tx, promoted, locked);
  }

  // ─── Control results and failures ───────────────────────────────────────────────────────────────

  /**
   * Applies one outcome per result to the assets waiting for exactly that request (an answer to a
   * request the asset no longer waits for changes nothing), in one update, with the transfers, the
   * timeline nodes, the parties' notices and the audit.
   */
  private async outcomes(
    tx: Tx,
    targets: readonly { requestId: string; assetId: string }[],
    decide: (row: Row, index: number) => Outcome,
    caseIds: readonly string[],
  ): Promise<void> {
    if (targets.length === 0) return;
    // Cases first, in id order, as an officer's act takes them (case, then asset): no crosswise wait.
    const locked = await this.cases.lockCases(tx, caseIds);
    const { rows } = await tx.sql.executeSql(
      `select ${ROW_COLUMNS} from assets a where a.id = any($1::uuid[]) order by a.id for update`,
      [targets.map((t) => t.assetId)],
    );
    const byId = new Map((rows as unknown as Row[]).map((row) => [row.id, row]));
    const outcomes: { outcome: Outcome; requestId: string }[] = [];
    targets.forEach((target, index) => {
      const row = byId.get(target.assetId);
      if (row?.pending_request_id !== target.requestId) return;
      outcomes.push({ outcome: decide(row, index), requestId: target.requestId });
    });
    if (outcomes.length === 0) return;
    await this.write(tx, outcomes, locked);
  }

  /** Writes the outcomes; `locked`: their cases, as `outcomes` locked them. */
  private async write(
    tx: Tx,
    outcomes: readonly { outcome: Outcome; requestId: string }[],
    locked: readonly CaseRow[],
    action = 'asset.results.controls',
  ): Promise<void> {
    const now = this.clock.now();
    const today = shanghaiDateOf(now);
    const after = outcomes.map(({ outcome }) => ({ ...outcome.row, ...outcome.change }));
    await tx.sql.executeSql(
      `update assets a set state = r.state, controlled_amount = r.controlled_amount, balance = r.balance,
              deducted_amount = r.deducted_amount, control_id = r.control_id, controlled_on = r.controlled_on,
              control_until = r.control_until, position = r.position, last_failure = r.last_failure,
              pending_kind = null, pending_request_id = null, state_before = null, updated_at = $2::timestamptz
         from jsonb_to_recordset($1::jsonb) as r(id uuid, state text, controlled_amount bigint, balance bigint,
              deducted_amount bigint, control_id text, controlled_on date, control_until date, position int,
              last_failure text)
        where a.id = r.id`,
      [JSON.stringify(after.map(updateRecord)), now.toISOString()],
    );
    const transfers = outcomes.flatMap(({ outcome, requestId }) =>
      outcome.transfer ? [{ request_id: requestId, ...outcome.transfer }] : [],
    );
    if (transfers.length > 0) {
      await tx.sql.executeSql(
        `update asset_transfers t set status = r.status, transfer_ref = r.ref, confirmed_amount = r.amount,
                confirmed_at = case when r.status = 'confirmed' then $2::timestamptz end, failure = r.failure
           from jsonb_to_recordset($1::jsonb) as r(request_id uuid, status text, ref text, amount bigint, failure text)
          where t.request_id = r.request_id`,
        [JSON.stringify(transfers), now.toISOString()],
      );
    }
    const events = new Map<string, SystemEvents>();
    const notices = new Map<string, Notice>();
    outcomes.forEach(({ outcome }, index) => {
      const row = after[index] as Row;
      if (outcome.event) {
        const entry = events.get(row.case_id) ?? { caseId: row.case_id, events: [] };
        entry.events.push({
          type: outcome.event.type,
          on: today,
          data: { assetId: row.id, ...outcome.event.data },
          evidence: [],
        });
        events.set(row.case_id, entry);
      }
      if (outcome.controlled) {
        const notice = notices.get(row.case_id) ?? {
          caseId: row.case_id,
          courtId: row.court_id,
          kind: 'assets.controlled' as const,
          assets: [],
        };
        notices.set(row.case_id, { ...notice, assets: [...notice.assets, view(row)] });
      }
    });
    await this.cases.recordSystemEvents(tx, [...events.values()], platformActor, locked);
    await notifyParties(tx, now, [...notices.values()]);
    await this.auditPerCourt(tx, after, action, platformActor);
    await this.realtime.publish(
      tx,
      ASSETS_CHANGED,
      after.map((row) => `case:${row.case_id}`),
    );
  }

  /** One audit entry per court for the batch: its chain records every asset the answers changed. */
  private async auditPerCourt(tx: Tx, rows: readonly Row[], action: string, actor: Actor): Promise<void> {
    const byCourt = groupBy(rows, (row) => row.court_id);
    // In one fixed order (the chains' names sort as the court ids): two batches appending to the same
    // chains never each hold one the other waits for.
    for (const [courtId, changed] of [...byCourt].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const ids = changed.map((row) => row.id).sort();
      await this.audit.append(tx, {
        actor,
        courtId,
        action,
        subject: `assets:${ids[0]}${ids.length > 1 ? `+${ids.length - 1}` : ''}`,
        after: changed,
      });
    }
  }
}

/** A holding as a row to upsert. */
interface HoldingRecord {
  case_id: string;
  institution_code: string;
  asset_ref: string;
  controls: ReportedControl[];
  [column: string]: unknown;
}

const recordKey = (record: { case_id: string; institution_code: string; asset_ref: string }) =>
  `${record.case_id}|${record.institution_code}|${record.asset_ref}`;

/** The holdings of completed queries as rows to upsert, one per (case, institution, assetRef). */
function holdingRecords(queries: readonly AnsweredRequest[]): HoldingRecord[] {
  const records = new Map<string, HoldingRecord>();
  for (const query of queries) {
    for (const holding of query.result.holdings ?? []) {
      const divisible = categoryOf(holding.category)?.divisible ?? holding.balance !== undefined;
      // A holding reported twice in one batch (two requests for one case) is kept once: the last.
      records.set(`${query.caseId}|${query.institution.code}|${holding.assetRef}`, {
        case_id: query.caseId,
        court_id: query.courtId,
        party_id: query.partyId,
        category: holding.category,
        institution_id: query.institution.id,
        institution_code: query.institution.code,
        institution_name: query.institution.name,
        asset_ref: holding.assetRef,
        description: holding.description,
        balance: divisible ? (holding.balance ?? 0) : null,
        value: divisible ? null : (holding.value ?? null),
        frozen: divisible ? (holding.frozen ?? 0) : 0,
        controls: holding.controls satisfies Holding['controls'],
        divisible,
      });
    }
  }
  return [...records.values()];
}

function view(row: Row) {
  return {
    id: row.id,
    category: row.category as CategoryCode,
    institutionName: row.institution_name,
    description: row.description,
    state: row.state,
    foundOn: row.found_on,
    divisible: row.divisible,
    balance: row.balance === null ? null : Number(row.balance),
  };
}

function updateRecord(row: Row) {
  return {
    id: row.id,
    state: row.state,
    controlled_amount: row.controlled_amount,
    balance: row.balance,
    deducted_amount: row.deducted_amount,
    control_id: row.control_id,
    controlled_on: row.controlled_on,
    control_until: row.control_until,
    position: row.position,
    last_failure: row.last_failure ?? null,
  };
}

/** A waiting control reported promoted (or moved up the queue): its new state, position and amount. */
function promotionOutcome(
  row: Row,
  change: { state: AssetState; position: number; amount: number },
): Outcome {
  const changed = { state: change.state, position: change.position, controlled_amount: change.amount };
  if (change.state === 'waiting') return { row, change: changed };
  const data = {
    state: change.state,
    position: change.position,
    amount: change.amount,
    until: row.control_until,
  };
  return {
    row,
    change: changed,
    event: { type: ASSET_EVENTS.controlled, data: { ...data, controlId: row.control_id, promoted: true } },
    controlled: true,
  };
}

/** Where a failed or refused request leaves the asset: where it was, with the reason. */
function failure(row: Row, reason: string): Outcome {
  const before = row.state_before ?? row.state;
  // A freeze or a direct deduction held its amount only while it waited.
  const held = before === 'found' || before === 'deducted' ? 0 : row.controlled_amount;
  const change: Partial<Row> = { state: before, controlled_amount: held, last_failure: reason };
  return row.pending_kind === 'deduct'
    ? { row, change, transfer: { status: 'failed', failure: reason } }
    : { row, change };
}

/** What a completed answer does to the asset that waits for it. */
function answerOutcome(row: Row, answered: AnsweredRequest, today: string): Outcome {
  const result = answered.result;
  if (result.status !== 'completed') return failure(row, result.reason ?? 'refused by the institution');
  const control = result.control;
  const clear: Partial<Row> = { last_failure: null };
  if (answered.kind === 'freeze' && control) {
    const state = controlledState(row.divisible, control);
    const amount = row.divisible ? (control.amount ?? row.controlled_amount) : 0;
    return {
      row,
      change: {
        ...clear,
        state,
        controlled_amount: amount,
        control_id: control.controlId,
        controlled_on: today,
        control_until: control.until,
        position: control.position,
      },
      event: {
        type: ASSET_EVENTS.controlled,
        data: {
          state,
          position: control.position,
          amount,
          until: control.until,
          controlId: control.controlId,
        },
      },
      controlled: true,
    };
  }
  if (answered.kind === 'renew' && control) {
    return {
      row,
      change: {
        ...clear,
        state: row.state_before ?? row.state,
        control_until: control.until,
        position: control.position,
      },
      event: { type: ASSET_EVENTS.renewed, data: { until: control.until, position: control.position } },
    };
  }
  if (answered.kind === 'unfreeze') {
    return {
      row,
      change: { ...clear, state: 'released', controlled_amount: 0, control_until: null },
      event: { type: ASSET_EVENTS.released, data: { until: null } },
    };
  }
  const transfer = result.transfer;
  if (answered.kind === 'deduct' && transfer) {
    const fromFrozen = row.state_before === 'frozen';
    const left = fromFrozen ? Math.max(0, row.controlled_amount - transfer.amount) : 0;
    return {
      row,
      change: {
        ...clear,
        state: left > 0 ? 'frozen' : 'deducted',
        controlled_amount: left,
        balance: balanceAfterDeduction(row.balance, transfer.amount),
        deducted_amount: row.deducted_amount + transfer.amount,
        ...(left > 0 ? {} : { control_until: null }),
      },
      event: {
        type: ASSET_EVENTS.deducted,
        data: {
          amount: transfer.amount,
          transferRef: transfer.transferId,
          ...(left > 0 ? {} : { until: null }),
        },
      },
      transfer: { status: 'confirmed', ref: transfer.transferId, amount: transfer.amount },
    };
  }
  return failure(row, `the institution answered a ${answered.kind} without its result`);
}
