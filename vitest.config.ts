import { defineConfig } from "vitest/config";

/**
 * One root configuration; each workspace package is a project with its own
 * `vitest.config.ts`. Tests resolve workspace packages to their TypeScript
 * sources through the `@bluehelm/source` export condition, so no build is
 * needed to run them (the package checks under tooling/ use the built output).
 */
export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "apps/*/vitest.config.ts", "apps/*/e2e/vitest.config.ts", "tooling/*/vitest.config.ts", "examples/*/vitest.config.ts"],
  },
});
