// The same queries through --db and through --api (a `bluehelm serve` on the
// same PostgreSQL database) print the same output.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@bluehelm/test-utils";
import { BIN, bluehelm } from "./run.js";

let db: Awaited<ReturnType<typeof freshDatabase>>;
let server: ChildProcess;
let url: string;
let exited: Promise<number | null>;

beforeAll(async () => {
  db = await freshDatabase("bluehelm_cli");
  // Create and seed the database before serving it.
  expect(bluehelm(["--db", db.url, "missions", "list", "--limit", "1"]).code).toBe(0);
  server = spawn(process.execPath, [BIN, "--db", db.url, "serve", "--port", "0"], { env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  exited = new Promise((resolve) => server.once("exit", (code) => resolve(code)));
  url = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`bluehelm serve did not start: ${out}`)), 60_000);
    server.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
}, 120_000);

afterAll(async () => {
  if (server.exitCode === null) server.kill("SIGTERM");
  await exited;
  await db.drop();
});

const QUERIES: string[][] = [
  ["missions", "list", "--where", "francophoneEnvironment=yes", "--json"],
  ["missions", "list", "--sort", "-startDate", "--limit", "7"],
  ["pledges", "list", "--as-of", "2019-01-01", "--csv"],
  ["contributions", "list", "--where", "contributorId=rwa", "--where", "periodStart>=2015-01-01", "--ndjson"],
  ["actors", "get", "rwa", "--json"],
  ["analytics", "endorsement-coverage", "--population", "top-contributors", "--n", "30", "--as-of", "2021-02-01", "--json"],
  ["analytics", "poc-coverage", "--as-of", "2020-06-30"],
  ["--lang", "fr", "pledges", "list"],
];

describe("--db and --api", () => {
  it.each(QUERIES.map((q) => [q.join(" "), q]))("print the same for: %s", (_, query) => {
    const local = bluehelm(["--db", db.url, ...query]);
    const remote = bluehelm(["--api", url, ...query]);
    expect(local.code).toBe(0);
    expect(remote.code).toBe(0);
    expect(remote.stdout).toBe(local.stdout);
    expect(local.stdout.length).toBeGreaterThan(20);
  });
  it("exit 3 for an unknown id and 2 for a bad question parameter, on both", () => {
    for (const target of [["--db", db.url], ["--api", url]]) {
      expect(bluehelm([...target, "missions", "get", "nope"]).code).toBe(3);
      expect(bluehelm([...target, "analytics", "gender-shares", "--year", "twenty", "--by", "contributor"]).code).toBe(2);
    }
  });
  it("says that import needs a database when given --api", () => {
    const r = bluehelm(["--api", url, "validate", "x.csv", "--kind", "pledge"]);
    expect(r.code).toBe(2);
  });
  it("serve stops cleanly on SIGTERM", async () => {
    server.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
