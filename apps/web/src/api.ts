/** The API client of the page (same origin) and a small cache of its answers. */
import { createClient, type BluehelmClient, type Item, type ListQuery } from "@bluehelm/client";
import type { Actor, EntityKind, Event, Instrument, Mission, Source, Theme } from "@bluehelm/core";

export const TOKEN_KEY = "bluehelm.token";

const origin = typeof location === "undefined" ? "http://localhost" : location.origin;

/** The client for reads (no token). */
export const api: BluehelmClient = createClient({ baseUrl: origin, retries: 1 });

/** A client with the editor's token, for writes. */
export const editorClient = (token: string): BluehelmClient => createClient({ baseUrl: origin, token, retries: 1 });

const cache = new Map<string, Promise<unknown>>();

/** The answer for a key, fetched once per page load (until {@link forget} drops it). */
export function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let hit = cache.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = load();
    cache.set(key, hit);
    hit.catch(() => cache.delete(key));
  }
  return hit;
}

/** Drops cached answers whose key starts with a prefix (after a write). */
export function forget(prefix: string): void {
  for (const key of [...cache.keys()]) if (key.startsWith(prefix)) cache.delete(key);
}

/** The date that takes every record of a collection, whatever its dates (for names and labels). */
const ALL = "9999-12-31";

/** Every record of a collection that a query selects, every page read; by default whatever its dates. */
export async function listAll<K extends EntityKind>(kind: K, query: Omit<ListQuery, "cursor"> = {}): Promise<Item<K>[]> {
  const items: Item<K>[] = [];
  for await (const item of api.iterate(kind, { limit: 1000, asOf: ALL, ...query })) items.push(item);
  return items;
}

/** Uniformed personnel by year across every mission (the world series): the extent of the data and the overview's women's figure. */
export const worldSeries = () => cached("personnel-by-year|world", () => api.analytics("personnel-by-year"));

export interface Reference {
  readonly actors: ReadonlyMap<string, Actor>;
  readonly missions: ReadonlyMap<string, Mission>;
  readonly events: ReadonlyMap<string, Event>;
  readonly themes: ReadonlyMap<string, Theme>;
  readonly instruments: ReadonlyMap<string, Instrument>;
  readonly sources: ReadonlyMap<string, Source>;
}

async function all<K extends "actor" | "mission" | "event" | "theme" | "instrument" | "source">(kind: K): Promise<Map<string, Item<K>>> {
  return new Map((await listAll(kind)).map((item) => [item.id, item]));
}

/** The records every page names: actors, missions, events, themes, instruments and sources. */
export function reference(): Promise<Reference> {
  return cached("reference", async () => {
    const [actors, missions, events, themes, instruments, sources] = await Promise.all([
      all("actor"),
      all("mission"),
      all("event"),
      all("theme"),
      all("instrument"),
      all("source"),
    ]);
    return { actors, missions, events, themes, instruments, sources };
  });
}
