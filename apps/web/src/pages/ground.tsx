/**
 * Protection on the ground: for a mission, violence against civilians in
 * places with and without peacekeepers (`presence-comparison`) and near the
 * bases of endorsers and of the others (`endorsement-on-ground`), as the core
 * answers and words them.
 */
import { SITE_DATASETS } from "@bluehelm/core";
import { type Answer, type EndorsementOnGround, type GroundDifference, type GroundGroup, type PresenceComparison } from "@bluehelm/core/analytics";
import type { JSX } from "preact";
import { api, type Reference } from "../api.js";
import { Link, useApp } from "../app.js";
import { IntervalChart, SeriesTable, YearLineChart, type IntervalRow } from "../charts.js";
import { AsOfField, Method, Show, Sources, useData, useReference, useTitle } from "../components.js";
import { groundText } from "./ground-i18n.js";
import { SiteSetChoice } from "./site-set.js";
import { formatNumber, localized, type Lang } from "../i18n.js";
import { asOfOf, groundViewParams, parseGroundView, type GroundView } from "../url.js";
import { presenceSeries, yearRanges } from "./ground-data.js";

/** The mission shown when none is chosen: MINUSCA, whose sites and events are in the reference data. */
const DEFAULT_MISSION = "minusca";

const mean = (lang: Lang, v: number | undefined) => (v === undefined ? "—" : formatNumber(lang, v, 2));
const interval = (lang: Lang, ci: readonly [number, number] | undefined) => (ci === undefined ? "—" : `${formatNumber(lang, ci[0], 2)} – ${formatNumber(lang, ci[1], 2)}`);
const pValue = (lang: Lang, p: number | undefined) => (p === undefined ? "—" : formatNumber(lang, p, 3));

/** The core's statement; when the data are too few it says so itself, and the block is set apart. */
function Statement(props: { readonly enough: boolean; readonly text: { readonly en: string; readonly fr: string } }): JSX.Element {
  const { lang } = useApp();
  return (
    <p class={props.enough ? "statement" : "statement too-few"} data-enough={String(props.enough)}>
      {props.text[lang]}
    </p>
  );
}

/** Two groups and their difference with its interval and p-value, as a table. */
function ComparisonTable(props: {
  readonly id: string;
  readonly caption: string;
  readonly unit: string;
  readonly groups: readonly [string, GroundGroup][];
  readonly difference: GroundDifference;
}): JSX.Element {
  const { lang } = useApp();
  const t = groundText(lang);
  const d = props.difference;
  return (
    <div class="scroll" tabIndex={0} role="region" aria-labelledby={`${props.id}-caption`}>
      <table data-table={props.id}>
        <caption id={`${props.id}-caption`}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.unit}</th>
            <th scope="col" class="num">
              {t("ground.n")}
            </th>
            <th scope="col" class="num">
              {t("ground.meanEvents")}
            </th>
            <th scope="col" class="num">
              {t("ground.meanDeaths")}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.groups.map(([name, g]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td class="num">{formatNumber(lang, g.n)}</td>
              <td class="num">{mean(lang, g.meanEvents)}</td>
              <td class="num">{mean(lang, g.meanCivilianDeaths)}</td>
            </tr>
          ))}
          <tr class="difference">
            <th scope="row">{t("ground.difference")}</th>
            <td class="num">—</td>
            <td class="num">{mean(lang, d.events)}</td>
            <td class="num">{mean(lang, d.civilianDeaths)}</td>
          </tr>
          <tr>
            <th scope="row">{t("ground.ci95")}</th>
            <td class="num">—</td>
            <td class="num">{interval(lang, d.eventsCi95)}</td>
            <td class="num">{interval(lang, d.civilianDeathsCi95)}</td>
          </tr>
          <tr>
            <th scope="row">{t("ground.pValue")}</th>
            <td class="num">—</td>
            <td class="num">{pValue(lang, d.eventsPValue)}</td>
            <td class="num">{pValue(lang, d.civilianDeathsPValue)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** The difference and its interval as a chart, when the core gave an interval. */
function DifferenceChart(props: { readonly id: string; readonly title: string; readonly rows: readonly IntervalRow[] }): JSX.Element | null {
  const { lang } = useApp();
  const t = groundText(lang);
  if (props.rows.every((r) => r.ci95 === undefined)) return null;
  return <IntervalChart id={props.id} rows={props.rows} text={{ title: props.title, desc: t("ground.interval.desc"), unit: t("ground.difference"), format: (v) => formatNumber(lang, v, 2) }} />;
}

function Presence(props: { readonly answer: Answer<PresenceComparison> }): JSX.Element {
  const { lang } = useApp();
  const t = groundText(lang);
  const v = props.answer.value;
  const labels = { with: t("ground.with"), without: t("ground.without") };
  const f = (n: number) => formatNumber(lang, n, 2);
  return (
    <>
      <Statement enough={v.enoughData} text={v.statement} />
      {v.uncoveredYears.length > 0 ? (
        <p class="note" data-uncovered={v.uncoveredYears.join(",")}>
          {t("ground.uncovered", { years: yearRanges(v.uncoveredYears) })}
        </p>
      ) : null}
      <p class="help">
        {t("ground.presence.scope", {
          cells: formatNumber(lang, v.cells),
          size: formatNumber(lang, v.cellDegrees, 2),
          first: v.firstYear ?? "—",
          last: v.lastYear ?? "—",
          set: SITE_DATASETS[v.siteSet][lang],
        })}
      </p>
      <div class="charts">
        <ComparisonTable
          id="presence-pooled"
          caption={t("ground.presence.pooled")}
          unit={t("ground.cellYears")}
          groups={[
            [labels.with, v.withPresence],
            [labels.without, v.without],
          ]}
          difference={v.difference}
        />
        <DifferenceChart
          id="presence-difference"
          title={t("ground.presence.differenceChart")}
          rows={[
            { label: t("ground.meanEvents"), estimate: v.difference.events, ci95: v.difference.eventsCi95 },
            { label: t("ground.meanDeaths"), estimate: v.difference.civilianDeaths, ci95: v.difference.civilianDeathsCi95 },
          ]}
        />
      </div>
      {v.byYear.length > 0 ? (
        <>
          <h3>{t("ground.presence.byYear")}</h3>
          <div class="charts">
            <div>
              <YearLineChart
                id="presence-events"
                data={presenceSeries(v.byYear, "meanEvents")}
                text={{ title: t("ground.presence.eventsChart"), desc: t("ground.chart.desc"), labels, unit: t("ground.meanEvents"), format: f }}
              />
              <SeriesTable id="presence-events-table" caption={t("ground.presence.eventsChart")} yearLabel={t("mission.year")} data={presenceSeries(v.byYear, "meanEvents")} text={{ labels, format: f }} />
            </div>
            <div>
              <YearLineChart
                id="presence-deaths"
                data={presenceSeries(v.byYear, "meanCivilianDeaths")}
                text={{ title: t("ground.presence.deathsChart"), desc: t("ground.chart.desc"), labels, unit: t("ground.meanDeaths"), format: f }}
              />
              <SeriesTable id="presence-deaths-table" caption={t("ground.presence.deathsChart")} yearLabel={t("mission.year")} data={presenceSeries(v.byYear, "meanCivilianDeaths")} text={{ labels, format: f }} />
            </div>
          </div>
          <details>
            <summary>{t("ground.presence.cells")}</summary>
            <table data-table="presence-n">
              <thead>
                <tr>
                  <th scope="col">{t("mission.year")}</th>
                  <th scope="col" class="num">{labels.with}</th>
                  <th scope="col" class="num">{labels.without}</th>
                </tr>
              </thead>
              <tbody>
                {v.byYear.map((y) => (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    <td class="num">{formatNumber(lang, y.withPresence.n)}</td>
                    <td class="num">{formatNumber(lang, y.without.n)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      ) : null}
      <Method method={props.answer.method} />
      <Sources updated ids={props.answer.sources} />
    </>
  );
}

function Endorsement(props: { readonly answer: Answer<EndorsementOnGround>; readonly refs: Reference }): JSX.Element {
  const { lang } = useApp();
  const t = groundText(lang);
  const v = props.answer.value;
  const cs = v.crossSection;
  const ba = v.beforeAfter;
  const instrument = props.refs.instruments.get(v.instrumentId);
  return (
    <>
      <p class="help">
        {t("ground.endorsement.scope", {
          instrument: instrument ? localized(lang, instrument.title) : v.instrumentId,
          threshold: formatNumber(lang, v.threshold * 100),
          radius: v.radiusKm,
          first: v.firstYear ?? "—",
          last: v.lastYear ?? "—",
        })}
      </p>
      <h3>{t("ground.endorsement.cross")}</h3>
      <Statement enough={cs.enoughData} text={cs.statement} />
      <div class="charts">
        <ComparisonTable
          id="endorsement-cross"
          caption={t("ground.endorsement.cross")}
          unit={t("ground.baseYears")}
          groups={[
            [t("ground.endorsers"), cs.endorsers],
            [t("ground.nonEndorsers"), cs.nonEndorsers],
          ]}
          difference={cs.difference}
        />
        <DifferenceChart
          id="endorsement-difference"
          title={t("ground.endorsement.differenceChart")}
          rows={[
            { label: t("ground.meanEvents"), estimate: cs.difference.events, ci95: cs.difference.eventsCi95 },
            { label: t("ground.meanDeaths"), estimate: cs.difference.civilianDeaths, ci95: cs.difference.civilianDeathsCi95 },
          ]}
        />
      </div>
      <h3>{t("ground.endorsement.beforeAfter")}</h3>
      <Statement enough={ba.enoughData} text={ba.statement} />
      <div class="charts">
        <table data-table="endorsement-before-after">
          <caption>{t("ground.endorsement.beforeAfter")}</caption>
          <tbody>
            <tr>
              <th scope="row">{t("ground.treatedSites")}</th>
              <td class="num">{formatNumber(lang, ba.treatedSites)}</td>
            </tr>
            <tr>
              <th scope="row">{t("ground.controlSites")}</th>
              <td class="num">{formatNumber(lang, ba.controlSites)}</td>
            </tr>
            <tr>
              <th scope="row">{t("ground.treatedChange")}</th>
              <td class="num">{mean(lang, ba.treatedChange)}</td>
            </tr>
            <tr>
              <th scope="row">{t("ground.controlChange")}</th>
              <td class="num">{mean(lang, ba.controlChange)}</td>
            </tr>
            <tr class="difference">
              <th scope="row">{t("ground.did")}</th>
              <td class="num">{mean(lang, ba.difference)}</td>
            </tr>
            <tr>
              <th scope="row">{t("ground.ci95")}</th>
              <td class="num">{interval(lang, ba.ci95)}</td>
            </tr>
          </tbody>
        </table>
        <DifferenceChart id="endorsement-did" title={t("ground.endorsement.didChart")} rows={[{ label: t("ground.did"), estimate: ba.difference, ci95: ba.ci95 }]} />
      </div>
      <Method method={props.answer.method} />
      <Sources updated ids={props.answer.sources} />
    </>
  );
}

export default function GroundPage(): JSX.Element {
  const app = useApp();
  const t = groundText(app.lang);
  useTitle(t("ground.title"));
  const ref = useReference();
  const view = parseGroundView(app.params);
  const asOf = app.asOf;
  const set = (next: Partial<GroundView>) => app.navigate(app.link("/ground", { ...groundViewParams({ ...view, year: undefined, ...next }), asOf: asOfOf(app.params) }), { replace: true });
  return (
    <>
      <h1>{t("ground.title")}</h1>
      <p class="intro">{t("ground.intro")}</p>
      <Show loaded={ref}>{(r) => <Ground refs={r} view={view} asOf={asOf} set={set} />}</Show>
    </>
  );
}

function Ground(props: { readonly refs: Reference; readonly view: GroundView; readonly asOf: string; readonly set: (next: Partial<GroundView>) => void }): JSX.Element {
  const app = useApp();
  const { lang } = app;
  const t = groundText(lang);
  const { refs, view, asOf, set } = props;
  const missions = [...refs.missions.values()].sort((a, b) => a.acronym.localeCompare(b.acronym));
  const missionId = view.missionId !== undefined && refs.missions.has(view.missionId) ? view.missionId : refs.missions.has(DEFAULT_MISSION) ? DEFAULT_MISSION : missions[0]?.id;
  const mission = missionId === undefined ? undefined : refs.missions.get(missionId);
  const presence = useData(`presence|${missionId}|${view.siteSet}|${asOf}`, () => api.analytics("presence-comparison", { missionId, siteSet: view.siteSet, asOf }));
  const scoped = view.scope === "all" ? undefined : missionId;
  const endorsement = useData(`endorsement-ground|${scoped ?? "all"}|${asOf}`, () => api.analytics("endorsement-on-ground", { missionId: scoped, asOf }));
  if (!mission) return <p>{t("none")}</p>;
  return (
    <>
      <div class="controls">
        <div class="field">
          <label for="ground-mission">{t("ground.mission")}</label>
          <select id="ground-mission" value={mission.id} onChange={(e) => set({ missionId: e.currentTarget.value })}>
            {missions.map((m) => (
              <option key={m.id} value={m.id}>
                {m.acronym} — {localized(lang, m.names)}
              </option>
            ))}
          </select>
          <span class="help">
            <Link href={app.link(`/missions/${mission.id}`)}>{t("ground.profileLink", { mission: mission.acronym })}</Link>
          </span>
        </div>
        <SiteSetChoice value={view.siteSet} onChange={(siteSet) => set({ siteSet })} />
        <AsOfField value={asOf} onChange={(v) => app.navigate(app.link("/ground", { ...groundViewParams({ ...view, year: undefined }), asOf: v }), { replace: true })} />
      </div>
      <section aria-labelledby="s-presence">
        <h2 id="s-presence">{t("ground.presence.title", { mission: mission.acronym })}</h2>
        <Show loaded={presence}>{(a) => <Presence answer={a} />}</Show>
      </section>
      <section aria-labelledby="s-endorsement">
        <h2 id="s-endorsement">{t("ground.endorsement.title")}</h2>
        <fieldset class="layers">
          <legend>{t("ground.scope")}</legend>
          <label>
            <input type="radio" name="scope" value="mission" checked={view.scope === "mission"} onChange={() => set({ scope: "mission" })} /> {t("ground.scope.mission", { mission: mission.acronym })}
          </label>
          <label>
            <input type="radio" name="scope" value="all" checked={view.scope === "all"} onChange={() => set({ scope: "all" })} /> {t("ground.scope.all")}
          </label>
        </fieldset>
        <Show loaded={endorsement}>{(a) => <Endorsement answer={a} refs={refs} />}</Show>
      </section>
    </>
  );
}
