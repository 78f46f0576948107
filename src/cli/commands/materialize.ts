import { z } from "zod";
import { ConsoleReporter } from "../../engine/console-reporter.js";
import { materialize } from "../../engine/materialize.js";
import { STAGES } from "../../store/layout.js";
import { lockLoader, recipeLoader } from "../../config/recipe-run.js";
import { lockPath, readLockFile } from "../../config/recipe-from-lock.js";
import { UsageError } from "../../core/errors.js";
import type { EngineDeps } from "../../engine/deps.js";
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
  create: z.boolean().default(false),
  "dry-run": z.boolean().default(false),
  stage: z.array(z.enum(STAGES)).optional(),
  recipe: z.string().min(1).optional(),
  "from-lock": z.string().min(1).optional(),
  "lock-timeout": lockTimeoutFlag,
});

interface RunChoice {
  select: string | undefined;
  partition: string | undefined;
  loadProject?: EngineDeps["loadProject"];
}

/** What --recipe or --from-lock decide: the loader, and the default selection and partition. */
async function chooseRun(flags: z.infer<typeof FlagsSchema>, root: string): Promise<RunChoice> {
  const { recipe, select, partition } = flags;
  const fromLock = flags["from-lock"];
  if (fromLock !== undefined) {
    if (recipe !== undefined) throw new UsageError("--from-lock and --recipe cannot be combined");
    const lock = await readLockFile(lockPath(root, fromLock));
    if (partition !== undefined && partition !== lock.partition.key)
      throw new UsageError(
        `--from-lock: the lock is for partition "${lock.partition.key}", not --partition "${partition}" (leave --partition out)`,
      );
    return {
      select: select ?? lock.product,
      partition: lock.partition.key,
      loadProject: lockLoader(lock),
    };
  }
  if (recipe === undefined) return { select, partition };
  const product = /^products\/([^/]+)\//.exec(recipe)?.[1];
  return { select: select ?? product, partition, loadProject: recipeLoader(recipe) };
}

export const materializeCommand: Command = {
  name: "materialize",
  usage:
    "[--select S] [--partition KEY [--create]] [--recipe FILE | --from-lock FILE] [--concurrency N] [--force] [--dry-run] [--stage NAME]... [--lock-timeout S]",
  details: `Options:
  --select S         assets: ids (<product>.<stage>, ingest.<template>), product ids, group:<g>,
                     tag:<t>, +x (x and what it needs), x+ (x and what depends on it), * (all);
                     comma separated. Default: every product; missing input datasets are ingested.
  --partition KEY    partition key or expression for every selected product (default: each
                     product's default, "main" for dynamic products)
  --create           add a dynamic partition key the product does not have yet (without it, an
                     unknown key is an error that lists the known ones; or: lifecycle partitions add)
  --recipe FILE      build its product with this recipe file (products/<id>/recipe*.yml) for
                     this run; the selection defaults to that product
  --from-lock FILE   rebuild a past build from its recipe.lock.yml (path from the project root):
                     its product and partition,
                     every input at its locked version, the product version it had
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
    create: { type: "boolean" },
    "dry-run": { type: "boolean" },
    stage: { type: "string", multiple: true },
    recipe: { type: "string" },
    "from-lock": { type: "string" },
    ...lockTimeoutOption,
  },
  async run(context) {
    const flags = parseFlags(FlagsSchema, context.flags);
    expectNoArguments(context, "materialize", "; use --select");
    const choice = await chooseRun(flags, context.root);
    const result = await materialize({
      ...(choice.loadProject !== undefined ? { deps: { loadProject: choice.loadProject } } : {}),
      root: context.root,
      store: context.store,
      env: context.env,
      select: choice.select,
      partition: choice.partition,
      concurrency: flags.concurrency,
      force: flags.force,
      createPartitions: flags.create || flags["from-lock"] !== undefined,
      dryRun: flags["dry-run"],
      stages: flags.stage,
      reporter: new ConsoleReporter(context.stdout, {
        colors: context.colors.out,
        verbosity: context.verbosity,
      }),
      signal: context.signal,
      lock: commandLock(context, "materialize", flags["lock-timeout"]),
    });
    return result.ok ? 0 : 1;
  },
};
