// The list query builder, without a database: what SQL text and bound values
// a list query becomes, and what it refuses before any SQL is written.
import { describe, expect, it } from "vitest";
import { isStoreError, type ListQuery } from "../src/index.js";
import { DEFAULT_LIMIT, MAX_LIMIT, buildListQuery, cursorAfter, type Statement } from "../src/list-query.js";

/** The placeholder numbers a statement's text uses, sorted, each once. */
function placeholders(statement: Statement): number[] {
  return [...new Set([...statement.sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}

/** The refusal of a query: its code and the path of its issue. */
function refusal(kind: Parameters<typeof buildListQuery>[0], query: ListQuery): { code: string; path: readonly (string | number)[]; message: string } {
  try {
    buildListQuery(kind, query);
  } catch (error) {
    if (!isStoreError(error)) throw error;
    return { code: error.code, path: error.report?.issues[0]?.path ?? [], message: error.message };
  }
  throw new Error("expected the query to be refused");
}

/** A cursor as a client could forge it: base64url of a JSON array. */
const forged = (value: unknown): string => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");

const hostile = "'; DROP TABLE records; --";

describe("buildListQuery binds every value", () => {
  const built = buildListQuery("pledge", {
    asOf: "2020-01-01",
    filters: [
      { field: "note", op: "eq", values: [hostile] },
      { field: "partnerIds", op: "eq", values: ["a'b", "c"] },
      { field: "unit.women", op: "gte", values: ["5"] },
      { field: "smart.fillsGap", op: "eq", values: ["true"] },
    ],
    sort: "-funding.amount",
    limit: 10,
  });

  it("binds the date, each filter's values and the limit, in order", () => {
    // One value is bound as itself (an equality), several as an array (= ANY).
    expect(built.page.params).toEqual(["2020-01-01", hostile, ["a'b", "c"], "5", "true", 11]);
    expect(built.limit).toBe(10);
    expect(built.sort).toBe("-funding.amount");
    expect(built.filtered).toBe(true);
  });

  it("binds several values of an equality as one array (= ANY), one value as an equality", () => {
    const one = buildListQuery("contribution", { filters: [{ field: "missionId", op: "eq", values: ["minusca"] }] });
    const several = buildListQuery("contribution", { filters: [{ field: "missionId", op: "eq", values: ["minusca", "monusco"] }] });
    expect(one.page.sql).toContain(`((r.data ->> 'missionId') COLLATE "C") = $2::text`);
    expect(one.page.params[1]).toBe("minusca");
    expect(several.page.sql).toContain(`((r.data ->> 'missionId') COLLATE "C") = ANY($2::text[])`);
    expect(several.page.params[1]).toEqual(["minusca", "monusco"]);
  });

  it("writes the whitelisted kind and JSON paths as literals, every value as a placeholder", () => {
    const { sql } = built.page;
    expect(sql).toContain("r.resource = 'pledge'");
    expect(sql).toContain("(r.effective_date IS NULL OR r.effective_date <= $1::text)");
    expect(sql).toContain(`((r.data ->> 'note') COLLATE "C") = $2::text`);
    expect(sql).toContain("jsonb_exists_any((r.data -> 'partnerIds'), $3::text[])");
    expect(sql).toContain("((r.data #>> '{unit,women}')::numeric) >= $4::numeric");
    expect(sql).toContain("((r.data #>> '{smart,fillsGap}')::boolean) = $5::boolean");
    expect(sql).toContain("ORDER BY ((r.data #>> '{funding,amount}')::numeric) DESC, r.id DESC LIMIT $6");
    // The pledge's derived status, as of the bound date, from its status intervals.
    expect(sql).toContain("s.since <= $1::text AND (s.until IS NULL OR s.until > $1::text) ORDER BY s.ord DESC LIMIT 1) AS status,");
  });

  it("writes no caller text into the SQL: quoted literals are only the kind and whitelisted field paths", () => {
    for (const statement of [built.page, built.count, built.nulls!]) {
      expect(statement.sql).not.toContain("DROP");
      expect(statement.sql).not.toContain("a'b");
      const literals = [...statement.sql.matchAll(/'([^']*)'/g)].map((m) => m[1]);
      for (const literal of literals) expect(["pledge", "note", "partnerIds", "{unit,women}", "{smart,fillsGap}", "{funding,amount}"]).toContain(literal);
    }
  });

  it("uses every bound value, and only those", () => {
    expect(placeholders(built.page)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(placeholders(built.count)).toEqual([1, 2, 3, 4, 5]);
  });

  it("reads the records without the sort field from a statement of their own, with the same filters", () => {
    const nulls = built.nulls!;
    expect(nulls.params).toEqual(built.page.params);
    expect(nulls.sql).toContain("((r.data #>> '{funding,amount}')::numeric) IS NULL ORDER BY ((r.data #>> '{funding,amount}')::numeric) DESC, r.id DESC LIMIT $6");
    expect(built.page.sql).toContain("((r.data #>> '{funding,amount}')::numeric) IS NOT NULL");
  });

  it("counts with the filters' values and nothing of the sort or page", () => {
    expect(built.count.params).toEqual(["2020-01-01", hostile, ["a'b", "c"], "5", "true"]);
    expect(built.count.sql).toMatch(/^SELECT count\(\*\)::int AS n FROM records r WHERE r\.resource = 'pledge' AND /);
    expect(built.count.sql).not.toMatch(/ORDER BY|LIMIT|funding/);
  });

  it("sums the kept counts by date when there is no filter, and the status counts for a status filter alone", () => {
    const plain = buildListQuery("contribution", { asOf: "2024-05-01" });
    expect(plain.filtered).toBe(false);
    expect(plain.count).toEqual({
      sql: "SELECT coalesce(sum(c.n), 0)::int AS n FROM record_counts c WHERE c.resource = 'contribution' AND c.effective_date <= $1::text",
      params: ["2024-05-01"],
    });
    const status = buildListQuery("pledge", { asOf: "2019-01-01", filters: [{ field: "status", op: "eq", values: ["deployed", "fulfilled"] }] });
    expect(status.count).toEqual({
      sql: "SELECT coalesce(sum(c.n), 0)::int AS n FROM pledge_status_counts c WHERE c.status = ANY($2::text[]) AND c.day <= $1::text",
      params: ["2019-01-01", ["deployed", "fulfilled"]],
    });
    expect(status.page.sql).toContain("r.id IN (SELECT s.pledge_id FROM pledge_status s WHERE s.status = ANY($2::text[]) AND s.since <= $1::text AND (s.until IS NULL OR s.until > $1::text))");
  });

  it("compares text bounds byte-wise and takes the default page size", () => {
    const { page } = buildListQuery("endorsement", { asOf: "2024-05-01", filters: [{ field: "date.date", op: "lte", values: ["2019-12-31"] }] });
    expect(page.params).toEqual(["2024-05-01", "2019-12-31", DEFAULT_LIMIT + 1]);
    expect(page.sql).toContain(`((r.data #>> '{date,date}') COLLATE "C") <= $2::text`);
    expect(page.sql).not.toContain("AS status");
  });
});

describe("buildListQuery refuses what it cannot bind", () => {
  it.each([
    ["a field name carrying SQL", { filters: [{ field: `note'); ${hostile}`, op: "eq", values: ["x"] }] }, ["filters", 0, "field"]],
    ["a field name that is an object key, not a field", { filters: [{ field: "__proto__", op: "eq", values: ["x"] }] }, ["filters", 0, "field"]],
    ["the JSON column itself", { filters: [{ field: "data", op: "eq", values: ["x"] }] }, ["filters", 0, "field"]],
    ["a sort carrying SQL", { sort: "id; DROP TABLE records" }, ["sort"]],
    ["a descending sort carrying SQL", { sort: "-note DESC, (SELECT 1)" }, ["sort"]],
    ["a sort by a list", { sort: "themeIds" }, ["sort"]],
    ["a number that is not one", { filters: [{ field: "unit.women", op: "gte", values: ["1; DROP TABLE records"] }] }, ["filters", 0, "values"]],
    ["a boolean that is not one", { filters: [{ field: "smart.fillsGap", op: "eq", values: ["yes"] }] }, ["filters", 0, "values"]],
    ["a value outside the codelist", { filters: [{ field: "kind", op: "eq", values: [hostile] }] }, ["filters", 0, "values"]],
    ["no value", { filters: [{ field: "note", op: "eq", values: [] }] }, ["filters", 0, "values"]],
    ["a bound on a list", { filters: [{ field: "themeIds", op: "gte", values: ["a"] }] }, ["filters", 0, "op"]],
    ["a bound on a boolean", { filters: [{ field: "smart.fillsGap", op: "lte", values: ["true"] }] }, ["filters", 0, "op"]],
    ["a bound with two values", { filters: [{ field: "announcedOn", op: "gte", values: ["2019", "2020"] }] }, ["filters", 0, "values"]],
    ["a date carrying SQL", { asOf: "2020-01-01' OR '1'='1" }, ["asOf"]],
    ["a limit of 0", { limit: 0 }, ["limit"]],
    ["a limit above the largest page", { limit: MAX_LIMIT + 1 }, ["limit"]],
    ["a limit that is not whole", { limit: 1.5 }, ["limit"]],
  ] as const)("%s", (_what, query, path) => {
    const refused = refusal("pledge", query);
    expect(refused.code).toBe("bad-query");
    expect(refused.path).toEqual(path);
  });

  it("names the fields there are when a field is unknown", () => {
    expect(refusal("endorsement", { filters: [{ field: "nope", op: "eq", values: ["x"] }] }).message).toBe(
      'endorsements cannot be filtered on "nope"; the fields are: id, actorId, instrumentId, date.precision, date.date, date.qualifier, eventId, sources, confidence, note.',
    );
  });

  it("checks the second filter too", () => {
    expect(refusal("pledge", { filters: [{ field: "note", op: "eq", values: ["x"] }, { field: "bad name", op: "eq", values: ["x"] }] }).path).toEqual(["filters", 1, "field"]);
  });
});

describe("buildListQuery pages with cursors", () => {
  const first = { asOf: "2021-06-30", sort: "-unit.women", limit: 2 } as const;

  it("binds the cursor's key and id after the filters, keeping the count as it was", () => {
    const page1 = buildListQuery("pledge", first);
    expect(page1.page.params).toEqual(["2021-06-30", 3]);
    const cursor = cursorAfter("-unit.women", { id: "x' OR 1=1 --", k0: 0, kv: "12" });
    const page2 = buildListQuery("pledge", { ...first, cursor });
    expect(page2.page.params).toEqual(["2021-06-30", "12", "x' OR 1=1 --", 3]);
    expect(page2.page.sql).toContain("(((r.data #>> '{unit,women}')::numeric), r.id) < ($2::numeric, $3::text) ORDER BY");
    expect(page2.page.sql).not.toContain("OR 1=1");
    expect(page2.count).toEqual(page1.count);
    expect(placeholders(page2.page)).toEqual([1, 2, 3, 4]);
    // The records without the field all come after the cursor's, which has one.
    expect(page2.nulls?.params).toEqual(["2021-06-30", 3]);
  });

  it("moves forward with > on an ascending sort, with text keys compared byte-wise", () => {
    const cursor = cursorAfter("announcedOn", { id: "p-1", k0: 0, kv: "2019-03-01" });
    const { page } = buildListQuery("pledge", { asOf: "2021-06-30", sort: "announcedOn", cursor });
    expect(page.params).toEqual(["2021-06-30", "2019-03-01", "p-1", DEFAULT_LIMIT + 1]);
    expect(page.sql).toContain(`(((r.data ->> 'announcedOn') COLLATE "C"), r.id) > ($2::text, $3::text) ORDER BY ((r.data ->> 'announcedOn') COLLATE "C") ASC, r.id ASC`);
  });

  it("pages by id alone with the primary key's order", () => {
    const cursor = cursorAfter("id", { id: "p-7", k0: 0, kv: null });
    const { page, nulls } = buildListQuery("pledge", { asOf: "2021-06-30", cursor, limit: 5 });
    expect(page.sql).toMatch(/AND r\.id > \$2::text ORDER BY r\.id ASC LIMIT \$3$/);
    expect(page.params).toEqual(["2021-06-30", "p-7", 6]);
    expect(nulls).toBeUndefined();
  });

  it("takes the cursor of the last record without the sort field (a null key): only those without it, after its id", () => {
    const cursor = cursorAfter("-unit.women", { id: "p-9", k0: 1, kv: null });
    const { page, nulls } = buildListQuery("pledge", { ...first, cursor });
    expect(nulls).toBeUndefined();
    expect(page.params).toEqual(["2021-06-30", "p-9", 3]);
    expect(page.sql).toContain("((r.data #>> '{unit,women}')::numeric) IS NULL AND r.id < $2::text ORDER BY");
  });

  it.each([
    ["made for another sort", () => cursorAfter("unit.women", { id: "p-1", k0: 1, kv: "12" })],
    ["that is not base64 JSON", () => "not a cursor"],
    ["of the wrong length", () => forged(["-unit.women", 1, "12"])],
    ["with a null rank other than 0 or 1", () => forged(["-unit.women", 2, "12", "p-1"])],
    ["with a value rank but no value", () => forged(["-unit.women", 0, null, "p-1"])],
    ["with an object as key", () => forged(["-unit.women", 1, { toString: "x" }, "p-1"])],
    ["with a number key carrying SQL", () => forged(["-unit.women", 1, "12); DROP TABLE records; --", "p-1"])],
    ["with a boolean key on a number sort", () => forged(["-unit.women", 1, true, "p-1"])],
    ["with an id too long", () => forged(["-unit.women", 1, "12", "p".repeat(201)])],
    ["with an id that is not a string", () => forged(["-unit.women", 1, "12", 7])],
  ])("refuses a cursor %s", (_what, make) => {
    const refused = refusal("pledge", { ...first, cursor: make() });
    expect(refused.code).toBe("bad-query");
    expect(refused.path).toEqual(["cursor"]);
  });
});
