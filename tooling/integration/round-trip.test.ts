// Export → import of every writable kind is lossless, through both surfaces:
// a file exported by the CLI goes back in through the API, a file exported by
// the API goes back in through the CLI, in CSV and in NDJSON; the store that
// took it in exports the same file again, and holds the reference records.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COLLECTION_OF, ENTITY_KINDS, ENTITY_PATHS, ENTITY_SCHEMAS, type EntityKind, type ReadonlyDataset } from "@bluehelm/core";
import { readRecords, writeRecords } from "@bluehelm/core/tabular";
import { loadDataset } from "@bluehelm/data";
import { createApp, listen } from "@bluehelm/server";
import { openStore } from "@bluehelm/store";
import { afterAll, describe, expect, it } from "vitest";

const BIN = join(import.meta.dirname, "..", "..", "apps", "cli", "dist", "bin.js");
const KINDS = ["pledge", "pledge-event", "endorsement"] as const satisfies readonly EntityKind[];
type Kind = (typeof KINDS)[number];
type Format = "csv" | "ndjson";

const reference = loadDataset();
/** The reference dataset without the writable kinds: what a store starts from before the files come in. */
const base: ReadonlyDataset = { ...reference, pledges: [], pledgeEvents: [], endorsements: [] };
const scratch = mkdtempSync(join(tmpdir(), "bluehelm-round-trip-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 120_000);
let dirs = 0;
const newDir = () => join(scratch, `db-${++dirs}`);

function cli(args: readonly string[]): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`bluehelm ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

async function seeded(dataset: ReadonlyDataset | undefined): Promise<string> {
  const dir = newDir();
  const store = await openStore({ dataDir: dir, ...(dataset ? { seed: dataset } : {}) });
  await store.close();
  return dir;
}

async function withServer<T>(dir: string, run: (call: (path: string, init?: RequestInit) => Promise<Response>) => Promise<T>): Promise<T> {
  const store = await openStore({ dataDir: dir });
  const { token } = await store.createToken({ name: "round trip", role: "editor" });
  const app = createApp({ store, rateLimit: false, logger: () => {} });
  const running = await listen(app.fetch);
  try {
    return await run((path, init = {}) => fetch(`${running.url}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) } }));
  } finally {
    await running.close();
    await store.close();
  }
}

const cliExport = (dir: string, kind: Kind, format: Format) => cli(["--db", dir, "--seed", "none", "export", ENTITY_PATHS[kind], "--format", format]);

async function apiExport(dir: string, format: Format): Promise<Record<Kind, string>> {
  return withServer(dir, async (call) => {
    const out = {} as Record<Kind, string>;
    for (const kind of KINDS) {
      const res = await call(`/v1/${ENTITY_PATHS[kind]}?format=${format}`);
      expect(res.status).toBe(200);
      out[kind] = await res.text();
    }
    return out;
  });
}

function cliImport(dir: string, files: Record<Kind, string>, format: Format): void {
  for (const kind of KINDS) {
    const file = join(scratch, `${kind}-${dirs}.${format}`);
    writeFileSync(file, files[kind]);
    cli(["--db", dir, "--seed", "none", "import", file, "--kind", kind]);
  }
}

/** A client of the API: reads each file with the core reader and sends its records, events in the order of their dates. */
async function apiImport(dir: string, files: Record<Kind, string>, format: Format): Promise<void> {
  const order = new Map(reference.pledgeEvents.map((e, i) => [e.id, i]));
  await withServer(dir, async (call) => {
    for (const kind of KINDS) {
      const read = readRecords(kind, files[kind], { format });
      expect(read.issues.filter((i) => i.severity === "error")).toEqual([]);
      let records = read.records.map((r) => r.record as { id: string; date?: string });
      if (kind === "pledge-event") records = [...records].sort((a, b) => a.date!.localeCompare(b.date!) || order.get(a.id)! - order.get(b.id)!);
      for (const record of records) {
        const res = await call(`/v1/${ENTITY_PATHS[kind]}`, { method: "POST", body: JSON.stringify(record), headers: { "content-type": "application/json" } });
        if (res.status !== 201) throw new Error(`POST /v1/${ENTITY_PATHS[kind]} ${record.id}: ${res.status} ${await res.text()}`);
      }
    }
  });
}

/** The records a file holds, parsed by their schema, by id. */
function recordsOf(kind: Kind, text: string, format: Format): unknown[] {
  const schema = ENTITY_SCHEMAS[kind] as { parse(v: unknown): { id: string } };
  return readRecords(kind, text, { format })
    .records.map((r) => schema.parse(r.record))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
const referenceOf = (kind: Kind) => [...(reference[COLLECTION_OF[kind]] as readonly { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe.each(["csv", "ndjson"] as const)("%s", (format) => {
  it("exported by the CLI, imported through the API: the same records, and the same file exported again", async () => {
    const source = await seeded(undefined);
    const exported = Object.fromEntries(KINDS.map((k) => [k, cliExport(source, k, format)])) as Record<Kind, string>;
    for (const kind of KINDS) expect(recordsOf(kind, exported[kind], format)).toEqual(referenceOf(kind));
    const target = await seeded(base);
    await apiImport(target, exported, format);
    for (const kind of KINDS) expect(cliExport(target, kind, format)).toBe(exported[kind]);
  }, 180_000);

  it("exported by the API, imported through the CLI: the same records, and the same file exported again", async () => {
    const source = await seeded(undefined);
    const exported = await apiExport(source, format);
    for (const kind of KINDS) expect(recordsOf(kind, exported[kind], format)).toEqual(referenceOf(kind));
    const target = await seeded(base);
    cliImport(target, exported, format);
    const again = await apiExport(target, format);
    for (const kind of KINDS) expect(again[kind]).toBe(exported[kind]);
  }, 180_000);
});

describe("every kind of the reference dataset through the core writer and reader", () => {
  it.each(ENTITY_KINDS.flatMap((k) => (["csv", "ndjson"] as const).map((f) => [k, f] as const)))("%s as %s", (kind, format) => {
    const records = reference[COLLECTION_OF[kind]] as readonly unknown[];
    const read = readRecords(kind, writeRecords(kind, records, format), { format });
    expect(read.issues).toEqual([]);
    expect(read.records.map((r) => (ENTITY_SCHEMAS[kind] as { parse(v: unknown): unknown }).parse(r.record))).toEqual(records);
  });
});

describe("a CSV whose header is not the kind's", () => {
  it("is refused by `bluehelm import` with one error naming the unknown and the expected columns, and nothing is stored", async () => {
    const dir = await seeded(base);
    const file = join(scratch, "other-layout.csv");
    const rows = Array.from({ length: 120 }, (_, i) => `e${i},p${i},deployed,2019-01-01`);
    writeFileSync(file, ["event_id,pledge,what,when", ...rows].join("\n"));
    const r = spawnSync(process.execPath, [BIN, "--db", dir, "--seed", "none", "import", file, "--kind", "pledge-event"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(r.status).toBe(1);
    const output = r.stdout + r.stderr;
    expect(output.match(/are not fields of a pledge-event/g)).toHaveLength(1);
    expect(output).toContain('"event_id", "pledge", "what", "when"');
    expect(output).toContain("pledgeId");
    expect(cliExport(dir, "pledge-event", "ndjson")).toBe("");
  }, 60_000);
});
