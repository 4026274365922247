/**
 * A chart with its table and its downloads (its own chunk, loaded with the
 * first chart of a page): the chart (line, bars, or shares against targets),
 * the table of exactly its numbers, and the table as CSV and the chart as SVG.
 */
import type { JSX } from "preact";
import { SeriesTable, TargetChart, YearBarChart, YearLineChart, type ChartText, type TargetRow } from "./charts.js";
import { Downloads } from "./components.js";
import type { YearSeries } from "./pages/ground-data.js";

export interface ChartBlockProps {
  readonly id: string;
  readonly kind: "line" | "bar";
  readonly data: YearSeries;
  readonly text: ChartText;
  readonly yearLabel: string;
}

export default function ChartBlock(props: ChartBlockProps): JSX.Element {
  const { id, data, text } = props;
  return (
    <figure class="chart-block" data-chart-block={id}>
      {props.kind === "line" ? <YearLineChart id={id} data={data} text={text} /> : <YearBarChart id={id} data={data} text={text} />}
      <SeriesTable id={id} caption={text.title} yearLabel={props.yearLabel} data={data} text={text} />
      <Downloads table={`${id}-table`} svg={`${id}-svg`} name={text.title} />
    </figure>
  );
}

export interface TargetBlockProps {
  readonly id: string;
  readonly rows: readonly TargetRow[];
  readonly text: Omit<ChartText, "labels"> & { readonly shareLabel: string; readonly targetLabel: string; readonly nextLabel: string };
  /** The table's column headings: category, share, target in force, next target. */
  readonly columns: readonly [string, string, string, string];
  /** The text of a next target's cell (its share and year). */
  readonly nextText: (row: TargetRow) => string;
  readonly none: string;
}

/** Shares against their targets, as a chart and as a table. */
export function TargetBlock(props: TargetBlockProps): JSX.Element {
  const { id, rows, text } = props;
  return (
    <figure class="chart-block" data-chart-block={id}>
      <TargetChart id={id} rows={rows} text={text} />
      <div class="scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        <table id={`${id}-table`} data-table={id}>
          <caption id={`${id}-caption`}>{text.title}</caption>
          <thead>
            <tr>
              {props.columns.map((c, i) => (
                <th key={c} scope="col" class={i > 0 ? "num" : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td class="num">{r.share === undefined ? props.none : text.format(r.share)}</td>
                <td class="num">{r.target === undefined ? props.none : text.format(r.target)}</td>
                {/* A target names the year it is for, which may be after the view's date. */}
                <td class="num" data-statement="">
                  {props.nextText(r)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Downloads table={`${id}-table`} svg={`${id}-svg`} name={text.title} />
    </figure>
  );
}
