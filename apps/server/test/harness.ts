// A real listening server (127.0.0.1, any free port) over a store on one of
// the engines, with a token of each role.
import type { EntityOf } from "@bluehelm/core";
import { loadDataset } from "@bluehelm/data";
import { openStore, type Store } from "@bluehelm/store";
import { ENGINES, type EngineUnderTest } from "@bluehelm/test-utils";
import { createApp, listen, type CreateAppOptions, type LogRecord } from "../src/index.js";

export { ENGINES, type EngineUnderTest };
export const reference = loadDataset();

export interface TestServer {
  readonly url: string;
  readonly store: Store;
  readonly logs: LogRecord[];
  readonly tokens: { readonly reader: string; readonly editor: string; readonly admin: string };
  /** fetch on the server, with a token of a role (or none). */
  call(path: string, init?: RequestInit & { role?: "reader" | "editor" | "admin" }): Promise<Response>;
  close(): Promise<void>;
}

export async function startServer(engine: EngineUnderTest, options: Partial<CreateAppOptions> = {}): Promise<TestServer> {
  const where = await engine.setup();
  const store = await openStore(where);
  const logs: LogRecord[] = [];
  const app = createApp({ store, logger: (r) => logs.push(r), rateLimit: false, ...options });
  const running = await listen(app.fetch);
  const tokens = {
    reader: (await store.createToken({ name: "test reader", role: "reader" })).token,
    editor: (await store.createToken({ name: "test editor", role: "editor" })).token,
    admin: (await store.createToken({ name: "test admin", role: "admin" })).token,
  };
  return {
    url: running.url,
    store,
    logs,
    tokens,
    call(path, init = {}) {
      const { role, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (role) headers.set("authorization", `Bearer ${tokens[role]}`);
      if (rest.body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
      return fetch(running.url + path, { ...rest, headers });
    },
    async close() {
      await running.close(2000);
      await store.close();
      await engine.cleanup();
    },
  };
}

/** A valid pledge referring to records of the reference dataset. */
export function pledgeFixture(id: string, overrides: Partial<EntityOf<"pledge">> = {}): EntityOf<"pledge"> {
  const state = reference.actors.find((a) => a.kind === "state")!;
  return {
    id,
    actorId: state.id,
    announcedOn: "2019-03-01",
    kind: "training",
    title: { en: `Test pledge ${id}` },
    themeIds: [],
    partnerIds: [],
    sources: [reference.sources[0]!.id],
    confidence: "reported",
    ...overrides,
  };
}

export function eventFixture(id: string, pledgeId: string, type: EntityOf<"pledge-event">["type"], date: string): EntityOf<"pledge-event"> {
  return { id, pledgeId, type, date, sources: [reference.sources[0]!.id], confidence: "reported" };
}

/** Asserts nothing; returns the parsed problem after checking its media type. */
export async function problemOf(res: Response): Promise<{ type: string; title: string; status: number; detail?: string; report?: { valid: boolean; issues: { rule: string; path: (string | number)[] }[] } }> {
  const type = res.headers.get("content-type") ?? "";
  if (!type.startsWith("application/problem+json")) throw new Error(`expected problem+json, got ${type} (${res.status}): ${await res.text()}`);
  return (await res.json()) as never;
}
