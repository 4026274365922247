/**
 * @bluehelm/data/capability-requirements — capability requirements published by DPO.
 * Deep-frozen; importing this subpath loads only this collection.
 *
 * @packageDocumentation
 */
import type { CapabilityRequirement } from "@bluehelm/core";
import data from "../json/capability-requirements.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * Capability requirements published by DPO.
 * Deep-frozen; also the default export of `@bluehelm/data/capability-requirements`.
 *
 * @example
 * ```ts
 * import { capabilityRequirements } from "@bluehelm/data/capability-requirements";
 *
 * console.log(capabilityRequirements.map((r) => `${r.missionId ?? "any"}: ${r.unitType}`));
 * ```
 */
export const capabilityRequirements: readonly CapabilityRequirement[] = deepFreeze(data as unknown as CapabilityRequirement[]);
export default capabilityRequirements;
