import cliTruncate from "cli-truncate";

// Apart from terminal.ts: cli-truncate (string-width, its tables) costs ~40 ms to load, and only
// the live progress line needs it.

/** `text` cut to `columns` display columns (wide characters and colour codes counted right). */
export function fitToWidth(text: string, columns: number): string {
  return cliTruncate(text, Math.max(1, columns), { position: "end" });
}
