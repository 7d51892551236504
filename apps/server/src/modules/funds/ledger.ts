/**
 * The double-entry ledger over PostgreSQL: every movement is one transfer row under a unique key, and
 * its two accounts' running totals change in the same transaction (accounts locked in id order, so
 * two transfers never wait crosswise). A case account's debits may never exceed its posted credits:
 * the conditional update refuses it, and the table's check would refuse it too.
 */
import type { Tx } from '../../platform/db';
import type { TransferKind, TransferPhase } from './rules';

export interface TransferInput {
  key: string;
  courtId: string;
  caseId: string | null;
  debitAccountId: string;
  creditAccountId: string;
  amount: number;
  kind: TransferKind;
  on: string;
  at: Date;
  actorName: string;
  data?: Record<string, unknown>;
}

export interface Booked {
  id: string;
  /** The key was booked before: nothing changed now. */
  replayed: boolean;
}

/** The debit account would pay out more than it holds (funds.balance). */
export class InsufficientFunds extends Error {
  constructor(
    readonly accountId: string,
    readonly available: number,
  ) {
    super(`account ${accountId} holds only ${available} fen available`);
  }
}

/** A key reused for another movement, or a hold already ended another way. */
export class LedgerConflict extends Error {}

const INSERT = `insert into fund_transfers
  (key, court_id, case_id, debit_account_id, credit_account_id, amount, kind, phase, pending_id, "on", at, actor_name, data)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
  on conflict do nothing returning id`;

const COLUMNS: Record<TransferPhase, { debit: string; credit: string }> = {
  single: {
    debit: 'debits_posted = debits_posted + $2',
    credit: 'credits_posted = credits_posted + $2',
  },
  pending: {
    debit: 'debits_pending = debits_pending + $2',
    credit: 'credits_pending = credits_pending + $2',
  },
  post: {
    debit: 'debits_pending = debits_pending - $2, debits_posted = debits_posted + $2',
    credit: 'credits_pending = credits_pending - $2, credits_posted = credits_posted + $2',
  },
  void: {
    debit: 'debits_pending = debits_pending - $2',
    credit: 'credits_pending = credits_pending - $2',
  },
};

/**
 * One statement for the usual transfer: both accounts locked in id order, the debit checked, the
 * transfer inserted under its key and both totals updated — or nothing, when the accounts refuse it or
 * the key was booked before (then the slower path below says which).
 */
const BOOK_AT_ONCE = (phase: 'single' | 'pending') => `with locked as (
    select id, closed, no_overdraft, credits_posted - debits_posted - debits_pending as available
      from fund_accounts where id = any(array[$4::uuid, $5::uuid]) order by id for update),
  allowed as (
    select 1 from locked d where d.id = $4::uuid and not d.closed and (not d.no_overdraft or d.available >= $6)
       and exists (select 1 from locked c where c.id = $5::uuid and not c.closed)),
  inserted as (
    insert into fund_transfers
      (key, court_id, case_id, debit_account_id, credit_account_id, amount, kind, phase, "on", at, actor_name, data)
    select $1, $2, $3, $4, $5, $6, $7, '${phase}', $8, $9, $10, $11 where exists (select 1 from allowed)
    on conflict do nothing returning id),
  debit as (update fund_accounts set ${COLUMNS[phase].debit.replaceAll('$2', '$6')}
    where id = $4::uuid and exists (select 1 from inserted)),
  credit as (update fund_accounts set ${COLUMNS[phase].credit.replaceAll('$2', '$6')}
    where id = $5::uuid and exists (select 1 from inserted))
  select id from inserted`;
const BOOK_SINGLE = BOOK_AT_ONCE('single');
const BOOK_PENDING = BOOK_AT_ONCE('pending');

/** A single (posted at once) or pending (a hold) transfer, booked once under its key. */
export async function book(
  tx: Tx,
  input: TransferInput,
  phase: 'single' | 'pending' = 'single',
): Promise<Booked> {
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) {
    throw new RangeError(`a transfer moves a positive whole number of fen, not ${input.amount}`);
  }
  const { rows } = await tx.sql.executeSql(
    phase === 'single' ? BOOK_SINGLE : BOOK_PENDING,
    [
      input.key,
      input.courtId,
      input.caseId,
      input.debitAccountId,
      input.creditAccountId,
      input.amount,
      input.kind,
      input.on,
      input.at,
      input.actorName,
      input.data ?? {},
    ],
    { prepare: true },
  );
  if (rows[0]) return { id: String(rows[0].id), replayed: false };
  // Refused or booked before: the step-by-step path finds out which (and throws or replays).
  return insertAndApply(tx, input, phase, null);
}

/** Ends a hold: `post` moves its amount to posted, `void` releases it. Once per hold. */
export async function resolveHold(
  tx: Tx,
  pendingId: string,
  phase: 'post' | 'void',
  key: string,
  on: string,
  at: Date,
  actorName: string,
): Promise<Booked> {
  const { rows } = await tx.sql.executeSql(
    `select court_id, case_id, debit_account_id, credit_account_id, amount, kind, phase
       from fund_transfers where id = $1`,
    [pendingId],
  );
  const hold = rows[0];
  if (hold?.phase !== 'pending') throw new LedgerConflict(`transfer ${pendingId} is not a hold`);
  const input: TransferInput = {
    key,
    courtId: String(hold.court_id),
    caseId: hold.case_id === null ? null : String(hold.case_id),
    debitAccountId: String(hold.debit_account_id),
    creditAccountId: String(hold.credit_account_id),
    amount: Number(hold.amount),
    kind: hold.kind as TransferKind,
    on,
    at,
    actorName,
  };
  return insertAndApply(tx, input, phase, pendingId);
}

async function insertAndApply(
  tx: Tx,
  input: TransferInput,
  phase: TransferPhase,
  pendingId: string | null,
): Promise<Booked> {
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) {
    throw new RangeError(`a transfer moves a positive whole number of fen, not ${input.amount}`);
  }
  // Accounts first, in id order: a transfer and its key are decided under the accounts' locks. A
  // movement the accounts refuse is looked up as a replay first (a retried hold that took the balance).
  const locked = await lockAccounts(tx, [input.debitAccountId, input.creditAccountId]);
  const refusal = refusalOf(locked, input, phase);
  if (refusal) {
    const replay = await replayOf(tx, input, phase, pendingId);
    if (replay) return replay;
    throw refusal;
  }
  const { rows } = await tx.sql.executeSql(
    INSERT,
    [
      input.key,
      input.courtId,
      input.caseId,
      input.debitAccountId,
      input.creditAccountId,
      input.amount,
      input.kind,
      phase,
      pendingId,
      input.on,
      input.at,
      input.actorName,
      input.data ?? {},
    ],
    { prepare: true },
  );
  if (rows.length === 0) {
    const replay = await replayOf(tx, input, phase, pendingId);
    if (replay) return replay;
    throw new LedgerConflict(`transfer ${input.key} collided with a movement no longer there`);
  }
  const columns = COLUMNS[phase];
  await tx.sql.executeSql(`update fund_accounts set ${columns.debit} where id = $1`, [
    input.debitAccountId,
    input.amount,
  ]);
  await tx.sql.executeSql(`update fund_accounts set ${columns.credit} where id = $1`, [
    input.creditAccountId,
    input.amount,
  ]);
  return { id: String(rows[0]?.id), replayed: false };
}

/**
 * Many single transfers of money in (a statement's lines) in three statements: the accounts locked in
 * id order, the transfers inserted (a key booked before is skipped), the totals updated. Only for
 * movements whose debit side may not refuse them (the court's books, not a case account). An input may
 * bring its id, chosen ahead (a statement line stores it as it is stored). Answers the new transfers'
 * ids by key.
 */
export async function bookMany(
  tx: Tx,
  inputs: readonly (TransferInput & { id?: string })[],
): Promise<Map<string, string>> {
  if (inputs.length === 0) return new Map();
  const locked = await lockAccounts(tx, [
    ...new Set(inputs.flatMap((i) => [i.debitAccountId, i.creditAccountId])),
  ]);
  for (const input of inputs) {
    if (!Number.isSafeInteger(input.amount) || input.amount <= 0)
      throw new RangeError(`not an amount: ${input.amount}`);
    const refusal = refusalOf(locked, input, 'single');
    if (refusal) throw refusal;
    if (locked.get(input.debitAccountId)?.noOverdraft) throw new RangeError('bookMany takes money in only');
  }
  const { rows } = await tx.sql.executeSql(
    `insert into fund_transfers (id, key, court_id, case_id, debit_account_id, credit_account_id, amount, kind, phase,
       "on", at, actor_name, data)
     select coalesce(t.id, gen_random_uuid()), t.key, t.court_id, t.case_id, t.debit, t.credit, t.amount, t.kind, 'single',
            t.on, t.at, t.actor_name, t.data
       from jsonb_to_recordset($1::jsonb) as t(id uuid, key text, court_id uuid, case_id uuid, debit uuid, credit uuid,
              amount bigint, kind text, "on" date, at timestamptz, actor_name text, data jsonb)
     on conflict do nothing returning id, key`,
    [
      JSON.stringify(
        inputs.map((i) => ({
          id: i.id ?? null,
          key: i.key,
          court_id: i.courtId,
          case_id: i.caseId,
          debit: i.debitAccountId,
          credit: i.creditAccountId,
          amount: i.amount,
          kind: i.kind,
          on: i.on,
          at: i.at.toISOString(),
          actor_name: i.actorName,
          data: i.data ?? {},
        })),
      ),
    ],
  );
  const booked = new Map(rows.map((row) => [String(row.key), String(row.id)]));
  const totals = new Map<string, { debits: number; credits: number }>();
  const add = (id: string, side: 'debits' | 'credits', amount: number) => {
    const total = totals.get(id) ?? { debits: 0, credits: 0 };
    total[side] += amount;
    totals.set(id, total);
  };
  for (const input of inputs) {
    if (!booked.has(input.key)) continue;
    add(input.debitAccountId, 'debits', input.amount);
    add(input.creditAccountId, 'credits', input.amount);
  }
  await tx.sql.executeSql(
    `update fund_accounts a set debits_posted = a.debits_posted + d.debits, credits_posted = a.credits_posted + d.credits
       from jsonb_to_recordset($1::jsonb) as d(id uuid, debits bigint, credits bigint) where a.id = d.id`,
    [JSON.stringify([...totals].map(([id, total]) => ({ id, ...total })))],
  );
  return booked;
}

/** Why the accounts cannot take the movement: closed, or a case account paying beyond what it holds. */
function refusalOf(
  locked: Map<string, LockedAccount>,
  input: TransferInput,
  phase: TransferPhase,
): Error | null {
  const debit = locked.get(input.debitAccountId) as LockedAccount;
  if (debit.closed || (locked.get(input.creditAccountId) as LockedAccount).closed) {
    return new LedgerConflict('a closed account takes no movement');
  }
  if (debit.noOverdraft && (phase === 'single' || phase === 'pending')) {
    const available = debit.creditsPosted - debit.debitsPosted - debit.debitsPending;
    if (input.amount > available) return new InsufficientFunds(input.debitAccountId, available);
  }
  return null;
}

interface LockedAccount {
  closed: boolean;
  noOverdraft: boolean;
  creditsPosted: number;
  debitsPosted: number;
  debitsPending: number;
}

async function lockAccounts(tx: Tx, ids: readonly string[]): Promise<Map<string, LockedAccount>> {
  const { rows } = await tx.sql.executeSql(
    `select id, closed, no_overdraft, credits_posted, debits_posted, debits_pending
       from fund_accounts where id = any($1::uuid[]) order by id for update`,
    [[...ids]],
    { prepare: true },
  );
  const accounts = new Map<string, LockedAccount>();
  for (const row of rows) {
    accounts.set(String(row.id), {
      closed: Boolean(row.closed),
      noOverdraft: Boolean(row.no_overdraft),
      creditsPosted: Number(row.credits_posted),
      debitsPosted: Number(row.debits_posted),
      debitsPending: Number(row.debits_pending),
    });
  }
  for (const id of ids) if (!accounts.has(id)) throw new LedgerConflict(`no account ${id}`);
  return accounts;
}

/**
 * The key (or the hold's end) booked before: the same movement is a replay, another a conflict; null
 * when neither was booked.
 */
async function replayOf(
  tx: Tx,
  input: TransferInput,
  phase: TransferPhase,
  pendingId: string | null,
): Promise<Booked | null> {
  const { rows } = await tx.sql.executeSql(
    `select id, key, debit_account_id, credit_account_id, amount, phase, pending_id from fund_transfers
      where key = $1 or ($2::uuid is not null and pending_id = $2::uuid)`,
    [input.key, pendingId],
  );
  const same = rows.find(
    (row) =>
      row.key === input.key &&
      row.debit_account_id === input.debitAccountId &&
      row.credit_account_id === input.creditAccountId &&
      Number(row.amount) === input.amount &&
      row.phase === phase,
  );
  if (same) return { id: String(same.id), replayed: true };
  if (rows.length === 0) return null;
  throw new LedgerConflict(
    pendingId ? `hold ${pendingId} was already ended` : `key ${input.key} was used for another movement`,
  );
}

export interface LedgerProblem {
  check: string;
  detail: string;
}

/**
 * The ledger's invariants, checked from the rows: every account's totals are the sum of its
 * transfers; all accounts together net to zero; no case account holds less than zero or has paid
 * more than it held; every hold is ended at most once, by a transfer of its own amount and accounts.
 */
export async function verifyLedger(
  tx: Tx,
): Promise<{ ok: boolean; accounts: number; transfers: number; problem?: LedgerProblem }> {
  const counts = await tx.sql.executeSql(
    `select (select count(*) from fund_accounts) as accounts, (select count(*) from fund_transfers) as transfers`,
  );
  const accounts = Number(counts.rows[0]?.accounts);
  const transfers = Number(counts.rows[0]?.transfers);
  for (const [check, text] of Object.entries(CHECKS)) {
    const { rows } = await tx.sql.executeSql(text);
    if (rows.length > 0)
      return { ok: false, accounts, transfers, problem: { check, detail: JSON.stringify(rows[0]) } };
  }
  return { ok: true, accounts, transfers };
}

/** Each query returns the first offending row, or none. */
const CHECKS: Record<string, string> = {
  totals: `with moves as (
      select debit_account_id as account, phase, amount, 'debit' as side from fund_transfers
      union all select credit_account_id, phase, amount, 'credit' from fund_transfers),
    sums as (select account,
      coalesce(sum(amount) filter (where side = 'debit' and phase in ('single', 'post')), 0) as dp,
      coalesce(sum(amount) filter (where side = 'credit' and phase in ('single', 'post')), 0) as cp,
      coalesce(sum(case when phase = 'pending' then amount when phase in ('post', 'void') then -amount end)
        filter (where side = 'debit'), 0) as dpend,
      coalesce(sum(case when phase = 'pending' then amount when phase in ('post', 'void') then -amount end)
        filter (where side = 'credit'), 0) as cpend
      from moves group by account)
    select a.id, a.debits_posted, a.credits_posted, a.debits_pending, a.credits_pending, s.dp, s.cp, s.dpend, s.cpend
      from fund_accounts a left join sums s on s.account = a.id
     where a.debits_posted <> coalesce(s.dp, 0) or a.credits_posted <> coalesce(s.cp, 0)
        or a.debits_pending <> coalesce(s.dpend, 0) or a.credits_pending <> coalesce(s.cpend, 0)
     limit 1`,
  nets_to_zero: `select sum(debits_posted) as debits, sum(credits_posted) as credits,
      sum(debits_pending) as debits_pending, sum(credits_pending) as credits_pending from fund_accounts
     having sum(debits_posted) <> sum(credits_posted) or sum(debits_pending) <> sum(credits_pending)`,
  no_overdraft: `select id, credits_posted, debits_posted, debits_pending from fund_accounts
     where no_overdraft and debits_posted + debits_pending > credits_posted limit 1`,
  holds: `select e.id, e.pending_id from fund_transfers e left join fund_transfers h on h.id = e.pending_id
     where e.pending_id is not null and (h.id is null or h.phase <> 'pending' or h.amount <> e.amount
       or h.debit_account_id <> e.debit_account_id or h.credit_account_id <> e.credit_account_id) limit 1`,
};
