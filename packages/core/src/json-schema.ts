import * as z from "zod";
import { DatasetSchema, ENTITY_KINDS, ENTITY_SCHEMAS, type EntityKind } from "./schemas/dataset.js";

/** A JSON Schema document (draft 2020-12). */
export type JsonSchema = Record<string, unknown>;

/** The base URI the published JSON Schema files are identified by. */
export const JSON_SCHEMA_BASE = "https://bluehelm.dev/schema/";

/**
 * The JSON Schema (draft 2020-12) of an entity kind, or of the whole dataset,
 * generated from the zod schema. It describes the input accepted: fields
 * with defaults are optional.
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

/** The names of the published JSON Schema files, without `.json`. */
export const JSON_SCHEMA_NAMES: readonly (EntityKind | "dataset")[] = Object.freeze([...ENTITY_KINDS, "dataset"]);
