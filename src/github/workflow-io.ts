/** What a GitHub job can say: log lines, groups, annotations, step outputs, the job summary. */
export interface WorkflowIo {
  info(line: string): void;
  group(title: string, lines: readonly string[]): void;
  annotate(kind: "error" | "warning" | "notice", message: string, props?: AnnotationProps): void;
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): Promise<void>;
}

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/** Keeps everything said, for tests and for callers that render it later. */
export class RecordingWorkflowIo implements WorkflowIo {
  readonly lines: string[] = [];
  readonly annotations: { kind: string; message: string; props: AnnotationProps }[] = [];
  readonly outputs = new Map<string, string>();
  summary = "";

  info(line: string): void {
    this.lines.push(line);
  }

  group(title: string, lines: readonly string[]): void {
    this.lines.push(`::group::${title}`, ...lines, "::endgroup::");
  }

  annotate(
    kind: "error" | "warning" | "notice",
    message: string,
    props: AnnotationProps = {},
  ): void {
    this.annotations.push({ kind, message, props });
  }

  setOutput(name: string, value: string): void {
    this.outputs.set(name, value);
  }

  async appendSummary(markdown: string): Promise<void> {
    this.summary += markdown;
  }
}

/** Escape text for a markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
