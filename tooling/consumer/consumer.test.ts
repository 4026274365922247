// Every published package as its users receive it: packed with `pnpm pack`,
// installed into fresh projects outside the workspace (no registry), then used
// from plain ESM, CommonJS `require`, TypeScript (`node16` and `bundler`
// resolution, declaration emit on) and a browser bundle built with Vite. A file
// missing from `files`, a wrong `exports` condition or a type that cannot be
// named fails here. Packages are found by scanning packages/ and apps/, so a
// package that lands later gets the generic checks without a change here; the
// scenarios/<package> folders add the real queries.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProject, entrySpecifiers, exec, installTarballs, packAll, publishedPackages, root, type PublishedPackage } from "./src/workspace.js";

const packages = publishedPackages();
const scenarioDir = join(import.meta.dirname, "scenarios");
const scenario = (p: PublishedPackage, file: string): string | undefined => {
  const path = join(scenarioDir, p.slug, file);
  return existsSync(path) ? path : undefined;
};
const browserPackages = packages.filter((p) => scenario(p, "browser.js"));

const scratch = mkdtempSync(join(tmpdir(), "bluehelm-consumer-"));
const project = { esm: join(scratch, "esm"), cjs: join(scratch, "cjs"), ts: join(scratch, "ts"), browser: join(scratch, "browser") };
// CONSUMER_KEEP=1 keeps the projects for a look after the run.
afterAll(() => (process.env.CONSUMER_KEEP ? console.log(`consumer projects kept in ${scratch}`) : rmSync(scratch, { recursive: true, force: true })));

// A child process that sees only what a user's machine would: no custom conditions, no NODE_OPTIONS.
const env = { ...process.env, NODE_OPTIONS: "", NODE_ENV: "production" };
const node = (cwd: string, ...args: string[]) => exec(process.execPath, args, { cwd, env, timeout: 90_000 });

/** Resolves to the diagnostics tsc printed, one string per diagnostic. */
async function typecheck(config: string): Promise<string[]> {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  try {
    await exec(process.execPath, [tsc, "-p", config, "--pretty", "false"], { cwd: project.ts, env, timeout: 120_000 });
    return [];
  } catch (error) {
    return String((error as Error).message)
      .split("\n")
      .filter((line) => /error TS\d+/.test(line));
  }
}

/** Builds the browser page with Vite, runs the bundle and resolves to its text and the scenarios' results. */
async function browserBundle(): Promise<{ text: string; results: Record<string, unknown> }> {
  await build({
    root: project.browser,
    configFile: false,
    logLevel: "silent",
    build: { outDir: "dist", emptyOutDir: true, modulePreload: { polyfill: false }, minify: true },
  });
  const assets = join(project.browser, "dist", "assets");
  const scripts = readdirSync(assets).filter((f) => f.endsWith(".js"));
  const text = scripts.map((f) => readFileSync(join(assets, f), "utf8")).join("\n");
  const entry = scripts.find((f) => f.startsWith("index"))!;
  const { stdout } = await node(project.browser, "--input-type=module", "-e", `await import(${JSON.stringify(pathToFileURL(join(assets, entry)).href)}); console.log(JSON.stringify(globalThis.bluehelmResults));`);
  return { text, results: JSON.parse(stdout) as Record<string, unknown> };
}

let checks: { node16: Promise<string[]>; bundler: Promise<string[]>; browser: Promise<{ text: string; results: Record<string, unknown> }> };

beforeAll(async () => {
  const tarballs = join(scratch, "tarballs");
  mkdirSync(tarballs);
  const packed = await packAll(packages, tarballs);

  // Plain ESM: every entry of every exports map, then the scenarios.
  createProject(project.esm, { type: "module" });
  installTarballs(project.esm, packages, packed);
  for (const p of packages) {
    const specifiers = JSON.stringify(entrySpecifiers(p.manifest));
    writeFileSync(
      join(project.esm, `${p.slug}.entries.js`),
      `for (const specifier of ${specifiers}) {\n  const m = await import(specifier);\n  if (Object.keys(m).length === 0) throw new Error(specifier + " exports nothing");\n}\nconst { default: manifest } = await import("${p.manifest.name}/package.json", { with: { type: "json" } });\nconsole.log(manifest.name);\n`,
    );
    const esm = scenario(p, "esm.mjs");
    if (esm) copyFileSync(esm, join(project.esm, `${p.slug}.scenario.js`));
  }

  // CommonJS (libraries; apps are ESM-only).
  createProject(project.cjs, { type: "commonjs" });
  installTarballs(project.cjs, packages, packed);
  for (const p of packages.filter((x) => !x.app)) {
    const specifiers = JSON.stringify(entrySpecifiers(p.manifest));
    writeFileSync(
      join(project.cjs, `${p.slug}.entries.js`),
      `for (const specifier of ${specifiers}) {\n  const m = require(specifier);\n  if (Object.keys(m).length === 0) throw new Error(specifier + " exports nothing");\n}\nconsole.log(require("${p.manifest.name}/package.json").name);\n`,
    );
    const cjs = scenario(p, "cjs.cjs");
    if (cjs) copyFileSync(cjs, join(project.cjs, `${p.slug}.scenario.js`));
  }

  // TypeScript: the same files under node16 and bundler resolution, declarations on, library checks on.
  createProject(project.ts, { type: "module" });
  installTarballs(project.ts, packages, packed, ["@types/node"]);
  const compilerOptions = { target: "es2022", lib: ["es2023"], strict: true, declaration: true, noEmit: true, types: ["node"] };
  writeFileSync(join(project.ts, "tsconfig.node16.json"), JSON.stringify({ compilerOptions: { ...compilerOptions, module: "node16", moduleResolution: "node16", skipLibCheck: false }, include: ["*.ts", "*.cts"] }));
  writeFileSync(join(project.ts, "tsconfig.bundler.json"), JSON.stringify({ compilerOptions: { ...compilerOptions, module: "esnext", moduleResolution: "bundler", skipLibCheck: true }, include: ["*.ts"] }));
  for (const p of packages) {
    const specifiers = entrySpecifiers(p.manifest);
    const imports = specifiers.map((s, i) => `import * as entry${i} from "${s}";`).join("\n");
    writeFileSync(join(project.ts, `${p.slug}.entries.ts`), `${imports}\nexport const entries = [${specifiers.map((_, i) => `entry${i}`).join(", ")}];\n`);
    if (!p.app) {
      const requires = specifiers.map((s, i) => `import entry${i} = require("${s}");`).join("\n");
      writeFileSync(join(project.ts, `${p.slug}.require.cts`), `${requires}\nexport const entries = [${specifiers.map((_, i) => `entry${i}`).join(", ")}];\n`);
    }
    const types = scenario(p, "types.ts");
    if (types) copyFileSync(types, join(project.ts, `${p.slug}.scenario.ts`));
  }

  // A browser page built with Vite from the packages that run in browsers.
  createProject(project.browser, { type: "module" });
  installTarballs(project.browser, packages, packed);
  for (const p of browserPackages) copyFileSync(scenario(p, "browser.js")!, join(project.browser, `${p.slug}.browser.js`));
  writeFileSync(join(project.browser, "main.js"), browserPackages.map((p) => `import "./${p.slug}.browser.js";\n`).join(""));
  writeFileSync(join(project.browser, "index.html"), `<!doctype html>\n<html lang="en"><head><title>consumer</title></head><body><script type="module" src="/main.js"></script></body></html>\n`);

  checks = { node16: typecheck("tsconfig.node16.json"), bundler: typecheck("tsconfig.bundler.json"), browser: browserBundle() };
  // The tests await these; keep an early failure from being reported as unhandled.
  for (const check of Object.values(checks)) check.catch(() => undefined);
});

/** The diagnostics about a package: in its consumer files or in its installed files. */
const about = (diagnostics: string[], p: PublishedPackage) => diagnostics.filter((d) => d.startsWith(`${p.slug}.`) || d.includes(`node_modules/${p.manifest.name}/`));

describe.concurrent.each(packages)("$manifest.name, packed and installed", (p) => {
  it.concurrent("ESM: imports every entry of its exports map and its package.json", async () => {
    const { stdout } = await node(project.esm, `${p.slug}.entries.js`);
    expect(stdout.trim()).toBe(p.manifest.name);
  });

  if (scenario(p, "esm.mjs")) {
    it.concurrent("ESM: runs a real query (scenarios/" + p.slug + "/esm.mjs)", async () => {
      const { stdout } = await node(project.esm, `${p.slug}.scenario.js`);
      expect(() => JSON.parse(stdout.trim().split("\n").at(-1)!) as unknown).not.toThrow();
    });
  }

  if (!p.app) {
    it.concurrent("CommonJS: requires every entry of its exports map and its package.json", async () => {
      const { stdout } = await node(project.cjs, `${p.slug}.entries.js`);
      expect(stdout.trim()).toBe(p.manifest.name);
    });
  }

  if (!p.app && scenario(p, "cjs.cjs")) {
    it.concurrent("CommonJS: runs a real query (scenarios/" + p.slug + "/cjs.cjs)", async () => {
      const { stdout } = await node(project.cjs, `${p.slug}.scenario.js`);
      expect(() => JSON.parse(stdout.trim().split("\n").at(-1)!) as unknown).not.toThrow();
    });
  }

  it("TypeScript, moduleResolution node16 (ESM" + (p.app ? "" : " and CommonJS") + "): tsc --noEmit with declarations finds no error", async () => {
    expect(about(await checks.node16, p)).toEqual([]);
  });

  it("TypeScript, moduleResolution bundler: tsc --noEmit with declarations finds no error", async () => {
    expect(about(await checks.bundler, p)).toEqual([]);
  });

  if (scenario(p, "browser.js")) {
    it("browser: bundles with Vite without Node built-ins, and the bundle runs (scenarios/" + p.slug + "/browser.js)", async () => {
      const { text, results } = await checks.browser;
      expect(text).not.toMatch(/["'`]node:|__vite-browser-external/);
      expect(results[p.slug]).toBeDefined();
    });
  }
});

describe("consumer projects", () => {
  it("tsc reports nothing outside the packages' own files (node16 and bundler)", async () => {
    expect(await checks.node16).toEqual([]);
    expect(await checks.bundler).toEqual([]);
  });

  it("the browser page validates with core and shows a mission from @bluehelm/data/missions, without the other collections", async () => {
    const { text, results } = await checks.browser;
    expect(results["bluehelm-core"]).toEqual({ valid: false, rules: expect.arrayContaining(["schema.invalid-type"]) as unknown });
    expect(results["bluehelm-data"]).toEqual({ acronym: "MONUSCO", missions: expect.any(Number) as unknown });
    expect(text).toContain("MONUSCO");
    // Text found only in other collections: contributions and pledges.
    expect(text).not.toContain("cby-2015-");
    expect(text).not.toContain("kor-2021-helicopters");
  });
});
