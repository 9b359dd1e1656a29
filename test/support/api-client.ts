import { readEnv, RunningServer, startServer } from '@pacte/api';
import { assertTestDatabase, TEST_DEMO_PASSWORD } from './test-database';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A signed-in (or anonymous) client of the API under test, keeping its session cookie. */
export class ApiClient {
  private cookie = '';

  constructor(readonly baseUrl: string) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    rawBody?: string,
  ): Promise<ApiResponse<T>> {
    const text = rawBody ?? (body !== undefined ? JSON.stringify(body) : undefined);
    return this.send<T>(method, path, text === undefined ? undefined : 'application/json', text);
  }

  /** Any body under any content type, as a client that does not play by the rules would send it. */
  async send<T = unknown>(
    method: string,
    path: string,
    contentType: string | undefined,
    body: string | undefined,
  ): Promise<ApiResponse<T>> {
    const response = await fetch(`${this.baseUrl}/api${path}`, {
      method,
      headers: {
        ...(contentType ? { 'content-type': contentType } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body,
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (documents, calendars): keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = unknown>(path: string): Promise<ApiResponse<T>> {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body?: unknown): Promise<ApiResponse<T>> {
    return this.request<T>('POST', path, body ?? {});
  }
  put<T = unknown>(path: string, body: unknown): Promise<ApiResponse<T>> {
    return this.request<T>('PUT', path, body);
  }
  delete<T = unknown>(path: string): Promise<ApiResponse<T>> {
    return this.request<T>('DELETE', path);
  }

  async login(email: string, password = TEST_DEMO_PASSWORD): Promise<this> {
    const response = await this.post('/auth/login', { email, password });
    if (response.status !== 200)
      throw new Error(`login ${email} → ${response.status} ${JSON.stringify(response.body)}`);
    return this;
  }
}

/** Starts the real application (HTTP, guards, filters, database) on a free port. */
export async function startTestApi(): Promise<
  RunningServer & { client(): ApiClient; as(email: string): Promise<ApiClient> }
> {
  const databaseUrl = process.env.DATABASE_URL as string;
  assertTestDatabase(databaseUrl);
  const env = {
    ...readEnv({ ...process.env, PACTE_DEMO: '1', LOG_LEVEL: 'silent' }),
    port: 0,
    host: '127.0.0.1',
    databaseUrl,
    corsOrigins: ['http://localhost:5173'],
  };
  const server = await startServer(env);
  return {
    ...server,
    client: () => new ApiClient(server.url),
    as: (email: string) => new ApiClient(server.url).login(email),
  };
}

/** `?sort=…&range=…&filter=…` as ra-data-simple-rest writes it. */
export function listQuery(options: {
  sort?: [string, string];
  range?: [number, number];
  filter?: Record<string, unknown>;
}): string {
  const params = new URLSearchParams();
  if (options.sort) params.set('sort', JSON.stringify(options.sort));
  if (options.range) params.set('range', JSON.stringify(options.range));
  if (options.filter) params.set('filter', JSON.stringify(options.filter));
  return `?${params.toString()}`;
}

export const DEMO = {
  admin: 'admin@pacte.demo',
  ccas: 'ccas@pacte.demo',
  residence: 'residence@pacte.demo',
  dpo: 'dpo@pacte.demo',
  siao: 'siao@pacte.demo',
  auditor: 'auditeur@pacte.demo',
} as const;

/** A residency contract for a resident, on the current template of his residence, signed on a date. */
export async function signContract(
  client: ApiClient,
  resident: { id: string; residenceId: string },
  signedOn: string,
): Promise<{ id: string }> {
  const [template] = (
    await client.get<Array<{ id: string }>>(
      `/contract-templates${listQuery({ filter: { residenceId: resident.residenceId } })}`,
    )
  ).body;
  const contract = await client.post<{ id: string }>('/residency-contracts', {
    residentId: resident.id,
    templateId: template.id,
    signedOn,
    startsOn: signedOn,
  });
  if (contract.status !== 201) throw new Error(`contract refused: ${JSON.stringify(contract.body)}`);
  return contract.body;
}
