import { Spin } from 'antd';
import { type ComponentType, useEffect } from 'react';
import { createBrowserRouter, Navigate, type RouteObject, useLocation } from 'react-router-dom';
import type { Ability } from './api/types';
import { Gate } from './components/Gate';
import { adminItems, landingPath, visibleTo } from './components/navigation';
import { RequireAuth } from './components/RequireAuth';
import { StatusResult } from './components/StatusResult';
import { useSession } from './components/session';

type PageLoader = () => Promise<{ Component: ComponentType }>;

/** A page loaded on first visit (its own chunk), behind an ability when it has one. */
function page(path: string, lazy: PageLoader, ability?: Ability): RouteObject {
  return ability ? { element: <Gate ability={ability} />, children: [{ path, lazy }] } : { path, lazy };
}

function Landing() {
  return <Navigate to={landingPath(useSession().abilities)} replace />;
}

function AdminLanding() {
  const first = visibleTo(useSession().abilities, adminItems)[0];
  return first ? <Navigate to={first.path} replace /> : <StatusResult status={403} />;
}

/**
 * The sign-in page is a page of its own (login.html, src/login/: no React, no Ant Design), served by the
 * server at /login. The app reaches it by loading it, carrying where the user was going as ?from=.
 */
function ToSignIn() {
  const from = (useLocation().state as { from?: string } | null)?.from;
  useEffect(() => {
    const query = from && from !== '/' ? `?from=${encodeURIComponent(from)}` : '';
    window.location.replace(`/login${query}`);
  }, [from]);
  return <Spin fullscreen />;
}

export const router = createBrowserRouter([
  {
    hydrateFallbackElement: <Spin fullscreen />,
    children: [
      { path: '/login', element: <ToSignIn /> },
      { path: '/public/credit', lazy: () => import('./areas/public/CreditSearchPage') },
      { path: '/public/auctions/:id', lazy: () => import('./areas/public/AuctionPage') },
      {
        element: <RequireAuth />,
        children: [
          // Outside the layout: the layout first appears on the landing page itself, so its menu opens
          // that page's group (the administrator's 系统管理) as it does for any page loaded directly.
          { index: true, element: <Landing /> },
          {
            // Its own chunk (menus, header).
            lazy: () => import('./components/AppLayout').then((m) => ({ Component: m.AppLayout })),
            children: [
              page(
                '/workbench',
                () => import('./areas/workbench/WorkbenchHome').then((m) => ({ Component: m.WorkbenchHome })),
                'workbench.view',
              ),
              page('/workbench/cases', () => import('./areas/workbench/cases/CaseList'), 'case.view'),
              page('/workbench/cases/new', () => import('./areas/workbench/cases/CaseNew'), 'case.file'),
              page('/workbench/cases/:id', () => import('./areas/workbench/cases/CasePage'), 'case.view'),
              page(
                '/workbench/deadlines',
                () => import('./areas/workbench/cases/MyDeadlines'),
                'deadlines.mine',
              ),
              page(
                '/finance',
                () => import('./areas/finance/FinanceHome').then((m) => ({ Component: m.FinanceHome })),
                'funds.match',
              ),
              page(
                '/command',
                () => import('./areas/command/CommandCentre').then((m) => ({ Component: m.CommandCentre })),
                'command.view',
              ),
              page('/portal', () =>
                import('./areas/portal/PortalHome').then((m) => ({ Component: m.PortalHome })),
              ),
              page('/party', () =>
                import('./areas/party/PartyHome').then((m) => ({ Component: m.PartyHome })),
              ),
              { path: '/admin', element: <AdminLanding /> },
              page(
                '/admin/courts',
                () => import('./areas/admin/CourtsPage').then((m) => ({ Component: m.CourtsPage })),
                'admin.courts.manage',
              ),
              page(
                '/admin/users',
                () => import('./areas/admin/UsersPage').then((m) => ({ Component: m.UsersPage })),
                'admin.users.manage',
              ),
              page('/admin/partners', () => import('./areas/admin/PartnerKeysPage'), 'partner.manage'),
              page(
                '/admin/calendar',
                () => import('./areas/admin/CalendarPage').then((m) => ({ Component: m.CalendarPage })),
                'admin.calendar.manage',
              ),
              page(
                '/admin/institutions',
                () =>
                  import('./areas/admin/InstitutionsPage').then((m) => ({ Component: m.InstitutionsPage })),
                'institution.manage',
              ),
              page(
                '/admin/valuation-lists',
                () =>
                  import('./areas/admin/ValuationListsPage').then((m) => ({
                    Component: m.ValuationListsPage,
                  })),
                'valuation.lists.manage',
              ),
              page(
                '/admin/rules',
                () => import('./areas/admin/RulesPage').then((m) => ({ Component: m.RulesPage })),
                'admin.rules.configure',
              ),
              page(
                '/admin/audit',
                () => import('./areas/admin/AuditPage').then((m) => ({ Component: m.AuditPage })),
                'audit.view',
              ),
              page(
                '/admin/outbox',
                () => import('./areas/admin/OutboxPage').then((m) => ({ Component: m.OutboxPage })),
                'notify.view',
              ),
              page(
                '/admin/clock',
                () => import('./areas/admin/ClockPage').then((m) => ({ Component: m.ClockPage })),
                'clock.manage',
              ),
              { path: '*', element: <StatusResult status={404} /> },
            ],
          },
        ],
      },
    ],
  },
]);
