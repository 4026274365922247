// The built web client (apps/web/dist), served from memory beside the API on
// the same origin: its files by path, and index.html for the client's own
// routes (history fallback) when a browser asks for a page.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { bodyEtag, noneMatch } from "./etags.js";

/**
 * Where the built web client is, for `createApp({ store, web })`.
 *
 * @example
 * ```ts
 * import { openStore } from "@bluehelm/store";
 * import { createApp, listen, type WebOptions } from "@bluehelm/server";
 *
 * const web: WebOptions = { dir: "apps/web/dist" };
 * const store = await openStore({ dataDir: ".bluehelm/db" });
 * const running = await listen(createApp({ store, web }).fetch, { port: 8080 });
 * console.log(`Web client and API on ${running.url}/`);
 * ```
 */
export interface WebOptions {
  /** The directory of the build (with index.html at its root), e.g. apps/web/dist. */
  readonly dir: string;
}

/**
 * The Content-Security-Policy of the web client's pages: scripts, styles,
 * images and fetches from this origin only, no inline scripts, no framing.
 * (API responses keep `default-src 'none'`.)
 *
 * @example
 * ```ts
 * import { WEB_CSP } from "@bluehelm/server";
 *
 * // The same policy for the client's pages when they are served by another front end.
 * const headers = new Headers({ "content-security-policy": WEB_CSP });
 * console.log(headers.get("content-security-policy"));
 * ```
 */
export const WEB_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
};

export interface WebFile {
  readonly body: Uint8Array;
  /** The gzipped body, for compressible files worth it. */
  readonly gzip: Uint8Array | undefined;
  readonly type: string;
  /** The ETag of the body as it is. */
  readonly etag: string;
  /** The ETag of the gzipped body: another representation, so another strong ETag (RFC 9110 §8.8.3). */
  readonly gzipEtag: string | undefined;
  /** Hashed build assets never change; everything else is revalidated. */
  readonly immutable: boolean;
}

/** The files of a web build, by URL path (`/index.html`, `/assets/index-abc.js`). */
export interface WebAssets {
  readonly files: ReadonlyMap<string, WebFile>;
  readonly index: WebFile;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/** Reads a web build into memory. Throws, naming the directory, when it is not a build. */
export function loadWebAssets(options: WebOptions): WebAssets {
  const { dir } = options;
  if (!existsSync(join(dir, "index.html"))) {
    throw new Error(`The web client directory ${dir} has no index.html: build the web client first (pnpm --filter @bluehelm/web build).`);
  }
  const files = new Map<string, WebFile>();
  for (const path of walk(dir)) {
    const rel = relative(dir, path).split(sep).join("/");
    if (rel.split("/").some((part) => part.startsWith("."))) continue;
    const body = new Uint8Array(readFileSync(path));
    const ext = extname(path).toLowerCase();
    const type = TYPES[ext] ?? "application/octet-stream";
    const compressible = /^(text\/|application\/(json|manifest)|image\/svg)/.test(type) && body.length > 1024;
    // The hash of the exact bytes (read one byte a character), so the validator is strong.
    const etag = bodyEtag(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("latin1")).replace(/^W\//, "");
    files.set(`/${rel}`, {
      body,
      gzip: compressible ? new Uint8Array(gzipSync(body, { level: 9 })) : undefined,
      type,
      etag,
      gzipEtag: compressible ? `${etag.slice(0, -1)}-gz"` : undefined,
      immutable: rel.startsWith("assets/"),
    });
  }
  return { files, index: files.get("/index.html")! };
}

/**
 * The roots of the API's paths: the versioned resources, analytics and audit
 * under /v1, and the service documents beside them. A path at or under one
 * of them is the API's.
 */
export const API_ROOTS: readonly string[] = ["/v1", "/openapi.json", "/reference", "/healthz", "/readyz"];

/** Whether a path belongs to the API (never answered with the web client's page). */
export function isApiPath(path: string): boolean {
  return API_ROOTS.some((root) => path === root || path.startsWith(`${root}/`));
}

/** Whether a request's Accept header asks for an HTML page (a browser's navigation does). */
export function acceptsHtml(accept: string | undefined): boolean {
  return accept !== undefined && /(^|,)\s*text\/html\s*(;|,|$)/i.test(accept);
}

/**
 * The headers and body of a web file for a request: the gzipped body when
 * the client takes gzip and the file has one, else the body as it is; each
 * with its own ETag, and 304 when If-None-Match names the chosen one (or `*`).
 */
export function webResponse(file: WebFile, request: { readonly acceptEncoding: string | undefined; readonly ifNoneMatch: string | undefined }): { status: number; body: Uint8Array | null; headers: Record<string, string> } {
  const gzip = file.gzip !== undefined && file.gzipEtag !== undefined && /\bgzip\b/i.test(request.acceptEncoding ?? "");
  const etag = gzip ? file.gzipEtag : file.etag;
  const headers: Record<string, string> = {
    "content-type": file.type,
    "content-security-policy": WEB_CSP,
    "cache-control": file.immutable ? "public, max-age=31536000, immutable" : "no-cache",
    etag,
    vary: "Accept-Encoding",
  };
  if (noneMatch(request.ifNoneMatch, etag)) return { status: 304, body: null, headers };
  if (gzip) return { status: 200, body: file.gzip, headers: { ...headers, "content-encoding": "gzip" } };
  return { status: 200, body: file.body, headers };
}
