/** How records are named on screen, in a language (pure, shared by the pages, the tables and their CSV). */
import type { Mission } from "@bluehelm/core";
import type { Reference } from "./api.js";
import type { Lang } from "./i18n.js";

/** A mission's acronym in a language: the French one the UN uses (MINUSS, FINUL), where the data has it, else the English. */
export const acronymOf = (mission: Pick<Mission, "acronym" | "acronymFr">, lang: Lang): string => (lang === "fr" ? (mission.acronymFr ?? mission.acronym) : mission.acronym);

/** The acronym of a mission by its id, in a language; the id when the mission is unknown. */
export function missionAcronym(ref: Pick<Reference, "missions">, id: string | undefined, lang: Lang): string {
  if (id === undefined) return "";
  const mission = ref.missions.get(id);
  return mission ? acronymOf(mission, lang) : id;
}
