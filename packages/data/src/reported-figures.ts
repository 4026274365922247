/**
 * @bluehelm/data/reported-figures — figures as the sources state them (counts of
 * endorsers, signatories, participants and pledges, a contributor's rank), dated
 * to the precision each source gives. Deep-frozen; importing this subpath loads
 * only this collection.
 *
 * @packageDocumentation
 */
import type { ReportedFigure } from "@bluehelm/core";
import data from "../json/reported-figures.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * Reported figures, each about one record (an instrument, an event, an actor),
 * with its qualifier ("more than", "about"…), date, sources and confidence.
 * Deep-frozen; also the default export of `@bluehelm/data/reported-figures`.
 *
 * @example
 * ```ts
 * import { reportedFigures } from "@bluehelm/data/reported-figures";
 *
 * const kigali = reportedFigures.filter((f) => f.subjectId === "kigali-principles" && f.measure === "endorsers");
 * console.log(kigali.map((f) => `${f.date?.date ?? "undated"}: ${f.value}`));
 * ```
 */
export const reportedFigures: readonly ReportedFigure[] = deepFreeze(data as unknown as ReportedFigure[]);
export default reportedFigures;
