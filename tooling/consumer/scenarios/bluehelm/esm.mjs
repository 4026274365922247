// Run the installed `bluehelm` bin, as a shell script would, and the CLI in-process.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT, main } from "bluehelm";

const db = mkdtempSync(join(tmpdir(), "bluehelm-cli-consumer-"));
try {
  const out = execFileSync(join("node_modules", ".bin", "bluehelm"), ["--db", db, "--seed", "framework", "missions", "get", "monusco", "--json"], {
    encoding: "utf8",
  });
  const [mission] = [JSON.parse(out)].flat();
  assert.equal(mission.acronym, "MONUSCO");
  const printed = [];
  const code = await main(["--db", db, "missions", "get", "no-such-mission", "--json"], { out: (t) => printed.push(t), err: (t) => printed.push(t) });
  assert.equal(code, EXIT.notFound);
  console.log(JSON.stringify({ acronym: mission.acronym, notFound: code }));
} finally {
  rmSync(db, { recursive: true, force: true });
}
