import { types } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AuditEvent } from '../audit/audit-event.entity';
import { Session } from '../auth/session.entity';
import { Contact } from '../contacts/contact.entity';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';
import { Foundation1795400000000 } from './migrations/1795400000000-Foundation';
import { FrenchCollation1795400000001 } from './migrations/1795400000001-FrenchCollation';
import { AuditChainPerStatement1795700000000 } from './migrations/1795700000000-AuditChainPerStatement';
import { AGREEMENTS_ENTITIES, AGREEMENTS_MIGRATIONS } from '../agreements/agreements.schema';
import { RESIDENCES_ENTITIES, RESIDENCES_MIGRATIONS } from '../residences/residences.schema';

// A calendar date is a date, not an instant: keep `date` columns as 'YYYY-MM-DD' strings.
types.setTypeParser(types.builtins.DATE, (value) => value);

export const ENTITIES = [
  Organisation,
  Contact,
  User,
  Session,
  AuditEvent,
  ...AGREEMENTS_ENTITIES,
  ...RESIDENCES_ENTITIES,
];
// Migrations run in timestamp order whatever the feature they come from.
export const MIGRATIONS = [
  Foundation1795400000000,
  FrenchCollation1795400000001,
  AuditChainPerStatement1795700000000,
  ...AGREEMENTS_MIGRATIONS,
  ...RESIDENCES_MIGRATIONS,
].sort((a, b) => a.name.replace(/\D/g, '').localeCompare(b.name.replace(/\D/g, '')));

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: {
      max: Number(process.env.PG_POOL_SIZE ?? 20),
      application_name: 'pacte',
      options: '-c timezone=Europe/Paris',
    },
  };
}

export async function openDataSource(url: string, options: { migrate?: boolean } = {}): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  if (options.migrate) await dataSource.runMigrations();
  return dataSource;
}
