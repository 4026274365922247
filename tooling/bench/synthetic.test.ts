// The synthetic data is valid under every rule of the core, the counts it
// promises, deterministic, and without repeated ids or contribution slots.
import { pledgeStatus, validateDataset } from "@bluehelm/core";
import { loadDataset } from "@bluehelm/data";
import { describe, expect, it } from "vitest";
import { syntheticContributions, syntheticDataset, syntheticPledgeEvents, syntheticPledges } from "./synthetic.js";

const base = loadDataset();

describe("synthetic data", () => {
  // a twentieth of one unit: 100 pledges, 500 events, 2,000 contributions
  const small = syntheticDataset(base, 0.05);

  it("adds the counts of its scale, written out: 100 pledges, 500 events, 2,000 contributions at 0.05", () => {
    expect(small.pledges.length - base.pledges.length).toBe(100);
    expect(small.pledgeEvents.length - base.pledgeEvents.length).toBe(500);
    expect(small.contributions.length - base.contributions.length).toBe(2_000);
  });

  it("is valid: no error from validateDataset over the reference dataset with it", () => {
    const report = validateDataset(small);
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
    // and it adds no warning of its own
    expect(report.issues.filter((i) => /synthetic/.test(JSON.stringify(i))).length).toBe(0);
  });

  it("takes every pledge through its whole history to fulfilled", () => {
    const events = [...syntheticPledgeEvents(base, 0.01)];
    for (const p of syntheticPledges(base, 0.01)) {
      const own = events.filter((e) => e.pledgeId === p.id);
      expect(own.map((e) => e.type)).toEqual(["registered", "assessed", "pcrs-level-3", "deployed", "fulfilled"]);
      expect(pledgeStatus(p, own, { asOf: "2030-01-01" }).status).toBe("fulfilled");
    }
  });

  it("is the same on every run and differs with the seed", () => {
    const a = [...syntheticContributions(base, 0.01)];
    expect([...syntheticContributions(base, 0.01)]).toEqual(a);
    expect([...syntheticContributions(base, 0.01, 7)]).not.toEqual(a);
  });

  it("never repeats a contribution's contributor, mission, category and date, nor an id, at a full unit", () => {
    const slots = new Set<string>();
    const ids = new Set<string>();
    let n = 0;
    for (const c of syntheticContributions(base, 1)) {
      slots.add(`${c.contributorId}|${c.missionId}|${c.category}|${c.periodStart}`);
      ids.add(c.id);
      n++;
    }
    expect(n).toBe(40_000);
    expect(slots.size).toBe(40_000);
    expect(ids.size).toBe(40_000);
  });
});
