// bluehelm export <resource>: every matching record, as JSON, NDJSON or CSV.
import type { Context } from "../context.js";
import { CliError, EXIT } from "../errors.js";
import { t } from "../i18n.js";
import { printRecords, printRecordsCsv, type OutputFormat } from "../output.js";
import { parseDate, parseWhere } from "../parse.js";

const FORMATS: readonly OutputFormat[] = ["json", "ndjson", "csv"];

/** Registers `export`. */
export function registerExport(ctx: Context): void {
  const { lang, io } = ctx;
  ctx.program
    .command("export")
    .description(t(lang, "cmdExport"))
    .argument("<resource>")
    .option("-f, --format <format>", "json | ndjson | csv", "ndjson")
    .option("-w, --where <field=value>", t(lang, "optWhere"), (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option("--as-of <date>", t(lang, "optAsOf"))
    .addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm export missions --format csv > missions.csv\n  bluehelm export contributions --where periodStart>=2019-01-01 > recent.ndjson`)
    .action(async (resource: string, opts: { format: string; where: string[]; asOf?: string }) => {
      const info = await ctx.resourceInfo(resource);
      const format = FORMATS.find((f) => f === opts.format);
      if (format === undefined) throw new CliError(EXIT.usage, t(lang, "badExportFormat", { value: opts.format }));
      const asOf = parseDate(lang, "--as-of", opts.asOf);
      const filters = parseWhere(lang, info, opts.where);
      const b = await ctx.openBackend();
      const records = await b.list(info.kind, { filters, ...(asOf !== undefined ? { asOf } : {}) });
      if (format === "csv") printRecordsCsv(io, info.kind, records);
      else printRecords(io, format, records, []);
    });
}
