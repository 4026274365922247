/**
 * The wire schemas of the Bluehelm HTTP API: the shapes of its answers and
 * request bodies that are not records of the dataset (problems, pages,
 * pledges with their status, the audit log, tokens, answers of questions).
 * The server documents them in its OpenAPI document; the client infers its
 * types from them. Records themselves are the schemas of `ENTITY_SCHEMAS`.
 */
import * as z from "zod";
import { PLEDGE_STATUSES, SEVERITIES, codes } from "../codelists.js";
import { IsoDateSchema } from "../schemas/common.js";
import { PledgeSchema } from "../schemas/pledge.js";
import { RULE_IDS, type RuleId } from "../validation/rules.js";

/**
 * The roles a bearer token can carry, from least to most powerful: a reader reads (when reads are private),
 * an editor writes pledges, pledge events and endorsements, an admin also reads the audit log and manages tokens.
 *
 * @example
 * ```ts
 * import { ROLES } from "@bluehelm/core";
 *
 * console.log(ROLES.indexOf("editor") >= ROLES.indexOf("reader")); // true
 * ```
 */
export const ROLES = ["reader", "editor", "admin"] as const;

/**
 * A role a bearer token carries: `reader`, `editor` or `admin` (see {@link ROLES}).
 *
 * @example
 * ```ts
 * import type { Role } from "@bluehelm/core";
 *
 * const role: Role = "editor";
 * console.log(role);
 * ```
 */
export type Role = (typeof ROLES)[number];

/**
 * The schema of a {@link Role}.
 *
 * @example
 * ```ts
 * import { RoleSchema } from "@bluehelm/core";
 *
 * console.log(RoleSchema.safeParse("owner").success); // false
 * ```
 */
export const RoleSchema = z.enum(ROLES).meta({ id: "Role", description: "The role of a bearer token, from least to most powerful: reader, editor, admin." });

/**
 * The kinds of record the API writes (editor role).
 *
 * @example
 * ```ts
 * import { WRITABLE_KINDS } from "@bluehelm/core";
 *
 * console.log(WRITABLE_KINDS); // ["pledge", "pledge-event", "endorsement"]
 * ```
 */
export const WRITABLE_KINDS = ["pledge", "pledge-event", "endorsement"] as const;

/**
 * A kind the API writes: one of {@link WRITABLE_KINDS}.
 *
 * @example
 * ```ts
 * import type { WritableKind } from "@bluehelm/core";
 *
 * const kind: WritableKind = "endorsement";
 * console.log(kind);
 * ```
 */
export type WritableKind = (typeof WRITABLE_KINDS)[number];

/**
 * One issue of a validation report, as the API sends it.
 *
 * @example
 * ```ts
 * import { ValidationIssueSchema } from "@bluehelm/core";
 *
 * const issue = { rule: "schema.invalid-value", severity: "error", path: ["query", "asOf"], message: { en: "asOf is YYYY-MM-DD.", fr: "asOf est AAAA-MM-JJ." } };
 * console.log(ValidationIssueSchema.safeParse(issue).success); // true
 * ```
 */
export const ValidationIssueSchema = z
  .object({
    rule: z.enum(RULE_IDS as [RuleId, ...RuleId[]]).describe("The stable id of the rule, e.g. reference.dangling."),
    severity: z.enum(codes(SEVERITIES)),
    path: z.array(z.union([z.string(), z.number()])).describe("Where: the path to the offending value (for a request: query, header or path, then the parameter)."),
    message: z.object({ en: z.string(), fr: z.string() }).describe("What, and how to fix it, in English and French."),
    row: z.number().int().optional().describe("For file input: the 1-based line or position of the record."),
    column: z.string().optional().describe("For CSV input: the column name."),
  })
  .meta({ id: "ValidationIssue" });

/**
 * The validation report as the API sends it: the one report of Bluehelm (library, CLI, API, web forms).
 *
 * @example
 * ```ts
 * import { ValidationReportSchema } from "@bluehelm/core";
 *
 * console.log(ValidationReportSchema.safeParse({ valid: true, issues: [] }).success); // true
 * ```
 */
export const ValidationReportSchema = z
  .object({ valid: z.boolean(), issues: z.array(ValidationIssueSchema) })
  .meta({ id: "ValidationReport", description: "The one validation report of Bluehelm: the library, the CLI, the API and the web forms." });

/**
 * RFC 9457 problem details: the body of every 4xx and 5xx answer of the API (`application/problem+json`), with
 * the validation report when input was refused. Other members (e.g. `currentVersion` on a 412) may appear.
 *
 * @example
 * ```ts
 * import { ProblemSchema } from "@bluehelm/core";
 *
 * const answer = await fetch("http://127.0.0.1:8080/v1/missions/no-such-mission");
 * const problem = ProblemSchema.parse(await answer.json());
 * console.log(problem.status, problem.type, problem.detail);
 * ```
 */
export const ProblemSchema = z
  .looseObject({
    type: z.string().meta({ example: "urn:bluehelm:problem:validation-failed" }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    report: ValidationReportSchema.optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details, with the validation report when input was refused." });

/**
 * RFC 9457 problem details, as {@link ProblemSchema} reads them.
 *
 * @example
 * ```ts
 * import type { Problem } from "@bluehelm/core";
 *
 * const isStale = (p: Problem) => p.status === 412;
 * console.log(isStale({ type: "urn:bluehelm:problem:precondition-failed", title: "The record changed since it was read", status: 412 }));
 * ```
 */
export type Problem = z.infer<typeof ProblemSchema>;

/**
 * The status of a pledge: a code of `PLEDGE_STATUSES`.
 *
 * @example
 * ```ts
 * import { PledgeStatusSchema } from "@bluehelm/core";
 *
 * console.log(PledgeStatusSchema.safeParse("deployed").success); // true
 * ```
 */
export const PledgeStatusSchema = z.enum(codes(PLEDGE_STATUSES)).describe("A pledge's status in its lifecycle.");

/**
 * A pledge as the API serves it: the record with its status as of the query's date (derived, folded from its
 * events; `null` before it was announced) and the date that status began.
 *
 * @example
 * ```ts
 * import { PledgeWithStatusSchema } from "@bluehelm/core";
 *
 * const answer = await fetch("http://127.0.0.1:8080/v1/pledges/can-2017-aviation-task-force");
 * const pledge = PledgeWithStatusSchema.parse(await answer.json());
 * console.log(pledge.status, pledge.statusSince);
 * ```
 */
export const PledgeWithStatusSchema = z
  .strictObject({
    ...PledgeSchema.shape,
    status: PledgeStatusSchema.nullable().describe("Derived: the status as of the query's date, folded from the pledge's events."),
    statusSince: IsoDateSchema.nullable().describe("Derived: the date that status began."),
  })
  .meta({ id: "PledgeWithStatus", description: "A pledge as served: the record with its status as of the query's date." });

/**
 * A pledge as the API serves it, as {@link PledgeWithStatusSchema} reads it.
 *
 * @example
 * ```ts
 * import type { PledgeWithStatus } from "@bluehelm/core";
 *
 * const open = (p: PledgeWithStatus) => p.status !== null && p.status !== "withdrawn";
 * console.log(typeof open);
 * ```
 */
export type PledgeWithStatus = z.infer<typeof PledgeWithStatusSchema>;

/**
 * The members of a page of a list besides its items: the total over all pages, the cursor of the next page
 * (`null` on the last) and the date the list is as of.
 *
 * @example
 * ```ts
 * import { PageInfoSchema } from "@bluehelm/core";
 *
 * console.log(PageInfoSchema.safeParse({ total: 3, nextCursor: null, asOf: "2024-01-01" }).success); // true
 * ```
 */
export const PageInfoSchema = z.object({
  total: z.number().int().min(0).describe("Records matching the filters, over all pages."),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page."),
  asOf: IsoDateSchema.describe("The date the list is as of."),
});

/**
 * The schema of a page of items of a schema: `{ items, total, nextCursor, asOf }`.
 *
 * @example
 * ```ts
 * import { MissionSchema, pageSchemaOf } from "@bluehelm/core";
 *
 * const MissionPage = pageSchemaOf(MissionSchema);
 * console.log(MissionPage.safeParse({ items: [], total: 0, nextCursor: null, asOf: "2024-01-01" }).success); // true
 * ```
 */
export function pageSchemaOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), ...PageInfoSchema.shape });
}

/**
 * A step of a pledge's status history.
 *
 * @example
 * ```ts
 * import { StatusStepSchema } from "@bluehelm/core";
 *
 * console.log(StatusStepSchema.safeParse({ status: "announced", since: "2017-11-14" }).success); // true
 * ```
 */
export const StatusStepSchema = z.object({
  status: PledgeStatusSchema,
  since: IsoDateSchema,
  eventId: z.string().optional().describe("The event that led to this status; absent for the initial announcement."),
});

/**
 * The answer of `GET /v1/pledges/{id}/status`: a pledge's status as of a date, with its history.
 *
 * @example
 * ```ts
 * import { PledgeStatusAnswerSchema } from "@bluehelm/core";
 *
 * const answer = await fetch("http://127.0.0.1:8080/v1/pledges/can-2017-aviation-task-force/status?asOf=2019-01-01");
 * console.log(PledgeStatusAnswerSchema.parse(await answer.json()).status);
 * ```
 */
export const PledgeStatusAnswerSchema = z
  .object({
    pledgeId: z.string(),
    asOf: IsoDateSchema,
    status: PledgeStatusSchema.nullable(),
    since: IsoDateSchema.nullable(),
    history: z.array(StatusStepSchema),
  })
  .meta({ id: "PledgeStatusAnswer", description: "A pledge's status as of a date, with its history, folded from its events." });

/**
 * What an entry of the audit log records: a write of a record (create, update, append, import, seed) or of a token.
 *
 * @example
 * ```ts
 * import { AUDIT_ACTIONS } from "@bluehelm/core";
 *
 * console.log(AUDIT_ACTIONS.includes("token-revoke")); // true
 * ```
 */
export const AUDIT_ACTIONS = ["create", "update", "append", "import", "seed", "token-create", "token-revoke"] as const;

/**
 * An entry of the audit log: who did what to which record, with the record before and after.
 *
 * @example
 * ```ts
 * import { AuditEntrySchema } from "@bluehelm/core";
 *
 * const entry = { id: 1, at: "2024-01-01T00:00:00.000Z", actor: "system:seed", action: "seed", resource: "*", recordId: null, before: null, after: {}, requestId: null };
 * console.log(AuditEntrySchema.safeParse(entry).success); // true
 * ```
 */
export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string().describe("When, as an ISO 8601 timestamp."),
    actor: z.string().describe("Who: the token (id and name), or system:…"),
    action: z.enum(AUDIT_ACTIONS),
    resource: z.string(),
    recordId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
  })
  .meta({ id: "AuditEntry" });

/**
 * An entry of the audit log, as {@link AuditEntrySchema} reads it.
 *
 * @example
 * ```ts
 * import type { AuditEntry } from "@bluehelm/core";
 *
 * const line = (e: AuditEntry) => `${e.at} ${e.actor} ${e.action} ${e.recordId ?? ""}`;
 * console.log(typeof line);
 * ```
 */
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/**
 * The holder of a bearer token, as `GET /v1/me` tells it: the token's id (never its secret), name and role.
 *
 * @example
 * ```ts
 * import { TokenHolderSchema } from "@bluehelm/core";
 *
 * console.log(TokenHolderSchema.safeParse({ id: "0123456789abcdef", name: "desk", role: "editor" }).success); // true
 * ```
 */
export const TokenHolderSchema = z
  .object({ id: z.string(), name: z.string(), role: RoleSchema })
  .meta({ id: "TokenHolder", description: "Who a bearer token belongs to: its id, name and role." });

/**
 * A bearer token as stored and listed (never its secret): id, name, role and dates.
 *
 * @example
 * ```ts
 * import { TokenInfoSchema } from "@bluehelm/core";
 *
 * const token = { id: "0123456789abcdef", name: "desk", role: "editor", createdAt: "2024-01-01T00:00:00.000Z", revokedAt: null };
 * console.log(TokenInfoSchema.safeParse(token).success); // true
 * ```
 */
export const TokenInfoSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: RoleSchema,
    createdAt: z.string().describe("When it was made, as an ISO 8601 timestamp."),
    revokedAt: z.string().nullable().describe("When it was revoked; null while it is valid."),
  })
  .meta({ id: "TokenInfo", description: "A bearer token without its secret." });

/**
 * The body of `POST /v1/tokens`: the new token's name and role.
 *
 * @example
 * ```ts
 * import { CreateTokenSchema } from "@bluehelm/core";
 *
 * console.log(CreateTokenSchema.safeParse({ name: "desk officer", role: "editor" }).success); // true
 * ```
 */
export const CreateTokenSchema = z
  .strictObject({
    name: z
      .string()
      .regex(/^\S(?:.{0,118}\S)?$/, "A token's name is 1 to 120 characters, without surrounding spaces.")
      .describe("Who or what holds it, 1 to 120 characters without surrounding spaces."),
    role: RoleSchema,
  })
  .meta({ id: "CreateToken" });

/**
 * The answer of `POST /v1/tokens`: the token as listed, and its secret, shown this once.
 *
 * @example
 * ```ts
 * import { CreatedTokenSchema } from "@bluehelm/core";
 *
 * const created = { id: "0123456789abcdef", name: "desk", role: "editor", createdAt: "2024-01-01T00:00:00.000Z", revokedAt: null, token: "bhk_…" };
 * console.log(CreatedTokenSchema.safeParse(created).success); // true
 * ```
 */
export const CreatedTokenSchema = z
  .object({ ...TokenInfoSchema.shape, token: z.string().describe("The secret: shown once, only its hash is kept.") })
  .meta({ id: "CreatedToken", description: "A new bearer token, with its secret (shown once)." });

/**
 * The answer of a question of the framework (`GET /v1/analytics/*`): the value, the date it is true for, the
 * method (EN/FR) and the sources behind it.
 *
 * @example
 * ```ts
 * import { AnswerSchema } from "@bluehelm/core";
 *
 * const answer = await fetch("http://127.0.0.1:8080/v1/analytics/poc-coverage?asOf=2024-01-01");
 * console.log(AnswerSchema.parse(await answer.json()).sources);
 * ```
 */
export const AnswerSchema = z
  .object({ asOf: IsoDateSchema, value: z.unknown(), method: z.object({ en: z.string(), fr: z.string() }), sources: z.array(z.string()) })
  .meta({ id: "Answer", description: "The answer of a question, with the date it is true for, the method and the sources." });

/**
 * The answer of `POST /v1/imports/ucdp-ged`: how many events were imported from a file of which layout and release.
 *
 * @example
 * ```ts
 * import { GedImportSchema } from "@bluehelm/core";
 *
 * console.log(GedImportSchema.safeParse({ inserted: 2, layout: "official", release: "24.1", rows: 2 }).success); // true
 * ```
 */
export const GedImportSchema = z
  .object({ inserted: z.number().int(), layout: z.string(), release: z.string(), rows: z.number().int() })
  .meta({ id: "GedImport" });
