// Writes (editor role): pledges, pledge events and endorsements; creations
// with idempotency keys, replacements with If-Match.
import { createHash } from "node:crypto";
import { ENTITY_PATHS, ENTITY_SCHEMAS, WRITABLE_KINDS, validate, type EntityKind } from "@bluehelm/core";
import { RESOURCES, isStoreError, type StoredRecord } from "@bluehelm/store";
import { createRoute, z } from "@hono/zod-openapi";
import { fail, zodReport } from "../errors.js";
import { ifMatches, recordEtag } from "../etags.js";
import { CONTENT_TYPES } from "../formats.js";
import { header, problemResponse, send, type AppContext } from "../http.js";
import { paramReport, problem } from "../problem.js";
import { routeGroup, type Deps } from "../routing.js";
import { IdParamSchema, itemSchema, pascal, problemResponses } from "../schemas.js";
import { itemOf } from "./resources.js";

const writeResponses = (kind: EntityKind, created: boolean) => ({
  [created ? 201 : 200]: {
    description: created ? "Created (or, with a reused Idempotency-Key, the first response again)" : "Updated",
    content: { "application/json": { schema: itemSchema(kind) } },
  },
  ...problemResponses(created ? [400, 401, 403, 409, 413, 415, 422, 429] : [400, 401, 403, 404, 412, 413, 415, 422, 428, 429]),
});

/** On a body that fails its schema: the core validation report, 422. */
const bodyHook = (kind: EntityKind) => (result: { success: boolean; data?: unknown; target?: string; error?: z.ZodError }, c: AppContext) => {
  if (result.success) return;
  if (result.target !== "json") {
    return problemResponse(c, problem("invalid-query", 400, "The request is not valid.", { report: zodReport(result.error!, result.target ?? "query") }));
  }
  return problemResponse(c, problem("validation-failed", 422, `The ${kind} is not valid.`, { report: validate(kind, result.data) }));
};

const idempotency = (c: AppContext, body: unknown): { key: string; fingerprint: string } | undefined | Response => {
  const key = header(c, "idempotency-key");
  if (key === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    return problemResponse(c, problem("bad-request", 400, "Idempotency-Key is 1 to 200 visible ASCII characters.", { report: paramReport(["header", "Idempotency-Key"], "Idempotency-Key is 1 to 200 visible ASCII characters.", "Idempotency-Key fait de 1 à 200 caractères ASCII visibles.") }));
  }
  const fingerprint = createHash("sha256").update(`${c.req.method} ${c.req.path}\n${JSON.stringify(body)}`).digest("hex");
  return { key: `${c.get("principal")?.id ?? "anonymous"}:${key}`, fingerprint };
};

const created = (c: AppContext, stored: StoredRecord, replayed: boolean): Response => {
  const info = RESOURCES[stored.kind];
  const headers: Record<string, string> = {
    "content-type": CONTENT_TYPES.json,
    Location: `/v1/${info.path}/${stored.id}`,
    ETag: recordEtag(stored.version, stored.status, stored.statusSince),
  };
  if (replayed) headers["Idempotent-Replayed"] = "true";
  return send(c, 201, JSON.stringify(itemOf(stored)), headers);
};

export function writeRoutes(deps: Deps) {
  const { store } = deps;
  const group = routeGroup(deps.routes);

  for (const kind of WRITABLE_KINDS) {
    const path = ENTITY_PATHS[kind];
    const schema = ENTITY_SCHEMAS[kind] as unknown as z.ZodType;
    group.openapi(
      createRoute({
        method: "post",
        path: `/v1/${path}`,
        operationId: `create${pascal(kind)}`,
        tags: ["Writes"],
        summary: kind === "pledge-event" ? "Append an event to a pledge's history (if the lifecycle allows it)" : `Create a ${kind}`,
        description: "Needs the editor role. Send an Idempotency-Key to make retries safe: the same key with the same body returns the first response; with another body, 422.",
        security: [{ bearer: [] }],
        request: {
          headers: z.object({ "idempotency-key": z.string().optional() }),
          body: { required: true, content: { "application/json": { schema } } },
        },
        responses: writeResponses(kind, true),
      }),
      async (c) => {
        const body = await c.req.json<unknown>();
        const idem = idempotency(c, body);
        if (idem instanceof Response) return idem;
        const ctx = { actor: c.get("actor"), requestId: c.get("requestId"), ...(idem ? { idempotency: idem } : {}) };
        try {
          const result = kind === "pledge-event" ? await store.appendPledgeEvent(body, ctx) : await store.create(kind, body, ctx);
          return created(c, result.stored, result.replayed);
        } catch (error) {
          return fail(c, error);
        }
      },
      bodyHook(kind),
    );
    if (kind === "pledge-event") continue;
    group.openapi(
      createRoute({
        method: "put",
        path: `/v1/${path}/{id}`,
        operationId: `update${pascal(kind)}`,
        tags: ["Writes"],
        summary: `Replace a ${kind}`,
        description:
          'Needs the editor role and If-Match (428 without it): the ETag read, compared strongly (a weak tag W/"…" never matches), or * for any current version; 412 when it does not match the record now.',
        security: [{ bearer: [] }],
        request: {
          params: IdParamSchema,
          headers: z.object({ "if-match": z.string().optional().openapi({ description: 'The ETag read, e.g. "3", or * for any current version.' }) }),
          body: { required: true, content: { "application/json": { schema } } },
        },
        responses: writeResponses(kind, false),
      }),
      async (c) => {
        const id = c.req.param("id")!;
        const ifMatch = header(c, "if-match");
        if (ifMatch === undefined) return problemResponse(c, problem("precondition-required", 428, "Send If-Match with the ETag of the version you are changing (or * for any)."));
        const body = await c.req.json<unknown>();
        const ctx = { actor: c.get("actor"), requestId: c.get("requestId") };
        try {
          // With `*` a concurrent write between the read and the update is no mismatch: the update is tried again on the new version.
          for (let attempt = 0; ; attempt++) {
            const current = await store.get(kind, id);
            const etag = current ? recordEtag(current.version, current.status, current.statusSince) : undefined;
            if (!current || !etag) {
              if (ifMatch.trim() === "*") return problemResponse(c, problem("precondition-failed", 412, `If-Match: * needs a current ${kind}; none has the id "${id}".`));
              return problemResponse(c, problem("not-found", 404, `No ${kind} has the id "${id}".`));
            }
            if (!ifMatches(ifMatch, etag)) {
              return problemResponse(c, problem("precondition-failed", 412, `If-Match does not match the current ETag ${etag} (weak tags never match).`, { currentVersion: current.version }), { ETag: etag });
            }
            try {
              const result = await store.update(kind, id, body, current.version, ctx);
              const s = result.stored;
              return send(c, 200, JSON.stringify(itemOf(s)), { "content-type": CONTENT_TYPES.json, etag: recordEtag(s.version, s.status, s.statusSince) });
            } catch (error) {
              if (!(isStoreError(error) && error.code === "version-mismatch")) throw error;
              if (attempt < 3 && ifMatch.trim() === "*") continue;
              // Changed between the read and the update: the 412 carries the ETag of the record now, as a GET would.
              const now = await store.get(kind, id);
              const headers: Record<string, string> = now ? { ETag: recordEtag(now.version, now.status, now.statusSince) } : {};
              return problemResponse(c, problem("precondition-failed", 412, error.message, { currentVersion: now?.version ?? error.currentVersion }), headers);
            }
          }
        } catch (error) {
          return fail(c, error);
        }
      },
      bodyHook(kind),
    );
  }
  return group.app;
}
