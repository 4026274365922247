// The read of the store that the API makes for a GET, for the benchmark's "store alone" server.
import { resourceByPath, type Store } from "@bluehelm/store";
import type { EntityKind } from "@bluehelm/core";

export type StoreRead = { readonly kind: EntityKind; readonly id: string } | { readonly kind: EntityKind; readonly limit: number };

/** The store read of a GET of `path`: `/v1/<kind>/<id>`, or `/v1/<kind>` with `limit` alone. Throws for any other path. */
export function storeReadOf(path: string): StoreRead {
  const url = new URL(path, "http://localhost");
  const [, v1, segment, id, ...rest] = url.pathname.split("/");
  const resource = v1 === "v1" && segment ? resourceByPath(segment) : undefined;
  const params = [...url.searchParams.keys()];
  const limit = Number(url.searchParams.get("limit") ?? 100);
  if (!resource || rest.length > 0 || (id !== undefined && params.length > 0) || params.some((p) => p !== "limit") || !Number.isInteger(limit)) {
    throw new Error(`bare-store reads a record (/v1/<kind>/<id>) or a list page (/v1/<kind>?limit=N), not ${path}`);
  }
  return id !== undefined ? { kind: resource.kind, id: decodeURIComponent(id) } : { kind: resource.kind, limit };
}

/** Makes the read. */
export function readStore(store: Store, read: StoreRead): Promise<unknown> {
  return "id" in read ? store.get(read.kind, read.id) : store.list(read.kind, { limit: read.limit });
}
