// Reads of every collection: lists (JSON pages, or every match streamed as
// NDJSON or CSV), one record by id, and a pledge's events and status.
import { ENTITY_KINDS, PledgeStatusAnswerSchema, pledgeStatus, today, type EntityKind } from "@bluehelm/core";
import { recordColumns, toCsv, writeRecords } from "@bluehelm/core/tabular";
import { RESOURCES, type Store, type StoredRecord } from "@bluehelm/store";
import { createRoute, z } from "@hono/zod-openapi";
import { cacheKey, cachedJson } from "../caches.js";
import { fail } from "../errors.js";
import { noneMatch, recordEtag } from "../etags.js";
import { CONTENT_TYPES, negotiate, type Format } from "../formats.js";
import { header, problemResponse, send, sendJson, type AppContext } from "../http.js";
import { paramReport, problem } from "../problem.js";
import { dateParamReport, parseListQuery } from "../query.js";
import { routeGroup, type Deps } from "../routing.js";
import { AsOfQuerySchema, IdParamSchema, itemSchema, listQuerySchema, pageSchema, pascal, problemResponses } from "../schemas.js";

/** A record as served: pledges with their status as of the query's date. */
export function itemOf(stored: StoredRecord): unknown {
  if (stored.kind !== "pledge") return stored.record;
  return { ...stored.record, status: stored.status ?? null, statusSince: stored.statusSince ?? null };
}

/** The answer to a bad `asOf`, or undefined when it is a date (or absent). */
function badAsOf(c: AppContext, asOf: string | undefined): Response | undefined {
  const report = asOf === undefined ? undefined : dateParamReport("asOf", asOf);
  return report ? problemResponse(c, problem("invalid-query", 400, report.issues[0]!.message.en, { report })) : undefined;
}

/**
 * The pages of records of a list query, one array per page: the store's own batches when it has them (keyset
 * pages without a count), else its records one by one, gathered into arrays of up to `size`.
 */
async function* pagesOf(store: Store, kind: EntityKind, query: Parameters<Store["iterate"]>[1], size: number): AsyncGenerator<readonly StoredRecord[]> {
  // `batches` is optional: stores without it (older ones, other implementations) are read record by record.
  const paged = store as Store & { batches?: (kind: EntityKind, query: Parameters<Store["iterate"]>[1]) => AsyncGenerator<StoredRecord[]> };
  if (paged.batches) {
    yield* paged.batches(kind, { ...query, limit: size });
    return;
  }
  let page: StoredRecord[] = [];
  for await (const record of store.iterate(kind, { ...query, limit: size })) {
    page.push(record);
    if (page.length >= size) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}

/**
 * Every match as NDJSON or CSV, a page at a time: a page is read only when the client has taken the one
 * before (the stream is pulled), so memory stays that of a page, whatever the size of the collection.
 */
function streamList(deps: Deps, c: AppContext, kind: EntityKind, format: Exclude<Format, "json">, query: Parameters<Store["iterate"]>[1], total: number): Response {
  const info = RESOURCES[kind];
  const pages = pagesOf(deps.store, kind, query, 1000);
  const encoder = new TextEncoder();
  const columns = recordColumns(kind);
  let first = format === "csv";
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (first) {
          first = false;
          controller.enqueue(encoder.encode(toCsv([columns])));
          return;
        }
        const next = await pages.next();
        if (next.done) {
          controller.close();
          return;
        }
        // The core writes the records; the CSV header was sent once, above.
        controller.enqueue(encoder.encode(writeRecords(kind, next.value.map(itemOf), format, { columns, header: false })));
      } catch (error) {
        deps.log({ level: "error", msg: "stream failed", requestId: c.get("requestId"), error: String(error) });
        controller.error(error);
      }
    },
    async cancel() {
      await pages.return(undefined);
    },
  }, { highWaterMark: 0 });
  const headers: Record<string, string> = { "content-type": CONTENT_TYPES[format], "X-Total-Count": String(total) };
  if (format === "csv") headers["content-disposition"] = `attachment; filename="${info.path}.csv"`;
  return send(c, 200, stream, headers);
}

export function resourceRoutes(deps: Deps) {
  const { store, cache } = deps;
  const group = routeGroup(deps.routes);

  for (const kind of ENTITY_KINDS) {
    const info = RESOURCES[kind];
    const name = pascal(kind);
    group.documented(
      createRoute({
        method: "get",
        path: `/v1/${info.path}`,
        operationId: `list${pascal(info.path)}`,
        tags: ["Resources"],
        summary: `List ${info.path}`,
        description: `Filters (any field of the ${name} schema; repeat a parameter for any of several values; .gte/.lte for bounds; dates YYYY-MM-DD), sorting, cursor pagination with the total count, asOf. JSON pages; NDJSON and CSV stream every match. The CSV has a column per field (nested fields dotted, lists joined with ;) and reads back with the same records through the core's readRecords (\`bluehelm import\`); cells that a spreadsheet would run as formulas are prefixed with '.`,
        request: { query: listQuerySchema(kind) },
        responses: {
          200: {
            description: `A page of ${info.path}`,
            content: {
              "application/json": { schema: pageSchema(kind) },
              "application/x-ndjson": { schema: itemSchema(kind) },
              "text/csv": { schema: z.string() },
            },
          },
          ...problemResponses([400, 401, 406, 429]),
        },
      }),
      async (c) => {
        const url = new URL(c.req.url);
        const parsed = parseListQuery(kind, url.searchParams);
        if (!parsed.ok) return problemResponse(c, problem("invalid-query", 400, parsed.report.issues[0]?.message.en ?? "The query string is not valid.", { report: parsed.report }));
        const format = negotiate(parsed.format, header(c, "accept"), true);
        if (!format) {
          if (parsed.format !== undefined) {
            return problemResponse(c, problem("invalid-query", 400, "format is json, ndjson or csv.", { report: paramReport(["query", "format"], "format is json, ndjson or csv.", "format vaut json, ndjson ou csv.") }));
          }
          return problemResponse(c, problem("not-acceptable", 406, "This resource is served as application/json, application/x-ndjson or text/csv."));
        }
        try {
          if (format !== "json") {
            const { cursor: _cursor, limit: _limit, ...rest } = parsed.query;
            const first = await store.list(kind, { ...rest, limit: 1 });
            return streamList(deps, c, kind, format, rest, first.total);
          }
          return await cachedJson(store, cache, c, kind, cacheKey(c, today()), async () => {
            const page = await store.list(kind, parsed.query);
            const asOf = parsed.query.asOf ?? today();
            const body = JSON.stringify({ items: page.items.map(itemOf), total: page.total, nextCursor: page.nextCursor ?? null, asOf });
            const headers: Record<string, string> = {};
            if (page.nextCursor) {
              const next = new URL(url);
              next.searchParams.set("cursor", page.nextCursor);
              headers.Link = `<${next.pathname}${next.search}>; rel="next"`;
            }
            headers["X-Total-Count"] = String(page.total);
            return { body, headers };
          });
        } catch (error) {
          return fail(c, error);
        }
      },
    );
    group.documented(
      createRoute({
        method: "get",
        path: `/v1/${info.path}/{id}`,
        operationId: `get${name}`,
        tags: ["Resources"],
        summary: `One ${kind} by id`,
        description: `ETag: "<version>" (for pledges, with a digest of the status), to send back in If-Match when updating.`,
        request: { params: IdParamSchema, query: AsOfQuerySchema },
        responses: { 200: { description: `The ${kind}`, content: { "application/json": { schema: itemSchema(kind) } } }, ...problemResponses([400, 401, 404, 429]) },
      }),
      async (c) => {
        const id = c.req.param("id")!;
        const asOf = c.req.query("asOf");
        const bad = badAsOf(c, asOf);
        if (bad) return bad;
        try {
          const stored = await store.get(kind, id, asOf !== undefined ? { asOf } : {});
          if (!stored) return problemResponse(c, problem("not-found", 404, `No ${kind} has the id "${id}".`));
          const etag = recordEtag(stored.version, stored.status, stored.statusSince);
          if (noneMatch(header(c, "if-none-match"), etag)) return send(c, 304, null, { etag });
          return send(c, 200, JSON.stringify(itemOf(stored)), { "content-type": CONTENT_TYPES.json, etag, "cache-control": "no-cache" });
        } catch (error) {
          return fail(c, error);
        }
      },
    );
  }

  group.openapi(
    createRoute({
      method: "get",
      path: "/v1/pledges/{id}/events",
      operationId: "listPledgeEventsOfPledge",
      tags: ["Resources"],
      summary: "A pledge's events, in the order they were appended",
      request: { params: IdParamSchema },
      responses: { 200: { description: "The events", content: { "application/json": { schema: z.object({ items: z.array(itemSchema("pledge-event")) }) } } }, ...problemResponses([401, 404]) },
    }),
    async (c) => {
      const id = c.req.param("id")!;
      if (!(await store.get("pledge", id))) return problemResponse(c, problem("not-found", 404, `No pledge has the id "${id}".`));
      const events = await store.pledgeEvents(id);
      return sendJson(c, { items: events.map((e) => e.record) });
    },
  );
  group.documented(
    createRoute({
      method: "get",
      path: "/v1/pledges/{id}/status",
      operationId: "getPledgeStatus",
      tags: ["Resources"],
      summary: "A pledge's status as of a date, with its history, folded from its events",
      request: { params: IdParamSchema, query: AsOfQuerySchema },
      responses: { 200: { description: "The status", content: { "application/json": { schema: PledgeStatusAnswerSchema } } }, ...problemResponses([400, 401, 404]) },
    }),
    async (c) => {
      const id = c.req.param("id")!;
      const given = c.req.query("asOf");
      const bad = badAsOf(c, given);
      if (bad) return bad;
      const asOf = given ?? today();
      const pledge = await store.get("pledge", id);
      if (!pledge) return problemResponse(c, problem("not-found", 404, `No pledge has the id "${id}".`));
      const events = (await store.pledgeEvents(id)).map((e) => e.record);
      const folded = pledgeStatus(pledge.record, events, { asOf });
      return sendJson(c, { pledgeId: id, asOf, status: folded.status ?? null, since: folded.since ?? null, history: folded.history });
    },
  );
  return group.app;
}
