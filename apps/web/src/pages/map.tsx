/** The world map: endorsements, contributions or women's share by country, for a year; each country links to its State profile, and the years can be played. */
import { geoEqualEarth, geoPath } from "d3-geo";
import type { JSX } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { formatDate, today } from "@bluehelm/core";
import { womenShareByKey } from "@bluehelm/core/analytics";
import { api, type Reference } from "../api.js";
import { useApp } from "../app.js";
import { ActorLink, Method, Show, Sources, useData, useReference, useTitle, type Loaded } from "../components.js";
import { formatNumber, formatPercent, type Lang, type MessageKey } from "../i18n.js";
import { loadCountries } from "./atlas.js";
import { LAYERS, bucketOf, layerOf, layerYear, legendOf, legendUnit, type Layer, type LayerData } from "./map-layers.js";

interface Shape {
  readonly id: number;
  readonly d: string;
}

/** The first year the slider offers. */
const FIRST_YEAR = 2011;
/** How long each year is shown while playing; longer when the reader asks for less motion. */
const STEP_MS = 1500;
const STEP_REDUCED_MS = 4000;

/** Whether the reader asks for reduced motion (`prefers-reduced-motion: reduce`), followed as it changes. */
function useReducedMotion(): boolean {
  const query = "(prefers-reduced-motion: reduce)";
  const [reduced, setReduced] = useState(() => typeof matchMedia === "function" && matchMedia(query).matches);
  useEffect(() => {
    if (typeof matchMedia !== "function") return;
    const list = matchMedia(query);
    const update = () => setReduced(list.matches);
    list.addEventListener("change", update);
    return () => list.removeEventListener("change", update);
  }, []);
  return reduced;
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

/** A country's text: its name and its value on the layer (what the tooltip and the link say). */
interface Tip {
  readonly id: string;
  readonly text: string;
  /** The middle of the top of the country's box, in percent of the map's width and height. */
  readonly x: number;
  readonly y: number;
}

function tipOf(el: SVGGraphicsElement, id: string, text: string): Tip {
  const box = el.getBBox();
  return { id, text, x: ((box.x + box.width / 2) / WIDTH) * 100, y: (box.y / HEIGHT) * 100 };
}

/**
 * The map: each country with data on the layer is a link to its State
 * profile, reached by the keyboard (Tab, then Enter) as well as by a click; its
 * name and value show beside it on hover, on focus and on a first touch (a
 * second touch opens the profile).
 */
function WorldMap(props: { readonly data: LayerData; readonly refs: Reference }): JSX.Element {
  const app = useApp();
  const { t, lang } = app;
  const [loaded, setLoaded] = useState<Loaded<Shape[]>>({ state: "loading" });
  const [tip, setTip] = useState<Tip | undefined>();
  /** The country a touch has shown the tooltip of: the next tap on it opens the profile. */
  const touched = useRef<string | undefined>(undefined);
  const swallow = useRef(false);
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
        <div class="world-wrap" onMouseLeave={() => setTip(undefined)}>
          <svg class="world" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={t("map.alt", { layer: layerName, year: props.data.year })}>
            {list.map((s) => {
              const hit = byM49.get(s.id);
              const bucket = bucketOf(props.data.layer, hit?.value);
              if (!hit) return <path key={s.id} d={s.d} class={`b${bucket}`} data-m49={s.id} aria-hidden="true" />;
              const name = props.refs.actors.get(hit.id)?.names[lang] ?? hit.id;
              const text = `${name}${t("colon")}${hit.value === undefined ? t("map.noData") : format(props.data.layer, hit.value, lang, t)}`;
              const href = app.link(`/states/${hit.id}`);
              // An <a> inside an <svg> is an SVG element (SVGAElement), whatever the JSX types say of <a>.
              const show = (e: { readonly currentTarget: EventTarget | null }) => {
                if (e.currentTarget instanceof SVGGraphicsElement) setTip(tipOf(e.currentTarget, hit.id, text));
              };
              return (
                <a
                  key={s.id}
                  href={href}
                  class="country"
                  aria-label={text}
                  data-actor={hit.id}
                  onMouseEnter={show}
                  onFocus={show}
                  onBlur={() => setTip((current) => (current?.id === hit.id ? undefined : current))}
                  onPointerDown={(e) => {
                    if (e.pointerType !== "touch") return;
                    // A first touch on a country shows its tooltip (and its click is held back); the next one opens it.
                    swallow.current = touched.current !== hit.id;
                    touched.current = hit.id;
                    show(e);
                  }}
                  onClick={(e) => {
                    const held = swallow.current;
                    swallow.current = false;
                    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                    e.preventDefault();
                    if (!held) app.navigate(href);
                  }}
                >
                  <path d={s.d} class={`b${bucket}`} data-m49={s.id} />
                </a>
              );
            })}
          </svg>
          {tip ? (
            <div class="map-tip" aria-hidden="true" data-tip={tip.id} style={{ left: `${tip.x}%`, top: `${tip.y}%` }}>
              {tip.text}
            </div>
          ) : null}
        </div>
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
  // Playing steps through the years, one at a time once the year's figures are shown, and stops at the last.
  const [playing, setPlaying] = useState(false);
  const reduced = useReducedMotion();
  const shown = Math.min(Math.max(year, FIRST_YEAR), thisYear);
  useEffect(() => {
    if (!playing || data.state !== "ready") return;
    if (shown >= thisYear) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => set({ year: shown + 1 }), reduced ? STEP_REDUCED_MS : STEP_MS);
    return () => clearTimeout(timer);
    // `set` reads the view of this render, which the year and the data's state name.
  }, [playing, data.state, shown, reduced]);
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
            min={FIRST_YEAR}
            max={thisYear}
            step={1}
            value={dragged ?? shown}
            onInput={(e) => setDragged(Number(e.currentTarget.value))}
            onChange={(e) => {
              setDragged(undefined);
              set({ year: Number(e.currentTarget.value) });
            }}
          />
          <button
            type="button"
            class="small play"
            aria-controls="map-year"
            data-playing={playing ? "true" : "false"}
            onClick={() => {
              if (playing) {
                setPlaying(false);
                return;
              }
              if (shown >= thisYear) set({ year: FIRST_YEAR });
              setPlaying(true);
            }}
          >
            {playing ? t("map.pause") : t("map.play")}
          </button>
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
                  <p class="legend-unit" id="map-unit">
                    {legendUnit(d.layer, d.year, formatDate(asOf, lang), t)}
                  </p>
                  <div class="legend" aria-label={t("map.legend")} aria-describedby="map-unit" role="group">
                    {legendOf(d.layer, lang, t).map((item) => (
                      <span key={item.bucket} class="legend-item">
                        <span class={`swatch b${item.bucket}`} aria-hidden="true" /> {item.label}
                      </span>
                    ))}
                  </div>
                  <Method method={d.method} />
                  <Sources updated ids={d.sources} />
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
