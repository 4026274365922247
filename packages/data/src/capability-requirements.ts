/**
 * @bluehelm/data/capability-requirements — capability requirements published by DPO.
 * Deep-frozen; importing this subpath loads only this collection.
 */
import type { CapabilityRequirement } from "@bluehelm/core";
import data from "../json/capability-requirements.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

export const capabilityRequirements: readonly CapabilityRequirement[] = deepFreeze(data as unknown as CapabilityRequirement[]);
export default capabilityRequirements;
