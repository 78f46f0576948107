import { z } from "zod";
import { ConsoleReporter } from "../../engine/console-reporter.js";
import { materialize } from "../../engine/materialize.js";
import { STAGES } from "../../store/layout.js";
import { chooseRecipe } from "../../config/recipe-choice.js";
import type { EngineDeps } from "../../engine/deps.js";
import { loadProjectWithPipelines } from "../../partitions/project-products.js";
import { parseFlags, type Command, expectNoArguments } from "../command.js";
import {
  commandLock,
  lockTimeoutHelp,
  lockTimeoutFlag,
  lockTimeoutOption,
} from "../lock-timeout.js";

const FlagsSchema = z.object({
  select: z.string().min(1).optional(),
  partition: z.string().min(1).optional(),
  concurrency: z
    .string()
    .regex(/^[1-9]\d*$/, { message: "expected a whole number of at least 1" })
    .transform(Number)
    .optional(),
  force: z.boolean().default(false),
  "dry-run": z.boolean().default(false),
  stage: z.array(z.enum(STAGES)).optional(),
  recipe: z.string().min(1).optional(),
  "lock-timeout": lockTimeoutFlag,
});

/** The project loader, with the product of `recipe` built from that file. */
function withRecipe(recipe: string): EngineDeps["loadProject"] {
  return async (root) => {
    const loaded = await loadProjectWithPipelines(root);
    await chooseRecipe(loaded.project, recipe);
    return loaded;
  };
}

export const materializeCommand: Command = {
  name: "materialize",
  summary: "Run the selected assets in dependency order, skipping what is up to date",
  usage:
    "[--select S] [--partition KEY] [--recipe FILE] [--concurrency N] [--force] [--dry-run] [--stage NAME]... [--lock-timeout S]",
  details: `Options:
  --select S         assets: ids (<product>.<stage>, ingest.<template>), product ids, group:<g>,
                     tag:<t>, +x (x and what it needs), x+ (x and what depends on it), * (all);
                     comma separated. Default: every product; missing input datasets are ingested.
  --partition KEY    partition key or expression for every selected product (default: each
                     product's default, "main" for dynamic products). New dynamic keys are added.
  --recipe FILE      build its product with this recipe file (products/<id>/recipe*.yml) for
                     this run; the selection defaults to that product
  --concurrency N    tasks at once (default: the number of cores)
  --force            run stages even when their inputs are unchanged
  --dry-run          print what would run, change nothing
  --stage NAME       run only this stage (plan, load, build, package; repeatable); the stage
                     before it must already be in the store
${lockTimeoutHelp(21)}
Exit codes: 0 all succeeded or were up to date, 1 a stage failed or the run was cancelled,
2 bad usage or configuration, or the store is in use by another run (nothing ran).`,
  options: {
    select: { type: "string" },
    partition: { type: "string" },
    concurrency: { type: "string" },
    force: { type: "boolean" },
    "dry-run": { type: "boolean" },
    stage: { type: "string", multiple: true },
    recipe: { type: "string" },
    ...lockTimeoutOption,
  },
  async run(context) {
    const flags = parseFlags(FlagsSchema, context.flags);
    expectNoArguments(context, "materialize", "; use --select");
    const recipe = flags.recipe;
    const select =
      flags.select ?? (recipe === undefined ? undefined : /^products\/([^/]+)\//.exec(recipe)?.[1]);
    const result = await materialize({
      ...(recipe !== undefined ? { deps: { loadProject: withRecipe(recipe) } } : {}),
      root: context.root,
      store: context.store,
      env: context.env,
      select,
      partition: flags.partition,
      concurrency: flags.concurrency,
      force: flags.force,
      dryRun: flags["dry-run"],
      stages: flags.stage,
      reporter: new ConsoleReporter(context.stdout),
      signal: context.signal,
      lock: commandLock(context, "materialize", flags["lock-timeout"]),
    });
    return result.ok ? 0 : 1;
  },
};
