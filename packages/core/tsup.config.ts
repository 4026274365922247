import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", analytics: "src/analytics/index.ts", tabular: "src/tabular/index.ts" },
  format: ["esm", "cjs"],
  dts: { resolve: false },
  tsconfig: "tsconfig.build.json",
  sourcemap: true,
  clean: true,
  target: "es2022",
  treeshake: true,
  external: ["zod"],
  // The spatial index (kdbush, geokdbush and its tinyqueue) is bundled: small, ESM-only upstream, and so
  // usable from the CommonJS build too. Their ISC licences are in THIRD_PARTY_NOTICES.md.
  noExternal: ["kdbush", "geokdbush", "tinyqueue"],
});
