/** The agreements feature's TypeORM entities and migrations, composed into the data source. */
export const AGREEMENTS_ENTITIES: Array<abstract new () => object> = [];
export const AGREEMENTS_MIGRATIONS: Array<new () => object> = [];
