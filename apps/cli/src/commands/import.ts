// bluehelm import <file>: stores the records of a file, all or nothing unless --accept-valid.
import { writeFileSync } from "node:fs";
import type { Context } from "../context.js";
import type { OutputFormat } from "../output.js";
import { CliError, EXIT } from "../errors.js";
import { checkFile, fileCommand, readClean, type CleanFile, type FileOptions } from "../files.js";
import { t } from "../i18n.js";
import { printIssues } from "../output.js";
import { startProgress } from "../progress.js";

/** Registers `import`. */
export function registerImport(ctx: Context): void {
  const { lang, io } = ctx;
  fileCommand(ctx, "import", t(lang, "cmdImport"))
    .option("--dry-run", t(lang, "optDryRun"))
    .option("--accept-valid <rejected-file>", t(lang, "optAcceptValid"))
    .addHelpText(
      "after",
      `\n${t(lang, "examples")}\n  bluehelm import pledges.csv --kind pledge --dry-run\n  bluehelm import contributions.csv --kind contribution --accept-valid rejected.ndjson\n  bluehelm --db ./db --seed framework import CountryByYear.csv --profile un-country-by-year\n  bluehelm import GEDEvent_v25_1.csv --profile ucdp-ged\n  bluehelm import Mali.csv --profile ucdp-ged --release 24.1 --dry-run`,
    )
    .action(async (file: string, opts: FileOptions & { dryRun?: boolean; acceptValid?: string }) => {
      const format = ctx.format();
      // A file that passes the rules of the file alone goes to the store, which judges it against the stored data as
      // it imports it (all or nothing). A dry run, or a file the store or those rules refuse, gets the full report.
      if (!opts.dryRun) {
        const clean = await readClean(ctx, file, opts);
        if (clean && (await importClean(ctx, clean, file, format))) return;
      }
      const { kind, result, backend: b, emptyRows } = await checkFile(ctx, file, opts);
      printIssues(io, file, result.report.issues.filter((i) => i.severity !== "info" || format === "table"));
      if (emptyRows > 0) io.err(t(lang, "emptyRows", { n: emptyRows }));
      if (opts.dryRun) {
        if (format === "json") io.out(JSON.stringify({ insert: result.accepted.map((a) => a.record), reject: result.rejected }, null, 2));
        io.out(t(lang, "wouldImport", { n: result.accepted.length, bad: result.rejected.length }));
        // As the import itself would: 1 when anything would be refused.
        if (result.rejected.length > 0 || !result.report.valid) throw new CliError(EXIT.invalid, "");
        return;
      }
      if ((result.rejected.length > 0 || !result.report.valid) && !opts.acceptValid) {
        io.err(t(lang, "nothingImported"));
        throw new CliError(EXIT.invalid, "");
      }
      const store = b.store!;
      const progress = startProgress(ctx.isTTY ?? process.stderr.isTTY === true, result.accepted.length);
      await store.importRecords(kind, result.accepted.map((a) => a.record), { actor: "cli" }, progress);
      if (opts.acceptValid && result.rejected.length > 0) {
        writeFileSync(opts.acceptValid, result.rejected.map((r) => JSON.stringify({ row: r.row, record: r.record, issues: r.issues })).join("\n") + "\n");
        io.err(t(lang, "rejectedWritten", { bad: result.rejected.length, file: opts.acceptValid }));
      }
      io.out(t(lang, "imported", { n: result.accepted.length, kind }));
      if (result.rejected.length > 0) throw new CliError(EXIT.invalid, "");
    });
}

/**
 * Imports a file whose file-level rules passed; false, having written nothing, when the store finds that records
 * break the dataset's rules (the caller then reports them row by row).
 */
async function importClean(ctx: Context, clean: CleanFile, file: string, format: OutputFormat): Promise<boolean> {
  const { io, lang } = ctx;
  const store = clean.backend.store!;
  const progress = startProgress(ctx.isTTY ?? process.stderr.isTTY === true, clean.records.length);
  try {
    await store.importRecords(clean.kind, clean.records, { actor: "cli" }, progress);
  } catch (e) {
    if ((await ctx.loadStoreModule()).isStoreError(e) && e.code === "invalid") return false;
    throw e;
  }
  printIssues(io, file, clean.issues.filter((i) => i.severity !== "info" || format === "table"));
  if (clean.emptyRows > 0) io.err(t(lang, "emptyRows", { n: clean.emptyRows }));
  io.out(t(lang, "imported", { n: clean.records.length, kind: clean.kind }));
  return true;
}
