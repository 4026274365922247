/**
 * @bluehelm/data/assessment-shares — shares of UN scales of assessments, where sourced.
 * Deep-frozen; importing this subpath loads only this collection.
 *
 * @packageDocumentation
 */
import type { AssessmentShare } from "@bluehelm/core";
import data from "../json/assessment-shares.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * Shares of UN scales of assessments, where sourced.
 * Deep-frozen; also the default export of `@bluehelm/data/assessment-shares`.
 *
 * @example
 * ```ts
 * import { assessmentShares } from "@bluehelm/data/assessment-shares";
 *
 * console.log(assessmentShares.filter((s) => s.actorId === "can").map((s) => `${s.fromYear}–${s.toYear}: ${s.percent} %`));
 * ```
 */
export const assessmentShares: readonly AssessmentShare[] = deepFreeze(data as unknown as AssessmentShare[]);
export default assessmentShares;
