// Listing and getting records: the store's order and --limit, one object for one record, ids typed in capitals, the
// missions active on a date, and CSV written by the core's writer (CRLF, read back by the core's reader).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readRecords } from "@bluehelm/core/tabular";
import { afterAll, describe, expect, it } from "vitest";
import { bluehelm } from "./run.js";

const scratch = mkdtempSync(join(tmpdir(), "bluehelm-records-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const db = join(scratch, "ref");
const json = <T>(args: string[]): T => {
  const r = bluehelm(["--db", db, ...args, "--json"]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
};

describe("the order of a list", () => {
  it("is the store's: by id, compared byte by byte, so kigali-principles-10 comes before kigali-principles-2", () => {
    const all = json<{ id: string }[]>(["principles", "list"]).map((p) => p.id);
    expect(all.slice(0, 4)).toEqual(["kigali-principles-1", "kigali-principles-10", "kigali-principles-11", "kigali-principles-12"]);
    expect(all.slice(9, 12)).toEqual(["kigali-principles-18", "kigali-principles-2", "kigali-principles-3"]);
    expect(all.indexOf("vancouver-principles-1")).toBe(all.indexOf("kigali-principles-9") + 1);
    const byNumber = json<{ number: number }[]>(["principles", "list", "--where", "instrumentId=kigali-principles", "--sort", "number"]);
    expect(byNumber.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
  });
  it("--limit 3 gives the first 3 records of that order", () => {
    expect(json<{ id: string }[]>(["principles", "list", "--limit", "3"]).map((p) => p.id)).toEqual(["kigali-principles-1", "kigali-principles-10", "kigali-principles-11"]);
    expect(json<{ id: string }[]>(["missions", "list", "--limit", "3"]).map((m) => m.id)).toEqual(["domrep", "iptf", "micah"]);
    const csv = bluehelm(["--db", db, "missions", "list", "--limit", "3", "--csv"]);
    expect(csv.stdout.trimEnd().split("\r\n").map((l) => l.split(",")[0])).toEqual(["id", "domrep", "iptf", "micah"]);
    const sorted = json<{ id: string }[]>(["principles", "list", "--where", "instrumentId=kigali-principles", "--sort", "number", "--limit", "3"]);
    expect(sorted.map((p) => p.id)).toEqual(["kigali-principles-1", "kigali-principles-2", "kigali-principles-3"]);
  });
  it("reverses with -field, --limit after it", () => {
    expect(json<{ id: string }[]>(["principles", "list", "--sort", "-id", "--limit", "2"]).map((p) => p.id)).toEqual(["vancouver-principles-9", "vancouver-principles-8"]);
    const byNumber = json<{ number: number }[]>(["principles", "list", "--where", "instrumentId=vancouver-principles", "--sort", "-number", "--limit", "3"]);
    expect(byNumber.map((p) => p.number)).toEqual([17, 16, 15]);
  });
  it("takes --limit after --active: the first 3 missions active on the date", () => {
    const active = json<{ id: string }[]>(["missions", "list", "--active", "--as-of", "2015-06-30", "--limit", "3"]);
    expect(active.map((m) => m.id)).toEqual(["minurso", "minusca", "minusma"]);
  });
  it("gives a --limit larger than a page of the store, in order", () => {
    const r = bluehelm(["--db", db, "contributions", "list", "--limit", "1001", "--ndjson"]);
    expect(r.code, r.stderr).toBe(0);
    const ids = r.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toHaveLength(1001);
    const bytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
    expect(ids.every((id, i) => i === 0 || bytes(ids[i - 1]!, id) < 0)).toBe(true);
  });
  it("still refuses a field it cannot sort by", () => {
    const r = bluehelm(["--db", db, "principles", "list", "--sort", "nonsense"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nonsense/);
  });
});

describe("get", () => {
  it("prints the record itself with --json, not a list of one", () => {
    const one = json<unknown>(["missions", "get", "monusco"]);
    expect(Array.isArray(one)).toBe(false);
    expect(one).toMatchObject({ id: "monusco", acronym: "MONUSCO" });
  });
});

describe("ids typed in capitals", () => {
  it("reads RWA as rwa and MINUSCA as minusca, since ids are lower case", () => {
    expect(json<{ id: string }>(["actors", "get", "RWA"])).toMatchObject({ id: "rwa" });
    expect(json<{ id: string }>(["missions", "get", "MINUSCA"])).toMatchObject({ id: "minusca", acronym: "MINUSCA" });
    const contributions = json<{ contributorId: string }[]>(["contributions", "list", "--where", "contributorId=RWA", "--limit", "5"]);
    expect(contributions).toHaveLength(5);
    expect(contributions.every((c) => c.contributorId === "rwa")).toBe(true);
    const upper = bluehelm(["--db", db, "analytics", "personnel-by-year", "--contributor-id", "RWA", "--json"]);
    const lower = bluehelm(["--db", db, "analytics", "personnel-by-year", "--contributor-id", "rwa", "--json"]);
    expect(upper.code, upper.stderr).toBe(0);
    expect(upper.stdout).toBe(lower.stdout);
  });
  it("still exits 3 for an id that is not there in any case", () => {
    const r = bluehelm(["--db", db, "missions", "get", "NOPE"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/nope/);
  });
});

describe("missions list --active", () => {
  it("lists the missions active on the --as-of date", () => {
    const ids = json<{ id: string }[]>(["missions", "list", "--active", "--as-of", "2015-06-30"]).map((m) => m.id);
    // The sixteen peacekeeping operations deployed in mid-2015.
    expect(ids.sort()).toEqual(["minurso", "minusca", "minusma", "minustah", "monusco", "unamid", "undof", "unficyp", "unifil", "unisfa", "unmik", "unmil", "unmiss", "unmogip", "unoci", "untso"]);
  });
  it("defaults to today: MINUSMA, closed at the end of 2023, is not active; MINUSCA is", () => {
    const ids = json<{ id: string }[]>(["missions", "list", "--active"]).map((m) => m.id);
    expect(ids).toContain("minusca");
    expect(ids).not.toContain("minusma");
    expect(ids).not.toContain("minujusth");
  });
});

describe("CSV", () => {
  it("ends every line with CRLF, as the core writes CSV", () => {
    for (const args of [["missions", "list", "--csv"], ["export", "missions", "--format", "csv"], ["--csv", "analytics", "top-contributors", "--from", "2019", "--to", "2019", "--n", "3"], ["--csv", "token", "list"]]) {
      const r = bluehelm(["--db", db, ...args]);
      expect([args.join(" "), r.code]).toEqual([args.join(" "), 0]);
      expect(r.stdout.endsWith("\r\n")).toBe(true);
      expect(r.stdout.replace(/\r\n/g, "").includes("\n")).toBe(false);
    }
  });
  it("exports records the core's reader reads back to the same records (objects dotted, lists with ;)", () => {
    const csv = bluehelm(["--db", db, "export", "missions", "--format", "csv"]).stdout;
    const header = csv.slice(0, csv.indexOf("\r\n")).split(",");
    expect(header).toContain("names.en");
    expect(header).not.toContain("names");
    const records = JSON.parse(bluehelm(["--db", db, "export", "missions", "--format", "json"]).stdout) as { id: string }[];
    const read = readRecords("mission", csv, { format: "csv" });
    expect(read.issues).toEqual([]);
    expect(read.records.map((r) => r.record)).toEqual(records);
    expect(records.length).toBeGreaterThan(50);
  });
  it("list --csv of records imports again into an empty database", () => {
    const file = join(scratch, "sources.csv");
    writeFileSync(file, bluehelm(["--db", db, "sources", "list", "--csv"]).stdout);
    const empty = join(scratch, "empty");
    const imported = bluehelm(["--db", empty, "--seed", "none", "import", file, "--kind", "source"]);
    expect(imported.code, imported.stderr).toBe(0);
    const again = bluehelm(["--db", empty, "--seed", "none", "sources", "list", "--json"]);
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(bluehelm(["--db", db, "sources", "list", "--json"]).stdout));
    expect(readFileSync(file, "utf8").split("\r\n").length).toBeGreaterThan(100);
  });
});
