// The API's entry points for its end-to-end tests, CLIs and benchmarks (`@pacte/api`).
export { readEnv, type Env } from './config/env';
export { openDataSource, dataSourceOptions } from './database/data-source';
export { seedDemo } from './seed/seed';
export { startServer, type RunningServer } from './server';
export { listRoutes, type RouteInfo } from './common/http/routes';
export { verifyAuditChain } from './audit/audit-chain';
export { seedId } from './seed/seed-id';
export { CrudService } from './common/crud/crud.service';
export { contactsResource } from './contacts/contacts.resource';
