import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadProjectWithPipelines } from "../../src/partitions/project-products.js";
import { discoverProducts } from "../../src/github/discover.js";
import { parsePartitionInput } from "../../src/github/partition-input.js";
import type { ProjectView } from "../../src/github/project-view.js";

let project: ProjectView;
beforeAll(async () => {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-partition-input-"));
  await fs.mkdir(path.join(root, "products"));
  const daily =
    "build_command: echo\n    partitions: { daily: { start: 2025-01-01, end: 2025-01-10 } }";
  await fs.writeFile(
    path.join(root, "products", "products.yml"),
    `products:\n  - id: bars\n    ${daily}\n  - id: quotes\n    ${daily}\n`,
  );
  project = (await loadProjectWithPipelines(root)).project;
});

const items = (select: string, partition: string) =>
  discoverProducts(project, select, parsePartitionInput(partition)).matrix.include.flatMap((e) =>
    e.items.map(([p, k]) => `${p}@${k}`),
  );

describe("the matrix command's partition input as the sense command writes it", () => {
  it("gives each selected product exactly its keys", () => {
    expect(
      items("bars,quotes", '{"bars":["2025-01-02","2025-01-03"],"quotes":["2025-01-05"]}').sort(),
    ).toEqual(["bars@2025-01-02", "bars@2025-01-03", "quotes@2025-01-05"]);
    expect(items("bars,quotes", "2025-01-02").sort()).toEqual([
      "bars@2025-01-02",
      "quotes@2025-01-02",
    ]);
  });

  it("refuses keys for a product not selected, a selected product without keys, bad JSON and shapes", () => {
    expect(() => items("bars", '{"bars":["2025-01-02"],"quotes":["2025-01-05"]}')).toThrow(
      'input "partition": names "quotes", which the selection does not include (selected: bars)',
    );
    expect(() => items("bars,quotes", '{"bars":["2025-01-02"]}')).toThrow(
      'input "partition": names no keys for the selected product "quotes"',
    );
    expect(() => parsePartitionInput("{bars")).toThrow(/starts with "\{" but is not JSON/);
    expect(() => parsePartitionInput('{"bars":[]}')).toThrow(/input "partition": bars: /);
    expect(() => items("bars", '{"bars":["2031-01-01"]}')).toThrow(/product bars/);
  });
});
