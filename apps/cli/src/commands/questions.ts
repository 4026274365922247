// bluehelm analytics <question>: one command per question of the core registry, its options derived from the parameters
// (loaded by analytics.ts only for a command line that can use them).
import { Option, type Command } from "commander";
import { QUESTIONS, type PledgesPage } from "@bluehelm/core/analytics";
import { z, type ZodType } from "zod";
import type { Backend } from "../backend.js";
import type { Context } from "../context.js";
import { CliError, EXIT } from "../errors.js";
import { t } from "../i18n.js";
import { printIssues, printRecords, printValue, type Io, type OutputFormat } from "../output.js";
import { isIdField, normalizeId, parseDate } from "../parse.js";

/** Whether a parameter takes a calendar date (its JSON Schema has the `date` format), checked here to name the option and the value. */
function isDateParam(schema: ZodType): boolean {
  try {
    return (z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as { format?: unknown }).format === "date";
  } catch {
    return false;
  }
}

/** Registers one subcommand of `analytics` per question. */
export function registerQuestions(ctx: Context, analytics: Command): void {
  const { lang, io } = ctx;
  for (const [name, question] of Object.entries(QUESTIONS)) {
    const c = analytics.command(name).description(question.summary[lang]);
    const flags = new Map<string, string>();
    const dates = new Set<string>();
    const shape: Readonly<Record<string, ZodType>> = question.params.shape;
    for (const [param, schema] of Object.entries(shape)) {
      const flag = param.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);
      flags.set(param, flag);
      if (isDateParam(schema)) dates.add(param);
      const required = !schema.safeParse(undefined).success;
      const option = new Option(`--${flag} <value>`, schema.description ?? param);
      if (required) option.makeOptionMandatory();
      c.addOption(option);
    }
    c.addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm analytics ${name} ${[...flags.values()].filter((f) => f !== "as-of").slice(0, 2).map((f) => `--${f} …`).join(" ")}`.trimEnd());
    c.action(async (opts: Record<string, string | undefined>) => {
      const params = Object.fromEntries(
        [...flags.keys()].map((param) => {
          const value = opts[param];
          if (dates.has(param)) return [param, parseDate(lang, `--${flags.get(param)!}`, value)];
          return [param, value !== undefined && isIdField(param) ? normalizeId(value) : value];
        }),
      );
      const b = await ctx.openBackend();
      const result = await b.ask(name, params);
      if (!result.ok) {
        printIssues(io, `analytics ${name}`, result.report.issues.map((i) => ({ ...i, path: i.path.map((p) => (typeof p === "string" ? `--${flags.get(p) ?? p}` : p)) })));
        throw new CliError(EXIT.usage, "");
      }
      printAnswer(io, ctx.format(), result.answer);
      if (Array.isArray(result.answer.value) && result.answer.value.length === 0 && name === "top-contributors") await explainNoContributors(ctx, b, params);
    });
  }
}

/** Whether an answer's value is a page of the core's (the `pledges` question): its rows, how many match in all, the next page's cursor. */
function isPage(value: unknown): value is PledgesPage {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const { pledges, total } = value as Partial<Record<keyof PledgesPage, unknown>>;
  return Array.isArray(pledges) && typeof total === "number";
}

/**
 * An answer: JSON whole; its rows as NDJSON or CSV; for people, its value, the method and the sources. A paged
 * answer prints the rows of its page, and on standard error how many match in all and the option for the next page.
 */
export function printAnswer(io: Io, format: OutputFormat, answer: { value: unknown; method: { en: string; fr: string }; sources: readonly string[]; asOf: string }): void {
  if (format === "json") return io.out(JSON.stringify(answer, null, 2));
  const page = isPage(answer.value) ? answer.value : undefined;
  const shown = page?.pledges ?? answer.value;
  const rows = Array.isArray(shown) ? (shown as unknown[]) : [shown];
  const flat = rows.map((r) => (typeof r === "object" && r !== null ? r : { value: r })) as Record<string, unknown>[];
  const columns = [...new Set(flat.flatMap((r) => Object.keys(r)))];
  const pageLine = () => {
    if (!page) return;
    const counts = { shown: page.pledges.length, total: page.total };
    io.err(page.next === undefined ? t(io.lang, "pageOf", counts) : t(io.lang, "nextPage", { ...counts, next: page.next }));
  };
  if (format === "ndjson" || format === "csv") {
    printRecords(io, format, flat, columns);
    return pageLine();
  }
  if (Array.isArray(shown) && shown.length === 0) io.out(t(io.lang, "noMatch"));
  else printValue(io, shown);
  pageLine();
  io.out(`\n${answer.method[io.lang]}\n${io.lang === "fr" ? "Sources" : "Sources"} (${answer.asOf}): ${answer.sources.join(", ")}`);
}

/**
 * Why top-contributors found no one: which contributions of the measure are stored — those to a mission, by year,
 * which the question counts, and those without a mission (a ranking over all missions), which it does not.
 */
async function explainNoContributors(ctx: Context, b: Backend, params: Readonly<Record<string, string | undefined>>): Promise<void> {
  const measure = params.measure ?? "annual-mean";
  const items = await b.list("contribution", { filters: [{ field: "measure", op: "eq", values: [measure] }, ...(params.missionId ? [{ field: "missionId", op: "eq" as const, values: [params.missionId] }] : [])] });
  const start = (c: Record<string, unknown>) => (typeof c.periodStart === "string" ? c.periodStart : "");
  const withMission = items.filter((c) => c.missionId !== undefined);
  const without = items.filter((c) => c.missionId === undefined);
  const years = [...new Set(withMission.map((c) => start(c).slice(0, 4)))].sort();
  const lines = [t(ctx.lang, "noContributors", { measure, from: params.from ?? "?", to: params.to ?? "?", years: years.length > 0 ? years.join(", ") : t(ctx.lang, "none") })];
  if (without.length > 0) {
    const dates = [...new Set(without.map(start))].sort();
    lines.push(t(ctx.lang, "rankingNotCounted", { n: without.length, measure, dates: dates.join(", ") }));
  }
  ctx.io.err(lines.join("\n"));
}
