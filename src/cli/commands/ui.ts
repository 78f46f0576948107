import path from "node:path";
import { z } from "zod";
import { UsageError } from "../../core/errors.js";
import { serveSite } from "../../ui/serve.js";
import { writeSite } from "../../ui/site.js";
import { expectNoArguments, parseFlags, type Command } from "../command.js";

const FlagsSchema = z.object({
  out: z.string().min(1).optional(),
  serve: z.boolean().default(false),
  port: z.coerce.number().int().min(0).max(65535).default(0),
});

export const uiCommand: Command = {
  name: "ui",
  usage: "--out DIR | --serve [--port N]",
  details: `Options:
  --out DIR          write the site into DIR: index.html, app.js, data.js, data.json; open
                     DIR/index.html from disk (no server, no network request)
  --serve            serve the site on http://127.0.0.1 and refresh it as runs progress; stops on
                     Ctrl-C
  --port N           the port for --serve (default: any free port, printed)`,
  options: { out: { type: "string" }, serve: { type: "boolean" }, port: { type: "string" } },
  async run(context) {
    const flags = parseFlags(FlagsSchema, context.flags);
    expectNoArguments(context, "ui");
    const site = { root: context.root, store: context.store, env: context.env };
    if (flags.serve) {
      const log = (line: string): void => context.stderr.write(`${line}\n`);
      const served = await serveSite({ ...site, port: flags.port, signal: context.signal, log });
      context.stdout.write(`lifecycle ui: serving ${served.url} (Ctrl-C to stop)\n`);
      await served.closed;
      return 0;
    }
    if (flags.out === undefined) throw new UsageError("ui needs --out DIR or --serve");
    const out = path.resolve(context.root, flags.out);
    const written = await writeSite(out, site);
    const kib = (written.bytes / 1024).toFixed(0);
    context.stdout.write(
      `wrote ${path.join(out, "index.html")} (${written.data.assets.length} assets, ${written.data.runs.length} runs, ${kib} KiB)\n`,
    );
    return 0;
  },
};
