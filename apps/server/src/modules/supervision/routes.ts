import type { App } from '../../platform/http';
import { signedIn } from '../../platform/http';
import type { SupervisionService } from './service';

export function registerSupervisionRoutes(app: App, service: SupervisionService): void {
  app.get(
    '/api/supervision/overdue',
    {
      config: { policy: { action: 'supervision.view' } },
      schema: {
        tags: ['supervision'],
        summary: '辖区逾期节点（按法院）Overdue deadlines of the court and the courts below it',
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
      },
    },
    (request) => service.queue(signedIn(request)),
  );
}
