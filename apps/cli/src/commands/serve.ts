// bluehelm serve: the HTTP API on the database, until SIGTERM or SIGINT.
import type { Context } from "../context.js";
import { VERSION } from "../context.js";
import { CliError, EXIT } from "../errors.js";
import { t } from "../i18n.js";

/** Registers `serve`. */
export function registerServe(ctx: Context): void {
  const { lang, io } = ctx;
  ctx.program
    .command("serve")
    .description(t(lang, "cmdServe"))
    .option("--port <port>", "port (default $PORT or 8080; 0 for any free port)")
    .option("--host <host>", "address to listen on (default 127.0.0.1)")
    .addHelpText("after", `\n${t(lang, "examples")}\n  bluehelm serve --port 8080\n  bluehelm --db postgres://bluehelm@db/bluehelm serve --host 0.0.0.0`)
    .action(async (opts: { port?: string; host?: string }) => {
      if (ctx.globals().api) throw new CliError(EXIT.usage, t(lang, "needsDb", { command: "serve" }));
      const port = Number(opts.port ?? ctx.env.PORT ?? 8080);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(EXIT.usage, "--port takes a port number");
      const b = await ctx.openBackend({ serving: true });
      const { createApp, listen } = await import("@bluehelm/server");
      let draining = false;
      const app = createApp({ store: b.store!, draining: () => draining, version: VERSION });
      const running = await listen(app.fetch, { port, hostname: opts.host ?? "127.0.0.1" });
      io.out(t(lang, "serving", { url: running.url }));
      await new Promise<void>((resolve) => {
        const stop = () => {
          draining = true;
          void running.close().then(resolve);
        };
        process.once("SIGTERM", stop);
        process.once("SIGINT", stop);
      });
    });
}
