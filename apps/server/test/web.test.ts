// The web client served beside the API: its files, index.html for browser
// page requests outside the API, its own CSP, and the API's answers unchanged.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "@bluehelm/store";
import { pgliteEngine } from "@bluehelm/test-utils";
import { WEB_CSP, createApp } from "../src/index.js";
import { isApiPath } from "../src/web.js";
import { startServer, type TestServer } from "./harness.js";

const dir = mkdtempSync(join(tmpdir(), "bluehelm-web-"));
const INDEX = '<!doctype html><html lang="en"><head><script type="module" src="/assets/index-abc.js"></script></head><body><div id="app"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify("x".repeat(4000))});`;
mkdirSync(join(dir, "assets"));
writeFileSync(join(dir, "index.html"), INDEX);
writeFileSync(join(dir, "assets", "index-abc.js"), SCRIPT);
writeFileSync(join(dir, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");

let server: TestServer;
beforeAll(async () => {
  server = await startServer(pgliteEngine(), { web: { dir } });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const html = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

describe("the web client beside the API", () => {
  it("answers a browser at / with index.html under the pages' CSP, and API clients with the JSON index", async () => {
    const page = await server.call("/", { headers: html });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-security-policy")).toBe(WEB_CSP);
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await page.text()).toBe(INDEX);
    expect(WEB_CSP).toContain("script-src 'self'");
    expect(WEB_CSP).toContain("connect-src 'self'");
    expect(WEB_CSP).not.toContain("unsafe-inline");

    const api = await server.call("/");
    expect(api.headers.get("content-type")).toMatch(/^application\/json/);
    expect(api.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(((await api.json()) as { web?: string; openapi: string }).web).toBe("/");
  });

  it("serves the client's routes as index.html (history fallback), and never API paths", async () => {
    for (const path of ["/pledges?status=announced&lang=fr", "/states/fra", "/no/such/page"]) {
      const res = await server.call(path, { headers: html });
      expect(res.status, path).toBe(200);
      expect(await res.text()).toBe(INDEX);
    }
    const api = await server.call("/v1/no-such-resource", { headers: html });
    expect(api.status).toBe(404);
    expect(api.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const list = await server.call("/v1/missions?limit=1", { headers: { accept: "application/json" } });
    expect(list.status).toBe(200);
    expect(list.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    // Without Accept: text/html an unknown path stays a problem.
    expect((await server.call("/states/fra")).status).toBe(404);
  });

  it("serves hashed assets as immutable, gzipped on request, with ETags", async () => {
    const plain = await server.call("/assets/index-abc.js");
    expect(plain.status).toBe(200);
    expect(plain.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(plain.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await plain.text()).toBe(SCRIPT);
    const etag = plain.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);

    const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      get(`${server.url}/assets/index-abc.js`, { headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on("error", reject);
    });
    expect(raw.headers["content-encoding"]).toBe("gzip");
    expect(raw.headers.vary).toBe("Accept-Encoding");
    expect(raw.body.length).toBeLessThan(SCRIPT.length / 4);
    expect(gunzipSync(raw.body).toString("utf8")).toBe(SCRIPT);

    const again = await server.call("/assets/index-abc.js", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect((await server.call("/favicon.svg")).headers.get("content-type")).toBe("image/svg+xml");
    expect((await server.call("/assets/missing.js")).status).toBe(404);
  });

  it("gives the gzipped and the identity bodies ETags of their own, each answered 304 for its own representation", async () => {
    const request = (headers: Record<string, string>) =>
      new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
        get(`${server.url}/assets/index-abc.js`, { headers }, (res) => {
          res.resume();
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
        }).on("error", reject);
      });
    const identity = await request({ "accept-encoding": "identity" });
    const gzip = await request({ "accept-encoding": "gzip" });
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    const plainTag = identity.headers.etag as string;
    const gzipTag = gzip.headers.etag as string;
    expect(plainTag).toMatch(/^"[\w-]+"$/);
    expect(gzipTag).toMatch(/^"[\w-]+-gz"$/);
    expect(gzipTag).not.toBe(plainTag);
    expect(identity.headers.vary).toBe("Accept-Encoding");
    expect(gzip.headers.vary).toBe("Accept-Encoding");

    const revalidated = await request({ "accept-encoding": "gzip", "if-none-match": gzipTag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.etag).toBe(gzipTag);
    // The gzip ETag does not validate the identity body, nor the identity ETag the gzipped one.
    expect((await request({ "accept-encoding": "identity", "if-none-match": gzipTag })).status).toBe(200);
    expect((await request({ "accept-encoding": "gzip", "if-none-match": plainTag })).status).toBe(200);
    expect((await request({ "accept-encoding": "identity", "if-none-match": `W/${plainTag}` })).status).toBe(304);
    expect((await request({ "accept-encoding": "gzip", "if-none-match": "*" })).status).toBe(304);
  });

  it("counts every route of the API as the API's, and the client's routes as not", async () => {
    const doc = (await (await server.call("/openapi.json")).json()) as { paths: Record<string, unknown> };
    const paths = [...Object.keys(doc.paths).map((p) => p.replace(/\{[^}]+\}/g, "x")), "/openapi.json", "/reference"];
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) expect(isApiPath(path), path).toBe(true);
    for (const path of ["/", "/map", "/states/fra", "/missions", "/principles", "/events", "/pledges", "/editor", "/v1x", "/referenced"]) expect(isApiPath(path), path).toBe(false);
  });

  it("refuses a directory that is not a build, naming it", async () => {
    const empty = mkdtempSync(join(tmpdir(), "bluehelm-web-empty-"));
    try {
      const engine = pgliteEngine();
      const s = await openStore(await engine.setup());
      try {
        expect(() => createApp({ store: s, logger: false, web: { dir: empty } })).toThrow(`The web client directory ${empty} has no index.html`);
      } finally {
        await s.close();
        await engine.cleanup();
      }
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
