import path from "node:path";
import { UsageError } from "../../core/errors.js";
import { LIFECYCLE_TAG } from "../../core/release.js";
import type { Command } from "../command.js";

export const initCommand: Command = {
  name: "init",
  usage: "[DIR]",
  details: `Writes into DIR (default: the project root, --root or the current directory):
  products/products.yml, one recipe and its build script, one ingest template with a small CSV,
  lifecycle.yml, .gitignore, and .github/workflows/ calling lifecycle's reusable workflows at
  ${LIFECYCLE_TAG}. Refuses (exit 2, nothing written) when any of those files exists.
Then: cd DIR && lifecycle materialize. See docs/adopting.md.`,
  options: {},
  async run(context) {
    const [dir, ...extra] = context.positionals;
    if (extra.length > 0)
      throw new UsageError(
        `init takes one folder (received ${JSON.stringify(context.positionals.join(" "))})`,
      );
    const target = path.resolve(context.root, dir ?? ".");
    const { initProject } = await import("../../init/init.js");
    const written = await initProject(target);
    context.stdout.write(
      `lifecycle init: wrote ${written.length} files in ${target}\n` +
        written.map((name) => `  ${name}\n`).join("") +
        `Next: ${dir ? `cd ${dir} && ` : ""}lifecycle materialize\n`,
    );
    return 0;
  },
};
