/**
 * Charts as SVG, drawn with d3-scale and d3-shape (scales and paths only;
 * Preact renders the elements). Each chart is an image with a title and a
 * description for screen readers, can be reached with the keyboard, tells
 * its series apart by pattern and marker as well as colour, and comes with
 * the table of its numbers.
 */
import { scaleBand, scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import type { ComponentChildren, JSX } from "preact";
import type { YearSeries } from "./pages/ground-data.js";
import { maxOf } from "./pages/ground-data.js";

const W = 640;
const H = 280;
const M = { top: 52, right: 12, bottom: 30, left: 56 };

export interface ChartText {
  /** Shown above the chart and read as the image's title. */
  readonly title: string;
  /** Read as the image's description: what it shows and where its numbers are. */
  readonly desc: string;
  /** The label of each series, by its key. */
  readonly labels: Readonly<Record<string, string>>;
  /** The axis's unit, shown at its top. */
  readonly unit: string;
  readonly format: (n: number) => string;
}

/** Every `n`th year labelled on the axis, so that labels never overlap. */
const labelEvery = (count: number) => Math.max(1, Math.ceil(count / 12));

function Frame(props: { readonly id: string; readonly text: ChartText; readonly children: ComponentChildren }): JSX.Element {
  const { id, text } = props;
  return (
    <svg id={`${id}-svg`} class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} tabindex={0} data-chart={id}>
      <title id={`${id}-title`}>{text.title}</title>
      <desc id={`${id}-desc`}>{text.desc}</desc>
      {props.children}
    </svg>
  );
}

function YAxis(props: { readonly y: ReturnType<typeof scaleLinear<number, number>>; readonly text: ChartText; readonly top: number }): JSX.Element {
  const { y, text } = props;
  return (
    <g class="axis" aria-hidden="true">
      {y.ticks(5).map((v) => (
        <g key={v}>
          <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} class="grid" />
          <text x={M.left - 6} y={y(v)} dy="0.32em" text-anchor="end">
            {text.format(v)}
          </text>
        </g>
      ))}
      <text x={4} y={props.top - 12} text-anchor="start" class="unit">
        {text.unit}
      </text>
    </g>
  );
}

/** Where each legend item goes: left to right, on as many rows as needed. */
function legendLayout(keys: readonly string[], text: ChartText): { readonly at: readonly (readonly [number, number])[]; readonly top: number } {
  let x = M.left;
  let y = 6;
  const at = keys.map((key) => {
    const width = 28 + (text.labels[key] ?? key).length * 7;
    if (x > M.left && x + width > W - M.right) {
      x = M.left;
      y += 18;
    }
    const here = [x, y] as const;
    x += width;
    return here;
  });
  return { at, top: M.top + (y - 6) };
}

function Legend(props: { readonly keys: readonly string[]; readonly text: ChartText; readonly id: string; readonly kind: "bar" | "line" }): JSX.Element {
  const { at } = legendLayout(props.keys, props.text);
  return (
    <g class="legend" aria-hidden="true">
      {props.keys.map((key, i) => (
        <g key={key} transform={`translate(${at[i]![0]}, ${at[i]![1]})`}>
          {props.kind === "bar" ? <rect width={14} height={14} class={`s${i}`} fill={i === 1 ? `url(#${props.id}-hatch)` : undefined} /> : <Marker i={i} x={7} y={7} />}
          <text x={20} y={7} dy="0.32em">
            {props.text.labels[key] ?? key}
          </text>
        </g>
      ))}
    </g>
  );
}

function Hatch(props: { readonly id: string }): JSX.Element {
  return (
    <defs>
      <pattern id={`${props.id}-hatch`} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width={6} height={6} class="hatch-bg" />
        <line x1={0} y1={0} x2={0} y2={6} class="hatch-line" />
      </pattern>
    </defs>
  );
}

/** The dash of each series' line: solid, then dashed, dotted and dash-dotted, in turn. */
const DASHES = [undefined, "6 4", "2 3", "8 3 2 3"] as const;

/** A marker per series: a circle, then a square, then a triangle (then again, with the next dash). */
function Marker(props: { readonly i: number; readonly x: number; readonly y: number }): JSX.Element {
  const { x, y } = props;
  const i = props.i % 3;
  if (i === 0) return <circle cx={x} cy={y} r={4.5} class="m0" />;
  if (i === 1) return <rect x={x - 4} y={y - 4} width={8} height={8} class="m1" />;
  return <path d={`M${x},${y - 5}L${x + 5},${y + 4}L${x - 5},${y + 4}Z`} class="m2" />;
}

function XAxis(props: { readonly years: readonly number[]; readonly at: (year: number) => number }): JSX.Element {
  const every = labelEvery(props.years.length);
  return (
    <g class="axis" aria-hidden="true">
      <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} class="base" />
      {props.years.map((year, i) =>
        i % every === 0 ? (
          <text key={year} x={props.at(year)} y={H - M.bottom + 18} text-anchor="middle">
            {year}
          </text>
        ) : null,
      )}
    </g>
  );
}

/** Bars side by side per year, one per series (the second hatched). */
export function YearBarChart(props: { readonly id: string; readonly data: YearSeries; readonly text: ChartText }): JSX.Element {
  const { id, data, text } = props;
  const keys = data.series.map((s) => s.key);
  const x = scaleBand<number>().domain(data.years).range([M.left, W - M.right]).padding(0.2);
  const inner = scaleBand<string>().domain(keys).range([0, x.bandwidth()]).padding(0.05);
  const { top } = legendLayout(keys, text);
  const y = scaleLinear().domain([0, maxOf(data) || 1]).nice().range([H - M.bottom, top]);
  return (
    <Frame id={id} text={text}>
      <Hatch id={id} />
      <YAxis y={y} text={text} top={top} />
      <g class="bars">
        {data.series.map((s, i) =>
          s.values.map((v, j) => {
            const year = data.years[j]!;
            if (v === undefined) return null;
            const top = y(v);
            return (
              <rect
                key={`${s.key}-${year}`}
                x={(x(year) ?? 0) + (inner(s.key) ?? 0)}
                y={top}
                width={inner.bandwidth()}
                height={Math.max(0, H - M.bottom - top)}
                class={`s${i}`}
                fill={i === 1 ? `url(#${id}-hatch)` : undefined}
              >
                <title>{`${year}, ${text.labels[s.key] ?? s.key}${": "}${text.format(v)}`}</title>
              </rect>
            );
          }),
        )}
      </g>
      <XAxis years={data.years} at={(year) => (x(year) ?? 0) + x.bandwidth() / 2} />
      <Legend keys={keys} text={text} id={id} kind="bar" />
    </Frame>
  );
}

/** Lines over the years, one per series (the second dashed), with a marker per point. */
export function YearLineChart(props: { readonly id: string; readonly data: YearSeries; readonly text: ChartText }): JSX.Element {
  const { id, data, text } = props;
  const keys = data.series.map((s) => s.key);
  const first = data.years[0] ?? 0;
  const last = data.years.at(-1) ?? first;
  const x = scaleLinear()
    .domain(first === last ? [first - 1, last + 1] : [first, last])
    .range([M.left + 14, W - M.right - 14]);
  const { top } = legendLayout(keys, text);
  const y = scaleLinear().domain([0, maxOf(data) || 1]).nice().range([H - M.bottom, top]);
  return (
    <Frame id={id} text={text}>
      <YAxis y={y} text={text} top={top} />
      {data.series.map((s, i) => {
        const points = s.values.map((v, j) => [data.years[j]!, v] as const);
        const d = line<readonly [number, number | undefined]>()
          .defined((p) => p[1] !== undefined)
          .x((p) => x(p[0]))
          .y((p) => y(p[1] ?? 0))(points);
        return (
          <g key={s.key} class={`series l${i % 6}`}>
            {d ? <path d={d} class={`line l${i % 6}`} stroke-dasharray={DASHES[i % DASHES.length]} /> : null}
            {points.map(([year, v]) =>
              v === undefined ? null : (
                <g key={year}>
                  <Marker i={i} x={x(year)} y={y(v)} />
                  <title>{`${year}, ${text.labels[s.key] ?? s.key}: ${text.format(v)}`}</title>
                </g>
              ),
            )}
          </g>
        );
      })}
      <XAxis years={data.years} at={(year) => x(year)} />
      <Legend keys={keys} text={text} id={id} kind="line" />
    </Frame>
  );
}

/** An estimate with its 95 % interval (where there is one), one per row, against zero. */
export interface IntervalRow {
  readonly label: string;
  readonly estimate: number | undefined;
  readonly ci95: readonly [number, number] | undefined;
}

const IH = 44;

/** Estimates as dots with their intervals as whiskers, on one axis through zero. */
export function IntervalChart(props: { readonly id: string; readonly rows: readonly IntervalRow[]; readonly text: Omit<ChartText, "labels"> }): JSX.Element {
  const { id, rows, text } = props;
  const values = rows.flatMap((r) => [r.estimate, ...(r.ci95 ?? [])]).filter((v): v is number => v !== undefined);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const left = 230;
  const height = M.top + rows.length * IH + M.bottom;
  const x = scaleLinear()
    .domain(lo === hi ? [-1, 1] : [lo, hi])
    .nice()
    .range([left, W - M.right - 10]);
  return (
    <svg id={`${id}-svg`} class="chart interval" viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} tabindex={0} data-chart={id}>
      <title id={`${id}-title`}>{text.title}</title>
      <desc id={`${id}-desc`}>{text.desc}</desc>
      <g class="axis" aria-hidden="true">
        {x.ticks(6).map((v) => (
          <g key={v}>
            <line x1={x(v)} x2={x(v)} y1={M.top - 6} y2={height - M.bottom} class={v === 0 ? "zero" : "grid"} />
            <text x={x(v)} y={height - M.bottom + 16} text-anchor="middle">
              {text.format(v)}
            </text>
          </g>
        ))}
        <text x={W - M.right} y={M.top - 14} text-anchor="end" class="unit">
          {text.unit}
        </text>
      </g>
      {rows.map((r, i) => {
        const cy = M.top + i * IH + IH / 2;
        return (
          <g key={r.label} class="interval-row">
            <text x={left - 10} y={cy} dy="0.32em" text-anchor="end">
              {r.label}
            </text>
            {r.ci95 ? (
              <g class="whisker">
                <line x1={x(r.ci95[0])} x2={x(r.ci95[1])} y1={cy} y2={cy} />
                <line x1={x(r.ci95[0])} x2={x(r.ci95[0])} y1={cy - 7} y2={cy + 7} />
                <line x1={x(r.ci95[1])} x2={x(r.ci95[1])} y1={cy - 7} y2={cy + 7} />
              </g>
            ) : null}
            {r.estimate !== undefined ? <circle cx={x(r.estimate)} cy={cy} r={5} class="m0" /> : null}
          </g>
        );
      })}
    </svg>
  );
}

/** The numbers of a year chart as a table: a row per year, a column per series. */
export function SeriesTable(props: {
  readonly id: string;
  readonly caption: string;
  readonly yearLabel: string;
  readonly data: YearSeries;
  readonly text: Pick<ChartText, "labels" | "format">;
}): JSX.Element {
  const { data, text } = props;
  return (
    <div class="scroll" tabIndex={0} role="region" aria-labelledby={`${props.id}-caption`}>
      <table id={`${props.id}-table`} data-table={props.id}>
        <caption id={`${props.id}-caption`}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.yearLabel}</th>
            {data.series.map((s) => (
              <th key={s.key} scope="col" class="num">
                {text.labels[s.key] ?? s.key}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.years.map((year, j) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {data.series.map((s) => {
                const v = s.values[j];
                return (
                  <td key={s.key} class="num">
                    {v === undefined ? "—" : text.format(v)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A share against its target, one row per category. */
export interface TargetRow {
  readonly key: string;
  readonly label: string;
  /** Between 0 and 1; undefined when there is no figure. */
  readonly share: number | undefined;
  /** Between 0 and 1; undefined when no target is in force. */
  readonly target: number | undefined;
  /** The next target set for a later year, between 0 and 1, when there is one; drawn hollow. */
  readonly next?: number | undefined;
}

const TH = 40;

/** Shares as horizontal bars, each with its target as a marked line across it. */
export function TargetChart(props: {
  readonly id: string;
  readonly rows: readonly TargetRow[];
  readonly text: Omit<ChartText, "labels"> & { readonly shareLabel: string; readonly targetLabel: string; readonly nextLabel: string };
}): JSX.Element {
  const { id, rows, text } = props;
  const left = 190;
  const height = M.top + rows.length * TH + M.bottom;
  const hi = Math.max(0.05, ...rows.flatMap((r) => [r.share ?? 0, r.target ?? 0, r.next ?? 0]));
  const x = scaleLinear().domain([0, hi]).nice().range([left, W - M.right - 10]);
  return (
    <svg id={`${id}-svg`} class="chart targets" viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} tabindex={0} data-chart={id}>
      <title id={`${id}-title`}>{text.title}</title>
      <desc id={`${id}-desc`}>{text.desc}</desc>
      <g class="axis" aria-hidden="true">
        {x.ticks(5).map((v) => (
          <g key={v}>
            <line x1={x(v)} x2={x(v)} y1={M.top - 6} y2={height - M.bottom} class="grid" />
            <text x={x(v)} y={height - M.bottom + 16} text-anchor="middle">
              {text.format(v)}
            </text>
          </g>
        ))}
        <text x={W - M.right} y={M.top - 20} text-anchor="end" class="unit">
          {text.unit}
        </text>
      </g>
      <g class="legend" aria-hidden="true" transform={`translate(${M.left}, 6)`}>
        <rect width={14} height={14} class="s0" />
        <text x={20} y={7} dy="0.32em">
          {text.shareLabel}
        </text>
        <g transform="translate(180, 0)">
          <line x1={7} x2={7} y1={-1} y2={15} class="target" />
          <path d="M7,2L12,7L7,12L2,7Z" class="m2" />
          <text x={20} y={7} dy="0.32em">
            {text.targetLabel}
          </text>
        </g>
        <g transform="translate(340, 0)">
          <path d="M7,2L12,7L7,12L2,7Z" class="next" />
          <text x={20} y={7} dy="0.32em">
            {text.nextLabel}
          </text>
        </g>
      </g>
      {rows.map((r, i) => {
        const top = M.top + i * TH + 8;
        const cy = top + (TH - 16) / 2;
        return (
          <g key={r.key} class="target-row">
            <text x={left - 10} y={cy} dy="0.32em" text-anchor="end">
              {r.label}
            </text>
            {r.share !== undefined ? <rect x={left} y={top} width={Math.max(0, x(r.share) - left)} height={TH - 16} class="s0" /> : null}
            {r.target !== undefined ? (
              <g>
                <line x1={x(r.target)} x2={x(r.target)} y1={top - 5} y2={top + TH - 11} class="target" />
                <path d={`M${x(r.target)},${cy - 5}L${x(r.target) + 5},${cy}L${x(r.target)},${cy + 5}L${x(r.target) - 5},${cy}Z`} class="m2" />
              </g>
            ) : null}
            {r.next !== undefined ? <path d={`M${x(r.next)},${cy - 6}L${x(r.next) + 6},${cy}L${x(r.next)},${cy + 6}L${x(r.next) - 6},${cy}Z`} class="next" /> : null}
          </g>
        );
      })}
    </svg>
  );
}
