// A consumer's own functions over the store, with inferred (nameable) types.
import { openStore, RESOURCES, type Store } from "@bluehelm/store";

export async function missionsPage(store: Store) {
  return store.list("mission", { limit: 5, sort: "acronym" });
}
export const open = () => openStore({ dataDir: ".bluehelm/db" });
export const missionFields = RESOURCES.mission.fields;
