import { formatCount, pluralForm } from "@bluehelm/core";

/** The CLI's languages and its messages, in English and French. */
export type Lang = "en" | "fr";

const MESSAGES = {
  description: {
    en: "Bluehelm: the UN peacekeeping Protection of Civilians commitments framework, from the command line.",
    fr: "Bluehelm : le cadre des engagements de protection des civils du maintien de la paix de l'ONU, en ligne de commande.",
  },
  optDb: { en: "PGlite data directory or PostgreSQL URL (default: $DATABASE_URL or .bluehelm/db)", fr: "répertoire de données PGlite ou URL PostgreSQL (défaut : $DATABASE_URL ou .bluehelm/db)" },
  optApi: { en: "work against a remote Bluehelm server at this URL", fr: "travailler avec un serveur Bluehelm distant à cette URL" },
  optToken: { en: "bearer token for writes through --api (default: $BLUEHELM_TOKEN)", fr: "jeton porteur pour les écritures via --api (défaut : $BLUEHELM_TOKEN)" },
  optLang: { en: "language of messages and labels: en or fr", fr: "langue des messages et des libellés : en ou fr" },
  optJson: { en: "print JSON", fr: "afficher du JSON" },
  optCsv: { en: "print CSV", fr: "afficher du CSV" },
  optNdjson: { en: "print one JSON record per line", fr: "afficher un enregistrement JSON par ligne" },
  optAsOf: { en: "answer as of this date, YYYY-MM-DD (default: today)", fr: "répondre à cette date, AAAA-MM-JJ (défaut : aujourd'hui)" },
  optWhere: { en: "filter on a field: field=value (repeat; value1,value2 for any of them)", fr: "filtrer sur un champ : champ=valeur (à répéter ; valeur1,valeur2 pour l'une d'elles)" },
  optSort: { en: "sort by a field, -field for descending", fr: "trier par un champ, -champ pour l'ordre décroissant" },
  optLimit: { en: "at most this many records (default: all)", fr: "au plus ce nombre d'enregistrements (défaut : tous)" },
  optKind: { en: "the kind of records in the file (pledge, pledge-event, endorsement, contribution…)", fr: "le type d'enregistrements du fichier (pledge, pledge-event, endorsement, contribution…)" },
  optFormat: { en: "the file format: csv, json or ndjson (default: from the extension)", fr: "le format du fichier : csv, json ou ndjson (défaut : d'après l'extension)" },
  optDecimalComma: { en: "read 1,5 as 1.5 in number columns", fr: "lire 1,5 comme 1.5 dans les colonnes numériques" },
  optDryRun: { en: "print what would be inserted and rejected, write nothing", fr: "afficher ce qui serait inséré et rejeté, sans rien écrire" },
  optAcceptValid: { en: "import the valid records and write the rejected ones with their errors to this file", fr: "importer les enregistrements valides et écrire les rejetés avec leurs erreurs dans ce fichier" },
  optSeed: { en: "what a new database starts with: reference (the dataset), framework (the dataset without contributions) or none", fr: "contenu initial d'une nouvelle base : reference (le jeu de données), framework (sans les contributions) ou none" },
  optProfile: { en: "read another publisher's layout: un-country-by-year, ucdp-ged", fr: "lire le format d'un autre éditeur : un-country-by-year, ucdp-ged" },
  emptyRows: {
    en: "{n#all-zero row|all-zero rows} skipped ({n?it changes|they change} no total).",
    fr: "{n#ligne entièrement nulle ignorée|lignes entièrement nulles ignorées} ({n?elle ne change|elles ne changent} aucun total).",
  },
  cmdList: { en: "list {r}", fr: "lister les {r}" },
  cmdGet: { en: "show one of {r} by id", fr: "afficher un des {r} par identifiant" },
  cmdValidate: { en: "validate a file of records against the schemas and the stored data", fr: "valider un fichier d'enregistrements d'après les schémas et les données enregistrées" },
  cmdImport: { en: "import a file of records (all or nothing unless --accept-valid)", fr: "importer un fichier d'enregistrements (tout ou rien sauf avec --accept-valid)" },
  cmdExport: { en: "export a resource as json, ndjson or csv", fr: "exporter une ressource en json, ndjson ou csv" },
  cmdAnalytics: { en: "answer the framework's questions", fr: "répondre aux questions du cadre" },
  cmdServe: { en: "serve the HTTP API", fr: "servir l'API HTTP" },
  cmdToken: { en: "manage API tokens", fr: "gérer les jetons de l'API" },
  cmdCompletion: { en: "print a shell completion script (bash or zsh)", fr: "afficher un script de complétion (bash ou zsh)" },
  notFound: { en: "No {kind} has the id \"{id}\".", fr: "Aucun enregistrement {kind} n'a l'identifiant « {id} »." },
  unknownField: { en: "Unknown field \"{field}\" for {r}; filterable fields: {fields}.", fr: "Champ inconnu « {field} » pour {r} ; champs filtrables : {fields}." },
  badWhere: { en: "--where takes field=value, got \"{value}\".", fr: "--where attend champ=valeur, reçu « {value} »." },
  badDate: {
    en: "{option} takes a calendar date YYYY-MM-DD, got \"{value}\" (no such day, or not that form); e.g. {option} 2021-02-28.",
    fr: "{option} attend une date du calendrier AAAA-MM-JJ, reçu « {value} » (jour inexistant, ou pas cette forme) ; p. ex. {option} 2021-02-28.",
  },
  badLimit: { en: "--limit takes a positive whole number.", fr: "--limit attend un nombre entier positif." },
  badMaxRecords: {
    en: "BLUEHELM_MAX_RECORDS takes a positive whole number (the most records an analytics command loads in memory), not {value}.",
    fr: "BLUEHELM_MAX_RECORDS attend un nombre entier positif (le nombre maximal d'enregistrements qu'une commande d'analyse charge en mémoire), pas {value}.",
  },
  badExportFormat: { en: "--format takes json, ndjson or csv, got \"{value}\".", fr: "--format attend json, ndjson ou csv, reçu « {value} »." },
  unknownResource: { en: "Unknown resource \"{r}\"; see bluehelm --help for the resources.", fr: "Ressource inconnue « {r} » ; voir bluehelm --help pour les ressources." },
  optActive: { en: "only the missions active on the --as-of date (default: today)", fr: "seulement les missions actives à la date --as-of (défaut : aujourd'hui)" },
  noMatch: { en: "Nothing matched.", fr: "Aucun résultat." },
  pageOf: { en: "{shown} of {total} shown.", fr: "{shown} sur {total} affichés." },
  nextPage: { en: "{shown} of {total} shown; the next page: --after {next}", fr: "{shown} sur {total} affichés ; la page suivante : --after {next}" },
  none: { en: "none", fr: "aucune" },
  noContributors: {
    en: "No contributor matched: top-contributors counts the {measure} contributions to missions in {from}–{to}, and none is stored. Years with {measure} contributions to missions: {years}.",
    fr: "Aucun contributeur trouvé : top-contributors compte les contributions {measure} aux missions en {from}–{to}, et aucune n'est enregistrée. Années ayant des contributions {measure} aux missions : {years}.",
  },
  rankingNotCounted: {
    en: "{n#{measure} contribution is|{measure} contributions are} stored without a mission (a ranking over all missions) on {dates}; top-contributors does not count {n?it|them}. List {n?it|them} with: bluehelm contributions list --where measure={measure} --sort rank",
    fr: "{n#contribution {measure} est enregistrée|contributions {measure} sont enregistrées} sans mission (un classement sur toutes les missions) au {dates} ; top-contributors ne {n?la|les} compte pas. Pour {n?la|les} lister : bluehelm contributions list --where measure={measure} --sort rank",
  },
  badFormat: { en: "Cannot tell the format of \"{file}\"; pass --format csv, json or ndjson.", fr: "Impossible de déterminer le format de « {file} » ; passez --format csv, json ou ndjson." },
  cannotRead: { en: "Cannot read \"{file}\": {reason}.", fr: "Impossible de lire « {file} » : {reason}." },
  valid: { en: "{file}: {n#record|records}, {n?valid|all valid}.", fr: "{file} : {n#enregistrement|enregistrements}, {n?valide|tous valides}." },
  invalid: {
    en: "{file}: {n#record|records}, {bad#rejected|rejected}, {errors#error|errors}, {warnings#warning|warnings}.",
    fr: "{file} : {n#enregistrement|enregistrements}, {bad#rejeté|rejetés}, {errors#erreur|erreurs}, {warnings#avertissement|avertissements}.",
  },
  wouldImport: {
    en: "Dry run: {n#would be inserted|would be inserted}, {bad#rejected|rejected}; nothing was written.",
    fr: "Essai : {n#serait inséré|seraient insérés}, {bad#rejeté|rejetés} ; rien n'a été écrit.",
  },
  imported: { en: "Imported {n#{kind} record|{kind} records}.", fr: "{n#enregistrement {kind} importé|enregistrements {kind} importés}." },
  nothingImported: { en: "Nothing imported: the file has errors (all or nothing). Use --accept-valid to import the valid records.", fr: "Rien n'a été importé : le fichier contient des erreurs (tout ou rien). Utilisez --accept-valid pour importer les enregistrements valides." },
  rejectedWritten: {
    en: "{bad#rejected record and its errors|rejected records and their errors} written to {file}.",
    fr: "{bad#enregistrement rejeté et ses erreurs écrits|enregistrements rejetés et leurs erreurs écrits} dans {file}.",
  },
  remoteImport: { en: "validate and import work on a database: use --db, not --api.", fr: "validate et import travaillent sur une base : utilisez --db, et non --api." },
  needsDb: { en: "{command} works on a database: use --db, not --api.", fr: "{command} travaille sur une base : utilisez --db, et non --api." },
  noRecords: { en: "No records.", fr: "Aucun enregistrement." },
  total: { en: "{n} of {total}", fr: "{n} sur {total}" },
  tokenCreated: { en: "Token {id} ({role}) created. Keep it now, it is not shown again:", fr: "Jeton {id} ({role}) créé. Conservez-le maintenant, il ne sera plus affiché :" },
  tokenRevoked: { en: "Token {id} revoked.", fr: "Jeton {id} révoqué." },
  tokenUnknown: { en: "No active token has the id \"{id}\".", fr: "Aucun jeton actif n'a l'identifiant « {id} »." },
  serving: { en: "Bluehelm API listening on {url}", fr: "API Bluehelm à l'écoute sur {url}" },
  internal: { en: "Unexpected error: {reason}", fr: "Erreur inattendue : {reason}" },
  unreachable: { en: "Cannot reach {what}: {reason}", fr: "Impossible de joindre {what} : {reason}" },
  conflict: { en: "Conflict: {reason}", fr: "Conflit : {reason}" },
  examples: { en: "Examples:", fr: "Exemples :" },
  cmdAlerts: {
    en: "early warning: events that harmed civilians near active deployment sites, with the nearest sites, their contributors and the rapid-deployment units",
    fr: "alerte précoce : événements ayant fait des victimes civiles près de sites de déploiement actifs, avec les sites les plus proches, leurs contributeurs et les unités de déploiement rapide",
  },
  optSince: { en: "first day of the window (event start dates), YYYY-MM-DD", fr: "premier jour de la fenêtre (dates de début des événements), AAAA-MM-JJ" },
  optUntil: { en: "last day of the window, YYYY-MM-DD", fr: "dernier jour de la fenêtre, AAAA-MM-JJ" },
  optRadius: { en: "radius around a site, in km (default 25)", fr: "rayon autour d'un site, en km (défaut : 25)" },
  optPrecision: { en: "UCDP location precisions kept, comma-separated (default 1,2,3)", fr: "précisions de lieu UCDP retenues, séparées par des virgules (défaut : 1,2,3)" },
  optNearest: { en: "how many nearest sites per alert (default 3)", fr: "nombre de sites les plus proches par alerte (défaut : 3)" },
  optGedFile: { en: "screen the events of this UCDP GED file (CSV, HDX CSV, web export or GeoJSON) instead of the stored ones", fr: "examiner les événements de ce fichier UCDP GED (CSV, CSV HDX, export web ou GeoJSON) au lieu des événements enregistrés" },
  optRelease: { en: "the GED release of the file, e.g. 24.1 (when its name does not tell it)", fr: "la version GED du fichier, p. ex. 24.1 (quand son nom ne l'indique pas)" },
  optSource: { en: "the source id the file's events cite (default the registry's entry of the release)", fr: "l'identifiant de la source citée par les événements du fichier (défaut : l'entrée du registre pour la version)" },
  alertsExit: { en: "Exit codes: 0 no alert, 6 alerts listed, 1 the file has errors, 2 usage.", fr: "Codes de sortie : 0 aucune alerte, 6 alertes listées, 1 le fichier contient des erreurs, 2 usage." },
  alertsSummary: { en: "{n#alert|alerts} among {screened#event|events} screened.", fr: "{n#alerte|alertes} parmi {screened#événement examiné|événements examinés}." },
  moreOfRule: { en: "… and {n#more|more} [{rule}]", fr: "… et {n#autre|autres} [{rule}]" },
} as const;

export type MessageKey = keyof typeof MESSAGES;

// A placeholder: `{name}` is the value as it is; `{n#one|other}` is the count n written the language's way with the
// form its plural rules call for ("1 record", "0 records"; French "0 enregistrement"); `{n?one|other}` is the form
// alone. The forms may hold `{name}` placeholders of their own; values are never read as placeholders.
const FORM = String.raw`((?:[^{}|]|\{\w+\})*)`;
const PLACEHOLDER = new RegExp(String.raw`\{(\w+)([#?])${FORM}\|${FORM}\}|\{(\w+)\}`, "g");
const SIMPLE = /\{(\w+)\}/g;

/**
 * A message in a language, with its placeholders filled: `{name}` by the value; `{n#one|other}` by the count and the
 * form of the noun its plural rules call for, through the core's formatCount; `{n?one|other}` by the form alone.
 */
export function t(lang: Lang, key: MessageKey, values: Readonly<Record<string, string | number>> = {}): string {
  const fill = (text: string) => text.replace(SIMPLE, (m, name: string) => (name in values ? String(values[name]) : m));
  return MESSAGES[key][lang].replace(PLACEHOLDER, (m, counted: string | undefined, how: string, one: string, other: string, name: string | undefined) => {
    if (counted === undefined) return name !== undefined && name in values ? String(values[name]) : m;
    const value = values[counted];
    const n = typeof value === "number" ? value : Number(value);
    if (value === undefined || Number.isNaN(n)) return m;
    const forms = { one: fill(one), other: fill(other) };
    return how === "#" ? formatCount(n, lang, forms) : pluralForm(n, lang, forms);
  });
}

/** The language from --lang, then BLUEHELM_LANG, then LANG (fr_*), else English. */
export function detectLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? (env.BLUEHELM_LANG ?? (env.LANG?.startsWith("fr") ? "fr" : undefined)) : argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
  return value === "fr" ? "fr" : "en";
}
