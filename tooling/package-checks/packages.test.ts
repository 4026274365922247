// Checks every published package as users receive it: built, packed, linted
// by publint, resolved by attw under every module resolution, tarball
// contents, and the size of the core bundle and of every data subpath against
// its budget.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const bin = (name: string) => join(root, "node_modules", ".bin", name);

interface Manifest {
  name: string;
  bin?: Record<string, string>;
  private?: boolean;
  engines?: { node?: string };
  sideEffects?: boolean;
  peerDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
  exports?: Record<string, unknown>;
}

const published = ["packages", "apps"]
  .filter((dir) => existsSync(join(root, dir)))
  .flatMap((dir) =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(root, dir, e.name, "package.json")))
      .map((e) => join(root, dir, e.name)),
  )
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest }))
  .filter((p) => p.manifest.private !== true);

const scratch = mkdtempSync(join(tmpdir(), "bluehelm-pack-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function pack(dir: string): string[] {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: dir, encoding: "utf8" });
  const [info] = JSON.parse(out) as { files: { path: string }[] }[];
  return (info?.files ?? []).map((f) => f.path);
}

/** Every file path an exports map points at (conditions flattened, wildcards left out). */
function exportTargets(value: unknown): string[] {
  if (typeof value === "string") return value.includes("*") ? [] : [value.replace(/^\.\//, "")];
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([k, v]) => (k === "@bluehelm/source" ? [] : exportTargets(v)));
  return [];
}

describe.each(published)("$manifest.name", ({ dir, manifest }) => {
  // Applications (apps/) are ESM-only and own their zod; libraries are dual and keep zod a peer.
  const app = dir.includes(`${join(root, "apps")}`);

  it("declares engines, sideEffects and ./package.json, and zod as a peer (libraries) or a dependency (apps), never both", () => {
    expect(manifest.engines?.node).toBe(">=20.19");
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.exports?.["./package.json"]).toBe("./package.json");
    if (app) {
      expect(manifest.peerDependencies?.zod).toBeUndefined();
    } else {
      expect(manifest.peerDependencies?.zod).toMatch(/^\^4/);
      expect(manifest.dependencies?.zod).toBeUndefined();
    }
  });

  it("passes publint --strict with no message", async () => {
    const { messages, pkg } = await publint({ pkgDir: dir, level: "suggestion", strict: true, pack: "pnpm" });
    const text = messages.map((m) => formatMessage(m, pkg) ?? m.code);
    expect(text).toEqual([]);
  });

  it("passes attw under node10, node16 (CJS and ESM) and bundler", () => {
    // Packed into the scratch folder (attw --pack would write the tarball into the package's own folder, where
    // the release rehearsal checks that no tarball is left).
    const into = mkdtempSync(join(scratch, "attw-"));
    const [packed] = JSON.parse(execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", into], { cwd: dir, encoding: "utf8" })) as { filename: string }[];
    let output: string;
    try {
      output = execFileSync(bin("attw"), [join(into, packed!.filename), "--format", "json", ...(app ? ["--profile", "esm-only"] : [])], { cwd: scratch, encoding: "utf8" });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    const report = JSON.parse(output) as { analysis: { problems: { kind: string; resolutionKind?: string }[] } };
    // The esm-only profile ignores node10 and require() from node16; its JSON still lists them.
    const ignored = app ? ["node10", "node16-cjs"] : [];
    expect(report.analysis.problems.filter((p) => !ignored.includes(p.resolutionKind ?? ""))).toEqual([]);
  });

  it("packs every file its exports and bin point at, both formats for libraries, and no tests", () => {
    const files = pack(dir);
    expect(files).toContain("package.json");
    const targets = [...exportTargets(manifest.exports), ...Object.values(manifest.bin ?? {}).map((b) => b.replace(/^\.\//, ""))];
    expect(targets.length).toBeGreaterThan(1);
    for (const target of targets) expect(files).toContain(target);
    if (!app) for (const f of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts"]) expect(files).toContain(f);
    expect(files.filter((f) => f.endsWith(".test.ts"))).toEqual([]);
  });
});

describe("@bluehelm/core tarball and size", () => {
  const core = published.find((p) => p.manifest.name === "@bluehelm/core");

  it("ships a JSON Schema file for every entity kind and the dataset", async () => {
    expect(core).toBeDefined();
    const files = pack(core!.dir);
    const { JSON_SCHEMA_NAMES } = await import("@bluehelm/core");
    expect(JSON_SCHEMA_NAMES.length).toBeGreaterThan(15);
    for (const name of JSON_SCHEMA_NAMES) expect(files).toContain(`dist/json-schema/${name}.json`);
  });

  const bundle = async (contents: string) => {
    const result = await build({
      stdin: { contents, resolveDir: core!.dir, loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      write: false,
      platform: "neutral",
      external: ["zod"],
      logLevel: "silent",
    });
    const bytes = result.outputFiles[0]!.contents;
    return { bytes: bytes.length, gzipped: gzipSync(bytes).length, text: Buffer.from(bytes).toString("utf8") };
  };
  const budget = (name: string) => Number(new RegExp(`${name}: (\\d+) KB`).exec(readFileSync(join(root, "README.md"), "utf8"))?.[1]);
  // Text that only the analytics and the file readers contain.
  const ANALYTICS_MARKERS = ["latest possible date", "Too few actors to say anything", "appears twice in the header"];

  it.each([
    ["core-size-budget", 'export * from "@bluehelm/core"; export * from "@bluehelm/core/analytics"; export * from "@bluehelm/core/tabular";', false],
    ["core-root-size-budget", 'export * from "@bluehelm/core";', true],
    ["core-schemas-size-budget", 'export { ENTITY_SCHEMAS, DatasetSchema, PledgeSchema } from "@bluehelm/core";', true],
    ["core-validation-size-budget", 'export { validate, validateDataset } from "@bluehelm/core";', true],
  ] as const)("%s: stays within the README budget (minified + gzipped, zod excluded)", async (name, entry, noAnalytics) => {
    const { bytes, gzipped, text } = await bundle(entry);
    const kb = budget(name);
    console.log(`${name}: ${bytes} B minified, ${gzipped} B gzipped (budget ${kb} KB) for ${entry}`);
    expect(kb).toBeGreaterThan(0);
    expect(gzipped).toBeLessThanOrEqual(kb * 1024);
    for (const marker of ANALYTICS_MARKERS) expect(text.includes(marker)).toBe(!noAnalytics);
  });

  it("loads neither the analytics nor the file readers in Node when the root is imported (ESM and CommonJS)", () => {
    const dist = join(core!.dir, "dist");
    // ESM: the root module and every chunk it imports statically
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(join(dist, file), "utf8").matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(m[1]!);
    };
    visit("index.js");
    const esm = [...seen].map((f) => readFileSync(join(dist, f), "utf8")).join("\n");
    const cjs = readFileSync(join(dist, "index.cjs"), "utf8");
    for (const marker of ANALYTICS_MARKERS) {
      expect(esm.includes(marker)).toBe(false);
      expect(cjs.includes(marker)).toBe(false);
    }
    expect(cjs).not.toMatch(/require\(["']\.\/(analytics|tabular)/);
    // the subpaths do carry them
    const analytics = readFileSync(join(dist, "analytics.cjs"), "utf8");
    const tabular = readFileSync(join(dist, "tabular.cjs"), "utf8");
    expect(ANALYTICS_MARKERS.some((m) => analytics.includes(m))).toBe(true);
    expect(tabular.includes("appears twice in the header")).toBe(true);
    // and Node resolves every subpath of the exports map, in both module systems
    const probe = execFileSync(
      process.execPath,
      ["--input-type=module", "-e", 'const a = await import("@bluehelm/core/analytics"); const t = await import("@bluehelm/core/tabular"); const { createRequire } = await import("node:module"); const r = createRequire(import.meta.url); console.log(typeof a.askQuestion, typeof t.readRecords, typeof r("@bluehelm/core/analytics").askQuestion, typeof r("@bluehelm/core").askQuestion);'],
      { cwd: join(root, "tooling", "package-checks"), encoding: "utf8" },
    );
    expect(probe.trim()).toBe("function function function undefined");
  });
});

describe("@bluehelm/data size per subpath", () => {
  const data = published.find((p) => p.manifest.name === "@bluehelm/data");
  const readme = data ? readFileSync(join(data.dir, "README.md"), "utf8") : "";
  // Every subpath of the exports map with code behind it (not ./package.json, not the raw JSON files).
  const subpaths = Object.keys(data?.manifest.exports ?? {}).filter((key) => key !== "./package.json" && !key.includes("*"));

  it("exports a subpath per collection", () => {
    expect(data).toBeDefined();
    expect(subpaths.length).toBeGreaterThan(15);
  });

  it.each(subpaths)("%s stays within its budget in packages/data/README.md (minified + gzipped, core and zod excluded)", async (subpath) => {
    const specifier = `@bluehelm/data${subpath.slice(1)}`;
    const name = subpath === "." ? "data-size-budget" : `data-${subpath.slice(2)}-size-budget`;
    const result = await build({
      stdin: { contents: `export * from "${specifier}";`, resolveDir: data!.dir, loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      write: false,
      platform: "neutral",
      external: ["zod", "@bluehelm/core"],
      logLevel: "silent",
    });
    const bytes = result.outputFiles[0]!.contents;
    const gzipped = gzipSync(bytes).length;
    const kb = Number(new RegExp(`\\b${name}: (\\d+) KB`).exec(readme)?.[1]);
    console.log(`${name}: ${bytes.length} B minified, ${gzipped} B gzipped (budget ${kb} KB) for ${specifier}`);
    expect(kb, `packages/data/README.md has no "${name}: N KB" line`).toBeGreaterThan(0);
    expect(gzipped).toBeLessThanOrEqual(kb * 1024);
  });
});
