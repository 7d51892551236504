/**
 * The response schemas of the funds routes (case accounts, payouts, held money, the application fee,
 * finance's lists, distributions): exactly what the services and presenters send (a field missing here
 * would be dropped by the serializer), so clients generated from the OpenAPI document are typed.
 */
import { z } from 'zod';
import { textOut } from '../../platform/out';
import { GROUPS } from './distribution';
import { DEBTOR_KINDS, DISTRIBUTION_STATES, OBJECTION_STATES } from './distribution-rules';
import { LODGING_STATES, PAYOUT_STATES, TRANSFER_KINDS, TRANSFER_PHASES } from './rules';

const fen = z.number().int();
export const idOut = z.object({ id: z.string() });
const money = {
  amount: fen,
  amountText: z.string().describe('¥21,422.65'),
  amountUpper: z.string().describe('贰万壹仟肆佰贰拾贰元陆角伍分, as notices print it'),
};

export const accountOut = z.object({
  caseNumber: z.string(),
  accountNo: z.string(),
  balance: fen,
  available: fen.describe('the balance less what pending payouts and held money hold'),
  held: fen,
  performed: fen,
  entries: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(TRANSFER_KINDS),
      phase: z
        .enum(TRANSFER_PHASES)
        .describe('`single`: posted at once; `pending`: a hold; `post` / `void`: the hold’s end'),
      pendingId: z.string().nullable().describe('the hold a `post` or `void` ends'),
      amount: fen.describe('the case’s side: positive in, negative out'),
      on: z.string(),
      at: z.string(),
      actorName: z.string(),
      data: z.record(z.string(), z.unknown()),
    }),
  ),
  abilities: z.array(z.string()),
});

export const cashReceiptOut = z.object({
  receiptNo: z.string(),
  transferId: z.string(),
  caseNumber: z.string(),
  payerName: z.string(),
  ...money,
  method: z.enum(['counter', 'cash']),
  collectedBy: z.array(z.string()),
  collectedOn: z.string(),
  handedOverOn: z.string(),
  receivedBy: z.string(),
});

export const payoutOut = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string().optional().describe('in finance’s queue'),
  ...money,
  payee: z.object({ accountNo: z.string(), accountName: z.string() }),
  state: z.enum(PAYOUT_STATES),
  reason: z.string().nullable(),
  proposedBy: z.string(),
  proposedOn: z.string(),
  approvedBy: z.string().nullable(),
  approvedOn: z.string().nullable(),
  executedBy: z.string().nullable(),
  executedOn: z.string().nullable(),
  paidOn: z.string().nullable(),
  bankTransferId: z.string().nullable(),
  failure: z.string().nullable(),
});

export const payoutsOut = z.object({ items: z.array(payoutOut) });

export const lodgingOut = z.object({
  id: z.string(),
  caseId: z.string(),
  courtId: z.string(),
  ...money,
  reason: z.string(),
  state: z.enum(LODGING_STATES),
  proposedBy: z.string(),
  proposedOn: z.string(),
  decidedBy: z.string().nullable(),
  decidedOn: z.string().nullable(),
  endedBy: z.string().nullable(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
});

export const lodgingsOut = z.object({ items: z.array(lodgingOut) });

export const applicationFeeOut = z.object({
  claim: fen,
  ...money,
  clause: textOut,
  booked: z.boolean(),
  transferId: z.string().nullable(),
  bookedOn: z.string().nullable(),
});

const allocation = {
  id: z.string(),
  creditor: z.string(),
  group: z.enum(GROUPS),
  rank: z.number().int(),
  claimed: fen,
  allocated: fen,
  unpaid: fen.describe('what the debtor still owes on the claim'),
};

export const computedPlanOut = z.object({
  ruleId: z.string(),
  clause: textOut,
  remainderRule: textOut,
  amount: fen,
  amountUpper: z.string(),
  surplus: fen.describe('left once every claim is paid in full: returned to the debtor'),
  allocations: z.array(z.object({ ...allocation, allocatedUpper: z.string() })),
});

export const unidentifiedOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      amount: fen,
      payerName: z.string(),
      payerAccountNo: z.string().nullable(),
      accountNo: z.string(),
      reference: z.string().nullable(),
      receivedOn: z.string(),
      workingDaysWaiting: z.number().int(),
      warning: z.string().nullable().describe('`funds.unidentified` once it waited too many working days'),
    }),
  ),
});

export const matchOut = z.object({ lineId: z.string(), caseId: z.string(), transferId: z.string() });

export const reconciliationOut = z.object({
  id: z.string(),
  on: z.string(),
  fromSeq: z.number().int(),
  toSeq: z.number().int(),
  bankLines: z.number().int(),
  exceptions: z.array(
    z.object({
      kind: z
        .enum(['missing', 'not_at_bank', 'mismatch'])
        .describe(
          '`missing`: a bank line the platform never received (booked now); `not_at_bank`: one the bank does ' +
            'not list; `mismatch`: the same line with another amount or account',
        ),
      lineId: z.string(),
      accountNo: z.string(),
      amount: fen,
      detail: z.string(),
    }),
  ),
});

export const reconciliationsOut = z.object({
  items: z.array(reconciliationOut.extend({ createdBy: z.string(), createdAt: z.string() })),
});

export const ledgerCheckOut = z.object({
  ok: z.boolean(),
  accounts: z.number().int(),
  transfers: z.number().int(),
  problem: z.object({ check: z.string(), detail: z.string() }).optional(),
});

// ─── Distribution among creditors ──────────────────────────────────────────────────────────────────

const planOut = z.object({
  ...money,
  surplus: fen,
  surplusText: z.string(),
  allocations: z.array(z.object({ ...allocation, allocatedText: z.string(), allocatedUpper: z.string() })),
});

export const distributionOut = z.object({
  distribution: z
    .object({
      id: z.string(),
      debtorKind: z.enum(DEBTOR_KINDS),
      state: z.enum(DISTRIBUTION_STATES),
      documentId: z.string().nullable().describe('the plan served'),
      servedOn: z.string().nullable(),
      objectionDueOn: z.string().nullable(),
      lodged: fen,
      lodgedText: z.string(),
      lodgeable: fen.describe('what the running suits dispute: to be lodged (提存)'),
      remainderRule: textOut,
      claims: z.array(
        z.object({
          id: z.string(),
          position: z.number().int(),
          creditor: z.string(),
          group: z.enum(GROUPS),
          rank: z.number().int(),
          claimed: fen,
          amount: fen.describe('as admitted'),
          title: z.object({ documentNumber: z.string(), issuingCourt: z.string() }).nullable(),
          titleDocumentId: z.string().nullable(),
          payee: z
            .object({ accountNo: z.string(), accountName: z.string(), bankName: z.string().optional() })
            .nullable(),
          joinedOn: z.string(),
          joinedBy: z.string(),
          payable: fen.describe('the undisputed share payable now'),
          proposed: fen.describe('what was proposed for payout already'),
        }),
      ),
      plan: planOut.nullable(),
      disputed: fen,
      objections: z.array(
        z.object({
          id: z.string(),
          distributionId: z.string(),
          objector: z.string(),
          changes: z.array(z.object({ claimId: z.string(), amount: fen })),
          reason: z.string(),
          state: z.enum(OBJECTION_STATES),
          filedOn: z.string(),
          notifiedOn: z.string().nullable(),
          opposedOn: z.string().nullable(),
          opposedBy: z.string().nullable(),
          suitFiledOn: z.string().nullable(),
          suitReference: z.string().nullable(),
          endedOn: z.string().nullable(),
          oppositionDueOn: z.string().nullable(),
          suitDueOn: z.string().nullable(),
          revision: planOut.nullable().describe('the plan as the objection asks it'),
        }),
      ),
    })
    .nullable()
    .describe('null: the case has none'),
});

export const drawnOut = z.object({ documentId: z.string() });
export const sharesPaidOut = z.object({
  payouts: z.array(z.object({ claimId: z.string(), payoutId: z.string(), amount: fen })),
});
