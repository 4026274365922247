#!/usr/bin/env node
// Answers --version without loading the rest of the CLI, so scripts that
// probe for bluehelm pay only for Node's own start-up.
import { readFileSync } from "node:fs";

// A reader that stops early (`bluehelm --help | head -3`) closes the pipe: that is the end of the output, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-v")) {
  process.stdout.write(`${(JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version}\n`);
} else {
  const { main } = await import("./main.js");
  process.exitCode = await main(args);
}
