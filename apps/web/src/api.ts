/** The API client of the page (same origin) and a small cache of its answers. */
import { createClient, type BluehelmClient } from "@bluehelm/client";
import type { Actor, Event, Instrument, Mission, Source, Theme } from "@bluehelm/core";

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

/** Every record of a collection, whatever its dates (for names and labels). */
const ALL = "9999-12-31";

export interface Reference {
  readonly actors: ReadonlyMap<string, Actor>;
  readonly missions: ReadonlyMap<string, Mission>;
  readonly events: ReadonlyMap<string, Event>;
  readonly themes: ReadonlyMap<string, Theme>;
  readonly instruments: ReadonlyMap<string, Instrument>;
  readonly sources: ReadonlyMap<string, Source>;
}

async function all<T extends { id: string }>(kind: "actor" | "mission" | "event" | "theme" | "instrument" | "source"): Promise<Map<string, T>> {
  const map = new Map<string, T>();
  for await (const item of api.iterate(kind, { limit: 1000, asOf: ALL })) map.set(item.id, item as unknown as T);
  return map;
}

/** The records every page names: actors, missions, events, themes, instruments and sources. */
export function reference(): Promise<Reference> {
  return cached("reference", async () => {
    const [actors, missions, events, themes, instruments, sources] = await Promise.all([
      all<Actor>("actor"),
      all<Mission>("mission"),
      all<Event>("event"),
      all<Theme>("theme"),
      all<Instrument>("instrument"),
      all<Source>("source"),
    ]);
    return { actors, missions, events, themes, instruments, sources };
  });
}
