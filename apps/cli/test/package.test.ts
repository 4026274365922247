// The package as people get it: the executable its manifest declares, and `main` run in-process. Each command is a
// module of src/commands; main.ts only wires them.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT, main } from "../src/main.js";

const here = join(import.meta.dirname, "..");
const manifest = JSON.parse(readFileSync(join(here, "package.json"), "utf8")) as { version: string; bin: Record<string, string>; files: string[] };
const scratch = mkdtempSync(join(tmpdir(), "bluehelm-package-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the executable", () => {
  const target = manifest.bin.bluehelm!;
  it("is a file of the repository, not of the build, so that installing links it before anything is built", () => {
    expect(target.startsWith("./dist/")).toBe(false);
    const file = join(here, target);
    expect(readFileSync(file, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(file).mode & 0o111).toBe(0o111);
    expect(manifest.files.some((f) => target.replace(/^\.\//, "").startsWith(`${f}/`))).toBe(true);
  });
  it("runs the build", () => {
    const r = spawnSync(process.execPath, [join(here, target), "--version"], { encoding: "utf8" });
    expect([r.status, r.stdout]).toEqual([0, `${manifest.version}\n`]);
  });
  it("says how to build when there is no build", () => {
    mkdirSync(join(scratch, "bin"));
    copyFileSync(join(here, target), join(scratch, "bin", "bluehelm.js"));
    const r = spawnSync(process.execPath, [join(scratch, "bin", "bluehelm.js"), "--help"], { encoding: "utf8" });
    expect(r.status).toBe(70);
    expect(r.stderr).toMatch(/bluehelm is not built yet .*\n.*turbo run build --filter bluehelm/);
  });
});

describe("main, in-process", () => {
  it("resolves to the exit code and writes through the given functions", async () => {
    const out: string[] = [];
    const err: string[] = [];
    expect(await main(["--version"], { out: (s) => out.push(s), err: (s) => err.push(s), env: {} })).toBe(EXIT.ok);
    expect(out).toEqual([manifest.version]);
    expect(await main(["missions", "list", "--as-of", "2021-02-30"], { out: (s) => out.push(s), err: (s) => err.push(s), env: {} })).toBe(EXIT.usage);
    expect(err).toEqual(['--as-of takes a calendar date YYYY-MM-DD, got "2021-02-30" (no such day, or not that form); e.g. --as-of 2021-02-28.']);
  });
});

describe("the sources", () => {
  it("define each command in a module of src/commands; main.ts only wires them", () => {
    const text = readFileSync(join(here, "src", "main.ts"), "utf8");
    expect(text.match(/\.command\(/g)).toBeNull();
    expect(text.split("\n").length).toBeLessThan(150);
    for (const name of ["alerts", "analytics", "completion", "export", "import", "records", "serve", "token", "validate"]) {
      expect([name, statSync(join(here, "src", "commands", `${name}.ts`)).isFile()]).toEqual([name, true]);
    }
  });
});
