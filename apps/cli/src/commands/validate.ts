// bluehelm validate <file>: checks a file of records against the schemas and the stored data, writing nothing.
import type { Context } from "../context.js";
import { CliError, EXIT } from "../errors.js";
import { checkFile, fileCommand, summarize, type FileOptions } from "../files.js";
import { t } from "../i18n.js";
import { printIssues } from "../output.js";

/** Registers `validate`. */
export function registerValidate(ctx: Context): void {
  const { lang, io } = ctx;
  fileCommand(ctx, "validate", t(lang, "cmdValidate"))
    .addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm validate partner-pledges.csv --kind pledge\n  bluehelm validate events.ndjson --kind pledge-event --json\n  bluehelm validate CountryByYear.csv --profile un-country-by-year`)
    .action(async (file: string, opts: FileOptions) => {
      const { result, emptyRows } = await checkFile(ctx, file, opts);
      if (emptyRows > 0) io.err(t(lang, "emptyRows", { n: emptyRows }));
      if (ctx.format() === "json") io.out(JSON.stringify(result.report, null, 2));
      else {
        printIssues(io, file, result.report.issues);
        io.out(summarize(lang, file, result));
      }
      if (!result.report.valid) throw new CliError(EXIT.invalid, "");
    });
}
