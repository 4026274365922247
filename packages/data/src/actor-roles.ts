/**
 * @bluehelm/data/actor-roles — roles held by actors over a period (contributor ranks, co-chairs).
 * Deep-frozen; importing this subpath loads only this collection.
 */
import type { ActorRole } from "@bluehelm/core";
import data from "../json/actor-roles.json" with { type: "json" };
import { deepFreeze } from "./freeze.js";

export const actorRoles: readonly ActorRole[] = deepFreeze(data as unknown as ActorRole[]);
export default actorRoles;
