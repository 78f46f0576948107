import { z } from "zod";
import { UsageError } from "../../core/errors.js";
import { copyStore, type CopySummary } from "../../store/copy.js";
import { normalizeStoreUrl } from "../../store/store.js";
import { parseFlags, type Command } from "../command.js";

const FlagsSchema = z.object({ quiet: z.boolean().default(false) });

export const storeCommand: Command = {
  name: "store",
  usage: "copy FROM TO [--quiet]",
  details: `Subcommands:
  copy FROM TO   copy every stage output and dataset version, the event records and the dynamic
                 partitions from store FROM to store TO (each a directory, file:///path or
                 s3://bucket/prefix). A unit TO already has with the same files (path and sha256)
                 is skipped, and so is every record it already holds: run it again after an
                 interruption. Every unit copied is read back from TO and hashed (on S3 every
                 object is downloaded again). Prints one line per unit copied (unless --quiet)
                 and a summary: units copied and skipped, files, bytes, records, partitions.
A relative directory is relative to the project root (--root). Credentials for s3:// come from the environment, as for --store (docs/store.md).
Exit codes: 0 copied, 1 a copy or its verification failed, 2 bad usage or TO in use.`,
  options: { quiet: { type: "boolean" } },
  async run(context) {
    const flags = parseFlags(FlagsSchema, context.flags);
    const [sub, from, to, ...extra] = context.positionals;
    if (sub !== "copy" || from === undefined || to === undefined || extra.length > 0)
      throw new UsageError(
        `usage: lifecycle store copy FROM TO (received ${JSON.stringify(context.positionals)})`,
      );
    const [source, target] = [from, to].map((url) => normalizeStoreUrl(url, context.root));
    if (source === target)
      throw new UsageError(`store copy: FROM and TO are the same store (${from})`);
    const summary = await copyStore(source ?? from, target ?? to, {
      root: context.root,
      env: context.env,
      signal: context.signal,
      log: flags.quiet ? () => {} : (line) => context.stderr.write(`${line}\n`),
    });
    context.stdout.write(`${summaryLine(summary)}\n`);
    return 0;
  },
};

export function summaryLine(s: CopySummary): string {
  const mib = (s.bytes / (1 << 20)).toFixed(1);
  return `copied ${s.copied} unit(s) (${s.files} files, ${mib} MiB), skipped ${s.skipped} already there; records: ${s.events.copied} copied, ${s.events.skipped} skipped; ${s.partitions} partition file(s)`;
}
