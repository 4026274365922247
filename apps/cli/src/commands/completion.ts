import type { Command } from "commander";

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
