// The ground from the command line: alerts on stored and new events, GED
// imports, and bad GED files refused with row and column.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, bluehelm } from "./run.js";

const scratch = mkdtempSync(join(tmpdir(), "bluehelm-ground-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const db = join(scratch, "db");

const HEADER =
  "id,relid,year,active_year,type_of_violence,side_a,side_b,where_prec,where_coordinates,latitude,longitude,country,country_id,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low";
const row = (id: number, lat: string, lon: string, civilians: number, dates = ["2019-06-10", "2019-06-10"]) =>
  `${id},CEN-2019-3-${id},2019,1,3,UPC,Civilians,1,Somewhere,${lat},${lon},Central African Republic,482,1,${dates[0]},${dates[1]},0,0,${civilians},0,${civilians},${civilians},${civilians}`;
const write = (name: string, ...rows: string[]) => {
  const path = join(scratch, name);
  writeFileSync(path, [HEADER, ...rows].join("\n") + "\n");
  return path;
};
// 900101: in Bangui, by MINUSCA's base; 900102: in the far north-east, 600 km from any 2019 base.
const fresh = write("new-events.csv", row(900101, "4.3700", "18.5900", 4), row(900102, "9.9", "22.9", 2));

describe("bluehelm alerts", () => {
  it("lists the stored events of a window that harmed civilians near active sites, as NDJSON, and exits 6", () => {
    const r = bluehelm(["--db", db, "alerts", "--since", "2019-01-01", "--until", "2019-12-31", "--radius", "25", "--ndjson"]);
    expect(r.code, r.stderr).toBe(6);
    const alerts = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { event: { dateStart: string }; sites: { distanceKm: number }[] });
    expect(alerts.length).toBeGreaterThan(0);
    for (const a of alerts) {
      expect(a.event.dateStart >= "2019-01-01" && a.event.dateStart <= "2019-12-31").toBe(true);
      expect(a.sites.length).toBeGreaterThan(0);
      for (const s of a.sites) expect(s.distanceKm).toBeLessThanOrEqual(25);
    }
  });

  it("exits 0 when nothing is near", () => {
    const r = bluehelm(["--db", db, "alerts", "--since", "1950-01-01", "--until", "1950-12-31"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/0 alerts among 0 events screened/);
  });

  it("screens a file of new events, and stores nothing", () => {
    const r = bluehelm(["--db", db, "alerts", "--file", fresh, "--release", "24.1", "--json"]);
    expect(r.code, r.stderr).toBe(6);
    const answer = JSON.parse(r.stdout) as { value: { screened: number; alerts: { event: { id: string }; sites: { missionId: string }[] }[] } };
    expect(answer.value.screened).toBe(2);
    expect(answer.value.alerts.map((a) => a.event.id)).toEqual(["ucdp-ged.900101"]);
    expect(answer.value.alerts[0]!.sites[0]!.missionId).toBe("minusca");
    expect(bluehelm(["--db", db, "conflict-events", "get", "ucdp-ged.900101"]).code).toBe(3);
  });

  it("screens a release's country file whose events are stored already", () => {
    const file = join(import.meta.dirname, "..", "..", "..", "data", "external", "ucdp-ged-extracts", "south_sudan_ged221_hdx", "conflict_data_ssd.csv");
    const r = bluehelm(["--db", db, "alerts", "--file", file, "--release", "22.1", "--since", "2019-01-01", "--json"]);
    expect(r.code, r.stderr).toBe(6);
    const answer = JSON.parse(r.stdout) as { value: { alerts: { sites: { missionId: string }[] }[] } };
    expect(answer.value.alerts.some((a) => a.sites.some((x) => x.missionId === "unmiss"))).toBe(true);
  });

  it("refuses bad options and bad files, saying where", () => {
    const radius = bluehelm(["--db", db, "alerts", "--radius", "0"]);
    expect(radius.code).toBe(2);
    expect(radius.stderr).toMatch(/--radius/);
    const coords = write("bad-coords.csv", row(900103, "4.37", "18.59", 1), row(900104, "95.5", "18.59", 1));
    const bad = bluehelm(["--db", db, "alerts", "--file", coords, "--release", "24.1"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad-coords\.csv:3:latitude: /);
  });
});

describe("bluehelm analytics on the ground, for people", () => {
  it("prints an answer's fields one per line, its rows as a table with years as years, and the statement", () => {
    const r = bluehelm(["--db", db, "analytics", "presence-comparison", "--mission-id", "minusca", "--iterations", "200"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^firstYear +2015$/m);
    expect(r.stdout).toMatch(/^withPresence\.n +\d+$/m);
    expect(r.stdout).toMatch(/^year +withPresence\.n +withPresence\.meanEvents/m);
    expect(r.stdout).toMatch(/^2019 +\d+ /m);
    expect(r.stdout).not.toMatch(/2,01\d/);
    expect(r.stdout).toMatch(/(No clear difference|Fewer events|More events|Too few to say)/);
    const fr = bluehelm(["--db", db, "--lang", "fr", "analytics", "presence-comparison", "--mission-id", "minusca", "--iterations", "200"]);
    expect(fr.stdout).toMatch(/(Pas de différence nette|Moins d'événements|Plus d'événements|Trop peu pour conclure)/);
  });
});

describe("output into a pipe that closes early", () => {
  it("ends quietly with the command's own exit code, without an EPIPE error", () => {
    for (const command of [`--db ${db} conflict-events list --ndjson`, "--help"]) {
      const r = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" "${BIN}" ${command} | head -n 1 > /dev/null`], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
      expect(r.stderr, command).not.toMatch(/EPIPE|Unhandled|at .*\.js:\d+/);
      expect(r.status, command).toBe(0);
    }
  });
});

describe("bluehelm import --profile ucdp-ged", () => {
  it("refuses a file with dates out of order or a wrong column, at the row and column, writing nothing", () => {
    const dates = write("bad-dates.csv", row(900105, "4.37", "18.59", 1, ["2019-06-12", "2019-06-10"]));
    const r = bluehelm(["--db", db, "import", dates, "--profile", "ucdp-ged", "--release", "24.1"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad-dates\.csv:2:date_end: .*\[date\.end-before-start\]/);
    const columns = join(scratch, "bad-columns.csv");
    writeFileSync(columns, [HEADER.replace("deaths_civilians", "civilian_deaths"), row(900106, "4.37", "18.59", 1)].join("\n"));
    const c = bluehelm(["--db", db, "import", columns, "--profile", "ucdp-ged", "--release", "24.1"]);
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(/\[file\.layout-unknown\]/);
    expect(c.stderr.split("\n").filter((l) => l.includes("[file.")).length).toBe(1);
    expect(bluehelm(["--db", db, "conflict-events", "get", "ucdp-ged.900105"]).code).toBe(3);
  });

  it("imports a valid file, citing the release's source, and refuses it a second time", () => {
    const dry = bluehelm(["--db", db, "import", fresh, "--profile", "ucdp-ged", "--release", "24.1", "--dry-run"]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(bluehelm(["--db", db, "conflict-events", "get", "ucdp-ged.900101"]).code).toBe(3);
    const r = bluehelm(["--db", db, "import", fresh, "--profile", "ucdp-ged", "--release", "24.1"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Imported 2 conflict-event records/);
    const got = bluehelm(["--db", db, "conflict-events", "get", "ucdp-ged.900101", "--json"]);
    expect(JSON.parse(got.stdout)).toMatchObject({ id: "ucdp-ged.900101", sources: ["ucdp-ged-24-1"], hostId: "caf", deaths: { civilians: 4 } });
    const again = bluehelm(["--db", db, "import", fresh, "--profile", "ucdp-ged", "--release", "24.1"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/id\.duplicate/);
  });
});
