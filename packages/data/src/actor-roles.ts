/**
 * @bluehelm/data/actor-roles — roles held by actors over a period (contributor ranks, co-chairs).
 * Deep-frozen; importing this subpath loads only this collection.
 *
 * @packageDocumentation
 */
import type { ActorRole } from "@bluehelm/core";
import data from "../json/actor-roles.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

/**
 * Roles held by actors over a period (contributor ranks, co-chairs).
 * Deep-frozen; also the default export of `@bluehelm/data/actor-roles`.
 *
 * @example
 * ```ts
 * import { actorRoles } from "@bluehelm/data/actor-roles";
 *
 * console.log(actorRoles.filter((r) => r.role === "host-state").map((r) => r.actorId));
 * ```
 */
export const actorRoles: readonly ActorRole[] = deepFreeze(data as unknown as ActorRole[]);
export default actorRoles;
