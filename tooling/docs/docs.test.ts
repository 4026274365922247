import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PUBLISHED, codeBlocks, readApi, root, typecheckSnippets, type ApiReport, type Snippet } from "./src/api.js";

let api: ApiReport;

beforeAll(async () => {
  api = await readApi();
});

describe("the API reference (typedoc.json, as `pnpm docs` builds it)", () => {
  it("converts the published packages with no warning and no error", () => {
    expect(api.project).toBeDefined();
    expect(api.messages).toEqual([]);
    expect({ warnings: api.warnings, errors: api.errors }).toEqual({ warnings: 0, errors: 0 });
  });

  it("names each module after its published import specifier", () => {
    const modules = new Set(api.exports.map((e) => e.module));
    for (const { name } of PUBLISHED) expect(modules).toContain(name);
    expect(modules).toContain("@bluehelm/data/missions");
    expect(modules).toContain("@bluehelm/data/mappings");
  });

  it.each(PUBLISHED.map((p) => p.name))("%s: every public export has a summary and an @example with code", (pkg) => {
    const own = api.exports.filter((e) => e.pkg === pkg);
    expect(own.length).toBeGreaterThan(0);
    const missing = own
      .filter((e) => !e.summary || !e.hasExample || e.examples.length === 0)
      .map((e) => `${e.module} › ${e.name} (${e.kind}): ${[!e.summary && "no summary", !e.hasExample && "no @example", e.hasExample && e.examples.length === 0 && "no code block in @example"].filter(Boolean).join(", ")}`);
    expect(missing).toEqual([]);
  });
});

describe("code in the docs type-checks against the workspace packages", () => {
  it("every @example and every TypeScript block of the READMEs", () => {
    const snippets: Snippet[] = api.exports.flatMap((e) => e.examples.map((code, i) => ({ label: `${e.module} › ${e.name} #${i + 1}`, code })));
    const readmes = ["README.md", ...PUBLISHED.map((p) => `${p.dir}/README.md`)].filter((f) => existsSync(join(root, f)));
    for (const file of readmes) {
      codeBlocks(readFileSync(join(root, file), "utf8")).forEach((code, i) => snippets.push({ label: `${file} #${i + 1}`, code }));
    }
    expect(snippets.length).toBeGreaterThan(api.exports.length / 2);
    expect(typecheckSnippets(snippets)).toEqual([]);
  });

  it("a wrong example is caught (the check is not vacuous)", () => {
    const wrong = typecheckSnippets(
      [
        { label: "unknown export", code: `import { noSuchExport } from "@bluehelm/core";\nconsole.log(noSuchExport);` },
        { label: "wrong type", code: `import { pledgeSummary } from "@bluehelm/core";\nconst n: string = pledgeSummary;\nconsole.log(n);` },
        { label: "fine", code: `import { PLEDGE_STATUSES } from "@bluehelm/core";\nconsole.log(Object.keys(PLEDGE_STATUSES).length);` },
      ],
      "negative",
    );
    expect(wrong.map((d) => d.label).sort()).toEqual(["unknown export", "wrong type"]);
  });

  it("each package README has install, usage, compatibility and API reference sections", () => {
    for (const { name, dir } of PUBLISHED) {
      const readme = readFileSync(join(root, dir, "README.md"), "utf8");
      expect(readme, name).toMatch(/^## Install/m);
      expect(readme, name).toContain(`npm install ${name}`);
      expect(readme, name).toMatch(/^## Usage/m);
      expect(readme, name).toMatch(/^## Compatibility/m);
      expect(readme, name).toContain("Node.js ≥ 20.19");
      expect(readme, name).toContain("docs/api");
      expect(codeBlocks(readme, ["ts", "typescript", "sh"]).length, name).toBeGreaterThan(0);
    }
  });
});
