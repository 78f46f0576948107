import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../src/action/context.js";
import { readInputs } from "../../src/action/inputs.js";
import { recipeChoice } from "../../src/action/recipe-inputs.js";
import { RecordingWorkflowIo } from "../../src/github/workflow-io.js";

let workspace: string;
const LOCK =
  "product: tiny\nrecipe: null\npartition: {key: main, version: latest, note: main}\nenv: {}\ninputs: []\n";

beforeAll(async () => {
  const outside = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-outside-"));
  await fs.writeFile(path.join(outside, "secret.lock.yml"), LOCK);
  workspace = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-workspace-"));
  await fs.mkdir(path.join(workspace, "project", "locks"), { recursive: true });
  await fs.writeFile(path.join(workspace, "project", "locks", "tiny.lock.yml"), LOCK);
  await fs.symlink(
    path.join(outside, "secret.lock.yml"),
    path.join(workspace, "project", "locks", "link.lock.yml"),
  );
});

function choice(inputs: Record<string, string>) {
  const env: NodeJS.ProcessEnv = {
    INPUT_COMMAND: "matrix",
    GITHUB_WORKSPACE: workspace,
    "INPUT_WORKING-DIRECTORY": "project",
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const context = createContext(
    readInputs(env),
    env,
    new RecordingWorkflowIo(),
    AbortSignal.timeout(5000),
  );
  return recipeChoice(context);
}

describe("the recipe and from-lock inputs", () => {
  it("refuse a path that leaves the repository as written, naming the input and the value", () => {
    for (const [input, value] of [
      ["from-lock", "../../etc/passwd"],
      ["recipe", "/etc/products/x/recipe.yml"],
      ["from-lock", "locks/../../../x.yml"],
      ["recipe", "products\\x\\recipe.yml"],
    ] as const)
      expect(() =>
        readInputs({ INPUT_COMMAND: "matrix", [`INPUT_${input.toUpperCase()}`]: value }),
      ).toThrow(
        `input "${input}": expected a relative path inside working-directory, without .. (received ${JSON.stringify(value)})`,
      );
  });

  it("refuse a symbolic link to a file outside the repository", async () => {
    await expect(choice({ "from-lock": "locks/link.lock.yml" })).rejects.toThrow(
      'input "from-lock": "locks/link.lock.yml" leads outside the repository (through a symbolic link)',
    );
  });

  it("take a lock inside working-directory: its product and partition", async () => {
    for (const file of ["locks/tiny.lock.yml", "./locks/tiny.lock.yml"]) {
      const chosen = await choice({ "from-lock": file });
      expect([chosen.select, chosen.partition]).toEqual(["tiny", "main"]);
    }
  });

  it("refuse both at once, a missing file, and a selection or partition the lock contradicts", async () => {
    await expect(
      choice({ "from-lock": "locks/tiny.lock.yml", recipe: "products/tiny/recipe.yml" }),
    ).rejects.toThrow('inputs "recipe" and "from-lock" cannot be combined');
    await expect(choice({ "from-lock": "locks/none.yml" })).rejects.toThrow(
      'input "from-lock": file not found: locks/none.yml',
    );
    await expect(choice({ "from-lock": "locks/tiny.lock.yml", select: "other" })).rejects.toThrow(
      'the lock is for product "tiny", not the selection "other"',
    );
    await expect(choice({ "from-lock": "locks/tiny.lock.yml", partition: "x" })).rejects.toThrow(
      'the lock is for partition "main", not "x"',
    );
  });
});
