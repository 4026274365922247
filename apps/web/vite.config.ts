import { defineConfig } from "vite";

/**
 * The web client is built from the workspace packages' TypeScript sources
 * (the `@bluehelm/source` condition), so that unused modules of the core
 * (analytics, file readers, schemas) are dropped module by module.
 */
export default defineConfig({
  resolve: { conditions: ["@bluehelm/source", "module", "browser", "development|production"] },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    target: "es2022",
    modulePreload: { polyfill: false },
    sourcemap: true,
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
});
