import { defineConfig } from "tsup";

// One entry per collection, so that each subpath bundles only its own JSON.
export default defineConfig({
  entry: {
    index: "src/index.ts",
    "sources": "src/sources.ts",
    "actors": "src/actors.ts",
    "actor-roles": "src/actor-roles.ts",
    "assessment-shares": "src/assessment-shares.ts",
    "themes": "src/themes.ts",
    "events": "src/events.ts",
    "instruments": "src/instruments.ts",
    "principles": "src/principles.ts",
    "endorsements": "src/endorsements.ts",
    "missions": "src/missions.ts",
    "mandates": "src/mandates.ts",
    "pledges": "src/pledges.ts",
    "pledge-events": "src/pledge-events.ts",
    "contributions": "src/contributions.ts",
    "capability-requirements": "src/capability-requirements.ts",
    "gender-targets": "src/gender-targets.ts",
    "conduct-stats": "src/conduct-stats.ts",
    mappings: "src/mappings.ts",
  },
  format: ["esm", "cjs"],
  dts: { resolve: false },
  tsconfig: "tsconfig.build.json",
  sourcemap: false,
  clean: true,
  target: "es2022",
  treeshake: true,
  external: ["zod", "@bluehelm/core"],
});
