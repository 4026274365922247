/**
 * @bluehelm/test-utils — the harnesses the workspace's test suites share: the
 * store engines under test and the local PostgreSQL server's helpers.
 */
export { ENGINES, TEMPLATE_ENV, pgliteEngine, postgresEngine, seededTemplateSetup, type EngineUnderTest } from "./engines.js";
export { dropDatabase, dropDatabaseSql, ensurePostgres, freshDatabase, pgUrl } from "./postgres.js";
