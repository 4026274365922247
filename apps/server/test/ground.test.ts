// The ground through the API: the new collections, the questions, alerts on
// a GED file of new events, GED imports — and bad files refused with row and
// column, changing nothing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, problemOf, reference, startServer, type TestServer } from "./harness.js";

const HEADER =
  "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob";
/** A row of the official GED CSV layout; `over` replaces cells by column name. */
function row(id: number, over: Record<string, string> = {}): string {
  const cells: Record<string, string> = {
    id: String(id), relid: `CEN-2019-3-${id}`, year: "2019", active_year: "1", code_status: "Clear", type_of_violence: "3",
    conflict_dset_id: "1", conflict_new_id: "1", conflict_name: "UPC - Civilians", dyad_dset_id: "1", dyad_new_id: "1", dyad_name: "UPC - Civilians",
    side_a_dset_id: "1", side_a_new_id: "1", side_a: "UPC", side_b_dset_id: "1", side_b_new_id: "1", side_b: "Civilians", number_of_sources: "1",
    source_article: "", source_office: "", source_date: "", source_headline: "", source_original: "", where_prec: "1", where_coordinates: "Bangui town",
    where_description: "", adm_1: "", adm_2: "", latitude: "4.3700", longitude: "18.5900", geom_wkt: "", priogrid_gid: "", country: "Central African Republic",
    country_id: "482", region: "Africa", event_clarity: "1", date_prec: "1", date_start: "2019-06-10", date_end: "2019-06-10",
    deaths_a: "0", deaths_b: "0", deaths_civilians: "4", deaths_unknown: "0", best: "4", high: "4", low: "4", gwnoa: "", gwnob: "",
    ...over,
  };
  return HEADER.split(",").map((c) => cells[c] ?? "").join(",");
}
const file = (...rows: string[]) => [HEADER, ...rows].join("\n") + "\n";
// 900001: in Bangui, next to MINUSCA's RADPKO base of 2019; 900002: 600 km away in the north-east, 2 civilians.
const GOOD = file(row(900001), row(900002, { latitude: "9.9", longitude: "22.9", deaths_civilians: "2", best: "2", high: "2", low: "2" }));

describe.each(ENGINES.map((make) => [make().name, make] as const))("the ground through the API on %s", (_name, make) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(make());
  });
  afterAll(async () => {
    await s?.close();
  });

  const count = async (path: string) => Number((await s.call(`${path}?limit=1`)).headers.get("x-total-count"));

  it("serves the deployment sites, conflict events and fatalities, filtered", async () => {
    expect(await count("/v1/deployment-sites")).toBe(reference.deploymentSites.length);
    expect(await count("/v1/conflict-events")).toBe(reference.conflictEvents.length);
    expect(await count("/v1/peacekeeper-fatalities")).toBe(reference.peacekeeperFatalities.length);
    const res = await s.call("/v1/deployment-sites?missionId=minusca&year=2019&dataset=radpko&limit=1000");
    const items = ((await res.json()) as { items: { missionId: string; year: number }[] }).items;
    const expected = reference.deploymentSites.filter((x) => x.missionId === "minusca" && x.year === 2019 && x.dataset === "radpko").length;
    expect(expected).toBeGreaterThan(0);
    expect(items.length).toBe(expected);
    const csv = await s.call("/v1/conflict-events?typeOfViolence=3&hostId=caf", { headers: { accept: "text/csv" } });
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines.length - 1).toBe(reference.conflictEvents.filter((e) => e.typeOfViolence === "3" && e.hostId === "caf").length);
  });

  it("answers the ground questions", async () => {
    const near = (await (await s.call("/v1/analytics/violence-near-sites?missionId=minusca&radiusKm=25")).json()) as { value: { years: { year: number }[] }; method: { en: string } };
    expect(near.value.years.map((y) => y.year)).toContain(2019);
    expect(near.method.en).toContain("25 km");
    const presence = await s.call("/v1/analytics/presence-comparison?missionId=minusca&iterations=100");
    expect(presence.status).toBe(200);
    const bad = await s.call("/v1/analytics/violence-near-sites?missionId=minusca&violence=4");
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).report?.issues[0]?.path).toEqual(["query", "violence"]);
  });

  it("screens a GED file of new events for alerts, storing nothing", async () => {
    const before = await count("/v1/conflict-events");
    const res = await s.call("/v1/analytics/alerts?radiusKm=25&release=24.1", { method: "POST", body: GOOD, headers: { "content-type": "text/csv" } });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { value: { screened: number; alerts: { event: { id: string }; sites: { missionId: string; distanceKm: number }[] }[] } };
    expect(answer.value.screened).toBe(2);
    expect(answer.value.alerts.map((a) => a.event.id)).toEqual(["ucdp-ged.900001"]);
    expect(answer.value.alerts[0]!.sites[0]!.missionId).toBe("minusca");
    expect(answer.value.alerts[0]!.sites[0]!.distanceKm).toBeLessThan(25);
    expect(await count("/v1/conflict-events")).toBe(before);
  });

  it("screens a whole release's country file (over the 1 MiB body limit of other requests), even with events already stored", async () => {
    const text = readFileSync(join(import.meta.dirname, "..", "..", "..", "data", "external", "ucdp-ged-extracts", "sudan_ged241_hdx", "conflict_data_sdn.csv"), "utf8");
    expect(text.length).toBeGreaterThan(1024 * 1024);
    const res = await s.call("/v1/analytics/alerts?release=24.1&since=2019-01-01&until=2019-12-31", { method: "POST", body: text, headers: { "content-type": "text/csv" } });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { value: { alerts: { sites: { missionId: string }[] }[] } };
    expect(answer.value.alerts.length).toBeGreaterThan(0);
    expect(answer.value.alerts.some((a) => a.sites.some((x) => x.missionId === "unamid"))).toBe(true);
    const other = await s.call("/v1/validate", { method: "POST", body: JSON.stringify({ text }), headers: { "content-type": "application/json" } });
    expect(other.status).toBe(413);
  });

  it("refuses bad GED files with the row and column of each problem, and imports nothing", async () => {
    const before = await count("/v1/conflict-events");
    const cases: [string, string, string, number, string][] = [
      ["a wrong column", file(row(900011)).replace(",best,", ",bestest,"), "file.layout-unknown", 1, ""],
      ["out-of-range coordinates", file(row(900012), row(900013, { latitude: "95.5" })), "file.cell-invalid", 3, "latitude"],
      ["dates out of order", file(row(900014, { date_start: "2019-06-12", date_end: "2019-06-10" })), "date.end-before-start", 2, "date_end"],
    ];
    for (const [what, text, rule, line, column] of cases) {
      for (const path of ["/v1/analytics/alerts?release=24.1", "/v1/imports/ucdp-ged?release=24.1"]) {
        const res = await s.call(path, { method: "POST", body: text, headers: { "content-type": "text/csv" }, role: "editor" });
        expect(res.status, `${what} at ${path}`).toBe(422);
        const issue = (await problemOf(res)).report!.issues.find((i) => i.rule === rule) as { row?: number; column?: string } | undefined;
        expect(issue, `${what}: ${rule}`).toBeDefined();
        expect(issue!.row, what).toBe(line);
        if (column) expect(issue!.column, what).toBe(column);
      }
    }
    expect(await count("/v1/conflict-events")).toBe(before);
  });

  it("imports a GED file for editors, all or nothing, and refuses it again", async () => {
    const before = await count("/v1/conflict-events");
    const anonymous = await s.call("/v1/imports/ucdp-ged?release=24.1", { method: "POST", body: GOOD, headers: { "content-type": "text/csv" } });
    expect(anonymous.status).toBe(401);
    const res = await s.call("/v1/imports/ucdp-ged?release=24.1", { method: "POST", body: GOOD, headers: { "content-type": "text/csv" }, role: "editor" });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ inserted: 2, layout: "ged-csv", release: "24.1", rows: 2 });
    const stored = (await (await s.call("/v1/conflict-events/ucdp-ged.900001")).json()) as { sources: string[]; hostId: string; deaths: { civilians: number } };
    expect(stored).toMatchObject({ sources: ["ucdp-ged-24-1"], hostId: "caf", deaths: { civilians: 4 } });
    expect(await count("/v1/conflict-events")).toBe(before + 2);
    const again = await s.call("/v1/imports/ucdp-ged?release=24.1", { method: "POST", body: GOOD, headers: { "content-type": "text/csv" }, role: "editor" });
    // An id already stored is a rule the file breaks: 422 with the rows of the ids (409 is for a race with another write).
    expect(again.status).toBe(422);
    const report = ((await again.json()) as { report: { issues: { rule: string; row?: number }[] } }).report;
    expect(report.issues.filter((i) => i.rule === "id.duplicate").map((i) => i.row)).toEqual([2, 3]);
    expect(await count("/v1/conflict-events")).toBe(before + 2);
  });
});
