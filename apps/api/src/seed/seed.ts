import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/passwords';
import { DEMO_USERS } from './demo-users';
import { contactId, orgId, SEED_CONTACTS, SEED_ORGANISATIONS } from './partners.seed';
import { seedId } from './seed-id';
import { seedAgreementsDemo } from '../agreements/agreements.seed';
import { seedResidencesDemo } from '../residences/residences.seed';

export interface SeedReport {
  organisations: number;
  contacts: number;
  users: number;
  features: number;
}

async function insertCount(manager: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const result: [unknown[], number] = await manager
    .query(`${sql} RETURNING 1`, params)
    .then((rows: unknown[]) => [rows, rows.length]);
  return result[1];
}

/**
 * Demo data from the original documents. Idempotent: every seeded row has a stable id (or a unique
 * e-mail) and is inserted only if missing, so a second start changes nothing and edits are kept.
 */
export async function seedDemo(dataSource: DataSource, demoPassword: string): Promise<SeedReport> {
  const report: SeedReport = { organisations: 0, contacts: 0, users: 0, features: 0 };
  const passwordHash = await hashPassword(demoPassword);
  await dataSource.transaction(async (manager) => {
    // Parents first, so that the parent reference exists.
    const ordered = [...SEED_ORGANISATIONS].sort(
      (a, b) => Number(Boolean(a.parentKey)) - Number(Boolean(b.parentKey)),
    );
    for (const o of ordered) {
      report.organisations += await insertCount(
        manager,
        `INSERT INTO organisations (id, name, short_name, legal_form, siret, address_line, postcode, city, website, parent_id,
           data_sharing_roles, dpo_name, dpo_email, rights_contact, notes)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15) ON CONFLICT (id) DO NOTHING`,
        [
          orgId(o.key),
          o.name,
          o.shortName ?? null,
          o.legalForm,
          o.siret ?? null,
          o.addressLine ?? null,
          o.postcode ?? null,
          o.city ?? null,
          o.website ?? null,
          o.parentKey ? orgId(o.parentKey) : null,
          o.dataSharingRoles,
          o.dpoName ?? null,
          o.dpoEmail ?? null,
          o.rightsContact ?? null,
          o.notes ?? null,
        ],
      );
    }
    for (const c of SEED_CONTACTS) {
      report.contacts += await insertCount(
        manager,
        `INSERT INTO contacts (id, organisation_id, last_name, first_name, job_title, email, professional_secrecy, notes)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT (id) DO NOTHING`,
        [
          contactId(c.key),
          orgId(c.organisationKey),
          c.lastName,
          c.firstName ?? null,
          c.jobTitle ?? null,
          c.email ?? null,
          c.professionalSecrecy ?? false,
          c.notes ?? null,
        ],
      );
    }
    for (const u of DEMO_USERS) {
      report.users += await insertCount(
        manager,
        `INSERT INTO users (id, email, display_name, role, organisation_id, password_hash) VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT (email) DO NOTHING`,
        [seedId(`user:${u.email}`), u.email, u.displayName, u.role, orgId(u.organisationKey), passwordHash],
      );
    }
    report.features += await seedAgreementsDemo(manager);
    report.features += await seedResidencesDemo(manager);
    if (report.organisations + report.contacts + report.users + report.features > 0) {
      await manager.query(
        `INSERT INTO audit_events (action, entity_type, details) VALUES ('create', 'seed', $1)`,
        [JSON.stringify({ seed: 'demo', ...report })],
      );
    }
  });
  return report;
}
