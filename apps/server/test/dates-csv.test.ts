// Date query parameters are calendar dates (the core's IsoDateSchema) on
// every operation, and the CSV export of a collection reads back, through the
// core's reader, to the records the JSON answer serves.
import { readRecords } from "@bluehelm/core/tabular";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, pledgeFixture, problemOf, reference, startServer, type TestServer } from "./harness.js";

describe("date query parameters and the CSV export", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(ENGINES[0]!());
  });
  afterAll(async () => {
    await s?.close();
  });

  it("refuses a date that is not in the calendar with a 400 naming the parameter, on every operation that takes one", async () => {
    const pledgeId = reference.pledges[0]!.id;
    const cases: [string, string][] = [
      [`/v1/pledges/${pledgeId}/status?asOf=2021-02-30`, "asOf"],
      [`/v1/pledges/${pledgeId}?asOf=2021-02-30`, "asOf"],
      ["/v1/pledges?asOf=2021-02-30", "asOf"],
      ["/v1/pledges?announcedOn.gte=2021-13-01", "announcedOn.gte"],
      ["/v1/missions?asOf=someday", "asOf"],
      ["/v1/analytics/poc-coverage?asOf=2021-02-30", "asOf"],
    ];
    for (const [path, name] of cases) {
      const res = await s.call(path);
      expect(res.status, path).toBe(400);
      const p = await problemOf(res);
      expect(p.type, path).toBe("urn:bluehelm:problem:invalid-query");
      const issue = p.report?.issues[0] as { path: (string | number)[]; message: { en: string } } | undefined;
      expect(issue?.path, path).toEqual(["query", name]);
      expect(issue?.message.en, path).toContain("calendar date YYYY-MM-DD");
    }
    // The day before is a date: the same operations answer.
    expect((await s.call(`/v1/pledges/${pledgeId}/status?asOf=2021-02-28`)).status).toBe(200);
    expect((await s.call(`/v1/pledges/${pledgeId}?asOf=9999-12-31`)).status).toBe(200);
    expect((await s.call("/v1/pledges?announcedOn.gte=2021-12-01")).status).toBe(200);
  });

  it("exports a collection as CSV that the core's reader reads back to the records served as JSON", async () => {
    const listed = { ...pledgeFixture("csv-round-1", { title: { en: "=cmd|' /C calc'!A0", fr: "Liste; avec, séparateurs" }, themeIds: [reference.themes[0]!.id, reference.themes[1]!.id] }) };
    expect((await s.call("/v1/pledges", { method: "POST", role: "editor", body: JSON.stringify(listed) })).status).toBe(201);
    const query = "id.gte=csv-round-&id.lte=csv-round-z&asOf=9999-12-31";
    const json = (await (await s.call(`/v1/pledges?${query}`)).json()) as { items: Record<string, unknown>[] };
    const csv = await (await s.call(`/v1/pledges?${query}&format=csv`)).text();
    // Formula-like text is still neutralized in the file.
    expect(csv).toContain("'=cmd");
    const read = readRecords("pledge", csv, { format: "csv" });
    expect(read.issues.filter((i) => i.severity === "error")).toEqual([]);
    const withoutStatus = json.items.map(({ status: _s, statusSince: _ss, ...rest }) => rest);
    expect(read.records.map((r) => r.record)).toEqual(withoutStatus);
    expect(read.records[0]!.record).toMatchObject({ title: { en: "=cmd|' /C calc'!A0", fr: "Liste; avec, séparateurs" }, themeIds: [reference.themes[0]!.id, reference.themes[1]!.id] });
  });
});
