// A server for the benchmarks, run as a child process so that it does not
// share a thread with the load generator, and so that its memory can be read:
//   api-server.ts bluehelm DATA_DIR        the Bluehelm API on an embedded store
//   api-server.ts bluehelm postgres://…    the Bluehelm API on PostgreSQL
//   api-server.ts bare BODY_FILE TYPE      node:http answering every request with those bytes
//   api-server.ts bare-stream BODY_FILE TYPE   the same, streamed from the file (for exports)
//   api-server.ts bare-dir DIR            node:http answering /N with the bytes of DIR/N (type in DIR/N.type)
//   api-server.ts bare-store WHERE PATH BODY_FILE TYPE   node:http answering every request with those bytes once
//                                         the store (DATA_DIR or URL) has answered the read that the API's PATH
//                                         makes (a record by id, or a list page with a limit): no framework, no
//                                         rendering, the store's query alone
// Prints `listening on http://127.0.0.1:PORT` when ready; exits on SIGTERM.
// Environment: BLUEHELM_BENCH_CACHE=off turns the API's rendered-response
// cache off; BLUEHELM_BENCH_TOKEN=editor makes an editor token first and
// prints `token SECRET` before listening; BLUEHELM_BENCH_VALIDATE_LIMITS=off
// lifts the rate and queue limits of POST /v1/validate.
import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createApp, listen } from "@bluehelm/server";
import { openStore } from "@bluehelm/store";
import { readStore, storeReadOf } from "./store-read.js";

const [mode, arg, type] = process.argv.slice(2);

/** Listens on a free loopback port and prints the line the benchmarks wait for. */
function announce(server: Server): void {
  server.listen(0, "127.0.0.1", () => {
    process.stdout.write(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
  });
}

/** The store at a data directory or a PostgreSQL URL. */
const storeAt = (where: string) => openStore(/^postgres(ql)?:\/\//.test(where) ? { url: where } : { dataDir: where });

if (mode === "bare-dir") {
  const bodies = new Map<string, { body: Buffer; type: string }>();
  for (const name of readdirSync(arg!)) {
    if (!name.endsWith(".type")) bodies.set(`/${name}`, { body: readFileSync(join(arg!, name)), type: readFileSync(join(arg!, `${name}.type`), "utf8") });
  }
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const found = bodies.get(req.url ?? "");
      if (!found) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": found.type, "content-length": found.body.length });
      res.end(found.body);
    });
  });
  announce(server);
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
} else if (mode === "bare" || mode === "bare-stream") {
  const body = mode === "bare" ? readFileSync(arg!) : undefined;
  const size = statSync(arg!).size;
  const server = createServer((req, res) => {
    // The request body (if any) is read and dropped, as a real server would.
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": type ?? "application/json", "content-length": size });
      if (body) res.end(body);
      else createReadStream(arg!).pipe(res);
    });
  });
  announce(server);
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
} else if (mode === "bare-store") {
  const [, where, path, bodyFile, bodyType] = process.argv.slice(2);
  const store = await storeAt(where!);
  const what = storeReadOf(path!);
  const read = () => readStore(store, what);
  const body = readFileSync(bodyFile!);
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      read().then(
        () => {
          res.writeHead(200, { "content-type": bodyType ?? "application/json", "content-length": body.length });
          res.end(body);
        },
        (error: unknown) => {
          res.writeHead(500).end(String(error));
        },
      );
    });
  });
  announce(server);
  process.on("SIGTERM", () => server.close(() => void store.close().then(() => process.exit(0))));
} else if (mode === "bluehelm") {
  const where = arg!;
  // A new database is seeded with the reference dataset, as the real server does.
  const store = await storeAt(where);
  if (process.env.BLUEHELM_BENCH_TOKEN === "editor") {
    const { token } = await store.createToken({ name: "bench", role: "editor" }, "system:bench");
    process.stdout.write(`token ${token}\n`);
  }
  const app = createApp({
    store,
    logger: false,
    rateLimit: false,
    ...(process.env.BLUEHELM_BENCH_CACHE === "off" ? { cacheEntries: 0 } : {}),
    ...(process.env.BLUEHELM_BENCH_VALIDATE_LIMITS === "off" ? { validation: { rateLimit: false, queue: 1000 } } : {}),
  });
  const running = await listen(app.fetch);
  process.stdout.write(`listening on ${running.url}\n`);
  process.on("SIGTERM", () => {
    void running
      .close(2000)
      .then(() => store.close())
      .then(() => process.exit(0));
  });
} else {
  process.stderr.write("usage: api-server.ts bluehelm DATA_DIR|URL | bare BODY_FILE TYPE | bare-stream BODY_FILE TYPE | bare-dir DIR | bare-store DATA_DIR|URL PATH BODY_FILE TYPE\n");
  process.exit(2);
}

