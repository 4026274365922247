import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyticsInput } from "../../test/analytics-fixture.js";
import { fixture } from "../../test/fixture.js";
import { COLLECTION_OF, DatasetSchema, ENTITY_SCHEMAS, type EntityKind } from "../schemas/dataset.js";
import { PledgeSchema } from "../schemas/pledge.js";
import { csvCell, detectSeparator, parseCsv, toCsv } from "./csv.js";
import { readRecords, validateFile } from "./records.js";
import { recordColumns, writeRecords } from "./write.js";

describe("parseCsv", () => {
  it("reads quotes, doubled quotes, separators and line breaks inside quotes, CRLF and a BOM", () => {
    const { rows, problems } = parseCsv('\uFEFFa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\nlines",\r\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 1, cells: ["a", "b", "c"] },
      { line: 2, cells: ["1", "x, y", 'say "hi"'] },
      { line: 3, cells: ["2", "two\nlines", ""] },
    ]);
  });
  it("detects ; and tab separators", () => {
    expect(detectSeparator("a;b;c\n1;2;3")).toBe(";");
    expect(detectSeparator('"a,b";c;d')).toBe(";");
    expect(detectSeparator("a\tb")).toBe("\t");
  });
  it("reports an unclosed quote and stray quotes, with their line", () => {
    expect(parseCsv('a\n"open\n').problems).toEqual([{ line: 2, message: expect.stringContaining("not closed") as string }]);
    expect(parseCsv('a,b\n1,x"y\n').problems[0]).toMatchObject({ line: 2 });
  });
  it("round-trips any table of strings (property)", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", "\r\n", " ", "é", ";", "=", "1") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (table) => {
        const width = table[0]!.length;
        const rect = table.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
        const text = toCsv(rect, { neutralizeFormulas: false });
        const parsed = parseCsv(text, { separator: "," });
        expect(parsed.problems).toEqual([]);
        expect(parsed.rows.map((r) => r.cells)).toEqual(rect);
      }),
    );
  });
});

describe("toCsv", () => {
  it("neutralizes cells a spreadsheet would run as formulas", () => {
    expect(["=1+1", "+33", "-2", "@SUM(A1)", "\tx", "plain"].map((v) => csvCell(v))).toEqual(["'=1+1", "'+33", "'-2", "'@SUM(A1)", "'\tx", "plain"]);
    expect(csvCell(-2)).toBe("-2");
    expect(csvCell("=1", { neutralizeFormulas: false })).toBe("=1");
  });
});

describe("readRecords", () => {
  it("builds nested fields from dotted columns, lists from ; and numbers where the schema wants them", () => {
    const csv = "id,actorId,announcedOn,kind,title.en,themeIds,unit.unitType,unit.quantity,unit.languages\np9,aaa,2020-01-01,unit,FPU,t1; t2,formed-police-unit,2,fr;en\n";
    const { records, issues } = readRecords("pledge", csv, { format: "csv" });
    expect(issues).toEqual([]);
    expect(records[0]).toMatchObject({
      row: 2,
      record: { id: "p9", title: { en: "FPU" }, themeIds: ["t1", "t2"], unit: { unitType: "formed-police-unit", quantity: 2, languages: ["fr", "en"] } },
    });
  });
  it("reads decimal commas only when asked", () => {
    const csv = 'id,missionId,year,category,allegations\nx,m1,"2021",sea,"4,0"\n';
    expect((readRecords("conduct-stat", csv, { format: "csv" }).records[0]!.record as { allegations: unknown }).allegations).toBe("4,0");
    expect((readRecords("conduct-stat", csv, { format: "csv", decimalComma: true }).records[0]!.record as { allegations: unknown }).allegations).toBe(4);
  });
  it("locates JSON and NDJSON syntax errors", () => {
    expect(readRecords("pledge", '[{"id": 1},\n{oops}]', { format: "json" }).issues[0]).toMatchObject({ rule: "file.syntax", row: 2 });
    const nd = readRecords("pledge", '{"id":"a"}\n\n{bad\n{"id":"b"}\n', { format: "ndjson" });
    expect(nd.records.map((r) => r.row)).toEqual([1, 4]);
    expect(nd.issues).toEqual([expect.objectContaining({ rule: "file.syntax", row: 3 })]);
  });
  it("file.syntax keeps quiet on well-formed files", () => {
    expect(readRecords("pledge", '[{"id":"a"}]', { format: "json" }).issues).toEqual([]);
    expect(readRecords("pledge", "id\na\n", { format: "csv" }).issues).toEqual([]);
  });
  it("reports a row with the wrong number of cells and a duplicate column", () => {
    const r = readRecords("pledge", "id,id\na\n", { format: "csv" });
    expect(r.issues.map((i) => [i.rule, i.row])).toEqual([
      ["file.syntax", 1],
      ["file.syntax", 2],
    ]);
  });
});

describe("validateFile", () => {
  const context = DatasetSchema.parse(analyticsInput());
  const csv = [
    "id,actorId,announcedOn,kind,title.en,unit.unitType,unit.quantity,unit.personnel,unit.women,sources,confidence",
    "p10,aaa,2021-01-01,unit,Good,level-2-hospital,1,60,10,s1,verified",
    "p11,zzz,2021-01-01,unit,Unknown actor,level-2-hospital,1,60,10,s1,verified",
    "p12,bbb,2021-13-01,unit,Bad date,level-2-hospital,1,60,10,s1,verified",
    "p13,bbb,2021-01-01,unit,Too many women,level-2-hospital,1,60,61,s1,verified",
    "p1,ccc,2021-01-01,training,Duplicate id,,,,,s1,verified",
  ].join("\n");
  const result = validateFile("pledge", csv, { format: "csv", context });

  it("accepts exactly the valid rows", () => {
    expect(result.accepted.map((a) => [a.row, a.record.id])).toEqual([[2, "p10"]]);
    expect(result.rejected.map((r) => r.row)).toEqual([3, 4, 5, 6]);
    expect(result.report.valid).toBe(false);
  });
  it("locates every issue by row, column and rule", () => {
    expect(result.report.issues.map((i) => [i.row, i.column, i.rule])).toEqual([
      [3, "actorId", "reference.dangling"],
      [4, "announcedOn", "schema.invalid-format"],
      [5, "unit.women", "pledge.women-exceed-personnel"],
      [6, "id", "id.duplicate"],
    ]);
  });
  it("checks the lifecycle of new pledge events against the stored history", () => {
    const events = '{"id":"p1-x","pledgeId":"p1","type":"registered","date":"2021-01-01","sources":["s1"],"confidence":"verified"}\n';
    const r = validateFile("pledge-event", events, { format: "ndjson", context });
    expect(r.report.issues.map((i) => [i.row, i.rule])).toEqual([[1, "lifecycle.illegal-transition"]]);
  });
});

describe("writeRecords → readRecords", () => {
  const kinds = Object.keys(ENTITY_SCHEMAS) as EntityKind[];
  const dataset = DatasetSchema.parse(fixture());
  const fmts = ["csv", "json", "ndjson"] as const;

  it.each(kinds.flatMap((k) => fmts.map((f) => [k, f] as const)))("gives back every %s of the fixture from %s", (kind, format) => {
    const records = dataset[COLLECTION_OF[kind]] as readonly unknown[];
    const text = writeRecords(kind, records, format);
    const back = readRecords(kind, text, { format });
    expect(back.issues).toEqual([]);
    expect(back.records.map((r) => (ENTITY_SCHEMAS[kind] as { parse(v: unknown): unknown }).parse(r.record))).toEqual(records);
  });

  it("keeps text a spreadsheet would run, lists with the separator in them, JSON-looking text and keyed objects", () => {
    const pledge = {
      id: "p-edge",
      actorId: "aaa",
      announcedOn: "2021-01-01",
      kind: "unit",
      title: { en: "=HYPERLINK(\"x\")", fr: "'=déjà cité" },
      themeIds: ["a;b", "[c]"],
      unit: { unitType: "level-2-hospital", quantity: 2, languages: ["fr"] },
      sources: ["-s1", "+s2"],
      confidence: "verified",
    };
    const csv = writeRecords("pledge", [pledge], "csv");
    // the formula is quoted in the file, so a spreadsheet shows it as text
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain("''=déjà cité");
    const back = readRecords("pledge", csv, { format: "csv" });
    expect(back.issues).toEqual([]);
    expect(back.records[0]!.record).toEqual(pledge);
  });

  it("writes the derived status of pledges and reads the file back without it, with one warning", () => {
    const pledge = dataset.pledges[0]!;
    const csv = writeRecords("pledge", [{ ...pledge, status: "deployed", statusSince: "2019-01-01" }], "csv");
    expect(csv.split("\r\n")[0]).toMatch(/,status,statusSince$/);
    const back = readRecords("pledge", csv, { format: "csv" });
    expect(back.issues.map((i) => [i.rule, i.severity])).toEqual([["file.columns-ignored", "warning"]]);
    expect(back.issues[0]!.message.en).toContain('"status", "statusSince"');
    expect(PledgeSchema.parse(back.records[0]!.record)).toEqual(pledge);
    const nd = readRecords("pledge", writeRecords("pledge", [{ ...pledge, status: "deployed", statusSince: null }], "ndjson"), { format: "ndjson" });
    expect(nd.issues.map((i) => i.rule)).toEqual(["file.columns-ignored"]);
    expect(nd.records[0]!.record).toEqual(pledge);
  });

  it("reads a hand-written list cell that merely starts with a bracket as a list of values", () => {
    const csv = "id,actorId,announcedOn,kind,title.en,themeIds,sources,confidence\np1,aaa,2021-01-01,training,T,[draft];t2,s1,verified\n";
    expect((readRecords("pledge", csv, { format: "csv" }).records[0]!.record as { themeIds: unknown }).themeIds).toEqual(["[draft]", "t2"]);
  });

  it("writes a file in pieces: the same columns for each, the header once", () => {
    const [a, b] = dataset.pledges;
    const columns = recordColumns("pledge");
    expect(columns.slice(-2)).toEqual(["status", "statusSince"]);
    expect(columns.slice(0, 3)).toEqual(["id", "actorId", "eventId"]);
    const whole = writeRecords("pledge", [a, b], "csv", { columns });
    const pieces = writeRecords("pledge", [a], "csv", { columns }) + writeRecords("pledge", [b], "csv", { columns, header: false });
    expect(pieces).toBe(whole);
    expect(writeRecords("pledge", [a], "csv", { columns, header: false }).split("\r\n")[0]!.startsWith(`${a!.id},`)).toBe(true);
  });

  it("names no column for an empty list of records", () => {
    expect(writeRecords("pledge", [], "csv")).toBe("");
    expect(writeRecords("pledge", [], "ndjson")).toBe("");
  });
});
