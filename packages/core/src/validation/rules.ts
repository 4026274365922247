import type { Label, Severity } from "../codelists.js";

type Params = Readonly<Record<string, string | number | undefined>>;

/**
 * The definition of a validation rule.
 *
 * @example
 * ```ts
 * import { RULES, type RuleDefinition } from "@bluehelm/core";
 *
 * const rule: RuleDefinition = RULES["reference.dangling"];
 * console.log(rule.severity, rule.summary.en);
 * ```
 */
export interface RuleDefinition {
  readonly severity: Severity;
  /** What the rule checks, for the documentation table. */
  readonly summary: Label;
  /** The message of one issue, from the values that located it. */
  readonly message: (p: Params) => Label;
}

const s = (v: string | number | undefined): string => (v === undefined ? "?" : String(v));

function rule(severity: Severity, summary: Label, message: (p: Params) => Label): RuleDefinition {
  return { severity, summary, message };
}

const schemaRule = (en: string, fr: string): RuleDefinition =>
  rule("error", { en, fr }, (p) => ({ en: s(p.en), fr: s(p.fr) }));

/**
 * Every validation rule, by stable id. Ids never change meaning; a retired
 * rule keeps its id out of use. `RULES.md` in this package is generated from
 * this table.
 *
 * @example
 * ```ts
 * import { RULES } from "@bluehelm/core";
 *
 * console.log(RULES["lifecycle.illegal-transition"].summary.fr);
 * ```
 */
export const RULES = {
  "schema.invalid-type": schemaRule("A value has the wrong type.", "Une valeur n'a pas le bon type."),
  "schema.invalid-value": schemaRule("A value is not one of the allowed values.", "Une valeur ne fait pas partie des valeurs permises."),
  "schema.invalid-format": schemaRule("A string does not have the required format (date, URL, pattern).", "Une chaîne n'a pas le format requis (date, URL, motif)."),
  "schema.too-small": schemaRule("A number, string or list is below its minimum.", "Un nombre, une chaîne ou une liste est en dessous de son minimum."),
  "schema.too-big": schemaRule("A number, string or list is above its maximum.", "Un nombre, une chaîne ou une liste dépasse son maximum."),
  "schema.unrecognized-keys": schemaRule("An object has a field the schema does not define.", "Un objet a un champ que le schéma ne définit pas."),
  "schema.invalid-union": schemaRule("A value matches none of the allowed shapes.", "Une valeur ne correspond à aucune des formes permises."),
  "schema.unknown-kind": rule(
    "error",
    { en: "The entity kind asked for does not exist.", fr: "Le type d'entité demandé n'existe pas." },
    (p) => ({
      en: `Unknown entity kind "${s(p.kind)}"; use one of: ${s(p.kinds)}.`,
      fr: `Type d'entité inconnu « ${s(p.kind)} » ; utilisez l'un de : ${s(p.kinds)}.`,
    }),
  ),
  "report.truncated": rule(
    "error",
    {
      en: "Validation stopped at its limit of issues: the input was not checked to the end.",
      fr: "La validation s'est arrêtée à sa limite de problèmes : l'entrée n'a pas été vérifiée jusqu'au bout.",
    },
    (p) => ({
      en: `Validation stopped after ${s(p.max)} issues; fix these and validate again to see the rest.`,
      fr: `Validation arrêtée après ${s(p.max)} problèmes ; corrigez-les et validez de nouveau pour voir les suivants.`,
    }),
  ),
  "analytics.unknown-question": rule(
    "error",
    { en: "The question asked is not in the registry.", fr: "La question posée ne figure pas dans le registre." },
    (p) => ({
      en: `Unknown question "${s(p.name)}"; ask one of: ${s(p.names)}.`,
      fr: `Question inconnue « ${s(p.name)} » ; posez l'une de : ${s(p.names)}.`,
    }),
  ),
  "file.syntax": rule(
    "error",
    { en: "A file cannot be read in its format.", fr: "Un fichier ne peut pas être lu dans son format." },
    (p) => ({
      en: `The ${s(p.format)} cannot be read at line ${s(p.row)}: ${s(p.detail)}.`,
      fr: `Le ${s(p.format)} ne peut pas être lu à la ligne ${s(p.row)} : ${s(p.detail)}.`,
    }),
  ),
  "file.unmapped": rule(
    "error",
    { en: "A name in a file is not in the mapping table of its layout.", fr: "Un nom du fichier ne figure pas dans la table de correspondance de son format." },
    (p) => ({
      en: `${s(p.detail)} (row ${s(p.row)}, column ${s(p.column)}); nothing is dropped silently: add the name to the table or correct the file.`,
      fr: `${s(p.detail)} (ligne ${s(p.row)}, colonne ${s(p.column)}) ; rien n'est écarté en silence : ajoutez le nom à la table ou corrigez le fichier.`,
    }),
  ),
  "file.row-left-out": rule(
    "info",
    { en: "A row of a file is left out on purpose, with the reason.", fr: "Une ligne du fichier est écartée à dessein, avec la raison." },
    (p) => ({ en: `Row ${s(p.row)} is left out: ${s(p.reason)}.`, fr: `La ligne ${s(p.row)} est écartée : ${s(p.reason)}.` }),
  ),
  "file.layout-unknown": rule(
    "error",
    { en: "A file's header is not one of the layouts its reader knows.", fr: "L'en-tête d'un fichier ne correspond à aucun des formats que son lecteur connaît." },
    (p) => ({
      en: `The header is not a ${s(p.layout)} layout: unknown columns ${s(p.unknown)}; missing ${s(p.missing)}; expected the ${s(p.layout)} columns ${s(p.expected)}.`,
      fr: `L'en-tête n'est pas au format ${s(p.layout)} : colonnes inconnues ${s(p.unknown)} ; colonnes manquantes ${s(p.missing)} ; colonnes attendues du format ${s(p.layout)} : ${s(p.expected)}.`,
    }),
  ),
  "file.columns-ignored": rule(
    "warning",
    { en: "A file has columns its layout does not define; they are not read.", fr: "Un fichier a des colonnes que son format ne définit pas ; elles ne sont pas lues." },
    (p) => ({
      en: `The columns ${s(p.columns)} are not ${s(p.layout)} columns and are not read.`,
      fr: `Les colonnes ${s(p.columns)} ne sont pas des colonnes du format ${s(p.layout)} et ne sont pas lues.`,
    }),
  ),
  "file.columns-unknown": rule(
    "error",
    { en: "A file's header names columns that are not fields of its kind; nothing is read.", fr: "L'en-tête d'un fichier nomme des colonnes qui ne sont pas des champs de son type ; rien n'est lu." },
    (p) => ({
      en: `The columns ${s(p.unknown)} are not fields of a ${s(p.kind)}, so no row is read: rename or remove them (is this the right --kind?). The columns a ${s(p.kind)} can have: ${s(p.expected)}.`,
      fr: `Les colonnes ${s(p.unknown)} ne sont pas des champs d'un ${s(p.kind)}, aucune ligne n'est donc lue : renommez-les ou supprimez-les (est-ce le bon --kind ?). Les colonnes possibles d'un ${s(p.kind)} : ${s(p.expected)}.`,
    }),
  ),
  "file.cell-invalid": rule(
    "error",
    { en: "A cell of a file cannot be read as its column requires.", fr: "Une cellule du fichier ne peut pas être lue comme sa colonne l'exige." },
    (p) => ({
      en: `Row ${s(p.row)}, column ${s(p.column)}: "${s(p.value)}" is not ${s(p.expected)}.`,
      fr: `Ligne ${s(p.row)}, colonne ${s(p.column)} : « ${s(p.value)} » n'est pas ${s(p.expectedFr ?? p.expected)}.`,
    }),
  ),
  "file.release-unknown": rule(
    "error",
    { en: "The release of a versioned data set is not known.", fr: "La version d'un jeu de données versionné n'est pas connue." },
    (p) => ({
      en: `The ${s(p.dataset)} release of the file is not known: pass it (for example ${s(p.example)}) or keep UCDP's file name, which carries it.`,
      fr: `La version ${s(p.dataset)} du fichier n'est pas connue : indiquez-la (par exemple ${s(p.example)}) ou gardez le nom de fichier de l'UCDP, qui la porte.`,
    }),
  ),
  "id.duplicate": rule(
    "error",
    { en: "Two records of a collection share an id.", fr: "Deux enregistrements d'une collection ont le même identifiant." },
    (p) => ({
      en: `The id "${s(p.id)}" is already used at ${s(p.first)}; give this record its own id.`,
      fr: `L'identifiant « ${s(p.id)} » est déjà utilisé en ${s(p.first)} ; donnez un identifiant propre à cet enregistrement.`,
    }),
  ),
  "reference.dangling": rule(
    "error",
    { en: "A reference points to a record that does not exist.", fr: "Une référence pointe vers un enregistrement inexistant." },
    (p) => ({
      en: `No ${s(p.target)} has the id "${s(p.id)}"; add it to ${s(p.collection)} or correct the reference.`,
      fr: `Aucun enregistrement de ${s(p.collection)} n'a l'identifiant « ${s(p.id)} » ; ajoutez-le ou corrigez la référence.`,
    }),
  ),
  "reference.wrong-kind": rule(
    "error",
    { en: "A reference points to an actor of the wrong kind.", fr: "Une référence pointe vers un acteur du mauvais type." },
    (p) => ({
      en: `"${s(p.id)}" is ${s(p.actual)}, but ${s(p.field)} must be ${s(p.expected)}.`,
      fr: `« ${s(p.id)} » est de type ${s(p.actual)}, mais ${s(p.field)} doit être de type ${s(p.expected)}.`,
    }),
  ),
  "actor.code-duplicate": rule(
    "error",
    { en: "Two actors share an ISO 3166 or M49 code.", fr: "Deux acteurs partagent un code ISO 3166 ou M49." },
    (p) => ({
      en: `The ${s(p.code)} code ${s(p.value)} is already used by "${s(p.other)}".`,
      fr: `Le code ${s(p.code)} ${s(p.value)} est déjà utilisé par « ${s(p.other)} ».`,
    }),
  ),
  "date.end-before-start": rule(
    "error",
    { en: "A period ends before it starts.", fr: "Une période se termine avant de commencer." },
    (p) => ({
      en: `${s(p.endField)} (${s(p.end)}) is before ${s(p.startField)} (${s(p.start)}).`,
      fr: `${s(p.endField)} (${s(p.end)}) est antérieur à ${s(p.startField)} (${s(p.start)}).`,
    }),
  ),
  "theme.cycle": rule(
    "error",
    { en: "Themes form a cycle instead of a tree.", fr: "Les thèmes forment un cycle au lieu d'un arbre." },
    (p) => ({
      en: `Theme "${s(p.id)}" is its own ancestor (${s(p.chain)}); break the cycle in parentId.`,
      fr: `Le thème « ${s(p.id)} » est son propre ancêtre (${s(p.chain)}) ; rompez le cycle dans parentId.`,
    }),
  ),
  "principle.number-duplicate": rule(
    "error",
    { en: "Two principles of an instrument share a number.", fr: "Deux principes d'un instrument ont le même numéro." },
    (p) => ({
      en: `Principle number ${s(p.number)} of "${s(p.instrument)}" is already used by "${s(p.other)}".`,
      fr: `Le principe numéro ${s(p.number)} de « ${s(p.instrument)} » est déjà utilisé par « ${s(p.other)} ».`,
    }),
  ),
  "principle.count-mismatch": rule(
    "warning",
    { en: "An instrument has more principles than it declares.", fr: "Un instrument a plus de principes qu'il n'en déclare." },
    (p) => ({
      en: `"${s(p.instrument)}" declares ${s(p.declared)} principles but principle number ${s(p.number)} exists.`,
      fr: `« ${s(p.instrument)} » déclare ${s(p.declared)} principes mais le principe numéro ${s(p.number)} existe.`,
    }),
  ),
  "endorsement.before-actor": rule(
    "error",
    { en: "An endorsement is dated before its actor existed.", fr: "Une approbation est datée d'avant l'existence de son acteur." },
    (p) => ({
      en: `"${s(p.actor)}" exists from ${s(p.since)}, but the endorsement is dated ${s(p.date)}.`,
      fr: `« ${s(p.actor)} » existe depuis le ${s(p.since)}, mais l'approbation est datée du ${s(p.date)}.`,
    }),
  ),
  "endorsement.after-actor": rule(
    "error",
    { en: "An endorsement is dated after its actor ceased to exist.", fr: "Une approbation est datée d'après la disparition de son acteur." },
    (p) => ({
      en: `"${s(p.actor)}" ceased to exist on ${s(p.until)}, but the endorsement is dated ${s(p.date)}.`,
      fr: `« ${s(p.actor)} » a cessé d'exister le ${s(p.until)}, mais l'approbation est datée du ${s(p.date)}.`,
    }),
  ),
  "endorsement.before-instrument": rule(
    "error",
    { en: "An endorsement is dated before its instrument was adopted.", fr: "Une approbation est datée d'avant l'adoption de son instrument." },
    (p) => ({
      en: `"${s(p.instrument)}" was adopted on ${s(p.adopted)}, but the endorsement is dated ${s(p.date)}.`,
      fr: `« ${s(p.instrument)} » a été adopté le ${s(p.adopted)}, mais l'approbation est datée du ${s(p.date)}.`,
    }),
  ),
  "endorsement.duplicate": rule(
    "warning",
    {
      en: "An actor endorses the same instrument more than once (kept when sources disagree).",
      fr: "Un acteur approuve plusieurs fois le même instrument (conservé quand les sources divergent).",
    },
    (p) => ({
      en: `"${s(p.actor)}" already endorses "${s(p.instrument)}" in "${s(p.other)}"; keep both only if the sources disagree, and say so in a note.`,
      fr: `« ${s(p.actor)} » approuve déjà « ${s(p.instrument)} » dans « ${s(p.other)} » ; ne gardez les deux que si les sources divergent, en le notant.`,
    }),
  ),
  "mandate.expiry-before-adoption": rule(
    "error",
    { en: "A mandate expires before it was adopted.", fr: "Un mandat expire avant son adoption." },
    (p) => ({
      en: `The mandate expires on ${s(p.expires)}, before its adoption on ${s(p.adopted)}.`,
      fr: `Le mandat expire le ${s(p.expires)}, avant son adoption le ${s(p.adopted)}.`,
    }),
  ),
  "mandate.resolution-year": rule(
    "error",
    { en: "A resolution symbol's year differs from the adoption year.", fr: "L'année du symbole de la résolution diffère de l'année d'adoption." },
    (p) => ({
      en: `${s(p.resolution)} names the year ${s(p.year)}, but the mandate was adopted on ${s(p.adopted)}.`,
      fr: `${s(p.resolution)} porte l'année ${s(p.year)}, mais le mandat a été adopté le ${s(p.adopted)}.`,
    }),
  ),
  "mandate.after-mission": rule(
    "warning",
    { en: "A mandate is adopted after its mission ended.", fr: "Un mandat est adopté après la fin de sa mission." },
    (p) => ({
      en: `"${s(p.mission)}" ended on ${s(p.end)}, but the mandate was adopted on ${s(p.adopted)}.`,
      fr: `« ${s(p.mission)} » a pris fin le ${s(p.end)}, mais le mandat a été adopté le ${s(p.adopted)}.`,
    }),
  ),
  "mandate.poc-task-mismatch": rule(
    "warning",
    {
      en: "A mandate's PoC level and its task list disagree.",
      fr: "Le niveau de protection des civils d'un mandat et sa liste de tâches ne concordent pas.",
    },
    (p) => ({
      en: `The PoC level is "${s(p.poc)}" but the tasks ${s(p.has)} protection-of-civilians.`,
      fr: `Le niveau de protection des civils est « ${s(p.poc)} » mais les tâches ${p.has === "include" ? "incluent" : "n'incluent pas"} protection-of-civilians.`,
    }),
  ),
  "contribution.women-exceed-total": rule(
    "error",
    { en: "More women than personnel in all.", fr: "Plus de femmes que de personnel au total." },
    (p) => ({
      en: `${s(p.women)} women is more than the total of ${s(p.total)}.`,
      fr: `${s(p.women)} femmes, c'est plus que le total de ${s(p.total)}.`,
    }),
  ),
  "contribution.sum-mismatch": rule(
    "warning",
    { en: "Women and men do not add up to the total.", fr: "Les femmes et les hommes ne font pas le total." },
    (p) => ({
      en: `${s(p.women)} women + ${s(p.men)} men = ${s(p.sum)}, not the total of ${s(p.total)}.`,
      fr: `${s(p.women)} femmes + ${s(p.men)} hommes = ${s(p.sum)}, et non le total de ${s(p.total)}.`,
    }),
  ),
  "contribution.outside-mission": rule(
    "warning",
    { en: "A contribution's period lies outside its mission's dates.", fr: "La période d'une contribution est en dehors des dates de sa mission." },
    (p) => ({
      en: `"${s(p.mission)}" ran from ${s(p.start)} to ${s(p.end)}; the period ${s(p.periodStart)}–${s(p.periodEnd)} does not overlap it.`,
      fr: `« ${s(p.mission)} » a duré du ${s(p.start)} au ${s(p.end)} ; la période ${s(p.periodStart)}–${s(p.periodEnd)} ne la recoupe pas.`,
    }),
  ),
  "deployment-site.women-exceed": rule(
    "warning",
    { en: "More women than personnel of a category at a site.", fr: "Plus de femmes que de personnel d'une catégorie sur un site." },
    (p) => ({
      en: `${s(p.women)} women is more than the ${s(p.total)} ${s(p.category)} at the site.`,
      fr: `${s(p.women)} femmes, c'est plus que les ${s(p.total)} ${s(p.category)} du site.`,
    }),
  ),
  "conflict-event.estimates-out-of-order": rule(
    "warning",
    { en: "An event's death estimates are not low ≤ best ≤ high (UCDP publishes some such rows).", fr: "Les estimations de décès d'un événement ne respectent pas bas ≤ meilleur ≤ haut (l'UCDP publie quelques lignes ainsi)." },
    (p) => ({
      en: `low ${s(p.low)}, best ${s(p.best)}, high ${s(p.high)}: not in order.`,
      fr: `bas ${s(p.low)}, meilleur ${s(p.best)}, haut ${s(p.high)} : pas dans l'ordre.`,
    }),
  ),
  "conflict-event.deaths-sum-mismatch": rule(
    "warning",
    { en: "An event's deaths by side do not add up to its best estimate.", fr: "Les décès d'un événement par camp ne font pas sa meilleure estimation." },
    (p) => ({
      en: `The deaths by side add up to ${s(p.sum)}, not the best estimate of ${s(p.best)}.`,
      fr: `Les décès par camp font ${s(p.sum)}, et non la meilleure estimation de ${s(p.best)}.`,
    }),
  ),
  "pledge.unit-missing": rule(
    "error",
    { en: "A unit pledge does not say which unit.", fr: "Un engagement d'unité ne précise pas l'unité." },
    () => ({
      en: 'A pledge of kind "unit" needs a unit (unitType, quantity); add one or change the kind.',
      fr: "Un engagement de type « unit » doit préciser l'unité (unitType, quantity) ; ajoutez-la ou changez le type.",
    }),
  ),
  "pledge.women-exceed-personnel": rule(
    "error",
    { en: "A pledged unit has more women than personnel.", fr: "Une unité promise compte plus de femmes que de personnel." },
    (p) => ({
      en: `${s(p.women)} women is more than the ${s(p.personnel)} personnel pledged.`,
      fr: `${s(p.women)} femmes, c'est plus que les ${s(p.personnel)} personnes promises.`,
    }),
  ),
  "pledge.before-event": rule(
    "warning",
    { en: "A pledge is announced before the event it belongs to.", fr: "Un engagement est annoncé avant l'événement auquel il se rattache." },
    (p) => ({
      en: `Announced on ${s(p.announced)}, before "${s(p.event)}" began on ${s(p.start)}.`,
      fr: `Annoncé le ${s(p.announced)}, avant le début de « ${s(p.event)} » le ${s(p.start)}.`,
    }),
  ),
  "lifecycle.illegal-transition": rule(
    "error",
    { en: "A pledge event is not allowed in the pledge's status.", fr: "Un événement n'est pas permis dans le statut de l'engagement." },
    (p) => ({
      en: `Event "${s(p.event)}" (${s(p.type)}) cannot follow the status "${s(p.from)}"; see the transition table.`,
      fr: `L'événement « ${s(p.event)} » (${s(p.type)}) ne peut pas suivre le statut « ${s(p.from)} » ; voir la table des transitions.`,
    }),
  ),
  "lifecycle.out-of-order": rule(
    "error",
    { en: "A pledge event is dated before the event before it.", fr: "Un événement est daté d'avant l'événement qui le précède." },
    (p) => ({
      en: `Event "${s(p.event)}" is dated ${s(p.date)}, before the previous event (${s(p.previous)}); history is append-only.`,
      fr: `L'événement « ${s(p.event)} » est daté du ${s(p.date)}, avant l'événement précédent (${s(p.previous)}) ; l'historique ne s'écrit qu'à la suite.`,
    }),
  ),
  "lifecycle.before-announcement": rule(
    "error",
    { en: "A pledge event is dated before the pledge was announced.", fr: "Un événement est daté d'avant l'annonce de l'engagement." },
    (p) => ({
      en: `Event "${s(p.event)}" is dated ${s(p.date)}, before the announcement on ${s(p.announced)}.`,
      fr: `L'événement « ${s(p.event)} » est daté du ${s(p.date)}, avant l'annonce du ${s(p.announced)}.`,
    }),
  ),
  "gender-target.duplicate": rule(
    "error",
    { en: "Two gender targets for the same strategy, category and year.", fr: "Deux cibles de parité pour la même stratégie, catégorie et année." },
    (p) => ({
      en: `"${s(p.other)}" already sets the ${s(p.year)} target for ${s(p.category)} in ${s(p.strategy)}.`,
      fr: `« ${s(p.other)} » fixe déjà la cible ${s(p.year)} pour ${s(p.category)} dans ${s(p.strategy)}.`,
    }),
  ),
  "conduct.duplicate": rule(
    "error",
    { en: "Two conduct figures for the same mission, year and category.", fr: "Deux chiffres de conduite pour la même mission, année et catégorie." },
    (p) => ({
      en: `"${s(p.other)}" already gives ${s(p.category)} allegations for ${s(p.mission)} in ${s(p.year)}.`,
      fr: `« ${s(p.other)} » donne déjà les allégations ${s(p.category)} pour ${s(p.mission)} en ${s(p.year)}.`,
    }),
  ),
  "assessment.total-exceeds": rule(
    "error",
    { en: "Shares of a scale of assessments add up to more than 100 %.", fr: "Les quotes-parts d'un barème dépassent 100 %." },
    (p) => ({
      en: `The ${s(p.scale)} shares for ${s(p.period)} add up to ${s(p.sum)} %.`,
      fr: `Les quotes-parts ${s(p.scale)} pour ${s(p.period)} totalisent ${s(p.sum)} %.`,
    }),
  ),
  "confidence.exceeds-sources": rule(
    "warning",
    { en: "A record is marked verified but none of its sources is verified.", fr: "Un enregistrement est marqué vérifié mais aucune de ses sources ne l'est." },
    (p) => ({
      en: `The record is "verified" but its sources (${s(p.sources)}) are all unverified; lower its confidence or cite a verified source.`,
      fr: `L'enregistrement est « verified » mais ses sources (${s(p.sources)}) sont toutes non vérifiées ; baissez sa confiance ou citez une source vérifiée.`,
    }),
  ),
  "world-total.duplicate-year": rule(
    "error",
    { en: "Two world totals are given for the same year and origin.", fr: "Deux totaux mondiaux sont donnés pour la même année et la même origine." },
    (p) => ({
      en: `The world total for ${s(p.year)} (${s(p.origin)}) is already given by "${s(p.other)}".`,
      fr: `Le total mondial de ${s(p.year)} (${s(p.origin)}) est déjà donné par « ${s(p.other)} ».`,
    }),
  ),
  "world-total.breakdown-mismatch": rule(
    "warning",
    { en: "A world total's troops, police and observers do not add up to its total.", fr: "Les militaires, policiers et observateurs d'un total mondial ne font pas son total." },
    (p) => ({
      en: `Troops, police and military observers add up to ${s(p.sum)}, but the total is ${s(p.total)}.`,
      fr: `Militaires, policiers et observateurs militaires totalisent ${s(p.sum)}, mais le total est de ${s(p.total)}.`,
    }),
  ),
  "world-total.year-mismatch": rule(
    "error",
    { en: "A world total's reporting date is not in its year.", fr: "La date de référence d'un total mondial n'est pas dans son année." },
    (p) => ({
      en: `The reporting date ${s(p.date)} is not in the year ${s(p.year)}.`,
      fr: `La date de référence ${s(p.date)} n'est pas dans l'année ${s(p.year)}.`,
    }),
  ),
  "source.unused": rule(
    "info",
    { en: "A source of the registry is cited by no record.", fr: "Une source du registre n'est citée par aucun enregistrement." },
    (p) => ({ en: `Source "${s(p.id)}" is cited by no record.`, fr: `La source « ${s(p.id)} » n'est citée par aucun enregistrement.` }),
  ),
} as const satisfies Record<string, RuleDefinition>;

/**
 * A stable rule id.
 *
 * @example
 * ```ts
 * import { RULES, type RuleId } from "@bluehelm/core";
 *
 * const id: RuleId = "id.duplicate";
 * console.log(RULES[id].severity);
 * ```
 */
export type RuleId = keyof typeof RULES;

/**
 * Every rule id, in the documented order.
 *
 * @example
 * ```ts
 * import { RULE_IDS } from "@bluehelm/core";
 *
 * console.log(RULE_IDS.filter((id) => id.startsWith("lifecycle.")));
 * ```
 */
export const RULE_IDS: readonly RuleId[] = Object.freeze(Object.keys(RULES) as RuleId[]);
