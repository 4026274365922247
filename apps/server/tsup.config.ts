import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm"],
    dts: { resolve: false },
    tsconfig: "tsconfig.build.json",
    sourcemap: true,
    clean: true,
    target: "es2022",
    treeshake: true,
    external: ["zod", /^@bluehelm\//, /^hono/, /^@hono\//],
  },
  {
    // The validation worker is a file of its own, started by the pool from next to the bundle.
    entry: { node: "src/node.ts", "validation-worker": "src/validation-worker.ts" },
    format: ["esm"],
    tsconfig: "tsconfig.build.json",
    sourcemap: true,
    clean: false,
    target: "es2022",
    external: ["zod", /^@bluehelm\//, /^hono/, /^@hono\//],
  },
]);
