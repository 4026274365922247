/**
 * @bluehelm/client — a typed HTTP client for the Bluehelm API. Types come
 * from @bluehelm/core; it runs wherever `fetch` does (Node ≥ 20, browsers).
 *
 * @packageDocumentation
 */
export { BluehelmError, createClient, resourcePath } from "./client.js";
export type {
  AnalyticsName,
  AuditEntry,
  BluehelmClient,
  ClientOptions,
  CreatedToken,
  GedFileParams,
  GedImport,
  Item,
  ListQuery,
  Page,
  PledgeStatusAnswer,
  ProblemDetails,
  TokenHolder,
  TokenInfo,
  Versioned,
  WriteOptions,
} from "./client.js";
