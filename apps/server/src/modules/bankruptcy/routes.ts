import { z } from 'zod';
import { type App, signedIn } from '../../platform/http';
import { localDate } from '../calendar/zod';
import { TRANSFER_STATES } from './rules';
import type { BankruptcyService } from './service';

const idParams = z.object({ id: z.uuid() });
const text = z.object({ zh: z.string(), en: z.string() });
const handle = { policy: { action: 'bankruptcy.handle' }, refuses: true } as const;
const tags = ['bankruptcy'];
const onBody = z
  .object({ on: localDate.optional().describe('the day it happened; today when absent') })
  .strict();

const consent = z.object({
  party: z.enum(['applicant', 'debtor']),
  partyId: z.string(),
  name: z.string(),
  consented: z.boolean(),
  documentId: z.string().nullable(),
  on: z.string(),
});

const transferView = z.object({
  caseId: z.string(),
  caseOpen: z.boolean(),
  suggestion: z.object({ suggested: z.boolean(), debtorId: z.string().nullable(), reasons: z.array(text) }),
  debtors: z.array(z.object({ id: z.string(), name: z.string(), enterprise: z.boolean() })),
  applicants: z.array(z.object({ id: z.string(), name: z.string() })),
  transfer: z
    .object({
      id: z.string(),
      state: z.enum(TRANSFER_STATES),
      debtorName: z.string(),
      creditCode: z.string(),
      consents: z.array(consent),
      panel: z
        .object({ members: z.array(z.string()), agreed: z.boolean(), opinion: z.string(), on: z.string() })
        .nullable(),
      bankruptcyCourt: z.string().nullable(),
      presidentName: z.string().nullable(),
      decidedOn: z.string().nullable(),
      decisionDocumentId: z.string().nullable(),
      servedOn: z.string().nullable(),
      answeredOn: z.string().nullable(),
      accepted: z.boolean().nullable(),
      ruling: z.string().nullable(),
      declaredOn: z.string().nullable(),
      materialsReturnedOn: z.string().nullable(),
    })
    .nullable(),
  steps: z.array(
    z.object({
      id: z.string(),
      title: text,
      state: z.enum(['done', 'current', 'pending', 'skipped', 'refused']),
    }),
  ),
  suspensions: z.array(
    z.object({
      caseId: z.string(),
      caseNumber: z.string(),
      courtName: z.string(),
      suspendedOn: z.string(),
      resumedOn: z.string().nullable(),
      terminatedOn: z.string().nullable(),
    }),
  ),
});

const path = '/api/cases/:id/bankruptcy-transfer';

/** 执转破 routes: see docs/bankruptcy.md. */
export function registerBankruptcyRoutes(app: App, service: BankruptcyService): void {
  app.get(
    path,
    {
      config: { policy: { action: 'bankruptcy.view' } },
      schema: {
        tags,
        summary: '执转破：建议、步骤与中止的案件 Transfer to bankruptcy: suggestion, steps, suspended cases',
        params: idParams,
        response: { 200: transferView },
      },
    },
    async (request) => service.view(signedIn(request), request.params.id),
  );

  app.post(
    `${path}/consents`,
    {
      config: handle,
      schema: {
        tags,
        summary: '记录申请执行人或被执行人是否书面同意移送破产审查',
        description:
          'A consent counts as written only with `documentId`, the signed statement uploaded to the case dossier.',
        params: idParams,
        body: z
          .object({
            party: z.enum(['applicant', 'debtor']),
            partyId: z
              .uuid()
              .optional()
              .describe('which applicant or debtor; the first of the role when absent'),
            consented: z.boolean(),
            documentId: z.uuid().optional().describe('书面同意书 in the dossier'),
            on: localDate.optional(),
          })
          .strict(),
        response: { 200: transferView },
      },
    },
    async (request) => service.recordConsent(signedIn(request), request.params.id, request.body),
  );

  app.post(
    `${path}/review`,
    {
      config: handle,
      schema: {
        tags,
        summary:
          '合议庭评议（无书面同意：409 bankruptcy.consent；评议不同意后再次评议须有新事实：bankruptcy.review_again）',
        params: idParams,
        body: z
          .object({
            members: z.array(z.string().trim().min(1).max(50)).min(3).max(9).describe('合议庭成员'),
            agreed: z.boolean().describe('评议同意移送'),
            opinion: z.string().trim().min(1).max(2000).describe('评议意见'),
            newFacts: z
              .string()
              .trim()
              .min(1)
              .max(2000)
              .optional()
              .describe(
                '新的事实: required for a new review after the panel refused (bankruptcy.review_again)',
              ),
          })
          .strict(),
        response: { 200: transferView },
      },
    },
    async (request) => service.review(signedIn(request), request.params.id, request.body),
  );

  app.post(
    `${path}/decision`,
    {
      config: { policy: { action: 'bankruptcy.decide' }, refuses: true },
      schema: {
        tags,
        summary: '院长签署移送决定：生成决定书，中止各法院对同一被执行人的执行',
        params: idParams,
        body: z
          .object({
            bankruptcyCourt: z.string().trim().min(2).max(100).describe('受移送法院'),
            presidentName: z.string().trim().min(1).max(50).describe('签署的院长'),
          })
          .strict(),
        response: { 200: transferView },
      },
    },
    async (request) => service.decide(signedIn(request), request.params.id, request.body),
  );

  app.post(
    `${path}/service`,
    {
      config: handle,
      schema: {
        tags,
        summary: '移送决定已送达（5日内）',
        params: idParams,
        body: onBody,
        response: { 200: transferView },
      },
    },
    async (request) => service.serve(signedIn(request), request.params.id, request.body),
  );

  app.post(
    `${path}/answer`,
    {
      config: handle,
      schema: {
        tags,
        summary: '受移送法院是否受理：受理则解除查封冻结；不予受理则恢复执行',
        params: idParams,
        body: z
          .object({
            accepted: z.boolean(),
            ruling: z.string().trim().min(1).max(200).optional().describe('裁定书号'),
            on: localDate.optional(),
          })
          .strict(),
        response: {
          200: transferView.extend({
            released: z.array(z.string()),
            releaseFailed: z.array(z.object({ assetId: z.string(), message: z.string() })),
          }),
        },
      },
    },
    async (request) => service.answer(signedIn(request), request.params.id, request.body),
  );

  app.post(
    `${path}/declaration`,
    {
      config: handle,
      schema: {
        tags,
        summary: '宣告破产：终结执行',
        params: idParams,
        body: onBody,
        response: { 200: transferView.extend({ terminated: z.array(z.string()) }) },
      },
    },
    async (request) => service.declare(signedIn(request), request.params.id, request.body),
  );

  app.post(
    `${path}/materials-returned`,
    {
      config: handle,
      schema: {
        tags,
        summary: '不予受理后材料和财产已退回（7日内）',
        params: idParams,
        body: onBody,
        response: { 200: transferView },
      },
    },
    async (request) => service.materialsReturned(signedIn(request), request.params.id, request.body),
  );
}
