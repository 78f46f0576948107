import type { EventRecord } from "../store/events.js";
import { STAGES, type StageName } from "../store/layout.js";

/** Where the summary links: the job that ran, and the published status site. */
export interface SummaryLinks {
  jobUrl?: string | undefined;
  siteUrl?: string | undefined;
}

/** A stage that did not run because an earlier one of the same product and partition did not succeed. */
export interface BlockedTask {
  asset: string;
  partition: string;
  blockedBy: string;
}

const LOG_TAIL_LINES = 20;

/** Escape text for a markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}

/** The stage of `product.stage` asset ids; ingest assets sort before every stage. */
function stageRank(asset: string): number {
  const stage = asset.slice(asset.lastIndexOf(".") + 1) as StageName;
  const index = STAGES.indexOf(stage);
  return asset.startsWith("ingest.") ? -1 : index < 0 ? STAGES.length : index;
}

function productOf(asset: string): string {
  return asset.slice(0, asset.lastIndexOf("."));
}

/** Plan before load before build before package; then by product, then by partition. */
export function byStage(a: { asset: string; partition: string }, b: typeof a): number {
  return (
    stageRank(a.asset) - stageRank(b.asset) ||
    productOf(a.asset).localeCompare(productOf(b.asset)) ||
    a.partition.localeCompare(b.partition)
  );
}

/**
 * The stages after a failed or cancelled one of the same product and partition that have no record
 * of their own: the run never started them.
 */
export function blockedTasks(records: readonly EventRecord[]): BlockedTask[] {
  const seen = new Set(records.map((r) => `${r.asset}\u0000${r.partition}`));
  const blocked: BlockedTask[] = [];
  for (const record of records) {
    if (record.status !== "failed" && record.status !== "cancelled") continue;
    const rank = stageRank(record.asset);
    if (rank < 0 || rank >= STAGES.length) continue;
    for (const stage of STAGES.slice(rank + 1)) {
      const asset = `${productOf(record.asset)}.${stage}`;
      if (seen.has(`${asset}\u0000${record.partition}`)) continue;
      seen.add(`${asset}\u0000${record.partition}`);
      blocked.push({ asset, partition: record.partition, blockedBy: record.asset });
    }
  }
  return blocked.sort(byStage);
}

/** The first line of an error, and its last lines when it carries a log. */
export function splitError(error: string | undefined): { line: string; tail: string[] } {
  const lines = (error ?? "failed, with no error recorded").trimEnd().split(/\r?\n/);
  const [line = "", ...rest] = lines;
  return { line, tail: rest.slice(-LOG_TAIL_LINES) };
}

function totalsLine(records: readonly EventRecord[], blocked: number): string {
  const count = (status: EventRecord["status"]): number =>
    records.filter((r) => r.status === status).length;
  const parts = [
    `**${count("failed")} failed**`,
    `${blocked} blocked`,
    `${count("cancelled")} cancelled`,
    `${count("success")} succeeded`,
    `${count("skipped")} up to date`,
  ];
  return `${parts.join(" · ")} (${records.length + blocked} tasks)`;
}

function failureBlock(record: EventRecord, links: SummaryLinks): string {
  const { line, tail } = splitError(record.error);
  const job = links.jobUrl ? ` · [job log](${links.jobUrl})` : "";
  const head = `#### ❌ \`${record.asset}\` @ \`${record.partition}\`${job}\n\n> ${line}\n`;
  if (tail.length === 0) return head;
  const fence = tail.some((l) => l.includes("```")) ? "~~~~" : "```";
  return `${head}\n<details open><summary>log tail</summary>\n\n${fence}\n${tail.join("\n")}\n${fence}\n\n</details>\n`;
}

function taskTable(records: readonly EventRecord[]): string {
  if (records.length === 0) return "_No stage job reported records in this run._\n";
  const rows = [...records]
    .sort(byStage)
    .map(
      (r) =>
        `| ${cell(r.asset)} | ${cell(r.partition)} | ${r.status} | ${formatDuration(r.durationMs)} |`,
    );
  return `| asset | partition | status | duration |\n| --- | --- | --- | --- |\n${rows.join("\n")}\n`;
}

/** The run summary: totals, then each failure with its error, then blocked tasks, then every task. */
export function renderRunSummary(
  records: readonly EventRecord[],
  links: SummaryLinks = {},
): string {
  const blocked = blockedTasks(records);
  const failures = records
    .filter((r) => r.status === "failed" || r.status === "cancelled")
    .sort(byStage);
  const out = [`## lifecycle: run summary\n\n${totalsLine(records, blocked.length)}\n`];
  const linkLine = [
    links.siteUrl ? `[status site](${links.siteUrl})` : "",
    links.jobUrl ? `[workflow run](${links.jobUrl})` : "",
  ].filter(Boolean);
  if (linkLine.length > 0) out.push(`${linkLine.join(" · ")}\n`);
  if (failures.length > 0)
    out.push(`### Failures\n\n${failures.map((r) => failureBlock(r, links)).join("\n")}`);
  if (blocked.length > 0) {
    const rows = blocked.map(
      (b) =>
        `| ${cell(b.asset)} | ${cell(b.partition)} | \`${cell(b.blockedBy)}\` did not succeed |`,
    );
    out.push(
      `### Blocked\n\n| asset | partition | why |\n| --- | --- | --- |\n${rows.join("\n")}\n`,
    );
  }
  out.push(`### Tasks\n\n${taskTable(records)}`);
  return out.join("\n");
}
