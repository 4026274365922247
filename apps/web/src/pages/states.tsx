/** The list of actors and the profile of a State (or organization). */
import { ACTOR_KINDS, CONFIDENCE, OIF_STATUSES, PLEDGE_KINDS, PLEDGE_STATUSES, REGIONAL_GROUPS, formatDate, languageName, type Actor } from "@bluehelm/core";
import { contributionsByMissionYear, isFrancophone, periodsEndedBy, yearsEndedBy } from "@bluehelm/core/analytics";
import type { JSX } from "preact";
import { useState } from "preact/hooks";
import { api, listAll, type Reference } from "../api.js";
import { Link, useApp } from "../app.js";
import { AsOfField, Downloads, Method, MissionLink, Show, Sources, eventTitle, useData, useReference, useTitle } from "../components.js";
import { PersonnelCharts } from "../personnel-charts.js";
import { formatNumber, localized } from "../i18n.js";

export function States(): JSX.Element {
  const app = useApp();
  const { t, lang } = app;
  useTitle(t("states.title"));
  const ref = useReference();
  const [query, setQuery] = useState("");
  const q = query.trim().toLowerCase();
  return (
    <>
      <h1>{t("states.title")}</h1>
      <div class="field">
        <label for="states-filter">{t("states.filter")}</label>
        <input id="states-filter" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </div>
      <Show loaded={ref}>
        {(r) =>
          (Object.keys(ACTOR_KINDS) as Actor["kind"][]).map((kind) => {
            const actors = [...r.actors.values()]
              .filter((a) => a.kind === kind && (!q || a.names.en.toLowerCase().includes(q) || a.names.fr.toLowerCase().includes(q)))
              .sort((a, b) => a.names[lang].localeCompare(b.names[lang], lang));
            if (actors.length === 0) return null;
            return (
              <section key={kind} aria-labelledby={`kind-${kind}`}>
                <h2 id={`kind-${kind}`}>
                  {ACTOR_KINDS[kind][lang]} ({actors.length})
                </h2>
                <ul class="columns">
                  {actors.map((a) => (
                    <li key={a.id}>
                      <Link href={app.link(`/states/${a.id}`)}>{a.names[lang]}</Link>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })
        }
      </Show>
    </>
  );
}


function Profile(props: { readonly actor: Actor; readonly refs: Reference }): JSX.Element {
  const app = useApp();
  const { t, lang } = app;
  const { actor, refs: ref } = props;
  const id = actor.id;
  const asOf = app.asOf;
  // Every list answers for the view's date: endorsements certain by it, pledges announced by it with their status on it,
  // and the annual figures of years that had ended by it.
  const endorsements = useData(`endorsements|${id}|${asOf}`, () => api.list("endorsement", { filter: { actorId: id }, limit: 1000, asOf }));
  const pledges = useData(`pledges-of|${id}|${asOf}`, () => api.list("pledge", { filter: { actorId: id }, limit: 1000, sort: "announcedOn", asOf }));
  const contributions = useData(`contributions-of|${id}|${asOf}`, async () => periodsEndedBy(await listAll("contribution", { filter: { contributorId: id }, asOf }), asOf));
  const series = useData(`personnel-of|${id}`, () => api.analytics("personnel-by-year", { contributorId: id }));
  const name = actor.names[lang];
  return (
    <>
      <AsOfField value={asOf} onChange={(v) => app.navigate(app.link(`/states/${id}`, { asOf: v }), { replace: true })} />
      <dl class="facts">
        <dt>{t("state.kind")}</dt>
        <dd>{ACTOR_KINDS[actor.kind][lang]}</dd>
        {actor.kind !== "organization" ? (
          <>
            <dt>{t("state.codes")}</dt>
            <dd>
              {actor.iso2} · {actor.iso3} · {String(actor.m49).padStart(3, "0")}
            </dd>
            <dt>{t("state.region")}</dt>
            <dd>{REGIONAL_GROUPS[actor.regionalGroup][lang]}</dd>
            <dt>{t("state.languages")}</dt>
            <dd>{actor.languages.map((code) => languageName(code, lang)).join(", ") || "—"}</dd>
            <dt>{t("state.oif")}</dt>
            <dd>{OIF_STATUSES[actor.oif][lang]}</dd>
            <dt>{t("state.francophone")}</dt>
            <dd>{isFrancophone(actor) ? t("yes") : t("no")}</dd>
          </>
        ) : (
          <>
            <dt>{t("state.acronym")}</dt>
            <dd>{actor.acronym}</dd>
          </>
        )}
        <dt>{t("sources")}</dt>
        <dd>
          {CONFIDENCE[actor.confidence][lang]} <Sources ids={actor.sources} />
        </dd>
      </dl>

      <section aria-labelledby="s-endorsements">
        <h2 id="s-endorsements">{t("state.endorsements")}</h2>
        <Show loaded={endorsements}>
          {(page) =>
            page.items.length === 0 ? (
              <p>{t("none")}</p>
            ) : (
              <ul>
                {page.items.map((e) => (
                  <li key={e.id}>
                    <Link href={app.link("/principles")}>{localized(lang, ref.instruments.get(e.instrumentId)?.title) || e.instrumentId}</Link> — {formatDate(e.date, lang)}
                    {e.eventId ? ` (${eventTitle(ref, e.eventId, lang)})` : ""} <Sources ids={e.sources} />
                  </li>
                ))}
              </ul>
            )
          }
        </Show>
      </section>

      <section aria-labelledby="s-pledges">
        <h2 id="s-pledges">{t("state.pledges")}</h2>
        <Show loaded={pledges}>
          {(page) =>
            page.items.length === 0 ? (
              <p>{t("none")}</p>
            ) : (
              <>
                <ul data-list="pledges">
                  {page.items.map((p) => (
                    <li key={p.id} data-id={p.id}>
                      <time dateTime={p.announcedOn}>{formatDate(p.announcedOn, lang)}</time>
                      {t("colon")}
                      {localized(lang, p.title)} — {PLEDGE_KINDS[p.kind][lang]}
                      {p.status ? `, ${PLEDGE_STATUSES[p.status][lang]}` : ""}
                    </li>
                  ))}
                </ul>
                <Link href={app.link("/pledges", { actorId: id })}>{t("overview.pledges.link")}</Link>
              </>
            )
          }
        </Show>
      </section>

      <section aria-labelledby="s-contributions">
        <h2 id="s-contributions">{t("state.contributions")}</h2>
        <Show loaded={contributions}>
          {(items) => {
            const { years, rows } = contributionsByMissionYear(items);
            if (rows.length === 0) return <p>{t("none")}</p>;
            return (
              <>
              <div class="scroll" tabIndex={0}>
                <table id="state-contributions">
                  <thead>
                    <tr>
                      <th scope="col">{t("state.mission")}</th>
                      {years.map((y) => (
                        <th scope="col" key={y} class="num">
                          {y}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.missionId}>
                        <th scope="row">
                          <MissionLink id={row.missionId} refs={ref} />
                        </th>
                        {years.map((y) => (
                          <td key={y} class="num">
                            {row.byYear.has(y) ? formatNumber(lang, row.byYear.get(y)!) : "—"}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Downloads table="state-contributions" name={`${t("state.contributions")} ${name}`} />
              </>
            );
          }}
        </Show>
        <Sources updated ids={[...new Set(contributions.state === "ready" ? contributions.data.flatMap((c) => c.sources) : [])]} />
      </section>

      <section aria-labelledby="s-women">
        <h2 id="s-women">{t("state.women")}</h2>
        <Show loaded={series}>{(a) => <PersonnelCharts id="state" points={yearsEndedBy(a.value, asOf)} subject={name} />}</Show>
        {series.state === "ready" ? (
          <>
            <Method method={series.data.method} />
            <Sources updated ids={series.data.sources} />
          </>
        ) : null}
      </section>
    </>
  );
}

export function StateProfile(props: { readonly id: string }): JSX.Element {
  const app = useApp();
  const ref = useReference();
  const actor = ref.state === "ready" ? ref.data.actors.get(props.id) : undefined;
  useTitle(actor ? actor.names[app.lang] : props.id);
  return (
    <Show loaded={ref}>
      {(r) =>
        actor ? (
          <>
            <h1>{actor.names[app.lang]}</h1>
            <Profile actor={actor} refs={r} />
          </>
        ) : (
          <>
            <h1>{app.t("notFound.title")}</h1>
            <p>{app.t("notFound.body")}</p>
          </>
        )
      }
    </Show>
  );
}
