import type { EntityManager } from 'typeorm';

/** Demo data of the agreements feature, idempotent (stable ids, insert if missing). Returns the rows added. */
export async function seedAgreementsDemo(_manager: EntityManager): Promise<number> {
  return 0;
}
