import { ApiClient, DEMO, startTestApi } from '../support/api-client';

describe('authentication', () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('logs in every demo account and sets an httpOnly, SameSite=Strict session cookie', async () => {
    for (const email of Object.values(DEMO)) {
      const client = api.client();
      const response = await client.post<{ user: { email: string; permissions: string[] } }>('/auth/login', {
        email,
        password: 'pacte-demo',
      });
      expect(response.status).toBe(200);
      expect(response.body.user.email).toBe(email);
      const cookie = response.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect((await client.get('/auth/me')).status).toBe(200);
    }
  });

  it('refuses a wrong password with 401 and a French message, without saying which part was wrong', async () => {
    const response = await api
      .client()
      .post('/auth/login', { email: DEMO.dpo, password: 'not the password' });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Adresse électronique ou mot de passe incorrect.',
    });
  });

  it('refuses a login body without credentials with 400', async () => {
    const response = await api.client().post('/auth/login', {});
    expect(response.status).toBe(400);
  });

  it('ends the session at logout', async () => {
    const client = await api.as(DEMO.auditor);
    expect((await client.post('/auth/logout')).status).toBe(204);
    expect((await client.get('/auth/me')).status).toBe(401);
  });

  it('locks an account for a while after 10 bad passwords in a row, and audits it', async () => {
    const admin = await api.as(DEMO.admin);
    const victim = 'verrou@pacte.test';
    const created = await admin.post<{ id: string }>('/users', {
      email: victim,
      displayName: 'Compte à verrouiller',
      role: 'auditor',
      organisationId: (await admin.get<{ organisationId: string }>('/auth/me')).body.organisationId,
      password: 'un-mot-de-passe-solide',
    });
    expect(created.status).toBe(201);
    const attacker = api.client();
    for (let i = 0; i < 10; i++) {
      expect((await attacker.post('/auth/login', { email: victim, password: `essai-${i}` })).status).toBe(
        401,
      );
    }
    const locked = await attacker.post('/auth/login', { email: victim, password: 'un-mot-de-passe-solide' });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(60);
    expect(locked.body).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });

    const events = await admin.get<Array<{ action: string; actorEmail: string }>>(
      `/audit-events?filter=${encodeURIComponent(JSON.stringify({ entityId: created.body.id }))}&range=[0,50]`,
    );
    const actions = events.body.map((e) => e.action);
    expect(actions.filter((a) => a === 'login_failure')).toHaveLength(9);
    expect(actions).toContain('login_locked');
  });

  describe('users administration', () => {
    let admin: ApiClient;
    let organisationId: string;
    beforeAll(async () => {
      admin = await api.as(DEMO.admin);
      organisationId = (await admin.get<{ organisationId: string }>('/auth/me')).body.organisationId;
    });

    it('refuses a password shorter than 12 characters or built on the e-mail', async () => {
      const short = await admin.post('/users', {
        email: 'court@pacte.test',
        displayName: 'Court',
        role: 'auditor',
        organisationId,
        password: 'court',
      });
      expect(short.status).toBe(400);
      expect(short.body).toMatchObject({ fields: [{ field: 'password' }] });
      const likeEmail = await admin.post('/users', {
        email: 'jeanne.martin@pacte.test',
        displayName: 'JM',
        role: 'auditor',
        organisationId,
        password: 'jeanne.martin-2026',
      });
      expect(likeEmail.status).toBe(400);
    });

    it('generates a password once when none is given, never returns a hash, and deactivation ends sessions', async () => {
      const created = await admin.post<{
        id: string;
        temporaryPassword: string;
        version: number;
        passwordHash?: string;
      }>('/users', {
        email: 'nouvelle@pacte.test',
        displayName: 'Nouvelle',
        role: 'dpo',
        organisationId,
      });
      expect(created.status).toBe(201);
      expect(created.body.temporaryPassword).toHaveLength(20);
      expect(created.body.passwordHash).toBeUndefined();
      const user = await api.client().login('nouvelle@pacte.test', created.body.temporaryPassword);
      expect((await user.get('/auth/me')).status).toBe(200);

      const deactivated = await admin.put(`/users/${created.body.id}`, {
        version: created.body.version,
        active: false,
      });
      expect(deactivated.status).toBe(200);
      expect((await user.get('/auth/me')).status).toBe(401);

      const audit = await admin.get<
        Array<{ action: string; changes: Record<string, { before: unknown; after: unknown }> }>
      >(
        `/audit-events?filter=${encodeURIComponent(JSON.stringify({ entityId: created.body.id, action: 'create' }))}`,
      );
      expect(audit.body[0].changes.passwordHash).toEqual({ before: '***', after: '***' });
    });

    it('resets a password: old sessions end, the new password works', async () => {
      const created = await admin.post<{ id: string; temporaryPassword: string }>('/users', {
        email: 'reset@pacte.test',
        displayName: 'Reset',
        role: 'auditor',
        organisationId,
      });
      const user = await api.client().login('reset@pacte.test', created.body.temporaryPassword);
      const reset = await admin.post<{ temporaryPassword: string }>(
        `/users/${created.body.id}/reset-password`,
        {},
      );
      expect(reset.status).toBe(200);
      expect((await user.get('/auth/me')).status).toBe(401);
      await api.client().login('reset@pacte.test', reset.body.temporaryPassword);
    });
  });
});
