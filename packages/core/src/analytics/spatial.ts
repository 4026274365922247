import KDBush from "kdbush";
import { around, distance } from "geokdbush";
import type { Coordinates } from "../schemas/common.js";

/*
 * Great-circle search over points, on the kdbush k-d tree with geokdbush's
 * nearest-neighbour search on the sphere (haversine, Earth radius 6,371 km).
 */

/**
 * The great-circle distance between two points, in kilometres (haversine, Earth radius 6,371 km).
 *
 * @example
 * ```ts
 * import { distanceKm } from "@bluehelm/core/analytics";
 *
 * const bangui = { lat: 4.3947, lon: 18.5582 };
 * const bria = { lat: 6.5423, lon: 21.9862 };
 * console.log(Math.round(distanceKm(bangui, bria))); // about 447
 * ```
 */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  return distance(a.lon, a.lat, b.lon, b.lat);
}

/**
 * A point of a {@link SpatialIndex} found near a query point, with its distance.
 *
 * @example
 * ```ts
 * import { spatialIndex, type Neighbour } from "@bluehelm/core/analytics";
 *
 * const index = spatialIndex([{ name: "Bangui", coordinates: { lat: 4.3947, lon: 18.5582 } }]);
 * const found: Neighbour<{ name: string }>[] = index.near({ lat: 4.4, lon: 18.6 }, 25);
 * console.log(found[0]?.item.name, found[0]?.distanceKm);
 * ```
 */
export interface Neighbour<T> {
  readonly item: T;
  readonly distanceKm: number;
}

/**
 * Points indexed for great-circle search: the points within a radius of a
 * query point, nearest first.
 *
 * @example
 * ```ts
 * import { spatialIndex, type SpatialIndex } from "@bluehelm/core/analytics";
 *
 * const index: SpatialIndex<{ coordinates: { lat: number; lon: number } }> = spatialIndex([{ coordinates: { lat: 0, lon: 0 } }]);
 * console.log(index.size, index.near({ lat: 0.1, lon: 0 }, 25).length); // 1 1
 * ```
 */
export interface SpatialIndex<T> {
  readonly size: number;
  /** The points within `radiusKm` of `point`, nearest first; at most `max` of them. */
  near(point: Coordinates, radiusKm: number, max?: number): Neighbour<T>[];
}

/**
 * Indexes points by their `coordinates` for great-circle search (kdbush + geokdbush).
 *
 * @example
 * ```ts
 * import { spatialIndex } from "@bluehelm/core/analytics";
 *
 * const sites = spatialIndex([
 *   { id: "bangui", coordinates: { lat: 4.3947, lon: 18.5582 } },
 *   { id: "bria", coordinates: { lat: 6.5423, lon: 21.9862 } },
 * ]);
 * console.log(sites.near({ lat: 4.5, lon: 18.6 }, 25).map((n) => n.item.id)); // ["bangui"]
 * ```
 */
export function spatialIndex<T extends { readonly coordinates: Coordinates }>(items: readonly T[]): SpatialIndex<T> {
  if (items.length === 0) return { size: 0, near: () => [] };
  const tree = new KDBush(items.length);
  for (const item of items) tree.add(item.coordinates.lon, item.coordinates.lat);
  tree.finish();
  return {
    size: items.length,
    near(point, radiusKm, max = Infinity) {
      return around(tree, point.lon, point.lat, max, radiusKm).map((i) => {
        const item = items[i]!;
        return { item, distanceKm: distanceKm(point, item.coordinates) };
      });
    },
  };
}
