/**
 * The charts, loaded on demand: the pages name these, and the chart code
 * (chart-block, charts, d3) is fetched the first time one is shown.
 */
import type { ChartBlockProps, TargetBlockProps } from "./chart-block.js";
import { lazyComponent } from "./components.js";

/** A chart with its table and downloads, loaded on demand. */
export const Chart = lazyComponent<ChartBlockProps>(() => import("./chart-block.js"));

/** Shares against their targets, as a chart and a table, loaded on demand. */
export const TargetsChart = lazyComponent<TargetBlockProps>(() => import("./chart-block.js").then((m) => ({ default: m.TargetBlock })));
