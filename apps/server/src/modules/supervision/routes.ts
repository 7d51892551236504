import { z } from 'zod';
import type { App } from '../../platform/http';
import { signedIn } from '../../platform/http';
import { textOut } from '../../platform/out';
import type { SupervisionService } from './service';

const overdueItem = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  courtCode: z.string(),
  courtName: z.string(),
  ruleId: z.string(),
  title: textOut,
  dueOn: z.string(),
  daysOverdue: z.number().int(),
  officer: z.string().nullable().describe('the officer’s display name; null while unassigned'),
});

const overviewOut = z.object({
  today: z.string(),
  total: z.number().int(),
  courts: z
    .array(
      z.object({
        courtId: z.string(),
        code: z.string(),
        name: z.string(),
        count: z.number().int(),
        worstDaysOverdue: z.number().int().describe('days the oldest overdue deadline is past due'),
      }),
    )
    .describe('every court of the scope, the most overdue first'),
  items: z.array(overdueItem).describe('the oldest overdue deadlines'),
});

const queueOut = z.object({
  today: z.string(),
  extensionRequests: z.array(
    z.object({
      caseId: z.string(),
      caseNumber: z.string(),
      requestedOn: z.string(),
      requestedBy: z.string(),
      months: z.number().int().nullable(),
      reason: z.string(),
    }),
  ),
  unassigned: z.array(
    z.object({
      caseId: z.string(),
      caseNumber: z.string(),
      filedOn: z.string(),
      dueOn: z.string().nullable().describe('when the case.assign deadline falls due'),
    }),
  ),
  overdue: z.array(overdueItem),
});

export function registerSupervisionRoutes(app: App, service: SupervisionService): void {
  app.get(
    '/api/supervision/overdue',
    {
      config: { policy: { action: 'supervision.view' } },
      schema: {
        tags: ['supervision'],
        summary: '辖区逾期节点（按法院）Overdue deadlines of the court and the courts below it',
        response: { 200: overviewOut },
      },
    },
    (request) => service.overdue(signedIn(request)),
  );

  app.get(
    '/api/supervision/queue',
    {
      config: { policy: { action: 'supervision.queue' } },
      schema: {
        tags: ['supervision'],
        summary: '待我处理：延期申请、待分案、逾期节点 What waits for the head',
        response: { 200: queueOut },
      },
    },
    (request) => service.queue(signedIn(request)),
  );
}
