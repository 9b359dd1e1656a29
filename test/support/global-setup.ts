import { openDataSource, seedDemo } from '@pacte/api';
import { startEmbeddedPostgres } from '@pacte/api/embedded';
import { assertTestDatabase, TEST_DEMO_PASSWORD } from './test-database';

declare global {
  var __PACTE_TEST_DB__: { stop(): Promise<void>; users: number } | undefined;
}

/**
 * One PostgreSQL for the whole run: DATABASE_URL when given (its name must say "test"), otherwise an
 * embedded server in a throw-away directory. Migrations and the demo seed run once, here.
 */
export default async function globalSetup(): Promise<void> {
  if (globalThis.__PACTE_TEST_DB__) {
    globalThis.__PACTE_TEST_DB__.users += 1;
    return;
  }
  let stop = async (): Promise<void> => undefined;
  if (process.env.DATABASE_URL) {
    assertTestDatabase(process.env.DATABASE_URL);
  } else {
    const embedded = await startEmbeddedPostgres({
      dataDir: `.data/test-${process.pid}`,
      database: 'pacte_test',
      ephemeral: true,
    });
    process.env.DATABASE_URL = embedded.url;
    stop = embedded.stop;
  }
  const dataSource = await openDataSource(process.env.DATABASE_URL as string, { migrate: true });
  await seedDemo(dataSource, TEST_DEMO_PASSWORD);
  await dataSource.destroy();
  globalThis.__PACTE_TEST_DB__ = { stop, users: 1 };
}
