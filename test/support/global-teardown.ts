import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const db = globalThis.__PACTE_TEST_DB__;
  if (!db) return;
  db.users -= 1;
  if (db.users > 0) return;
  await db.stop();
  fs.rmSync(`.data/test-${process.pid}`, { recursive: true, force: true });
  globalThis.__PACTE_TEST_DB__ = undefined;
}
