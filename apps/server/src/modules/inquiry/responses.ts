/**
 * The response schemas of the inquiry routes: exactly what presenters.ts sends (a field missing here
 * would be dropped by the serializer).
 */
import { z } from 'zod';

const counts = {
  total: z.number().int(),
  answered: z.number().int(),
  failed: z.number().int(),
  pending: z.number().int().describe('queued, or sent and waiting for the answer'),
};

const requestOut = z.object({
  id: z.string(),
  institution: z.object({ id: z.string(), code: z.string(), name: z.string(), category: z.string() }),
  kind: z.string().describe('query, freeze, deduct, unfreeze or renew'),
  status: z.string().describe('queued, sent, answered or failed'),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  roundId: z.string().nullable(),
  assetId: z.string().nullable(),
  partyId: z.string(),
  subjectName: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  result: z
    .object({
      status: z.string().describe('completed or rejected'),
      reason: z.string().nullable(),
      holdings: z.number().int(),
    })
    .nullable(),
});

export const overviewOut = z.object({
  ...counts,
  byCategory: z.array(z.object({ category: z.string(), zh: z.string(), en: z.string(), ...counts })),
  rounds: z.array(
    z.object({
      id: z.string(),
      status: z.string().describe('running or complete'),
      categories: z.array(z.string()),
      startedOn: z.string(),
      startedAt: z.string(),
      startedBy: z.string(),
      completedAt: z.string().nullable(),
      ...counts,
    }),
  ),
  requests: z.array(requestOut).describe('every request to an institution, controls included'),
  abilities: z.array(z.string()),
});

export const institutionOut = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  category: z.string(),
  endpoint: z.string(),
  keyFingerprint: z.string().describe('the key is written, never read back'),
  keyUpdatedAt: z.string(),
  maxBatch: z.number().int(),
  concurrency: z.number().int(),
  timeoutMs: z.number().int(),
  supportsFreeze: z.boolean(),
  supportsDeduct: z.boolean(),
  active: z.boolean(),
  breaker: z.object({
    state: z.enum(['closed', 'open', 'half_open']),
    failures: z.number().int(),
    openUntil: z.string().nullable(),
  }),
  lastError: z.string().nullable(),
  updatedAt: z.string(),
});
