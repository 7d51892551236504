/**
 * The messages of the assist protocol (协助执行接口), version 1, as zod schemas: both ends parse what
 * they receive with these, so a malformed message is refused with the field it gets wrong.
 * `docs/protocol/assist.md` is the prose description of the same contract.
 */
import { z } from 'zod';
import { CATEGORY_CODES, REQUEST_KINDS } from './categories';

/** Money on the wire is integer fen (分), never a decimal. */
export const fen = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const instant = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1).max(max);

/** Whose property: a person by resident identity number, an entity by unified social credit code. */
export const subjectSchema = z
  .object({
    kind: z.enum(['person', 'entity']),
    name: text(200),
    /** 身份证号 or 统一社会信用代码: 18 characters either way. */
    identifier: z.string().regex(/^[0-9A-Z]{17}[0-9A-Z]$/, 'must be 18 characters, digits and capitals'),
  })
  .strict();
export type Subject = z.infer<typeof subjectSchema>;

/** Why the court may ask: every request names its case, court, document and officer (Opinion-2021 13). */
export const basisSchema = z
  .object({
    caseNumber: text(60),
    courtCode: text(20),
    courtName: text(100),
    /** The court's document that orders this request (协助查询/冻结/扣划通知书), by its id in the dossier. */
    documentId: z.uuid(),
    documentTitle: text(100),
    officerName: text(60),
  })
  .strict();
export type Basis = z.infer<typeof basisSchema>;

export const payeeSchema = z
  .object({ bankName: text(100), accountName: text(200), accountNo: text(40) })
  .strict();
export type Payee = z.infer<typeof payeeSchema>;

/**
 * One request. `query` asks for everything the institution holds for the subject; the control kinds
 * name the asset by the institution's own reference (`assetRef`, as a query reported it):
 * `freeze` (冻结/查封: `amount` for divisible property, `until` the end of the control period),
 * `deduct` (扣划 `amount` to `payee`, the case's own account), `unfreeze` (解除, `controlId`),
 * `renew` (续冻/续封 `controlId` until `until`; the position is kept).
 */
export const assistRequestSchema = z
  .object({
    requestId: z.uuid(),
    kind: z.enum(REQUEST_KINDS),
    subject: subjectSchema,
    basis: basisSchema,
    assetRef: text(100).optional(),
    controlId: text(100).optional(),
    amount: fen.positive().optional(),
    until: localDate.optional(),
    payee: payeeSchema.optional(),
  })
  .strict()
  .superRefine((request, context) => {
    const need = (field: keyof typeof request, when: boolean) => {
      if (when && request[field] === undefined)
        context.addIssue({ code: 'custom', path: [field], message: `is required for ${request.kind}` });
    };
    need('assetRef', request.kind !== 'query');
    need('until', request.kind === 'freeze' || request.kind === 'renew');
    need('controlId', request.kind === 'unfreeze' || request.kind === 'renew');
    need('amount', request.kind === 'deduct');
    need('payee', request.kind === 'deduct');
  });
export type AssistRequest = z.infer<typeof assistRequestSchema>;

export const MAX_BATCH = 1000;

/** `POST /assist/v1/batches`: the hub sends up to MAX_BATCH requests for one institution at once. */
export const submitBatchSchema = z
  .object({
    batchId: z.uuid(),
    /** Where the institution posts results (signed with the same key). */
    callbackUrl: z.url(),
    requests: z.array(assistRequestSchema).min(1).max(MAX_BATCH),
  })
  .strict();
export type SubmitBatch = z.infer<typeof submitBatchSchema>;

/** Another court's (or this court's earlier) control already on the asset. */
export const existingControlSchema = z
  .object({
    court: text(100),
    position: z.number().int().positive(),
    until: localDate,
    amount: fen.optional(),
  })
  .strict();

/** What a query found: one account, vehicle, property, holding … */
export const holdingSchema = z
  .object({
    assetRef: text(100),
    category: z.enum(CATEGORY_CODES),
    /** What it is, in the institution's words: 活期存款, 小型汽车 京A12345, 房屋 朝阳区…. */
    description: text(300),
    /** Divisible property (deposits, funds, securities): the balance in fen. */
    balance: fen.optional(),
    /** Of the balance, already frozen by earlier controls. */
    frozen: fen.optional(),
    /** Indivisible property (vehicles, real estate, equity, ships): the institution's estimate, if any. */
    value: fen.optional(),
    controls: z.array(existingControlSchema).max(50).default([]),
  })
  .strict();
export type Holding = z.infer<typeof holdingSchema>;

/** The control a freeze, renewal or unfreeze produced: position 1 is 首封, above 1 is 轮候. */
export const controlSchema = z
  .object({
    controlId: text(100),
    assetRef: text(100),
    state: z.enum(['effective', 'waiting', 'released']),
    position: z.number().int().positive(),
    /** Amount actually frozen (a balance smaller than asked freezes what there is). */
    amount: fen.optional(),
    until: localDate,
  })
  .strict();
export type Control = z.infer<typeof controlSchema>;

/** A deduction's transfer to the payee (the case's own account). */
export const transferSchema = z
  .object({ transferId: text(100), assetRef: text(100), amount: fen.positive(), payeeAccountNo: text(40) })
  .strict();
export type Transfer = z.infer<typeof transferSchema>;

/**
 * The one final answer to a request. `completed` carries what was done; `rejected` says why the
 * institution will not or cannot (no such asset, nothing left to freeze, not supported online) and is
 * final: the hub does not retry it. Technical failures are HTTP errors, which the hub retries.
 */
export const assistResultSchema = z
  .object({
    requestId: z.uuid(),
    status: z.enum(['completed', 'rejected']),
    completedAt: instant,
    reason: text(300).optional(),
    holdings: z.array(holdingSchema).max(500).optional(),
    control: controlSchema.optional(),
    transfer: transferSchema.optional(),
  })
  .strict();
export type AssistResult = z.infer<typeof assistResultSchema>;

export const receiptSchema = z
  .object({ requestId: z.uuid(), status: z.enum(['accepted', 'duplicate']) })
  .strict();

/**
 * The answer to a batch: a receipt per request (a request id seen before is a `duplicate`: it is not
 * carried out again) and the results already final — a duplicate's stored result, or work the
 * institution did at once. Everything else follows by callback.
 */
export const batchReceiptSchema = z
  .object({
    batchId: z.uuid(),
    receipts: z.array(receiptSchema),
    results: z.array(assistResultSchema),
  })
  .strict();
export type BatchReceipt = z.infer<typeof batchReceiptSchema>;

/** `POST {callbackUrl}`: results the institution pushes, any number, in any order, possibly twice. */
export const callbackSchema = z
  .object({ institutionCode: text(60), results: z.array(assistResultSchema).min(1).max(MAX_BATCH) })
  .strict();
export type Callback = z.infer<typeof callbackSchema>;

/** `POST /assist/v1/results/lookup`: polling, the fallback when callbacks do not arrive. */
export const lookupSchema = z.object({ requestIds: z.array(z.uuid()).min(1).max(MAX_BATCH) }).strict();
export type Lookup = z.infer<typeof lookupSchema>;

export const lookupAnswerSchema = z
  .object({
    results: z.array(assistResultSchema),
    /** Received, not yet final. */
    pending: z.array(z.uuid()),
    /** Never received: the hub sends them again. */
    unknown: z.array(z.uuid()),
  })
  .strict();
export type LookupAnswer = z.infer<typeof lookupAnswerSchema>;

/** Paths on an institution's gateway, relative to its endpoint. */
export const GATEWAY_PATHS = {
  batches: '/assist/v1/batches',
  lookup: '/assist/v1/results/lookup',
} as const;
