import { defineConfig } from "tsup";

export default defineConfig({
  entry: { bin: "src/bin.ts", main: "src/main.ts" },
  format: ["esm"],
  dts: { entry: { main: "src/main.ts" } },
  tsconfig: "tsconfig.build.json",
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "node",
  splitting: true,
});
