/**
 * The bank's side of the court's escrow account (执行款专户, 一案一账号): statement lines the bank pushes
 * to the platform, and the payout instructions the platform sends the bank. Signed like the rest of
 * the protocol (signing.ts) under the bank's institution key. Amounts in fen.
 */
import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

/** The escrow bank of the courts' enforcement accounts (中国工商银行 in the catalog). */
export const ESCROW_BANK_CODE = 'bank.icbc';

export const BANK_PATHS = {
  /** On the bank's gateway: carry out one payout instruction (idempotent by instruction id). */
  payouts: '/bank/v1/payouts',
  /** On the bank's gateway: the statement lines after a sequence number (reconciliation). */
  statement: '/bank/v1/statement',
} as const;

/** Where the platform takes statement lines (pushed by the bank, signed). */
export const STATEMENT_PATH = '/api/bank/v1/statements';

/** One line of the escrow account's statement: money in to a sub-account, or a payout out of it. */
export const statementLineSchema = z
  .object({
    /** The bank's unique id of the line; a line sent twice is the same line. */
    lineId: text(100),
    /** The bank's running number of lines on the court's escrow account, from 1. */
    seq: z.number().int().positive(),
    /** The sub-account the money was paid to (as the payer typed it), or paid out of. */
    accountNo: text(40),
    /** Positive: credited to the account; negative: paid out of it. Never zero. */
    amount: z
      .number()
      .int()
      .refine((n) => n !== 0 && Number.isSafeInteger(n), 'must be a non-zero whole number of fen'),
    kind: z.enum(['deposit', 'deduction', 'payout']),
    payerName: text(200),
    payerAccountNo: text(60).optional(),
    /** The payer's reference, or for a payout the platform's instruction id. */
    reference: text(200).optional(),
    transferId: text(100),
    /** A deduction's assist request id. */
    requestId: text(100).optional(),
    at: z.iso.datetime({ offset: true }),
  })
  .strict();
export type StatementLine = z.infer<typeof statementLineSchema>;

export const statementPushSchema = z
  .object({ institutionCode: text(40), lines: z.array(statementLineSchema).min(1).max(10_000) })
  .strict();
export type StatementPush = z.infer<typeof statementPushSchema>;

export const payoutInstructionSchema = z
  .object({
    instructionId: text(100),
    fromAccount: text(40),
    toAccount: text(60),
    toName: text(200),
    amount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  })
  .strict();
export type PayoutInstruction = z.infer<typeof payoutInstructionSchema>;

export const payoutAnswerSchema = z.union([
  z.object({ status: z.literal('completed'), transferId: text(100) }).strict(),
  z.object({ status: z.literal('rejected'), reason: text(300) }).strict(),
]);
export type PayoutAnswer = z.infer<typeof payoutAnswerSchema>;

/** A statement query: the lines after `since` (a sequence number), up to `limit`. */
export const statementQuerySchema = z
  .object({
    since: z.number().int().nonnegative(),
    limit: z.number().int().positive().max(10_000).default(10_000),
  })
  .strict();
export type StatementQuery = z.infer<typeof statementQuerySchema>;

export const statementAnswerSchema = z
  .object({ lines: z.array(statementLineSchema).max(10_000), last: z.number().int().nonnegative() })
  .strict();
export type StatementAnswer = z.infer<typeof statementAnswerSchema>;
