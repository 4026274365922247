// Usage: tsx src/index.ts [hono|node] [--port 8080] [--db .bluehelm/db]
// Serves an existing application with the Bluehelm API under /peacekeeping.
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { serve } from "@hono/node-server";
import { openStore } from "@bluehelm/store";
import { createHostApp } from "./hono-host.js";
import { createHostServer } from "./node-host.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: "string", default: "8080" }, db: { type: "string", default: ".bluehelm/db" } },
});
const store = await openStore({ dataDir: values.db });
const server = positionals[0] === "node" ? createHostServer(store).listen(Number(values.port), "127.0.0.1") : serve({ fetch: createHostApp(store).fetch, port: Number(values.port), hostname: "127.0.0.1" });
server.once("listening", () => {
  const { port } = server.address() as AddressInfo;
  console.log(`http://127.0.0.1:${port}/peacekeeping/v1/missions`);
});
const stop = () => {
  server.close(() => void store.close());
  if ("closeAllConnections" in server) server.closeAllConnections();
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
