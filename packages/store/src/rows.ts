/** Rows of the records table as the store returns them. */
import { ENTITY_KINDS, type EntityKind, type EntityOf, type PledgeStatus } from "@bluehelm/core";
import { RESOURCES } from "./resources.js";
import type { StoredRecord } from "./types.js";

/** A row of `records`, with a pledge's derived status and a list page's sort key where the query selects them. */
export interface Row {
  id: string;
  data: unknown;
  version: number;
  updated_at: Date | string;
  status?: string | null;
  status_since?: string | null;
  k0?: number;
  kv?: unknown;
}

/** A timestamp from either driver as an ISO 8601 string. */
export const iso = (d: Date | string): string => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

const KEY_ORDER = Object.fromEntries(
  ENTITY_KINDS.map((k) => [k, [...new Set(RESOURCES[k].columns.map((c) => c[0]!))].filter((key) => !RESOURCES[k].fields.get(key)?.derived)]),
) as Record<EntityKind, string[]>;

/** The record with its fields in the schema's order (jsonb keeps its own order). */
export function ordered(kind: EntityKind, data: unknown): unknown {
  if (data === null || typeof data !== "object") return data;
  const source = data as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER[kind]) if (key in source) out[key] = source[key];
  for (const key of Object.keys(source)) if (!(key in out)) out[key] = source[key];
  return out;
}

export function toStored<K extends EntityKind>(kind: K, row: Row): StoredRecord<K> {
  const base = { kind, id: row.id, record: ordered(kind, row.data) as EntityOf<K>, version: Number(row.version), updatedAt: iso(row.updated_at) };
  if (kind !== "pledge") return base;
  return { ...base, status: (row.status ?? null) as PledgeStatus | null, statusSince: row.status_since ?? null };
}
