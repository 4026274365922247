/**
 * @bluehelm/data/deployment-sites — where missions had uniformed personnel, by year:
 * RADPKO base-years (13 African missions, 1999–2019) and Geo-PKO location-years (1994–2024).
 * Deep-frozen; importing this subpath loads only this collection.
 *
 * @packageDocumentation
 */
import type { DeploymentSite } from "@bluehelm/core";
import data from "../json/deployment-sites.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * Deployment sites: a RADPKO base-year (personnel by category and contributor,
 * yearly means) or a Geo-PKO location-year (troops, unit types, headquarters,
 * contributors). Deep-frozen; also the default export of `@bluehelm/data/deployment-sites`.
 *
 * @example
 * ```ts
 * import { deploymentSites } from "@bluehelm/data/deployment-sites";
 *
 * const bangui2019 = deploymentSites.filter((s) => s.missionId === "minusca" && s.year === 2019 && s.place.toLowerCase() === "bangui");
 * console.log(bangui2019.map((s) => [s.dataset, s.personnel.total ?? s.personnel.troops, s.contributors.length]));
 * ```
 */
export const deploymentSites: readonly DeploymentSite[] = deepFreeze(data as unknown as DeploymentSite[]);
export default deploymentSites;
