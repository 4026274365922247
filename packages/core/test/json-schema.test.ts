// The JSON Schema files are generated from the zod schemas; an independent
// validator (ajv, draft 2020-12, with formats) must agree with zod on valid
// and invalid samples of every entity kind.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { DatasetSchema, ENTITY_KINDS, ENTITY_SCHEMAS, JSON_SCHEMA_NAMES, toJsonSchema, type EntityKind } from "@bluehelm/core";
import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.js";

const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);

const samplesOf = (kind: EntityKind): Record<string, unknown>[] => {
  const d = fixture() as Record<string, unknown[]>;
  const collection = {
    source: "sources", actor: "actors", "actor-role": "actorRoles", "assessment-share": "assessmentShares", theme: "themes",
    event: "events", instrument: "instruments", principle: "principles", endorsement: "endorsements", mission: "missions",
    mandate: "mandates", pledge: "pledges", "pledge-event": "pledgeEvents", contribution: "contributions",
    "capability-requirement": "capabilityRequirements", "gender-target": "genderTargets", "conduct-stat": "conductStats",
    "deployment-site": "deploymentSites", "conflict-event": "conflictEvents", "peacekeeper-fatality": "peacekeeperFatalities",
    "reported-figure": "reportedFigures", "world-total": "worldTotals",
  }[kind];
  return d[collection] as Record<string, unknown>[];
};

/** Mutations that make a record invalid in a way both validators can see. */
const MUTATIONS: [string, (r: Record<string, unknown>) => void][] = [
  ["unknown field", (r) => void (r.unexpected = 1)],
  ["id removed", (r) => void delete r.id],
  ["id with capitals", (r) => void (r.id = "Not-An-Id")],
  ["id a number", (r) => void (r.id = 42)],
  ["confidence not in the codelist", (r) => void (r.confidence = "certain")],
  ["sources empty", (r) => void (r.sources = [])],
  ["not an object", (r) => Object.keys(r).forEach((k) => delete r[k])],
  ["blank note", (r) => void (r.note = " ")],
  ["note with a trailing space", (r) => void (r.note = "A caveat ")],
];

const DATE_FIELDS = ["startDate", "endDate", "adoptedOn", "expiresOn", "announcedOn", "date", "periodStart", "periodEnd", "publishedOn", "from", "since", "dateStart", "dateEnd", "incidentDate"];
const BAD_DATES = ["2015-02-30", "2015-13-01", "15-05-28", "2015-5-28", "2015-05-28T00:00:00Z", ""];

describe.each(ENTITY_KINDS)("JSON Schema of %s", (kind) => {
  const validateAjv = ajv.compile(toJsonSchema(kind));
  const zodOk = (v: unknown) => ENTITY_SCHEMAS[kind].safeParse(v).success;

  it("is draft 2020-12 with an $id", () => {
    const schema = toJsonSchema(kind);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`https://bluehelm.dev/schema/${kind}.json`);
  });

  it("accepts the valid samples, like zod", () => {
    for (const sample of samplesOf(kind)) {
      expect(zodOk(sample)).toBe(true);
      expect(validateAjv(sample), JSON.stringify(validateAjv.errors)).toBe(true);
    }
  });

  it("rejects the invalid samples, like zod", () => {
    for (const sample of samplesOf(kind)) {
      for (const [name, mutate] of MUTATIONS) {
        if (name.startsWith("confidence") && !("confidence" in sample)) continue;
        if (name.startsWith("sources") && !("sources" in sample)) continue;
        const bad = structuredClone(sample);
        mutate(bad);
        expect([name, zodOk(bad)]).toEqual([name, false]);
        expect([name, validateAjv(bad)]).toEqual([name, false]);
      }
      if (kind === "source") {
        for (const url of ["ftp://x.org/a", "javascript:alert(1)", "https://example.org/a b", "example.org", "https://"]) {
          const bad = { ...structuredClone(sample), url };
          expect([url, zodOk(bad)]).toEqual([url, false]);
          expect([url, validateAjv(bad)]).toEqual([url, false]);
        }
      }
      for (const field of DATE_FIELDS.filter((f) => typeof sample[f] === "string")) {
        for (const value of BAD_DATES) {
          const bad = { ...structuredClone(sample), [field]: value };
          expect([field, value, zodOk(bad)]).toEqual([field, value, false]);
          expect([field, value, validateAjv(bad)]).toEqual([field, value, false]);
        }
      }
    }
  });

  it("agrees with zod on random changes to a field", () => {
    const samples = samplesOf(kind);
    const anyJson = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.constantFrom("2020-01-01", "S/RES/2765 (2024)", "verified", "core", "troops", "state", "rwa", " ", " x", "x ", "\n", "", -1, 0, 1.5, 1e9, 2 ** 53),
    );
    fc.assert(
      fc.property(fc.nat(), fc.nat(), anyJson, (si, fi, value) => {
        const sample = structuredClone(samples[si % samples.length]!);
        const keys = Object.keys(sample);
        const key = keys[fi % keys.length]!;
        sample[key] = value;
        expect([key, value, validateAjv(sample)]).toEqual([key, value, zodOk(sample)]);
      }),
      { numRuns: 500 },
    );
  });
});

describe("JSON Schema of the dataset", () => {
  it("accepts the fixture and rejects a record of the wrong kind in a collection, like zod", () => {
    const validateAjv = ajv.compile(toJsonSchema("dataset"));
    const good = fixture();
    expect(validateAjv(good)).toBe(true);
    const bad = { ...fixture(), missions: [fixture().actors![0]] };
    expect(validateAjv(bad)).toBe(false);
    expect(DatasetSchema.safeParse(bad).success).toBe(false);
  });
  it("names one file per entity kind plus the dataset", () => {
    expect([...JSON_SCHEMA_NAMES].sort()).toEqual([...ENTITY_KINDS, "dataset"].sort());
  });
});
