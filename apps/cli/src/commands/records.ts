// bluehelm <resource> list|get: one pair of commands per kind of record (the store is loaded only when one runs).
import { ENTITY_KINDS, ENTITY_PATHS, today, type EntityKind, type Mission } from "@bluehelm/core";
import type { Printed } from "../backend.js";
import { COLUMNS } from "../columns.js";
import type { Context } from "../context.js";
import { CliError, EXIT } from "../errors.js";
import { t } from "../i18n.js";
import { printRecords, printRecordsCsv } from "../output.js";
import { normalizeId, parseDate, parseLimit, parseWhere } from "../parse.js";

interface ListOptions {
  where: string[];
  sort?: string;
  limit?: number;
  asOf?: string;
  active?: boolean;
}

/** Registers `<resource> list` and `<resource> get` for every kind of record. */
export function registerRecordCommands(ctx: Context): void {
  const { lang, io } = ctx;
  for (const kind of ENTITY_KINDS) {
    const path = ENTITY_PATHS[kind];
    const r = ctx.program.command(path).description(`${path}: list, get`);
    const list = r
      .command("list")
      .description(t(lang, "cmdList", { r: path }))
      .option("-w, --where <field=value>", t(lang, "optWhere"), (v: string, acc: string[]) => [...acc, v], [] as string[])
      .option("--sort <field>", t(lang, "optSort"))
      .option("--limit <n>", t(lang, "optLimit"), (v) => Number(v))
      .option("--as-of <date>", t(lang, "optAsOf"));
    if (kind === "mission") list.option("--active", t(lang, "optActive"));
    list
      .addHelpText(
        "after",
        `\n${t(lang, "examples")}\n  bluehelm ${path} list --limit 20\n  bluehelm ${path} list --sort -id --csv${kind === "mission" ? `\n  bluehelm ${path} list --active --as-of 2015-06-30` : ""}`,
      )
      .action(async (opts: ListOptions) => {
        const info = await ctx.resourceInfo(path);
        const limit = parseLimit(lang, opts.limit);
        const asOf = parseDate(lang, "--as-of", opts.asOf);
        const filters = parseWhere(lang, info, opts.where);
        const keep = opts.active ? await activeOn(asOf ?? today()) : undefined;
        const b = await ctx.openBackend();
        // The store sorts (and checks the sort field) and stops after --limit records.
        const records = await b.list(kind, { filters, ...(opts.sort !== undefined ? { sort: opts.sort } : {}), ...(asOf !== undefined ? { asOf } : {}), ...(limit !== undefined ? { limit } : {}) }, keep);
        const f = ctx.format();
        if (f === "table" && records.length === 0) return io.out(t(lang, "noRecords"));
        if (f === "csv") printRecordsCsv(io, kind, records);
        else printRecords(io, f, records, COLUMNS[kind], kind);
      });
    r.command("get")
      .description(t(lang, "cmdGet", { r: path }))
      .argument("<id>")
      .addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm ${path} get <id>\n  bluehelm ${path} get <id> --json --as-of 2019-01-01`)
      .option("--as-of <date>", t(lang, "optAsOf"))
      .action(async (given: string, opts: { asOf?: string }) => {
        const asOf = parseDate(lang, "--as-of", opts.asOf);
        const id = normalizeId(given);
        const b = await ctx.openBackend();
        const found = await b.get(kind, id, asOf);
        if (!found) throw new CliError(EXIT.notFound, t(lang, "notFound", { kind, id }));
        printOne(ctx, kind, found);
      });
  }
}

/** One record: the object itself in JSON (and for people), a line of NDJSON, or a header and a row of CSV. */
function printOne(ctx: Context, kind: EntityKind, found: Printed): void {
  const f = ctx.format();
  if (f === "table" || f === "json") ctx.io.out(JSON.stringify(found, null, 2));
  else if (f === "csv") printRecordsCsv(ctx.io, kind, [found]);
  else printRecords(ctx.io, f, [found], COLUMNS[kind], kind);
}

/** Whether a mission is active on a date, by the core's rule (isActive); the analytics module is loaded only for --active. */
async function activeOn(date: string): Promise<(record: Printed) => boolean> {
  const { isActive } = await import("@bluehelm/core/analytics");
  // The records listed are missions as stored: the fields isActive reads are theirs.
  return (m) => isActive(m as unknown as Mission, date);
}
