import 'reflect-metadata';
import { isRole, passwordProblem, ROLES } from '@pacte/domain';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { generatePassword, hashPassword } from '../auth/passwords';
import { fail, withDatabase } from './database-for-cli';

const USAGE = `Usage : npm run user:create -- --email <adresse> --role <${ROLES.join('|')}> [--name "Nom affiché"] [--organisation "Nom de l'organisation"] [--generate]
  Sans --generate, le mot de passe est demandé (12 caractères au moins) ; avec --generate, un mot de passe fort est créé et affiché une fois.`;

async function askPassword(email: string): Promise<string> {
  if (!process.stdin.isTTY) fail('aucun terminal pour saisir le mot de passe : utilisez --generate.');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const password = await rl.question('Mot de passe : ');
  const again = await rl.question('Confirmez : ');
  rl.close();
  if (password !== again) fail('les deux saisies diffèrent.');
  const problem = passwordProblem(password, email);
  if (problem) fail(problem);
  return password;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      organisation: { type: 'string', default: "Centre Communal d'Action Sociale de Dijon" },
      generate: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void console.log(USAGE);
  const email = values.email?.trim().toLowerCase();
  if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) fail(`--email manquant ou invalide.\n${USAGE}`);
  if (!isRole(values.role)) fail(`--role doit valoir ${ROLES.join(', ')}.\n${USAGE}`);
  const role = values.role;
  const generated = values.generate ? generatePassword() : undefined;
  const password = generated ?? (await askPassword(email));

  await withDatabase(async (dataSource) => {
    await dataSource.transaction(async (manager) => {
      const existing: unknown[] = await manager.query(`SELECT 1 FROM users WHERE email = $1`, [email]);
      if (existing.length) fail(`un compte ${email} existe déjà.`);
      const name = values.organisation as string;
      const found: Array<{ id: string }> = await manager.query(
        `SELECT id FROM organisations WHERE deleted_at IS NULL AND (f_unaccent(name) = f_unaccent($1) OR f_unaccent(short_name) = f_unaccent($1)) LIMIT 1`,
        [name],
      );
      const organisationId =
        found[0]?.id ??
        (
          (await manager.query(
            `INSERT INTO organisations (name, legal_form) VALUES ($1, 'public_body') RETURNING id`,
            [name],
          )) as Array<{ id: string }>
        )[0].id;
      const rows: Array<{ id: string }> = await manager.query(
        `INSERT INTO users (email, display_name, role, organisation_id, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [email, values.name ?? email, role, organisationId, await hashPassword(password)],
      );
      await manager.query(
        `INSERT INTO audit_events (action, entity_type, entity_id, details) VALUES ('create', 'users', $1, $2)`,
        [rows[0].id, JSON.stringify({ via: 'cli', email, role })],
      );
    });
  });
  console.log(`Compte créé : ${email} (${role}).`);
  if (generated) console.log(`Mot de passe (affiché une seule fois) : ${generated}`);
}

main().catch((error: unknown) => fail((error as Error).message));
