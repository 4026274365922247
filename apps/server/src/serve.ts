import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { serve } from "@hono/node-server";
import { SECURITY_HEADERS } from "./http.js";
import { PROBLEM_CONTENT_TYPE, problem } from "./problem.js";

/**
 * Answers the requests Node's HTTP parser refuses before the app sees them (headers over its limit, malformed
 * requests) as the app answers: problem details with the security headers, then closes the connection.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable || error.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const timeout = error.code === "ERR_HTTP_REQUEST_TIMEOUT";
  const p = tooLarge
    ? problem("headers-too-large", 431, "The request's headers are too large (at most 16 KiB in all); send fewer or shorter headers (a long cookie or query string?).")
    : timeout
      ? problem("bad-request", 408, "The request was not received in time.")
      : problem("bad-request", 400, "The request is not valid HTTP.");
  const body = JSON.stringify(p);
  const reason = tooLarge ? "Request Header Fields Too Large" : timeout ? "Request Timeout" : "Bad Request";
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    "x-request-id": randomUUID(),
    "content-type": PROBLEM_CONTENT_TYPE,
    "content-length": String(Buffer.byteLength(body)),
    connection: "close",
  };
  const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join("");
  socket.end(`HTTP/1.1 ${p.status} ${reason}\r\n${head}\r\n${body}`);
}

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
    server.on("clientError", answerClientError);
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
