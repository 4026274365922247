// The OpenAPI document against the live API: every documented GET operation
// (and representative writes and problems) is called on a listening server,
// and the body it answers is validated against the response schema the
// document gives for that status and media type, by an independent
// validator (ajv, JSON Schema 2020-12, with formats).
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, eventFixture, pledgeFixture, reference, startServer, type TestServer } from "./harness.js";

interface Operation {
  operationId?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: { enum?: unknown[]; type?: string | string[] } }[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

/** Values for the required query parameters of the analytics operations, by name. */
const REQUIRED: Readonly<Record<string, string>> = { missionId: "minusca", year: "2019", from: "2015", to: "2019" };

describe("the OpenAPI document against the live API", () => {
  let s: TestServer;
  let doc: Document;
  let ajv: Ajv2020;
  beforeAll(async () => {
    s = await startServer(ENGINES[0]!());
    doc = (await (await s.call("/openapi.json")).json()) as Document;
    ajv = new Ajv2020({ strict: false, allErrors: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    // The document itself is the schema the response schemas' $refs (#/components/schemas/…) point into.
    ajv.addSchema({ $id: "doc", components: doc.components });
  });
  afterAll(async () => {
    await s?.close();
  });

  /** Checks a live answer against the document: its status is documented, and its body fits the schema of its media type. */
  async function conforms(path: string, method: string, res: Response): Promise<void> {
    const op = doc.paths[path]?.[method];
    expect(op, `${method} ${path} is documented`).toBeDefined();
    const response = op!.responses[String(res.status)];
    expect(response, `${method} ${path}: status ${res.status} is documented`).toBeDefined();
    const media = (res.headers.get("content-type") ?? "").split(";")[0]!.trim();
    const text = await res.text();
    if (!response!.content) {
      expect(text, `${method} ${path}: no body documented`).toBe("");
      return;
    }
    const schema = response!.content[media]?.schema;
    expect(schema, `${method} ${path} ${res.status}: ${media} is documented`).toBeDefined();
    if (media === "text/csv") return;
    const validate = ajv.compile({ $ref: "#/$defs/answer", $defs: { answer: JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/')) as unknown } });
    const bodies = media === "application/x-ndjson" ? text.trim().split("\n").map((l) => JSON.parse(l) as unknown) : [JSON.parse(text) as unknown];
    for (const body of bodies) expect(validate(body) ? [] : validate.errors, `${method} ${path} ${res.status}: ${text.slice(0, 300)}`).toEqual([]);
  }

  it("answers every documented GET operation with a body its documented schema accepts", async () => {
    const pledgeId = reference.pledges[0]!.id;
    const firstIds = new Map<string, string>();
    const gets = Object.entries(doc.paths).filter(([, ops]) => ops.get !== undefined);
    expect(gets.length).toBeGreaterThan(40);
    let called = 0;
    // Lists first, so that the {id} operations can be called on a record each list served.
    for (const [path, ops] of [...gets].sort(([a], [b]) => Number(a.includes("{")) - Number(b.includes("{")))) {
      const op = ops.get!;
      const query = new URLSearchParams();
      for (const p of op.parameters ?? []) {
        if (p.in !== "query") continue;
        if (p.name === "iterations") query.set(p.name, "100");
        else if (p.required) query.set(p.name, REQUIRED[p.name] ?? String(p.schema?.enum?.[0]));
      }
      if (/^\/v1\/[a-z-]+$/.test(path) && op.operationId?.startsWith("list") && path !== "/v1/audit" && path !== "/v1/tokens") query.set("asOf", "9999-12-31");
      let concrete = path;
      if (path.includes("{id}")) {
        const collection = path.split("/")[2]!;
        const id = path.startsWith("/v1/pledges/{id}/") ? pledgeId : path === "/v1/tokens/{id}" ? undefined : firstIds.get(collection);
        if (id === undefined) continue;
        concrete = path.replace("{id}", encodeURIComponent(id));
      }
      const q = query.toString();
      const res = await s.call(`${concrete}${q ? `?${q}` : ""}`, { role: "admin" });
      expect(res.status, `GET ${concrete}?${q}`).toBe(200);
      if (!path.includes("{")) {
        const copy = res.clone();
        const body = (await copy.json()) as { items?: { id?: string }[] };
        const first = body.items?.[0]?.id;
        if (first !== undefined) firstIds.set(path.split("/")[2]!, first);
      }
      await conforms(path, "get", res);
      called += 1;
    }
    // Every GET but DELETE-only paths was called: each collection had a record to get by id.
    expect(called).toBe(gets.length);
    // The streamed formats of a list fit the item schema too.
    await conforms("/v1/pledges", "get", await s.call("/v1/pledges?asOf=9999-12-31", { headers: { accept: "application/x-ndjson" } }));
  });

  it("answers representative writes and problems with bodies their documented schemas accept", async () => {
    const pledge = pledgeFixture("contract-1");
    const created = await s.call("/v1/pledges", { method: "POST", role: "editor", body: JSON.stringify(pledge) });
    expect(created.status).toBe(201);
    const etag = created.headers.get("etag")!;
    await conforms("/v1/pledges", "post", created);
    const updated = await s.call("/v1/pledges/contract-1", { method: "PUT", role: "editor", headers: { "if-match": etag }, body: JSON.stringify({ ...pledge, kind: "policy" }) });
    expect(updated.status).toBe(200);
    await conforms("/v1/pledges/{id}", "put", updated);
    const event = await s.call("/v1/pledge-events", { method: "POST", role: "editor", body: JSON.stringify(eventFixture("contract-1-e1", "contract-1", "registered", "2019-06-01")) });
    expect(event.status).toBe(201);
    await conforms("/v1/pledge-events", "post", event);
    await conforms("/v1/validate", "post", await s.call("/v1/validate?kind=pledge", { method: "POST", body: JSON.stringify({ id: "x" }) }));
    const token = await s.call("/v1/tokens", { method: "POST", role: "admin", body: JSON.stringify({ name: "contract", role: "reader" }) });
    expect(token.status).toBe(201);
    const { id } = (await token.clone().json()) as { id: string };
    await conforms("/v1/tokens", "post", token);
    const revoked = await s.call(`/v1/tokens/${id}`, { method: "DELETE", role: "admin" });
    expect(revoked.status).toBe(204);
    await conforms("/v1/tokens/{id}", "delete", revoked);
    // Problems: each is a documented status of its operation, with the Problem schema.
    const problems: [string, string, Response][] = [
      ["/v1/pledges/{id}", "get", await s.call("/v1/pledges/no-such-pledge")],
      ["/v1/pledges", "get", await s.call("/v1/pledges?asOf=2021-02-30")],
      ["/v1/pledges", "post", await s.call("/v1/pledges", { method: "POST", role: "editor", body: JSON.stringify({ ...pledge, id: "contract-2", announcedOn: "soon" }) })],
      ["/v1/pledges/{id}", "put", await s.call("/v1/pledges/contract-1", { method: "PUT", role: "editor", headers: { "if-match": etag }, body: JSON.stringify(pledge) })],
      ["/v1/pledges/{id}", "put", await s.call("/v1/pledges/contract-1", { method: "PUT", role: "editor", body: JSON.stringify(pledge) })],
      ["/v1/tokens", "post", await s.call("/v1/tokens", { method: "POST", role: "editor", body: JSON.stringify({ name: "x", role: "admin" }) })],
      ["/v1/tokens/{id}", "delete", await s.call("/v1/tokens/0000000000000000", { method: "DELETE", role: "admin" })],
      ["/v1/audit", "get", await s.call("/v1/audit")],
    ];
    expect(problems.map(([, , r]) => r.status)).toEqual([404, 400, 422, 412, 428, 403, 404, 401]);
    for (const [path, method, res] of problems) await conforms(path, method, res);
  });

  it("documents the pledge status, the audit actions and the roles as the closed lists they are", () => {
    const schemas = doc.components.schemas as Record<string, { properties?: Record<string, { enum?: unknown[]; $ref?: string; anyOf?: unknown[] }>; enum?: unknown[] }>;
    const statuses = ["announced", "registered", "assessed", "pcrs-level-3", "rapid-deployment", "deployed", "fulfilled", "withdrawn", "lapsed"];
    expect(schemas.PledgeStatusAnswer!.properties!.status!.enum).toEqual([...statuses, null]);
    expect(schemas.PledgeWithStatus!.properties!.status!.enum).toEqual([...statuses, null]);
    expect(schemas.AuditEntry!.properties!.action!.enum).toEqual(["create", "update", "append", "import", "seed", "token-create", "token-revoke"]);
    expect(schemas.Role!.enum).toEqual(["reader", "editor", "admin"]);
    expect(schemas.TokenHolder!.properties!.role!.$ref).toBe("#/components/schemas/Role");
  });
});
