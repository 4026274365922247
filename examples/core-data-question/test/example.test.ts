import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { endorsements } from "@bluehelm/data/endorsements";
import { describe as suite, expect, it } from "vitest";
import { answer, describe } from "../src/question.js";

const dir = join(import.meta.dirname, "..");

suite("answering a question with core and data", () => {
  it("runs as a script against the built packages and prints the answer with its sources", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "src/index.ts", "--as-of", "2022-12-31"], { cwd: dir, encoding: "utf8" });
    expect(out).toMatch(/^As of 2022-12-31, \d+ of the top 30 contributors \(\d+ %\) had endorsed the Kigali Principles: [a-z]{3}(, [a-z]{3})*\.$/m);
    expect(out).toMatch(/^Sources: .+\.$/m);
    expect(out).toMatch(/^\d+ missions were active; \d+ carried a PoC mandate/m);
    const json = JSON.parse(execFileSync(process.execPath, ["--import", "tsx", "src/index.ts", "--as-of", "2022-12-31", "--json"], { cwd: dir, encoding: "utf8" })) as unknown;
    expect(json).toEqual(answer("2022-12-31"));
  });

  it("counts only contributors with an endorsement dated by the day asked", () => {
    const a = answer("2022-12-31");
    expect(a.kigali.size).toBe(30);
    const endorsed = new Set(endorsements.filter((e) => e.instrumentId === "kigali-principles").map((e) => e.actorId));
    for (const id of a.kigali.endorsers) expect(endorsed.has(id)).toBe(true);
    expect(a.kigali.share).toBeCloseTo(a.kigali.endorsers.length / 30);
    // Endorsements are never withdrawn: a later date keeps every earlier endorser of the same ranking.
    const later = answer("2024-12-31");
    for (const id of answer("2021-06-30").kigali.endorsers) expect(later.kigali.endorsers).toContain(id);
    expect(describe(a)[0]).toContain(`${a.kigali.endorsers.length} of the top 30`);
  });
});
