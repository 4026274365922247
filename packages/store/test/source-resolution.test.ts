// The store's tests run without a build: workspace packages resolve to their
// TypeScript sources (the `@bluehelm/source` export condition) in every vite
// environment of the project, including the one vitest runs global setups in.
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVitest, type Vitest } from "vitest/node";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const importer = fileURLToPath(new URL("../src/index.ts", import.meta.url));

describe("the store project resolves workspace packages to their sources", () => {
  let vitest: Vitest;
  beforeAll(async () => {
    vitest = await createVitest("test", { root, project: ["store"], watch: false, reporters: [] });
  });
  afterAll(async () => {
    await vitest?.close();
  });

  it.each(["__vitest__", "ssr"])("in the %s environment", async (name) => {
    const project = vitest.projects.find((p) => p.name === "store");
    const environment = project?.vite.environments[name];
    expect(environment, `no ${name} environment`).toBeDefined();
    for (const pkg of ["core", "data"]) {
      const resolved = await environment!.pluginContainer.resolveId(`@bluehelm/${pkg}`, importer);
      expect(resolved?.id).toBe(`${root}packages/${pkg}/src/index.ts`);
    }
  });
});
