import type { Command } from "commander";
import type { Context } from "../context.js";
import { CliError, EXIT } from "../errors.js";
import { t } from "../i18n.js";

/** A completion script for bash or zsh, generated from the command tree. */
export function completionScript(shell: "bash" | "zsh", program: Command): string {
  const top = program.commands.map((c) => c.name());
  const subs = program.commands
    .filter((c) => c.commands.length > 0)
    .map((c) => `    ${c.name()}) COMPREPLY=( $(compgen -W "${c.commands.map((s) => s.name()).join(" ")}" -- "$cur") ) ;;`);
  const bash = [
    "# bluehelm bash completion: eval \"$(bluehelm completion bash)\"",
    "_bluehelm() {",
    '  local cur="${COMP_WORDS[COMP_CWORD]}"',
    '  if [ "$COMP_CWORD" -eq 1 ]; then',
    `    COMPREPLY=( $(compgen -W "${top.join(" ")} --help --version --json --csv --ndjson --lang --db --api" -- "$cur") )`,
    "    return",
    "  fi",
    '  case "${COMP_WORDS[1]}" in',
    ...subs,
    '    *) COMPREPLY=( $(compgen -f -- "$cur") ) ;;',
    "  esac",
    "}",
    "complete -F _bluehelm bluehelm",
  ].join("\n");
  if (shell === "bash") return bash;
  return ["# bluehelm zsh completion: eval \"$(bluehelm completion zsh)\"", "autoload -U +X bashcompinit && bashcompinit", bash].join("\n");
}

/** Registers `completion`. */
export function registerCompletion(ctx: Context): void {
  ctx.program
    .command("completion")
    .description(t(ctx.lang, "cmdCompletion"))
    .argument("[shell]", "bash | zsh", "bash")
    .addHelpText("after", `\n${t(ctx.lang, "examples")}\n  eval "$(bluehelm completion bash)"\n  bluehelm completion zsh >> ~/.zshrc`)
    .action((shell: string) => {
      if (shell !== "bash" && shell !== "zsh") throw new CliError(EXIT.usage, "completion: bash or zsh");
      ctx.io.out(completionScript(shell, ctx.program));
    });
}
