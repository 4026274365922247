import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";

/**
 * A server started by {@link listen}: its address and a graceful `close`.
 *
 * @example
 * ```ts
 * import { openStore } from "@bluehelm/store";
 * import { createApp, listen, type RunningServer } from "@bluehelm/server";
 *
 * const store = await openStore({ dataDir: ".bluehelm/db" });
 * const running: RunningServer = await listen(createApp({ store }).fetch, { port: 8080 });
 * console.log(`API on ${running.url}`);
 * process.once("SIGTERM", () => void running.close(5_000).then(() => store.close()));
 * ```
 */
export interface RunningServer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** The port listened on (the one picked by the system when asked for 0). */
  readonly port: number;
  /** The underlying `node:http` server. */
  readonly server: Server;
  /**
   * Stops accepting connections, lets the requests in flight finish (closing
   * idle keep-alive connections at once), and resolves when all are done, or
   * after `timeoutMs` (default 10 s), when the remaining connections are cut.
   */
  close(timeoutMs?: number): Promise<void>;
}

/**
 * Serves a fetch handler (e.g. `createApp(...).fetch`) with @hono/node-server,
 * on `127.0.0.1` and a free port unless told otherwise, and resolves once it
 * is listening.
 *
 * @example
 * ```ts
 * import { openStore } from "@bluehelm/store";
 * import { createApp, listen } from "@bluehelm/server";
 *
 * const store = await openStore();
 * const running = await listen(createApp({ store, logger: false }).fetch, { port: 0 });
 * const health = await fetch(`${running.url}/healthz`);
 * console.log(health.status); // 200
 * await running.close();
 * await store.close();
 * ```
 */
export function listen(fetch: (request: Request, env: never) => Response | Promise<Response>, options: { port?: number; hostname?: string } = {}): Promise<RunningServer> {
  const hostname = options.hostname ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: fetch as never, port: options.port ?? 0, hostname }) as Server;
    server.once("error", reject);
    server.once("listening", () => {
      const { port } = server.address() as AddressInfo;
      const host = hostname.includes(":") ? `[${hostname}]` : hostname;
      let closing: Promise<void> | undefined;
      resolve({
        url: `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`,
        port,
        server,
        close(timeoutMs = 10_000) {
          closing ??= new Promise<void>((done) => {
            const timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
            timer.unref();
            server.close(() => {
              clearTimeout(timer);
              done();
            });
            server.closeIdleConnections();
            // Connections that become idle after their last response are closed as they get there.
            const sweep = setInterval(() => server.closeIdleConnections(), 50);
            sweep.unref();
            server.once("close", () => clearInterval(sweep));
          });
          return closing;
        },
      });
    });
  });
}
