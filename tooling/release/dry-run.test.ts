import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const config = JSON.parse(readFileSync(join(root, ".changeset", "config.json"), "utf8")) as { fixed: string[][] };

interface Rehearsed {
  name: string;
  dir: string;
  oldVersion: string;
  version: string;
  changelog: string;
  tarball: string | undefined;
  files: number;
  dryRun: boolean;
  ok: boolean;
}

/** What the rehearsal could touch in the working tree: the changesets, the manifests and changelogs, any tarball. */
function snapshot(dirs: readonly string[]): Record<string, string> {
  const files = [
    ...readdirSync(join(root, ".changeset")).map((f) => join(".changeset", f)),
    ...dirs.flatMap((dir) => [join(dir, "package.json"), join(dir, "CHANGELOG.md"), ...readdirSync(join(root, dir)).filter((f) => f.endsWith(".tgz")).map((f) => join(dir, f))]),
  ];
  return Object.fromEntries(
    files.map((f) => [f, existsSync(join(root, f)) ? createHash("sha256").update(readFileSync(join(root, f))).digest("hex") : "absent"]),
  );
}

const gitStatus = (paths: readonly string[]) =>
  spawnSync("git", ["status", "--porcelain", "--untracked-files=all", "--", ...paths], { cwd: root, encoding: "utf8" }).stdout;

describe("release:dry-run (tooling/release/dry-run.mjs)", () => {
  const published = config.fixed[0] ?? [];
  let packages: Rehearsed[] = [];
  let exitCode: number | null = null;
  let output = "";
  let before: Record<string, string> = {};
  let after: Record<string, string> = {};
  let statusBefore = "";
  let statusAfter = "";

  beforeAll(() => {
    const dirs = ["packages/core", "packages/data", "packages/store", "packages/client", "apps/server", "apps/cli"];
    before = snapshot(dirs);
    statusBefore = gitStatus([".changeset", ...dirs.map((d) => `${d}/package.json`), ...dirs.map((d) => `${d}/CHANGELOG.md`)]);
    const result = spawnSync(process.execPath, [join(root, "tooling", "release", "dry-run.mjs"), "--json", "--add-changeset"], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    exitCode = result.status;
    output = `${result.stdout}${result.stderr}`;
    const last = result.stdout.trim().split("\n").at(-1) ?? "{}";
    packages = (JSON.parse(last) as { packages?: Rehearsed[] }).packages ?? [];
    after = snapshot(dirs);
    statusAfter = gitStatus([".changeset", ...dirs.map((d) => `${d}/package.json`), ...dirs.map((d) => `${d}/CHANGELOG.md`)]);
  });

  it("succeeds and covers exactly the published packages of the fixed group", () => {
    expect(exitCode, output).toBe(0);
    expect(published.length).toBe(6);
    expect(packages.map((p) => p.name).sort()).toEqual([...published].sort());
  });

  it("gives every published package the same new version (one fixed group), above the current one", () => {
    const versions = new Set(packages.map((p) => p.version));
    expect(versions.size).toBe(1);
    for (const p of packages) {
      expect(p.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(p.version).not.toBe(p.oldVersion);
    }
  });

  it("writes a CHANGELOG entry for the new version of each package", () => {
    for (const p of packages) {
      expect(p.changelog, p.name).toMatch(new RegExp(`^## ${p.version.replaceAll(".", "\\.")}\\n`));
      expect(p.changelog.split("\n").length, p.name).toBeGreaterThan(2);
    }
    const core = packages.find((p) => p.name === "@bluehelm/core");
    expect(core?.changelog).toContain("Release rehearsal: a patch of the core.");
  });

  it("packs every package in a dry-run publish that names its tarball", () => {
    for (const p of packages) {
      expect(p.ok, p.name).toBe(true);
      expect(p.dryRun, p.name).toBe(true);
      expect(p.tarball, p.name).toBe(`${p.name.replace("@", "").replace("/", "-")}-${p.version}.tgz`);
      expect(p.files, p.name).toBeGreaterThan(2);
    }
    // npm offline, and the only registry it names is a dead address: nothing can have been published.
    expect(output.match(/^ {4}Publishing to http:\/\/127\.0\.0\.1:9\/ .*\(dry-run\)$/gm)?.length).toBe(published.length);
  });

  it("leaves the working tree as it was: changesets, manifests, changelogs, no tarball", () => {
    expect(after).toEqual(before);
    expect(statusAfter).toBe(statusBefore);
  });
});
