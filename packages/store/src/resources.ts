import { COLLECTION_OF, ENTITY_KINDS, ENTITY_PATHS, ENTITY_SCHEMAS, PLEDGE_STATUSES, WRITABLE_KINDS, codes, partialDateRange, type Dataset, type EntityKind, type EntityOf, type WritableKind } from "@bluehelm/core";
import { mandateInForceFrom } from "@bluehelm/core/analytics";

/**
 * How a field is filtered and sorted: as text, as a number, as a boolean, or as a list of codes.
 *
 * @example
 * ```ts
 * import { RESOURCES, type FieldType } from "@bluehelm/store";
 *
 * const type: FieldType | undefined = RESOURCES.pledge.fields.get("kind")?.type;
 * console.log(type);
 * ```
 */
export type FieldType = "text" | "number" | "boolean" | "list";

/**
 * A field of a resource that lists can filter on (and, unless a list, sort by).
 *
 * @example
 * ```ts
 * import { RESOURCES, type FieldInfo } from "@bluehelm/store";
 *
 * const fields: FieldInfo[] = [...RESOURCES.pledge.fields.values()];
 * console.log(fields.map((f) => `${f.name}: ${f.type}`));
 * ```
 */
export interface FieldInfo {
  /** The dotted name used in query strings, e.g. `unit.unitType`. */
  readonly name: string;
  readonly path: readonly string[];
  readonly type: FieldType;
  /** The allowed values, for codelist fields. */
  readonly values?: readonly string[];
  /** True for fields computed by the store rather than stored in the record. */
  readonly derived?: boolean;
}

/**
 * What the store and its adapters know about one kind of record.
 *
 * @example
 * ```ts
 * import { RESOURCES, type ResourceInfo } from "@bluehelm/store";
 *
 * const info: ResourceInfo = RESOURCES["pledge-event"];
 * console.log(info.path, info.collection, info.dateField, info.writable); // "pledge-events" "pledgeEvents" …
 * ```
 */
export interface ResourceInfo {
  readonly kind: EntityKind;
  /** The URL segment and the plural name: `pledges`, `actor-roles`. */
  readonly path: string;
  /** The dataset collection: `pledges`, `actorRoles`. */
  readonly collection: keyof Dataset;
  /** Filterable fields by dotted name, derived from the core schema. */
  readonly fields: ReadonlyMap<string, FieldInfo>;
  /** Every leaf of the schema, as dotted paths, for tabular exports (lists of objects are one column). */
  readonly columns: readonly (readonly string[])[];
  /** The field that dates a record for `asOf` (a record counts from that date on), if any. */
  readonly dateField: string | undefined;
  /** Whether the API writes this kind. */
  readonly writable: boolean;
}

// The kinds the API writes are the API's wire definition, in @bluehelm/core; re-exported here.
export { WRITABLE_KINDS };
export type { WritableKind };

interface ZodDefLike {
  readonly type: string;
  readonly innerType?: ZodLike;
  readonly in?: ZodLike;
  readonly shape?: Readonly<Record<string, ZodLike>>;
  readonly options?: readonly ZodLike[];
  readonly element?: ZodLike;
  readonly entries?: Readonly<Record<string, string>>;
  readonly values?: readonly unknown[];
}
interface ZodLike {
  readonly _zod: { readonly def: ZodDefLike };
}

const WRAPPERS = new Set(["optional", "default", "nullable", "readonly", "prefault", "catch", "nonoptional"]);

function unwrap(schema: ZodLike): ZodDefLike {
  let def = schema._zod.def;
  for (let i = 0; i < 10; i++) {
    if (WRAPPERS.has(def.type) && def.innerType) def = def.innerType._zod.def;
    else if (def.type === "pipe" && def.in) def = def.in._zod.def;
    else break;
  }
  return def;
}

function leaf(def: ZodDefLike): { type: FieldType; values?: string[] } | undefined {
  switch (def.type) {
    case "string":
      return { type: "text" };
    case "number":
    case "int":
      return { type: "number" };
    case "boolean":
      return { type: "boolean" };
    case "enum":
      return { type: "text", values: Object.values(def.entries ?? {}) };
    case "literal": {
      const vs = def.values ?? [];
      if (vs.every((v) => typeof v === "boolean")) return { type: "boolean" };
      if (vs.every((v) => typeof v === "number")) return { type: "number" };
      return { type: "text", values: vs.map(String) };
    }
    case "array": {
      const el = def.element ? unwrap(def.element) : undefined;
      if (el && (el.type === "string" || el.type === "enum")) return { type: "list" };
      return undefined;
    }
    default:
      return undefined;
  }
}

const SAFE_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

function collectFields(def: ZodDefLike, prefix: string[], out: Map<string, FieldInfo>): void {
  if (def.type === "union") {
    for (const option of def.options ?? []) collectFields(unwrap(option), prefix, out);
    return;
  }
  if (def.type !== "object" || !def.shape) return;
  for (const [key, child] of Object.entries(def.shape)) {
    if (!SAFE_NAME.test(key)) continue;
    const childDef = unwrap(child);
    const path = [...prefix, key];
    if (childDef.type === "object" || childDef.type === "union") {
      if (path.length < 3) collectFields(childDef, path, out);
      continue;
    }
    const info = leaf(childDef);
    if (!info) continue;
    const name = path.join(".");
    const existing = out.get(name);
    if (existing && existing.values && info.values) {
      out.set(name, { ...existing, values: [...new Set([...existing.values, ...info.values])] });
    } else if (!existing) {
      out.set(name, { name, path, type: info.type, ...(info.values ? { values: info.values } : {}) });
    }
  }
}

function collectColumns(def: ZodDefLike, prefix: string[], out: string[][], seen: Set<string>): void {
  if (def.type === "union") {
    for (const option of def.options ?? []) collectColumns(unwrap(option), prefix, out, seen);
    return;
  }
  if (def.type !== "object" || !def.shape || prefix.length >= 3) {
    const name = prefix.join(".");
    if (prefix.length > 0 && !seen.has(name)) {
      seen.add(name);
      out.push(prefix);
    }
    return;
  }
  for (const [key, child] of Object.entries(def.shape)) collectColumns(unwrap(child), [...prefix, key], out, seen);
}

/** The date field of each kind, for `asOf`: a record counts from that date on. */
const DATE_FIELDS: Partial<Record<EntityKind, string>> = {
  actor: "since",
  "actor-role": "from",
  "assessment-share": "fromYear",
  event: "startDate",
  instrument: "adoptedOn",
  endorsement: "date",
  mission: "startDate",
  mandate: "adoptedOn",
  pledge: "announcedOn",
  "pledge-event": "date",
  contribution: "periodStart",
  "capability-requirement": "publishedOn",
  "deployment-site": "periodStart",
  "conflict-event": "dateStart",
  "peacekeeper-fatality": "incidentDate",
  "reported-figure": "date",
  "world-total": "date",
};

/**
 * The day from which a record counts, for `asOf` queries: an endorsement from
 * the latest day its partial date can stand for, a pledge from its
 * announcement, a mission from its start, and so on. `undefined`: always.
 *
 * @example
 * ```ts
 * import { effectiveDate } from "@bluehelm/store";
 * import { endorsements } from "@bluehelm/data/endorsements";
 *
 * const first = endorsements[0];
 * if (first) console.log(first.date, effectiveDate("endorsement", first));
 * ```
 */
export function effectiveDate<K extends EntityKind>(kind: K, record: EntityOf<K>): string | undefined {
  const r = record as Record<string, unknown>;
  switch (kind) {
    case "endorsement":
      return partialDateRange((record as EntityOf<"endorsement">).date).latest;
    case "mandate":
      // In force from the last day its adoption date can stand for (adoptedOn, or a month or year in adoptedIn).
      return mandateInForceFrom(record as EntityOf<"mandate">);
    case "assessment-share":
      return `${String(r.fromYear)}-01-01`;
    default: {
      const field = DATE_FIELDS[kind];
      const value = field === undefined ? undefined : r[field];
      if (typeof value === "object" && value !== null && "precision" in value) return partialDateRange(value as EntityOf<"endorsement">["date"]).latest;
      return typeof value === "string" ? value : undefined;
    }
  }
}

function build(kind: EntityKind): ResourceInfo {
  const fields = new Map<string, FieldInfo>();
  collectFields(unwrap(ENTITY_SCHEMAS[kind]), [], fields);
  const columns: string[][] = [];
  collectColumns(unwrap(ENTITY_SCHEMAS[kind]), [], columns, new Set());
  if (kind === "pledge") {
    columns.splice(1, 0, ["status"], ["statusSince"]);
    fields.set("status", { name: "status", path: ["status"], type: "text", values: codes(PLEDGE_STATUSES), derived: true });
    fields.set("statusSince", { name: "statusSince", path: ["statusSince"], type: "text", derived: true });
  }
  return {
    kind,
    path: ENTITY_PATHS[kind],
    collection: COLLECTION_OF[kind],
    fields,
    columns,
    dateField: DATE_FIELDS[kind],
    writable: (WRITABLE_KINDS as readonly string[]).includes(kind),
  };
}

/**
 * Every resource, by entity kind, in the core's order.
 *
 * @example
 * ```ts
 * import { RESOURCES } from "@bluehelm/store";
 *
 * console.log(Object.values(RESOURCES).map((r) => r.path));
 * ```
 */
export const RESOURCES: Readonly<Record<EntityKind, ResourceInfo>> = Object.freeze(
  Object.fromEntries(ENTITY_KINDS.map((k) => [k, build(k)])) as Record<EntityKind, ResourceInfo>,
);

/**
 * The resource served under a URL segment (`pledges`), if any.
 *
 * @example
 * ```ts
 * import { resourceByPath } from "@bluehelm/store";
 *
 * console.log(resourceByPath("actor-roles")?.kind); // "actor-role"
 * console.log(resourceByPath("nothing")); // undefined
 * ```
 */
export function resourceByPath(path: string): ResourceInfo | undefined {
  return ENTITY_KINDS.map((k) => RESOURCES[k]).find((r) => r.path === path);
}
