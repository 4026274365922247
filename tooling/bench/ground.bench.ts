// Spatial join benchmark: every conflict event against the deployment sites
// active in its year, within a radius — through the core's spatial index
// (kdbush + geokdbush) and by brute force (every site's haversine distance),
// in the same run, at growing data sizes (the reference data, then copies
// of its events and sites moved by up to ±0.5°). Both must find the same
// pairs; the ratio is brute force ÷ index.
// Usage: pnpm --filter @bluehelm/bench bench:ground [--quick]
import { type Coordinates, type ReadonlyDataset } from "@bluehelm/core";
import { siteActive, spatialIndex } from "@bluehelm/core/analytics";
import { loadDataset } from "@bluehelm/data";
import { median, ms, sample } from "./measure.js";

interface Point {
  readonly year: number;
  readonly coordinates: Coordinates;
}

export interface JoinRow {
  readonly scale: number;
  readonly events: number;
  readonly sites: number;
  readonly pairs: number;
  readonly indexMs: number;
  readonly bruteMs: number;
  /** bruteMs ÷ indexMs. */
  readonly speedup: number;
}

const R = 6371;
const rad = Math.PI / 180;
/** Haversine distance in km, written out here so that the baseline shares no code with the core. */
function haversine(a: Coordinates, b: Coordinates): number {
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

const byYear = <T extends Point>(points: readonly T[]) => {
  const map = new Map<number, T[]>();
  for (const p of points) {
    const l = map.get(p.year);
    if (l) l.push(p);
    else map.set(p.year, [p]);
  }
  return map;
};

/** Pairs (event, site of its year) within radiusKm, through the spatial index. */
export function indexedJoin(events: readonly Point[], sites: readonly Point[], radiusKm: number): number {
  const sitesByYear = byYear(sites);
  let pairs = 0;
  for (const [year, list] of byYear(events)) {
    const yearSites = sitesByYear.get(year);
    if (!yearSites) continue;
    const index = spatialIndex(yearSites);
    for (const e of list) pairs += index.near(e.coordinates, radiusKm).length;
  }
  return pairs;
}

/** The same pairs by brute force. */
export function bruteJoin(events: readonly Point[], sites: readonly Point[], radiusKm: number): number {
  const sitesByYear = byYear(sites);
  let pairs = 0;
  for (const e of events) {
    for (const s of sitesByYear.get(e.year) ?? []) if (haversine(e.coordinates, s.coordinates) <= radiusKm) pairs++;
  }
  return pairs;
}

/** The reference events and active sites, and `scale − 1` moved copies of each (seeded, reproducible). */
export function scaled(dataset: ReadonlyDataset, scale: number): { events: Point[]; sites: Point[] } {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const move = (c: Coordinates, copy: number): Coordinates =>
    copy === 0 ? c : { lat: Math.max(-89, Math.min(89, c.lat + (random() - 0.5))), lon: Math.max(-179, Math.min(179, c.lon + (random() - 0.5))) };
  const baseEvents = dataset.conflictEvents.map((e) => ({ year: Number(e.dateStart.slice(0, 4)), coordinates: e.coordinates }));
  const baseSites = dataset.deploymentSites.filter(siteActive).map((s) => ({ year: s.year, coordinates: s.coordinates }));
  const events: Point[] = [];
  const sites: Point[] = [];
  for (let copy = 0; copy < scale; copy++) {
    for (const e of baseEvents) events.push({ year: e.year, coordinates: move(e.coordinates, copy) });
    for (const s of baseSites) sites.push({ year: s.year, coordinates: move(s.coordinates, copy) });
  }
  return { events, sites };
}

export function runGroundBench(dataset: ReadonlyDataset, scales: readonly number[], runs: number, radiusKm = 25): JoinRow[] {
  return scales.map((scale) => {
    const { events, sites } = scaled(dataset, scale);
    const pairs = indexedJoin(events, sites, radiusKm);
    const brute = bruteJoin(events, sites, radiusKm);
    if (brute !== pairs) throw new Error(`at ×${scale} the index found ${pairs} pairs and brute force ${brute}`);
    const indexMs = median(sample(() => indexedJoin(events, sites, radiusKm), runs, 1));
    const bruteMs = median(sample(() => bruteJoin(events, sites, radiusKm), runs, 1));
    return { scale, events: events.length, sites: sites.length, pairs, indexMs, bruteMs, speedup: bruteMs / indexMs };
  });
}

function main() {
  const quick = process.argv.includes("--quick");
  const scales = quick ? [1, 2] : [1, 2, 4, 8];
  const runs = quick ? 1 : 3;
  const rows = runGroundBench(loadDataset(), scales, runs);
  console.log(`spatial join benchmark — events × active sites of the same year within 25 km; ${runs} runs each, median; Node ${process.version}`);
  console.log("baseline: brute force (haversine to every site of the year), same run, same pairs\n");
  console.log(`${"scale".padStart(5)}  ${"events".padStart(8)}  ${"sites".padStart(7)}  ${"pairs".padStart(8)}  ${"index ms".padStart(9)}  ${"brute ms".padStart(9)}  ${"brute ÷ index".padStart(13)}`);
  for (const r of rows) {
    console.log(
      `${`×${r.scale}`.padStart(5)}  ${String(r.events).padStart(8)}  ${String(r.sites).padStart(7)}  ${String(r.pairs).padStart(8)}  ${ms(r.indexMs).padStart(9)}  ${ms(r.bruteMs).padStart(9)}  ${r.speedup.toFixed(1).padStart(13)}`,
    );
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) main();
