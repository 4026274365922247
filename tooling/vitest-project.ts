import { defineProject, type UserWorkspaceConfig } from "vitest/config";

/** Workspace packages resolve to their TypeScript sources in tests: no build needed. */
const conditions = ["@bluehelm/source", "module", "node", "development|production"];

/** The shared shape of every workspace package's vitest project. */
export function bluehelmProject(name: string, test: UserWorkspaceConfig["test"] = {}): UserWorkspaceConfig {
  return defineProject({
    resolve: { conditions },
    ssr: { resolve: { conditions } },
    plugins: [
      {
        // Vite gives the top-level `resolve` only to the client environment and `ssr.resolve`
        // only to ssr; vitest runs global setups in an environment of its own, which would
        // otherwise resolve workspace packages to their (possibly unbuilt) dist.
        name: "bluehelm:source-conditions",
        configEnvironment: () => ({ resolve: { conditions } }),
      },
    ],
    test: { name, include: ["src/**/*.test.ts", "test/**/*.test.ts"], ...test },
  });
}
