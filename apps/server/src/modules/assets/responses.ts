/**
 * The response schemas of the asset register's routes: exactly what presenters.ts sends (a field
 * missing here would be dropped by the serializer).
 */
import { z } from 'zod';
import { ASSET_STATES } from './rules';

const fen = z.number().int();

export const assetOut = z.object({
  id: z.string(),
  category: z.string(),
  institution: z
    .object({ id: z.string().nullable(), code: z.string(), name: z.string() })
    .describe('online finds: the institution that reported it; offline: the one named by hand (no id)'),
  assetRef: z.string(),
  description: z.string(),
  balance: fen.nullable().describe('money: the balance; other property: null'),
  value: fen.nullable().describe('other property: its value, when known'),
  frozenByOthers: fen.describe('of the balance, what earlier controls (other courts) hold'),
  existingControls: z
    .array(
      z.object({ court: z.string(), position: z.number().int(), until: z.string(), amount: fen.optional() }),
    )
    .describe('other courts’ (or earlier) controls, as the institution reported them'),
  divisible: z.boolean(),
  state: z.enum(ASSET_STATES),
  controlledAmount: fen,
  deductedAmount: fen,
  controlledOn: z.string().nullable(),
  controlUntil: z.string().nullable(),
  daysToExpiry: z
    .number()
    .int()
    .nullable()
    .describe('calendar days to the end of the control, negative once lapsed'),
  expiring: z.boolean().describe('within the warning days of assets.expiry, or lapsed: to be renewed'),
  position: z.number().int().nullable().describe('1 is 首封; above 1 is 轮候 in that place'),
  foundVia: z.enum(['online', 'offline']),
  foundOn: z.string(),
  online: z.boolean().describe('acts go to the institution online; otherwise the notice is served by hand'),
  evidence: z.array(z.string()),
  leadId: z.string().nullable(),
  declinedReason: z.string().nullable(),
  lastFailure: z.string().nullable().describe('why the institution refused or failed the last act'),
  pending: z
    .string()
    .nullable()
    .describe('a request waiting for the institution: freeze, deduct, unfreeze or renew'),
  abilities: z.array(z.string()),
  preferred: z.boolean().describe('the indivisible asset to seize first while the claim is not secured'),
  defaults: z.object({ amount: fen.nullable(), until: z.string().nullable() }),
});

export const leadOut = z.object({
  id: z.string(),
  fromApplicant: z.boolean(),
  reporterName: z.string(),
  reporterContact: z.string().nullable(),
  description: z.string(),
  specific: z.boolean(),
  urgent: z.boolean(),
  track: z.string(),
  receivedAt: z.string(),
  receivedOn: z.string(),
  evidence: z.array(z.string()),
  verifiedAt: z.string().nullable(),
  verificationResult: z.enum(['in_progress', 'confirmed', 'unfounded']).nullable(),
  verificationNote: z.string().nullable(),
  assetId: z.string().nullable(),
  abilities: z.array(z.string()),
});

export const registerOut = z.object({
  items: z.array(assetOut),
  summary: z.array(
    z.object({ category: z.string(), count: z.number().int(), balance: fen, value: fen, controlled: fen }),
  ),
  limit: z
    .object({ claim: fen, costs: fen, paid: fen, controlled: fen, remaining: fen })
    .describe('控制限额: the claim plus costs, less what was paid and what is already controlled'),
  leads: z.array(leadOut),
  warnDays: z.number().int(),
  today: z.string(),
  abilities: z.array(z.string()).describe('record an asset found offline, record a lead'),
});
