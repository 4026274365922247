import * as z from "zod";
import { DatasetSchema, ENTITY_KINDS, ENTITY_SCHEMAS, type EntityKind } from "./schemas/dataset.js";

/**
 * A JSON Schema document (draft 2020-12).
 *
 * @example
 * ```ts
 * import { toJsonSchema, type JsonSchema } from "@bluehelm/core";
 *
 * const schema: JsonSchema = toJsonSchema("mission");
 * console.log(schema.$schema);
 * ```
 */
export type JsonSchema = Record<string, unknown>;

/**
 * The base URI the published JSON Schema files are identified by.
 *
 * @example
 * ```ts
 * import { JSON_SCHEMA_BASE } from "@bluehelm/core";
 *
 * console.log(`${JSON_SCHEMA_BASE}pledge.json`);
 * ```
 */
export const JSON_SCHEMA_BASE = "https://bluehelm.dev/schema/";

/**
 * The JSON Schema (draft 2020-12) of an entity kind, or of the whole dataset,
 * generated from the zod schema. It describes the input accepted: fields
 * with defaults are optional.
 *
 * @example
 * ```ts
 * import { toJsonSchema } from "@bluehelm/core";
 *
 * const schema = toJsonSchema("endorsement");
 * console.log(JSON.stringify(schema, null, 2));
 * ```
 */
export function toJsonSchema(kind: EntityKind | "dataset"): JsonSchema {
  const schema = kind === "dataset" ? DatasetSchema : ENTITY_SCHEMAS[kind];
  const generated = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
    reused: "inline",
  }) as JsonSchema;
  return { ...generated, $id: `${JSON_SCHEMA_BASE}${kind}.json` };
}

/**
 * The names of the published JSON Schema files, without `.json`.
 *
 * @example
 * ```ts
 * import { JSON_SCHEMA_NAMES } from "@bluehelm/core";
 *
 * // The files published as @bluehelm/core/json-schema/<name>.json
 * console.log(JSON_SCHEMA_NAMES.map((name) => `${name}.json`));
 * ```
 */
export const JSON_SCHEMA_NAMES: readonly (EntityKind | "dataset")[] = Object.freeze([...ENTITY_KINDS, "dataset"]);
