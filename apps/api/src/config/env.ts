/** Environment, read and checked once at boot: a bad value stops the process with a clear message. */
export interface Env {
  databaseUrl?: string;
  port: number;
  host: string;
  demo: boolean;
  demoPassword: string;
  logLevel: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  secureCookies: boolean;
  dataDir: string;
  adminDist: string;
  documentsMaxBytes: number;
}

export class EnvError extends Error {}

function integer(name: string, raw: string | undefined, fallback: number, min = 0): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw new EnvError(`${name} doit être un entier ≥ ${min} (reçu « ${raw} »).`);
  return n;
}

function flag(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new EnvError(`${name} doit valoir 1 ou 0 (reçu « ${raw} »).`);
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const databaseUrl = source.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new EnvError('DATABASE_URL doit commencer par postgres:// ou postgresql://.');
  }
  // Without DATABASE_URL Pacte runs its own embedded database: that is demo mode.
  const demo = flag('PACTE_DEMO', source.PACTE_DEMO, !databaseUrl);
  const demoPassword = source.DEMO_PASSWORD || 'pacte-demo';
  return {
    databaseUrl,
    port: integer('PORT', source.PORT, 3000, 0),
    host: source.HOST || '0.0.0.0',
    demo,
    demoPassword,
    logLevel: source.LOG_LEVEL || 'info',
    sessionIdleMinutes: integer('SESSION_IDLE_MINUTES', source.SESSION_IDLE_MINUTES, 60, 1),
    sessionMaxHours: integer('SESSION_MAX_HOURS', source.SESSION_MAX_HOURS, 12, 1),
    secureCookies: flag('SECURE_COOKIES', source.SECURE_COOKIES, !demo),
    dataDir: source.PACTE_DATA_DIR || '.data',
    adminDist: source.ADMIN_DIST || 'dist/admin',
    documentsMaxBytes: integer('DOCUMENTS_MAX_BYTES', source.DOCUMENTS_MAX_BYTES, 10 * 1024 * 1024, 1),
  };
}

export const ENV = Symbol('ENV');
