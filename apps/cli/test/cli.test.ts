// The bluehelm CLI, run as a real process on real files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXTERNAL, bluehelm } from "./run.js";

const scratch = mkdtempSync(join(tmpdir(), "bluehelm-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const VERSION = (JSON.parse(readFileSync(join(import.meta.dirname, "..", "package.json"), "utf8")) as { version: string }).version;

describe("usage", () => {
  it("prints the version, and help with examples and exit codes", () => {
    expect(bluehelm(["--version"])).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
    const help = bluehelm(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    expect(help.stdout).toMatch(/Exit codes: 0 ok, 1 validation failed, 2 usage/);
    expect(bluehelm(["pledges", "list", "--help"]).stdout).toMatch(/bluehelm pledges list --limit 20/);
  });
  it("shows examples in the help of every command", () => {
    const commands = [["validate"], ["import"], ["export"], ["token"], ["token", "create"], ["token", "revoke"], ["token", "list"], ["completion"], ["analytics"], ["analytics", "poc-coverage"], ["missions", "get"]];
    for (const c of commands) expect([c.join(" "), bluehelm([...c, "--help"]).stdout]).toEqual([c.join(" "), expect.stringContaining("Examples:") as string]);
  });
  it("speaks French with --lang fr", () => {
    expect(bluehelm(["--lang", "fr", "--help"]).stdout).toMatch(/Exemples :/);
  });
  it("exits 2 on a usage error, with a message", () => {
    const r = bluehelm(["nonsense"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
    expect(bluehelm(["missions", "list", "--as-of", "2020-13-45", "--db", join(scratch, "u")]).code).toBe(2);
  });
  it("prints a bash completion script", () => {
    const r = bluehelm(["completion", "bash"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/complete -F _bluehelm bluehelm/);
    expect(r.stdout).toMatch(/pledges/);
  });
});

describe("queries on the embedded store", () => {
  const db = join(scratch, "ref");
  it("lists with filters, gets by id, and exits 3 for an unknown id", () => {
    const list = bluehelm(["--db", db, "missions", "list", "--where", "francophoneEnvironment=yes", "--json"]);
    expect(list.code).toBe(0);
    const missions = JSON.parse(list.stdout) as { id: string; francophoneEnvironment: string }[];
    expect(missions.length).toBeGreaterThan(5);
    expect(missions.every((m) => m.francophoneEnvironment === "yes")).toBe(true);
    const one = bluehelm(["--db", db, "missions", "get", "monusco", "--json"]);
    expect(JSON.parse(one.stdout)).toMatchObject({ id: "monusco", acronym: "MONUSCO" });
    const missing = bluehelm(["--db", db, "missions", "get", "nope"]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/nope/);
  });
  it("labels values in French in tables", () => {
    const r = bluehelm(["--db", db, "--lang", "fr", "pledges", "list", "--where", "kind=unit"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Unité ou capacité/);
  });
  it("answers analytics with the method and the sources", () => {
    const r = bluehelm(["--db", db, "analytics", "endorsement-coverage", "--population", "top-contributors", "--n", "30", "--as-of", "2021-02-01", "--json"]);
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout) as { value: { size: number; share: number }; sources: string[] };
    expect(answer.value.size).toBe(30);
    expect(answer.sources).toContain("un-pk-ranking-2021-01");
  });
  it("pages the pledges question: rows of a page on stdout, the next page's option on stderr, every pledge once", () => {
    const listed = bluehelm(["--db", db, "pledges", "list", "--ndjson", "--limit", "10000"]);
    expect(listed.code).toBe(0);
    const stored = listed.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { id: string; announcedOn: string }));
    // Every stored pledge was announced by 2100; ids in code-unit order, as the question pages them.
    const expected = stored.map((p) => p.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(expected.length).toBeGreaterThan(3);
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 20; page++) {
      const r = bluehelm(["--db", db, "analytics", "pledges", "--as-of", "2100-01-01", "--limit", "3", "--ndjson", ...(after ? ["--after", after] : [])]);
      expect(r.code).toBe(0);
      const rows = r.stdout.trim() === "" ? [] : r.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { pledge: { id: string } }).pledge.id);
      seen.push(...rows);
      const next = /the next page: --after (\S+)/.exec(r.stderr)?.[1];
      expect(r.stderr).toContain(`${rows.length} of ${expected.length} shown`);
      if (next === undefined) break;
      expect(next).toBe(rows.at(-1));
      after = next;
    }
    expect(seen).toEqual(expected);
  });
  it("rejects bad analytics parameters with exit 2 and says which", () => {
    const r = bluehelm(["--db", db, "analytics", "gender-shares", "--year", "twenty", "--by", "contributor"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/year/);
    expect(bluehelm(["--db", db, "analytics", "capability-gaps"]).code).toBe(2);
  });
  it("creates, lists and revokes tokens", () => {
    const created = bluehelm(["--db", db, "--json", "token", "create", "--name", "ci", "--role", "editor"]);
    expect(created.code).toBe(0);
    const info = JSON.parse(created.stdout) as { id: string; token: string; role: string };
    expect(info.role).toBe("editor");
    expect(bluehelm(["--db", db, "--json", "token", "list"]).stdout).toContain(info.id);
    expect(bluehelm(["--db", db, "token", "revoke", info.id]).code).toBe(0);
    expect(bluehelm(["--db", db, "token", "revoke", "no-such-token"]).code).toBe(3);
  });
});

/** An independent reading of CountryByYear.csv: quoted CSV without embedded line breaks. */
function rawCountryByYear(): { year: number; mission: string; total: number; women: number }[] {
  const lines = readFileSync(join(EXTERNAL, "un-pk-contributions-2021", "CountryByYear.csv"), "utf8").split(/\r?\n/).filter((l) => l.trim());
  return lines.slice(1).map((line) => {
    const cells = line.split(",").map((c) => c.replace(/^"|"$/g, ""));
    // "", Year, Country, Mission, Female, Male, Total (no commas inside the names of this file)
    return { year: Number(cells[1]), mission: cells[3]!, women: Number(cells[4]), total: Number(cells[6]) };
  });
}

// Special political missions and offices in the file, not peacekeeping operations (DATA.md of @bluehelm/data).
const NOT_PKO = ["BINUB", "BINUH", "BNUB", "UNAMA", "UNAMI", "UNIOGBIS", "UNMC", "UNMHA", "UNMIN", "UNOWAS", "UNSMIL", "UNSOM", "UNSOS", "UNVMC"];

describe("importing the real CountryByYear.csv", () => {
  const db = join(scratch, "cby");
  const file = join(EXTERNAL, "un-pk-contributions-2021", "CountryByYear.csv");
  const imported = bluehelm(["--db", db, "--seed", "framework", "import", file, "--profile", "un-country-by-year"]);

  it("succeeds, reporting the rows it leaves out", () => {
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/Imported \d{1,3}(?:,\d{3})* contribution records/);
    expect(imported.stderr).toMatch(/file\.row-left-out/);
    expect(imported.stderr).toMatch(/all-zero rows skipped/);
  });
  it("gives per-year totals and women equal to an independent sum of the file", () => {
    const listed = bluehelm(["--db", db, "--seed", "framework", "contributions", "list", "--ndjson"]);
    expect(listed.code).toBe(0);
    const records = listed.stdout.trim().split("\n").map((l) => JSON.parse(l) as { periodStart: string; total: number; women: number });
    const sums = new Map<number, { total: number; women: number }>();
    for (const r of records) {
      const y = Number(r.periodStart.slice(0, 4));
      const s = sums.get(y) ?? { total: 0, women: 0 };
      s.total += r.total;
      s.women += r.women;
      sums.set(y, s);
    }
    const expected = new Map<number, { total: number; women: number }>();
    for (const row of rawCountryByYear()) {
      if (NOT_PKO.includes(row.mission)) continue;
      const s = expected.get(row.year) ?? { total: 0, women: 0 };
      s.total += row.total;
      s.women += row.women;
      expected.set(row.year, s);
    }
    expect([...sums.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [year, s] of expected) expect([year, sums.get(year)]).toEqual([year, s]);
    expect(expected.get(2019)!.total).toBeGreaterThan(80_000);
  });
  it("refuses to import the same file twice, writing nothing (all or nothing)", () => {
    const again = bluehelm(["--db", db, "--seed", "framework", "import", file, "--profile", "un-country-by-year"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/id\.duplicate/);
  });
});

describe("importing a file with bad rows", () => {
  const db = join(scratch, "bad");
  const file = join(scratch, "pledges.csv");
  writeFileSync(
    file,
    [
      "id,actorId,announcedOn,kind,title.en,unit.unitType,unit.quantity,unit.personnel,unit.women,sources,confidence",
      "new-1,rwa,2024-01-10,unit,Level-2 hospital,level-2-hospital,1,60,12,un-pk-ranking-2021-01,reported",
      "new-2,xyz,2024-01-10,unit,Unknown actor,level-2-hospital,1,60,12,un-pk-ranking-2021-01,reported",
      "new-3,bgd,2024-02-31,unit,Bad date,level-2-hospital,1,60,12,un-pk-ranking-2021-01,reported",
      "new-4,npl,2024-01-10,unit,Too many women,formed-police-unit,1,140,141,un-pk-ranking-2021-01,reported",
      "new-5,gha,2024-01-10,training,Training,,,,,un-pk-ranking-2021-01,reported",
    ].join("\n"),
  );
  const count = () => (JSON.parse(bluehelm(["--db", db, "pledges", "list", "--json"]).stdout) as unknown[]).length;

  it("reports every issue at its row and column, and writes nothing by default", () => {
    const before = count();
    const r = bluehelm(["--db", db, "import", file, "--kind", "pledge"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:3:actorId: Error [reference.dangling]`);
    expect(r.stderr).toContain(`${file}:4:announcedOn: Error [schema.invalid-format]`);
    expect(r.stderr).toContain(`${file}:5:unit.women: Error [pledge.women-exceed-personnel]`);
    expect(r.stderr).toMatch(/Nothing imported/);
    expect(count()).toBe(before);
  });
  it("--dry-run says what would happen and writes nothing", () => {
    const before = count();
    const r = bluehelm(["--db", db, "import", file, "--kind", "pledge", "--dry-run"]);
    expect(r.stdout).toMatch(/2 would be inserted, 3 rejected/);
    expect(r.code).toBe(1);
    expect(count()).toBe(before);
  });
  it("--accept-valid imports exactly the valid rows and writes the rejected ones with their errors", () => {
    const before = count();
    const rejected = join(scratch, "rejected.ndjson");
    const r = bluehelm(["--db", db, "import", file, "--kind", "pledge", "--accept-valid", rejected]);
    expect(r.code).toBe(1);
    expect(count()).toBe(before + 2);
    const ids = (JSON.parse(bluehelm(["--db", db, "pledges", "list", "--json", "--where", "id=new-1,new-2,new-3,new-4,new-5"]).stdout) as { id: string }[]).map((p) => p.id);
    expect(ids.sort()).toEqual(["new-1", "new-5"]);
    const lines = readFileSync(rejected, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { row: number; issues: { rule: string; column: string }[] });
    expect(lines.map((l) => [l.row, l.issues[0]!.column, l.issues[0]!.rule])).toEqual([
      [3, "actorId", "reference.dangling"],
      [4, "announcedOn", "schema.invalid-format"],
      [5, "unit.women", "pledge.women-exceed-personnel"],
    ]);
  });
  it("validate exits 1 on the bad file and 0 on a clean one, with JSON reports", () => {
    const bad = bluehelm(["--db", db, "--json", "validate", file, "--kind", "pledge"]);
    expect(bad.code).toBe(1);
    expect((JSON.parse(bad.stdout) as { valid: boolean }).valid).toBe(false);
    const clean = join(scratch, "clean.ndjson");
    writeFileSync(clean, JSON.stringify({ id: "new-9", actorId: "rwa", announcedOn: "2024-01-10", kind: "policy", title: { en: "Policy" }, sources: ["un-pk-ranking-2021-01"], confidence: "reported" }) + "\n");
    expect(bluehelm(["--db", db, "validate", clean, "--kind", "pledge"]).code).toBe(0);
  });
});

describe("importing a file that passes the rules of the file alone", () => {
  const db = join(scratch, "clean");
  const header = "id,actorId,announcedOn,kind,title.en,unit.unitType,unit.quantity,unit.personnel,unit.women,sources,confidence";
  const row = (id: string, actor: string) => `${id},${actor},2024-01-10,unit,Level-2 hospital,level-2-hospital,1,60,12,un-pk-ranking-2021-01,reported`;
  const ids = (wanted: string) => (JSON.parse(bluehelm(["--db", db, "pledges", "list", "--json", "--where", `id=${wanted}`]).stdout) as { id: string }[]).map((p) => p.id).sort();

  it("imports it, and the records are stored with their status", () => {
    const file = join(scratch, "clean.csv");
    writeFileSync(file, [header, row("clean-1", "rwa"), row("clean-2", "gha")].join("\n"));
    const r = bluehelm(["--db", db, "import", file, "--kind", "pledge"]);
    expect([r.code, r.stdout.trim()], r.stderr).toEqual([0, "Imported 2 pledge records."]);
    expect(ids("clean-1,clean-2")).toEqual(["clean-1", "clean-2"]);
    expect(JSON.parse(bluehelm(["--db", db, "pledges", "get", "clean-1", "--json"]).stdout)).toMatchObject({ id: "clean-1", actorId: "rwa", status: "announced" });
  });
  it("writes nothing when a record breaks a rule of the stored data, and says so at its row and column", () => {
    const file = join(scratch, "dangling.csv");
    writeFileSync(file, [header, row("clean-3", "rwa"), row("clean-4", "nowhere")].join("\n"));
    const r = bluehelm(["--db", db, "import", file, "--kind", "pledge"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:3:actorId: Error [reference.dangling]`);
    expect(r.stderr).toMatch(/Nothing imported/);
    expect(ids("clean-3,clean-4")).toEqual([]);
  });
  it("refuses ids already stored, and ids repeated within the file, at their rows", () => {
    const stored = join(scratch, "stored.csv");
    writeFileSync(stored, [header, row("clean-5", "rwa"), row("clean-1", "rwa")].join("\n"));
    const again = bluehelm(["--db", db, "import", stored, "--kind", "pledge"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${stored}:3:id: Error [id.duplicate] The id "clean-1" is already used`);
    const twice = join(scratch, "twice.csv");
    writeFileSync(twice, [header, row("clean-6", "rwa"), row("clean-6", "gha")].join("\n"));
    const r = bluehelm(["--db", db, "import", twice, "--kind", "pledge"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${twice}:3:id: Error [id.duplicate] The id "clean-6" is already used`);
    expect(ids("clean-5,clean-6")).toEqual([]);
  });
  it("--accept-valid imports the records the stored data accepts and writes the others with their errors", () => {
    const file = join(scratch, "partly.csv");
    const rejected = join(scratch, "partly-rejected.ndjson");
    writeFileSync(file, [header, row("clean-7", "rwa"), row("clean-8", "nowhere")].join("\n"));
    const r = bluehelm(["--db", db, "import", file, "--kind", "pledge", "--accept-valid", rejected]);
    expect(r.code).toBe(1);
    expect(ids("clean-7,clean-8")).toEqual(["clean-7"]);
    const lines = readFileSync(rejected, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { row: number; issues: { rule: string; column: string }[] });
    expect(lines.map((l) => [l.row, l.issues[0]!.column, l.issues[0]!.rule])).toEqual([[3, "actorId", "reference.dangling"]]);
  });
});
