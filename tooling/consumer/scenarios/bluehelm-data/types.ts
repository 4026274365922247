// Values inferred from the dataset and the analytics must be nameable by a consumer.
import { type Mission, type ReadonlyDataset } from "@bluehelm/core";
import { createIndex, endorsementCoverage } from "@bluehelm/core/analytics";
import { loadDataset } from "@bluehelm/data";
import { missions } from "@bluehelm/data/missions";
import { countryByYearContribution, type CountryByYearRow } from "@bluehelm/data/mappings";

export const dataset: ReadonlyDataset = loadDataset();
export const index = createIndex(dataset);
export const coverage = endorsementCoverage(index, "kigali-principles", { kind: "member-states" }, { asOf: "2020-01-01" });
export const share: number | undefined = coverage.value.share;
export const firstMission: Mission | undefined = missions[0];
export const allMissions = missions;
export const row: CountryByYearRow = { Year: "2015" };
export const convert = countryByYearContribution;
