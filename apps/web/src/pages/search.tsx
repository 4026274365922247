/**
 * The search view: the words in the URL (`?q=`), the core's `search` over the
 * records as of the view's date, the hits grouped by kind, each linked to the
 * page of its record.
 */
import { ACTOR_KINDS, EVENT_KINDS, INSTRUMENT_KINDS, PLEDGE_KINDS, SEARCH_KINDS, formatDate, search, type SearchHit, type SearchKind, type SearchRecords } from "@bluehelm/core";
import type { JSX } from "preact";
import { listAll, reference, type Reference } from "../api.js";
import { Link, useApp, type AppState } from "../app.js";
import { AsOfField, Show, acronymOf, actorName, useData, useTitle } from "../components.js";
import { localized, type CountKey } from "../i18n.js";

/** The most hits the view shows; the core says how many matched in all. */
const LIMIT = 100;

interface Loaded {
  readonly records: SearchRecords;
  readonly ref: Reference;
}

async function load(): Promise<Loaded> {
  const [ref, principles, pledges, endorsements] = await Promise.all([reference(), listAll("principle"), listAll("pledge"), listAll("endorsement")]);
  return {
    ref,
    records: {
      actors: [...ref.actors.values()],
      missions: [...ref.missions.values()],
      instruments: [...ref.instruments.values()],
      events: [...ref.events.values()],
      principles,
      pledges,
      endorsements,
    },
  };
}

const GROUP: Readonly<Record<SearchKind, CountKey>> = {
  actor: "search.group.actor",
  mission: "search.group.mission",
  instrument: "search.group.instrument",
  principle: "search.group.principle",
  pledge: "search.group.pledge",
  event: "search.group.event",
};

/** The address of a hit's record: its profile, or the section or row of the page that shows it. */
function hrefOf(app: AppState, hit: SearchHit): string {
  switch (hit.kind) {
    case "actor":
      return app.link(`/states/${hit.id}`);
    case "mission":
      return app.link(`/missions/${hit.id}`);
    case "instrument":
      return `${app.link("/principles")}#i-${hit.id}`;
    case "principle":
      return `${app.link("/principles")}#i-${hit.record.instrumentId}`;
    case "pledge":
      return `${app.link("/pledges", { actorId: hit.record.actorId })}#p-${hit.id}`;
    case "event":
      return `${app.link("/events")}#e-${hit.id}`;
  }
}

/** A hit's name and what it is, in the language. */
function describe(app: AppState, ref: Reference, hit: SearchHit): { name: string; detail: string } {
  const { lang, t } = app;
  switch (hit.kind) {
    case "actor":
      return { name: hit.record.names[lang], detail: ACTOR_KINDS[hit.record.kind][lang] };
    case "mission":
      return { name: `${acronymOf(hit.record, lang)} — ${localized(lang, hit.record.names)}`, detail: hit.record.startDate ? formatDate(hit.record.startDate, lang) : "" };
    case "instrument":
      return { name: localized(lang, hit.record.title), detail: [INSTRUMENT_KINDS[hit.record.kind][lang], hit.record.adoptedOn ? formatDate(hit.record.adoptedOn, lang) : ""].filter(Boolean).join(" · ") };
    case "principle": {
      const instrument = localized(lang, hit.instrument?.shortTitle ?? hit.instrument?.title) || hit.record.instrumentId;
      return { name: localized(lang, hit.record.title), detail: t("search.principle", { n: hit.record.number, instrument }) };
    }
    case "pledge":
      return { name: localized(lang, hit.record.title), detail: [PLEDGE_KINDS[hit.record.kind][lang], actorName(ref, hit.record.actorId, lang), formatDate(hit.record.announcedOn, lang)].join(" · ") };
    case "event":
      return { name: localized(lang, hit.record.title), detail: `${EVENT_KINDS[hit.record.kind][lang]} · ${formatDate(hit.record.startDate, lang)}` };
  }
}

function Hit(props: { readonly hit: SearchHit; readonly refs: Reference }): JSX.Element {
  const app = useApp();
  const { t, lang } = app;
  const { hit, refs: ref } = props;
  const { name, detail } = describe(app, ref, hit);
  const endorsed = hit.kind === "actor" ? hit.endorsed.map((id) => localized(lang, ref.instruments.get(id)?.shortTitle ?? ref.instruments.get(id)?.title) || id) : [];
  return (
    <li data-kind={hit.kind} data-id={hit.id} data-match={hit.match}>
      <Link href={hrefOf(app, hit)}>{name}</Link>
      {detail ? <span class="muted kind">{detail}</span> : null}
      {/* What matched, when it is a name or an acronym that the name shown does not hold. */}
      {hit.match === "words" || hit.matched === hit.id || name.includes(hit.matched) ? null : <span class="muted kind">({t("search.matched", { text: hit.matched })})</span>}
      {endorsed.length > 0 ? <p class="muted">{t("search.endorsed", { list: endorsed.join(", ") })}</p> : null}
    </li>
  );
}

export default function SearchPage(): JSX.Element {
  const app = useApp();
  const { t } = app;
  const q = app.params.get("q") ?? "";
  useTitle(q.trim() ? `${t("search.title")}${t("colon")}${q.trim()}` : t("search.title"));
  const loaded = useData("search-records", load);
  return (
    <>
      <h1>{t("search.title")}</h1>
      <p class="intro">{t("search.intro")}</p>
      <form
        class="filters"
        role="search"
        aria-label={t("search.title")}
        onSubmit={(e) => {
          e.preventDefault();
          const value = new FormData(e.currentTarget).get("q");
          app.navigate(app.link("/search", { q: typeof value === "string" ? value.trim() : undefined }));
        }}
      >
        <div class="field">
          <label for="search-q">{t("search.field")}</label>
          <input id="search-q" key={q} name="q" type="search" defaultValue={q} aria-describedby="search-q-help" autoComplete="off" />
          <span id="search-q-help" class="help">
            {t("search.help")}
          </span>
        </div>
        <button type="submit">{t("search.go")}</button>
        <AsOfField value={app.asOf} onChange={(v) => app.navigate(app.link("/search", { q: q || undefined, asOf: v }), { replace: true })} />
      </form>
      <Show loaded={loaded}>
        {({ records, ref }) => {
          const answer = search(records, q, { asOf: app.asOf, limit: LIMIT });
          const status =
            answer.query === ""
              ? t("search.empty")
              : answer.total === 0
                ? t("search.none", { q: q.trim() })
                : `${app.tn("search.count", answer.total)}${answer.hits.length < answer.total ? ` ${app.tn("search.shown", answer.hits.length)}` : ""}`;
          return (
            <>
              <p role="status" id="search-status" data-total={answer.total}>
                {status}
              </p>
              {SEARCH_KINDS.map((kind) => {
                const hits = answer.hits.filter((h) => h.kind === kind);
                if (hits.length === 0) return null;
                return (
                  <section key={kind} aria-labelledby={`search-${kind}`} data-group={kind}>
                    <h2 id={`search-${kind}`}>{app.tn(GROUP[kind], hits.length)}</h2>
                    <ul class="search-results">
                      {hits.map((h) => (
                        <Hit key={h.id} hit={h} refs={ref} />
                      ))}
                    </ul>
                  </section>
                );
              })}
            </>
          );
        }}
      </Show>
    </>
  );
}
