import { openDataSource, verifyAuditChain } from '@pacte/api';
import { spawnSync } from 'node:child_process';
import type { DataSource } from 'typeorm';
import { ApiClient, DEMO, listQuery, startTestApi } from '../support/api-client';

interface AuditRow {
  id: string;
  action: string;
  actorEmail: string;
  entityType: string;
  entityId: string | null;
  changes: Record<string, { before: unknown; after: unknown }> | null;
  details: Record<string, unknown> | null;
  requestId: string;
  hash: string;
  prevHash: string;
}

describe('audit trail', () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let dataSource: DataSource;
  let ccas: ApiClient;
  let dpo: ApiClient;

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = await openDataSource(process.env.DATABASE_URL as string);
    ccas = await api.as(DEMO.ccas);
    dpo = await api.as(DEMO.dpo);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await api.close();
  });

  const eventsOf = async (entityId: string): Promise<AuditRow[]> =>
    (
      await dpo.get<AuditRow[]>(
        `/audit-events${listQuery({ filter: { entityId }, sort: ['id', 'ASC'], range: [0, 99] })}`,
      )
    ).body;

  it('records creation and field-level before/after of an update, with the request id', async () => {
    const organisations = await ccas.get<Array<{ id: string }>>(
      `/organisations${listQuery({ filter: { q: 'adoma' } })}`,
    );
    const contact = await ccas.post<{ id: string; version: number }>('/contacts', {
      organisationId: organisations.body[0].id,
      lastName: 'Lefèvre',
      firstName: 'Inès',
      jobTitle: 'Référente',
    });
    const updated = await ccas.put(`/contacts/${contact.body.id}`, {
      version: contact.body.version,
      jobTitle: 'Responsable de résidence',
    });
    const events = await eventsOf(contact.body.id);
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
    expect(events[1].changes).toEqual({
      jobTitle: { before: 'Référente', after: 'Responsable de résidence' },
    });
    expect(events[1].actorEmail).toBe(DEMO.ccas);
    expect(events[1].requestId).toBe(updated.headers.get('x-request-id'));
  });

  it('records every read of a contact as an audited read of personal data', async () => {
    const list = await ccas.get<Array<{ id: string }>>(`/contacts${listQuery({ range: [0, 0] })}`);
    const id = list.body[0].id;
    await ccas.get(`/contacts/${id}`);
    const reads = (await eventsOf(id)).filter((e) => e.action === 'read');
    expect(reads.length).toBeGreaterThanOrEqual(1);
    const listReads = await dpo.get<AuditRow[]>(
      `/audit-events${listQuery({ filter: { action: 'read', entityType: 'contacts' }, sort: ['id', 'DESC'], range: [0, 20] })}`,
    );
    expect(
      listReads.body.some((e) => Array.isArray(e.details?.ids) && (e.details?.ids as string[]).includes(id)),
    ).toBe(true);
  });

  it('is append-only in the database itself', async () => {
    await expect(dataSource.query(`UPDATE audit_events SET action = 'read' WHERE id = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(dataSource.query(`DELETE FROM audit_events WHERE id = 1`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
  });

  it('scopes the DPO to the events of his own organisation', async () => {
    const siao = await api.as(DEMO.siao);
    await siao.get('/organisations');
    const admin = await api.as(DEMO.admin);
    const siaoUser = (await siao.get<{ id: string }>('/auth/me')).body;
    const adminView = await admin.get<AuditRow[]>(
      `/audit-events${listQuery({ filter: { actorId: siaoUser.id } })}`,
    );
    expect(adminView.body.length).toBeGreaterThan(0);
    const dpoView = await dpo.get<AuditRow[]>(
      `/audit-events${listQuery({ filter: { actorId: siaoUser.id } })}`,
    );
    expect(dpoView.body).toEqual([]);
    expect((await dpo.get(`/audit-events/${adminView.body[0].id}`)).status).toBe(404);
  });

  it('verifies the hash chain, and detects a manual tamper', async () => {
    const before = await verifyAuditChain(dataSource);
    expect(before).toMatchObject({ ok: true });
    expect(before.checked).toBeGreaterThan(5);
    // A tamperer with superuser rights switches the guard trigger off and rewrites an event.
    // Inside a transaction that is rolled back, so the shared test database keeps its true history.
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`ALTER TABLE audit_events DISABLE TRIGGER tr_audit_events_immutable`);
      await runner.query(`UPDATE audit_events SET actor_email = 'quelqu-un@autre.fr' WHERE id = 3`);
      expect(await verifyAuditChain(runner)).toMatchObject({
        ok: false,
        firstBadId: '3',
        reason: expect.stringMatching(/modifié/),
      });
      await runner.query(`DELETE FROM audit_events WHERE id = (SELECT max(id) FROM audit_events)`);
      expect(await verifyAuditChain(runner)).toMatchObject({ ok: false });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await verifyAuditChain(dataSource)).toMatchObject({ ok: true });
  });

  it('passes `npm run audit:verify` on the live trail', () => {
    const result = spawnSync(
      process.execPath,
      ['-r', './tools/register.cjs', 'apps/api/src/cli/audit-verify.ts'],
      { env: process.env, encoding: 'utf8' },
    );
    expect(result.stdout + result.stderr).toMatch(/intègre : \d+ événements vérifiés/);
    expect(result.status).toBe(0);
  });
});
