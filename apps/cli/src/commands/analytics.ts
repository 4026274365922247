// bluehelm analytics: the questions of the core registry, one subcommand each (questions.ts). Building them means
// loading the registry and deriving every question's options, so that is done only for a command line that names
// `analytics` (or asks for the completion script, which lists them).
import type { Context } from "../context.js";
import { t } from "../i18n.js";

/** Registers `analytics` and, when `argv` can use them, its questions. */
export async function registerAnalytics(ctx: Context, argv: readonly string[]): Promise<void> {
  const { lang } = ctx;
  const analytics = ctx.program
    .command("analytics")
    .description(t(lang, "cmdAnalytics"))
    .addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm analytics poc-coverage --as-of 2019-06-30\n  bluehelm analytics top-contributors --from 2018 --to 2020 --n 5 --csv`);
  if (argv.some((a) => a === "analytics" || a === "completion")) (await import("./questions.js")).registerQuestions(ctx, analytics);
}
