/** The choices of the pages' selects (the explorer's filters, the editor's fields): value and text, in the current language. */
import type { Label } from "@bluehelm/core";
import type { Reference } from "./api.js";
import { localized, type Lang } from "./i18n.js";
import { acronymOf } from "./labels.js";

/** A select's choice: its value and the text shown. */
export type Option = [value: string, text: string];

/** The codes of a codelist with their labels, in the codelist's order. */
export const codelistOptions = (list: Readonly<Record<string, Label>>, lang: Lang): Option[] => Object.entries(list).map(([code, label]) => [code, label[lang]]);

/** Every actor by its name, in the language's alphabetical order. */
export const actorOptions = (ref: Pick<Reference, "actors">, lang: Lang): Option[] =>
  [...ref.actors.values()].sort((a, b) => a.names[lang].localeCompare(b.names[lang], lang)).map((a) => [a.id, a.names[lang]]);

/** Every event by its title and year, oldest first; with a date, only the events that had begun by it. */
export const eventOptions = (ref: Pick<Reference, "events">, lang: Lang, asOf?: string): Option[] =>
  [...ref.events.values()]
    .filter((e) => asOf === undefined || e.startDate <= asOf)
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .map((e) => [e.id, `${localized(lang, e.title)} (${e.startDate.slice(0, 4)})`]);

/** Every mission by its acronym in the language (the French one the UN uses, where the data has it), alphabetically. */
export const missionOptions = (ref: Pick<Reference, "missions">, lang: Lang = "en"): Option[] =>
  [...ref.missions.values()]
    .map((m): Option => [m.id, acronymOf(m, lang)])
    .sort((a, b) => a[1].localeCompare(b[1], lang));
