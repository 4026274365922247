import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PLEDGE_EVENT_TYPES, PLEDGE_STATUSES, type PledgeEventType, type PledgeStatus } from "./codelists.js";
import { EVENT_TARGET, OPEN_STATUSES, TERMINAL_STATUSES, TRANSITIONS, canApply, pledgeStatus } from "./lifecycle.js";

const pledge = { id: "p", announcedOn: "2017-11-15" };
const ev = (id: string, type: PledgeEventType, date: string, pledgeId = "p") => ({ id, pledgeId, type, date });

describe("the transition table", () => {
  it("covers every status, and every target is a status", () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual(Object.keys(PLEDGE_STATUSES).sort());
    for (const targets of Object.values(TRANSITIONS)) {
      for (const t of targets) expect(Object.keys(PLEDGE_STATUSES)).toContain(t);
    }
  });
  it("has no way out of a terminal status", () => {
    for (const s of TERMINAL_STATUSES) expect(TRANSITIONS[s]).toEqual([]);
  });
  it("lets every open status be withdrawn or lapse", () => {
    for (const s of OPEN_STATUSES) {
      expect(TRANSITIONS[s]).toContain("withdrawn");
      expect(TRANSITIONS[s]).toContain("lapsed");
    }
  });
  it("reaches fulfilled only from deployed", () => {
    const from = (Object.keys(TRANSITIONS) as PledgeStatus[]).filter((s) => TRANSITIONS[s].includes("fulfilled"));
    expect(from).toEqual(["deployed"]);
  });
  it("never moves readiness backwards", () => {
    for (const [i, s] of OPEN_STATUSES.entries()) {
      for (const earlier of OPEN_STATUSES.slice(0, i + 1)) expect(TRANSITIONS[s]).not.toContain(earlier);
    }
  });
  it("allows amendments only while open, and an announcement only as the first event", () => {
    expect(canApply("assessed", "amended")).toBe(true);
    expect(canApply("fulfilled", "amended")).toBe(false);
    expect(canApply("announced", "announced", true)).toBe(true);
    expect(canApply("announced", "announced", false)).toBe(false);
    expect(canApply("registered", "announced", true)).toBe(false);
  });
});

describe("pledgeStatus", () => {
  const history = [
    ev("e1", "registered", "2018-01-10"),
    ev("e2", "assessed", "2018-03-01"),
    ev("e3", "amended", "2018-03-05"),
    ev("e4", "deployed", "2018-07-01"),
    ev("e5", "fulfilled", "2019-07-31"),
  ];

  it("is undefined before the announcement, announced on the day", () => {
    expect(pledgeStatus(pledge, history, { asOf: "2017-11-14" }).status).toBeUndefined();
    expect(pledgeStatus(pledge, history, { asOf: "2017-11-15" })).toMatchObject({ status: "announced", since: "2017-11-15" });
  });
  it("answers as of any date, ignoring later events", () => {
    expect(pledgeStatus(pledge, history, { asOf: "2018-01-09" }).status).toBe("announced");
    expect(pledgeStatus(pledge, history, { asOf: "2018-01-10" }).status).toBe("registered");
    expect(pledgeStatus(pledge, history, { asOf: "2018-06-30" })).toMatchObject({ status: "assessed", since: "2018-03-01" });
    expect(pledgeStatus(pledge, history, { asOf: "2019-01-01" }).status).toBe("deployed");
    const end = pledgeStatus(pledge, history, { asOf: "2030-01-01" });
    expect(end.status).toBe("fulfilled");
    expect(end.history.map((h) => h.status)).toEqual(["announced", "registered", "assessed", "deployed", "fulfilled"]);
    expect(end.issues).toEqual([]);
  });
  it("reports and skips an illegal transition instead of throwing", () => {
    const r = pledgeStatus(pledge, [ev("a", "fulfilled", "2018-01-01"), ev("b", "deployed", "2018-02-01")], { asOf: "2030-01-01" });
    expect(r.status).toBe("deployed");
    expect(r.issues.map((i) => [i.rule, i.path])).toEqual([["lifecycle.illegal-transition", ["events", 0]]]);
  });
  it("reports and skips an event dated before its predecessor", () => {
    const r = pledgeStatus(pledge, [ev("a", "deployed", "2018-05-01"), ev("b", "withdrawn", "2018-04-01")], { asOf: "2030-01-01" });
    expect(r.status).toBe("deployed");
    expect(r.issues.map((i) => i.rule)).toEqual(["lifecycle.out-of-order"]);
  });
  it("reports an event before the announcement, and ignores other pledges' events", () => {
    const r = pledgeStatus(pledge, [ev("a", "registered", "2017-01-01"), ev("x", "withdrawn", "2018-01-01", "other")], { asOf: "2030-01-01" });
    expect(r.status).toBe("announced");
    expect(r.issues.map((i) => i.rule)).toEqual(["lifecycle.before-announcement"]);
  });
  it("uses the caller's path and indices in issues", () => {
    const r = pledgeStatus(pledge, [ev("a", "lapsed", "2018-01-01"), ev("b", "lapsed", "2018-02-01")], {
      asOf: "2030-01-01",
      path: ["pledgeEvents"],
      indices: [7, 9],
    });
    expect(r.issues.map((i) => i.path)).toEqual([["pledgeEvents", 9]]);
  });
});

// Property tests over random event sequences.
const types = Object.keys(PLEDGE_EVENT_TYPES) as PledgeEventType[];
const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2016, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const events = fc.array(fc.record({ type: fc.constantFrom(...types), date: day }), { maxLength: 12 }).map((list) =>
  list.map((e, i) => ({ id: `e${i}`, pledgeId: "p", type: e.type, date: e.date })),
);
const announced = day;

/**
 * An independent reading of the rules: decides which events are legal on the
 * whole history, then takes the last legal status dated on or before asOf.
 */
function replay(announcedOn: string, list: { type: PledgeEventType; date: string }[], asOf: string) {
  let status: PledgeStatus = "announced";
  let last = announcedOn;
  let skipped = 0;
  let first = true;
  const reached: { status: PledgeStatus; date: string }[] = [{ status, date: announcedOn }];
  for (const e of list) {
    const ok =
      e.date >= announcedOn &&
      e.date >= last &&
      (e.type === "announced" ? first && status === "announced" : e.type === "amended" ? OPEN_STATUSES.includes(status) : TRANSITIONS[status].includes(EVENT_TARGET[e.type]!));
    if (!ok) {
      skipped++;
      continue;
    }
    first = false;
    last = e.date;
    if (EVENT_TARGET[e.type]) {
      status = EVENT_TARGET[e.type]!;
      reached.push({ status, date: e.date });
    }
  }
  if (announcedOn > asOf) return { status: undefined, skipped };
  return { status: reached.filter((r) => r.date <= asOf).at(-1)!.status, skipped };
}

describe("pledgeStatus properties", () => {
  it("never throws, and agrees with an independent replay of the rules", () => {
    fc.assert(
      fc.property(announced, events, day, (announcedOn, list, asOf) => {
        const r = pledgeStatus({ id: "p", announcedOn }, list, { asOf });
        const expected = replay(announcedOn, list, asOf);
        expect(r.status).toBe(expected.status);
        expect(r.issues.length).toBe(expected.skipped);
      }),
    );
  });
  it("every step of the history is a legal transition with non-decreasing dates", () => {
    fc.assert(
      fc.property(announced, events, (announcedOn, list) => {
        const { history } = pledgeStatus({ id: "p", announcedOn }, list, { asOf: "2099-12-31" });
        for (let i = 1; i < history.length; i++) {
          expect(TRANSITIONS[history[i - 1]!.status]).toContain(history[i]!.status);
          expect(history[i]!.since >= history[i - 1]!.since).toBe(true);
        }
      }),
    );
  });
  it("is monotone in time: once terminal, a pledge stays terminal at every later date", () => {
    fc.assert(
      fc.property(announced, events, day, day, (announcedOn, list, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const s1 = pledgeStatus({ id: "p", announcedOn }, list, { asOf: early }).status;
        const s2 = pledgeStatus({ id: "p", announcedOn }, list, { asOf: late }).status;
        if (s1 !== undefined && TERMINAL_STATUSES.includes(s1)) expect(s2).toBe(s1);
        if (s1 !== undefined) expect(s2).toBeDefined();
      }),
    );
  });
  it("with a legal, dated sequence, applies every event and reports nothing", () => {
    const legalPath = fc.subarray(["registered", "assessed", "pcrs-level-3", "rapid-deployment", "deployed"] as PledgeEventType[]);
    fc.assert(
      fc.property(legalPath, fc.constantFrom<PledgeEventType | undefined>("fulfilled", "withdrawn", "lapsed", undefined), (path, end) => {
        const seq = [...path, ...(end === "fulfilled" && !path.includes("deployed") ? [] : end ? [end] : [])];
        const list = seq.map((type, i) => ev(`e${i}`, type, `2018-01-${String(i + 10).padStart(2, "0")}`));
        const r = pledgeStatus(pledge, list, { asOf: "2030-01-01" });
        expect(r.issues).toEqual([]);
        expect(r.status).toBe(seq.length ? EVENT_TARGET[seq[seq.length - 1]!] : "announced");
      }),
    );
  });
});
