/**
 * A mission's sites and the violence against civilians around them (its own
 * chunk, loaded when a mission profile is shown): a map of the host area for
 * a year with the table of what it shows, and the `violence-near-sites`
 * series as charts with their table.
 */
import { SITE_CAPABILITIES, SITE_DATASETS, VIOLENCE_TYPES, type ConflictEvent, type DeploymentSite, type Mission, type ViolenceType } from "@bluehelm/core";
import { siteActive, type ViolenceNearSites } from "@bluehelm/core/analytics";
import type { Answer } from "@bluehelm/core/analytics";
import { geoCircle, geoMercator, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { scaleSqrt } from "d3-scale";
import type { JSX } from "preact";
import { useState } from "preact/hooks";
import { api, cached, listAll, type Reference } from "../api.js";
import { useApp } from "../app.js";
import { YearBarChart } from "../charts.js";
import { ActorLink, Method, Show, Sources, actorName, useData } from "../components.js";
import { groundText } from "./ground-i18n.js";
import { SiteSetChoice } from "./site-set.js";
import { formatNumber, formatPercent } from "../i18n.js";
import { asOfOf, groundViewParams, parseGroundView, violenceParam, type GroundView } from "../url.js";
import { loadCountries, type Countries } from "./atlas.js";
import { eventRows, fitTarget, nearSeries, pickYear, scaleBarKm, siteRows, yearChoices, yearRanges, yearsToCount, type SiteRow } from "./ground-data.js";

const W = 640;
const H = 480;
const PAD = 12;

interface YearData {
  readonly sites: DeploymentSite[];
  readonly events: ConflictEvent[];
}

/** The events a view counts: those of the answer's types and precisions, in the host States, dated by the view's date. */
function eventQuery(mission: Mission, near: ViolenceNearSites, asOf: string, year: number | undefined) {
  return {
    filter: {
      hostId: mission.hostIds,
      typeOfViolence: near.violence,
      locationPrecision: near.precision,
      ...(year !== undefined ? { year } : {}),
    },
    range: { dateStart: { lte: asOf } },
  };
}

export default function MissionGround(props: { readonly mission: Mission; readonly refs: Reference }): JSX.Element {
  const app = useApp();
  const { lang } = app;
  const t = groundText(lang);
  const { mission, refs } = props;
  const id = mission.id;
  const view = parseGroundView(app.params);
  const asOf = app.asOf;
  const lastYear = Number(asOf.slice(0, 4));
  const nearKey = `near|${id}|${view.siteSet}|${view.violence}|${asOf}`;
  const loadNear = () => api.analytics("violence-near-sites", { missionId: id, siteSet: view.siteSet, violence: violenceParam(view.violence), asOf });
  const near = useData(nearKey, loadNear);
  // The years with site data (the answer's) or with events counted in the host States, over the mission's years.
  const years = useData(`ground-years|${nearKey}`, async () => {
    const answer = await cached(nearKey, loadNear);
    const siteYears = answer.value.years.filter((y) => y.activeSites > 0).map((y) => y.year);
    const first = mission.startDate === undefined ? siteYears[0] : Number(mission.startDate.slice(0, 4));
    const last = Math.min(lastYear, mission.endDate === undefined ? lastYear : Number(mission.endDate.slice(0, 4)));
    const ask = mission.hostIds.length === 0 ? [] : yearsToCount(first, last, siteYears);
    const counted = await Promise.all(
      ask.map(async (year) => ((await api.list("conflict-event", { ...eventQuery(mission, answer.value, asOf, year), limit: 1, asOf: "9999-12-31" })).total > 0 ? [year] : [])),
    );
    return yearChoices([...siteYears, ...counted.flat()], lastYear);
  });
  const set = (next: Partial<GroundView>) =>
    app.navigate(app.link(`/missions/${id}`, { ...groundViewParams({ ...view, ...next, missionId: undefined }), asOf: asOfOf(app.params) }), { replace: true });

  return (
    <section aria-labelledby="s-ground" class="ground">
      <h2 id="s-ground">{t("ground.section")}</h2>
      <div class="controls">
        <SiteSetChoice value={view.siteSet} onChange={(siteSet) => set({ siteSet })} />
        <fieldset class="layers">
          <legend>{t("ground.violence")}</legend>
          <label>
            <input type="radio" name="violence" value="one-sided" checked={view.violence === "one-sided"} onChange={() => set({ violence: "one-sided" })} /> {VIOLENCE_TYPES["3"][lang]}
          </label>
          <label>
            <input type="radio" name="violence" value="all" checked={view.violence === "all"} onChange={() => set({ violence: "all" })} /> {t("ground.violence.all")}
          </label>
        </fieldset>
      </div>
      <Show loaded={near}>
        {(answer) => (
          <Show loaded={years}>
            {(list) => (
              <>
                <YearView mission={mission} refs={refs} answer={answer} years={list} view={view} asOf={asOf} onYear={(year) => set({ year })} />
                <NearCharts answer={answer} />
              </>
            )}
          </Show>
        )}
      </Show>
    </section>
  );
}

function YearView(props: {
  readonly mission: Mission;
  readonly refs: Reference;
  readonly answer: Answer<ViolenceNearSites>;
  readonly years: readonly number[];
  readonly view: GroundView;
  readonly asOf: string;
  readonly onYear: (year: number) => void;
}): JSX.Element {
  const { lang } = useApp();
  const t = groundText(lang);
  const { mission, answer, years, view, asOf } = props;
  const year = pickYear(years, view.year);
  const [dragged, setDragged] = useState<number | undefined>();
  const data = useData(`ground-year|${mission.id}|${view.siteSet}|${view.violence}|${year ?? "none"}|${asOf}`, async (): Promise<YearData> => {
    if (year === undefined) return { sites: [], events: [] };
    const [sites, events] = await Promise.all([
      listAll("deployment-site", { filter: { missionId: mission.id, dataset: view.siteSet, year }, range: { periodStart: { lte: asOf } } }),
      mission.hostIds.length === 0 ? Promise.resolve([]) : listAll("conflict-event", eventQuery(mission, answer.value, asOf, year)),
    ]);
    return { sites: sites.filter(siteActive), events };
  });
  const countries = useData("atlas", loadCountries);
  if (year === undefined || years.length === 0) return <p>{t("ground.noData")}</p>;
  const index = years.indexOf(year);
  const shown = dragged === undefined ? year : (years[dragged] ?? year);
  return (
    <>
      <div class="field year-field">
        <label for="ground-year">
          {t("map.year")}
          {t("colon")}
          <output for="ground-year" id="ground-year-value">
            {shown}
          </output>
        </label>
        <input
          id="ground-year"
          type="range"
          min={0}
          max={years.length - 1}
          step={1}
          value={dragged ?? index}
          aria-valuetext={String(shown)}
          disabled={years.length < 2}
          onInput={(e) => setDragged(Number(e.currentTarget.value))}
          onChange={(e) => {
            setDragged(undefined);
            const next = years[Number(e.currentTarget.value)];
            if (next !== undefined) props.onYear(next);
          }}
        />
        <span class="help">{t("ground.years", { first: years[0]!, last: years.at(-1)!, n: years.length })}</span>
      </div>
      <Show loaded={data}>
        {(d) => (
          <>
          <div class="ground-layout">
            <Show loaded={countries}>
              {(c) => <GroundMap mission={mission} refs={props.refs} sites={d.sites} events={d.events} countries={c} radiusKm={answer.value.radiusKm} year={year} all={view.violence === "all"} />}
            </Show>
            <EventsTable events={d.events} year={year} />
          </div>
          <SitesTable refs={props.refs} sites={d.sites} year={year} siteSet={SITE_DATASETS[view.siteSet][lang]} />
          </>
        )}
      </Show>
    </>
  );
}

/** The marker of an event, by type of violence: a diamond for one-sided violence, a triangle, a square. */
export function EventMarker(props: { readonly type: ViolenceType; readonly x: number; readonly y: number; readonly r?: number; readonly children?: JSX.Element }): JSX.Element {
  const { x, y } = props;
  const r = props.r ?? 4;
  const d =
    props.type === "3"
      ? `M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`
      : props.type === "1"
        ? `M${x},${y - r}L${x + r},${y + r * 0.8}L${x - r},${y + r * 0.8}Z`
        : `M${x - r * 0.8},${y - r * 0.8}h${r * 1.6}v${r * 1.6}h${-r * 1.6}Z`;
  return (
    <path d={d} class={`event ev-${props.type}`}>
      {props.children}
    </path>
  );
}

const DEG_PER_KM = 180 / (Math.PI * 6371);

function GroundMap(props: {
  readonly mission: Mission;
  readonly refs: Reference;
  readonly sites: readonly DeploymentSite[];
  readonly events: readonly ConflictEvent[];
  readonly countries: Countries;
  readonly radiusKm: number;
  readonly year: number;
  readonly all: boolean;
}): JSX.Element {
  const { lang } = useApp();
  const t = groundText(lang);
  const { sites, events, countries, refs } = props;
  const hosts = new Set(props.mission.hostIds.flatMap((h) => {
    const a = refs.actors.get(h);
    return a && a.kind !== "organization" ? [a.m49] : [];
  }));
  const target = fitTarget([...sites.map((s) => s.coordinates), ...events.map((e) => e.coordinates)]);
  const hostShapes = countries.features.filter((f) => hosts.has(Number(f.id)));
  const fitTo: GeoPermissibleObjects = target ?? { type: "FeatureCollection", features: hostShapes.length > 0 ? hostShapes : countries.features };
  const projection = geoMercator().fitExtent(
    [
      [PAD, PAD],
      [W - PAD, H - PAD],
    ],
    fitTo,
  );
  projection.clipExtent([
    [0, 0],
    [W, H],
  ]);
  const path = geoPath(projection);
  const maxPersonnel = Math.max(1, ...sites.map((s) => s.personnel.total ?? 0));
  const size = scaleSqrt().domain([0, maxPersonnel]).range([0, 14]);
  const radius = (n: number | undefined) => (n === undefined ? 4 : Math.max(2.5, size(n)));
  // A scale bar a quarter of the map wide or less, at the map's middle latitude.
  const mid = projection.invert?.([W / 2, H / 2]) ?? [0, 0];
  const a = projection([mid[0], mid[1]]);
  const b = projection([mid[0] + 1, mid[1]]);
  const pxPerDegree = a && b ? Math.abs(b[0] - a[0]) : 1;
  const kmPerPx = (111.32 * Math.cos((mid[1] * Math.PI) / 180)) / pxPerDegree;
  const barKm = scaleBarKm((kmPerPx * W) / 4);
  const barPx = barKm / kmPerPx;
  const types = [...new Set(events.map((e) => e.typeOfViolence))].sort();
  const sample = [...new Set([maxPersonnel >= 1000 ? 1000 : undefined, maxPersonnel >= 100 ? 100 : undefined].filter((n): n is number => n !== undefined))];
  const ring = geoCircle().radius(props.radiusKm * DEG_PER_KM);
  const label = t("ground.map.alt", {
    mission: props.mission.acronym,
    year: props.year,
    sites: formatNumber(lang, sites.length),
    events: formatNumber(lang, events.length),
  });
  return (
    <figure class="ground-figure">
      <svg class="ground-map" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="ground-map-title ground-map-desc" tabindex={0}>
        <title id="ground-map-title">{label}</title>
        <desc id="ground-map-desc">{t("ground.map.desc", { radius: props.radiusKm })}</desc>
        <rect width={W} height={H} class="sea" />
        <g class="countries">
          {countries.features.map((f) => {
            const d = path(f);
            return d ? <path key={String(f.id)} d={d} class={hosts.has(Number(f.id)) ? "host" : "land"} /> : null;
          })}
        </g>
        <g class="rings">
          {sites.map((s) => {
            const d = path(ring.center([s.coordinates.lon, s.coordinates.lat])());
            return d ? <path key={s.id} d={d} class="ring" /> : null;
          })}
        </g>
        <g class="events">
          {events.map((e) => {
            const p = projection([e.coordinates.lon, e.coordinates.lat]);
            if (!p) return null;
            return (
              <EventMarker key={e.id} type={e.typeOfViolence} x={p[0]} y={p[1]}>
                <title>{`${e.dateStart}${e.place ? `, ${e.place}` : ""}: ${e.sideA} – ${e.sideB}; ${t("ground.civilianDeaths")} ${formatNumber(lang, e.deaths.civilians)}`}</title>
              </EventMarker>
            );
          })}
        </g>
        <g class="sites">
          {[...sites]
            .sort((x, y) => (y.personnel.total ?? 0) - (x.personnel.total ?? 0))
            .map((s) => {
              const p = projection([s.coordinates.lon, s.coordinates.lat]);
              if (!p) return null;
              const total = s.personnel.total;
              return (
                <circle key={s.id} cx={p[0]} cy={p[1]} r={radius(total)} class={total === undefined ? "site unknown" : "site"} data-site={s.id}>
                  <title>{`${s.place}: ${total === undefined ? t("ground.personnelUnknown") : `${formatNumber(lang, total)} ${t("ground.personnelUnit")}`}`}</title>
                </circle>
              );
            })}
        </g>
        <g class="scale-bar" aria-hidden="true" transform={`translate(${PAD + 4}, ${H - PAD - 6})`}>
          <rect x={-4} y={-18} width={barPx + 8 + 40} height={26} class="scale-bg" />
          <line x1={0} x2={barPx} y1={0} y2={0} />
          <line x1={0} x2={0} y1={-5} y2={3} />
          <line x1={barPx} x2={barPx} y1={-5} y2={3} />
          <text x={barPx + 6} y={0} dy="0.2em">
            {`${formatNumber(lang, barKm)} km`}
          </text>
        </g>
      </svg>
      <figcaption>
        <ul class="map-legend" aria-label={t("map.legend")}>
          {sample.map((n) => (
            <li key={n}>
              <svg width={32} height={32} aria-hidden="true">
                <circle cx={16} cy={16} r={radius(n)} class="site" />
              </svg>
              {t("ground.legend.site", { n: formatNumber(lang, n) })}
            </li>
          ))}
          {sites.some((s) => s.personnel.total === undefined) ? (
            <li>
              <svg width={32} height={32} aria-hidden="true">
                <circle cx={16} cy={16} r={4} class="site unknown" />
              </svg>
              {t("ground.legend.siteUnknown")}
            </li>
          ) : null}
          <li>
            <svg width={32} height={32} aria-hidden="true">
              <circle cx={16} cy={16} r={12} class="ring" />
            </svg>
            {t("ground.legend.ring", { radius: props.radiusKm })}
          </li>
          {(types.length > 0 ? types : (["3"] as ViolenceType[])).map((type) => (
            <li key={type}>
              <svg width={32} height={32} aria-hidden="true">
                <EventMarker type={type} x={16} y={16} r={6} />
              </svg>
              {t("ground.legend.event", { type: VIOLENCE_TYPES[type][lang] })}
            </li>
          ))}
          <li>
            <svg width={32} height={32} aria-hidden="true">
              <rect x={4} y={8} width={24} height={16} class="host" />
            </svg>
            {t("ground.legend.host")}
          </li>
        </ul>
        {props.all ? null : <p class="help">{t("ground.legend.oneSided")}</p>}
      </figcaption>
    </figure>
  );
}

function PersonnelCell(props: { readonly n: number | undefined }): JSX.Element {
  const { lang } = useApp();
  return <td class="num">{props.n === undefined ? "—" : formatNumber(lang, Math.round(props.n))}</td>;
}

function SitesTable(props: { readonly refs: Reference; readonly sites: readonly DeploymentSite[]; readonly year: number; readonly siteSet: string }): JSX.Element {
  const { lang } = useApp();
  const t = groundText(lang);
  const rows: SiteRow[] = siteRows(props.sites);
  return (
      <div class="scroll" tabIndex={0} role="region" aria-labelledby="ground-sites-caption">
        <table data-table="ground-sites">
          <caption id="ground-sites-caption">{t("ground.sitesTable", { year: props.year, n: formatNumber(lang, rows.length), set: props.siteSet })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("ground.place")}</th>
              <th scope="col" class="num">
                {t("mission.personnel")}
              </th>
              <th scope="col" class="num">
                {t("ground.troops")}
              </th>
              <th scope="col" class="num">
                {t("ground.police")}
              </th>
              <th scope="col" class="num">
                {t("ground.observers")}
              </th>
              <th scope="col">{t("ground.contributors")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={6}>{t("none")}</td>
              </tr>
            ) : (
              rows.map((r) => (
                <tr key={r.id} data-site={r.id}>
                  <th scope="row">
                    {r.place}
                    {r.capabilities.length > 0 ? <span class="help">{r.capabilities.map((c) => SITE_CAPABILITIES[c as keyof typeof SITE_CAPABILITIES]?.[lang] ?? c).join(", ")}</span> : null}
                  </th>
                  <PersonnelCell n={r.total} />
                  <PersonnelCell n={r.troops} />
                  <PersonnelCell n={r.police} />
                  <PersonnelCell n={r.militaryObservers} />
                  <td>
                    {r.contributors.length === 0
                      ? "—"
                      : r.contributors.map((c, i) => (
                          <span key={c.actorId}>
                            {i > 0 ? ", " : ""}
                            {props.refs.actors.has(c.actorId) ? <ActorLink id={c.actorId} refs={props.refs} /> : actorName(props.refs, c.actorId, lang)}
                            {c.total === undefined ? "" : ` ${formatNumber(lang, Math.round(c.total))}`}
                          </span>
                        ))}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
  );
}

function EventsTable(props: { readonly events: readonly ConflictEvent[]; readonly year: number }): JSX.Element {
  const { lang } = useApp();
  const t = groundText(lang);
  const byType = eventRows(props.events);
  return (
    <div class="ground-tables">
      <table data-table="ground-events">
        <caption>{t("ground.eventsTable", { year: props.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("ground.type")}</th>
            <th scope="col" class="num">
              {t("ground.events")}
            </th>
            <th scope="col" class="num">
              {t("ground.civilianDeaths")}
            </th>
            <th scope="col" class="num">
              {t("ground.bestDeaths")}
            </th>
          </tr>
        </thead>
        <tbody>
          {byType.length === 0 ? (
            <tr>
              <td colSpan={4}>{t("none")}</td>
            </tr>
          ) : (
            byType.map((r) => (
              <tr key={r.type}>
                <th scope="row">{VIOLENCE_TYPES[r.type][lang]}</th>
                <td class="num">{formatNumber(lang, r.events)}</td>
                <td class="num">{formatNumber(lang, r.civilianDeaths)}</td>
                <td class="num">{formatNumber(lang, r.bestDeaths)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

function NearCharts(props: { readonly answer: Answer<ViolenceNearSites> }): JSX.Element {
  const { lang } = useApp();
  const t = groundText(lang);
  const { value } = props.answer;
  const labels = { near: t("ground.near", { radius: value.radiusKm }), beyond: t("ground.beyond") };
  const n = (v: number) => formatNumber(lang, v);
  return (
    <>
      <h3 id="s-near">{t("ground.nearTitle", { radius: value.radiusKm })}</h3>
      {value.uncoveredYears.length > 0 ? (
        <p class="note" data-uncovered={value.uncoveredYears.join(",")}>
          {t("ground.uncovered", { years: yearRanges(value.uncoveredYears) })}
        </p>
      ) : null}
      {value.years.length === 0 ? (
        <p>{t("ground.noData")}</p>
      ) : (
        <>
          <div class="charts">
            <YearBarChart
              id="near-events"
              data={nearSeries(value.years, "events")}
              text={{ title: t("ground.chart.events", { radius: value.radiusKm }), desc: t("ground.chart.desc"), labels, unit: t("ground.events"), format: n }}
            />
            <YearBarChart
              id="near-deaths"
              data={nearSeries(value.years, "civilianDeaths")}
              text={{ title: t("ground.chart.deaths", { radius: value.radiusKm }), desc: t("ground.chart.desc"), labels, unit: t("ground.civilianDeaths"), format: n }}
            />
          </div>
          <div class="scroll" tabIndex={0} role="region" aria-labelledby="near-table-caption">
            <table data-table="near">
              <caption id="near-table-caption">{t("ground.nearTable")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("mission.year")}</th>
                  <th scope="col" class="num">{t("ground.activeSites")}</th>
                  <th scope="col" class="num">{t("ground.col.nearEvents")}</th>
                  <th scope="col" class="num">{t("ground.col.beyondEvents")}</th>
                  <th scope="col" class="num">{t("ground.col.nearDeaths")}</th>
                  <th scope="col" class="num">{t("ground.col.beyondDeaths")}</th>
                  <th scope="col" class="num">{t("ground.col.nearShare")}</th>
                </tr>
              </thead>
              <tbody>
                {value.years.map((y) => (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    <td class="num">{n(y.activeSites)}</td>
                    <td class="num">{n(y.near.events)}</td>
                    <td class="num">{n(y.beyond.events)}</td>
                    <td class="num">{n(y.near.civilianDeaths)}</td>
                    <td class="num">{n(y.beyond.civilianDeaths)}</td>
                    <td class="num">{y.nearShare === undefined ? "—" : formatPercent(lang, y.nearShare)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t("ground.total")}</th>
                  <td class="num">—</td>
                  <td class="num">{n(value.total.near.events)}</td>
                  <td class="num">{n(value.total.beyond.events)}</td>
                  <td class="num">{n(value.total.near.civilianDeaths)}</td>
                  <td class="num">{n(value.total.beyond.civilianDeaths)}</td>
                  <td class="num">—</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
      <Method method={props.answer.method} />
      <Sources updated ids={props.answer.sources} />
    </>
  );
}
