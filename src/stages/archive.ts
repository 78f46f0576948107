import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import fs from "node:fs/promises";
import path from "node:path";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import type { ProcessRunner } from "../process/runner.js";
import { listFiles } from "./files.js";

/** Archive timestamps are fixed so the same files give the same archive. */
const ARCHIVE_MTIME = 0;

export interface ArchiveOptions {
  runner: ProcessRunner;
  /** Directory whose files are archived, paths relative to it. */
  dir: string;
  /** Top-level names in `dir` to leave out (the archive itself). */
  exclude: string[];
  archive: string;
  signal: AbortSignal;
  /** `auto` uses GNU tar when installed; `node` always uses the built-in writer. */
  method?: "auto" | "node";
}

/**
 * Write a reproducible `.tar.gz` of `dir`: GNU tar with sorted names, a fixed mtime and owner when
 * it is installed, otherwise a small ustar/pax writer in Node. Either way, entries are plain
 * relative paths (`manifest.json`, `output/x.csv`).
 */
export async function createArchive(options: ArchiveOptions): Promise<"gnu-tar" | "node"> {
  const entries = (await fs.readdir(options.dir))
    .filter((name) => !options.exclude.includes(name))
    .sort();
  if (options.method !== "node" && (await hasGnuTar(options.runner, options.dir))) {
    await gnuTar(options, entries);
    return "gnu-tar";
  }
  const files = (await listFiles(options.dir)).filter((f) =>
    entries.includes(f.split("/")[0] ?? ""),
  );
  await nodeTarGz(options.dir, files, options.archive);
  return "node";
}

async function hasGnuTar(runner: ProcessRunner, cwd: string): Promise<boolean> {
  let output = "";
  const result = await runner.run("tar --version", {
    cwd,
    env: process.env,
    onOutput: (chunk) => (output += chunk),
  });
  return result.exitCode === 0 && output.includes("GNU tar");
}

function quote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

async function gnuTar(options: ArchiveOptions, entries: string[]): Promise<void> {
  const names = entries.map((name) => quote(name.startsWith("-") ? `./${name}` : name)).join(" ");
  const flags = `--sort=name --mtime=@${ARCHIVE_MTIME} --owner=0 --group=0 --numeric-owner --mode=u=rwX,go=rX --format=posix --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime`;
  if (!options.archive.endsWith(".gz"))
    throw new Error(`archive name must end with .gz: ${options.archive}`);
  const tarFile = quote(options.archive.slice(0, -".gz".length));
  const command = `tar ${flags} -cf ${tarFile} ${names} && gzip -n -f ${tarFile}`;
  let errors = "";
  const result = await options.runner.run(command, {
    cwd: options.dir,
    env: { ...process.env, LC_ALL: "C" },
    signal: options.signal,
    onOutput: (chunk, stream) => {
      if (stream === "stderr") errors += chunk;
    },
  });
  if (result.exitCode !== 0)
    throw new Error(`tar failed (exit ${String(result.exitCode)}): ${errors.trim()}`);
}

async function nodeTarGz(dir: string, files: string[], archive: string): Promise<void> {
  const tar = new PassThrough();
  const written = pipeline(tar, createGzip(), createWriteStream(archive));
  const write = async (data: Buffer) => {
    if (!tar.write(data)) await once(tar, "drain");
  };
  for (const file of files) {
    const absolute = path.join(dir, ...file.split("/"));
    const { size } = await fs.stat(absolute);
    await write(entryHeaders(file, size));
    for await (const chunk of createReadStream(absolute)) await write(chunk as Buffer);
    await write(Buffer.alloc((512 - (size % 512)) % 512));
  }
  tar.end(Buffer.alloc(1024));
  await written;
}

/** A ustar header, preceded by a pax header carrying the path when it is too long for ustar. */
function entryHeaders(name: string, size: number): Buffer {
  if (Buffer.byteLength(name) <= 100) return header({ name, size, type: "0" });
  const record = paxRecord("path", name);
  const pax = header({ name: "PaxHeader", size: record.length, type: "x" });
  const padding = Buffer.alloc((512 - (record.length % 512)) % 512);
  return Buffer.concat([
    pax,
    record,
    padding,
    header({ name: name.slice(-100).replace(/^\/+/, ""), size, type: "0" }),
  ]);
}

function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body);
  while (Buffer.byteLength(`${length}${body}`) !== length)
    length = Buffer.byteLength(`${length}${body}`);
  return Buffer.from(`${length}${body}`);
}

function header(entry: { name: string; size: number; type: string }): Buffer {
  const block = Buffer.alloc(512);
  const field = (offset: number, length: number, value: string) =>
    block.write(value, offset, length, "utf8");
  const octal = (offset: number, length: number, value: number) =>
    field(offset, length, `${value.toString(8).padStart(length - 1, "0")}\0`);
  field(0, 100, entry.name);
  octal(100, 8, 0o644);
  octal(108, 8, 0);
  octal(116, 8, 0);
  octal(124, 12, entry.size);
  octal(136, 12, ARCHIVE_MTIME);
  field(148, 8, "        ");
  field(156, 1, entry.type);
  field(257, 6, "ustar\0");
  field(263, 2, "00");
  let sum = 0;
  for (const byte of block) sum += byte;
  field(148, 8, `${sum.toString(8).padStart(6, "0")}\0 `);
  return block;
}
