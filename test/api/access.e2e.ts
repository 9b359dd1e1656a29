import { AUTHENTICATED, hasPermission, isPermission, PUBLIC, ROLES, Role } from '@pacte/domain';
import { listRoutes, RouteInfo } from '@pacte/api';
import { ApiClient, DEMO, startTestApi } from '../support/api-client';

const ROLE_ACCOUNTS: Record<Role, string> = {
  admin: DEMO.admin,
  ccas_agent: DEMO.ccas,
  residence_agent: DEMO.residence,
  dpo: DEMO.dpo,
  siao_operator: DEMO.siao,
  auditor: DEMO.auditor,
};
const SOME_UUID = '6f1c1f56-1d9e-4a53-9d51-5a3b8c7e9f00';
const concrete = (route: RouteInfo): string =>
  route.path
    .replace(/^\/api/, '')
    .replace(/:id\b/g, route.path.includes('audit-events') ? '999999' : SOME_UUID)
    .replace(/:(\w+)/g, 'x');

describe('access control on every route', () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let routes: RouteInfo[];
  const clients = {} as Record<Role, ApiClient>;

  beforeAll(async () => {
    api = await startTestApi();
    routes = listRoutes(api.app);
    for (const role of ROLES) clients[role] = await api.as(ROLE_ACCOUNTS[role]);
  });
  afterAll(() => api.close());

  it('finds the routes of the application', () => {
    expect(routes.length).toBeGreaterThan(15);
    expect(routes).toContainEqual(expect.objectContaining({ method: 'GET', path: '/api/organisations' }));
  });

  it('declares an access on every route', () => {
    const undeclared = routes.filter(
      (r) =>
        r.access === undefined ||
        (r.access !== PUBLIC && r.access !== AUTHENTICATED && !isPermission(r.access)),
    );
    expect(undeclared.map((r) => `${r.method} ${r.path} (${r.handler})`)).toEqual([]);
  });

  it('keeps only health, login and the token-authenticated calendar feed public', () => {
    // Calendar clients cannot send the session cookie: the feed checks its own per-user secret token.
    expect(
      routes
        .filter((r) => r.access === PUBLIC)
        .map((r) => `${r.method} ${r.path}`)
        .sort(),
    ).toEqual(['GET /api/calendar.ics', 'GET /api/health', 'POST /api/auth/login']);
  });

  it('answers 401 on every non-public route without a session', async () => {
    const anonymous = api.client();
    for (const route of routes.filter((r) => r.access !== PUBLIC)) {
      const response = await anonymous.request(
        route.method,
        concrete(route),
        route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      );
      expect({ route: `${route.method} ${route.path}`, status: response.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 401,
      });
    }
    expect((await anonymous.get('/docs/openapi.json')).status).toBe(401);
  });

  it('answers 403 exactly where the role lacks the permission, for every route and role', async () => {
    for (const route of routes.filter((r) => r.access && isPermission(r.access))) {
      for (const role of ROLES) {
        const response = await clients[role].request(
          route.method,
          concrete(route),
          route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
        );
        const allowed = hasPermission(role, route.access as never);
        const outcome = {
          route: `${route.method} ${route.path}`,
          role,
          forbidden: response.status === 403,
          serverError: response.status >= 500,
        };
        expect(outcome).toEqual({ ...outcome, forbidden: !allowed, serverError: false });
      }
    }
  });

  it('never lets an auditor write', async () => {
    const writes = routes.filter(
      (r) => r.method !== 'GET' && r.access !== PUBLIC && r.access !== AUTHENTICATED,
    );
    expect(writes.length).toBeGreaterThan(5);
    for (const route of writes) {
      const response = await clients.auditor.request(
        route.method,
        concrete(route),
        route.method === 'DELETE' ? undefined : {},
      );
      expect({ route: `${route.method} ${route.path}`, status: response.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 403,
      });
    }
  });

  it('records refused accesses in the audit trail', async () => {
    const ccas = await api.as(DEMO.ccas);
    expect((await ccas.get('/users')).status).toBe(403);
    const admin = await api.as(DEMO.admin);
    const events = await admin.get<Array<{ action: string; actorEmail: string; details: { path: string } }>>(
      `/audit-events?filter=${encodeURIComponent(JSON.stringify({ action: 'permission_denied' }))}&sort=${encodeURIComponent('["id","DESC"]')}&range=[0,4]`,
    );
    expect(events.body).toContainEqual(
      expect.objectContaining({
        actorEmail: DEMO.ccas,
        details: expect.objectContaining({ path: '/api/users' }),
      }),
    );
  });
});
