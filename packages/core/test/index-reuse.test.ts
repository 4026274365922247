// An index built after a write reuses the parts of the collections the write left alone.
import { DatasetSchema, type Dataset, type ReadonlyDataset } from "@bluehelm/core";
import { QUESTIONS, createIndex } from "@bluehelm/core/analytics";
import { describe, expect, it } from "vitest";
import { analyticsInput } from "./analytics-fixture.js";

/** The dataset as a store hands it: every collection a frozen array. */
function frozen(d: Dataset): ReadonlyDataset {
  return Object.freeze(Object.fromEntries(Object.entries(d).map(([k, v]) => [k, Object.freeze([...(v as unknown[])])]))) as unknown as ReadonlyDataset;
}

describe("createIndex over frozen collections", () => {
  const parsed = DatasetSchema.parse(analyticsInput());

  it("builds each part of a frozen collection once, and rebuilds only the parts of a collection that changed", () => {
    const before = frozen(parsed);
    const a = createIndex(before);
    const b = createIndex(before);
    expect(b.contributionsByMission).toBe(a.contributionsByMission);
    expect(b.eventsByPledge).toBe(a.eventsByPledge);
    expect(b.actors).toBe(a.actors);

    // A new pledge event: a new frozen array for that collection only, the others the same arrays.
    const event = { ...parsed.pledgeEvents[0]!, id: "another-event", date: "2030-01-01", type: "withdrawn" as const };
    const after = Object.freeze({ ...before, pledgeEvents: Object.freeze([...before.pledgeEvents, event]) }) as ReadonlyDataset;
    const c = createIndex(after);
    expect(c.contributionsByMission).toBe(a.contributionsByMission);
    expect(c.rankings).toBe(a.rankings);
    expect(c.pledges).toBe(a.pledges);
    expect(c.eventsByPledge).not.toBe(a.eventsByPledge);
    expect(c.eventsByPledge.get(event.pledgeId)!.map((e) => e.id)).toContain("another-event");
    expect(a.eventsByPledge.get(event.pledgeId)!.map((e) => e.id)).not.toContain("another-event");
  });

  it("indexes a collection that is not frozen afresh each time (it could have been changed in place)", () => {
    const open = DatasetSchema.parse(analyticsInput());
    const a = createIndex(open);
    open.pledges.pop();
    const b = createIndex(open);
    expect(b.pledges).not.toBe(a.pledges);
    expect(b.pledges.length).toBe(a.pledges.length - 1);
  });

  it("answers every question alike from reused parts and from an index built afresh", () => {
    const reused = frozen(parsed);
    createIndex(reused);
    const warm = createIndex(reused);
    const fresh = createIndex(DatasetSchema.parse(analyticsInput()));
    for (const [name, q] of Object.entries(QUESTIONS)) {
      const params = name === "capability-gaps" || name === "violence-near-sites" || name === "presence-comparison" ? { missionId: "m1" } : {};
      expect(JSON.stringify(q.run(warm, params)), name).toBe(JSON.stringify(q.run(fresh, params)));
    }
  });
});
