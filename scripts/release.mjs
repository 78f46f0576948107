#!/usr/bin/env node
// Prepare a release: node scripts/release.mjs X.Y.Z [--root DIR] [--no-build]
//
// Bumps package.json (and package-lock.json), points every `lifecycle-dev/lifecycle…@v…`
// self-reference in .github/workflows/ and docs/ at the new tag, dates the CHANGELOG's Unreleased
// section, rebuilds build/ and dist/, and prints the git commands that tag and push the release
// (vX.Y.Z and the moving major tag vX). It never runs git itself. The init scaffold needs no
// rewrite: it takes its tag from package.json (src/core/release.ts).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const SEMVER = /^\d+\.\d+\.\d+$/;
/** `lifecycle-dev/lifecycle@v1.2.3` and `lifecycle-dev/lifecycle/.github/workflows/x.yml@v1.2.3`. */
export const SELF_REFERENCE = /(lifecycle-dev\/lifecycle(?:\/[\w./-]+)?)@v\d+\.\d+\.\d+\b/g;
/** Folders whose text files may pin lifecycle. */
export const REFERENCE_DIRS = [".github/workflows", "docs"];

export function textFiles(root) {
  return REFERENCE_DIRS.flatMap((dir) => {
    const full = path.join(root, dir);
    if (!fs.existsSync(full)) return [];
    return fs
      .readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ya?ml|md)$/.test(e.name))
      .map((e) => path.join(e.parentPath, e.name));
  });
}

/** Every self-reference as { file, line, ref } (ref: the text after `@`). */
export function selfReferences(root) {
  return textFiles(root).flatMap((file) =>
    fs
      .readFileSync(file, "utf8")
      .split("\n")
      .flatMap((text, i) =>
        [...text.matchAll(SELF_REFERENCE)].map((m) => ({
          file: path.relative(root, file),
          line: i + 1,
          ref: m[0].slice(m[0].lastIndexOf("@") + 1),
        })),
      ),
  );
}

export function rewriteReferences(root, version) {
  const changed = [];
  for (const file of textFiles(root)) {
    const text = fs.readFileSync(file, "utf8");
    const next = text.replace(SELF_REFERENCE, (_, target) => `${target}@v${version}`);
    if (next === text) continue;
    fs.writeFileSync(file, next);
    changed.push(path.relative(root, file));
  }
  return changed;
}

function bumpJson(file, version) {
  if (!fs.existsSync(file)) return;
  const json = JSON.parse(fs.readFileSync(file, "utf8"));
  json.version = version;
  if (json.packages?.[""]) json.packages[""].version = version;
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}

/** `## [Unreleased]` keeps its place on top; what it held becomes `## [X.Y.Z] - date`. */
export function dateChangelog(text, version, date) {
  const heading = "## [Unreleased]";
  if (!text.includes(heading)) throw new Error(`CHANGELOG.md has no "${heading}" section`);
  if (text.includes(`## [${version}]`)) throw new Error(`CHANGELOG.md has ${version} already`);
  return text.replace(heading, `${heading}\n\n## [${version}] - ${date}`);
}

export function tagCommands(version) {
  const major = `v${version.split(".")[0]}`;
  return [
    `git commit -am "Release v${version}"`,
    `git tag -a v${version} -m "lifecycle v${version}"`,
    `git tag -f ${major} v${version}^{commit}`,
    `git push origin HEAD v${version}`,
    `git push -f origin ${major}`,
  ];
}

export function release(root, version, { build = true, date = new Date() } = {}) {
  if (!SEMVER.test(version)) throw new Error(`version must be X.Y.Z (received "${version}")`);
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  if (manifest.version === version) throw new Error(`package.json is at ${version} already`);
  bumpJson(path.join(root, "package.json"), version);
  bumpJson(path.join(root, "package-lock.json"), version);
  const changed = rewriteReferences(root, version);
  const changelog = path.join(root, "CHANGELOG.md");
  const day = date.toISOString().slice(0, 10);
  fs.writeFileSync(changelog, dateChangelog(fs.readFileSync(changelog, "utf8"), version, day));
  if (build) {
    fs.rmSync(path.join(root, "dist"), { recursive: true, force: true });
    for (const script of ["build", "bundle"])
      execFileSync("npm", ["run", script], { cwd: root, stdio: "inherit" });
  }
  return { previous: manifest.version, changed, commands: tagCommands(version) };
}

function main(argv) {
  const args = [...argv];
  const flag = (name) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    return args.splice(i, name === "--root" ? 2 : 1)[1] ?? true;
  };
  const root = path.resolve(
    flag("--root") ?? path.join(path.dirname(fileURLToPath(import.meta.url)), ".."),
  );
  const build = flag("--no-build") === undefined;
  const [version, ...extra] = args;
  if (!version || extra.length > 0) {
    process.stderr.write("usage: node scripts/release.mjs X.Y.Z [--root DIR] [--no-build]\n");
    return 2;
  }
  try {
    const result = release(root, version, { build });
    process.stdout.write(
      `lifecycle ${result.previous} -> ${version}; self-references rewritten in:\n` +
        result.changed.map((f) => `  ${f}\n`).join("") +
        `Check CHANGELOG.md and git diff, then tag and push:\n` +
        result.commands.map((c) => `  ${c}\n`).join(""),
    );
    return 0;
  } catch (error) {
    process.stderr.write(`release: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = main(process.argv.slice(2));
