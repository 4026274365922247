// bluehelm token create|list|revoke: the API's tokens, on the database (--db) or through a server's admin endpoints
// (--api, with an admin --token).
import { ROLES, type Role } from "@bluehelm/core";
import { Option } from "commander";
import type { TokenAdmin } from "../backend.js";
import type { Context } from "../context.js";
import { CliError, EXIT } from "../errors.js";
import { t } from "../i18n.js";
import { printRecords } from "../output.js";

/** Registers `token` and its subcommands. */
export function registerToken(ctx: Context): void {
  const { lang, io } = ctx;
  const admin = async (): Promise<TokenAdmin> => (await ctx.openBackend()).tokens;
  const token = ctx.program
    .command("token")
    .description(t(lang, "cmdToken"))
    .addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm token create --name alice --role editor\n  bluehelm token list --json\n  bluehelm token revoke 284855319e3e4c27`);
  token
    .command("create")
    .addHelpText(
      "after",
      `\n${t(lang, "examples")}\n  bluehelm token create --name ci --role reader\n  bluehelm --db postgres://bluehelm@db/bluehelm token create --name alice --role editor\n  bluehelm --api https://bluehelm.example.org --token "$ADMIN_TOKEN" token create --name ci --role reader`,
    )
    .requiredOption("--name <name>")
    .addOption(new Option("--role <role>").choices(ROLES).makeOptionMandatory())
    .action(async (opts: { name: string; role: Role }) => {
      const { token: secret, info } = await (await admin()).create({ name: opts.name, role: opts.role });
      if (ctx.format() === "json") io.out(JSON.stringify({ ...info, token: secret }, null, 2));
      else {
        io.err(t(lang, "tokenCreated", { id: info.id, role: info.role }));
        io.out(secret);
      }
    });
  token
    .command("revoke")
    .addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm token revoke 284855319e3e4c27`)
    .argument("<id>")
    .action(async (id: string) => {
      if (!(await (await admin()).revoke(id))) throw new CliError(EXIT.notFound, t(lang, "tokenUnknown", { id }));
      io.out(t(lang, "tokenRevoked", { id }));
    });
  token
    .command("list")
    .addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm token list\n  bluehelm token list --csv`)
    .action(async () => {
      printRecords(io, ctx.format(), await (await admin()).list(), ["id", "name", "role", "createdAt", "revokedAt"]);
    });
}
