import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { StageName } from "../store/layout.js";

/** Every stage writes `stage.json`: its own timing plus those of the stages before it, carried forward. */
export const STAGE_RECORD = "stage.json";

const TimingSchema = z.object({
  stage: z.string(),
  runId: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  durationMs: z.number(),
});
const StageRecordSchema = z.object({ timings: z.array(TimingSchema) });
export type StageTiming = z.infer<typeof TimingSchema>;

/** The timings recorded in an upstream stage's output; empty when it has none or it is unreadable. */
export async function readTimings(stageDir: string): Promise<StageTiming[]> {
  try {
    const text = await fs.readFile(path.join(stageDir, STAGE_RECORD), "utf8");
    const parsed = StageRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.timings : [];
  } catch {
    return [];
  }
}

export function timing(
  stage: StageName,
  runId: string,
  started: Date,
  finished = new Date(),
): StageTiming {
  return {
    stage,
    runId,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - started.getTime(),
  };
}

export async function writeStageRecord(outDir: string, timings: StageTiming[]): Promise<void> {
  await fs.writeFile(path.join(outDir, STAGE_RECORD), `${JSON.stringify({ timings }, null, 2)}\n`);
}
