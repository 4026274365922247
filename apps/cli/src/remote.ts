import type { EntityKind } from "@bluehelm/core";
import type { QuestionResult } from "@bluehelm/core/analytics";
import type { AnalyticsName, BluehelmClient, ListQuery } from "@bluehelm/client";
import { PAGE_SIZE, take, type Backend, type Printed, type Query } from "./backend.js";
import { CliError, EXIT } from "./errors.js";

type Scalar = string | number | boolean;

/** The client's list query for the CLI's filters: pages as large as the limit, unless records read may be left out (`filtered`). */
function toListQuery(query: Query, filtered: boolean): Omit<ListQuery, "cursor"> {
  const filter: Record<string, Scalar | Scalar[]> = {};
  const range: Record<string, { gte?: Scalar; lte?: Scalar }> = {};
  for (const f of query.filters) {
    if (f.op === "eq") filter[f.field] = [...f.values];
    else range[f.field] = { ...range[f.field], [f.op]: f.values[0] };
  }
  return {
    filter,
    range,
    ...(query.sort !== undefined ? { sort: query.sort } : {}),
    ...(query.asOf !== undefined ? { asOf: query.asOf } : {}),
    limit: query.limit === undefined || filtered ? PAGE_SIZE : Math.min(PAGE_SIZE, query.limit),
  };
}

/** A backend over a remote Bluehelm server, through @bluehelm/client. */
export async function remoteBackend(baseUrl: string, token: string | undefined): Promise<Backend> {
  const { BluehelmError, createClient } = await import("@bluehelm/client");
  const client: BluehelmClient = createClient({ baseUrl, ...(token !== undefined ? { token } : {}) });
  /** The server's refusals as exit codes: unreachable 5, a request refused (bad input, no or too weak a token) 2, a conflict 4. */
  const refused = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (e) {
      if (!(e instanceof BluehelmError)) throw e;
      if (e.status === 0) throw new CliError(EXIT.unavailable, e.message);
      if (e.status === 409) throw new CliError(EXIT.conflict, e.message);
      if (e.status >= 400 && e.status < 500) throw new CliError(EXIT.usage, e.message);
      throw e;
    }
  };
  return {
    label: baseUrl,
    async list(kind: EntityKind, query: Query, keep?: (record: Printed) => boolean) {
      async function* records(): AsyncGenerator<Printed> {
        for await (const page of client.pages(kind, toListQuery(query, keep !== undefined))) yield* page.items as Printed[];
      }
      try {
        return await take(records(), (r) => r, query.limit, keep);
      } catch (e) {
        // The server refuses the query (a field it cannot sort or filter by): a usage error, as on a database.
        if (e instanceof BluehelmError && e.status === 400) throw new CliError(EXIT.usage, e.message);
        throw e;
      }
    },
    async get(kind: EntityKind, id: string, asOf?: string) {
      try {
        const found: Printed = (await client.get(kind, id, asOf === undefined ? {} : { asOf })).value;
        return found;
      } catch (e) {
        if (e instanceof BluehelmError && e.status === 404) return undefined;
        throw e;
      }
    },
    async ask(name: string, params: Readonly<Record<string, string | undefined>>): Promise<QuestionResult> {
      const defined = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as Record<string, string>;
      try {
        const answer = await client.analytics(name as AnalyticsName, defined);
        return { ok: true, answer };
      } catch (e) {
        if (e instanceof BluehelmError && e.report) return { ok: false, report: e.report };
        throw e;
      }
    },
    async screen(file, params) {
      const defined = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as Record<string, string>;
      try {
        const answer = await client.screenAlerts(file.text, { ...defined, fileName: file.fileName, ...(file.release ? { release: file.release } : {}), ...(file.source ? { source: file.source } : {}) });
        return { ok: true, answer };
      } catch (e) {
        if (e instanceof BluehelmError && e.report) return { ok: false, report: e.report };
        throw e;
      }
    },
    // The server's admin endpoints (GET/POST /v1/tokens, DELETE /v1/tokens/{id}), with an admin token (--token).
    tokens: {
      list: () => refused(async () => [...(await client.listTokens())]),
      create: (input) =>
        refused(async () => {
          const { token, ...info } = await client.createToken(input);
          return { token, info };
        }),
      revoke: (id) =>
        refused(async () => {
          try {
            await client.revokeToken(id);
            return true;
          } catch (e) {
            if (e instanceof BluehelmError && e.status === 404) return false;
            throw e;
          }
        }),
    },
    dataset() {
      return Promise.reject(new Error("validating and importing files work on a database: use --db, not --api"));
    },
    close: () => Promise.resolve(),
  };
}
