import { createRequire } from "node:module";
import type { Actor, OifStatus } from "@bluehelm/core";
import { countries as countryList } from "countries-list";
import { MEMBER_STATES, OBSERVER_STATES, type MemberEntry } from "../curated/un-members.js";
import { OIF_STATUS } from "../curated/oif.js";
import { ORGANIZATIONS } from "../curated/organizations.js";
import { LANGUAGE_OVERRIDES } from "../curated/languages.js";

interface IsoCountries {
  registerLocale(locale: unknown): void;
  alpha3ToAlpha2(code: string): string | undefined;
  alpha3ToNumeric(code: string): string | undefined;
  getName(code: string, lang: string, options?: { select: "official" | "alias" | "all" }): string | undefined;
}

const require = createRequire(import.meta.url);
const iso = require("i18n-iso-countries") as IsoCountries;
iso.registerLocale(require("i18n-iso-countries/langs/en.json"));
iso.registerLocale(require("i18n-iso-countries/langs/fr.json"));

function stateActor(entry: MemberEntry, kind: "state" | "observer"): Actor {
  const iso3 = entry.iso3;
  const iso2 = iso.alpha3ToAlpha2(iso3);
  const numeric = iso.alpha3ToNumeric(iso3);
  const en = iso.getName(iso3, "en", { select: "official" });
  const fr = iso.getName(iso3, "fr", { select: "official" });
  if (!iso2 || !numeric || !en || !fr) throw new Error(`actors: ISO 3166 data missing for ${iso3}`);
  const override = LANGUAGE_OVERRIDES[iso3];
  const listed = countryList[iso2 as keyof typeof countryList] as { languages: string[] } | undefined;
  if (!override && !listed) throw new Error(`actors: no language data for ${iso2}`);
  const languages = override ? [...override.languages] : [...(listed?.languages ?? [])];
  const oif: OifStatus = OIF_STATUS.get(iso3) ?? "none";
  const groupSource = entry.seen ? "un-dgacm-regional-groups" : "regional-groups-background";
  const notes = [
    `Regional group ${entry.seen ? "read on the stored copy of the DGACM regional groups page" : "not read on a retrieved source (background knowledge, unverified)"}.`,
    `OIF status "${oif}" from the curated OIF table, not checked entry by entry (unverified).`,
    ...(entry.note ? [entry.note] : []),
    ...(override ? [override.note] : []),
  ];
  const sources = ["i18n-iso-countries", "countries-list", groupSource, "oif-members-curated", ...(override ? override.sources : [])];
  return {
    kind,
    id: iso3.toLowerCase(),
    names: { en, fr },
    iso2,
    iso3,
    m49: Number(numeric),
    regionalGroup: entry.group,
    languages,
    oif,
    sources: [...new Set(sources)],
    confidence: entry.seen ? "reported" : "unverified",
    note: notes.join(" "),
  };
}

/** The 193 Member States, the 2 observer States and the organizations, sorted by id within each kind. */
export function buildActors(): Actor[] {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const states = MEMBER_STATES.map((e) => stateActor(e, "state")).sort(byId);
  const observers = OBSERVER_STATES.map((e) => stateActor(e, "observer")).sort(byId);
  const seen = new Set<string>();
  for (const a of [...states, ...observers]) {
    if (seen.has(a.id)) throw new Error(`actors: ${a.id} is listed twice`);
    seen.add(a.id);
  }
  for (const code of OIF_STATUS.keys()) {
    if (!seen.has(code.toLowerCase())) throw new Error(`actors: OIF table names ${code}, which is not a UN Member or observer State`);
  }
  return [...states, ...observers, ...[...ORGANIZATIONS].sort(byId)];
}
