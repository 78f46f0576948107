import { z } from "zod";
import { loadProjectOrThrow } from "../../config/project.js";
import { UsageError } from "../../core/errors.js";
import { refuseFromPullRequest } from "../../distribute/distribute.js";
import { distributePublished, distributionUnit } from "../../distribute/published.js";
import { parseFlags, type Command } from "../command.js";
import { withOpenStore } from "../open-store.js";

const FlagsSchema = z.object({
  version: z.string().min(1).optional(),
  destination: z.string().min(1).optional(),
});

export const distributeCommand: Command = {
  name: "distribute",
  usage: "<product> [--version V] [--destination ID,...]",
  details: `  --version V        a published version (default: latest)
  --destination IDS  destination ids, comma-separated (default: the recipe's
                     distribution.destination_ids, else every destination of the product)
Destinations are declared on the product in products.yml (destinations:): socrata (the
publishing API; SOCRATA_USERNAME, SOCRATA_PASSWORD, SOCRATA_APP_TOKEN), object_store
(s3://bucket/prefix), github_release (GITHUB_TOKEN) or command. Never from a pull request.
Exit 1 when any destination failed (the others are still tried).`,
  options: { version: { type: "string" }, destination: { type: "string" } },
  async run(context) {
    const flags = parseFlags(FlagsSchema, context.flags);
    const [product, ...rest] = context.positionals;
    if (product === undefined || rest.length > 0)
      throw new UsageError(`usage: lifecycle distribute ${distributeCommand.usage}`);
    refuseFromPullRequest(context.env);
    const { project } = await loadProjectOrThrow(context.root);
    const request = {
      product,
      version: flags.version,
      destinations: flags.destination,
      env: context.env,
      signal: context.signal,
      log: (line: string) => context.stdout.write(`${line}\n`),
    };
    const unit = distributionUnit(request);
    const results = await withOpenStore(context, { only: (u) => u === unit }, (store) =>
      distributePublished(store, project, request),
    );
    const failed = results.filter((r) => !r.ok);
    return failed.length === 0 ? 0 : 1;
  },
};
