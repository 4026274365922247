/** The map's layers, their colour classes and legends (pure, tested). */
import { type Label } from "@bluehelm/core";
import { lastYearEndedBy } from "@bluehelm/core/analytics";
import { formatNumber, formatPercent, type Lang, type MessageKey } from "../i18n.js";

export const LAYERS = ["endorsements", "contributions", "women"] as const;
export type Layer = (typeof LAYERS)[number];

export interface LayerData {
  readonly layer: Layer;
  readonly year: number;
  /** By actor id. */
  readonly values: ReadonlyMap<string, number>;
  readonly method: Label;
  readonly sources: readonly string[];
}

export const layerOf = (value: string | null): Layer => ((LAYERS as readonly string[]).includes(value ?? "") ? (value as Layer) : "endorsements");

/**
 * The year a layer shows as of a date: the date's own year for endorsements
 * (true on the day), and for the annual means of contributions and women's
 * shares the core's latest year ended by the date, so that no later-dated
 * figure is shown as of an earlier day.
 */
export function layerYear(layer: Layer, asOf: string): number {
  return layer === "endorsements" ? Number(asOf.slice(0, 4)) : lastYearEndedBy(asOf);
}

/** Upper bounds of the classes: personnel, and women's shares. */
const PERSONNEL = [100, 1000, 5000, Infinity];
const SHARES = [0.05, 0.1, 0.2, Infinity];

/** The colour class of a value: 0 for no data, then 1 to 4. */
export function bucketOf(layer: Layer, value: number | undefined): number {
  if (value === undefined) return 0;
  if (layer === "endorsements") return value === 1 ? 4 : 1;
  const bounds = layer === "contributions" ? PERSONNEL : SHARES;
  return bounds.findIndex((b) => value < b) + 1;
}

export function legendOf(layer: Layer, lang: Lang, t: (key: MessageKey) => string): { bucket: number; label: string }[] {
  if (layer === "endorsements") {
    return [
      { bucket: 4, label: t("map.endorsed") },
      { bucket: 1, label: t("map.notEndorsed") },
      { bucket: 0, label: t("map.noData") },
    ];
  }
  const bounds = layer === "contributions" ? PERSONNEL : SHARES;
  const f = (n: number) => (layer === "contributions" ? formatNumber(lang, n) : formatPercent(lang, n, 0));
  return [
    ...bounds.map((b, i) => ({ bucket: i + 1, label: i === 0 ? `< ${f(b)}` : b === Infinity ? `≥ ${f(bounds[i - 1]!)}` : `${f(bounds[i - 1]!)} – ${f(b)}` })),
    { bucket: 0, label: t("map.noData") },
  ];
}

/**
 * What a layer measures, for its legend: the endorsement certain by the date,
 * or the annual means of the year shown (personnel summed over every mission;
 * women's share of those personnel).
 */
export function legendUnit(layer: Layer, year: number, date: string, t: (key: MessageKey, params: Readonly<Record<string, string | number>>) => string): string {
  return t(`map.unit.${layer}`, { year, date });
}
