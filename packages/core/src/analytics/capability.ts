import type { UnitType } from "../codelists.js";
import { today } from "../dates.js";
import { answer, type Answer } from "./answer.js";
import type { DatasetIndex } from "./dataset-index.js";
import type { AsOfOptions } from "./endorsements.js";
import { pledgesAsOf } from "./pledges.js";

/**
 * The gap for one unit type of a mission.
 *
 * @example
 * ```ts
 * import { createIndex, capabilityGaps, type CapabilityGap } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const gaps: CapabilityGap[] = capabilityGaps(index, "minusma", { asOf: "2018-01-01" }).value;
 * console.log(gaps.map((g) => `${g.unitType}: ${g.gap}`));
 * ```
 */
export interface CapabilityGap {
  readonly unitType: UnitType;
  readonly required: number;
  readonly deployed: number;
  /** Pledged for the mission, not yet deployed (open statuses before deployment). */
  readonly pledged: number;
  /** max(0, required − deployed − pledged). */
  readonly gap: number;
  readonly languages: { readonly required: readonly string[]; readonly missing: readonly string[] };
  readonly women: { readonly required: number; readonly offered: number; readonly gap: number };
}

/**
 * A mission's capability gaps on a date, by unit type: what DPO requires
 * (requirements published on or before the date) minus what is deployed
 * minus what is pledged but not yet deployed, with the languages and women
 * the requirements ask for.
 *
 * @example
 * ```ts
 * import { createIndex, capabilityGaps } from "@bluehelm/core/analytics";
 * import { loadDataset } from "@bluehelm/data";
 *
 * const index = createIndex(loadDataset());
 * const { value } = capabilityGaps(index, "minusma", { asOf: "2018-01-01" });
 * for (const gap of value) console.log(gap.unitType, gap.required, gap.deployed, gap.pledged, gap.gap);
 * ```
 */
export function capabilityGaps(index: DatasetIndex, missionId: string, options: AsOfOptions = {}): Answer<CapabilityGap[]> {
  const asOf = options.asOf ?? today();
  const requirements = (index.requirementsByMission.get(missionId) ?? []).filter((r) => r.publishedOn <= asOf);
  const pledges = pledgesAsOf(index, { asOf, filter: { missionId } }).value.filter((p) => p.pledge.unit !== undefined);
  const types = new Set<UnitType>(requirements.map((r) => r.unitType));
  const value: CapabilityGap[] = [];
  for (const unitType of [...types].sort()) {
    const reqs = requirements.filter((r) => r.unitType === unitType);
    const ofType = pledges.filter((p) => p.pledge.unit!.unitType === unitType);
    const deployedUnits = ofType.filter((p) => p.status === "deployed");
    const pledgedUnits = ofType.filter((p) => ["announced", "registered", "assessed", "pcrs-level-3", "rapid-deployment"].includes(p.status));
    const required = reqs.reduce((s, r) => s + (r.quantity ?? 1), 0);
    const deployed = deployedUnits.reduce((s, p) => s + p.pledge.unit!.quantity, 0);
    const pledged = pledgedUnits.reduce((s, p) => s + p.pledge.unit!.quantity, 0);
    const languagesRequired = [...new Set(reqs.flatMap((r) => r.languages))].sort();
    const offeredLanguages = new Set([...deployedUnits, ...pledgedUnits].flatMap((p) => p.pledge.unit!.languages));
    const womenRequired = reqs.reduce((s, r) => s + (r.womenMinimum ?? 0), 0);
    const womenOffered = [...deployedUnits, ...pledgedUnits].reduce((s, p) => s + (p.pledge.unit!.women ?? 0), 0);
    value.push({
      unitType,
      required,
      deployed,
      pledged,
      gap: Math.max(0, required - deployed - pledged),
      languages: { required: languagesRequired, missing: languagesRequired.filter((l) => !offeredLanguages.has(l)) },
      women: { required: womenRequired, offered: womenOffered, gap: Math.max(0, womenRequired - womenOffered) },
    });
  }
  return answer(
    asOf,
    value,
    {
      en: "Per unit type: units required by the requirements published on or before the date, minus units of pledges for the mission deployed on the date, minus units pledged and not yet deployed.",
      fr: "Par type d'unité : unités requises par les besoins publiés à la date ou avant, moins les unités des engagements déployées à la date, moins les unités promises pas encore déployées.",
    },
    [...requirements, ...pledges.map((p) => p.pledge)],
  );
}
