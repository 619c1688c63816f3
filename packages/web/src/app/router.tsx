import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
  type ParsedLocation,
} from '@tanstack/react-router';
import { sessionQuery, useCurrentUser } from '../api/queries/auth.js';
import type { ApiClient } from '../api/client.js';
import type { User } from '../api/types.js';
import { AcceptInvitationPage } from '../features/auth/AcceptInvitationPage.js';
import { SignInPage } from '../features/auth/SignInPage.js';
import { AuditLogPage } from '../features/admin/AuditLogPage.js';
import { MailboxPage } from '../features/admin/MailboxPage.js';
import { OrganizationPage } from '../features/admin/OrganizationPage.js';
import { TokensPage } from '../features/admin/TokensPage.js';
import { UsersPage } from '../features/admin/UsersPage.js';
import { PatientPage } from '../features/patients/PatientPage.js';
import { PatientsPage } from '../features/patients/PatientsPage.js';
import { isAdmin, isClinicStaff } from './access.js';
import { AppLayout } from './AppLayout.js';
import { ErrorPage } from './ErrorPage.js';
import { HomePage } from './HomePage.js';
import { NotFoundPage } from './NotFoundPage.js';

/** What every route's `beforeLoad` can use. */
export interface RouterContext {
  readonly queryClient: QueryClient;
  readonly api: ApiClient;
}

/** Why the sign-in page is shown, said on it. */
export type SignInNotice = 'expired' | 'signed-out';

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: ErrorPage,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { notice?: SignInNotice; redirect?: string } => ({
    ...(search['notice'] === 'expired' || search['notice'] === 'signed-out' ? { notice: search['notice'] } : {}),
    // Only a path of this app: never an absolute URL elsewhere.
    ...(typeof search['redirect'] === 'string' && /^\/(?!\/)/.test(search['redirect'])
      ? { redirect: search['redirect'] }
      : {}),
  }),
  component: SignInPage,
});

const acceptInvitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invitations/accept',
  validateSearch: (search: Record<string, unknown>): { token: string } => ({
    token: typeof search['token'] === 'string' ? search['token'] : '',
  }),
  component: AcceptInvitationPage,
});

/** Makes sure someone is signed in before any page of the app shell loads. */
async function requireSession(context: RouterContext, location: ParsedLocation): Promise<{ user: User }> {
  // The cached session if there is one (a 401 on any page clears it), else ask the server.
  const session = await context.queryClient.query({ ...sessionQuery(context.api), staleTime: 'static' });
  if (session === null) {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirect is thrown by design
    throw redirect({ to: '/sign-in', search: location.href === '/' ? {} : { redirect: location.href } });
  }
  return { user: session.user };
}

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: ({ context, location }) => requireSession(context, location),
  component: AppLayout,
  // An unknown address below the shell is not found inside it, with the navigation still there.
  notFoundComponent: NotFoundPage,
});

/**
 * A section for some roles only. Others get the not-found page inside the shell (navigation kept),
 * as the API answers 404 for what is not the caller's. A component, not a `beforeLoad` guard, so the
 * not-found page renders in the shell's outlet.
 */
function gate(allowed: (user: User) => boolean, name: string) {
  function Gate() {
    const user = useCurrentUser();
    return allowed(user) ? <Outlet /> : <NotFoundPage />;
  }
  Gate.displayName = name;
  return Gate;
}

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });

const patientsSection = createRoute({
  getParentRoute: () => appRoute,
  path: '/patients',
  component: gate(isClinicStaff, 'ClinicStaffGate'),
});

const patientsRoute = createRoute({
  getParentRoute: () => patientsSection,
  path: '/',
  validateSearch: (search: Record<string, unknown>): { q?: string } =>
    typeof search['q'] === 'string' && search['q'] !== '' ? { q: search['q'] } : {},
  component: PatientsPage,
});

const patientRoute = createRoute({
  getParentRoute: () => patientsSection,
  path: '/$patientId',
  component: PatientPage,
});

const adminRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin',
  component: gate(isAdmin, 'AdminGate'),
});

const organizationRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/organization',
  component: OrganizationPage,
});
const usersRoute = createRoute({ getParentRoute: () => adminRoute, path: '/users', component: UsersPage });
const tokensRoute = createRoute({ getParentRoute: () => adminRoute, path: '/tokens', component: TokensPage });
const auditRoute = createRoute({ getParentRoute: () => adminRoute, path: '/audit', component: AuditLogPage });
const mailboxRoute = createRoute({ getParentRoute: () => adminRoute, path: '/mailbox', component: MailboxPage });

const routeTree = rootRoute.addChildren([
  signInRoute,
  acceptInvitationRoute,
  appRoute.addChildren([
    homeRoute,
    patientsSection.addChildren([patientsRoute, patientRoute]),
    adminRoute.addChildren([organizationRoute, usersRoute, tokensRoute, auditRoute, mailboxRoute]),
  ]),
]);

/**
 * The app's router: code-based routes with typed params, search and links.
 *
 * @param context - the query client and API client the routes' guards use
 * @param options - `history` (tests pass a memory history)
 * @returns the router
 */
export function createAppRouter(
  context: RouterContext,
  options: { readonly history?: Parameters<typeof createRouter>[0]['history'] } = {},
) {
  return createRouter({
    routeTree,
    context,
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    defaultNotFoundComponent: NotFoundPage,
    defaultErrorComponent: ErrorPage,
    scrollRestoration: true,
    ...(options.history === undefined ? {} : { history: options.history }),
  });
}

/** The app's router type, registered so every `Link` and `navigate` is checked against the routes. */
export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
