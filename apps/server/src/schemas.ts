// The OpenAPI-facing schemas: the core's zod schemas, wrapped for pages,
// problems and reports. Nothing here re-declares a record's shape.
import { ENTITY_SCHEMAS, IsoDateSchema, PledgeWithStatusSchema, ProblemSchema, ValidationReportSchema, pageSchemaOf, type EntityKind } from "@bluehelm/core";
import { RESOURCES } from "@bluehelm/store";
import { z } from "@hono/zod-openapi";

const pascal = (kind: string) => kind.replace(/(^|-)([a-z])/g, (_m, _d: string, ch: string) => ch.toUpperCase());

// The problem and report shapes are the core's wire schemas, as the client reads them.
export { ProblemSchema, ValidationReportSchema as ReportSchema };

export const problemContent = { "application/problem+json": { schema: ProblemSchema } };

export const problemResponses = (codesList: readonly number[]) =>
  Object.fromEntries(codesList.map((code) => [code, { description: DESCRIPTIONS[code] ?? "Problem", content: problemContent }]));

const DESCRIPTIONS: Record<number, string> = {
  400: "The request or its query string is malformed",
  401: "A bearer token is missing or not valid",
  403: "The token's role does not allow this",
  404: "No such record",
  406: "None of the accepted media types can be produced",
  409: "A record with this id exists",
  412: "If-Match names a version that is not the current one",
  413: "The body is too large",
  415: "The body is not JSON",
  422: "The record breaks the schema or a rule of the dataset (see report)",
  428: "If-Match is required",
  429: "Too many requests (see Retry-After)",
  503: "Not ready, or too busy to take this request now (see Retry-After)",
};

/** The schema of a record as served: pledges carry their status as of the query's date (the core's PledgeWithStatus). */
export function itemSchema(kind: EntityKind): z.ZodType {
  return kind === "pledge" ? PledgeWithStatusSchema : ENTITY_SCHEMAS[kind];
}

export function pageSchema(kind: EntityKind) {
  return pageSchemaOf(itemSchema(kind)).meta({ id: `${pascal(kind)}Page` });
}

const many = z.union([z.string(), z.array(z.string())]);

/** The query parameters of a list: paging, sorting, asOf, format and one filter per field of the core schema. */
export function listQuerySchema(kind: EntityKind) {
  const info = RESOURCES[kind];
  const shape: Record<string, z.ZodType> = {
    limit: z.string().optional().openapi({ description: "Page size, 1 to 1000 (default 50). Ignored by NDJSON and CSV, which stream every match." }),
    cursor: z.string().optional().openapi({ description: "The nextCursor of the previous page." }),
    sort: z.string().optional().openapi({ description: `A field, - first for descending; default id. Fields: id, ${[...info.fields.values()].filter((f) => f.type !== "list").map((f) => f.name).join(", ")}.` }),
    asOf: IsoDateSchema.optional().openapi({ description: "YYYY-MM-DD, default today: only records that had come into being by then (pledge statuses as of then)." }),
    format: z.enum(["json", "ndjson", "csv"]).optional().openapi({ description: "Overrides the Accept header." }),
  };
  for (const field of info.fields.values()) {
    const values = field.values ? ` One of: ${field.values.join(", ")}.` : "";
    shape[field.name] = many.optional().openapi({
      description: `${field.type === "list" ? "Contains any of" : "Equals any of"} the values (repeat the parameter for several).${values}`,
    });
    if (field.type === "text" || field.type === "number") {
      shape[`${field.name}.gte`] = z.string().optional().openapi({ description: `${field.name} at least this.` });
      shape[`${field.name}.lte`] = z.string().optional().openapi({ description: `${field.name} at most this.` });
    }
  }
  return z.object(shape);
}

export const IdParamSchema = z.object({
  id: z.string().max(120).openapi({ param: { name: "id", in: "path" }, example: "rwa" }),
});

export const AsOfQuerySchema = z.object({
  asOf: IsoDateSchema.optional().openapi({ description: "YYYY-MM-DD, default today." }),
});

export { pascal };
