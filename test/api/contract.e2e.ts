import { ApiClient, DEMO, listQuery, startTestApi } from '../support/api-client';

interface Organisation {
  id: string;
  name: string;
  version: number;
  siren: string | null;
  [key: string]: unknown;
}

describe('simple-rest contract on organisations and contacts', () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let ccas: ApiClient;

  beforeAll(async () => {
    api = await startTestApi();
    ccas = await api.as(DEMO.ccas);
  });
  afterAll(() => api.close());

  it('lists the seeded organisations sorted, paged, with Content-Range', async () => {
    const response = await ccas.get<Organisation[]>(
      `/organisations${listQuery({ sort: ['name', 'ASC'], range: [0, 9] })}`,
    );
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(10);
    const total = Number(/^organisations 0-9\/(\d+)$/.exec(response.headers.get('content-range') ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(11);
    const names = response.body.map((o) => o.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('fr').compare));
    // French order, not byte order: « Action Tank » comes before « ADOMA ».
    expect(names.indexOf('Action Tank Entreprise et Pauvreté')).toBeLessThan(names.indexOf('ADOMA'));
  });

  it('exposes Content-Range to the allowed cross-origin client (Vite dev server)', async () => {
    const response = await fetch(`${api.url}/api/health`, { headers: { origin: 'http://localhost:5173' } });
    expect(response.headers.get('access-control-expose-headers')).toMatch(/Content-Range/);
    const other = await fetch(`${api.url}/api/health`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('finds ADOMA by typing "adoma", and Métropole without its accent', async () => {
    const adoma = await ccas.get<Organisation[]>(`/organisations${listQuery({ filter: { q: 'adoma' } })}`);
    expect(adoma.body.map((o) => o.shortName)).toEqual(['ADOMA']);
    const metropole = await ccas.get<Organisation[]>(
      `/organisations${listQuery({ filter: { q: 'METROPOLE dijon' } })}`,
    );
    expect(metropole.body.map((o) => o.shortName)).toContain('Dijon Métropole');
  });

  it('serves getMany through filter={"id":[…]} and getOne by id', async () => {
    const all = await ccas.get<Organisation[]>(`/organisations${listQuery({ range: [0, 2] })}`);
    const ids = all.body.map((o) => o.id);
    const many = await ccas.get<Organisation[]>(`/organisations${listQuery({ filter: { id: ids } })}`);
    expect(many.body.map((o) => o.id).sort()).toEqual([...ids].sort());
    const one = await ccas.get<Organisation>(`/organisations/${ids[0]}`);
    expect(one.body.id).toBe(ids[0]);
  });

  it('creates, updates with optimistic locking, and soft-deletes an organisation', async () => {
    const created = await ccas.post<Organisation>('/organisations', {
      name: 'Association Test Écluse',
      legalForm: 'association',
    });
    expect(created.status).toBe(201);
    expect(created.body.version).toBe(1);

    const updated = await ccas.put<Organisation>(`/organisations/${created.body.id}`, {
      version: 1,
      city: 'Dijon',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ city: 'Dijon', version: 2 });

    const stale = await ccas.put(`/organisations/${created.body.id}`, { version: 1, city: 'Chenôve' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'STALE_VERSION' });

    const removed = await ccas.delete(`/organisations/${created.body.id}`);
    expect(removed.status).toBe(200);
    expect((await ccas.get(`/organisations/${created.body.id}`)).status).toBe(404);
    const listed = await ccas.get<Organisation[]>(`/organisations${listQuery({ filter: { q: 'ecluse' } })}`);
    expect(listed.body).toEqual([]);
  });

  it('derives the SIREN from a valid SIRET and refuses a second organisation with the same SIRET', async () => {
    const first = await ccas.post<Organisation>('/organisations', {
      name: 'Société Luhn',
      legalForm: 'company',
      siret: '732 829 320 00074',
    });
    expect(first.status).toBe(201);
    expect(first.body.siren).toBe('732829320');
    const again = await ccas.post('/organisations', {
      name: 'Société Luhn bis',
      legalForm: 'company',
      siret: '73282932000074',
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ fields: [{ field: 'siret' }] });
  });

  it('refuses an organisation that would depend on itself through its parents', async () => {
    const parent = await ccas.post<Organisation>('/organisations', {
      name: 'Parent P',
      legalForm: 'association',
    });
    const child = await ccas.post<Organisation>('/organisations', {
      name: 'Enfant E',
      legalForm: 'other',
      parentId: parent.body.id,
    });
    const cycle = await ccas.put(`/organisations/${parent.body.id}`, { version: 1, parentId: child.body.id });
    expect(cycle.status).toBe(400);
    expect(cycle.body).toMatchObject({ fields: [{ field: 'parentId' }] });
  });

  it.each([
    [
      'malformed JSON',
      () => ccas.request('POST', '/organisations', undefined, '{"name":'),
      'MALFORMED_JSON',
      undefined,
    ],
    [
      'an unknown field',
      () => ccas.post('/organisations', { name: 'X', legalForm: 'other', colour: 'red' }),
      'VALIDATION_FAILED',
      'colour',
    ],
    [
      'a missing name',
      () => ccas.post('/organisations', { legalForm: 'other' }),
      'VALIDATION_FAILED',
      'name',
    ],
    [
      'an invalid SIRET',
      () => ccas.post('/organisations', { name: 'X', legalForm: 'other', siret: '12345678901234' }),
      'VALIDATION_FAILED',
      'siret',
    ],
    [
      'an unknown legal form',
      () => ccas.post('/organisations', { name: 'X', legalForm: 'sect' }),
      'VALIDATION_FAILED',
      'legalForm',
    ],
    [
      'an unknown sort field',
      () => ccas.get(`/organisations${listQuery({ sort: ['notes', 'ASC'] })}`),
      'INVALID_QUERY',
      'sort',
    ],
    [
      'a range over the limit',
      () => ccas.get(`/organisations${listQuery({ range: [0, 5000] })}`),
      'INVALID_QUERY',
      'range',
    ],
    ['a filter that is not JSON', () => ccas.get('/organisations?filter=%7Bq'), 'INVALID_QUERY', 'filter'],
    ['an id of the wrong type', () => ccas.get('/organisations/42'), 'VALIDATION_FAILED', 'id'],
    [
      'an update without version',
      () => ccas.put('/organisations/6f1c1f56-1d9e-4a53-9d51-5a3b8c7e9f00', { city: 'Dijon' }),
      'VALIDATION_FAILED',
      'version',
    ],
    [
      'a contact of an unknown organisation',
      () =>
        ccas.post('/contacts', {
          organisationId: '6f1c1f56-1d9e-4a53-9d51-5a3b8c7e9f00',
          lastName: 'Durand',
        }),
      'VALIDATION_FAILED',
      'organisationId',
    ],
    [
      'a bad e-mail',
      () =>
        ccas.post('/contacts', {
          organisationId: '6f1c1f56-1d9e-4a53-9d51-5a3b8c7e9f00',
          lastName: 'Durand',
          email: 'pas-une-adresse',
        }),
      'VALIDATION_FAILED',
      'email',
    ],
  ])('answers 400 with a French message for %s', async (_label, send, code, field) => {
    const response = await send();
    expect(response.status).toBe(400);
    const body = response.body as {
      code: string;
      message: string;
      fields?: Array<{ field: string; message: string }>;
      stack?: unknown;
    };
    expect(body.code).toBe(code);
    expect(body.message).toMatch(/[a-zéèàç]/i);
    expect(body.stack).toBeUndefined();
    if (field) expect(body.fields?.map((f) => f.field)).toContain(field);
  });

  it('answers bodies it cannot read in French, in the error body, without saving anything', async () => {
    const send = (contentType: string, body: string) =>
      ccas.send<{ code: string; message: string }>('POST', '/organisations', contentType, body);
    const before = (await ccas.get(`/organisations${listQuery({ range: [0, 0] })}`)).headers.get(
      'content-range',
    );

    const xml = await send('application/xml', '<organisation name="X"/>');
    expect(xml.status).toBe(415);
    expect(xml.body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('JSON') });

    const huge = await send('application/json', JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: 'Contenu trop volumineux.' });

    // A JSON content type with no body at all is no body (as clients send it on bodiless POSTs).
    const empty = await send('application/json', '');
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ code: 'VALIDATION_FAILED' });

    const poisoned = await send('application/json', '{"name":"X","legalForm":"other","__proto__":{"a":1}}');
    expect(poisoned.status).toBe(400);
    expect(poisoned.body).toMatchObject({ code: 'MALFORMED_JSON' });

    const after = (await ccas.get(`/organisations${listQuery({ range: [0, 0] })}`)).headers.get(
      'content-range',
    );
    expect(after).toBe(before);
  });

  it('documents request bodies in OpenAPI from the DTOs’ validation rules', async () => {
    const doc = await ccas.get<{
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>
      >;
      components: {
        schemas: Record<
          string,
          { properties?: Record<string, { type?: string; maxLength?: number }>; required?: string[] }
        >;
      };
    }>('/docs/openapi.json');
    expect(doc.status).toBe(200);
    const create = doc.body.paths['/api/contacts'].post.requestBody?.content['application/json'].schema as {
      $ref: string;
    };
    const schema = doc.body.components.schemas[create.$ref.split('/').pop() as string];
    expect(Object.keys(schema.properties ?? {})).toEqual(
      expect.arrayContaining(['organisationId', 'lastName', 'email']),
    );
    expect(schema.required).toEqual(expect.arrayContaining(['organisationId', 'lastName']));
  });

  it('answers 404 in the error body for an unknown route', async () => {
    const response = await ccas.get('/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'NOT_FOUND' });
  });
});
