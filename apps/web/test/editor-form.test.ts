import { validate } from "@bluehelm/core";
import { describe, expect, it } from "vitest";
import { EVENT_FIELDS, FORM, PLEDGE_FIELDS, emptyEventForm, emptyPledgeForm, eventFromForm, fieldOfPath, issuesByField, pledgeFromForm } from "../src/editor-form.js";

const filled = {
  ...emptyPledgeForm(),
  id: "fra-2024-training",
  actorId: "fra",
  announcedOn: "2024-03-01",
  kind: "training",
  titleEn: "Training",
  titleFr: "Formation",
  sources: "a-source, another-source",
};

describe("the editor forms", () => {
  it("make a pledge the core schema accepts from filled-in fields", () => {
    const record = pledgeFromForm(filled);
    expect(record).toEqual({
      id: "fra-2024-training",
      actorId: "fra",
      announcedOn: "2024-03-01",
      kind: "training",
      title: { en: "Training", fr: "Formation" },
      themeIds: [],
      partnerIds: [],
      sources: ["a-source", "another-source"],
      confidence: "reported",
    });
    expect(validate("pledge", record)).toEqual({ valid: true, issues: [] });
  });

  it("put every issue of an empty pledge form beside its field, in the language asked", () => {
    const report = validate("pledge", pledgeFromForm(emptyPledgeForm()));
    expect(report.valid).toBe(false);
    const en = issuesByField(report, PLEDGE_FIELDS, "en");
    const fr = issuesByField(report, PLEDGE_FIELDS, "fr");
    for (const field of ["id", "actorId", "announcedOn", "kind", "titleEn", "sources"]) {
      expect(en[field], field).toBeDefined();
      expect(fr[field], field).toBeDefined();
      expect(fr[field]).not.toEqual(en[field]);
    }
    expect(en[FORM]).toBeUndefined();
    expect(en.titleFr).toBeUndefined();
  });

  it("make a unit pledge with its unit type and quantity, and report a unit without a type beside its field", () => {
    const unit = { ...filled, kind: "unit", unitType: "level-2-hospital", quantity: "2" };
    const record = pledgeFromForm(unit);
    expect(record.unit).toEqual({ unitType: "level-2-hospital", quantity: 2 });
    expect(validate("pledge", record)).toEqual({ valid: true, issues: [] });
    // The unit fields are sent only for a unit pledge.
    expect(pledgeFromForm({ ...unit, kind: "training" }).unit).toBeUndefined();
    const noType = { ...unit, unitType: "" };
    const by = issuesByField(validate("pledge", pledgeFromForm(noType)), PLEDGE_FIELDS, "en", noType);
    expect(by).toEqual({ unitType: ["Required: fill in this field."] });
    const badQuantity = { ...unit, quantity: "two" };
    expect(Object.keys(issuesByField(validate("pledge", pledgeFromForm(badQuantity)), PLEDGE_FIELDS, "en", badQuantity))).toEqual(["quantity"]);
  });

  it("say that a required field left empty is required, in the language asked, not in the schema's terms", () => {
    const empty = emptyPledgeForm();
    const report = validate("pledge", pledgeFromForm(empty));
    const en = issuesByField(report, PLEDGE_FIELDS, "en", empty);
    const fr = issuesByField(report, PLEDGE_FIELDS, "fr", empty);
    for (const field of ["id", "actorId", "announcedOn", "kind", "titleEn", "sources"]) {
      expect(en[field], field).toEqual(["Required: fill in this field."]);
      expect(fr[field], field).toEqual(["Obligatoire : remplissez ce champ."]);
    }
    // A field that is filled in but wrong keeps the report's own message.
    const wrong = { ...empty, id: "Not An Id" };
    const byWrong = issuesByField(validate("pledge", pledgeFromForm(wrong)), PLEDGE_FIELDS, "en", wrong);
    expect(byWrong.id).toHaveLength(1);
    expect(byWrong.id![0]).toContain("Not An Id");
  });

  it("report a malformed id and date beside those fields", () => {
    const report = validate("pledge", pledgeFromForm({ ...filled, id: "Not An Id", announcedOn: "2024-02-30" }));
    const by = issuesByField(report, PLEDGE_FIELDS, "fr");
    expect(Object.keys(by).sort()).toEqual(["announcedOn", "id"]);
  });

  it("map issue paths of the server's report to fields, and the rest to the form", () => {
    expect(fieldOfPath(["title", "en"], PLEDGE_FIELDS)).toBe("titleEn");
    expect(fieldOfPath(["title", "fr"], PLEDGE_FIELDS)).toBe("titleFr");
    expect(fieldOfPath(["title"], PLEDGE_FIELDS)).toBe("titleEn");
    expect(fieldOfPath(["sources", 0], PLEDGE_FIELDS)).toBe("sources");
    expect(fieldOfPath(["unit", "quantity"], PLEDGE_FIELDS)).toBe("quantity");
    expect(fieldOfPath(["unit", "unitType"], PLEDGE_FIELDS)).toBe("unitType");
    expect(fieldOfPath(["unit"], PLEDGE_FIELDS)).toBe("unitType");
    expect(fieldOfPath(["unit", "quantity"], EVENT_FIELDS)).toBe(FORM);
    expect(fieldOfPath([], PLEDGE_FIELDS)).toBe(FORM);
    expect(fieldOfPath(["pledgeId"], EVENT_FIELDS)).toBe("pledgeId");
    const server = { valid: false, issues: [{ rule: "reference.dangling" as const, severity: "error" as const, path: ["sources", 0], message: { en: "Unknown source", fr: "Source inconnue" } }] };
    expect(issuesByField(server, PLEDGE_FIELDS, "fr")).toEqual({ sources: ["Source inconnue"] });
  });

  it("make a pledge event the core schema accepts", () => {
    const record = eventFromForm({ ...emptyEventForm(), id: "e-1", pledgeId: "p-1", type: "registered", date: "2024-05-01", sources: "s-1" });
    expect(validate("pledge-event", record).valid).toBe(true);
    const missing = issuesByField(validate("pledge-event", eventFromForm(emptyEventForm())), EVENT_FIELDS, "en");
    expect(Object.keys(missing).sort()).toEqual(["date", "id", "pledgeId", "sources", "type"]);
  });
});
