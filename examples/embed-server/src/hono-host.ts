import { createApp } from "@bluehelm/server";
import type { Store } from "@bluehelm/store";
import { Hono } from "hono";

/**
 * An existing Hono application with routes of its own, which mounts the
 * Bluehelm API under `/peacekeeping` with `app.route`: the API's pagination
 * links, problem `instance`s and everything else keep the prefix.
 */
export function createHostApp(store: Store): Hono {
  const app = new Hono();
  app.get("/", (c) => c.json({ service: "ministry dashboard", api: "/peacekeeping/v1", openapi: "/peacekeeping/openapi.json" }));
  app.get("/about", (c) => c.text("Peacekeeping desk: pledges and endorsements as of any date."));
  app.route("/peacekeeping", createApp({ store, logger: false, rateLimit: { max: 1200 } }));
  return app;
}
