// The facts of the reference dataset answered end to end, through the CLI (the built bin, as a
// process) and through the API (the server on a real port), each with its sources and confidence.
// Expected values are written by hand from the sources (verification pass 3, the domain facts,
// the Vancouver themes notes, the raw CR-UNSC and OWID files), not computed by the code under test.
import { spawnSync } from "node:child_process";
import { get } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDataset } from "@bluehelm/data";
import { createApp, listen } from "@bluehelm/server";
import { openStore, type Store } from "@bluehelm/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = join(import.meta.dirname, "..", "..", "apps", "cli", "dist", "bin.js");
const scratch = mkdtempSync(join(tmpdir(), "bluehelm-reference-facts-"));
const cliDb = join(scratch, "cli");

type Rec = Record<string, unknown> & { id: string; sources: string[]; confidence: string };
interface AnswerBody<T> {
  value: T;
  sources: string[];
  method: { en: string; fr: string };
}

function cli<T>(args: readonly string[]): T {
  const r = spawnSync(process.execPath, [BIN, "--db", cliDb, ...args, "--json"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`bluehelm ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

let store: Store;
let running: { url: string; close: (graceMs?: number) => Promise<void> };
/** GET over a fresh connection each time (no keep-alive: the CLI runs between requests outlast the server's idle timeout). */
function api<T>(path: string): Promise<T> {
  return new Promise((resolve, reject) => {
    get(`${running.url}${path}`, { agent: false, headers: { accept: "application/json" } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => (res.statusCode === 200 ? resolve(JSON.parse(body) as T) : reject(new Error(`GET ${path}: ${res.statusCode} ${body}`))));
    }).on("error", reject);
  });
}
const apiList = async (path: string) => (await api<{ items: Rec[] }>(path)).items;

beforeAll(async () => {
  store = await openStore({ dataDir: join(scratch, "api"), seed: loadDataset() });
  running = await listen(createApp({ store, rateLimit: false, logger: () => {} }).fetch);
}, 240_000);
afterAll(async () => {
  await running?.close(2000);
  await store?.close();
  rmSync(scratch, { recursive: true, force: true });
}, 120_000);

/** Both surfaces give the same record; returns it. */
async function both(path: string, id: string): Promise<Rec> {
  const fromCli = cli<Rec>([path, "get", id]);
  const fromApi = await api<Rec>(`/v1/${path}/${id}`);
  expect(fromApi).toEqual(fromCli);
  return fromApi;
}

describe("mandates with a partial adoption date", () => {
  it("MONUSCO's S/RES/2765 (2024) is dated by its year only, with its expiry and sources", async () => {
    const m = await both("mandates", "monusco-2765");
    expect(m).toMatchObject({ resolution: "S/RES/2765 (2024)", adoptedIn: { precision: "year", date: "2024", qualifier: "on" }, expiresOn: "2025-12-20", poc: "core", confidence: "reported" });
    expect(m.adoptedOn).toBeUndefined();
    expect(m.sources).toEqual(["military-africa-res-2765"]);
  }, 120_000);

  it("the PoC standing of MONUSCO in mid-2024: S/RES/2717 (2023) in force, S/RES/2765 (2024) uncertain", async () => {
    type Poc = AnswerBody<{ unknown: number; missions: { missionId: string; poc: string; mandateId: string; uncertainMandateIds: string[] }[] }>;
    const fromCli = cli<Poc>(["analytics", "poc-coverage", "--as-of", "2024-06-30"]);
    const fromApi = await api<Poc>("/v1/analytics/poc-coverage?asOf=2024-06-30");
    for (const a of [fromCli, fromApi]) {
      expect(a.value.unknown).toBe(0);
      expect(a.value.missions.find((m) => m.missionId === "monusco")).toMatchObject({ poc: "core", mandateId: "monusco-2717", uncertainMandateIds: ["monusco-2765"] });
      expect(a.sources).toContain("newsghana-res-2717");
      expect(a.method.en).toContain("last day of that month or year");
    }
  }, 120_000);
});

describe("resolution links", () => {
  it("MINUSCA's S/RES/2709 (2023) links to its Digital Library record and voting record, citing CR-UNSC", async () => {
    const m = await both("mandates", "minusca-2709");
    expect(m.digitalLibrary).toEqual({ record: "https://digitallibrary.un.org/record/4027716", votingRecord: "https://digitallibrary.un.org/record/4027712?ln=en" });
    expect(m.sources).toEqual(["people-cn-res-2709", "cr-unsc-2722"]);
    expect(m.confidence).toBe("reported");
  }, 120_000);

  it("MONUSCO's S/RES/2808 (2025) says why it has no link", async () => {
    const m = await both("mandates", "monusco-2808");
    expect(m.digitalLibrary).toBeUndefined();
    expect(m.digitalLibraryGap).toBe("S/RES/2808 (2025) is later than S/RES/2722, the last resolution of the CR-UNSC record tables.");
  }, 120_000);
});

describe("reported figures", () => {
  it("are served at /v1/reported-figures and by `bluehelm reported-figures list`", async () => {
    const fromCli = cli<Rec[]>(["reported-figures", "list", "--where", "subjectId=kigali-principles", "--limit", "100"]);
    const fromApi = await apiList("/v1/reported-figures?subjectId=kigali-principles&limit=100");
    expect(fromApi.map((f) => f.id).sort()).toEqual(fromCli.map((f) => f.id).sort());
    const byId = Object.fromEntries(fromApi.map((f) => [f.id, f]));
    expect(byId["kp-endorsers-2016-05-11-afp"]).toMatchObject({ value: 29, date: { precision: "day", date: "2016-05-11", qualifier: "on" }, confidence: "reported" });
    expect(byId["kp-endorsers-2016-05-13"]).toMatchObject({ value: 30, date: { date: "2016-05-13" }, sources: ["45enord-canada-kigali-2016-05"] });
    expect(byId["kp-endorsers-2016-05-15"]).toMatchObject({ value: 30, date: { date: "2016-05-15" } });
    expect(byId["kp-endorsers-2016-11-late"]).toMatchObject({ value: 40, date: { precision: "month", date: "2016-11" }, sources: ["newtimes-2016-11-forty"] });
  }, 120_000);

  it("the Kigali counts against the endorsements recorded: 29 reported on 11 May 2016, 25 recorded", async () => {
    type Rows = AnswerBody<{ rows: { figureId: string; computed: number; standing: string; sources: string[]; confidence: string }[] }>;
    const fromCli = cli<Rows>(["analytics", "reported-vs-computed", "--subject-id", "kigali-principles", "--as-of", "2026-01-01"]);
    const fromApi = await api<Rows>("/v1/analytics/reported-vs-computed?subjectId=kigali-principles&asOf=2026-01-01");
    for (const a of [fromCli, fromApi]) {
      const afp = a.value.rows.find((r) => r.figureId === "kp-endorsers-2016-05-11-afp");
      expect(afp).toMatchObject({ computed: 25, standing: "fewer-recorded", confidence: "reported" });
      expect(afp?.sources).toContain("lainformacion-afp-kigali-2016-05-11");
      expect(a.value.rows.find((r) => r.figureId === "kp-endorsers-2016-11-late")).toMatchObject({ standing: "fewer-recorded" });
      expect(a.sources).toContain("newtimes-2016-11-forty");
    }
  }, 120_000);

  it("Vancouver Principles: 54 or 55 founding endorsers, 63, 72 in February 2019, close to 100, over 100", async () => {
    const list = await apiList("/v1/reported-figures?subjectId=vancouver-principles&limit=100");
    const cliList = cli<Rec[]>(["reported-figures", "list", "--where", "subjectId=vancouver-principles", "--limit", "100"]);
    expect(cliList.map((f) => f.id).sort()).toEqual(list.map((f) => f.id).sort());
    const values = list.map((f) => [f.measure, f.value, f.qualifier, (f.date as { date?: string } | undefined)?.date ?? null, f.confidence]).sort((a, b) => String(a[3]).localeCompare(String(b[3])) || Number(a[1]) - Number(b[1]) || String(a[2]).localeCompare(String(b[2])));
    expect(values).toEqual([
      ["founding-endorsers", 54, "exact", "2017-11-15", "verified"],
      ["founding-endorsers", 55, "exact", "2017-11-15", "reported"],
      ["endorsers", 72, "exact", "2019-02", "reported"],
      ["endorsers", 63, "exact", null, "reported"],
      ["endorsers", 100, "close-to", null, "verified"],
      ["endorsers", 100, "more-than", null, "reported"],
    ]);
    const vp = await both("instruments", "vancouver-principles");
    expect(vp).toMatchObject({ adoptedOn: "2017-11-15", principleCount: 17, initiatorIds: ["can"], title: { en: "The Vancouver Principles on Peacekeeping and the Prevention of the Recruitment and Use of Child Soldiers" } });
  }, 120_000);

  it("the 2014 and 2015 declarations (29 and 43 governments) and the 2015 pledges (40,000 or 30,000)", async () => {
    expect(await both("reported-figures", "summit-2014-declaration-signatories")).toMatchObject({ value: 29, sources: ["whitehouse-briefings-2014-declaration"], confidence: "reported" });
    expect(await both("reported-figures", "leaders-summit-2015-declaration-signatories")).toMatchObject({ value: 43, sources: ["presidency-ucsb-2015-declaration"], confidence: "verified" });
    expect(await both("reported-figures", "leaders-summit-2015-personnel-40000")).toMatchObject({ value: 40000, qualifier: "about", sources: ["vov-2015-leaders-summit", "foreignaffairs-2015-10-06"] });
    expect(await both("reported-figures", "leaders-summit-2015-personnel-30000")).toMatchObject({ value: 30000, qualifier: "exact", sources: ["whitehousepool-2015-obama"] });
  }, 120_000);

  it("Vancouver 2017: 46 new pledges and 48 pledging delegations, 79 and 80 States", async () => {
    expect(await both("reported-figures", "vancouver-2017-pledges-46")).toMatchObject({ measure: "pledges", value: 46, confidence: "verified" });
    expect(await both("reported-figures", "vancouver-2017-pledging-delegations-48")).toMatchObject({ measure: "pledging-delegations", value: 48 });
    expect(await both("reported-figures", "vancouver-2017-states-79")).toMatchObject({ measure: "participating-states", value: 79, sources: ["un-pk-vancouver-46-pledges", "un-pk-vancouver-2017"] });
    expect(await both("reported-figures", "vancouver-2017-states-80")).toMatchObject({ measure: "participating-states", value: 80, sources: ["canada-dnd-2017-vancouver-concludes", "canada-dnd-2017-vancouver-communique"] });
  }, 120_000);

  it("Seoul 2021, Accra 2023 and Berlin 2025: dates, participation and pledges", async () => {
    expect(await both("events", "seoul-2021")).toMatchObject({ startDate: "2021-12-07", endDate: "2021-12-08" });
    expect(await both("events", "accra-2023")).toMatchObject({ startDate: "2023-12-05", endDate: "2023-12-06" });
    expect(await both("events", "berlin-2025")).toMatchObject({ startDate: "2025-05-13", endDate: "2025-05-14" });
    expect(await both("reported-figures", "seoul-2021-states")).toMatchObject({ value: 75, sources: ["un-sg-2021-seoul"], confidence: "verified" });
    expect(await both("reported-figures", "seoul-2021-pledging-62")).toMatchObject({ value: 62 });
    expect(await both("reported-figures", "seoul-2021-pledging-64")).toMatchObject({ value: 64, sources: ["ipi-global-observatory-2022-02-seoul"], confidence: "reported" });
    expect(await both("reported-figures", "accra-2023-states")).toMatchObject({ value: 91 });
    expect(await both("reported-figures", "accra-2023-pledging-states")).toMatchObject({ value: 57 });
    expect(await both("reported-figures", "berlin-2025-pledging-states")).toMatchObject({ value: 74, sources: ["un-news-2025-05-berlin"] });
    expect(await both("reported-figures", "berlin-2025-units")).toMatchObject({ value: 88 });
  }, 120_000);

  it("UGPS 2028 targets: formed police units 20 %, individual police 30 % (reported)", async () => {
    expect(await both("gender-targets", "ugps-formed-police-units-2028")).toMatchObject({ share: 0.2, year: 2028, confidence: "reported" });
    expect(await both("gender-targets", "ugps-individual-police-2028")).toMatchObject({ share: 0.3, year: 2028, confidence: "reported" });
  }, 120_000);
});

describe("the Vancouver themes, aims and preparatory meetings", () => {
  it("the numbered aims of Smart Pledges are its sub-themes", async () => {
    const fromApi = await apiList("/v1/themes?parentId=van-smart-pledges&limit=100");
    const fromCli = cli<Rec[]>(["themes", "list", "--where", "parentId=van-smart-pledges"]);
    for (const list of [fromApi, fromCli]) {
      expect(list.map((t) => [t.order, (t.title as { en: string }).en]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
        [1, "Generate new pledges to fill the UN need for rapid deployment"],
        [2, "Create partnership arrangements to close UN capability gaps"],
        [3, "Foster the reflection on the rotation of enablers"],
      ]);
      expect(list.every((t) => t.sources.includes("canada-dnd-2017-smart-pledges") && t.confidence === "verified")).toBe(true);
    }
  }, 120_000);

  it("Tokyo, Kigali and Dhaka, with their dates, hosts, participants and themes", async () => {
    expect(await both("events", "tokyo-preparatory-2017")).toMatchObject({ startDate: "2017-08-23", endDate: "2017-08-25", hostIds: ["jpn", "bgd"], participation: { states: 32, organizations: 2 }, themeIds: ["van-training-capacity"], confidence: "verified" });
    expect(await both("events", "kigali-preparatory-2017")).toMatchObject({ startDate: "2017-08-29", endDate: "2017-08-30", hostIds: ["rwa", "nld"], participation: { states: 25, organizations: 3 } });
    expect(await both("events", "dhaka-preparatory-2017")).toMatchObject({ startDate: "2017-10-01", endDate: "2017-10-02", hostIds: ["bgd"], participation: { states: 25 }, themeIds: ["van-smart-pledges"] });
  }, 120_000);
});

describe("Kigali Principles 1–18", () => {
  it("1–9 keep their verified wording; 12–18 are shown as unverified, never as placeholders", async () => {
    const list = await apiList("/v1/principles?instrumentId=kigali-principles&limit=100");
    const cliList = cli<Rec[]>(["principles", "list", "--where", "instrumentId=kigali-principles", "--limit", "100"]);
    expect(cliList.map((p) => p.id).sort()).toEqual(list.map((p) => p.id).sort());
    expect(list).toHaveLength(18);
    for (const p of list) {
      expect(JSON.stringify(p).toLowerCase()).not.toContain("placeholder");
      const n = p.number as number;
      if (n <= 9) expect(p.confidence).toBe("verified");
      if (n >= 12) expect(p).toMatchObject({ confidence: "unverified", title: { en: `Principle ${n}: wording not verified against the official text` } });
    }
  }, 120_000);
});

describe("codelist definitions", () => {
  it("what each PCRS level requires and each PoC level means, with sources", async () => {
    type Defs = AnswerBody<{ list: string; code: string; definition: { en: string }; sources: { sourceId: string }[]; confidence: string }[]>;
    const fromCli = cli<Defs>(["analytics", "code-definitions"]);
    const fromApi = await api<Defs>("/v1/analytics/code-definitions");
    for (const a of [fromCli, fromApi]) {
      const rdl = a.value.find((d) => d.list === "pcrs-levels" && d.code === "rdl");
      expect(rdl?.definition.en).toContain("within 60 days of a UN request");
      expect(rdl?.sources.map((s) => s.sourceId)).toEqual(["un-rdl-workshop-article", "un-manual-generation-deployment-2021"]);
      expect(a.value.find((d) => d.code === "level-2")?.definition.en).toContain("Assessment and Advisory Visit");
      expect(a.value.find((d) => d.list === "poc-levels" && d.code === "none")).toMatchObject({ confidence: "unverified", sources: [] });
      expect(a.sources).toEqual(["gcr2p-peacekeeping-kigali-page", "jvl-res-1701-text", "un-manual-generation-deployment-2021", "un-press-sc16059", "un-rdl-workshop-article"]);
    }
  }, 120_000);
});

describe("world totals", () => {
  it("are served at /v1/world-totals and by `bluehelm world-totals list` (values of the OWID file)", async () => {
    const fromApi = await apiList("/v1/world-totals?limit=200");
    const fromCli = cli<Rec[]>(["world-totals", "list", "--limit", "200"]);
    expect(fromApi).toHaveLength(75);
    expect(fromCli).toHaveLength(75);
    expect(await both("world-totals", "world-total.1993")).toMatchObject({ year: 1993, total: 69961, police: 1032, militaryObservers: 2250, troops: 66679, missions: 19, sources: ["owid-un-peacekeeping"], confidence: "reported" });
    expect(await both("world-totals", "world-total.1960")).toMatchObject({ year: 1960, origin: "historical-compilation" });
  }, 120_000);

  it("answer personnel questions for years the contributions do not cover", async () => {
    type World = AnswerBody<{ year: number; total: number; troops?: number; contributionsTotal?: number }[]>;
    const fromCli = cli<World>(["analytics", "world-personnel", "--from", "1993", "--to", "1994"]);
    const fromApi = await api<World>("/v1/analytics/world-personnel?from=1993&to=1994");
    for (const a of [fromCli, fromApi]) {
      expect(a.value.map((y) => [y.year, y.total, y.troops])).toEqual([
        [1993, 69961, 66679],
        [1994, 69356, 65111],
      ]);
      expect(a.value.every((y) => y.contributionsTotal === undefined)).toBe(true);
      expect(a.sources).toEqual(["owid-un-peacekeeping"]);
    }
  }, 120_000);
});
