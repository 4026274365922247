/** The world map: endorsements, contributions or women's share by country, for a year. */
import { geoEqualEarth, geoPath } from "d3-geo";
import type { JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import { formatDate, today } from "@bluehelm/core";
import { womenShareByKey } from "@bluehelm/core/analytics";
import { api, type Reference } from "../api.js";
import { useApp } from "../app.js";
import { ActorLink, Method, Show, Sources, useData, useReference, useTitle, type Loaded } from "../components.js";
import { formatNumber, formatPercent, type Lang, type MessageKey } from "../i18n.js";
import { loadCountries } from "./atlas.js";
import { LAYERS, bucketOf, layerOf, layerYear, legendOf, type Layer, type LayerData } from "./map-layers.js";

interface Shape {
  readonly id: number;
  readonly d: string;
}

const WIDTH = 960;
const HEIGHT = 480;

/** The countries as SVG paths, keyed by their ISO 3166-1 numeric code (the world atlas's feature ids). */
async function loadShapes(): Promise<Shape[]> {
  const countries = await loadCountries();
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], countries);
  const path = geoPath(projection);
  return countries.features.flatMap((f) => {
    const d = path(f);
    return d && f.id !== undefined ? [{ id: Number(f.id), d }] : [];
  });
}

let shapes: Promise<Shape[]> | undefined;

async function loadLayer(layer: Layer, asOf: string): Promise<LayerData> {
  const year = layerYear(layer, asOf);
  if (layer === "endorsements") {
    const a = await api.analytics("endorsement-coverage", { asOf });
    const values = new Map<string, number>();
    for (const id of a.value.endorsers) values.set(id, 1);
    for (const id of a.value.nonEndorsers) values.set(id, 0);
    return { layer, year, values, method: a.method, sources: a.sources };
  }
  if (layer === "contributions") {
    const a = await api.analytics("top-contributors", { from: year, to: year, n: 200 });
    return { layer, year, values: new Map(a.value.map((r) => [r.contributorId, r.personnel])), method: a.method, sources: a.sources };
  }
  const a = await api.analytics("gender-shares", { year, by: "contributor" });
  return { layer, year, values: womenShareByKey(a.value), method: a.method, sources: a.sources };
}

function format(layer: Layer, value: number, lang: Lang, t: (k: MessageKey) => string): string {
  if (layer === "endorsements") return value === 1 ? t("map.endorsed") : t("map.notEndorsed");
  if (layer === "contributions") return formatNumber(lang, value);
  return formatPercent(lang, value);
}

function WorldMap(props: { readonly data: LayerData; readonly refs: Reference }): JSX.Element {
  const { t, lang } = useApp();
  const [loaded, setLoaded] = useState<Loaded<Shape[]>>({ state: "loading" });
  useEffect(() => {
    shapes ??= loadShapes();
    shapes.then(
      (data) => setLoaded({ state: "ready", data }),
      (error: unknown) => {
        shapes = undefined;
        setLoaded({ state: "error", error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
  }, []);
  const byM49 = new Map<number, { id: string; value: number | undefined }>();
  for (const actor of props.refs.actors.values()) {
    if (actor.kind === "organization") continue;
    byM49.set(actor.m49, { id: actor.id, value: props.data.values.get(actor.id) });
  }
  const layerName = t(`map.layer.${props.data.layer}`);
  return (
    <Show loaded={loaded}>
      {(list) => (
        <svg class="world" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t("map.alt", { layer: layerName, year: props.data.year })}>
          {list.map((s) => {
            const hit = byM49.get(s.id);
            const bucket = bucketOf(props.data.layer, hit?.value);
            const name = hit ? (props.refs.actors.get(hit.id)?.names[lang] ?? hit.id) : "";
            return (
              <path key={s.id} d={s.d} class={`b${bucket}`} data-m49={s.id} data-actor={hit?.id}>
                {name ? <title>{`${name}${t("colon")}${hit?.value === undefined ? t("map.noData") : format(props.data.layer, hit.value, lang, t)}`}</title> : null}
              </path>
            );
          })}
        </svg>
      )}
    </Show>
  );
}

export default function MapPage(): JSX.Element {
  const app = useApp();
  const { t, lang } = app;
  useTitle(t("map.title"));
  const layer = layerOf(app.params.get("layer"));
  const asOf = app.asOf;
  const year = Number(asOf.slice(0, 4));
  const thisYear = Number(today().slice(0, 4));
  const ref = useReference();
  const data = useData(`map|${layer}|${asOf}`, () => loadLayer(layer, asOf));
  // While the slider is dragged its year is shown; the view changes (and loads) when it is let go.
  const [dragged, setDragged] = useState<number | undefined>();
  const set = (next: { layer?: Layer; year?: number }) => {
    const y = next.year ?? year;
    app.navigate(app.link("/map", { layer: next.layer ?? layer, asOf: next.year === undefined ? asOf : y >= thisYear ? today() : `${y}-12-31` }), { replace: true });
  };
  return (
    <>
      <h1>{t("map.title")}</h1>
      <div class="controls">
        <fieldset class="layers">
          <legend>{t("map.layer")}</legend>
          {LAYERS.map((l) => (
            <label key={l}>
              <input type="radio" name="layer" value={l} checked={l === layer} onChange={() => set({ layer: l })} /> {t(`map.layer.${l}`)}
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="map-year">
            {t("map.year")}
            {t("colon")}
            <output for="map-year">{dragged ?? year}</output>
          </label>
          <input
            id="map-year"
            type="range"
            min={2011}
            max={thisYear}
            step={1}
            value={dragged ?? Math.min(Math.max(year, 2011), thisYear)}
            onInput={(e) => setDragged(Number(e.currentTarget.value))}
            onChange={(e) => {
              setDragged(undefined);
              set({ year: Number(e.currentTarget.value) });
            }}
          />
          <span class="help">
            {t("asOf")} {formatDate(asOf, lang)}
            {layerYear(layer, asOf) !== year ? ` · ${t("map.yearEnded", { year: layerYear(layer, asOf), date: formatDate(asOf, lang) })}` : ""}
          </span>
        </div>
      </div>
      <Show loaded={ref}>
        {(r) => (
          <Show loaded={data}>
            {(d) => {
              const rows = [...d.values.entries()].filter(([id]) => r.actors.has(id)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
              return (
                <>
                  <WorldMap data={d} refs={r} />
                  <div class="legend" aria-label={t("map.legend")} role="group">
                    {legendOf(d.layer, lang, t).map((item) => (
                      <span key={item.bucket} class="legend-item">
                        <span class={`swatch b${item.bucket}`} aria-hidden="true" /> {item.label}
                      </span>
                    ))}
                  </div>
                  <Method method={d.method} />
                  <Sources ids={d.sources} />
                  <details class="map-table">
                    <summary>{t("map.table")} ({rows.length})</summary>
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">{t("map.country")}</th>
                          <th scope="col">{t("map.value")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {rows.map(([id, value]) => (
                          <tr key={id}>
                            <td>
                              <ActorLink id={id} refs={r} />
                            </td>
                            <td class="num">{format(d.layer, value, lang, t)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </details>
                </>
              );
            }}
          </Show>
        )}
      </Show>
    </>
  );
}
