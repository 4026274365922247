/** Uniformed personnel and women's share by year (a State's, a mission's, the world's), as charts with their tables. */
import type { PersonnelYear } from "@bluehelm/core/analytics";
import type { JSX } from "preact";
import { useApp } from "./app.js";
import { Chart } from "./chart-lazy.js";
import { formatNumber, formatPercent } from "./i18n.js";

/** The two charts of a personnel series: personnel and women, and women's share; `points` already answer for the view's date. */
export function PersonnelCharts(props: { readonly id: string; readonly points: readonly PersonnelYear[]; readonly subject: string }): JSX.Element {
  const { t, lang } = useApp();
  const { points } = props;
  if (points.length === 0) return <p>{t("none")}</p>;
  const years = points.map((p) => p.year);
  return (
    <div class="charts">
      <Chart
        id={`${props.id}-personnel`}
        kind="line"
        yearLabel={t("mission.year")}
        data={{ years, series: [{ key: "total", values: points.map((p) => p.total) }, { key: "women", values: points.map((p) => p.women) }] }}
        text={{
          title: t("chart.personnel", { subject: props.subject }),
          desc: t("chart.desc"),
          labels: { total: t("mission.personnel"), women: t("mission.women") },
          unit: t("chart.unit.personnel"),
          format: (n) => formatNumber(lang, Math.round(n)),
        }}
      />
      <Chart
        id={`${props.id}-share`}
        kind="line"
        yearLabel={t("mission.year")}
        data={{ years, series: [{ key: "share", values: points.map((p) => (p.women === undefined || p.total === 0 ? undefined : p.women / p.total)) }] }}
        text={{
          title: t("chart.share", { subject: props.subject }),
          desc: t("chart.desc"),
          labels: { share: t("mission.share") },
          unit: t("chart.unit.share"),
          format: (n) => formatPercent(lang, n),
        }}
      />
    </div>
  );
}
