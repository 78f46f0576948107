// Bundles the status site's browser code (src/ui/web, TypeScript) into one classic script that runs
// from file:// (module scripts do not): build/src/ui/web/app.js, which `lifecycle ui` copies.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
await build({
  entryPoints: [path.join(root, "src/ui/web/main.ts")],
  // An argument: another place, e.g. the action's dist/ui/app.js (`npm run bundle`).
  outfile: path.resolve(root, process.argv[2] ?? "build/src/ui/web/app.js"),
  bundle: true,
  format: "iife",
  target: "es2022",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
});
