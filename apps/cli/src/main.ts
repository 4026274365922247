/**
 * The bluehelm command line. `main(argv, options)` runs one command and
 * resolves to its exit code, so it can be tested in-process; `bin.ts` is the
 * executable.
 *
 * Exit codes: 0 success; 1 validation failed (the data has errors); 2 usage
 * error; 3 not found; 4 conflict; 5 database or server unreachable; 70
 * unexpected error.
 *
 * @packageDocumentation
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { Command, CommanderError, Option } from "commander";
import {
  ENTITY_KINDS,
  ENTITY_PATHS,
  isEntityKind,
  type Answer,
  type EarlyWarning,
  type EntityKind,
  type FileFormat,
  type ValidationIssue,
} from "@bluehelm/core";
import type { Filter, ResourceInfo, Store } from "@bluehelm/store";
import type { ZodType } from "zod";
import type * as StoreApi from "@bluehelm/store";

type StoreModule = typeof StoreApi;
import { storeBackend, type Backend } from "./backend.js";
import { COLUMNS } from "./columns.js";
import { detectLang, t, type Lang } from "./i18n.js";
import { printIssues, printRecords, printValue, type Io, type OutputFormat } from "./output.js";
import { completionScript } from "./commands/completion.js";
import { PROFILES, readProfile, type ProfileName } from "./profiles.js";

interface FileOptions {
  kind?: string;
  format?: string;
  decimalComma?: boolean;
  profile?: string;
  release?: string;
  source?: string;
}

/**
 * The exit codes of the CLI: 0 ok, 1 validation failed, 2 usage, 3 not found, 4 conflict, 5 unreachable, 6 alerts found
 * (`bluehelm alerts`), 70 unexpected.
 *
 * @example
 * ```ts
 * import { EXIT, main } from "bluehelm";
 *
 * const code = await main(["validate", "partner-pledges.csv", "--kind", "pledge"]);
 * if (code === EXIT.invalid) console.error("the file has errors");
 * ```
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2, notFound: 3, conflict: 4, unavailable: 5, alerts: 6, internal: 70 } as const;

/**
 * A failure with an exit code and a message for people.
 *
 * @example
 * ```ts
 * import { CliError, EXIT } from "bluehelm";
 *
 * const error = new CliError(EXIT.notFound, "no mission with id xyz");
 * console.log(error.code, error.message);
 * ```
 */
export class CliError extends Error {
  /**
   * Creates a failure that ends the command with an exit code.
   *
   * @param code - The exit code, one of {@link EXIT}.
   * @param message - What went wrong, for people; empty when the output already says it.
   */
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

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

interface Globals {
  db?: string;
  api?: string;
  token?: string;
  lang?: string;
  json?: boolean;
  csv?: boolean;
  ndjson?: boolean;
  color?: boolean;
  seed?: "reference" | "framework" | "none";
}

const VERSION: string = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;

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
  let backend: Backend | undefined;
  let storeModule: StoreModule | undefined;

  const program = new Command("bluehelm");
  const globals = () => program.opts<Globals>();
  const format = (): OutputFormat => {
    const g = globals();
    return g.json ? "json" : g.csv ? "csv" : g.ndjson ? "ndjson" : "table";
  };
  const loadStoreModule = async () => (storeModule ??= await import("@bluehelm/store"));
  const openBackend = async (): Promise<Backend> => {
    if (backend) return backend;
    const g = globals();
    if (g.api) {
      const { remoteBackend } = await import("./remote.js");
      backend = await remoteBackend(g.api, g.token ?? env.BLUEHELM_TOKEN);
      return backend;
    }
    const mod = await loadStoreModule();
    const url = g.db ?? env.DATABASE_URL;
    const target = url && /^postgres(ql)?:\/\//.test(url) ? { url } : { dataDir: url ?? mod.DEFAULT_DATA_DIR };
    let store: Store;
    try {
      const seedWith = g.seed ?? "reference";
      const seed = seedWith === "none" ? false : seedWith === "framework" ? { ...(await import("@bluehelm/data")).loadDataset(), contributions: [] } : undefined;
      store = await mod.openStore(seed === undefined ? target : { ...target, seed });
    } catch (e) {
      throw new CliError(EXIT.unavailable, t(lang, "unreachable", { what: url ?? mod.DEFAULT_DATA_DIR, reason: e instanceof Error ? e.message : String(e) }));
    }
    backend = storeBackend(store, url ?? mod.DEFAULT_DATA_DIR);
    return backend;
  };
  const resourceInfo = async (path: string): Promise<ResourceInfo> => {
    const mod = await loadStoreModule();
    const info = mod.resourceByPath(path);
    if (!info) throw new CliError(EXIT.usage, `unknown resource "${path}"`);
    return info;
  };
  const parseAsOf = (value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new CliError(EXIT.usage, t(lang, "badDate", { value }));
    return value;
  };
  const parseWhere = (info: ResourceInfo, where: readonly string[]): Filter[] =>
    where.map((w) => {
      const m = /^([A-Za-z0-9.]+)(>=|<=|=)(.*)$/.exec(w);
      if (!m) throw new CliError(EXIT.usage, t(lang, "badWhere", { value: w }));
      const [, field, op, value] = m as unknown as [string, string, string, string];
      if (!info.fields.has(field)) throw new CliError(EXIT.usage, t(lang, "unknownField", { field, r: info.path, fields: [...info.fields.keys()].join(", ") }));
      return { field, op: op === "=" ? "eq" : op === ">=" ? "gte" : "lte", values: op === "=" ? value.split(",") : [value] };
    });

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

  // Resource commands: bluehelm <resource> list|get (the store is loaded only when a command runs)
  for (const kind of ENTITY_KINDS) {
    const path = ENTITY_PATHS[kind];
    const r = program.command(path).description(`${path}: list, get`);
    r.command("list")
      .description(t(lang, "cmdList", { r: path }))
      .option("-w, --where <field=value>", t(lang, "optWhere"), (v: string, acc: string[]) => [...acc, v], [] as string[])
      .option("--sort <field>", t(lang, "optSort"))
      .option("--limit <n>", t(lang, "optLimit"), (v) => Number(v))
      .option("--as-of <date>", t(lang, "optAsOf"))
      .addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm ${path} list --limit 20\n  bluehelm ${path} list --sort -id --csv`)
      .action(async (opts: { where: string[]; sort?: string; limit?: number; asOf?: string }) => {
        const info = await resourceInfo(path);
        if (opts.limit !== undefined && !(Number.isInteger(opts.limit) && opts.limit > 0)) throw new CliError(EXIT.usage, "--limit takes a positive whole number");
        const query = { filters: parseWhere(info, opts.where), sort: opts.sort, asOf: parseAsOf(opts.asOf), limit: opts.limit };
        const b = await openBackend();
        const { items } = await b.list(kind, query);
        const f = format();
        if (f === "table" && items.length === 0) return io.out(t(lang, "noRecords"));
        printRecords(io, f, items, COLUMNS[kind], kind);
      });
    r.command("get")
      .description(t(lang, "cmdGet", { r: path }))
      .argument("<id>")
      .addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm ${path} get <id>\n  bluehelm ${path} get <id> --json --as-of 2019-01-01`)
      .option("--as-of <date>", t(lang, "optAsOf"))
      .action(async (id: string, opts: { asOf?: string }) => {
        const b = await openBackend();
        const found = await b.get(kind, id, parseAsOf(opts.asOf));
        if (!found) throw new CliError(EXIT.notFound, t(lang, "notFound", { kind, id }));
        const f = format();
        if (f === "table") io.out(JSON.stringify(found, null, 2));
        else printRecords(io, f, [found], COLUMNS[kind], kind);
      });
  }

  // Analytics: one command per question of the core registry, its options derived from the parameters.
  const analytics = program
    .command("analytics")
    .description(t(lang, "cmdAnalytics"))
    .addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm analytics poc-coverage --as-of 2019-06-30\n  bluehelm analytics top-contributors --from 2018 --to 2020 --n 5 --csv`);
  const { QUESTIONS } = await import("@bluehelm/core");
  for (const [name, question] of Object.entries(QUESTIONS)) {
    const c = analytics.command(name).description(question.summary[lang]);
    const flags = new Map<string, string>();
    const shape: Readonly<Record<string, ZodType>> = question.params.shape;
    for (const [param, schema] of Object.entries(shape)) {
      const flag = param.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);
      flags.set(param, flag);
      const required = !schema.safeParse(undefined).success;
      const option = new Option(`--${flag} <value>`, schema.description ?? param);
      if (required) option.makeOptionMandatory();
      c.addOption(option);
    }
    c.addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm analytics ${name} ${[...flags.values()].filter((f) => f !== "as-of").slice(0, 2).map((f) => `--${f} …`).join(" ")}`.trimEnd());
    c.action(async (opts: Record<string, string | undefined>) => {
      const params = Object.fromEntries([...flags.keys()].map((param) => [param, opts[param]]));
      const b = await openBackend();
      const result = await b.ask(name, params);
      if (!result.ok) {
        printIssues(io, `analytics ${name}`, result.report.issues.map((i) => ({ ...i, path: i.path.map((p) => (typeof p === "string" ? `--${flags.get(p) ?? p}` : p)) })));
        throw new CliError(EXIT.usage, "");
      }
      printAnswer(io, format(), result.answer);
    });
  }

  // Early warning: the alerts question, on the stored events or on a GED file of new ones.
  program
    .command("alerts")
    .description(t(lang, "cmdAlerts"))
    .option("--since <date>", t(lang, "optSince"))
    .option("--until <date>", t(lang, "optUntil"))
    .option("--radius <km>", t(lang, "optRadius"))
    .option("--precision <codes>", t(lang, "optPrecision"))
    .option("--nearest <n>", t(lang, "optNearest"))
    .option("--as-of <date>", t(lang, "optAsOf"))
    .option("--file <ged-file>", t(lang, "optGedFile"))
    .option("--release <x.y>", t(lang, "optRelease"))
    .option("--source <id>", t(lang, "optSource"))
    .addHelpText(
      "after",
      `\n${t(lang, "examples")}\n  bluehelm alerts --since 2019-01-01 --until 2019-12-31 --radius 25\n  bluehelm alerts --file new-events.csv --release 24.1 --ndjson\n\n${t(lang, "alertsExit")}`,
    )
    .action(async (opts: { since?: string; until?: string; radius?: string; precision?: string; nearest?: string; asOf?: string; file?: string; release?: string; source?: string }) => {
      const params = { since: opts.since, until: opts.until, radiusKm: opts.radius, precision: opts.precision, nearest: opts.nearest, asOf: opts.asOf };
      const flagOf: Record<string, string> = { radiusKm: "--radius", asOf: "--as-of" };
      const b = await openBackend();
      const result = opts.file
        ? await b.screen({ text: readText(opts.file), fileName: basename(opts.file), ...(opts.release ? { release: opts.release } : {}), ...(opts.source ? { source: opts.source } : {}) }, params)
        : await b.ask("alerts", params);
      if (!result.ok) {
        const fromFile = result.report.issues.some((i) => i.row !== undefined || i.rule.startsWith("file."));
        const flag = (p: string | number | undefined) => (typeof p === "string" ? (flagOf[p] ?? `--${p}`) : undefined);
        printIssues(io, opts.file && fromFile ? opts.file : "alerts", fromFile ? result.report.issues : result.report.issues.map((i) => ({ ...i, column: flag(i.path[0]) })));
        throw new CliError(fromFile ? EXIT.invalid : EXIT.usage, "");
      }
      const answer = result.answer as Answer<EarlyWarning>;
      const f = format();
      if (f === "json") io.out(JSON.stringify(answer, null, 2));
      else if (f === "ndjson") for (const a of answer.value.alerts) io.out(JSON.stringify(a));
      else {
        const rows = answer.value.alerts.map((a) => {
          const nearest = a.sites[0];
          return {
            date: a.event.dateStart,
            event: a.event.id,
            place: a.event.place ?? "",
            country: a.event.country,
            violence: a.event.typeOfViolence,
            civilianDeaths: a.event.deaths.civilians,
            site: nearest ? `${nearest.place} (${nearest.missionId}, ${nearest.year})` : "",
            km: nearest ? Math.round(nearest.distanceKm * 10) / 10 : "",
            contributors: nearest ? nearest.contributors.map((c) => c.actorId).join(" ") : "",
            rapidUnits: a.rapidDeployment.length,
          };
        });
        printRecords(io, f === "csv" ? "csv" : "table", rows, ["date", "event", "place", "country", "violence", "civilianDeaths", "site", "km", "contributors", "rapidUnits"]);
        if (f !== "csv") io.out(`\n${t(lang, "alertsSummary", { n: answer.value.alerts.length, screened: answer.value.screened })}\n${answer.method[lang]}`);
      }
      if (answer.value.alerts.length > 0) throw new CliError(EXIT.alerts, "");
    });

  // Files
  const fileFormat = (file: string, given: string | undefined): FileFormat => {
    const f = given ?? (/\.csv$/i.test(file) ? "csv" : /\.(ndjson|jsonl)$/i.test(file) ? "ndjson" : /\.json$/i.test(file) ? "json" : undefined);
    if (f !== "csv" && f !== "json" && f !== "ndjson") throw new CliError(EXIT.usage, t(lang, "badFormat", { file }));
    return f;
  };
  const readText = (file: string) => {
    try {
      return readFileSync(file, "utf8");
    } catch (e) {
      throw new CliError(EXIT.usage, t(lang, "cannotRead", { file, reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  const kindOf = (kind: string): EntityKind => {
    if (!isEntityKind(kind)) throw new CliError(EXIT.usage, `--kind: one of ${ENTITY_KINDS.join(", ")}`);
    return kind;
  };
  const contextOf = async (b: Backend) => {
    if (globals().api) throw new CliError(EXIT.usage, t(lang, "remoteImport"));
    return b.dataset();
  };
  const checkFile = async (file: string, opts: FileOptions) => {
    const text = readText(file);
    const { validateFile, validateRecords } = await import("@bluehelm/core");
    if (opts.profile !== undefined) {
      if (!(opts.profile in PROFILES)) throw new CliError(EXIT.usage, `--profile: one of ${Object.keys(PROFILES).join(", ")}`);
      const profile = PROFILES[opts.profile as ProfileName];
      if (opts.kind !== undefined && opts.kind !== profile.kind) throw new CliError(EXIT.usage, `--profile ${opts.profile} reads ${profile.kind} records, not ${opts.kind}`);
      const b = await openBackend();
      const context = await contextOf(b);
      const read = await readProfile(opts.profile as ProfileName, text, { fileName: basename(file), context, ...(opts.release ? { release: opts.release } : {}), ...(opts.source ? { source: opts.source } : {}) });
      const result = validateRecords(profile.kind, read.records, { tabular: profile.kind !== "conflict-event", context, issues: read.issues });
      return { kind: profile.kind as EntityKind, result, backend: b, emptyRows: read.emptyRows };
    }
    if (opts.kind === undefined) throw new CliError(EXIT.usage, "--kind (or --profile) is required");
    const kind = kindOf(opts.kind);
    const b = await openBackend();
    return { kind, result: validateFile(kind, text, { format: fileFormat(file, opts.format), decimalComma: opts.decimalComma ?? false, context: await contextOf(b) }), backend: b, emptyRows: 0 };
  };
  const summarize = (file: string, r: { report: { issues: readonly ValidationIssue[] }; accepted: readonly unknown[]; rejected: readonly unknown[] }) => {
    const errors = r.report.issues.filter((i) => i.severity === "error").length;
    const warnings = r.report.issues.filter((i) => i.severity === "warning").length;
    const n = r.accepted.length + r.rejected.length;
    return errors === 0 ? t(lang, "valid", { file, n }) : t(lang, "invalid", { file, n, bad: r.rejected.length, errors, warnings });
  };

  program
    .command("validate")
    .description(t(lang, "cmdValidate"))
    .argument("<file>")
    .option("-k, --kind <kind>", t(lang, "optKind"))
    .option("-f, --format <format>", t(lang, "optFormat"))
    .option("--decimal-comma", t(lang, "optDecimalComma"))
    .option("--profile <layout>", t(lang, "optProfile"))
    .option("--release <x.y>", t(lang, "optRelease"))
    .option("--source <id>", t(lang, "optSource"))
    .addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm validate partner-pledges.csv --kind pledge\n  bluehelm validate events.ndjson --kind pledge-event --json\n  bluehelm validate CountryByYear.csv --profile un-country-by-year`)
    .action(async (file: string, opts: FileOptions) => {
      const { result, emptyRows } = await checkFile(file, opts);
      if (emptyRows > 0) io.err(t(lang, "emptyRows", { n: emptyRows }));
      if (format() === "json") io.out(JSON.stringify(result.report, null, 2));
      else {
        printIssues(io, file, result.report.issues);
        io.out(summarize(file, result));
      }
      if (!result.report.valid) throw new CliError(EXIT.invalid, "");
    });

  program
    .command("import")
    .description(t(lang, "cmdImport"))
    .argument("<file>")
    .option("-k, --kind <kind>", t(lang, "optKind"))
    .option("-f, --format <format>", t(lang, "optFormat"))
    .option("--decimal-comma", t(lang, "optDecimalComma"))
    .option("--profile <layout>", t(lang, "optProfile"))
    .option("--release <x.y>", t(lang, "optRelease"))
    .option("--source <id>", t(lang, "optSource"))
    .option("--dry-run", t(lang, "optDryRun"))
    .option("--accept-valid <rejected-file>", t(lang, "optAcceptValid"))
    .addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm import pledges.csv --kind pledge --dry-run\n  bluehelm import contributions.csv --kind contribution --accept-valid rejected.ndjson\n  bluehelm --db ./db --seed framework import CountryByYear.csv --profile un-country-by-year\n  bluehelm import GEDEvent_v25_1.csv --profile ucdp-ged\n  bluehelm import Mali.csv --profile ucdp-ged --release 24.1 --dry-run`)
    .action(async (file: string, opts: FileOptions & { dryRun?: boolean; acceptValid?: string }) => {
      const { kind, result, backend: b, emptyRows } = await checkFile(file, opts);
      printIssues(io, file, result.report.issues.filter((i) => i.severity !== "info" || format() === "table"));
      if (emptyRows > 0) io.err(t(lang, "emptyRows", { n: emptyRows }));
      if (opts.dryRun) {
        if (format() === "json") io.out(JSON.stringify({ insert: result.accepted.map((a) => a.record), reject: result.rejected }, null, 2));
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
      const progress = startProgress(io, options.isTTY ?? process.stderr.isTTY === true, result.accepted.length);
      await store.importRecords(kind, result.accepted.map((a) => a.record), { actor: "cli" }, progress);
      if (opts.acceptValid && result.rejected.length > 0) {
        writeFileSync(opts.acceptValid, result.rejected.map((r) => JSON.stringify({ row: r.row, record: r.record, issues: r.issues })).join("\n") + "\n");
        io.err(t(lang, "rejectedWritten", { bad: result.rejected.length, file: opts.acceptValid }));
      }
      io.out(t(lang, "imported", { n: result.accepted.length, kind }));
      if (result.rejected.length > 0) throw new CliError(EXIT.invalid, "");
    });

  program
    .command("export")
    .description(t(lang, "cmdExport"))
    .argument("<resource>")
    .option("-f, --format <format>", "json | ndjson | csv", "ndjson")
    .option("-w, --where <field=value>", t(lang, "optWhere"), (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option("--as-of <date>", t(lang, "optAsOf"))
    .addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm export missions --format csv > missions.csv\n  bluehelm export contributions --where periodStart>=2019-01-01 > recent.ndjson`)
    .action(async (resource: string, opts: { format: string; where: string[]; asOf?: string }) => {
      const info = await resourceInfo(resource);
      if (!["json", "ndjson", "csv"].includes(opts.format)) throw new CliError(EXIT.usage, "--format: json, ndjson or csv");
      const b = await openBackend();
      const { items } = await b.list(info.kind, { filters: parseWhere(info, opts.where), asOf: parseAsOf(opts.asOf) });
      const records = items;
      if (opts.format === "csv") {
        const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
        printRecords(io, "csv", records, columns);
      } else printRecords(io, opts.format as OutputFormat, records, []);
    });

  const token = program
    .command("token")
    .description(t(lang, "cmdToken"))
    .addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm token create --name alice --role editor\n  bluehelm token list --json\n  bluehelm token revoke 284855319e3e4c27`);
  token
    .command("create")
    .addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm token create --name ci --role reader\n  bluehelm --db postgres://bluehelm@db/bluehelm token create --name alice --role editor`)
    .requiredOption("--name <name>")
    .addOption(new Option("--role <role>").choices(["reader", "editor", "admin"]).makeOptionMandatory())
    .action(async (opts: { name: string; role: "reader" | "editor" | "admin" }) => {
      const b = await openBackend();
      if (!b.store) throw new CliError(EXIT.usage, t(lang, "needsDb", { command: "token" }));
      const { token: secret, info } = await b.store.createToken({ name: opts.name, role: opts.role }, "cli");
      if (format() === "json") io.out(JSON.stringify({ ...info, token: secret }, null, 2));
      else {
        io.err(t(lang, "tokenCreated", { id: info.id, role: info.role }));
        io.out(secret);
      }
    });
  token
    .command("revoke")
    .addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm token revoke 284855319e3e4c27`)
    .argument("<id>")
    .action(async (id: string) => {
      const b = await openBackend();
      if (!b.store) throw new CliError(EXIT.usage, t(lang, "needsDb", { command: "token" }));
      if (!(await b.store.revokeToken(id, "cli"))) throw new CliError(EXIT.notFound, t(lang, "tokenUnknown", { id }));
      io.out(t(lang, "tokenRevoked", { id }));
    });
  token.command("list").addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm token list\n  bluehelm token list --csv`).action(async () => {
    const b = await openBackend();
    if (!b.store) throw new CliError(EXIT.usage, t(lang, "needsDb", { command: "token" }));
    printRecords(io, format(), await b.store.listTokens(), ["id", "name", "role", "createdAt", "revokedAt"]);
  });

  program
    .command("serve")
    .description(t(lang, "cmdServe"))
    .option("--port <port>", "port (default $PORT or 8080; 0 for any free port)")
    .option("--host <host>", "address to listen on (default 127.0.0.1)")
    .addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm serve --port 8080\n  bluehelm --db postgres://bluehelm@db/bluehelm serve --host 0.0.0.0`)
    .action(async (opts: { port?: string; host?: string }) => {
      if (globals().api) throw new CliError(EXIT.usage, t(lang, "needsDb", { command: "serve" }));
      const port = Number(opts.port ?? env.PORT ?? 8080);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(EXIT.usage, "--port takes a port number");
      const b = await openBackend();
      const { createApp, listen } = await import("@bluehelm/server");
      let draining = false;
      const app = createApp({ store: b.store!, draining: () => draining, version: VERSION });
      const running = await listen(app.fetch, { port, hostname: opts.host ?? "127.0.0.1" });
      io.out(t(lang, "serving", { url: running.url }));
      await new Promise<void>((resolve) => {
        const stop = () => {
          draining = true;
          void running.close().then(resolve);
        };
        process.once("SIGTERM", stop);
        process.once("SIGINT", stop);
      });
    });

  program
    .command("completion")
    .description(t(lang, "cmdCompletion"))
    .argument("[shell]", "bash | zsh", "bash")
    .addHelpText("after", `\n${t(lang, "examples")}\n  eval "$(bluehelm completion bash)"\n  bluehelm completion zsh >> ~/.zshrc`)
    .action((shell: string) => {
      if (shell !== "bash" && shell !== "zsh") throw new CliError(EXIT.usage, "completion: bash or zsh");
      io.out(completionScript(shell, program));
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof CliError) {
      if (e.message) err(e.message);
      return e.code;
    }
    const mod = storeModule;
    if (mod?.isStoreError(e)) {
      err(e.message);
      return e.code === "not-found" ? EXIT.notFound : e.code === "conflict" ? EXIT.conflict : e.code === "invalid" ? EXIT.invalid : EXIT.internal;
    }
    err(t(lang, "internal", { reason: e instanceof Error ? e.message : String(e) }));
    return EXIT.internal;
  } finally {
    await backend?.close();
  }
}

function printAnswer(io: Io, format: OutputFormat, answer: { value: unknown; method: { en: string; fr: string }; sources: readonly string[]; asOf: string }) {
  if (format === "json") return io.out(JSON.stringify(answer, null, 2));
  const rows = Array.isArray(answer.value) ? (answer.value as unknown[]) : [answer.value];
  const flat = rows.map((r) => (typeof r === "object" && r !== null ? r : { value: r })) as Record<string, unknown>[];
  const columns = [...new Set(flat.flatMap((r) => Object.keys(r)))];
  if (format === "ndjson" || format === "csv") return printRecords(io, format, flat, columns);
  printValue(io, answer.value);
  io.out(`\n${answer.method[io.lang]}\n${io.lang === "fr" ? "Sources" : "Sources"} (${answer.asOf}): ${answer.sources.join(", ")}`);
}

/** A progress bar on a terminal for long imports; nothing otherwise. */
function startProgress(io: Io, tty: boolean, total: number): ((done: number) => void) | undefined {
  if (!tty || total < 500) return undefined;
  let last = -1;
  return (done) => {
    const pct = Math.floor((done / total) * 100);
    if (pct === last) return;
    last = pct;
    const width = 30;
    const filled = Math.round((pct / 100) * width);
    process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${pct}% ${done}/${total}${done >= total ? "\n" : ""}`);
  };
}
