// The analytics endpoints: each is a core function over the index of the
// store's dataset. The adapter only parses the query and formats the answer.
import {
  CONTRIBUTION_MEASURES,
  PLEDGE_KINDS,
  PLEDGE_STATUSES,
  REGIONAL_GROUPS,
  capabilityGaps,
  codes,
  conductRates,
  endorsementCoverage,
  endorsementEffect,
  endorsersAsOf,
  francophoneEnvironments,
  genderShares,
  overduePledges,
  personnelByYear,
  pledgeSummary,
  pledgesAsOf,
  pocCoverage,
  policingGaps,
  topContributors,
  type DatasetIndex,
  type Population,
} from "@bluehelm/core";
import { z } from "@hono/zod-openapi";

const asOf = z.iso.date().optional().openapi({ description: "YYYY-MM-DD, default today." });
const year = z.coerce.number().int().min(1945).max(2100);
const pledgeFilter = {
  actorId: z.string().max(120).optional(),
  eventId: z.string().max(120).optional(),
  themeId: z.string().max(120).optional(),
  missionId: z.string().max(120).optional(),
  kind: z.enum(codes(PLEDGE_KINDS)).optional(),
  status: z.enum(codes(PLEDGE_STATUSES)).optional(),
};
type PledgeFilterQuery = { [K in keyof typeof pledgeFilter]?: z.infer<(typeof pledgeFilter)[K]> };
const filterOf = (q: PledgeFilterQuery) => Object.fromEntries(Object.entries(q).filter(([k, v]) => v !== undefined && k in pledgeFilter));

const population = {
  population: z.enum(["member-states", "top-contributors", "regional-group"]).optional().openapi({ description: "Default member-states." }),
  n: z.coerce.number().int().min(1).max(193).optional().openapi({ description: "For top-contributors: how many (default 30)." }),
  group: z.enum(codes(REGIONAL_GROUPS)).optional().openapi({ description: "For regional-group." }),
};
function populationOf(q: { population?: string | undefined; n?: number | undefined; group?: string | undefined }): Population {
  if (q.population === "top-contributors") return { kind: "top-contributors", n: q.n ?? 30 };
  if (q.population === "regional-group" && q.group) return { kind: "regional-group", group: q.group as Extract<Population, { kind: "regional-group" }>["group"] };
  return { kind: "member-states" };
}

export interface AnalyticsEndpoint {
  readonly summary: string;
  readonly query: z.ZodObject;
  readonly run: (index: DatasetIndex, query: Record<string, unknown>) => unknown;
}

function endpoint<S extends z.ZodRawShape>(summary: string, shape: S, run: (index: DatasetIndex, q: z.infer<z.ZodObject<S>>) => unknown): AnalyticsEndpoint {
  return { summary, query: z.object(shape), run: run as AnalyticsEndpoint["run"] };
}

/** Personnel of a contributor in the year of a date, for the endorsement-effect indicator. */
function personnelIndicator(index: DatasetIndex, yearOf: number, share: boolean): (actorId: string) => number | undefined {
  const cache = new Map<string, number | undefined>();
  return (actorId) => {
    if (cache.has(actorId)) return cache.get(actorId);
    const point = personnelByYear(index, { contributorId: actorId }).value.find((p) => p.year === yearOf);
    const value = point === undefined ? undefined : share ? (point.women === undefined || point.total === 0 ? undefined : point.women / point.total) : point.total;
    cache.set(actorId, value);
    return value;
  };
}

/** The analytics endpoints by URL segment under `/v1/analytics/`. */
export const ANALYTICS: Readonly<Record<string, AnalyticsEndpoint>> = {
  endorsers: endpoint("The actors that had endorsed an instrument as of a date", { instrumentId: z.string().max(120), asOf }, (ix, q) =>
    endorsersAsOf(ix, q.instrumentId, { asOf: q.asOf }),
  ),
  "endorsement-coverage": endpoint(
    "The share of a population (Member States, the top contributors, a regional group) that had endorsed an instrument",
    { instrumentId: z.string().max(120), asOf, ...population },
    (ix, q) => endorsementCoverage(ix, q.instrumentId, populationOf(q), { asOf: q.asOf }),
  ),
  "endorsement-effect": endpoint(
    "Whether endorsers differ from non-endorsers on an indicator (personnel, or women's share of personnel, in the year of asOf)",
    {
      instrumentId: z.string().max(120),
      indicator: z.enum(["personnel", "women-share"]).optional().openapi({ description: "Default personnel." }),
      asOf,
      iterations: z.coerce.number().int().min(100).max(5000).optional(),
      ...population,
    },
    (ix, q) => {
      const date = q.asOf ?? new Date().toISOString().slice(0, 10);
      return endorsementEffect(ix, {
        instrumentId: q.instrumentId,
        indicator: personnelIndicator(ix, Number(date.slice(0, 4)), q.indicator === "women-share"),
        population: populationOf(q),
        asOf: date,
        ...(q.iterations !== undefined ? { iterations: q.iterations } : {}),
      });
    },
  ),
  "poc-coverage": endpoint("Active missions with PoC mandates and the share of deployed personnel serving under them", { asOf }, (ix, q) =>
    pocCoverage(ix, { asOf: q.asOf }),
  ),
  pledges: endpoint("Pledges with their status as of a date, filtered", { asOf, ...pledgeFilter }, (ix, q) =>
    pledgesAsOf(ix, { asOf: q.asOf, filter: filterOf(q) }),
  ),
  "pledge-summary": endpoint("Pledges by status, kind, theme, actor and event; fulfilment and deployment rates; time to deploy and fulfil", { asOf, ...pledgeFilter }, (ix, q) =>
    pledgeSummary(ix, { asOf: q.asOf, filter: filterOf(q) }),
  ),
  "overdue-pledges": endpoint(
    "Open pledges not yet deployed whose status has lasted longer than a threshold",
    { asOf, thresholdDays: z.coerce.number().int().min(0).max(36500).optional(), ...pledgeFilter },
    (ix, q) => overduePledges(ix, { asOf: q.asOf, filter: filterOf(q), ...(q.thresholdDays !== undefined ? { thresholdDays: q.thresholdDays } : {}) }),
  ),
  "capability-gaps": endpoint("A mission's capability gaps: requirement − deployed − pledged, by unit type", { missionId: z.string().max(120), asOf }, (ix, q) =>
    capabilityGaps(ix, q.missionId, { asOf: q.asOf }),
  ),
  "gender-shares": endpoint(
    "Women's share against the parity targets, by contributor, mission or category",
    {
      year,
      by: z.enum(["contributor", "mission", "category"]),
      measure: z.enum(codes(CONTRIBUTION_MEASURES)).optional(),
    },
    (ix, q) => genderShares(ix, { year: q.year, by: q.by, ...(q.measure ? { measure: q.measure } : {}) }),
  ),
  "francophone-environments": endpoint(
    "Missions in francophone environments against French-capable contributions",
    { asOf, includePartial: z.enum(["true", "false"]).optional() },
    (ix, q) => francophoneEnvironments(ix, { asOf: q.asOf, ...(q.includePartial ? { includePartial: q.includePartial === "true" } : {}) }),
  ),
  "policing-gaps": endpoint("Formed police units and individual officers against the ceilings", { asOf }, (ix, q) => policingGaps(ix, { asOf: q.asOf })),
  "conduct-rates": endpoint(
    "SEA allegations per 1,000 personnel, by mission and year",
    { missionId: z.string().max(120).optional(), year: year.optional() },
    (ix, q) => conductRates(ix, { ...(q.missionId ? { missionId: q.missionId } : {}), ...(q.year !== undefined ? { year: q.year } : {}) }),
  ),
  "top-contributors": endpoint(
    "The top contributors of uniformed personnel over a range of years",
    { from: year, to: year, n: z.coerce.number().int().min(1).max(200).optional(), measure: z.enum(codes(CONTRIBUTION_MEASURES)).optional() },
    (ix, q) => topContributors(ix, { from: q.from, to: q.to, ...(q.n ? { n: q.n } : {}), ...(q.measure ? { measure: q.measure } : {}) }),
  ),
  "personnel-by-year": endpoint(
    "Uniformed personnel by year, for a contributor and/or a mission",
    { contributorId: z.string().max(120).optional(), missionId: z.string().max(120).optional() },
    (ix, q) => personnelByYear(ix, { ...(q.contributorId ? { contributorId: q.contributorId } : {}), ...(q.missionId ? { missionId: q.missionId } : {}) }),
  ),
};
