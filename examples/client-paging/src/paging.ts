import type { BluehelmClient } from "@bluehelm/client";

/** One line of a contributor's yearly series. */
export interface YearTotal {
  readonly year: number;
  readonly total: number;
  readonly women: number;
}

/**
 * Pages by hand: asks for one page at a time and follows `nextCursor` until
 * there is none. Useful when the pages themselves matter (a progress bar, a
 * "load more" button); resolves to how many pages it took and the records.
 */
export async function allMissionsByHand(api: BluehelmClient, pageSize = 20): Promise<{ pages: number; acronyms: string[] }> {
  const acronyms: string[] = [];
  let pages = 0;
  let cursor: string | undefined;
  do {
    const page = await api.list("mission", { sort: "acronym", limit: pageSize, ...(cursor ? { cursor } : {}) });
    pages += 1;
    acronyms.push(...page.items.map((m) => m.acronym));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { pages, acronyms };
}

/**
 * A contributor's uniformed personnel per year: its yearly means per mission,
 * read with `for await` over `api.iterate` (which follows the cursors itself)
 * and summed per year.
 */
export async function yearlyContributions(api: BluehelmClient, contributorId: string): Promise<YearTotal[]> {
  const years = new Map<number, { total: number; women: number }>();
  for await (const c of api.iterate("contribution", { filter: { contributorId, measure: "annual-mean" }, limit: 100 })) {
    const year = Number(c.periodStart.slice(0, 4));
    const sum = years.get(year) ?? { total: 0, women: 0 };
    sum.total += c.total;
    sum.women += c.women ?? 0;
    years.set(year, sum);
  }
  return [...years].map(([year, s]) => ({ year, ...s })).sort((a, b) => a.year - b.year);
}
