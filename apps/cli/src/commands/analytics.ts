import type { Answer, Label, Population, ReadonlyDataset } from "@bluehelm/core";
import { CliError, EXIT } from "../main.js";

interface OptionSpec {
  readonly flags: string;
  readonly description: Label;
}
interface AnalyticsSpec {
  readonly description: Label;
  readonly options: readonly OptionSpec[];
}

const instrument: OptionSpec = { flags: "--instrument <id>", description: { en: "instrument id (default: the Kigali Principles)", fr: "identifiant de l'instrument (défaut : les Principes de Kigali)" } };
const year: OptionSpec = { flags: "--year <year>", description: { en: "calendar year", fr: "année civile" } };

/** The analytics commands: one per core question. */
export const ANALYTICS: Readonly<Record<string, AnalyticsSpec>> = {
  endorsers: { description: { en: "who had endorsed an instrument", fr: "qui avait approuvé un instrument" }, options: [instrument] },
  coverage: {
    description: { en: "share of a population that had endorsed an instrument", fr: "part d'une population ayant approuvé un instrument" },
    options: [instrument, { flags: "--population <p>", description: { en: "member-states | top:N | group:<regional group>", fr: "member-states | top:N | group:<groupe régional>" } }],
  },
  poc: { description: { en: "missions with PoC mandates and the personnel under them", fr: "missions à mandat de protection des civils et leurs effectifs" }, options: [] },
  pledges: { description: { en: "pledges by status, kind, actor and event; fulfilment", fr: "engagements par statut, type, acteur et événement ; réalisation" }, options: [] },
  overdue: {
    description: { en: "open pledges stuck in a status", fr: "engagements ouverts bloqués dans un statut" },
    options: [{ flags: "--days <n>", description: { en: "threshold in days (default 365)", fr: "seuil en jours (défaut 365)" } }],
  },
  gaps: {
    description: { en: "a mission's capability gaps", fr: "les lacunes capacitaires d'une mission" },
    options: [{ flags: "--mission <id>", description: { en: "mission id", fr: "identifiant de la mission" } }],
  },
  gender: {
    description: { en: "women's share against the parity targets", fr: "part des femmes au regard des cibles de parité" },
    options: [year, { flags: "--by <axis>", description: { en: "contributor | mission | category", fr: "contributor | mission | category" } }],
  },
  francophone: { description: { en: "francophone environments and French-capable personnel", fr: "environnements francophones et personnel francophone" }, options: [] },
  policing: { description: { en: "police against authorized ceilings", fr: "police au regard des plafonds autorisés" }, options: [] },
  conduct: { description: { en: "SEA allegations per 1,000 personnel", fr: "allégations d'EAS pour 1 000 personnes" }, options: [year] },
  top: {
    description: { en: "top contributors over years", fr: "principaux contributeurs sur des années" },
    options: [
      { flags: "--from <year>", description: { en: "first year", fr: "première année" } },
      { flags: "--to <year>", description: { en: "last year", fr: "dernière année" } },
      { flags: "-n, --count <n>", description: { en: "how many (default 10)", fr: "combien (défaut 10)" } },
    ],
  },
};

const int = (value: string | undefined, name: string, fallback?: number): number => {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new CliError(EXIT.usage, `--${name} is required`);
  }
  const n = Number(value);
  if (!Number.isInteger(n)) throw new CliError(EXIT.usage, `--${name} takes a whole number, got "${value}"`);
  return n;
};

function population(value: string | undefined): Population {
  if (value === undefined || value === "member-states") return { kind: "member-states" };
  const top = /^top:(\d+)$/.exec(value);
  if (top) return { kind: "top-contributors", n: Number(top[1]) };
  const group = /^group:(african|asia-pacific|eastern-european|grulac|weog)$/.exec(value);
  if (group) return { kind: "regional-group", group: group[1] as "african" };
  throw new CliError(EXIT.usage, `--population: member-states, top:N or group:<african|asia-pacific|eastern-european|grulac|weog>, got "${value}"`);
}

/** Runs one analytics command over a dataset. */
export async function runAnalytics(name: string, opts: Readonly<Record<string, string | undefined>>, dataset: ReadonlyDataset): Promise<Answer<unknown>> {
  const core = await import("@bluehelm/core");
  const index = core.createIndex(dataset);
  const asOf = opts.asOf;
  const instrumentId = opts.instrument ?? dataset.instruments.find((i) => i.kind === "principles" && /kigali/i.test(i.title.en))?.id ?? "";
  const currentYear = Number((asOf ?? core.today()).slice(0, 4));
  switch (name) {
    case "endorsers":
      return core.endorsersAsOf(index, instrumentId, { asOf });
    case "coverage":
      return core.endorsementCoverage(index, instrumentId, population(opts.population), { asOf });
    case "poc":
      return core.pocCoverage(index, { asOf });
    case "pledges":
      return core.pledgeSummary(index, { asOf });
    case "overdue":
      return core.overduePledges(index, { asOf, thresholdDays: int(opts.days, "days", 365) });
    case "gaps":
      if (!opts.mission) throw new CliError(EXIT.usage, "--mission is required");
      return core.capabilityGaps(index, opts.mission, { asOf });
    case "gender": {
      const by = opts.by ?? "contributor";
      if (by !== "contributor" && by !== "mission" && by !== "category") throw new CliError(EXIT.usage, "--by: contributor, mission or category");
      return core.genderShares(index, { year: int(opts.year, "year", currentYear), by });
    }
    case "francophone":
      return core.francophoneEnvironments(index, { asOf });
    case "policing":
      return core.policingGaps(index, { asOf });
    case "conduct":
      return core.conductRates(index, opts.year === undefined ? {} : { year: int(opts.year, "year") });
    case "top": {
      const to = int(opts.to, "to", currentYear);
      return core.topContributors(index, { from: int(opts.from, "from", to), to, n: int(opts.count, "count", 10) });
    }
    default:
      throw new CliError(EXIT.usage, `unknown analytics command "${name}"`);
  }
}
