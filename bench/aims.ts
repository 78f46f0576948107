import { spawn } from "node:child_process";

/**
 * The bench's arithmetic: every aim is a ratio of a figure lifecycle produced to an anchor measured
 * in the same run, and it holds when that ratio is at most `max` (a "faster than X" aim has max 1).
 */
export interface Figure {
  label: string;
  value: number;
  unit: "ms" | "MiB" | "requests";
}

export interface Aim {
  name: string;
  measured: Figure;
  anchor: Figure;
  max: number;
}

export interface BenchContext {
  log(line: string): void;
  /** `small` while developing (seconds), `full` for the sizes the aims are stated at. */
  size: "small" | "full";
  /** The built CLI (`build/src/cli/bin.js`). */
  cli: string;
}

/** What bench/run.ts calls in each bench module. */
export type BenchFunction = (context: BenchContext) => Promise<Aim[]>;

export function ratio(aim: Aim): number {
  if (!(aim.anchor.value > 0) || !Number.isFinite(aim.measured.value)) return Number.NaN;
  return aim.measured.value / aim.anchor.value;
}

export function holds(aim: Aim): boolean {
  const r = ratio(aim);
  return Number.isFinite(r) && r <= aim.max;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

export function formatFigure(figure: Figure): string {
  const digits = figure.unit === "requests" || figure.value >= 100 ? 0 : figure.value >= 10 ? 1 : 2;
  return `${figure.value.toFixed(digits)} ${figure.unit}`;
}

export function formatAim(aim: Aim): string {
  const r = ratio(aim);
  const shown = Number.isFinite(r) ? `${r.toFixed(2)}x` : "n/a";
  const verdict = holds(aim) ? "holds" : "MISSED";
  return (
    `${aim.name}: ${aim.measured.label} ${formatFigure(aim.measured)} / ` +
    `${aim.anchor.label} ${formatFigure(aim.anchor)} = ${shown} (aim <= ${aim.max}x): ${verdict}`
  );
}

export function formatSummary(aims: readonly Aim[]): string[] {
  const held = aims.filter(holds).length;
  return [
    "aims (each a ratio to an anchor measured in this run):",
    ...aims.map((aim) => `  ${formatAim(aim)}`),
    `${held} of ${aims.length} aims hold`,
  ];
}

export interface ProcessTiming {
  ms: number;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Wall time of one process from spawn to exit, measured by this (otherwise idle) process. */
export function timeProcess(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ProcessTiming> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (exitCode) =>
      resolve({ ms: performance.now() - start, exitCode, stdout, stderr }),
    );
  });
}

/** The median wall time of `runs` runs; a failed run is an error that shows its output. */
export async function medianProcessMs(
  runs: number,
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ ms: number; runs: number[] }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const timing = await timeProcess(command, args, options);
    if (timing.exitCode !== 0)
      throw new Error(
        `${command} ${args.join(" ")} exited ${String(timing.exitCode)}: ${timing.stderr.slice(-2000)}`,
      );
    times.push(timing.ms);
  }
  return { ms: median(times), runs: times };
}

export const ms = (label: string, value: number): Figure => ({ label, value, unit: "ms" });
export const mib = (label: string, value: number): Figure => ({ label, value, unit: "MiB" });
export const requests = (label: string, value: number): Figure => ({
  label,
  value,
  unit: "requests",
});
