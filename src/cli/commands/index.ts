import type { Command } from "../command.js";

/** Every CLI command. Each lives in its own file beside this one; add it here. */
export const commands: Command[] = [];
