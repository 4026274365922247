/**
 * @bluehelm/test-utils — the harnesses the workspace's test suites share: the
 * store engines under test, the local PostgreSQL server's helpers and a seeded
 * generator of numbers.
 */
export { ENGINES, TEMPLATE_ENV, pgliteEngine, postgresEngine, seededTemplateSetup, type EngineUnderTest } from "./engines.js";
export { dropDatabase, dropDatabaseSql, ensurePostgres, freshDatabase, pgUrl } from "./postgres.js";
export { seededRandom } from "./random.js";
