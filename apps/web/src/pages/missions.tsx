/** The list of missions and the profile of a mission. */
import { CEILING_CATEGORIES, CEILING_CATEGORY_OF, MISSION_TYPES, POC_LEVELS, formatDate, mandateAdoption, UNIT_TYPES, type Mandate, type Mission, type PocLevel } from "@bluehelm/core";
import { latestPersonnelYear, mandatePeriods, mandatesAdoptedBy, missionStanding, yearsEndedBy, type Answer } from "@bluehelm/core/analytics";
import type { JSX } from "preact";
import { api, cached, listAll, type Reference } from "../api.js";
import { Link, useApp } from "../app.js";
import { ActorLink, AsOfField, Downloads, acronymOf, Method, Show, Sources, lazyComponent, useData, useReference, useTitle } from "../components.js";
import { PersonnelCharts } from "../personnel-charts.js";
import { formatNumber, localized, type MessageKey } from "../i18n.js";
import { asOfOf } from "../url.js";

/** A host, or the hosts, of a mission: linked names, else the recorded name. */
function Hosts(props: { readonly mission: Mission; readonly refs: Reference }): JSX.Element {
  const { mission, refs } = props;
  if (mission.hostIds.length === 0) return <>{mission.hostName ?? "—"}</>;
  return (
    <>
      {mission.hostIds.map((h, i) => (
        <span key={h}>
          {i > 0 ? ", " : ""}
          <ActorLink id={h} refs={refs} />
        </span>
      ))}
    </>
  );
}

/** The missions as of a date: those active on it (with their PoC level and personnel on it), then those closed by it. */
export function Missions(): JSX.Element {
  const app = useApp();
  const { t, lang } = app;
  useTitle(t("missions.title"));
  const ref = useReference();
  const asOf = app.asOf;
  const activeOnly = app.params.get("active") === "1";
  const pocOnly = app.params.get("poc") === "1";
  const poc = useData(`poc|${asOf}`, () => api.analytics("poc-coverage", { asOf }));
  const toggle = (name: "active" | "poc", on: boolean) => app.navigate(app.link("/missions", { active: activeOnly ? "1" : undefined, poc: pocOnly ? "1" : undefined, [name]: on ? "1" : undefined, asOf: asOfOf(app.params) }), { replace: true });
  return (
    <>
      <h1>{t("missions.title")}</h1>
      <AsOfField value={asOf} onChange={(v) => app.navigate(app.link("/missions", { active: activeOnly ? "1" : undefined, poc: pocOnly ? "1" : undefined, asOf: v }), { replace: true })} />
      <fieldset class="filters-inline">
        <legend>{t("pledges.filters")}</legend>
        <label>
          <input type="checkbox" id="f-active" checked={activeOnly} onChange={(e) => toggle("active", e.currentTarget.checked)} /> {t("missions.activeOnly")}
        </label>
        <label>
          <input type="checkbox" id="f-poc" checked={pocOnly} onChange={(e) => toggle("poc", e.currentTarget.checked)} /> {t("missions.pocOnly")}
        </label>
      </fieldset>
      <Show loaded={ref}>
        {(r) => (
          <Show loaded={poc}>
            {(answer) => {
              const byId = new Map(answer.value.missions.map((m) => [m.missionId, m]));
              const sorted = [...r.missions.values()].sort((a, b) => (b.startDate ?? "").localeCompare(a.startDate ?? "") || a.acronym.localeCompare(b.acronym));
              // Operations are counted as missions; a row that groups operations, or an office that is not one, is listed apart as what it is.
              const all = sorted.filter((m) => m.type === "operation");
              const others = sorted.filter((m) => m.type !== "operation" && missionStanding(m, asOf) !== "not-started");
              const active = all.filter((m) => missionStanding(m, asOf) === "active" && (!pocOnly || (byId.get(m.id)?.poc ?? "none") !== "none"));
              const closed = activeOnly || pocOnly ? [] : all.filter((m) => missionStanding(m, asOf) === "closed");
              const head = (cols: readonly MessageKey[]) => (
                <thead>
                  <tr>
                    {cols.map((c) => (
                      <th key={c} scope="col" class={c === "mission.personnel" ? "num" : undefined}>
                        {t(c)}
                      </th>
                    ))}
                  </tr>
                </thead>
              );
              const name = (m: Mission) => (
                <th scope="row">
                  <Link href={app.link(`/missions/${m.id}`)}>{acronymOf(m, lang)}</Link> <span class="muted">{localized(lang, m.names)}</span>
                </th>
              );
              return (
                <>
                  <section aria-labelledby="m-active">
                    <h2 id="m-active">
                      {t("missions.active")} ({active.length})
                    </h2>
                    {active.length === 0 ? (
                      <p>{t("none")}</p>
                    ) : (
                      <>
                        <div class="scroll" tabIndex={0}>
                          <table id="missions-active" data-as-of={asOf}>
                            {head(["missions.mission", "mission.period", "mission.hosts", "mission.poc", "mission.personnel"])}
                            <tbody>
                              {active.map((m) => {
                                const p = byId.get(m.id);
                                return (
                                  <tr key={m.id} data-id={m.id}>
                                    {name(m)}
                                    <td>{m.startDate ? formatDate(m.startDate, lang) : "?"} –</td>
                                    <td>
                                      <Hosts mission={m} refs={r} />
                                    </td>
                                    <td>{p?.poc ? <span class={`tag poc-${p.poc}`}>{POC_LEVELS[p.poc][lang]}</span> : t("missions.noMandate")}</td>
                                    <td class="num">{p?.personnel === undefined ? "—" : formatNumber(lang, Math.round(p.personnel))}</td>
                                  </tr>
                                );
                              })}
                            </tbody>
                          </table>
                        </div>
                        <Downloads table="missions-active" name={`${t("missions.active")} ${asOf}`} />
                      </>
                    )}
                    <Method method={answer.method} />
                    <Sources updated ids={answer.sources} />
                  </section>
                  {activeOnly || pocOnly ? null : (
                    <section aria-labelledby="m-ended">
                      <h2 id="m-ended">
                        {t("missions.ended")} ({closed.length})
                      </h2>
                      <div class="scroll" tabIndex={0}>
                        <table id="missions-closed">
                          {head(["missions.mission", "mission.period", "mission.hosts"])}
                          <tbody>
                            {closed.map((m) => (
                              <tr key={m.id} data-id={m.id}>
                                {name(m)}
                                <td>
                                  {m.startDate ? formatDate(m.startDate, lang) : "?"} – {m.endDate ? formatDate(m.endDate, lang) : ""}
                                </td>
                                <td>
                                  <Hosts mission={m} refs={r} />
                                </td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </div>
                      <Downloads table="missions-closed" name={`${t("missions.ended")} ${asOf}`} />
                    </section>
                  )}
                  {activeOnly || pocOnly || others.length === 0 ? null : (
                    <section aria-labelledby="m-others">
                      <h2 id="m-others">
                        {t("missions.others")} ({others.length})
                      </h2>
                      <p>{t("missions.others.note")}</p>
                      <div class="scroll" tabIndex={0}>
                        <table id="missions-others">
                          {head(["missions.mission", "missions.type", "mission.period"])}
                          <tbody>
                            {others.map((m) => (
                              <tr key={m.id} data-id={m.id} data-type={m.type}>
                                {name(m)}
                                <td>
                                  {MISSION_TYPES[m.type][lang]}
                                  <details class="definition">
                                    <summary>{t("missions.whatItIs")}</summary>
                                    <p>{MISSION_TYPES[m.type].definition[lang]}</p>
                                  </details>
                                </td>
                                <td>
                                  {m.startDate ? formatDate(m.startDate, lang) : "?"} – {m.endDate && m.endDate <= asOf ? formatDate(m.endDate, lang) : ""}
                                </td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </div>
                    </section>
                  )}
                </>
              );
            }}
          </Show>
        )}
      </Show>
    </>
  );
}

/** The sites and violence section: map, charts and their code load with it. */
const MissionGround = lazyComponent(() => import("./mission-ground.js"));

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function Timeline(props: { readonly mandates: readonly Mandate[]; readonly end: string }): JSX.Element {
  const { t, lang } = useApp();
  const periods = mandatePeriods(props.mandates, props.end);
  if (periods.length === 0) return <p>{t("none")}</p>;
  const start = dayOf(periods[0]!.from);
  const span = Math.max(1, dayOf(periods[periods.length - 1]!.to) - start);
  const W = 1000;
  return (
    <figure class="timeline">
      <svg id="mandates-svg" viewBox={`0 0 ${W} 40`} role="img" aria-label={t("mission.timeline")} preserveAspectRatio="none">
        {periods.map((p) => (
          <rect key={p.mandate.id} x={((dayOf(p.from) - start) / span) * W} width={Math.max(1, ((dayOf(p.to) - dayOf(p.from)) / span) * W)} y={4} height={32} class={`poc-${p.mandate.poc}`}>
            <title>{`${p.mandate.resolution ?? p.mandate.id}${t("colon")}${POC_LEVELS[p.mandate.poc][lang]} (${formatDate(p.from, lang)} – ${formatDate(p.to, lang)})`}</title>
          </rect>
        ))}
      </svg>
      <figcaption>
        {formatDate(periods[0]!.from, lang)} – {formatDate(periods[periods.length - 1]!.to, lang)}.{" "}
        {(Object.keys(POC_LEVELS) as PocLevel[]).map((level) => (
          <span key={level} class="legend-item">
            <span class={`swatch poc-${level}`} aria-hidden="true" /> {POC_LEVELS[level][lang]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

function AnswerSection<T>(props: { readonly id: string; readonly title: string; readonly loaded: ReturnType<typeof useData<Answer<T>>>; readonly children: (value: T) => JSX.Element }): JSX.Element {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <Show loaded={props.loaded}>
        {(a) => (
          <>
            {props.children(a.value)}
            <Method method={a.method} />
            <Sources updated ids={a.sources} />
          </>
        )}
      </Show>
    </section>
  );
}

function Profile(props: { readonly mission: Mission; readonly refs: Reference }): JSX.Element {
  const app = useApp();
  const { t, lang } = app;
  const { mission, refs: ref } = props;
  const id = mission.id;
  const asOf = app.asOf;
  const end = mission.endDate !== undefined && mission.endDate < asOf ? mission.endDate : asOf;
  const mandates = useData(`mandates|${id}`, () => listAll("mandate", { filter: { missionId: id }, sort: "adoptedOn" }));
  const seriesKey = `personnel-in|${id}`;
  const loadSeries = () => api.analytics("personnel-by-year", { missionId: id });
  const series = useData(seriesKey, loadSeries);
  // The top contributors of the latest year with personnel that had ended by the view's date, answered by the core.
  const top = useData(`top-in|${id}|${end}`, async () => {
    const latest = latestPersonnelYear((await cached(seriesKey, loadSeries)).value, end);
    if (latest === undefined) return undefined;
    const { year } = latest;
    return { year, answer: await api.analytics("top-contributors", { from: year, to: year, n: 15, missionId: id }) };
  });
  const policing = useData(`policing|${end}`, () => api.analytics("policing-gaps", { asOf: end }));
  const gaps = useData(`gaps|${id}|${end}`, () => api.analytics("capability-gaps", { missionId: id, asOf: end }));
  const conduct = useData(`conduct|${id}`, () => api.analytics("conduct-rates", { missionId: id }));

  return (
    <>
      <p class="intro">
        {localized(lang, mission.names)}
        {acronymOf(mission, lang) !== mission.acronym ? ` (${mission.acronym})` : ""}
        {mission.type !== "operation" ? <span class="tag"> {MISSION_TYPES[mission.type][lang]}</span> : null}
      </p>
      <AsOfField value={asOf} onChange={(v) => app.navigate(app.link(`/missions/${id}`, { asOf: v }), { replace: true })} />
      <dl class="facts">
        <dt>{t("mission.period")}</dt>
        <dd>
          {mission.startDate ? formatDate(mission.startDate, lang) : "?"} – {mission.endDate !== undefined && mission.endDate <= asOf ? formatDate(mission.endDate, lang) : ""}
        </dd>
        <dt>{t("mission.hosts")}</dt>
        <dd>
          <Hosts mission={mission} refs={ref} />
        </dd>
        {mission.location ? (
          <>
            <dt>{t("mission.location")}</dt>
            <dd>{mission.location}</dd>
          </>
        ) : null}
        <dt>{t("mission.francophone")}</dt>
        <dd>{mission.francophoneEnvironment === "yes" ? t("yes") : mission.francophoneEnvironment === "partial" ? t("partial") : t("no")}</dd>
        <dt>{t("sources")}</dt>
        <dd>
          <Sources ids={mission.sources} />
        </dd>
      </dl>

      <section aria-labelledby="s-mandates">
        <h2 id="s-mandates">{t("mission.mandates")}</h2>
        <Show loaded={mandates}>
          {(all) => {
            const list = mandatesAdoptedBy(all, end);
            return (
              <>
                <h3>{t("mission.timeline")}</h3>
                <Timeline mandates={list} end={end} />
                {list.length > 0 ? (
                  <>
                  <div class="scroll" tabIndex={0}>
                    <table id="mandates-table">
                      <thead>
                        <tr>
                          <th scope="col">{t("mission.resolution")}</th>
                          <th scope="col">{t("mission.adopted")}</th>
                          <th scope="col">{t("mission.expires")}</th>
                          <th scope="col">{t("mission.poc")}</th>
                          <th scope="col">{t("mission.chapterVII")}</th>
                          <th scope="col">{t("sources")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {list.map((m) => (
                          <tr key={m.id}>
                            <th scope="row">
                              {m.digitalLibrary ? (
                                <a href={m.digitalLibrary.record} rel="noopener noreferrer" target="_blank" data-resolution={m.id}>
                                  {m.resolution ?? m.id}
                                </a>
                              ) : (
                                <>
                                  {m.resolution ?? m.id}{" "}
                                  <span class="muted" data-no-record={m.id}>
                                    ({t("mission.noRecord")}
                                    {m.digitalLibraryGap ? `${t("colon")}${m.digitalLibraryGap}` : ""})
                                  </span>
                                </>
                              )}
                            </th>
                            <td>{formatDate(mandateAdoption(m), lang)}</td>
                            <td>{m.expiresOn ? formatDate(m.expiresOn, lang) : "—"}</td>
                            <td>
                              <span class={`tag poc-${m.poc}`}>{POC_LEVELS[m.poc][lang]}</span>
                            </td>
                            <td>{m.chapterVII === undefined ? "—" : m.chapterVII ? t("yes") : t("no")}</td>
                            <td>
                              <Sources ids={m.sources} />
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                  <Downloads table="mandates-table" svg="mandates-svg" name={`${t("mission.mandates")} ${mission.acronym}`} />
                  </>
                ) : null}
              </>
            );
          }}
        </Show>
      </section>

      <MissionGround mission={mission} refs={ref} />

      <Show loaded={top}>
        {(found) => {
          if (found === undefined) {
            return (
              <section aria-labelledby="s-contributors">
                <h2 id="s-contributors">{t("mission.contributorsNone")}</h2>
                <p>{t("none")}</p>
              </section>
            );
          }
          const { year, answer } = found;
          return (
            <section aria-labelledby="s-contributors">
              <h2 id="s-contributors">{t("mission.contributors", { year })}</h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("map.country")}</th>
                    <th scope="col" class="num">
                      {t("mission.personnel")}
                    </th>
                    <th scope="col" class="num">
                      {t("mission.women")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {answer.value.map((c) => (
                    <tr key={c.contributorId}>
                      <th scope="row">
                        <ActorLink id={c.contributorId} refs={ref} />
                      </th>
                      <td class="num">{formatNumber(lang, Math.round(c.personnel))}</td>
                      <td class="num">{c.women === undefined ? "—" : formatNumber(lang, Math.round(c.women))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Method method={answer.method} />
              <Sources updated ids={answer.sources} />
            </section>
          );
        }}
      </Show>

      <AnswerSection id="s-gender" title={t("mission.gender")} loaded={series}>
        {(points) => <PersonnelCharts id="mission" points={yearsEndedBy(points, asOf)} subject={mission.acronym} />}
      </AnswerSection>

      <AnswerSection id="s-policing" title={t("mission.policing")} loaded={policing}>
        {(rows) => {
          const row = rows.find((r) => r.missionId === id);
          if (!row) return <p>{t("none")}</p>;
          const n = (v: number | undefined) => (v === undefined ? "—" : formatNumber(lang, v));
          // A mandate may set one ceiling for all police (individual officers and formed units together): it is shown as
          // such, never as the ceiling of individual officers.
          const lines: [string, number | undefined, number | undefined, number | undefined][] = [
            [CEILING_CATEGORIES[CEILING_CATEGORY_OF.individualPolice][lang], row.ceilings.individualPolice, row.deployed.individualPolice, row.gaps.individualPolice],
            [CEILING_CATEGORIES[CEILING_CATEGORY_OF.formedPolicePersonnel][lang], row.ceilings.formedPolicePersonnel, row.deployed.formedPolicePersonnel, row.gaps.formedPolicePersonnel],
            [CEILING_CATEGORIES[CEILING_CATEGORY_OF.formedPoliceUnits][lang], row.ceilings.formedPoliceUnits, row.formedPoliceUnits.deployed, row.gaps.formedPoliceUnits],
            ...(row.ceilings.police !== undefined ? [[CEILING_CATEGORIES[CEILING_CATEGORY_OF.police][lang], row.ceilings.police, undefined, undefined] as [string, number, undefined, undefined]] : []),
          ];
          return (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("mission.personnel")}</th>
                  <th scope="col" class="num">{t("mission.ceiling")}</th>
                  <th scope="col" class="num">{t("mission.deployed")}</th>
                  <th scope="col" class="num">{t("mission.gap")}</th>
                </tr>
              </thead>
              <tbody>
                {lines.map(([name, ceiling, deployed, gap]) => (
                  <tr key={name}>
                    <th scope="row">{name}</th>
                    <td class="num">{n(ceiling)}</td>
                    <td class="num">{n(deployed)}</td>
                    <td class="num">{n(gap)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </AnswerSection>

      <AnswerSection id="s-gaps" title={t("mission.gaps")} loaded={gaps}>
        {(rows) =>
          rows.length === 0 ? (
            <p>{t("none")}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("mission.unitType")}</th>
                  <th scope="col" class="num">{t("mission.required")}</th>
                  <th scope="col" class="num">{t("mission.deployed")}</th>
                  <th scope="col" class="num">{t("mission.pledged")}</th>
                  <th scope="col" class="num">{t("mission.gap")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((g) => (
                  <tr key={g.unitType}>
                    <th scope="row">{UNIT_TYPES[g.unitType][lang]}</th>
                    <td class="num">{formatNumber(lang, g.required)}</td>
                    <td class="num">{formatNumber(lang, g.deployed)}</td>
                    <td class="num">{formatNumber(lang, g.pledged)}</td>
                    <td class="num">{formatNumber(lang, g.gap)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </AnswerSection>

      <AnswerSection id="s-conduct" title={t("mission.conduct")} loaded={conduct}>
        {(all) => {
          const rows = yearsEndedBy(all, asOf);
          return rows.length === 0 ? (
            <p>{t("none")}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("mission.year")}</th>
                  <th scope="col" class="num">{t("mission.allegations")}</th>
                  <th scope="col" class="num">{t("mission.per1000")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const rate = r.per1000;
                  return (
                    <tr key={r.year}>
                      <th scope="row">{r.year}</th>
                      <td class="num">{formatNumber(lang, r.allegations)}</td>
                      <td class="num">{rate === undefined ? "—" : formatNumber(lang, rate, 2)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          );
        }}
      </AnswerSection>
    </>
  );
}

export function MissionProfile(props: { readonly id: string }): JSX.Element {
  const app = useApp();
  const ref = useReference();
  const mission = ref.state === "ready" ? ref.data.missions.get(props.id) : undefined;
  useTitle(mission ? acronymOf(mission, app.lang) : props.id);
  return (
    <Show loaded={ref}>
      {(r) =>
        mission ? (
          <>
            <h1>{acronymOf(mission, app.lang)}</h1>
            <Profile mission={mission} refs={r} />
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
