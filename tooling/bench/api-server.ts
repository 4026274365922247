// A server for the API benchmark, run as a child process so that it does not
// share a thread with the load generator:
//   api-server.ts bluehelm DATA_DIR        the Bluehelm API on an embedded store
//   api-server.ts bare BODY_FILE TYPE      node:http answering every request with those bytes
// Prints `listening on http://127.0.0.1:PORT` when ready; exits on SIGTERM.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp, listen } from "@bluehelm/server";
import { openStore } from "@bluehelm/store";

const [mode, arg, type] = process.argv.slice(2);

if (mode === "bare") {
  const body = readFileSync(arg!);
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": type ?? "application/json", "content-length": body.length });
    res.end(body);
  });
  server.listen(0, "127.0.0.1", () => {
    process.stdout.write(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
  });
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
} else if (mode === "bluehelm") {
  const store = await openStore({ dataDir: arg! });
  // BLUEHELM_BENCH_CACHE=off measures every request through the store (no rendered-response cache).
  const app = createApp({ store, logger: false, rateLimit: false, ...(process.env.BLUEHELM_BENCH_CACHE === "off" ? { cacheEntries: 0 } : {}) });
  const running = await listen(app.fetch);
  process.stdout.write(`listening on ${running.url}\n`);
  process.on("SIGTERM", () => {
    void running
      .close(2000)
      .then(() => store.close())
      .then(() => process.exit(0));
  });
} else {
  process.stderr.write("usage: api-server.ts bluehelm DATA_DIR | bare BODY_FILE TYPE\n");
  process.exit(2);
}
