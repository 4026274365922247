/** The overview: the headline figures, each with its method and sources and a link to its detail. */
import { PERSONNEL_CATEGORIES, PLEDGE_STATUSES, formatDate, type PersonnelCategory, type PledgeStatus } from "@bluehelm/core";
import { lastYearEndedBy, latestWomenFigure, parityTargetsFor, yearEndsThrough, yearsEndedBy } from "@bluehelm/core/analytics";
import type { Answer, Coverage, PledgeSummary, PocCoverage } from "@bluehelm/core/analytics";
import type { JSX } from "preact";
import { useEffect } from "preact/hooks";
import { api, listAll, worldSeries } from "../api.js";
import { Link, useApp } from "../app.js";
import { Chart, TargetsChart } from "../chart-lazy.js";
import { AsOfField, Method, Show, Sources, useData, useTitle } from "../components.js";
import { PersonnelCharts } from "../personnel-charts.js";
import { formatNumber, formatPercent } from "../i18n.js";
import { asOfOf } from "../url.js";

function Card(props: { readonly title: string; readonly id: string; readonly children: JSX.Element | (JSX.Element | null | false)[] }): JSX.Element {
  return (
    <section class="card" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

export function Overview(): JSX.Element {
  const app = useApp();
  const { t, lang } = app;
  useTitle(t("overview.title"));
  const asOf = app.asOf;
  const year = Number(asOf.slice(0, 4));
  const coverage = useData(`coverage|${asOf}`, () => api.analytics("endorsement-coverage", { asOf }));
  const poc = useData(`poc|${asOf}`, () => api.analytics("poc-coverage", { asOf }));
  const pledges = useData(`pledge-summary|${asOf}`, () => api.analytics("pledge-summary", { asOf }));
  // The series and the targets do not depend on the date: fetched once, the year is chosen here.
  const women = useData("women", async () => {
    const [series, targets] = await Promise.all([worldSeries(), listAll("gender-target")]);
    return { series, targets };
  });
  const ready = [coverage, poc, pledges, women].every((l) => l.state === "ready");
  useEffect(() => {
    if (ready && !performance.getEntriesByName("bluehelm:overview-rendered").length) performance.mark("bluehelm:overview-rendered");
  }, [ready]);

  const setAsOf = (value: string) => app.navigate(app.link("/", { asOf: value }), { replace: true });

  return (
    <>
      <h1>{t("overview.title")}</h1>
      <p class="intro">{t("overview.intro")}</p>
      <AsOfField value={asOf} onChange={setAsOf} />
      <div class="cards" data-ready={ready ? "overview" : undefined}>
        <Card title={t("overview.endorsers")} id="fig-endorsers">
          <Show loaded={coverage}>
            {(a: Answer<Coverage>) => (
              <>
                <p class="figure">{formatNumber(lang, a.value.endorsers.length)}</p>
                <p>
                  {t("overview.endorsers.value", { n: formatNumber(lang, a.value.endorsers.length), size: formatNumber(lang, a.value.size) })}
                  {a.value.share !== undefined ? ` (${formatPercent(lang, a.value.share)})` : ""}
                </p>
                <Method method={a.method} />
                <Sources updated ids={a.sources} />
                <Link href={app.link("/principles")}>{t("overview.endorsers.link")}</Link>
              </>
            )}
          </Show>
        </Card>
        <Card title={t("overview.poc")} id="fig-poc">
          <Show loaded={poc}>
            {(a: Answer<PocCoverage>) => (
              <>
                <p class="figure">{formatNumber(lang, a.value.withPoc)}</p>
                <p>{t("overview.poc.value", { n: formatNumber(lang, a.value.withPoc), active: formatNumber(lang, a.value.active) })}</p>
                {a.value.unknown > 0 ? <p class="note">{app.tn("overview.poc.unknown", a.value.unknown)}</p> : null}
                <h3>{t("overview.poc.personnel")}</h3>
                <p>
                  {a.value.personnelCounted > 0
                    ? `${t("overview.poc.personnelValue", { n: formatNumber(lang, a.value.personnelUnderPoc), counted: formatNumber(lang, a.value.personnelCounted) })}${a.value.personnelShare !== undefined ? ` (${formatPercent(lang, a.value.personnelShare)})` : ""}`
                    : t("overview.poc.noPersonnel")}
                </p>
                <Method method={a.method} />
                <Sources updated ids={a.sources} />
                <Link href={app.link("/missions")}>{t("overview.poc.link")}</Link>
              </>
            )}
          </Show>
        </Card>
        <Card title={t("overview.pledges")} id="fig-pledges">
          <Show loaded={pledges}>
            {(a: Answer<PledgeSummary>) => (
              <>
                <p class="figure">{formatNumber(lang, a.value.total)}</p>
                <p>{app.tn("overview.pledges.total", a.value.total)}</p>
                <ul class="statuses">
                  {(Object.keys(PLEDGE_STATUSES) as PledgeStatus[])
                    .filter((s) => (a.value.byStatus[s] ?? 0) > 0)
                    .map((s) => (
                      <li key={s}>
                        <Link href={app.link("/pledges", { status: s })}>
                          {PLEDGE_STATUSES[s][lang]}
                          {t("colon")}
                          {formatNumber(lang, a.value.byStatus[s])}
                        </Link>
                      </li>
                    ))}
                </ul>
                <Method method={a.method} />
                <Sources updated ids={a.sources} />
                <Link href={app.link("/pledges")}>{t("overview.pledges.link")}</Link>
              </>
            )}
          </Show>
        </Card>
        <Card title={t("overview.women")} id="fig-women">
          <Show loaded={women}>
            {({ series, targets: all }) => {
              // The figure is the annual mean of the latest year over by the date, from the personnel-by-year answer.
              const point = latestWomenFigure(series.value, asOf);
              const shown = point?.year ?? year;
              const { inForce: targets, later } = parityTargetsFor(all, shown);
              return (
                <>
                  {point && point.women !== undefined ? (
                    <>
                      <p class="figure">{formatPercent(lang, point.women / point.total)}</p>
                      <p>
                        {t("overview.women.value", {
                          share: formatPercent(lang, point.women / point.total),
                          year: point.year,
                          women: formatNumber(lang, point.women),
                          total: formatNumber(lang, point.total),
                        })}
                      </p>
                      {point.year !== year ? <p class="note">{t("overview.women.latest", { year: point.year, date: formatDate(asOf, lang) })}</p> : null}
                    </>
                  ) : (
                    <p>{t("overview.women.none", { date: formatDate(asOf, lang) })}</p>
                  )}
                  <h3>{t("overview.women.targets", { year: shown })}</h3>
                  {targets.length > 0 ? (
                    <ul>
                      {targets.map((target) => (
                        <li key={target.id}>
                          {PERSONNEL_CATEGORIES[target.category][lang]}
                          {t("colon")}
                          {formatPercent(lang, target.share, 0)} ({target.year})
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p>{t("none")}</p>
                  )}
                  {later.length > 0 ? (
                    <details>
                      <summary>{t("overview.women.later")}</summary>
                      <ul>
                        {later.map((target) => (
                          <li key={target.id}>
                            {PERSONNEL_CATEGORIES[target.category][lang]}
                            {t("colon")}
                            {formatPercent(lang, target.share, 0)} ({target.year})
                          </li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                  <Method method={series.method} />
                  <Sources updated ids={[...new Set([...series.sources, ...targets.flatMap((x) => x.sources), ...later.flatMap((x) => x.sources)])].sort()} />
                  <Link href={app.link("/map", { layer: "women", asOf: point ? `${point.year}-12-31` : asOfOf(app.params) })}>{t("overview.women.link")}</Link>
                </>
              );
            }}
          </Show>
        </Card>
      </div>
      <ByCategory asOf={asOf} />
      <PledgesOverTime asOf={asOf} />
      <section aria-labelledby="s-world">
        <h2 id="s-world">{t("overview.world")}</h2>
        <Show loaded={women}>
          {({ series }) => (
            <>
              <PersonnelCharts id="world" points={yearsEndedBy(series.value, asOf)} subject={t("overview.world.subject")} />
              <Method method={series.method} />
              <Sources updated ids={series.sources} />
            </>
          )}
        </Show>
      </section>
    </>
  );
}

/** The first year of the pledges' series: the Leaders' Summit of 2015, where the framework's pledging began. */
const PLEDGES_FROM = 2015;

/** Pledges by their status at the end of each year up to the view's date, as the core's pledge summary answers each. */
function PledgesOverTime(props: { readonly asOf: string }): JSX.Element {
  const { t, lang } = useApp();
  const dates = yearEndsThrough(PLEDGES_FROM, props.asOf);
  const series = useData(`pledges-over-time|${props.asOf}`, () => Promise.all(dates.map((d) => api.analytics("pledge-summary", { asOf: d }))));
  return (
    <section aria-labelledby="s-pledges-time">
      <h2 id="s-pledges-time">{t("overview.pledgesOverTime.heading")}</h2>
      <Show loaded={series}>
        {(answers) => {
          const statuses = (Object.keys(PLEDGE_STATUSES) as PledgeStatus[]).filter((s) => answers.some((a) => (a.value.byStatus[s] ?? 0) > 0));
          if (statuses.length === 0) return <p>{t("none")}</p>;
          return (
            <>
              <Chart
                id="pledges-status"
                kind="line"
                yearLabel={t("mission.year")}
                data={{ years: dates.map((d) => Number(d.slice(0, 4))), series: statuses.map((s) => ({ key: s, values: answers.map((a) => a.value.byStatus[s] ?? 0) })) }}
                text={{
                  title: t("overview.pledgesOverTime"),
                  desc: t("overview.pledgesOverTime.desc"),
                  labels: Object.fromEntries(statuses.map((s) => [s, PLEDGE_STATUSES[s][lang]])),
                  unit: t("overview.pledgesOverTime.unit"),
                  format: (n) => formatNumber(lang, n),
                }}
              />
              <Method method={answers[0]!.method} />
              <Sources updated ids={[...new Set(answers.flatMap((a) => a.sources))].sort()} />
            </>
          );
        }}
      </Show>
    </section>
  );
}

/** Women's share in each personnel category against the category's parity target, for the latest year ended by the date. */
function ByCategory(props: { readonly asOf: string }): JSX.Element {
  const { t, lang } = useApp();
  const year = lastYearEndedBy(props.asOf);
  const shares = useData(`gender-category|${year}`, async () => {
    const [answer, targets] = await Promise.all([api.analytics("gender-shares", { year, by: "category" }), listAll("gender-target")]);
    return { answer, targets: parityTargetsFor(targets, year) };
  });
  return (
    <section aria-labelledby="s-by-category">
      <h2 id="s-by-category">{t("overview.byCategory.heading", { year })}</h2>
      <Show loaded={shares}>
        {({ answer: a, targets }) => {
          // Every category of personnel, with the share the answer has for it (if any), the target in force that year
          // (the answer's) and the next target set for a later year.
          const byCategory = new Map(a.value.map((r) => [r.category, r]));
          const rows = (Object.keys(PERSONNEL_CATEGORIES) as PersonnelCategory[])
            .filter((c) => byCategory.has(c) || targets.inForce.some((x) => x.category === c) || targets.later.some((x) => x.category === c))
            .map((c) => {
              const row = byCategory.get(c);
              const next = targets.later.find((x) => x.category === c);
              return { key: c, label: PERSONNEL_CATEGORIES[c][lang], share: row?.share, target: row?.target ?? targets.inForce.find((x) => x.category === c)?.share, next: next?.share, nextYear: next?.year };
            });
          const nextYear = new Map<string, number | undefined>(rows.map((r) => [r.key, r.nextYear]));
          return rows.length === 0 ? (
            <p>{t("overview.byCategory.none", { year })}</p>
          ) : (
            <>
              {a.value.every((r) => r.category === "all") ? <p class="note">{t("overview.byCategory.onlyAll")}</p> : null}
              <TargetsChart
                id="women-category"
                rows={rows}
                columns={[t("overview.byCategory.category"), t("mission.share"), t("overview.byCategory.target"), t("overview.byCategory.next")]}
                nextText={(r) => (r.next === undefined ? "—" : `${formatPercent(lang, r.next)} (${nextYear.get(r.key) ?? ""})`)}
                none="—"
                text={{
                  title: t("overview.byCategory", { year }),
                  desc: t("overview.byCategory.desc"),
                  unit: t("chart.unit.share"),
                  shareLabel: t("mission.share"),
                  targetLabel: t("overview.byCategory.target"),
                  nextLabel: t("overview.byCategory.next"),
                  format: (n) => formatPercent(lang, n),
                }}
              />
              <Method method={a.method} />
              <Sources updated ids={[...new Set([...a.sources, ...targets.inForce.flatMap((x) => x.sources), ...targets.later.flatMap((x) => x.sources)])].sort()} />
            </>
          );
        }}
      </Show>
    </section>
  );
}
