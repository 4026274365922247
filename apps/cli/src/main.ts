/**
 * The bluehelm command line. `main(argv, options)` runs one command and
 * resolves to its exit code, so it can be tested in-process; `bin.ts` is the
 * executable. Each command is a module of `commands/`; this one wires them.
 *
 * Exit codes: 0 success; 1 validation failed (the data has errors); 2 usage
 * error; 3 not found; 4 conflict; 5 database or server unreachable; 6 alerts
 * found; 70 unexpected error.
 *
 * @packageDocumentation
 */
import { Command, CommanderError, Option } from "commander";
import { registerAlerts } from "./commands/alerts.js";
import { registerAnalytics } from "./commands/analytics.js";
import { registerCompletion } from "./commands/completion.js";
import { registerExport } from "./commands/export.js";
import { registerImport } from "./commands/import.js";
import { registerRecordCommands } from "./commands/records.js";
import { registerServe } from "./commands/serve.js";
import { registerToken } from "./commands/token.js";
import { registerValidate } from "./commands/validate.js";
import { VERSION, createContext } from "./context.js";
import { CliError, EXIT } from "./errors.js";
import { detectLang, t, type Lang } from "./i18n.js";
import type { Io } from "./output.js";

export { CliError, EXIT } from "./errors.js";

/**
 * What `main` needs from the world; tests pass their own.
 *
 * @example
 * ```ts
 * import { main, type MainOptions } from "bluehelm";
 *
 * const lines: string[] = [];
 * const options: MainOptions = { out: (text) => lines.push(text), env: { NO_COLOR: "1" }, isTTY: false };
 * await main(["--version"], options);
 * console.log(lines);
 * ```
 */
export interface MainOptions {
  /** The environment (`NO_COLOR`, `DATABASE_URL`, `BLUEHELM_*`); default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Writes a line of output; default standard output. */
  readonly out?: (text: string) => void;
  /** Writes a line of diagnostics; default standard error. */
  readonly err?: (text: string) => void;
  /** Whether output goes to a terminal (colour, progress bars); default that of standard output. */
  readonly isTTY?: boolean;
}

/**
 * Runs the CLI on arguments (without `node` and the script) and resolves to the exit code.
 *
 * @example
 * ```ts
 * import { main } from "bluehelm";
 *
 * const output: string[] = [];
 * const code = await main(["missions", "get", "minusca", "--json", "--db", ".bluehelm/db"], { out: (text) => output.push(text) });
 * console.log(code, output.join("\n"));
 * ```
 */
export async function main(argv: readonly string[], options: MainOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const lang: Lang = detectLang(argv, env);
  const out = options.out ?? ((s: string) => void process.stdout.write(`${s}\n`));
  const err = options.err ?? ((s: string) => void process.stderr.write(`${s}\n`));
  const colorAllowed = (options.isTTY ?? process.stdout.isTTY === true) && env.NO_COLOR === undefined && !argv.includes("--no-color");
  const io: Io = { out, err, color: colorAllowed, lang };

  const program = new Command("bluehelm");
  program
    .description(t(lang, "description"))
    .version(VERSION, "-v, --version")
    .option("--db <dir-or-url>", t(lang, "optDb"))
    .option("--api <url>", t(lang, "optApi"))
    .option("--token <token>", t(lang, "optToken"))
    .addOption(new Option("--lang <lang>", t(lang, "optLang")).choices(["en", "fr"]))
    .option("--json", t(lang, "optJson"))
    .option("--csv", t(lang, "optCsv"))
    .option("--ndjson", t(lang, "optNdjson"))
    .addOption(new Option("--seed <what>", t(lang, "optSeed")).choices(["reference", "framework", "none"]).default("reference"))
    .option("--no-color", "NO_COLOR")
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => out(s.trimEnd()), writeErr: (s) => err(s.trimEnd()) })
    .addHelpText(
      "after",
      `\n${t(lang, "examples")}\n  bluehelm pledges list --where status=deployed --as-of 2019-01-01\n  bluehelm missions get monusco --json\n  bluehelm analytics endorsement-coverage --population top-contributors --n 30\n  bluehelm validate pledges.csv --kind pledge\n  bluehelm import contributions.csv --kind contribution --dry-run\n  bluehelm --api http://127.0.0.1:8080 actors list --where regionalGroup=african\n\nExit codes: 0 ok, 1 validation failed, 2 usage, 3 not found, 4 conflict, 5 unreachable, 6 alerts found, 70 unexpected.`,
    );

  const ctx = createContext(program, io, env, options.isTTY);
  registerRecordCommands(ctx);
  await registerAnalytics(ctx, argv);
  registerAlerts(ctx);
  registerValidate(ctx);
  registerImport(ctx);
  registerExport(ctx);
  registerToken(ctx);
  registerServe(ctx);
  registerCompletion(ctx);

  try {
    await program.parseAsync([...argv], { from: "user" });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof CliError) {
      if (e.message) err(e.message);
      return e.code;
    }
    const mod = ctx.loadedStoreModule();
    if (mod?.isStoreError(e)) {
      // A query the store refuses (a field it cannot sort or filter by) is a usage error, said in the chosen language.
      if (e.code === "bad-query") {
        err(e.report?.issues.map((i) => i.message[lang]).join("\n") || e.message);
        return EXIT.usage;
      }
      err(e.message);
      // More records than this process may hold in memory: it cannot answer as it runs, as a server that is down cannot.
      if (e.code === "too-large") return EXIT.unavailable;
      return e.code === "not-found" ? EXIT.notFound : e.code === "conflict" ? EXIT.conflict : e.code === "invalid" ? EXIT.invalid : EXIT.internal;
    }
    err(t(lang, "internal", { reason: e instanceof Error ? e.message : String(e) }));
    return EXIT.internal;
  } finally {
    await ctx.close();
  }
}
