#!/usr/bin/env node
// The `bluehelm` executable. It runs the built command line (dist/bin.js); being a file of the repository, not of
// the build, it is there when a package manager links executables on install, before anything is built.
/* global process, URL */
import { existsSync } from "node:fs";

const built = new URL("../dist/bin.js", import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write(
    "bluehelm is not built yet (no dist/bin.js): build it at the repository root with\n  npx pnpm@10.34.8 exec turbo run build --filter bluehelm\n",
  );
  process.exitCode = 70;
}
