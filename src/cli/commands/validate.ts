import { z } from "zod";
import { formatDiagnostics, type Diagnostic } from "../../core/diagnostics.js";
import type { Project } from "../../config/project.js";
import { loadProjectWithPipelinesDiagnostics } from "../../partitions/project-products.js";
import { formatFlag, parseFlags, type Command, expectNoArguments } from "../command.js";

const FlagsSchema = z.object({ format: formatFlag });

export const validateCommand: Command = {
  name: "validate",
  usage: "[--format text|json|github]",
  details: `--format text     file:line:column: severity: field: message, then a count line (default)
--format json     { "errors": [...], "warnings": [...] }, each with file, line, column, path, message
--format github   ::error / ::warning workflow annotations, then a count line
Exit code: 1 when there is any error, 0 when there are only warnings or none.`,
  options: { format: { type: "string" } },
  async run(context) {
    const { format } = parseFlags(FlagsSchema, context.flags);
    expectNoArguments(context, "validate");
    const { project, diagnostics } = await loadProjectWithPipelinesDiagnostics(context.root);
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    if (format === "json") {
      context.stdout.write(`${formatDiagnostics(diagnostics, "json")}\n`);
    } else {
      const lines = diagnostics.length > 0 ? `${formatDiagnostics(diagnostics, format)}\n` : "";
      context.stdout.write(`${lines}${summaryLine(project, diagnostics)}\n`);
    }
    return errors > 0 ? 1 : 0;
  },
};

function summaryLine(project: Project, diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const checked =
    `${plural(project.products.length, "product")}, ${plural(project.recipes.size, "recipe")}, ` +
    `${plural(project.templates.size, "ingest template")}`;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")} (checked ${checked})`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
