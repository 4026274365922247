/** The events of the framework as a timeline, with their themes and outcomes. */
import { EVENT_KINDS, formatDate } from "@bluehelm/core";
import type { JSX } from "preact";
import { listAll } from "../api.js";
import { Link, useApp } from "../app.js";
import { ActorLink, AsOfField, Show, Sources, useData, useReference, useTitle } from "../components.js";
import { formatNumber, localized } from "../i18n.js";

export function Events(): JSX.Element {
  const app = useApp();
  const { t, lang } = app;
  useTitle(t("events.title"));
  const ref = useReference();
  // The events that had begun by the view's date.
  const events = useData(`events-timeline|${app.asOf}`, () => listAll("event", { sort: "startDate", asOf: app.asOf }));
  return (
    <>
      <h1>{t("events.title")}</h1>
      <AsOfField value={app.asOf} onChange={(v) => app.navigate(app.link("/events", { asOf: v }), { replace: true })} />
      <Show loaded={ref}>
        {(r) => (
          <Show loaded={events}>
            {(list) => (
              <ol class="timeline-list">
                {list.map((e) => (
                  <li key={e.id}>
                    <article aria-labelledby={`e-${e.id}`}>
                      <p class="when">
                        <time dateTime={e.startDate}>{formatDate(e.startDate, lang)}</time>
                        {e.endDate && e.endDate !== e.startDate ? (
                          <>
                            {" – "}
                            <time dateTime={e.endDate}>{formatDate(e.endDate, lang)}</time>
                          </>
                        ) : null}{" "}
                        · {EVENT_KINDS[e.kind][lang]}
                      </p>
                      <h2 id={`e-${e.id}`}>{localized(lang, e.title)}</h2>
                      {e.city || e.countryId ? (
                        <p>
                          {t("events.where")}
                          {t("colon")}
                          {e.city ?? ""}
                          {e.city && e.countryId ? ", " : ""}
                          {e.countryId ? <ActorLink id={e.countryId} refs={r} /> : null}
                        </p>
                      ) : null}
                      {e.themeIds.length > 0 ? (
                        <>
                          <h3>{t("events.themes")}</h3>
                          <ul>
                            {e.themeIds.map((id) => (
                              <li key={id}>{localized(lang, r.themes.get(id)?.title) || id}</li>
                            ))}
                          </ul>
                        </>
                      ) : null}
                      {e.outcomes.length > 0 ? (
                        <>
                          <h3>{t("events.outcomes")}</h3>
                          <ul>
                            {e.outcomes.map((o, i) => (
                              <li key={i} data-statement="">
                                {localized(lang, o)}
                              </li>
                            ))}
                          </ul>
                        </>
                      ) : null}
                      {e.pledgeSummary?.pledges !== undefined ? (
                        <p>
                          {t("events.pledges")}
                          {t("colon")}
                          {e.pledgeSummary.atLeast ? "≥ " : ""}
                          {formatNumber(lang, e.pledgeSummary.pledges)}
                        </p>
                      ) : null}
                      <p>
                        <Link href={app.link("/pledges", { eventId: e.id })}>{t("overview.pledges.link")}</Link>
                      </p>
                      <Sources ids={e.sources} />
                    </article>
                  </li>
                ))}
              </ol>
            )}
          </Show>
        )}
      </Show>
    </>
  );
}
