#!/usr/bin/env node
// The entry behind the root `npm test`: works on a fresh clone with only Node
// and npm. It installs the pinned pnpm through npx (no global install), the
// workspace's dependencies, builds, typechecks, lints, runs every test, and
// ends with a plain "N passed, N failed" line built from the real counts.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const pnpmSpec = manifest.packageManager; // e.g. pnpm@10.34.8
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1", FORCE_COLOR: process.env.FORCE_COLOR ?? "0" };

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.error) console.error(`  could not start ${command}: ${result.error.message}`);
  return result.status === 0;
}

const pnpm = (label, ...args) => run(label, "npx", ["--yes", pnpmSpec, ...args]);

function main(task) {
  if (task !== "test") {
    console.error(`usage: node tooling/scripts/run.mjs test   (unknown task "${task}")`);
    process.exit(2);
  }
  const steps = [];
  const step = (name, ok) => {
    steps.push({ name, ok });
    return ok;
  };
  const frozen = process.env.CI ? ["--frozen-lockfile"] : [];
  if (!step("install", pnpm("install", "install", "--prefer-offline", ...frozen))) return finish(steps, undefined);
  if (!step("build", pnpm("build", "exec", "turbo", "run", "build", "--output-logs=errors-only"))) return finish(steps, undefined);
  step("typecheck", pnpm("typecheck", "exec", "turbo", "run", "typecheck", "--output-logs=errors-only"));
  step("lint", pnpm("lint", "exec", "turbo", "run", "lint", "--output-logs=errors-only"));

  const resultsDir = join(root, ".test-results");
  const resultsFile = join(resultsDir, "vitest.json");
  mkdirSync(resultsDir, { recursive: true });
  rmSync(resultsFile, { force: true });
  step(
    "tests",
    pnpm("tests", "exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${resultsFile}`),
  );
  return finish(steps, existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, "utf8")) : undefined);
}

function finish(steps, results) {
  let passed = 0;
  let failed = 0;
  if (results) {
    passed = results.numPassedTests ?? 0;
    failed = results.numFailedTests ?? 0;
    // A test file that fails to load has no failing test but is a failure.
    const brokenFiles = (results.testResults ?? []).filter(
      (f) => f.status === "failed" && (f.assertionResults ?? []).every((a) => a.status !== "failed"),
    );
    for (const f of brokenFiles) console.log(`✗ test file failed to run: ${f.name}`);
    failed += brokenFiles.length;
    if ((results.numPendingTests ?? 0) + (results.numTodoTests ?? 0) > 0) {
      console.log(`✗ ${results.numPendingTests + results.numTodoTests} skipped or todo tests: none may be left behind`);
      failed += 1;
    }
  }
  console.log("\nSummary");
  for (const s of steps) {
    console.log(`  ${s.ok ? "✓" : "✗"} ${s.name}`);
    if (!s.ok && s.name !== "tests") failed += 1;
  }
  if (!results && steps.every((s) => s.ok)) {
    console.log("  ✗ no test results were produced");
    failed += 1;
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && steps.every((s) => s.ok) ? 0 : 1);
}

main(process.argv[2] ?? "test");
