/** The world atlas's countries (world-atlas countries-110m, a JSON asset), as GeoJSON, fetched once per page load. */
import type { ExtendedFeature, ExtendedFeatureCollection } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlasUrl from "world-atlas/countries-110m.json?url";

/** The countries; each feature's id is its ISO 3166-1 numeric code (the UN M49 code of the actors). */
export type Countries = ExtendedFeatureCollection<ExtendedFeature>;

let loaded: Promise<Countries> | undefined;

export function loadCountries(): Promise<Countries> {
  loaded ??= (async () => {
    const res = await fetch(atlasUrl);
    if (!res.ok) throw new Error(`${atlasUrl}: ${res.status}`);
    const topology = (await res.json()) as Topology<{ countries: GeometryCollection }>;
    return feature(topology, topology.objects.countries);
  })();
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}
