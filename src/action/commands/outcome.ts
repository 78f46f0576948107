/** How a command ended: `ok: false` fails the step with `message`. */
export interface CommandOutcome {
  ok: boolean;
  message?: string;
}
