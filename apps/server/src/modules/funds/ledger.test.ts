import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Tx } from '../../platform/db';
import { freshDatabase } from '../../test/database';
import { book, InsufficientFunds, LedgerConflict, resolveHold, verifyLedger } from './ledger';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database.close();
});

const ON = '2026-03-02';
const AT = new Date('2026-03-02T02:00:00Z');

async function openAccount(tx: Tx, courtId: string, kind: string, noOverdraft: boolean): Promise<string> {
  const { rows } = await tx.sql.executeSql(
    `insert into fund_accounts (court_id, case_id, kind, account_no, no_overdraft, created_at)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [courtId, noOverdraft ? randomUUID() : null, kind, noOverdraft ? randomUUID() : null, noOverdraft, AT],
  );
  return String(rows[0]?.id);
}

async function totals(tx: Tx, id: string) {
  const { rows } = await tx.sql.executeSql(
    `select debits_posted::int8 as dp, credits_posted::int8 as cp, debits_pending::int8 as dpend,
            credits_pending::int8 as cpend from fund_accounts where id = $1`,
    [id],
  );
  const row = rows[0] as Record<string, unknown>;
  return { dp: Number(row.dp), cp: Number(row.cp), dpend: Number(row.dpend), cpend: Number(row.cpend) };
}

/** A random history: deposits into cases, holds on them, posts and voids of holds, moves between cases. */
type Command =
  | { kind: 'deposit'; to: number; amount: number; key: number }
  | { kind: 'hold'; from: number; amount: number; key: number }
  | { kind: 'end'; hold: number; post: boolean }
  | { kind: 'move'; from: number; to: number; amount: number; key: number };

const amount = fc.integer({ min: 1, max: 1_000_000 });
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('deposit' as const), to: fc.nat(2), amount, key: fc.nat(30) }),
  fc.record({ kind: fc.constant('hold' as const), from: fc.nat(2), amount, key: fc.nat(30) }),
  fc.record({ kind: fc.constant('end' as const), hold: fc.nat(20), post: fc.boolean() }),
  fc.record({ kind: fc.constant('move' as const), from: fc.nat(2), to: fc.nat(2), amount, key: fc.nat(30) }),
);

describe('the ledger keeps its invariants under any history (fast-check)', () => {
  it('nets to zero, never overdraws a case, books each key once and ends each hold once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb, { minLength: 1, maxLength: 25 }), async (commands) => {
        const run = randomUUID();
        const courtId = randomUUID();
        await database.transaction(async (tx) => {
          const bank = await openAccount(tx, courtId, 'bank', false);
          const cases = [
            await openAccount(tx, courtId, 'case', true),
            await openAccount(tx, courtId, 'case', true),
            await openAccount(tx, courtId, 'case', true),
          ];
          // The model: each case's posted balance and held amount; each key's movement; open holds.
          const balance = [0, 0, 0];
          const held = [0, 0, 0];
          const keys = new Map<string, string>();
          const holds: { id: string; from: number; amount: number; ended: boolean }[] = [];
          const attempt = async (key: string, signature: string, work: () => Promise<unknown>) => {
            const known = keys.get(key);
            try {
              await work();
              expect(known === undefined || known === signature).toBe(true);
              if (known === undefined) keys.set(key, signature);
              return known === undefined;
            } catch (error) {
              if (!(error instanceof InsufficientFunds || error instanceof LedgerConflict)) throw error;
              if (error instanceof LedgerConflict)
                expect(known !== undefined && known !== signature).toBe(true);
              return false;
            }
          };
          for (const command of commands) {
            const common = { courtId, caseId: null, on: ON, at: AT, actorName: 'test' };
            if (command.kind === 'deposit') {
              const key = `${run}:${command.key}`;
              const fresh = await attempt(key, `d${command.to}:${command.amount}`, () =>
                book(tx, {
                  ...common,
                  key,
                  debitAccountId: bank,
                  creditAccountId: cases[command.to] as string,
                  amount: command.amount,
                  kind: 'deposit',
                }),
              );
              if (fresh) balance[command.to] = (balance[command.to] as number) + command.amount;
            } else if (command.kind === 'move' && command.from !== command.to) {
              const key = `${run}:${command.key}`;
              const canPay =
                (balance[command.from] as number) - (held[command.from] as number) >= command.amount;
              const fresh = await attempt(key, `m${command.from}:${command.to}:${command.amount}`, () =>
                book(tx, {
                  ...common,
                  key,
                  debitAccountId: cases[command.from] as string,
                  creditAccountId: cases[command.to] as string,
                  amount: command.amount,
                  kind: 'match',
                }),
              );
              if (fresh) {
                expect(canPay).toBe(true);
                balance[command.from] = (balance[command.from] as number) - command.amount;
                balance[command.to] = (balance[command.to] as number) + command.amount;
              }
            } else if (command.kind === 'hold') {
              const key = `${run}:${command.key}`;
              const fresh = await attempt(key, `h${command.from}:${command.amount}`, async () => {
                const booked = await book(
                  tx,
                  {
                    ...common,
                    key,
                    debitAccountId: cases[command.from] as string,
                    creditAccountId: bank,
                    amount: command.amount,
                    kind: 'payout',
                  },
                  'pending',
                );
                if (!booked.replayed)
                  holds.push({ id: booked.id, from: command.from, amount: command.amount, ended: false });
              });
              if (fresh) held[command.from] = (held[command.from] as number) + command.amount;
            } else if (command.kind === 'end' && holds.length > 0) {
              const hold = holds[command.hold % holds.length] as (typeof holds)[number];
              const phase = command.post ? 'post' : 'void';
              try {
                const booked = await resolveHold(
                  tx,
                  hold.id,
                  phase,
                  `${run}:end:${hold.id}:${phase}`,
                  ON,
                  AT,
                  'test',
                );
                expect(hold.ended).toBe(booked.replayed);
                if (booked.replayed) continue;
                hold.ended = true;
                held[hold.from] = (held[hold.from] as number) - hold.amount;
                if (command.post) balance[hold.from] = (balance[hold.from] as number) - hold.amount;
              } catch (error) {
                if (!(error instanceof LedgerConflict)) throw error;
                expect(hold.ended).toBe(true);
              }
            }
          }
          for (const [index, id] of cases.entries()) {
            const t = await totals(tx, id);
            expect(t.cp - t.dp).toBe(balance[index]);
            expect(t.dpend).toBe(held[index]);
            expect(t.cp - t.dp - t.dpend).toBeGreaterThanOrEqual(0);
          }
          expect(await verifyLedger(tx)).toMatchObject({ ok: true });
        });
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('verify names the first inconsistency: totals edited outside a transfer', async () => {
    await database.transaction(async (tx) => {
      const bank = await openAccount(tx, randomUUID(), 'bank', false);
      await tx.sql.executeSql('update fund_accounts set credits_posted = credits_posted + 1 where id = $1', [
        bank,
      ]);
      expect(await verifyLedger(tx)).toMatchObject({ ok: false, problem: { check: 'totals' } });
      await tx.sql.executeSql('update fund_accounts set credits_posted = credits_posted - 1 where id = $1', [
        bank,
      ]);
    });
  });

  it('refuses a zero, negative or fractional amount before touching anything', async () => {
    await database.transaction(async (tx) => {
      const courtId = randomUUID();
      const bank = await openAccount(tx, courtId, 'bank', false);
      const target = await openAccount(tx, courtId, 'case', true);
      for (const bad of [0, -1, 1.5]) {
        await expect(
          book(tx, {
            key: randomUUID(),
            courtId,
            caseId: null,
            debitAccountId: bank,
            creditAccountId: target,
            amount: bad,
            kind: 'deposit',
            on: ON,
            at: AT,
            actorName: 'test',
          }),
        ).rejects.toThrow(RangeError);
      }
      expect(await totals(tx, target)).toEqual({ dp: 0, cp: 0, dpend: 0, cpend: 0 });
    });
  });
});
