/** The explorer's columns: the text of every cell, shared by the table and its CSV. */
import { PLEDGE_KINDS, PLEDGE_STATUSES, formatDate } from "@bluehelm/core";
import type { Item } from "@bluehelm/client";
import type { Reference } from "../api.js";
import { missionAcronym } from "../labels.js";
import { localized, type Lang, type MessageKey } from "../i18n.js";

export const PLEDGE_COLUMNS = ["id", "actor", "title", "kind", "status", "announced", "event", "mission"] as const;
export type PledgeColumn = (typeof PLEDGE_COLUMNS)[number];

export function pledgeHeader(t: (key: MessageKey) => string): string[] {
  return PLEDGE_COLUMNS.map((c) => t(`pledges.col.${c}`));
}

export function pledgeCells(p: Item<"pledge">, ref: Pick<Reference, "actors" | "events" | "missions">, lang: Lang): string[] {
  return [
    p.id,
    ref.actors.get(p.actorId)?.names[lang] ?? p.actorId,
    localized(lang, p.title),
    PLEDGE_KINDS[p.kind][lang],
    p.status ? PLEDGE_STATUSES[p.status][lang] : "",
    formatDate(p.announcedOn, lang),
    p.eventId === undefined ? "" : localized(lang, ref.events.get(p.eventId)?.title) || p.eventId,
    p.missionId === undefined ? "" : missionAcronym(ref, p.missionId, lang),
  ];
}
