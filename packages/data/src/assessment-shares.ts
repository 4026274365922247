/**
 * @bluehelm/data/assessment-shares — shares of UN scales of assessments, where sourced.
 * Deep-frozen; importing this subpath loads only this collection.
 */
import type { AssessmentShare } from "@bluehelm/core";
import data from "../json/assessment-shares.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

export const assessmentShares: readonly AssessmentShare[] = deepFreeze(data as unknown as AssessmentShare[]);
export default assessmentShares;
