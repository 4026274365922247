import type { PartialDate } from "./schemas/common.js";
import type { Mandate } from "./schemas/mission.js";

/**
 * A mandate's adoption date as a partial date: the day when it is sourced (`adoptedOn`), else the
 * month or year (`adoptedIn`).
 *
 * @example
 * ```ts
 * import { mandateAdoption } from "@bluehelm/core";
 * import { mandates } from "@bluehelm/data/mandates";
 *
 * for (const m of mandates.slice(0, 3)) console.log(m.id, mandateAdoption(m));
 * ```
 */
export function mandateAdoption(mandate: Pick<Mandate, "adoptedOn" | "adoptedIn">): PartialDate {
  if (mandate.adoptedOn !== undefined) return { precision: "day", date: mandate.adoptedOn, qualifier: "on" };
  // The schema requires one of the two; a record built around it without either counts from never.
  return mandate.adoptedIn ?? { precision: "day", date: "9999-12-31", qualifier: "on" };
}
