// The embedded PostgreSQL (`@pacte/api/embedded`), apart from `@pacte/api` because the package is
// ES-module only: plain Node loads it, Jest's test runtime cannot.
export { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded';
