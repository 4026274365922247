// The CLI tests run the built executable, as it is published: build it (and what it depends on) first. Turbo
// rebuilds only what changed, so an up-to-date build costs a few seconds. BLUEHELM_TEST_NO_BUILD=1 skips this,
// for a run right after a build.
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export default function setup(): void {
  if (process.env.BLUEHELM_TEST_NO_BUILD === "1") return;
  const root = join(import.meta.dirname, "..", "..", "..");
  execFileSync(join(root, "node_modules", ".bin", "turbo"), ["run", "build", "--filter", "bluehelm", "--output-logs=errors-only"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" },
  });
}
