// Checks of the repository as a whole: the task graph turbo caches by, and
// the commands a clone offers from its root.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const bin = (name: string) => join(root, "node_modules", ".bin", name);

interface DryTask {
  taskId: string;
  package: string;
  task: string;
  dependencies: string[];
}

/** Every workspace package with its name and its workspace dependencies. */
function workspace(): { name: string; deps: string[] }[] {
  const dirs = ["packages", "apps", "tooling", "examples"].flatMap((d) =>
    existsSync(join(root, d))
      ? readdirSync(join(root, d), { withFileTypes: true })
          .filter((e) => e.isDirectory() && existsSync(join(root, d, e.name, "package.json")))
          .map((e) => join(root, d, e.name))
      : [],
  );
  return dirs.map((dir) => {
    const m = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    const all = { ...m.dependencies, ...m.devDependencies };
    return { name: m.name, deps: Object.keys(all).filter((k) => all[k]!.startsWith("workspace:")) };
  });
}

function dryRun(task: string): DryTask[] {
  const out = execFileSync(bin("turbo"), ["run", task, "--dry=json"], { cwd: root, encoding: "utf8", env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" } });
  return (JSON.parse(out) as { tasks: DryTask[] }).tasks;
}

describe("turbo task graph", () => {
  // typecheck and lint read a dependency's TypeScript sources (the `@bluehelm/source`
  // condition), not its build, so their cache key must include those sources: each
  // reaches its dependencies' `transit` nodes, whose hash covers every file of the package.
  it.each(["typecheck", "lint"])("%s of every package depends on the sources of each workspace package it uses", (task) => {
    const tasks = dryRun(task);
    const byId = new Map(tasks.map((t) => [t.taskId, t]));
    const reached = (from: string): Set<string> => {
      const seen = new Set<string>();
      const stack = [...(byId.get(from)?.dependencies ?? [])];
      while (stack.length) {
        const id = stack.pop()!;
        if (seen.has(id)) continue;
        seen.add(id);
        stack.push(...(byId.get(id)?.dependencies ?? []));
      }
      return seen;
    };
    const missing: string[] = [];
    for (const pkg of workspace()) {
      if (!byId.has(`${pkg.name}#${task}`)) continue;
      const deps = reached(`${pkg.name}#${task}`);
      for (const d of pkg.deps) if (!deps.has(`${d}#transit`)) missing.push(`${pkg.name}#${task} → ${d}#transit`);
    }
    expect(missing).toEqual([]);
    // and the server, which uses core through the store, is among the packages checked
    expect(reached(`@bluehelm/server#${task}`).has("@bluehelm/core#transit")).toBe(true);
  });
});

describe("the clone's root", () => {
  it("runs the CLI with `pnpm exec bluehelm` (the root depends on the workspace's CLI)", () => {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { devDependencies?: Record<string, string> };
    expect(manifest.devDependencies?.bluehelm).toBe("workspace:*");
    const version = JSON.parse(readFileSync(join(root, "apps", "cli", "package.json"), "utf8")) as { version: string };
    const out = execFileSync(bin("bluehelm"), ["--version"], { cwd: root, encoding: "utf8" });
    expect(out.trim()).toBe(version.version);
  });
});
