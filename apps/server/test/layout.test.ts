// The package's public surface and the size of its modules.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as server from "../src/index.js";

describe("@bluehelm/server's modules", () => {
  it("exports the app, the listener and the problem vocabulary, and no CSV writer of its own", () => {
    expect(Object.keys(server).sort()).toEqual(["PROBLEM_CONTENT_TYPE", "PROBLEM_TYPES", "WEB_CSP", "createApp", "listen", "negotiate", "problemType"]);
  });

  it("keeps every module small: createApp mounts middleware and route groups", () => {
    const src = join(import.meta.dirname, "../src");
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    const lines = (file: string) => readFileSync(file, "utf8").split("\n").length;
    for (const file of files(src)) expect(lines(file), file).toBeLessThan(300);
    expect(lines(join(src, "app.ts"))).toBeLessThan(200);
    expect(readFileSync(join(src, "app.ts"), "utf8")).toMatch(/app\.route\("\/", resourceRoutes\(deps\)\)/);
  });
});
