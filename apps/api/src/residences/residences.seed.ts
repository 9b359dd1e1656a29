import type { EntityManager } from 'typeorm';

/** Demo data of the residences feature, idempotent (stable ids, insert if missing). Returns the rows added. */
export async function seedResidencesDemo(_manager: EntityManager): Promise<number> {
  return 0;
}
