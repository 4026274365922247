// bluehelm alerts: the early-warning question, on the stored events or on a UCDP GED file of new ones.
import { basename } from "node:path";
import type { Answer, EarlyWarning } from "@bluehelm/core/analytics";
import type { Context } from "../context.js";
import { CliError, EXIT } from "../errors.js";
import { t } from "../i18n.js";
import { printIssues, printRecords } from "../output.js";
import { parseDate, readText } from "../parse.js";

interface AlertOptions {
  since?: string;
  until?: string;
  radius?: string;
  precision?: string;
  nearest?: string;
  asOf?: string;
  file?: string;
  release?: string;
  source?: string;
}

/** Registers `alerts`. */
export function registerAlerts(ctx: Context): void {
  const { lang, io } = ctx;
  ctx.program
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
    .action(async (opts: AlertOptions) => {
      const params = {
        since: parseDate(lang, "--since", opts.since),
        until: parseDate(lang, "--until", opts.until),
        radiusKm: opts.radius,
        precision: opts.precision,
        nearest: opts.nearest,
        asOf: parseDate(lang, "--as-of", opts.asOf),
      };
      const flagOf: Record<string, string> = { radiusKm: "--radius", asOf: "--as-of" };
      const b = await ctx.openBackend();
      const result = opts.file
        ? await b.screen({ text: readText(lang, opts.file), fileName: basename(opts.file), ...(opts.release ? { release: opts.release } : {}), ...(opts.source ? { source: opts.source } : {}) }, params)
        : await b.ask("alerts", params);
      if (!result.ok) {
        const fromFile = result.report.issues.some((i) => i.row !== undefined || i.rule.startsWith("file."));
        const flag = (p: string | number | undefined) => (typeof p === "string" ? (flagOf[p] ?? `--${p}`) : undefined);
        printIssues(io, opts.file && fromFile ? opts.file : "alerts", fromFile ? result.report.issues : result.report.issues.map((i) => ({ ...i, column: flag(i.path[0]) })));
        throw new CliError(fromFile ? EXIT.invalid : EXIT.usage, "");
      }
      const answer = result.answer as Answer<EarlyWarning>;
      const f = ctx.format();
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
}
