import { defineProject, type UserWorkspaceConfig } from "vitest/config";

/** Workspace packages resolve to their TypeScript sources in tests: no build needed. */
const conditions = ["@bluehelm/source", "module", "node", "development|production"];

/** The shared shape of every workspace package's vitest project. */
export function bluehelmProject(name: string, test: UserWorkspaceConfig["test"] = {}): UserWorkspaceConfig {
  return defineProject({
    resolve: { conditions },
    ssr: { resolve: { conditions } },
    test: { name, include: ["src/**/*.test.ts", "test/**/*.test.ts"], ...test },
  });
}
