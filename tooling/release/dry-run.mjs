#!/usr/bin/env node
// The release, rehearsed without touching the working tree or publishing
// anything: in a temporary copy of HEAD (plus the working tree's
// .changeset/*.md and the built dist of each published package), runs
// `changeset status` and `changeset version`, prints each package's new
// version and CHANGELOG entry, and runs `pnpm publish --dry-run` for every
// published package with npm offline (nothing can reach a registry).
//
//   node tooling/release/dry-run.mjs [--json] [--keep] [--add-changeset]
//
// --json           print a JSON summary as the last line
// --keep           keep the temporary copy (its path is printed)
// --add-changeset  add a patch changeset for @bluehelm/core to the copy (checks the fixed group when none is pending)
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the dry-run publishes "to": a port nothing listens on. */
export const DEAD_REGISTRY = "http://127.0.0.1:9/";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = new Set(process.argv.slice(2));

/** The published packages: every workspace package that is not private. */
export function publishedPackages(base = root) {
  const dirs = ["packages", "apps"].flatMap((group) =>
    existsSync(join(base, group)) ? readdirSync(join(base, group)).map((d) => `${group}/${d}`) : [],
  );
  return dirs
    .filter((dir) => existsSync(join(base, dir, "package.json")))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(base, dir, "package.json"), "utf8")) }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({ dir, name: manifest.name }));
}

function run(command, argv, options) {
  const result = spawnSync(command, argv, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw new Error(`could not start ${command}: ${result.error.message}`);
  return result;
}

function must(label, result) {
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status}):\n${result.stdout ?? ""}${result.stderr ?? ""}`);
  return result;
}

/** How to run pnpm: the one running this script when there is one, else the pinned version through npx. */
function pnpmCommand() {
  const execpath = process.env.npm_execpath;
  if (execpath && /pnpm/.test(execpath) && existsSync(execpath)) return [process.execPath, [execpath]];
  const spec = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).packageManager;
  return ["npx", ["--yes", spec]];
}

/** The top entry of a CHANGELOG.md: from the first `## ` heading to the next. */
export function latestEntry(changelog) {
  const match = /^## .*$[\s\S]*?(?=^## |(?![\s\S]))/m.exec(changelog);
  return match ? match[0].trim() : "";
}

function main() {
  const packages = publishedPackages();
  for (const p of packages) {
    if (!existsSync(join(root, p.dir, "dist"))) throw new Error(`${p.name}: ${p.dir}/dist is missing; build first (pnpm build)`);
  }
  const copy = mkdtempSync(join(tmpdir(), "bluehelm-release-"));
  try {
    // HEAD's tracked files, as a CI checkout has them.
    const archive = must("git archive", run("git", ["archive", "--format=tar", "HEAD"], { cwd: root, encoding: "buffer" }));
    must("tar", run("tar", ["-x", "-C", copy], { input: archive.stdout }));
    // Pending changesets, committed or not, and the built output.
    for (const file of readdirSync(join(root, ".changeset")).filter((f) => f.endsWith(".md"))) {
      cpSync(join(root, ".changeset", file), join(copy, ".changeset", file));
    }
    if (args.has("--add-changeset")) {
      writeFileSync(join(copy, ".changeset", "release-dry-run-check.md"), `---\n"@bluehelm/core": patch\n---\n\nRelease rehearsal: a patch of the core.\n`);
    }
    for (const p of packages) cpSync(join(root, p.dir, "dist"), join(copy, p.dir, "dist"), { recursive: true });
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
    // Workspace dependencies linked inside the copy, so that `pnpm publish`
    // replaces each `workspace:` range with the version `changeset version` gives.
    const workspace = new Map(
      ["packages", "apps", "tooling", "examples"]
        .flatMap((group) => (existsSync(join(copy, group)) ? readdirSync(join(copy, group)).map((d) => `${group}/${d}`) : []))
        .filter((dir) => existsSync(join(copy, dir, "package.json")))
        .map((dir) => [JSON.parse(readFileSync(join(copy, dir, "package.json"), "utf8")).name, dir]),
    );
    for (const p of packages) {
      const manifest = JSON.parse(readFileSync(join(copy, p.dir, "package.json"), "utf8"));
      const deps = { ...manifest.devDependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies, ...manifest.dependencies };
      for (const [name, range] of Object.entries(deps)) {
        if (!String(range).startsWith("workspace:") || !workspace.has(name)) continue;
        const link = join(copy, p.dir, "node_modules", name);
        mkdirSync(dirname(link), { recursive: true });
        symlinkSync(join(copy, workspace.get(name)), link, "dir");
      }
    }
    // A repository of its own, on the base branch, for `changeset status`.
    const git = (...argv) => must(`git ${argv[0]}`, run("git", ["-c", "user.name=release", "-c", "user.email=release@localhost", "-c", "commit.gpgsign=false", ...argv], { cwd: copy }));
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "release rehearsal", "--no-verify");

    const changeset = join(root, "node_modules", ".bin", "changeset");
    const status = must("changeset status", run(changeset, ["status", "--verbose", "--output=release-plan.json"], { cwd: copy }));
    console.log(status.stdout.trim());
    const plan = JSON.parse(readFileSync(join(copy, "release-plan.json"), "utf8"));
    must("changeset version", run(changeset, ["version"], { cwd: copy }));

    const [pnpm, pnpmArgs] = pnpmCommand();
    const results = [];
    for (const p of packages) {
      const manifest = JSON.parse(readFileSync(join(copy, p.dir, "package.json"), "utf8"));
      const changelogFile = join(copy, p.dir, "CHANGELOG.md");
      const entry = existsSync(changelogFile) ? latestEntry(readFileSync(changelogFile, "utf8")) : "";
      // Offline, and pointed at an address nothing listens on: the dry run
      // neither depends on a registry nor could publish to one.
      const publish = run(pnpm, [...pnpmArgs, "publish", "--dry-run", "--no-git-checks", `--registry=${DEAD_REGISTRY}`], {
        cwd: join(copy, p.dir),
        env: { ...process.env, npm_config_offline: "true" },
      });
      const output = `${publish.stdout}${publish.stderr}`;
      const field = (name) => new RegExp(`npm notice ${name}:\\s*(.+)`).exec(output)?.[1]?.trim();
      results.push({
        name: p.name,
        dir: p.dir,
        oldVersion: plan.releases.find((r) => r.name === p.name)?.oldVersion ?? manifest.version,
        version: manifest.version,
        changelog: entry,
        tarball: field("filename"),
        packageSize: field("package size"),
        unpackedSize: field("unpacked size"),
        files: Number(field("total files") ?? 0),
        dryRun: /\(dry-run\)/.test(output) && output.includes(`Publishing to ${DEAD_REGISTRY}`),
        publishedTo: /npm notice (Publishing to .*)/.exec(output)?.[1]?.trim(),
        ok: publish.status === 0,
        output: publish.status === 0 ? undefined : output,
      });
    }

    console.log("\nRelease rehearsal (nothing published)\n");
    for (const r of results) {
      console.log(`${r.ok ? "✓" : "✗"} ${r.name} ${r.oldVersion} → ${r.version}   ${r.tarball ?? "(no tarball)"}  ${r.packageSize ?? ""} packed, ${r.unpackedSize ?? ""} unpacked, ${r.files} files`);
      console.log(`    ${r.publishedTo ?? "(pnpm publish --dry-run said nothing about publishing)"}`);
      console.log(r.changelog ? r.changelog.replace(/^/gm, "    ") : "    (no CHANGELOG entry)");
      if (!r.ok) console.log(r.output);
    }
    if (args.has("--keep")) console.log(`\nThe copy is kept in ${copy}`);
    if (args.has("--json")) console.log(JSON.stringify({ plan: plan.releases, packages: results }));
    return results.every((r) => r.ok && r.tarball) ? 0 : 1;
  } finally {
    if (!args.has("--keep")) rmSync(copy, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exit(main());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
