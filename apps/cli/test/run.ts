// Runs the bluehelm executable as a real process, on the build (test/global-setup.ts makes it).
import { spawnSync } from "node:child_process";
import { join } from "node:path";

/** The executable as the package declares it (`bin`): it runs dist/bin.js. */
export const BIN = join(import.meta.dirname, "..", "bin", "bluehelm.js");
export const EXTERNAL = join(import.meta.dirname, "..", "..", "..", "data", "external");

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function bluehelm(args: readonly string[], env: Readonly<Record<string, string>> = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
