import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    reporters: ["default", "./test/summary-reporter.ts"],
    // @actions/workflow-parser imports its JSON schemas without import attributes, which Node
    // refuses; inlined, vite loads them.
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
