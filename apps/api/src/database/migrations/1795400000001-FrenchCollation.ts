import { MigrationInterface, QueryRunner } from 'typeorm';

/** Human-readable names sort the French way (case and accents as a reader expects: « Action Tank » before « ADOMA »). */
export class FrenchCollation1795400000001 implements MigrationInterface {
  name = 'FrenchCollation1795400000001';

  private readonly columns: Array<[string, string]> = [
    ['organisations', 'name'],
    ['organisations', 'short_name'],
    ['organisations', 'city'],
    ['contacts', 'last_name'],
    ['contacts', 'first_name'],
    ['users', 'display_name'],
  ];

  async up(q: QueryRunner): Promise<void> {
    for (const [table, column] of this.columns) {
      await q.query(`ALTER TABLE ${table} ALTER COLUMN ${column} TYPE text COLLATE "fr-FR-x-icu"`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, column] of this.columns) {
      await q.query(`ALTER TABLE ${table} ALTER COLUMN ${column} TYPE text COLLATE "default"`);
    }
  }
}
