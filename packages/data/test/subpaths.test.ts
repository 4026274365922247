import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../importers/paths.js";

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(PACKAGE_ROOT, entry)],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    external: ["@bluehelm/core", "zod"],
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

describe("subpaths", () => {
  it("bundling the missions subpath does not pull in the contributions", async () => {
    const missions = await bundle("src/missions.ts");
    expect(missions).toContain('"monusco"');
    expect(missions).not.toContain("cby-2015-");
    expect(missions).not.toContain('"kor-2021-helicopters"');
    const contributions = await bundle("src/contributions.ts");
    expect(contributions).toContain("cby-2015-");
    expect(missions.length * 5).toBeLessThan(contributions.length);
  });

  it("bundling the deployment sites does not pull in the conflict events or the fatalities", async () => {
    const sites = await bundle("src/deployment-sites.ts");
    expect(sites).toContain('"radpko.minusca.caf.bangui.2016"');
    expect(sites).not.toContain('"ucdp-ged.71697"');
    expect(sites).not.toContain('"psdh-fatality.untso-1948-07-02408"');
  });
});
