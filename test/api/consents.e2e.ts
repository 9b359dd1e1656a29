import { randomUUID } from 'node:crypto';
import { parisDay } from '@pacte/domain';
import { DataSource } from 'typeorm';
import { ApiClient, DEMO, listQuery, signContract, startTestApi } from '../support/api-client';
import { TEST_DEMO_PASSWORD } from '../support/test-database';

interface Resident {
  id: string;
  lastName: string;
  residenceId: string;
  version: number;
}
interface ConsentRow {
  id: string;
  decision: string;
  decidedAt: string;
  residentId: string;
  purposeCode: string;
  noticeVersion: string;
  correctedById: string | null;
  evidenceSha256: string | null;
}
interface ErrorBody {
  code: string;
  message: string;
  fields?: Array<{ field: string; message: string }>;
}

const unique = () => randomUUID().slice(0, 8);

/** A signed-in fetch for multipart bodies (the shared client speaks JSON only). */
async function multipartAs(baseUrl: string, email: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  return async (path: string, form: FormData) => {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method: 'POST',
      headers: { cookie },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as ConsentRow & ErrorBody };
  };
}

describe('consent ledger of the Résidence Abrioux', () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let agent: ApiClient;
  let abriouxId: string;

  const newResident = async (client: ApiClient = agent, extra: Record<string, unknown> = {}) => {
    const response = await client.post<Resident>('/residents', {
      residenceId: abriouxId,
      lastName: `TESTCONSENT-${unique()}`,
      firstName: 'Prénom',
      birthDate: '1980-05-04',
      sex: 'F',
      entryDate: '2024-09-01',
      ...extra,
    });
    expect(response.status).toBe(201);
    return response.body;
  };
  const record = (residentId: string, body: Record<string, unknown>, client: ApiClient = agent) =>
    client.post<ConsentRow & ErrorBody>('/consents', {
      residentId,
      purpose: 'siao-synchro',
      method: 'paper_signature',
      ...body,
    });
  const ledgerOf = async (residentId: string, client: ApiClient = agent) =>
    (
      await client.get<ConsentRow[]>(
        `/consents${listQuery({ filter: { residentId }, sort: ['seq', 'ASC'] })}`,
      )
    ).body;
  const activeIds = async (at: string, client: ApiClient = agent) => {
    const response = await client.get<Array<{ id: string }>>(
      `/consents/active?purpose=siao-synchro&at=${at}`,
    );
    expect(response.status).toBe(200);
    return response.body.map((r) => r.id);
  };

  beforeAll(async () => {
    api = await startTestApi();
    agent = await api.as(DEMO.residence);
    const mine = await agent.get<{ residence: { id: string; name: string } }>('/residences/mine');
    expect(mine.body.residence.name).toBe('Résidence Abrioux');
    abriouxId = mine.body.residence.id;
  });
  afterAll(() => api.close());

  it('follows give → withdraw the next day → give again, date by date, keeping every event', async () => {
    const resident = await newResident();
    const given = await record(resident.id, { decision: 'given', decidedAt: '2026-11-10T10:00:00+01:00' });
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({
      decision: 'given',
      purposeCode: 'siao-synchro',
      noticeVersion: '2024-07',
    });
    const withdrawn = await record(resident.id, {
      decision: 'withdrawn',
      decidedAt: '2026-11-11T10:00:00+01:00',
      method: undefined,
      channel: 'letter',
    });
    expect(withdrawn.status).toBe(201);

    expect(await activeIds('2026-11-09')).not.toContain(resident.id);
    expect(await activeIds('2026-11-10')).toContain(resident.id);
    expect(await activeIds('2026-11-11')).not.toContain(resident.id);

    const again = await record(resident.id, {
      decision: 'given',
      decidedAt: '2026-11-15T09:00:00+01:00',
      method: 'oral_attested',
    });
    expect(again.status).toBe(201);
    expect(await activeIds('2026-11-14')).not.toContain(resident.id);
    expect(await activeIds('2026-11-15')).toContain(resident.id);
    expect(await activeIds('2026-11-10')).toContain(resident.id);
    expect(await activeIds('2026-11-12')).not.toContain(resident.id);

    const ledger = await ledgerOf(resident.id);
    expect(ledger.map((e) => e.decision)).toEqual(['given', 'withdrawn', 'given']);
  });

  it('gives the SIAO operator the active list, with the fields the integration needs', async () => {
    const resident = await newResident();
    expect(
      (await record(resident.id, { decision: 'given', decidedAt: '2026-11-02T10:00:00+01:00' })).status,
    ).toBe(201);
    const siao = await api.as(DEMO.siao);
    const response = await siao.get<
      Array<{ id: string; lastName: string; birthDate: string; consent: { decidedAt: string } }>
    >('/consents/active?purpose=siao-synchro&at=2026-11-02');
    expect(response.body).toContainEqual(
      expect.objectContaining({ id: resident.id, lastName: resident.lastName, birthDate: '1980-05-04' }),
    );
    // The SIAO never reads the ledger itself (it would learn who refused).
    expect(
      (await siao.get<ConsentRow[]>(`/consents${listQuery({ filter: { residentId: resident.id } })}`)).body,
    ).toEqual([]);
  });

  it('refuses to edit or delete a consent event, whoever asks, and the database refuses it too', async () => {
    const resident = await newResident();
    const event = (await record(resident.id, { decision: 'refused', decidedAt: '2026-11-03T10:00:00+01:00' }))
      .body;
    for (const client of [agent, await api.as(DEMO.admin)]) {
      const put = await client.put<ErrorBody>(`/consents/${event.id}`, { decision: 'given', version: 1 });
      expect(put.status).toBe(409);
      expect(put.body.message).toMatch(/ajout seul/);
      const del = await client.delete<ErrorBody>(`/consents/${event.id}`);
      expect(del.status).toBe(409);
    }
    expect((await (await api.as(DEMO.dpo)).delete(`/consents/${event.id}`)).status).toBe(403);
    expect((await (await api.as(DEMO.auditor)).put(`/consents/${event.id}`, {})).status).toBe(403);
    const db = api.app.get(DataSource);
    await expect(
      db.query(`UPDATE consents SET decision = 'given' WHERE id = $1`, [event.id]),
    ).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM consents WHERE id = $1`, [event.id])).rejects.toThrow(/append-only/);
    expect((await ledgerOf(resident.id)).map((e) => e.decision)).toEqual(['refused']);
  });

  it('corrects a mistaken event with a new event that names it; the mistaken one stops counting', async () => {
    const resident = await newResident();
    const mistaken = (
      await record(resident.id, { decision: 'given', decidedAt: '2026-11-04T10:00:00+01:00' })
    ).body;
    const correction = await record(resident.id, {
      decision: 'refused',
      decidedAt: '2026-11-04T10:00:00+01:00',
      correctsId: mistaken.id,
    });
    expect(correction.status).toBe(201);
    expect(await activeIds('2026-11-05')).not.toContain(resident.id);
    const ledger = await ledgerOf(resident.id);
    expect(ledger).toHaveLength(2);
    expect(ledger[0].correctedById).toBe(correction.body.id);
    const twice = await record(resident.id, {
      decision: 'refused',
      decidedAt: '2026-11-04T10:00:00+01:00',
      correctsId: mistaken.id,
    });
    expect(twice.status).toBe(400);
  });

  describe('refuses bad input with a French message and saves nothing', () => {
    let resident: Resident;
    beforeAll(async () => {
      resident = await newResident();
    });
    afterEach(async () => {
      expect(await ledgerOf(resident.id)).toEqual([]);
    });

    it('a purpose that does not exist', async () => {
      const response = await record(resident.id, {
        purpose: 'marketing',
        decision: 'given',
        decidedAt: '2026-11-10T10:00:00Z',
      });
      expect(response.status).toBe(400);
      expect(response.body.fields).toEqual([
        { field: 'purpose', message: expect.stringMatching(/Finalité inconnue/) },
      ]);
    });

    it('a withdrawal without a prior consent given', async () => {
      const response = await record(resident.id, {
        decision: 'withdrawn',
        decidedAt: '2026-11-10T10:00:00Z',
        method: undefined,
        channel: 'email',
      });
      expect(response.status).toBe(400);
      expect(response.body.message).toMatch(/aucun consentement donné/);
    });

    it('a decision dated in the future', async () => {
      const response = await record(resident.id, {
        decision: 'given',
        decidedAt: new Date(Date.now() + 86_400_000).toISOString(),
      });
      expect(response.status).toBe(400);
      expect(response.body.fields?.[0]).toMatchObject({
        field: 'decidedAt',
        message: expect.stringMatching(/futur/),
      });
    });

    it('a notice version that was not in force on the date of the decision', async () => {
      const unknown = await record(resident.id, {
        decision: 'given',
        decidedAt: '2026-11-10T10:00:00Z',
        noticeVersion: '1999-01',
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.fields?.[0].field).toBe('noticeVersion');
      const beforeAnyNotice = await record(resident.id, {
        decision: 'given',
        decidedAt: '2024-07-02T10:00:00+02:00',
      });
      expect(beforeAnyNotice.status).toBe(400);
      expect(beforeAnyNotice.body.message).toMatch(/Aucune notice/);
    });

    it('a decision without its collection method, or a channel on something else than a withdrawal', async () => {
      expect(
        (
          await record(resident.id, {
            decision: 'given',
            decidedAt: '2026-11-10T10:00:00Z',
            method: undefined,
          })
        ).body.fields?.[0].field,
      ).toBe('method');
      expect(
        (
          await record(resident.id, {
            decision: 'given',
            decidedAt: '2026-11-10T10:00:00Z',
            channel: 'email',
          })
        ).status,
      ).toBe(400);
    });

    it('an evidence file that is not a PDF or an image, whatever its name says', async () => {
      const post = await multipartAs(api.url, DEMO.residence);
      const form = new FormData();
      for (const [key, value] of Object.entries({
        residentId: resident.id,
        purpose: 'siao-synchro',
        decision: 'given',
        decidedAt: '2026-11-10T10:00',
        method: 'paper_signature',
      })) {
        form.set(key, value);
      }
      form.set(
        'evidence',
        new Blob(['<html><script>alert(1)</script></html>'], { type: 'application/pdf' }),
        'formulaire.pdf',
      );
      const response = await post('/consents', form);
      expect(response.status).toBe(400);
      expect(response.body.fields?.[0]).toMatchObject({
        field: 'evidence',
        message: expect.stringMatching(/PDF ou une image/),
      });
    });
  });

  it('refuses a notice version that exists but was not yet in force on the day of the decision', async () => {
    const dpo = await api.as(DEMO.dpo);
    const purpose = await dpo.post<{ id: string }>('/purposes', {
      code: `test-${unique()}`,
      label: 'Finalité de test',
      legalBasis: 'consent',
    });
    expect(purpose.status).toBe(201);
    const v1 = await dpo.post<{ bodySha256: string }>(`/purposes/${purpose.body.id}/notices`, {
      versionLabel: 'v1',
      effectiveFrom: '2025-01-01',
      body: 'Texte 1',
    });
    expect(v1.status).toBe(201);
    const { createHash } = await import('node:crypto');
    expect(v1.body.bodySha256).toBe(createHash('sha256').update('Texte 1').digest('hex'));
    expect(
      (
        await dpo.post(`/purposes/${purpose.body.id}/notices`, {
          versionLabel: 'v2',
          effectiveFrom: parisDay(new Date()),
          body: 'Texte 2',
        })
      ).status,
    ).toBe(201);
    const backdated = await dpo.post<ErrorBody>(`/purposes/${purpose.body.id}/notices`, {
      versionLabel: 'v3',
      effectiveFrom: '2025-06-01',
      body: 'Texte 3',
    });
    expect(backdated.status).toBe(400);

    const resident = await newResident();
    const code = (await dpo.get<{ code: string }>(`/purposes/${purpose.body.id}`)).body.code;
    const notYet = await record(resident.id, {
      purpose: code,
      decision: 'given',
      decidedAt: '2025-06-01T10:00:00+02:00',
      noticeVersion: 'v2',
    });
    expect(notYet.status).toBe(400);
    expect(notYet.body.fields?.[0]).toEqual({
      field: 'noticeVersion',
      message: expect.stringMatching(/n’était pas en vigueur le 01\/06\/2025.*« v1 »/),
    });
    expect(await ledgerOf(resident.id)).toEqual([]);
    const right = await record(resident.id, {
      purpose: code,
      decision: 'given',
      decidedAt: '2025-06-01T10:00:00+02:00',
      noticeVersion: 'v1',
    });
    expect(right.status).toBe(201);
  });

  it('keeps a scanned signed form (PDF) as evidence, with its sha256, and serves it back', async () => {
    const resident = await newResident();
    const post = await multipartAs(api.url, DEMO.residence);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const form = new FormData();
    for (const [key, value] of Object.entries({
      residentId: resident.id,
      purpose: 'statistics',
      decision: 'given',
      decidedAt: '2026-11-10T10:00',
      method: 'paper_signature',
    })) {
      form.set(key, value);
    }
    form.set('evidence', new Blob([pdf]), 'signature.pdf');
    const response = await post('/consents', form);
    expect(response.status).toBe(201);
    const { createHash } = await import('node:crypto');
    expect(response.body.evidenceSha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    const download = await fetch(`${api.url}/api/consents/${response.body.id}/evidence`, {
      headers: { cookie: await cookieOf(api.url, DEMO.dpo) },
    });
    expect(download.headers.get('content-type')).toMatch(/application\/pdf/);
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('issues a receipt naming the purpose, the recipient, the date and where to withdraw, as JSON and as a printable page', async () => {
    const resident = await newResident();
    await record(resident.id, { decision: 'given', decidedAt: '2026-11-06T10:00:00+01:00' });
    const receipt = await agent.get<{
      decisions: Array<{
        purposeCode: string;
        purposeLabel: string;
        recipientName: string;
        status: string;
        since: string;
      }>;
      withdrawal: { email: string; postalAddress: string };
    }>(`/consents/receipt/${resident.id}`);
    expect(receipt.status).toBe(200);
    expect(receipt.body.decisions).toContainEqual(
      expect.objectContaining({
        purposeCode: 'siao-synchro',
        purposeLabel: 'Partage avec le SIAO dans le cadre de la démarche Synchrø',
        recipientName: expect.stringMatching(/SIAO 21/),
        status: 'given',
      }),
    );
    expect(receipt.body.decisions).toContainEqual(
      expect.objectContaining({ purposeCode: 'statistics', status: 'none' }),
    );
    expect(receipt.body.withdrawal).toEqual(
      expect.objectContaining({
        email: 'aabrioux@ccas-dijon.fr',
        postalAddress: 'Monsieur le Maire, Mairie de Dijon CS73310 21033 DIJON Cedex',
      }),
    );
    const page = await agent.get<string>(`/consents/receipt/${resident.id}/print`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(page.body).toContain('Vous avez dit OUI le 06/11/2026');
    expect(page.body).toContain('aabrioux@ccas-dijon.fr');
  });

  it('lets nobody but the residence agent’s own residence see its residents; refused reads are audited', async () => {
    const admin = await api.as(DEMO.admin);
    const adoma = (
      await admin.get<Array<{ id: string }>>(`/organisations${listQuery({ filter: { q: 'adoma' } })}`)
    ).body[0];
    const other = await admin.post<{ id: string }>('/residences', {
      name: `Résidence sociale ADOMA Test ${unique()}`,
      operatorId: adoma.id,
      kind: 'social_residence',
      city: 'Dijon',
    });
    expect(other.status).toBe(201);
    const email = `agent.adoma.${unique()}@pacte.test`;
    const password = 'Mot-de-passe-tres-long-42';
    const user = await admin.post<{ id: string }>('/users', {
      email,
      displayName: 'Agent ADOMA',
      role: 'residence_agent',
      organisationId: adoma.id,
      password,
    });
    expect(user.status).toBe(201);
    const staff = await admin.put<Array<{ email: string }>>(`/residences/${other.body.id}/staff`, {
      userIds: [user.body.id],
    });
    expect(staff.body.map((s) => s.email)).toEqual([email]);
    expect((await agent.put(`/residences/${other.body.id}/staff`, { userIds: [] })).status).toBe(403);

    const abrioux = await newResident();
    const adomaAgent = await api.client().login(email, password);
    expect((await adomaAgent.get(`/residents/${abrioux.id}`)).status).toBe(404);
    expect((await adomaAgent.put(`/residents/${abrioux.id}`, { version: 1, notes: 'x' })).status).toBe(404);
    expect((await adomaAgent.get(`/consents/receipt/${abrioux.id}`)).status).toBe(404);
    const list = await adomaAgent.get<Resident[]>(
      `/residents${listQuery({ filter: { q: abrioux.lastName } })}`,
    );
    expect(list.body).toEqual([]);
    const consent = await record(
      abrioux.id,
      { decision: 'given', decidedAt: '2026-11-10T10:00:00Z' },
      adomaAgent,
    );
    expect(consent.status).toBe(400);
    expect(consent.body.fields?.[0].field).toBe('residentId');
    expect(await ledgerOf(abrioux.id)).toEqual([]);

    const audited = await admin.get<
      Array<{ action: string; actorEmail: string; details: { refused?: boolean; reason?: string } }>
    >(
      `/audit-events${listQuery({ filter: { entityType: 'residents', entityId: abrioux.id, action: 'permission_denied' }, range: [0, 20] })}`,
    );
    expect(audited.body.length).toBeGreaterThanOrEqual(3);
    expect(
      audited.body.every(
        (e) => e.actorEmail === email && e.details.refused === true && e.details.reason === 'out_of_scope',
      ),
    ).toBe(true);

    // A consent event or a residency contract of that resident, opened by id: 404, audited too.
    const given = await record(abrioux.id, { decision: 'given', decidedAt: '2026-11-10T10:00:00Z' });
    expect(given.status).toBe(201);
    const contract = await signContract(agent, { id: abrioux.id, residenceId: abriouxId }, '2024-09-01');
    const unknownId = randomUUID(); // of this test only: other suites probe fixed ids
    for (const [resource, id, reason] of [
      ['consents', given.body.id, 'out_of_scope'],
      ['residency-contracts', contract.id, 'out_of_scope'],
      ['residency-contracts', unknownId, 'not_found'],
    ] as const) {
      expect((await adomaAgent.get(`/${resource}/${id}`)).status).toBe(404);
      const refusals = await admin.get<Array<{ actorEmail: string; details: { reason?: string } }>>(
        `/audit-events${listQuery({ filter: { entityType: resource, entityId: id, action: 'permission_denied' } })}`,
      );
      expect(refusals.body).toEqual([
        expect.objectContaining({ actorEmail: email, details: { refused: true, reason } }),
      ]);
    }
    // The administrator is not scoped: an unknown id is a plain 404, not a refusal.
    expect((await admin.get(`/consents/${unknownId}`)).status).toBe(404);
    const adminRefusals = await admin.get<unknown[]>(
      `/audit-events${listQuery({ filter: { entityType: 'consents', entityId: unknownId, action: 'permission_denied' } })}`,
    );
    expect(adminRefusals.body).toEqual([]);

    // And he may not register a resident in the Résidence Abrioux either.
    const intruder = await record(
      abrioux.id,
      { decision: 'given', decidedAt: '2026-11-10T10:00:00Z' },
      adomaAgent,
    );
    expect(intruder.status).toBe(400);
  });

  it('refuses a resident registered in another residence than the agent’s own, and saves nothing', async () => {
    const admin = await api.as(DEMO.admin);
    const adoma = (
      await admin.get<Array<{ id: string }>>(`/organisations${listQuery({ filter: { q: 'adoma' } })}`)
    ).body[0];
    const other = (
      await admin.post<{ id: string }>('/residences', {
        name: `Foyer ADOMA Test ${unique()}`,
        operatorId: adoma.id,
        kind: 'migrant_workers_hostel',
      })
    ).body;
    const lastName = `INTRUS-${unique()}`;
    const response = await agent.post<ErrorBody>('/residents', {
      residenceId: other.id,
      lastName,
      firstName: 'A',
      birthDate: '1980-01-01',
      sex: 'M',
      entryDate: '2025-01-01',
    });
    expect(response.status).toBe(400);
    expect(response.body.fields).toEqual([
      { field: 'residenceId', message: 'Vous ne pouvez enregistrer que des résidents de votre résidence.' },
    ]);
    expect((await admin.get<Resident[]>(`/residents${listQuery({ filter: { q: lastName } })}`)).body).toEqual(
      [],
    );
  });

  it('refuses a birth date in the future or before 1900', async () => {
    const future = await agent.post<ErrorBody>('/residents', {
      residenceId: abriouxId,
      lastName: 'FUTUR',
      firstName: 'A',
      birthDate: '2999-01-01',
      sex: 'X',
      entryDate: '2025-01-01',
    });
    expect(future.status).toBe(400);
    expect(future.body.fields).toEqual([
      { field: 'birthDate', message: 'La date de naissance ne peut pas être dans le futur.' },
    ]);
    const old = await agent.post<ErrorBody>('/residents', {
      residenceId: abriouxId,
      lastName: 'ANCIEN',
      firstName: 'A',
      birthDate: '1899-12-31',
      sex: 'X',
      entryDate: '2025-01-01',
    });
    expect(old.status).toBe(400);
    expect(old.body.fields?.[0].message).toMatch(/1900/);
    const exit = await agent.post<ErrorBody>('/residents', {
      residenceId: abriouxId,
      lastName: 'SORTIE',
      firstName: 'A',
      birthDate: '1980-01-01',
      sex: 'X',
      entryDate: '2025-01-01',
      exitDate: '2024-01-01',
    });
    expect(exit.body.fields?.[0].field).toBe('exitDate');
    for (const name of ['FUTUR', 'ANCIEN', 'SORTIE'])
      expect((await agent.get<Resident[]>(`/residents${listQuery({ filter: { q: name } })}`)).body).toEqual(
        [],
      );
  });

  it('audits every read of a resident, and shows the retention rule on his record', async () => {
    const resident = await newResident(agent, { exitDate: '2025-03-31' });
    const read = await agent.get<Resident & { retentionMonthsAfterExit: number; retentionUntil: string }>(
      `/residents/${resident.id}`,
    );
    expect(read.body).toMatchObject({ retentionMonthsAfterExit: 24, retentionUntil: '2027-03-31' });
    const admin = await api.as(DEMO.admin);
    const audited = await admin.get<Array<{ actorEmail: string }>>(
      `/audit-events${listQuery({ filter: { entityType: 'residents', entityId: resident.id, action: 'read' } })}`,
    );
    expect(audited.body).toContainEqual(expect.objectContaining({ actorEmail: DEMO.residence }));
  });

  it('freezes a contract template version once a residency contract uses it', async () => {
    const admin = await api.as(DEMO.admin);
    const [template] = (
      await admin.get<
        Array<{ id: string; version: number; used: boolean; body: string; bodySha256: string }>
      >(`/contract-templates${listQuery({ filter: { residenceId: abriouxId } })}`)
    ).body;
    expect(template.used).toBe(true);
    expect(template.body).toContain('Article 13 – TRAITEMENT DES DONNÉES');
    const { createHash } = await import('node:crypto');
    expect(template.bodySha256).toBe(createHash('sha256').update(template.body).digest('hex'));
    const change = await admin.put<ErrorBody>(`/contract-templates/${template.id}`, {
      version: template.version,
      body: `${template.body} modifié`,
    });
    expect(change.status).toBe(409);
  });

  it('records a residency contract that says the resident was informed, and refuses a template version not yet in force at signature', async () => {
    const resident = await newResident();
    const [template] = (
      await agent.get<Array<{ id: string }>>(
        `/contract-templates${listQuery({ filter: { residenceId: abriouxId } })}`,
      )
    ).body;
    const contract = await agent.post<{ id: string; informedOfDataProcessing: boolean }>(
      '/residency-contracts',
      {
        residentId: resident.id,
        templateId: template.id,
        signedOn: '2024-09-01',
        startsOn: '2024-09-01',
      },
    );
    expect(contract.status).toBe(201);
    expect(contract.body.informedOfDataProcessing).toBe(true);
    const tooEarly = await agent.post<ErrorBody>('/residency-contracts', {
      residentId: resident.id,
      templateId: template.id,
      signedOn: '2024-06-01',
      startsOn: '2024-06-01',
    });
    expect(tooEarly.status).toBe(400);
  });

  it('shows the residence dashboard to the agent, and a withdrawal at once on the DPO’s dashboard', async () => {
    const resident = await newResident();
    await record(resident.id, {
      decision: 'given',
      decidedAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    const withdrawal = (
      await record(resident.id, {
        decision: 'withdrawn',
        decidedAt: new Date(Date.now() - 1000).toISOString(),
        method: undefined,
        channel: 'in_person',
      })
    ).body;
    const mine = await agent.get<{
      residences: Array<{
        name: string;
        purposes: Array<{
          code: string;
          rate: number | null;
          withoutDecision: Array<{ id: string }>;
          thisMonth: Record<string, number>;
        }>;
      }>;
    }>('/residence-dashboard');
    expect(mine.body.residences.map((r) => r.name)).toEqual(['Résidence Abrioux']);
    const [siao, statistics] = ['siao-synchro', 'statistics'].map((code) =>
      mine.body.residences[0].purposes.find((p) => p.code === code),
    );
    expect(statistics?.withoutDecision.map((w) => w.id)).toContain(resident.id);
    expect(siao?.withoutDecision.map((w) => w.id)).not.toContain(resident.id);
    expect(siao?.thisMonth.withdrawn).toBeGreaterThanOrEqual(1);
    expect(siao?.rate).toBeGreaterThan(0);
    const dpo = await (
      await api.as(DEMO.dpo)
    ).get<{ recentWithdrawals: Array<{ id: string; residentName: string; channel: string }> }>(
      '/residence-dashboard',
    );
    expect(dpo.body.recentWithdrawals).toContainEqual(
      expect.objectContaining({
        id: withdrawal.id,
        residentName: expect.stringContaining(resident.lastName),
        channel: 'in_person',
      }),
    );
    expect((await (await api.as(DEMO.ccas)).get('/residence-dashboard')).status).toBe(403);
  });
});

async function cookieOf(baseUrl: string, email: string): Promise<string> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_DEMO_PASSWORD }),
  });
  return (login.headers.get('set-cookie') ?? '').split(';')[0];
}
