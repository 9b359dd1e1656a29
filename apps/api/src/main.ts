import 'reflect-metadata';
import { DEMO_USERS } from './seed/demo-users';
import { readEnv, EnvError } from './config/env';
import { openDataSource } from './database/data-source';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded';
import { seedDemo } from './seed/seed';
import { startServer } from './server';

async function main(): Promise<void> {
  const env = readEnv();
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = env.databaseUrl;
  if (!databaseUrl) {
    console.log(`Pacte : démarrage de PostgreSQL embarqué (données dans ${env.dataDir}/)…`);
    embedded = await startEmbeddedPostgres({ dataDir: env.dataDir, database: 'pacte' });
    databaseUrl = embedded.url;
  }
  const dataSource = await openDataSource(databaseUrl, { migrate: true });
  if (env.demo) {
    const report = await seedDemo(dataSource, env.demoPassword);
    console.log(
      `Pacte : données de démonstration (${report.organisations} organisations, ${report.contacts} référents, ${report.users} comptes ajoutés).`,
    );
  }
  await dataSource.destroy();

  const corsOrigins = (process.env.CORS_ORIGINS ?? (env.demo ? 'http://localhost:5173' : ''))
    .split(',')
    .filter(Boolean);
  const server = await startServer({ ...env, databaseUrl, corsOrigins });
  console.log(
    `\nPacte est prêt : ${server.url}/  (API : ${server.url}/api, documentation : ${server.url}/api/docs)`,
  );
  if (env.demo) {
    console.log(
      `Mode démonstration — comptes (mot de passe : ${process.env.DEMO_PASSWORD ? 'celui de DEMO_PASSWORD' : env.demoPassword}) :`,
    );
    for (const user of DEMO_USERS) console.log(`  ${user.email.padEnd(22)} ${user.role}`);
  }
  console.log('Ctrl-C pour arrêter.');

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log(`\nPacte : arrêt (${signal})…`);
    await server.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? `Configuration invalide : ${error.message}` : error);
  process.exit(1);
});
