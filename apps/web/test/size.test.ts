// The initial JavaScript of the built client (the entry chunk and every chunk
// it imports statically, gzipped) stays within the budget in README.md; the
// map, the editor and the world atlas load on demand.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const dist = join(root, "dist");

function requireBuild(): string {
  const index = join(dist, "index.html");
  if (!existsSync(index)) throw new Error(`The web client is not built (${index} is missing): run \`npx pnpm@10.34.8 --filter @bluehelm/web build\` first (npm test builds it).`);
  return readFileSync(index, "utf8");
}

/** The chunks a page loads before it can render: the entry scripts and, transitively, their static imports. */
export function initialChunks(html: string, read: (path: string) => string): string[] {
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = read(path);
    // Static imports only: `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`; never `import("./x.js")`.
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["'`]([^"'`]+\.js)["'`]/g)) {
      visit(new URL(m[1]!, `http://x${path}`).pathname);
    }
  };
  for (const e of entries) visit(e);
  return [...seen];
}

describe("the web client's size", () => {
  it("keeps the initial JavaScript (gzipped) within the README budget", () => {
    const html = requireBuild();
    const read = (p: string) => readFileSync(join(dist, p), "utf8");
    const chunks = initialChunks(html, read);
    expect(chunks.length).toBeGreaterThan(0);
    const bytes = chunks.reduce((sum, c) => sum + gzipSync(readFileSync(join(dist, c)), { level: 9 }).length, 0);
    const budget = Number(/web-initial-js-budget: (\d+) KB/.exec(readFileSync(join(root, "README.md"), "utf8"))?.[1]);
    console.log(`web initial JS: ${bytes} B gzipped in ${chunks.length} chunk(s) (${chunks.join(", ")}); budget ${budget} KB`);
    expect(budget).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(budget * 1024);
    // What loads on demand stays out of it.
    const initial = chunks.map(read).join("\n");
    expect(chunks.some((c) => /\/(map|editor)-/.test(c))).toBe(false);
    expect(initial).not.toContain("countries-110m");
    expect(initial).not.toContain("geoEqualEarth");
    expect(initial).toMatch(/import\(["'`]\.\/map-[\w-]+\.js["'`]\)/);
    expect(initial).toMatch(/import\(["'`]\.\/editor-[\w-]+\.js["'`]\)/);
    // zod stays out of the first load: the pages check dates and ids with the core's zod-free predicates.
    const sources = chunks.flatMap((c) => (JSON.parse(read(`${c}.map`)) as { sources: string[] }).sources);
    expect(sources.filter((s) => /node_modules\/.*zod\//.test(s))).toEqual([]);
    expect(sources.some((s) => s.endsWith("core/src/dates.ts"))).toBe(true);
  });

  it("finds static imports and leaves dynamic ones out", () => {
    const files: Record<string, string> = {
      "/assets/index.js": 'import{a as b}from"./shared.js";import"./side.js";const m=()=>import("./map.js");',
      "/assets/shared.js": 'export*from"./deep.js";',
      "/assets/side.js": "",
      "/assets/deep.js": "",
      "/assets/map.js": "",
    };
    const chunks = initialChunks('<script type="module" crossorigin src="/assets/index.js"></script>', (p) => files[p]!);
    expect(chunks.sort()).toEqual(["/assets/deep.js", "/assets/index.js", "/assets/shared.js", "/assets/side.js"]);
  });
});
