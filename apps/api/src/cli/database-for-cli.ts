import { DataSource } from 'typeorm';
import { readEnv } from '../config/env';
import { openDataSource } from '../database/data-source';
import { EmbeddedDatabase, startEmbeddedPostgres } from '../database/embedded';

/** The database a CLI works on: DATABASE_URL, or the embedded one of `npm start` (same data directory). */
export async function withDatabase<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const env = readEnv();
  let embedded: EmbeddedDatabase | undefined;
  let url = env.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: env.dataDir, database: 'pacte' });
    url = embedded.url;
  }
  const dataSource = await openDataSource(url, { migrate: true });
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

export function fail(message: string): never {
  console.error(`Erreur : ${message}`);
  process.exit(2);
}
