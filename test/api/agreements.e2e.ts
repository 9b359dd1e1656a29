import { addDays, addMonths, todayIn } from '@pacte/domain';
import { ApiClient, DEMO, listQuery, startTestApi } from '../support/api-client';
import { TEST_DEMO_PASSWORD } from '../support/test-database';

interface Agreement {
  id: string;
  reference: string;
  version: number;
  status: string;
  renewal: string;
  lifecycleState: string;
  currentTermStart: string | null;
  currentTermEnd: string | null;
  terminationNoticeDeadline: string | null;
  daysToTermEnd: number | null;
  deliberationIds: string[];
  [key: string]: unknown;
}
interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  fields?: Array<{ field: string; message: string }>;
}
interface AuditRow {
  action: string;
  actorEmail: string;
  entityType: string;
  entityId: string;
  details: Record<string, unknown> | null;
  changes: Record<string, { before: unknown; after: unknown }> | null;
}

const today = todayIn('Europe/Paris');
let counter = 0;
/** A reference nobody else uses in the shared test database. */
const uniqueRef = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`.toUpperCase();

describe('agreements and deliberations registry', () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let ccas: ApiClient;
  let admin: ApiClient;
  let auditor: ApiClient;
  let residence: ApiClient;
  let adomaId: string;
  let ccasId: string;

  /** Multipart upload as the browser does it (the test client only sends JSON). */
  async function upload(
    email: string,
    fields: Record<string, string>,
    file: { bytes: Uint8Array; name: string; type: string },
  ) {
    const login = await fetch(`${api.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: TEST_DEMO_PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    form.set('file', new Blob([file.bytes], { type: file.type }), file.name);
    const response = await fetch(`${api.url}/api/agreement-documents`, {
      method: 'POST',
      headers: { cookie },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> & ErrorBody };
  }

  async function auditOf(entityType: string, entityId: string): Promise<AuditRow[]> {
    const response = await admin.get<AuditRow[]>(
      `/audit-events${listQuery({ filter: { entityType, entityId }, sort: ['id', 'ASC'], range: [0, 99] })}`,
    );
    return response.body;
  }

  async function createTacit(overrides: Record<string, unknown> = {}): Promise<Agreement> {
    const response = await ccas.post<Agreement>('/agreements', {
      reference: uniqueRef('TEST'),
      title: 'Convention de test',
      kind: 'partnership',
      lifecycleState: 'signed',
      signatureDate: '2024-01-15',
      durationValue: 1,
      durationUnit: 'years',
      renewal: 'tacit',
      renewalPeriodValue: 1,
      renewalPeriodUnit: 'years',
      parties: [
        { organisationId: ccasId, role: 'signatory', representedBy: 'M. Antoine HOAREAU' },
        { organisationId: adomaId, role: 'signatory' },
      ],
      ...overrides,
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  async function findByReference(reference: string): Promise<Agreement[]> {
    return (await ccas.get<Agreement[]>(`/agreements${listQuery({ filter: { reference } })}`)).body;
  }

  beforeAll(async () => {
    api = await startTestApi();
    ccas = await api.as(DEMO.ccas);
    admin = await api.as(DEMO.admin);
    auditor = await api.as(DEMO.auditor);
    residence = await api.as(DEMO.residence);
    const orgs = await ccas.get<Array<{ id: string; shortName: string }>>(
      `/organisations${listQuery({ range: [0, 99] })}`,
    );
    adomaId = orgs.body.find((o) => o.shortName === 'ADOMA')?.id as string;
    ccasId = orgs.body.find((o) => o.shortName === 'CCAS de Dijon')?.id as string;
  });
  afterAll(() => api.close());

  describe('seeded agreements as of 2026-11-23', () => {
    it('shows CCAS–ADOMA in force, renewed tacitly, current term ending 2027-05-23, in the list and on its page', async () => {
      const list = await ccas.get<Agreement[]>(
        `/agreements${listQuery({ filter: { reference: 'CONV-2023-004' } })}&asOf=2026-11-23`,
      );
      expect(list.status).toBe(200);
      expect(list.body).toHaveLength(1);
      expect(list.body[0]).toMatchObject({
        status: 'in_force',
        renewal: 'tacit',
        currentTermStart: '2026-05-24',
        currentTermEnd: '2027-05-23',
        terminationNoticeDeadline: null,
        daysToTermEnd: 181,
      });
      const one = await ccas.get<Agreement>(`/agreements/${list.body[0].id}?asOf=2026-11-23`);
      expect(one.body).toMatchObject({
        status: 'in_force',
        currentTermEnd: '2027-05-23',
        breachNoticeValue: 15,
        breachNoticeUnit: 'days',
        noticePeriodValue: null,
      });
    });

    it('computes as of today by default (Europe/Paris)', async () => {
      const list = await ccas.get<Agreement[]>(
        `/agreements${listQuery({ filter: { reference: 'CONV-2023-004' } })}`,
      );
      expect(list.body[0].asOf).toBe(today);
    });

    it('shows the 2009 Grand Dijon agreement and the 2023 Action Tank agreement expired', async () => {
      const list = await ccas.get<Agreement[]>(
        `/agreements${listQuery({ filter: { reference: ['CONV-2009-001', 'SUB-2023-SYNCHRO'] } })}&asOf=2026-11-23`,
      );
      expect(Object.fromEntries(list.body.map((a) => [a.reference, a.status]))).toEqual({
        'CONV-2009-001': 'expired',
        'SUB-2023-SYNCHRO': 'expired',
      });
      const grandDijon = list.body.find((a) => a.reference === 'CONV-2009-001') as Agreement;
      expect(grandDijon).toMatchObject({
        currentTermStart: '2009-07-22',
        currentTermEnd: '2009-12-31',
        totalAmountCents: 2_650_000,
        prefectureDepositDate: '2009-07-22',
      });
    });

    it('finds the ADOMA agreement with q=adoma through its party’s name', async () => {
      const response = await ccas.get<Agreement[]>(`/agreements${listQuery({ filter: { q: 'adoma' } })}`);
      expect(response.body.map((a) => a.reference)).toContain('CONV-2023-004');
      expect(
        response.body.every(
          (a) =>
            (a.partnerIds as string[]).includes(adomaId) || JSON.stringify(a).toLowerCase().includes('adoma'),
        ),
      ).toBe(true);
    });

    it('filters on the derived status server-side', async () => {
      const expired = await ccas.get<Agreement[]>(
        `/agreements${listQuery({ filter: { status: 'expired' }, range: [0, 999] })}&asOf=2026-11-23`,
      );
      const references = expired.body.map((a) => a.reference);
      expect(references).toEqual(expect.arrayContaining(['CONV-2009-001', 'SUB-2023-SYNCHRO']));
      expect(references).not.toContain('CONV-2023-004');
      expect(expired.headers.get('content-range')).toMatch(
        new RegExp(`^agreements 0-\\d+/${expired.body.length}$`),
      );
    });

    it('has deliberation 39-2014 with its attendance, vote, dates and quorum, linked to the charter', async () => {
      const response = await ccas.get<Array<Record<string, unknown>>>(
        `/deliberations${listQuery({ filter: { number: '39-2014' } })}`,
      );
      expect(response.body).toHaveLength(1);
      const deliberation = response.body[0];
      expect(deliberation).toMatchObject({
        body: 'ccas_board',
        sessionDate: '2014-06-12',
        convocationDate: '2014-06-06',
        publicationDate: '2014-06-10',
        prefectureDepositDate: '2014-06-19',
        voteKind: 'unanimity',
        membersInOffice: 17,
        presentCount: 13,
        representedCount: 2,
        excusedCount: 2,
        quorumReached: true,
      });
      expect(deliberation.membersRepresented).toContainEqual({ member: 'M. MILLOT', by: 'Mme TENENBAUM' });
      const charter = (await findByReference('CHARTE-2014-039'))[0];
      expect(deliberation.agreementIds).toEqual([charter.id]);
      expect(charter.deliberationIds).toEqual([deliberation.id]);
      expect(charter.status).toBe('approved');
      const commitments = await ccas.get<unknown[]>(
        `/agreement-obligations${listQuery({ filter: { agreementId: charter.id } })}`,
      );
      expect(commitments.body).toHaveLength(8);
    });

    it('lists the Action Tank financial report due December 2023 as overdue', async () => {
      const actionTank = (await findByReference('SUB-2023-SYNCHRO'))[0];
      const overdue = await ccas.get<
        Array<{ description: string; effectiveStatus: string; dueDate: string }>
      >(
        `/agreement-obligations${listQuery({ filter: { agreementId: actionTank.id, effectiveStatus: 'overdue' } })}`,
      );
      expect(overdue.body).toContainEqual(
        expect.objectContaining({
          description: expect.stringMatching(/Compte rendu financier/),
          dueDate: '2023-12-31',
        }),
      );
    });

    it('keeps an ended agreement’s forgotten obligations out of what is due now (agreementCurrent)', async () => {
      const ended = [
        ...(await findByReference('SUB-2023-SYNCHRO')),
        ...(await ccas.get<Agreement[]>(`/agreements${listQuery({ filter: { status: 'expired' } })}`)).body,
      ].map((a) => a.id);
      const obligations = (filter: Record<string, unknown>) =>
        ccas
          .get<Array<{ agreementId: string }>>(
            `/agreement-obligations${listQuery({ filter: { effectiveStatus: 'overdue', ...filter }, range: [0, 999] })}`,
          )
          .then((r) => r.body.map((o) => o.agreementId));
      expect((await obligations({})).some((id) => ended.includes(id))).toBe(true);
      const current = await obligations({ agreementCurrent: true });
      expect(current.some((id) => ended.includes(id))).toBe(false);
      const history = await obligations({ agreementCurrent: false });
      expect(history.length).toBeGreaterThan(0);
      expect(history.every((id) => ended.includes(id))).toBe(true);
      expect(
        (
          await ccas.get<ErrorBody>(
            `/agreement-obligations${listQuery({ filter: { agreementCurrent: 'oui' } })}`,
          )
        ).status,
      ).toBe(400);
    });
  });

  describe('bad input is refused with a French message and nothing saved', () => {
    const refused = async (body: Record<string, unknown>, field: string, message: RegExp) => {
      const reference = uniqueRef('BAD');
      const response = await ccas.post<ErrorBody>('/agreements', {
        reference,
        title: 'Refusée',
        kind: 'other',
        ...body,
      });
      expect(response.status).toBe(400);
      expect(response.body.fields).toContainEqual({ field, message: expect.stringMatching(message) });
      expect(await findByReference(reference)).toEqual([]);
    };

    it('rejects an agreement whose end precedes its start', () =>
      refused({ signatureDate: '2024-05-24', endDate: '2024-05-01' }, 'endDate', /précède la date de début/));
    it('rejects a duration and an end date that disagree', () =>
      refused(
        { signatureDate: '2024-05-24', durationValue: 1, durationUnit: 'years', endDate: '2025-05-24' },
        'endDate',
        /incohérentes.*23\/05\/2025/,
      ));
    it('rejects a tacit renewal without a renewal period', () =>
      refused(
        { signatureDate: '2024-05-24', durationValue: 1, durationUnit: 'years', renewal: 'tacit' },
        'renewalPeriodValue',
        /période de renouvellement/,
      ));
    it('rejects a negative amount', () =>
      refused({ totalAmountCents: -100 }, 'totalAmountCents', /centimes/));
    it('rejects fractional cents', () =>
      refused({ totalAmountCents: 1325000.5 }, 'totalAmountCents', /centimes/));
    it('rejects a party present twice with the same role', () =>
      refused(
        {
          parties: [
            { organisationId: adomaId, role: 'signatory' },
            { organisationId: adomaId, role: 'signatory' },
          ],
        },
        'parties.1.role',
        /ADOMA figure déjà avec le rôle « Signataire »/,
      ));

    it('rejects a reused amendment number', async () => {
      const agreement = await createTacit();
      expect(
        (
          await ccas.post('/agreement-amendments', {
            agreementId: agreement.id,
            number: 1,
            date: '2024-06-01',
            summary: 'Avenant 1',
          })
        ).status,
      ).toBe(201);
      const again = await ccas.post<ErrorBody>('/agreement-amendments', {
        agreementId: agreement.id,
        number: 1,
        date: '2024-07-01',
        summary: 'Encore',
      });
      expect(again.status).toBe(400);
      expect(again.body.fields).toEqual([
        { field: 'number', message: expect.stringMatching(/avenant n° 1 existe déjà/) },
      ]);
    });

    it('rolls back an amendment whose changes break the agreement’s rules, leaving the agreement unchanged', async () => {
      const agreement = await createTacit();
      const bad = await ccas.post<ErrorBody>('/agreement-amendments', {
        agreementId: agreement.id,
        number: 1,
        date: '2024-06-01',
        summary: 'Fin erronée',
        changes: { endDate: '2023-01-01' },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.fields?.[0].field).toMatch(/^changes\./);
      const list = await ccas.get<unknown[]>(
        `/agreement-amendments${listQuery({ filter: { agreementId: agreement.id } })}`,
      );
      expect(list.body).toEqual([]);
      const after = await ccas.get<Agreement>(`/agreements/${agreement.id}`);
      expect(after.body).toMatchObject({ version: agreement.version, endDate: null });
    });

    it('refuses an upload that is not what it claims, and one too large, with French messages', async () => {
      const agreement = await createTacit();
      const fake = await upload(
        DEMO.ccas,
        { agreementId: agreement.id },
        { bytes: new TextEncoder().encode('MZ not a pdf'), name: 'convention.pdf', type: 'application/pdf' },
      );
      expect(fake.status).toBe(400);
      expect(fake.body.message).toMatch(/non accepté/);
      const renamed = await upload(
        DEMO.ccas,
        { agreementId: agreement.id },
        { bytes: new TextEncoder().encode('%PDF-1.4 test'), name: 'photo.png', type: 'image/png' },
      );
      expect(renamed.status).toBe(400);
      expect(renamed.body.message).toMatch(/ne correspond pas à son contenu, qui est un PDF/);
      const big = new Uint8Array(10 * 1024 * 1024 + 1);
      big.set(new TextEncoder().encode('%PDF-1.4'));
      const tooLarge = await upload(
        DEMO.ccas,
        { agreementId: agreement.id },
        { bytes: big, name: 'gros.pdf', type: 'application/pdf' },
      );
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.body.message).toMatch(/Fichier trop volumineux : 10 Mio au plus/);
      const documents = await ccas.get<unknown[]>(
        `/agreement-documents${listQuery({ filter: { agreementId: agreement.id } })}`,
      );
      expect(documents.body).toEqual([]);
    });

    it('rejects an unknown asOf date', async () => {
      const response = await ccas.get<ErrorBody>('/agreements?asOf=2026-02-30');
      expect(response.status).toBe(400);
      expect(response.body.fields).toEqual([
        { field: 'asOf', message: expect.stringMatching(/Date de référence invalide/) },
      ]);
    });
  });

  describe('lifecycle, renewals and amendments', () => {
    it('allows only the state machine’s transitions and audits each with who and why', async () => {
      const created = await ccas.post<Agreement>('/agreements', {
        reference: uniqueRef('LIFE'),
        title: 'Cycle de vie',
        kind: 'other',
        signatureDate: '2026-01-05',
        endDate: '2027-01-04',
      });
      expect(created.body).toMatchObject({ lifecycleState: 'draft', status: 'draft' });
      const refused = await ccas.post<ErrorBody>(`/agreements/${created.body.id}/transitions`, {
        to: 'in_force',
        reason: 'trop tôt',
      });
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({
        code: 'INVALID_TRANSITION',
        message: expect.stringMatching(/Passage impossible de « Projet » à « En vigueur »/),
      });
      const noDeliberation = await ccas.post<ErrorBody>(`/agreements/${created.body.id}/transitions`, {
        to: 'approved',
        reason: 'CA',
      });
      expect(noDeliberation.status).toBe(400);
      const signed = await ccas.post<Agreement>(`/agreements/${created.body.id}/transitions`, {
        to: 'signed',
        reason: 'Signée par le vice-président',
        date: '2026-01-05',
      });
      expect(signed.status).toBe(200);
      expect(signed.body).toMatchObject({ lifecycleState: 'signed', status: 'in_force' });
      const back = await ccas.post<ErrorBody>(`/agreements/${created.body.id}/transitions`, {
        to: 'draft',
        reason: 'Retour en arrière',
      });
      expect(back.status).toBe(400);
      const early = await ccas.post<ErrorBody>(`/agreements/${created.body.id}/transitions`, {
        to: 'in_force',
        reason: 'Exécutoire',
        date: '2025-12-01',
      });
      expect(early.body.fields).toEqual([{ field: 'date', message: expect.stringMatching(/précède/) }]);
      expect(
        (
          await ccas.post(`/agreements/${created.body.id}/transitions`, {
            to: 'in_force',
            reason: 'Exécutoire',
            date: '2026-01-05',
          })
        ).status,
      ).toBe(200);
      const ended = await ccas.post<Agreement>(`/agreements/${created.body.id}/transitions`, {
        to: 'terminated',
        reason: 'Manquement après mise en demeure',
        date: addDays(today, 20),
      });
      expect(ended.body).toMatchObject({ status: 'in_force', currentTermEnd: addDays(today, 19) });
      const events = (await auditOf('agreements', created.body.id)).filter((e) => e.action === 'transition');
      expect(events.map((e) => e.details)).toEqual([
        expect.objectContaining({ from: 'draft', to: 'signed', reason: 'Signée par le vice-président' }),
        expect.objectContaining({ from: 'signed', to: 'in_force', reason: 'Exécutoire' }),
        expect.objectContaining({
          from: 'in_force',
          to: 'terminated',
          reason: 'Manquement après mise en demeure',
        }),
      ]);
      expect(events.every((e) => e.actorEmail === DEMO.ccas)).toBe(true);
    });

    it('expires an express renewal without a recorded decision and extends it once the decision is recorded', async () => {
      const agreement = await createTacit({
        renewal: 'express',
        renewalPeriodValue: null,
        renewalPeriodUnit: null,
        signatureDate: '2025-01-01',
      });
      expect(agreement).toMatchObject({ status: 'expired', currentTermEnd: '2025-12-31' });
      const renewed = await ccas.post<Agreement>(`/agreements/${agreement.id}/renewals`, {
        decisionDate: '2025-11-15',
      });
      expect(renewed.status).toBe(201);
      expect(renewed.body).toMatchObject({
        status: 'in_force',
        currentTermStart: '2026-01-01',
        currentTermEnd: '2026-12-31',
        termNumber: 2,
      });
      const tacit = await createTacit();
      expect(
        (await ccas.post<ErrorBody>(`/agreements/${tacit.id}/renewals`, { decisionDate: '2025-01-01' })).body
          .message,
      ).toMatch(/tacite reconduction/);
    });

    it('applies an amendment’s new end date and amount to the agreement and keeps it before and after', async () => {
      const created = await ccas.post<Agreement>('/agreements', {
        reference: uniqueRef('AMEND'),
        title: 'Subvention',
        kind: 'funding',
        lifecycleState: 'signed',
        signatureDate: '2026-01-01',
        endDate: '2026-12-31',
        totalAmountCents: 3_000_000,
      });
      const amendment = await ccas.post<Record<string, Record<string, unknown>>>('/agreement-amendments', {
        agreementId: created.body.id,
        number: 1,
        date: '2026-10-01',
        summary: 'Prolongation de six mois et complément de 5 000 €',
        changes: { endDate: '2027-06-30', totalAmountCents: 3_500_000 },
      });
      expect(amendment.status).toBe(201);
      expect(amendment.body.beforeSnapshot).toMatchObject({
        endDate: '2026-12-31',
        totalAmountCents: 3_000_000,
        currentTermEnd: '2026-12-31',
      });
      expect(amendment.body.afterSnapshot).toMatchObject({
        endDate: '2027-06-30',
        totalAmountCents: 3_500_000,
        currentTermEnd: '2027-06-30',
      });
      const agreement = await ccas.get<Agreement>(`/agreements/${created.body.id}`);
      expect(agreement.body).toMatchObject({
        endDate: '2027-06-30',
        totalAmountCents: 3_500_000,
        version: created.body.version + 1,
      });
      const history = await ccas.get<Array<{ kind: string }>>(`/agreements/${created.body.id}/history`);
      // In the order of the agreement's life: signature (2026-01-01), amendment (2026-10-01), then its registration today.
      expect(history.body.map((e) => e.kind)).toEqual(['transition', 'amendment', 'created']);
      const audit = await auditOf('agreements', created.body.id);
      expect(audit).toContainEqual(
        expect.objectContaining({
          action: 'update',
          changes: expect.objectContaining({ endDate: { before: '2026-12-31', after: '2027-06-30' } }),
        }),
      );
    });

    it('finds agreements ending within 90 days and whose notice deadline is within 60 days', async () => {
      // Tacit, 1-year term signed 11 months minus 20 days ago: it ends in about 50 days; 15 days' notice.
      const signature = addDays(addMonths(today, -11), 20);
      const soon = await createTacit({
        signatureDate: signature,
        noticePeriodValue: 15,
        noticePeriodUnit: 'days',
      });
      expect(soon.daysToTermEnd).toBeGreaterThanOrEqual(0);
      const ending = await ccas.get<Agreement[]>(
        `/agreements${listQuery({ filter: { endingWithinDays: 90, reference: soon.reference } })}`,
      );
      expect(ending.body.map((a) => a.id)).toEqual([soon.id]);
      const notice = await ccas.get<Agreement[]>(
        `/agreements${listQuery({ filter: { noticeWithinDays: 60 }, sort: ['terminationNoticeDeadline', 'ASC'], range: [0, 999] })}`,
      );
      expect(notice.body.map((a) => a.id)).toContain(soon.id);
      expect(
        notice.body.every(
          (a) => typeof a.daysToNoticeDeadline === 'number' && (a.daysToNoticeDeadline as number) <= 60,
        ),
      ).toBe(true);
      const far = await createTacit({ signatureDate: addDays(today, -10) });
      const notEnding = await ccas.get<Agreement[]>(
        `/agreements${listQuery({ filter: { endingWithinDays: 90, reference: far.reference } })}`,
      );
      expect(notEnding.body).toEqual([]);
    });
  });

  describe('documents, access and audit', () => {
    it('stores an uploaded PDF with its sha256 and serves it back only to roles allowed to read documents', async () => {
      const agreement = await createTacit();
      const bytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
      const uploaded = await upload(
        DEMO.ccas,
        { agreementId: agreement.id, kind: 'signed' },
        { bytes, name: 'convention-signée.pdf', type: 'application/pdf' },
      );
      expect(uploaded.status).toBe(201);
      const digest = Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
      expect(uploaded.body).toMatchObject({
        fileName: 'convention-signée.pdf',
        mediaType: 'application/pdf',
        sizeBytes: bytes.length,
        sha256: digest,
        kind: 'signed',
      });
      const download = await ccas.get<string>(`/agreement-documents/${String(uploaded.body.id)}/content`);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.body).toContain('%PDF-1.7');
      expect((await residence.get(`/agreement-documents/${String(uploaded.body.id)}/content`)).status).toBe(
        403,
      );
      expect(
        (await residence.get(`/agreement-documents${listQuery({ filter: { agreementId: agreement.id } })}`))
          .status,
      ).toBe(403);
      expect(
        (await (await api.as(DEMO.siao)).get(`/agreement-documents/${String(uploaded.body.id)}/content`))
          .status,
      ).toBe(403);
      expect((await auditor.get(`/agreement-documents/${String(uploaded.body.id)}/content`)).status).toBe(
        200,
      );
      const trail = await auditOf('agreement-documents', String(uploaded.body.id));
      expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'read']));
    });

    it('lets an auditor read agreements and deliberations but write nothing', async () => {
      expect((await auditor.get('/agreements')).status).toBe(200);
      expect((await auditor.get('/deliberations')).status).toBe(200);
      const agreement = (await findByReference('CONV-2023-004'))[0];
      expect(
        (await auditor.post('/agreements', { reference: uniqueRef('AUD'), title: 'x', kind: 'other' }))
          .status,
      ).toBe(403);
      expect(
        (await auditor.put(`/agreements/${agreement.id}`, { version: agreement.version, title: 'x' })).status,
      ).toBe(403);
      expect(
        (await auditor.post(`/agreements/${agreement.id}/transitions`, { to: 'expired', reason: 'x' }))
          .status,
      ).toBe(403);
      expect(
        (
          await auditor.post('/agreement-amendments', {
            agreementId: agreement.id,
            number: 99,
            date: '2026-01-01',
            summary: 'x',
          })
        ).status,
      ).toBe(403);
      expect((await auditor.post('/deliberations', {})).status).toBe(403);
      expect((await residence.get('/agreements')).status).toBe(403);
    });

    it('records every write in the audit trail: agreement, parts and deliberation', async () => {
      const agreement = await createTacit();
      const updated = await ccas.put<Agreement>(`/agreements/${agreement.id}`, {
        version: agreement.version,
        notes: 'Note ajoutée',
      });
      expect(updated.status).toBe(200);
      const obligation = await ccas.post<{ id: string }>('/agreement-obligations', {
        agreementId: agreement.id,
        description: 'Bilan annuel',
        dueDate: addDays(today, 10),
      });
      const meeting = await ccas.post<{ id: string; nextOccurrence: string }>('/agreement-meetings', {
        agreementId: agreement.id,
        title: 'Comité',
        recurrence: 'annual',
        nextDate: addMonths(today, -11),
      });
      expect(meeting.body.nextOccurrence).toBe(addMonths(addMonths(today, -11), 12));
      const deliberation = await ccas.post<{ id: string; quorumReached: boolean }>('/deliberations', {
        body: 'ccas_board',
        number: uniqueRef('DEL'),
        sessionDate: '2026-06-01',
        membersInOffice: 5,
        membersPresent: ['A', 'B'],
        membersRepresented: [{ member: 'C', by: 'A' }],
        subject: 'Approbation',
        agreementIds: [agreement.id],
      });
      expect(deliberation.body.quorumReached).toBe(true);
      expect((await auditOf('agreements', agreement.id)).map((e) => e.action)).toEqual([
        'create',
        'transition',
        'update',
      ]);
      expect((await auditOf('agreement-obligations', obligation.body.id)).map((e) => e.action)).toEqual([
        'create',
      ]);
      expect((await auditOf('agreement-meetings', meeting.body.id)).map((e) => e.action)).toEqual(['create']);
      expect((await auditOf('deliberations', deliberation.body.id)).map((e) => e.action)).toEqual(['create']);
    });

    it('opens the next occurrence of a recurring obligation when it is done, once', async () => {
      const agreement = await createTacit();
      type Obligation = { id: string; version: number; dueDate: string; status: string; recurrence: string };
      const created = await ccas.post<Obligation>('/agreement-obligations', {
        agreementId: agreement.id,
        description: 'Compte rendu annuel d’activité',
        dueDate: '2026-03-31',
        recurrence: 'annual',
      });
      expect(created.status).toBe(201);
      const ofAgreement = async () =>
        (
          await ccas.get<Obligation[]>(
            `/agreement-obligations${listQuery({ filter: { agreementId: agreement.id }, sort: ['dueDate', 'ASC'] })}`,
          )
        ).body.map((o) => [o.dueDate, o.status]);

      const done = await ccas.put<Obligation>(`/agreement-obligations/${created.body.id}`, {
        version: created.body.version,
        status: 'done',
      });
      expect(done.status).toBe(200);
      expect(await ofAgreement()).toEqual([
        ['2026-03-31', 'done'],
        ['2027-03-31', 'todo'],
      ]);
      // Reopened by mistake and closed again: still one next occurrence.
      const reopened = await ccas.put<Obligation>(`/agreement-obligations/${created.body.id}`, {
        version: done.body.version,
        status: 'todo',
      });
      await ccas.put(`/agreement-obligations/${created.body.id}`, {
        version: reopened.body.version,
        status: 'done',
      });
      expect(await ofAgreement()).toEqual([
        ['2026-03-31', 'done'],
        ['2027-03-31', 'todo'],
      ]);

      // A one-off obligation opens nothing.
      const once = await ccas.post<Obligation>('/agreement-obligations', {
        agreementId: agreement.id,
        description: 'Remise du rapport final',
        dueDate: '2026-06-30',
      });
      await ccas.put(`/agreement-obligations/${once.body.id}`, {
        version: once.body.version,
        status: 'done',
      });
      expect((await ofAgreement()).length).toBe(3);
    });

    it('refuses a deliberation whose proxy holder is absent', async () => {
      const response = await ccas.post<ErrorBody>('/deliberations', {
        body: 'ccas_board',
        number: uniqueRef('DEL'),
        sessionDate: '2026-06-01',
        membersInOffice: 5,
        membersPresent: ['A'],
        membersRepresented: [{ member: 'C', by: 'Z' }],
        subject: 'x',
      });
      expect(response.status).toBe(400);
      expect(response.body.fields).toEqual([
        {
          field: 'membersRepresented.0.by',
          message: 'Z représente C mais n’est pas listé parmi les présents.',
        },
      ]);
    });
  });

  describe('iCalendar feed', () => {
    it('serves a per-user feed of term ends, notice deadlines, obligations and meetings, and refuses an unknown token', async () => {
      const agreement = await createTacit({
        signatureDate: addDays(addMonths(today, -11), 20),
        noticePeriodValue: 15,
        noticePeriodUnit: 'days',
      });
      await ccas.post('/agreement-obligations', {
        agreementId: agreement.id,
        description: 'Rapport; annuel, signé',
        dueDate: addDays(today, 5),
      });
      const issued = await ccas.post<{ token: string; path: string }>('/calendar/token');
      expect(issued.status).toBe(200);
      const anonymous = api.client();
      const feed = await anonymous.get<string>(`/calendar.ics?token=${issued.body.token}`);
      expect(feed.status).toBe(200);
      expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
      const ics = feed.body;
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
      const unfolded = ics.replace(/\r\n /g, '');
      expect(unfolded).toContain(
        `UID:agreement-${agreement.id}-term-end-${String(agreement.currentTermEnd)}@pacte`,
      );
      expect(unfolded).toContain(
        `DTSTART;VALUE=DATE:${String(agreement.terminationNoticeDeadline).replace(/-/g, '')}`,
      );
      expect(unfolded).toContain('Rapport\\; annuel\\, signé');
      expect(unfolded).toContain('DTSTART;VALUE=DATE:20270523');
      expect((await anonymous.get('/calendar.ics?token=not-a-valid-token-at-all')).status).toBe(401);
      const replaced = await ccas.post<{ token: string }>('/calendar/token');
      expect((await anonymous.get(`/calendar.ics?token=${issued.body.token}`)).status).toBe(401);
      expect((await anonymous.get(`/calendar.ics?token=${replaced.body.token}`)).status).toBe(200);
    });

    it('gives no calendar to a role that cannot read agreements', async () => {
      expect((await residence.post('/calendar/token')).status).toBe(403);
    });
  });
});
