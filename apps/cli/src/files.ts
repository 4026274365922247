// Reading a file of records for validate and import: a kind (--kind) and a format, or another publisher's layout
// (--profile), checked against the stored data.
import { basename } from "node:path";
import type { Command } from "commander";
import type { EntityKind, ReadonlyDataset, ValidationIssue } from "@bluehelm/core";
import type { LocatedRecord } from "@bluehelm/core/tabular";
import type { Backend } from "./backend.js";
import type { Context } from "./context.js";
import { CliError, EXIT } from "./errors.js";
import { t, type Lang } from "./i18n.js";
import { fileFormat, kindOf, readText } from "./parse.js";
import { PROFILES, readProfile, type ProfileName } from "./profiles.js";

/** The options validate and import share. */
export interface FileOptions {
  kind?: string;
  format?: string;
  decimalComma?: boolean;
  profile?: string;
  release?: string;
  source?: string;
}

/** The stored data files are checked against; only a database has it at hand. */
async function contextOf(ctx: Context, b: Backend): Promise<ReadonlyDataset> {
  if (ctx.globals().api) throw new CliError(EXIT.usage, t(ctx.lang, "remoteImport"));
  return b.dataset();
}

/** Reads and validates a file: its kind, the result, the backend it was checked against and the all-zero rows skipped. */
export async function checkFile(ctx: Context, file: string, opts: FileOptions) {
  const { lang } = ctx;
  const text = readText(lang, file);
  const { validateFile, validateRecords } = await import("@bluehelm/core/tabular");
  if (opts.profile !== undefined) {
    if (!(opts.profile in PROFILES)) throw new CliError(EXIT.usage, `--profile: one of ${Object.keys(PROFILES).join(", ")}`);
    const profile = PROFILES[opts.profile as ProfileName];
    if (opts.kind !== undefined && opts.kind !== profile.kind) throw new CliError(EXIT.usage, `--profile ${opts.profile} reads ${profile.kind} records, not ${opts.kind}`);
    const b = await ctx.openBackend();
    const context = await contextOf(ctx, b);
    const read = await readProfile(opts.profile as ProfileName, text, { fileName: basename(file), context, ...(opts.release ? { release: opts.release } : {}), ...(opts.source ? { source: opts.source } : {}) });
    const result = validateRecords(profile.kind, read.records, { tabular: profile.kind !== "conflict-event", context, issues: read.issues });
    return { kind: profile.kind as EntityKind, result, backend: b, emptyRows: read.emptyRows };
  }
  if (opts.kind === undefined) throw new CliError(EXIT.usage, "--kind (or --profile) is required");
  const kind = kindOf(opts.kind);
  const b = await ctx.openBackend();
  return { kind, result: validateFile(kind, text, { format: fileFormat(lang, file, opts.format), decimalComma: opts.decimalComma ?? false, context: await contextOf(ctx, b) }), backend: b, emptyRows: 0 };
}

/** A file read for import, its file-level rules passed: the records parsed, in file order, and what was said about the file. */
export interface CleanFile {
  readonly kind: EntityKind;
  /** The records, each parsed by its schema (defaults applied). */
  readonly records: readonly unknown[];
  /** The warnings and notes on the file (it has no error). */
  readonly issues: readonly ValidationIssue[];
  readonly emptyRows: number;
  readonly backend: Backend;
}

/**
 * Reads a file for import and checks what can be checked on the file alone — its syntax and columns, each record
 * against its schema, ids repeated within the file — without the stored data, which the store judges the records
 * against as it imports them. `undefined` when the file breaks one of these rules, or is a UCDP GED file (its reader
 * maps countries to the stored actors): then {@link checkFile} gives the full report, row by row.
 */
export async function readClean(ctx: Context, file: string, opts: FileOptions): Promise<CleanFile | undefined> {
  const { lang } = ctx;
  if (opts.profile === "ucdp-ged") return undefined;
  const text = readText(lang, file);
  const [{ ENTITY_SCHEMAS }, { readRecords }] = await Promise.all([import("@bluehelm/core"), import("@bluehelm/core/tabular")]);
  let read: { kind: EntityKind; records: readonly LocatedRecord[]; issues: readonly ValidationIssue[]; emptyRows: number };
  if (opts.profile !== undefined) {
    if (!(opts.profile in PROFILES)) throw new CliError(EXIT.usage, `--profile: one of ${Object.keys(PROFILES).join(", ")}`);
    const profile = PROFILES[opts.profile as ProfileName];
    if (opts.kind !== undefined && opts.kind !== profile.kind) throw new CliError(EXIT.usage, `--profile ${opts.profile} reads ${profile.kind} records, not ${opts.kind}`);
    read = { kind: profile.kind, ...(await readProfile(opts.profile as ProfileName, text, { fileName: basename(file) })) };
  } else {
    if (opts.kind === undefined) throw new CliError(EXIT.usage, "--kind (or --profile) is required");
    const kind = kindOf(opts.kind);
    read = { kind, ...readRecords(kind, text, { format: fileFormat(lang, file, opts.format), decimalComma: opts.decimalComma ?? false }), emptyRows: 0 };
  }
  if (ctx.globals().api) throw new CliError(EXIT.usage, t(lang, "remoteImport"));
  if (read.issues.some((i) => i.severity === "error")) return undefined;
  const schema = ENTITY_SCHEMAS[read.kind];
  const records: unknown[] = [];
  const ids = new Set<string>();
  for (const located of read.records) {
    const parsed = schema.safeParse(located.record);
    if (!parsed.success || ids.has(parsed.data.id)) return undefined;
    ids.add(parsed.data.id);
    records.push(parsed.data);
  }
  return { kind: read.kind, records, issues: read.issues, emptyRows: read.emptyRows, backend: await ctx.openBackend() };
}

/** One line on a validated file: all valid, or how many records were rejected with how many errors and warnings. */
export function summarize(lang: Lang, file: string, r: { report: { issues: readonly ValidationIssue[] }; accepted: readonly unknown[]; rejected: readonly unknown[] }): string {
  const errors = r.report.issues.filter((i) => i.severity === "error").length;
  const warnings = r.report.issues.filter((i) => i.severity === "warning").length;
  const n = r.accepted.length + r.rejected.length;
  return errors === 0 ? t(lang, "valid", { file, n }) : t(lang, "invalid", { file, n, bad: r.rejected.length, errors, warnings });
}

/** The options of the commands that read a file of records (`validate`, `import`): its kind, format and layout. */
export function fileCommand(ctx: Context, name: string, description: string): Command {
  const { lang } = ctx;
  return ctx.program
    .command(name)
    .description(description)
    .argument("<file>")
    .option("-k, --kind <kind>", t(lang, "optKind"))
    .option("-f, --format <format>", t(lang, "optFormat"))
    .option("--decimal-comma", t(lang, "optDecimalComma"))
    .option("--profile <layout>", t(lang, "optProfile"))
    .option("--release <x.y>", t(lang, "optRelease"))
    .option("--source <id>", t(lang, "optSource"));
}
