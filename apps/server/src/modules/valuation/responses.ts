/**
 * The response schemas of the valuation routes (an asset's reference-price procedures, the acts on
 * one, the public draw record): exactly what the presenters send (a field missing here would be
 * dropped by the serializer), so clients generated from the OpenAPI document are typed.
 */
import { z } from 'zod';
import { textOut } from '../../platform/out';
import { VALUATION_METHODS, VALUATION_STATUSES } from './rules';

const fen = z.number().int();

const drawRecord = {
  algorithm: z.string().describe('`sha256-rank-v1` (docs/valuation.md)'),
  seed: z.string(),
  list: z.array(z.string()).describe('the agencies drawn from, in the published order'),
  count: z.number().int(),
  result: z.array(z.string()).describe('the agencies drawn, in order'),
  drawnAt: z.string(),
};

export const valuationOut = z.object({
  id: z.string(),
  method: z.enum(VALUATION_METHODS),
  methodName: textOut,
  status: z.enum(VALUATION_STATUSES),
  statusName: textOut,
  startedAt: z.string(),
  startedOn: z.string(),
  dueAt: z
    .string()
    .nullable()
    .describe('online inquiry: the end of the platforms’ period (3 days, 6 with the extension)'),
  extended: z.boolean(),
  basis: z.record(z.string(), z.string()).nullable(),
  draw: z.object(drawRecord).nullable(),
  agencies: z.array(z.string()).nullable(),
  agencyIndex: z.number().int().nullable().describe('the agency now working, an index into `agencies`'),
  reportDueOn: z.string().nullable(),
  reportExtensions: z.number().int(),
  reportNo: z.string().nullable(),
  reportReceivedOn: z.string().nullable(),
  servedOn: z.string().nullable(),
  objectionUntil: z.string().nullable(),
  results: z.array(
    z.object({
      platform: z.string(),
      name: z.string(),
      status: z.string().describe('waiting, priced, declined, late, objected or failed'),
      price: fen.nullable(),
      reportNo: z.string().nullable(),
      reason: z.string().nullable(),
      deliveredAt: z.string().nullable(),
    }),
  ),
  referencePrice: fen.nullable().describe('the price this procedure set'),
  determinedOn: z.string().nullable(),
  validUntil: z.string().nullable(),
  salePrice: fen.nullable(),
  feePlatform: z.string().nullable(),
  note: z.string().nullable(),
  reissueOf: z.string().nullable().describe('the expired procedure this one reissues (RefPrice 27)'),
  stayedSince: z.string().nullable(),
  stays: z.array(z.object({ from: z.string(), until: z.string().nullable(), reason: z.string() })),
  returns: z.array(
    z.object({ agency: z.string(), on: z.string(), reason: z.string(), note: z.string(), late: z.boolean() }),
  ),
  createdBy: z.string(),
});

export const valuationListOut = z.object({
  today: z.string(),
  now: z.string().describe('the platform clock now'),
  items: z.array(valuationOut),
  current: z
    .object({
      valuationId: z.string(),
      amount: fen,
      method: z.enum(VALUATION_METHODS),
      determinedOn: z.string(),
      validUntil: z.string(),
    })
    .nullable()
    .describe('the asset’s reference price in force'),
  abilities: z.array(z.string()),
});

export const drawOut = z.object({
  ...drawRecord,
  recomputed: z.array(z.string()),
  matches: z.boolean().describe('`recomputed` equals `result`'),
});
