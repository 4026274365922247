// No package's sources import themselves in a circle (madge over the
// TypeScript sources of every package and app), and the check does see a
// circle written the way these sources write imports (`./x.js` for `x.ts`).
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

interface MadgeResult {
  circular(): string[][];
  obj(): Record<string, string[]>;
}
type Madge = (paths: string | string[], config: { fileExtensions: string[]; tsConfig?: string; baseDir?: string }) => Promise<MadgeResult>;
const madge = createRequire(import.meta.url)("madge") as Madge;

const root = join(import.meta.dirname, "..", "..");
const SOURCES = ["packages/core/src", "packages/store/src", "packages/client/src", "packages/data/src", "apps/server/src", "apps/cli/src", "apps/web/src"];
const sourceFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => /\.tsx?$/.test(f) && !/\.d\.ts$/.test(f)).length;
const scratch = mkdtempSync(join(tmpdir(), "bluehelm-circular-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("circular imports", () => {
  it("finds a circle written with .js specifiers (the check can fail)", async () => {
    writeFileSync(join(scratch, "a.ts"), 'import { b } from "./b.js";\nexport const a = () => b;\n');
    writeFileSync(join(scratch, "b.ts"), 'import { a } from "./a.js";\nexport const b = () => a;\n');
    const result = await madge(scratch, { fileExtensions: ["ts"] });
    expect(result.circular()).toEqual([["a.ts", "b.ts"]]);
  });

  it.each(SOURCES)("none in %s", async (dir) => {
    const result = await madge(join(root, dir), { fileExtensions: ["ts", "tsx"], tsConfig: join(root, "tsconfig.base.json") });
    // the graph was read: every source file of the folder is in it
    expect(Object.keys(result.obj()).filter((f) => !f.startsWith("..") && /\.tsx?$/.test(f)).length).toBe(sourceFiles(join(root, dir)));
    expect(result.circular()).toEqual([]);
  });
});
