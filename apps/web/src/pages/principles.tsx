/** The instruments of the framework: their principles and their endorsers. */
import { INSTRUMENT_KINDS, type Instrument, type Principle } from "@bluehelm/core";
import type { JSX } from "preact";
import { api, listAll } from "../api.js";
import { useApp } from "../app.js";
import { ActorLink, AsOfField, Method, Show, Sources, useData, useReference, useTitle } from "../components.js";
import { localized } from "../i18n.js";

function InstrumentSection(props: { readonly instrument: Instrument; readonly principles: readonly Principle[] }): JSX.Element {
  const app = useApp();
  const { t, lang } = app;
  const ref = useReference();
  const { instrument } = props;
  const asOf = app.asOf;
  const endorsers = useData(`endorsers|${instrument.id}|${asOf}`, () => api.analytics("endorsers", { instrumentId: instrument.id, asOf }));
  const hid = `i-${instrument.id}`;
  return (
    <section class="instrument" aria-labelledby={hid}>
      <h2 id={hid}>{localized(lang, instrument.title)}</h2>
      <p class="muted">
        {INSTRUMENT_KINDS[instrument.kind][lang]}
        {instrument.adoptedOn ? ` · ${instrument.adoptedOn}` : ""}
      </p>
      <Sources ids={instrument.sources} />
      {props.principles.length > 0 ? (
        <>
          <h3>{t("principles.principles")}</h3>
          <ol class="principles">
            {props.principles.map((p) => (
              <li key={p.id} value={p.number}>
                <strong>{localized(lang, p.title)}</strong> — {localized(lang, p.summary)}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <Show loaded={endorsers}>
        {(a) => (
          <>
            <h3>{t("principles.endorsers", { n: a.value.length })}</h3>
            {props.principles.length > 0 && a.value.length > 0 ? <p>{t("principles.endorsedBy", { n: a.value.length })}</p> : null}
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
                          <ActorLink id={e.actorId} refs={r} /> <span class="muted">({t("principles.certainBy", { date: e.certainBy })})</span>
                        </li>
                      ))}
                  </ul>
                )}
              </Show>
            )}
            <Method method={a.method} />
            <Sources ids={a.sources} />
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
              return instruments.map((i) => <InstrumentSection key={i.id} instrument={i} principles={list.filter((p) => p.instrumentId === i.id).sort((a, b) => a.number - b.number)} />);
            }}
          </Show>
        )}
      </Show>
    </>
  );
}
