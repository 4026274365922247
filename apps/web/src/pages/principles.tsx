/** The instruments of the framework: their principles and their endorsers. */
import { CONFIDENCE, FIGURE_QUALIFIERS, INSTRUMENT_KINDS, REPORTED_MEASURES, formatDate, type Instrument, type Principle } from "@bluehelm/core";
import { cumulativeByYear } from "@bluehelm/core/analytics";
import type { JSX } from "preact";
import { api, listAll } from "../api.js";
import { useApp } from "../app.js";
import { Chart } from "../chart-lazy.js";
import { ActorLink, AsOfField, Method, Show, Sources, useData, useReference, useTitle } from "../components.js";
import { formatNumber, localized } from "../i18n.js";

function InstrumentSection(props: { readonly instrument: Instrument; readonly principles: readonly Principle[] }): JSX.Element {
  const app = useApp();
  const { t, lang } = app;
  const ref = useReference();
  const { instrument } = props;
  const asOf = app.asOf;
  const endorsers = useData(`endorsers|${instrument.id}|${asOf}`, () => api.analytics("endorsers", { instrumentId: instrument.id, asOf }));
  // Counts that sources report (founding endorsers, endorsers on a day), dated by the view's date: not the same as endorsements recorded State by State.
  const reported = useData(`reported|${instrument.id}|${asOf}`, () => listAll("reported-figure", { filter: { subjectId: instrument.id }, asOf }));
  const hid = `i-${instrument.id}`;
  return (
    <section class="instrument" aria-labelledby={hid}>
      <h2 id={hid}>{localized(lang, instrument.title)}</h2>
      <p class="muted">
        {INSTRUMENT_KINDS[instrument.kind][lang]}
        {instrument.adoptedOn ? ` · ${formatDate(instrument.adoptedOn, lang)}` : ""}
      </p>
      <Sources ids={instrument.sources} />
      {props.principles.length > 0 ? (
        <>
          <h3>{t("principles.principles")}</h3>
          <ol class="principles">
            {props.principles.map((p) => (
              <li key={p.id} value={p.number}>
                <strong>{localized(lang, p.title)}</strong> — {localized(lang, p.summary)}{" "}
                {p.wordingVerified === false ? (
                  <span class="tag unverified" data-unverified={p.number}>
                    {t("principles.unverified")}
                  </span>
                ) : (
                  <span class={`tag confidence-${p.confidence}`}>{CONFIDENCE[p.confidence][lang]}</span>
                )}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <Show loaded={endorsers}>
        {(a) => (
          <>
            <h3 data-endorsers={a.value.length}>{t("principles.endorsers", { n: a.value.length })}</h3>
            <Show loaded={reported}>
              {(figures) =>
                figures.length === 0 ? null : (
                  <div class="reported" data-reported={instrument.id}>
                    {instrument.endorsementsComplete === false ? <p class="note">{t("principles.incomplete")}</p> : null}
                    <p>{app.tn("principles.reportedNote", a.value.length)}</p>
                    <ul>
                      {figures.map((f) => (
                        <li key={f.id} data-figure={f.id}>
                          {FIGURE_QUALIFIERS[f.qualifier][lang]} {formatNumber(lang, f.value)}
                          {f.valueHigh !== undefined ? `–${formatNumber(lang, f.valueHigh)}` : ""} · {REPORTED_MEASURES[f.measure][lang]}
                          {" · "}
                          {f.date ? formatDate(f.date, lang) : t("principles.undated")} <Sources ids={f.sources} />
                        </li>
                      ))}
                    </ul>
                  </div>
                )
              }
            </Show>
            {a.value.length > 1 ? (
              <Chart
                id={`endorsements-${instrument.id}`}
                kind="bar"
                yearLabel={t("mission.year")}
                data={(() => {
                  const first = Number([...a.value].map((e) => e.certainBy).sort()[0]!.slice(0, 4));
                  const counts = cumulativeByYear(
                    a.value.map((e) => e.certainBy),
                    first,
                    asOf,
                  );
                  return { years: counts.map((c) => c.year), series: [{ key: "endorsers", values: counts.map((c) => c.count) }] };
                })()}
                text={{
                  title: t("principles.chart", { title: localized(lang, instrument.title) }),
                  desc: t("chart.desc"),
                  labels: { endorsers: t("principles.chart.series") },
                  unit: t("principles.chart.unit"),
                  format: (n) => formatNumber(lang, n),
                }}
              />
            ) : null}
            {a.value.length === 0 ? (
              <p>{t("none")}</p>
            ) : (
              <Show loaded={ref}>
                {(r) => (
                  <ul class="columns">
                    {[...a.value]
                      .sort((x, y) => (r.actors.get(x.actorId)?.names[lang] ?? x.actorId).localeCompare(r.actors.get(y.actorId)?.names[lang] ?? y.actorId, lang))
                      .map((e) => (
                        <li key={e.endorsementId}>
                          <ActorLink id={e.actorId} refs={r} /> <span class="muted">({t("principles.certainBy", { date: formatDate(e.certainBy, lang) })})</span>
                        </li>
                      ))}
                  </ul>
                )}
              </Show>
            )}
            <Method method={a.method} />
            <Sources updated ids={a.sources} />
          </>
        )}
      </Show>
    </section>
  );
}

export function Principles(): JSX.Element {
  const app = useApp();
  const { t } = app;
  useTitle(t("principles.title"));
  const ref = useReference();
  const principles = useData("principles", () => listAll("principle", { sort: "number" }));
  return (
    <>
      <h1>{t("principles.title")}</h1>
      <AsOfField value={app.asOf} onChange={(v) => app.navigate(app.link("/principles", { asOf: v }), { replace: true })} />
      <Show loaded={ref}>
        {(r) => (
          <Show loaded={principles}>
            {(list) => {
              // Instruments with principles first (the Kigali Principles), then by date.
              const instruments = [...r.instruments.values()].sort(
                (a, b) => Number(list.some((p) => p.instrumentId === b.id)) - Number(list.some((p) => p.instrumentId === a.id)) || (a.adoptedOn ?? "").localeCompare(b.adoptedOn ?? ""),
              );
              return instruments.filter((i) => i.adoptedOn === undefined || i.adoptedOn <= app.asOf).map((i) => <InstrumentSection key={i.id} instrument={i} principles={list.filter((p) => p.instrumentId === i.id).sort((a, b) => a.number - b.number)} />);
            }}
          </Show>
        )}
      </Show>
    </>
  );
}
