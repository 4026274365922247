// Valid synthetic data at any scale, for measuring how the store and the API
// grow with the data. Deterministic (a seeded generator): the same scale gives
// the same records on every run and every machine.
//
// One unit of scale is 2,000 pledges with 10,000 pledge events and 40,000
// contributions, on the reference dataset's actors, missions and sources;
// 100× is 200,000 pledges, 1,000,000 pledge events and 4,000,000
// contributions. Records are yielded one at a time, so a large scale can be
// streamed to a file or a database without holding it in memory.
import type { Contribution, Pledge, PledgeEvent, PledgeEventType, PersonnelCategory, PledgeKind, ReadonlyDataset } from "@bluehelm/core";
import { seededRandom } from "@bluehelm/core/analytics";

/** Records per unit of scale. */
export const PER_SCALE = Object.freeze({ pledges: 2_000, pledgeEvents: 10_000, contributions: 40_000 });

/** The history every synthetic pledge goes through: five events, each allowed by the lifecycle after the one before. */
const HISTORY: readonly PledgeEventType[] = ["registered", "assessed", "pcrs-level-3", "deployed", "fulfilled"];
const KINDS: readonly PledgeKind[] = ["training", "equipment", "personnel", "partnership", "policy"];
const CATEGORIES: readonly PersonnelCategory[] = ["troops", "staff-officers", "military-observers", "individual-police", "formed-police-units"];
const DAY = 86_400_000;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const count = (perScale: number, scale: number) => Math.round(perScale * scale);

interface Frame {
  readonly states: readonly string[];
  readonly missions: readonly { id: string; start: number; end: number }[];
  readonly source: string;
}

function frame(base: ReadonlyDataset): Frame {
  const states = (base.actors ?? []).filter((a) => a.kind === "state").map((a) => a.id);
  const end = Date.UTC(2020, 11, 31);
  const missions = (base.missions ?? [])
    .filter((m) => m.startDate !== undefined)
    .map((m) => ({ id: m.id, start: Date.parse(m.startDate!), end: Math.min(m.endDate ? Date.parse(m.endDate) : end, end) }))
    .filter((m) => m.end - m.start >= 62 * DAY);
  const source = base.sources?.[0]?.id;
  if (states.length === 0 || missions.length === 0 || source === undefined) throw new Error("The base dataset needs States, missions with dates and a source.");
  return { states, missions, source };
}

/**
 * Synthetic pledges: `PER_SCALE.pledges × scale` of them, by States of the
 * base dataset, announced between 2015 and 2019.
 */
export function* syntheticPledges(base: ReadonlyDataset, scale: number, seed = 1): Generator<Pledge> {
  const f = frame(base);
  const next = seededRandom(seed);
  const from = Date.UTC(2015, 0, 1);
  for (let i = 0; i < count(PER_SCALE.pledges, scale); i++) {
    yield {
      id: `synthetic-pledge-${i}`,
      actorId: f.states[Math.floor(next() * f.states.length)]!,
      announcedOn: iso(from + Math.floor(next() * 5 * 365) * DAY),
      kind: KINDS[i % KINDS.length]!,
      title: { en: `Synthetic pledge ${i}` },
      themeIds: [],
      partnerIds: [],
      sources: [f.source],
      confidence: "unverified",
    };
  }
}

/**
 * The events of the synthetic pledges: five a pledge, in lifecycle order, the
 * first within 90 days of the announcement and each later one within 90 days
 * of the one before.
 */
export function* syntheticPledgeEvents(base: ReadonlyDataset, scale: number, seed = 1): Generator<PledgeEvent> {
  const next = seededRandom(seed + 1);
  for (const pledge of syntheticPledges(base, scale, seed)) {
    let day = Date.parse(pledge.announcedOn);
    for (const [step, type] of HISTORY.entries()) {
      day += (1 + Math.floor(next() * 90)) * DAY;
      yield { id: `${pledge.id}-${step}`, pledgeId: pledge.id, type, date: iso(day), sources: [pledge.sources[0]!], confidence: "unverified" };
    }
  }
}

/**
 * Synthetic contributions: month-end head counts (`snapshot`) of a State in a
 * mission and a category, within the mission's dates; women never more than
 * the total and women + men = total. No two share contributor, mission,
 * category and date.
 */
export function* syntheticContributions(base: ReadonlyDataset, scale: number, seed = 1): Generator<Contribution> {
  const f = frame(base);
  const next = seededRandom(seed + 2);
  const n = count(PER_SCALE.contributions, scale);
  // Walk the (mission, month) slots in a fixed order; each slot takes every (State, category) pair before moving on.
  const perSlot = f.states.length * CATEGORIES.length;
  let made = 0;
  for (let month = 0; made < n; month++) {
    let any = false;
    for (const m of f.missions) {
      const first = new Date(m.start);
      const monthEnd = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + month + 2, 0);
      if (monthEnd > m.end) continue;
      any = true;
      for (let k = 0; k < perSlot && made < n; k++) {
        const total = 1 + Math.floor(next() * 900);
        const women = Math.floor(next() * Math.min(total, 120));
        const date = iso(monthEnd);
        yield {
          id: `synthetic-contribution-${made}`,
          contributorId: f.states[k % f.states.length]!,
          missionId: m.id,
          periodStart: date,
          periodEnd: date,
          measure: "snapshot",
          category: CATEGORIES[Math.floor(k / f.states.length)]!,
          women,
          men: total - women,
          total,
          sources: [f.source],
          confidence: "unverified",
        };
        made++;
      }
    }
    if (!any) throw new Error(`The missions' months cannot hold ${n} contributions; ${made} made.`);
  }
}

/** The base dataset with the synthetic records of a scale added, in memory (for small scales). */
export function syntheticDataset(base: ReadonlyDataset, scale: number, seed = 1): ReadonlyDataset {
  return {
    ...base,
    pledges: [...(base.pledges ?? []), ...syntheticPledges(base, scale, seed)],
    pledgeEvents: [...(base.pledgeEvents ?? []), ...syntheticPledgeEvents(base, scale, seed)],
    contributions: [...(base.contributions ?? []), ...syntheticContributions(base, scale, seed)],
  };
}

/**
 * The parameters of the analytics questions that need some (the others take their defaults), for the
 * benchmarks that ask every question at scale; contributions are asked for as snapshots, the measure of
 * the synthetic ones, so that those answers grow with the scale.
 */
export const QUESTION_PARAMS: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.freeze({
  "capability-gaps": { missionId: "minusca" },
  "gender-shares": { year: "2019", by: "contributor", measure: "snapshot" },
  "top-contributors": { from: "2015", to: "2019", measure: "snapshot" },
  "violence-near-sites": { missionId: "minusca" },
  "presence-comparison": { missionId: "minusca" },
});
