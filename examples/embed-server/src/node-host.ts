import { createServer, type Server } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { createApp } from "@bluehelm/server";
import type { Store } from "@bluehelm/store";
import { Hono } from "hono";

/**
 * An existing Node HTTP server with a route of its own (`/status`) that hands
 * every request under `/peacekeeping/` to the Bluehelm API, through
 * @hono/node-server's request listener.
 */
export function createHostServer(store: Store): Server {
  const bluehelm = getRequestListener(new Hono().route("/peacekeeping", createApp({ store, logger: false })).fetch);
  return createServer((req, res) => {
    if (req.url === "/status") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true }));
    } else if (req.url?.startsWith("/peacekeeping/")) {
      void bluehelm(req, res);
    } else {
      res.writeHead(404, { "content-type": "text/plain" }).end("not here\n");
    }
  });
}
