/** The residences feature's TypeORM entities and migrations, composed into the data source. */
export const RESIDENCES_ENTITIES: Array<abstract new () => object> = [];
export const RESIDENCES_MIGRATIONS: Array<new () => object> = [];
