import { RULES, RULE_IDS } from "./rules.js";

/** Renders the Markdown table of validation rules (RULES.md). */
export function renderRulesDoc(): string {
  const lines = [
    "# Validation rules",
    "",
    "Generated from `src/validation/rules.ts` by `pnpm --filter @bluehelm/core rules:doc`; do not edit by hand.",
    "Rule ids are stable: a report's `rule` field can be matched on by programs.",
    "",
    "| Rule id | Severity | What it checks | Ce qu'elle vérifie |",
    "|---|---|---|---|",
    ...RULE_IDS.map((id) => {
      const r = RULES[id];
      return `| \`${id}\` | ${r.severity} | ${r.summary.en} | ${r.summary.fr} |`;
    }),
    "",
  ];
  return lines.join("\n");
}
