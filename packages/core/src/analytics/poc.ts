import type { PocLevel } from "../codelists.js";
import { today } from "../dates.js";
import { answer, share, type Answer } from "./answer.js";
import type { PartialDate } from "../schemas/common.js";
import { mandateAdoption } from "../mandate-dates.js";
import { isActive, mandateStanding, personnelOn, type DatasetIndex } from "./dataset-index.js";
import type { AsOfOptions } from "./endorsements.js";

/**
 * One active mission and its PoC standing on a date.
 *
 * @example
 * ```ts
 * import { createIndex, pocCoverage, type MissionPoc } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const missions: readonly MissionPoc[] = pocCoverage(index, { asOf: "2024-01-01" }).value.missions;
 * console.log(missions.filter((m) => m.poc === "core").map((m) => m.missionId));
 * ```
 */
export interface MissionPoc {
  readonly missionId: string;
  /** The PoC level of the mandate in force; undefined when no mandate is recorded. */
  readonly poc: PocLevel | undefined;
  readonly mandateId: string | undefined;
  /** The adoption date of the mandate in force, to the precision the sources give it. */
  readonly mandateAdopted: PartialDate | undefined;
  /**
   * Later mandates whose adoption date is known only to a month or a year that covers the date:
   * they may already have replaced the mandate in force, but are not certain to have (so they do
   * not count yet).
   */
  readonly uncertainMandateIds: readonly string[];
  /** Uniformed personnel on the date; undefined when no contribution covers it. */
  readonly personnel: number | undefined;
}

/**
 * PoC coverage of peacekeeping on a date.
 *
 * @example
 * ```ts
 * import { createIndex, pocCoverage, type PocCoverage } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const coverage: PocCoverage = pocCoverage(index, { asOf: "2024-01-01" }).value;
 * console.log(coverage.withPoc, coverage.active, coverage.personnelShare);
 * ```
 */
export interface PocCoverage {
  readonly missions: readonly MissionPoc[];
  readonly active: number;
  /** Active missions whose mandate in force includes PoC (limited or core). */
  readonly withPoc: number;
  /** Active missions with no mandate recorded: left out of the share. */
  readonly unknown: number;
  /** withPoc ÷ active missions with a known mandate. */
  readonly missionShare: number | undefined;
  /** Personnel in missions with PoC ÷ personnel in missions with a known mandate and known personnel. */
  readonly personnelShare: number | undefined;
  readonly personnelUnderPoc: number;
  readonly personnelCounted: number;
}

/**
 * Which missions were active with a PoC mandate on a date, their share of
 * active missions, and the share of deployed uniformed personnel serving
 * under PoC mandates.
 *
 * @example
 * ```ts
 * import { createIndex, pocCoverage } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const { value, method } = pocCoverage(index, { asOf: "2024-01-01" });
 * console.log(value.missionShare, value.personnelShare, method.en);
 * ```
 */
export function pocCoverage(index: DatasetIndex, options: AsOfOptions = {}): Answer<PocCoverage> {
  const asOf = options.asOf ?? today();
  const used: { sources: readonly string[] }[] = [];
  const missions: MissionPoc[] = [];
  for (const mission of index.missions.values()) {
    if (!isActive(mission, asOf)) continue;
    used.push(mission);
    const { mandate, uncertain } = mandateStanding(index, mission.id, asOf);
    if (mandate) used.push(mandate);
    const people = personnelOn(index, mission.id, asOf);
    for (const r of people.records) used.push(r);
    missions.push({
      missionId: mission.id,
      poc: mandate?.poc,
      mandateId: mandate?.id,
      mandateAdopted: mandate ? mandateAdoption(mandate) : undefined,
      uncertainMandateIds: uncertain.map((m) => m.id),
      personnel: people.total,
    });
  }
  const known = missions.filter((m) => m.poc !== undefined);
  const withPoc = known.filter((m) => m.poc !== "none");
  const counted = known.filter((m) => m.personnel !== undefined);
  const personnelCounted = counted.reduce((s, m) => s + m.personnel!, 0);
  const personnelUnderPoc = counted.filter((m) => m.poc !== "none").reduce((s, m) => s + m.personnel!, 0);
  return answer(
    asOf,
    {
      missions,
      active: missions.length,
      withPoc: withPoc.length,
      unknown: missions.length - known.length,
      missionShare: share(withPoc.length, known.length),
      personnelShare: share(personnelUnderPoc, personnelCounted),
      personnelUnderPoc,
      personnelCounted,
    },
    {
      en: "Missions active on the date; the mandate in force is the latest certainly adopted on or before it: a mandate whose adoption is known only to a month or a year counts from the last day of that month or year, and until then the later mandates that may already apply are listed as uncertain. PoC means a limited or core PoC level. Missions without a recorded mandate are left out of the shares; personnel come from the contributions whose period contains the date.",
      fr: "Missions actives à la date ; le mandat en vigueur est le dernier adopté de façon certaine à cette date ou avant : un mandat dont l'adoption n'est connue qu'au mois ou à l'année près compte à partir du dernier jour de ce mois ou de cette année, et d'ici là les mandats plus récents qui pourraient déjà s'appliquer sont signalés comme incertains. PoC signifie un niveau limité ou principal. Les missions sans mandat enregistré sont exclues des parts ; les effectifs viennent des contributions dont la période contient la date.",
    },
    used,
  );
}
