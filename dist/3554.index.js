export const id = 3554;
export const ids = [3554];
export const modules = {

/***/ 63554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ingestCommand: () => (/* binding */ ingestCommand),
  stageCommand: () => (/* binding */ stageCommand),
  summaryCommand: () => (/* binding */ summaryCommand)
});

// EXTERNAL MODULE: ./src/partitions/project-products.ts
var project_products = __webpack_require__(93191);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/engine/materialize.ts + 3 modules
var materialize = __webpack_require__(96402);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/store/layout.ts
var store_layout = __webpack_require__(5891);
;// CONCATENATED MODULE: ./src/github/ingest-cache.ts



/** Bump to drop every cache entry written in an older layout. */
const CACHE_FORMAT = "v1";
function datasetCacheKey(template, version) {
    return `${datasetCachePrefix(template)}${(0,store_layout/* safeSegment */.LX)(version)}`;
}
/** Ends with `/`, which ids never contain, so one template's prefix never matches another's keys. */
function datasetCachePrefix(template) {
    return `lifecycle-ingest-${CACHE_FORMAT}/${(0,store_layout/* safeSegment */.LX)(template)}/`;
}
/**
 * Where a template's cache entry is staged. The GitHub cache restores files to the paths they
 * were saved from, so every version of a template goes through this same folder, holding
 * `<version>/`.
 */
function cacheStagingDir(stagingRoot, template) {
    return external_node_path_default().join(stagingRoot, (0,store_layout/* safeSegment */.LX)(template));
}
/** Save one ingested dataset version from the store to the cache. */
async function saveDataset(context, template, version) {
    const staging = cacheStagingDir(context.stagingRoot, template);
    await promises_default().rm(staging, { recursive: true, force: true });
    const source = context.layout.datasetVersionDir(template, version);
    await promises_default().cp(source, external_node_path_default().join(staging, (0,store_layout/* safeSegment */.LX)(version)), { recursive: true });
    const key = datasetCacheKey(template, version);
    await context.cache.save(key, staging);
    await promises_default().rm(staging, { recursive: true, force: true });
    return key;
}
/**
 * Restore a dataset into the store: the pinned `version` when cached, else the newest version.
 * Undefined when the cache holds no version of the template.
 */
async function restoreDataset(context, template, version) {
    const staging = cacheStagingDir(context.stagingRoot, template);
    await promises_default().rm(staging, { recursive: true, force: true });
    const prefix = datasetCachePrefix(template);
    const key = version === undefined ? `${prefix}latest` : datasetCacheKey(template, version);
    const restored = await context.cache.restore(key, staging, [prefix]);
    if (restored === undefined)
        return undefined;
    const versionDir = restored.slice(prefix.length);
    if (!/^[A-Za-z0-9_=+%-][A-Za-z0-9._=+%-]*$/.test(versionDir)) {
        throw new Error(`cache key ${JSON.stringify(restored)} does not end with a version`);
    }
    const target = external_node_path_default().join(context.layout.datasetDir(template), versionDir);
    await promises_default().rm(target, { recursive: true, force: true });
    await promises_default().mkdir(external_node_path_default().dirname(target), { recursive: true });
    await promises_default().cp(external_node_path_default().join(staging, versionDir), target, { recursive: true });
    await promises_default().rm(staging, { recursive: true, force: true });
    return { template, key: restored, versionDir };
}

// EXTERNAL MODULE: ./src/github/workflow-io.ts
var workflow_io = __webpack_require__(41563);
;// CONCATENATED MODULE: ./src/github/reporter.ts

const MAX_LOG_LINES_IN_ANNOTATION = 20;
const MAX_METADATA_FIELDS = 4;
/**
 * Reports a run in a GitHub job: each task's log in a collapsed group (buffered, so concurrent
 * tasks do not interleave), an error annotation per failure, and a summary table at the end.
 */
class GitHubRunReporter {
    io;
    rows = [];
    logs = new Map();
    failed = 0;
    constructor(io) {
        this.io = io;
    }
    report(event) {
        switch (event.type) {
            case "run-planned":
                this.io.info(`lifecycle: ${event.tasks.length} tasks${event.dryRun ? " (dry run)" : ""}`);
                for (const task of event.tasks)
                    this.io.info(`  ${task.asset} @ ${task.partition}`);
                return;
            case "task-started":
                this.logs.set(event.task.id, []);
                this.io.info(`started ${label(event.task)}`);
                return;
            case "task-log": {
                const lines = this.logs.get(event.task.id) ?? [];
                lines.push(event.line);
                this.logs.set(event.task.id, lines);
                return;
            }
            case "task-skipped":
                return this.finish(event.task, "skipped (up to date)", event.record);
            case "task-succeeded":
                return this.finish(event.task, "success", event.record);
            case "task-failed":
                this.failed += 1;
                this.annotateFailure(event.task, event.error);
                return this.finish(event.task, "failed", event.record);
            case "task-cancelled":
                this.failed += 1;
                return this.finish(event.task, "cancelled", event.record);
            case "task-blocked":
                return this.finish(event.task, `blocked by ${event.blockedBy}`, undefined);
            case "run-finished": {
                const s = event.summary;
                this.io.info(`lifecycle: ${s.success} succeeded, ${s.skipped} skipped, ${s.failed} failed, ${s.cancelled} cancelled, ${s.blocked} blocked in ${(0,workflow_io/* formatDuration */.a3)(event.durationMs)}`);
                return;
            }
        }
    }
    finish(task, status, record) {
        const lines = this.logs.get(task.id) ?? [];
        this.logs.delete(task.id);
        const duration = record ? ` in ${(0,workflow_io/* formatDuration */.a3)(record.durationMs)}` : "";
        this.io.group(`${label(task)}: ${status}${duration}`, lines);
        this.rows.push({
            asset: task.asset,
            partition: task.partition,
            status,
            durationMs: record?.durationMs,
            metadata: record ? metadataText(record.metadata) : "",
        });
    }
    annotateFailure(task, error) {
        const tail = (this.logs.get(task.id) ?? []).slice(-MAX_LOG_LINES_IN_ANNOTATION);
        const message = tail.length > 0 ? `${error}\n\nlast lines of output:\n${tail.join("\n")}` : error;
        this.io.annotate("error", message, { title: `${label(task)} failed` });
    }
    /** The markdown table of every task finished so far. */
    summaryTable() {
        if (this.rows.length === 0)
            return "_Nothing ran._\n";
        const head = "| asset | partition | status | duration | metadata |\n| --- | --- | --- | --- | --- |\n";
        const body = this.rows
            .map((r) => {
            const duration = r.durationMs === undefined ? "" : (0,workflow_io/* formatDuration */.a3)(r.durationMs);
            return `| ${(0,workflow_io/* cell */.Hn)(r.asset)} | ${(0,workflow_io/* cell */.Hn)(r.partition)} | ${(0,workflow_io/* cell */.Hn)(r.status)} | ${duration} | ${(0,workflow_io/* cell */.Hn)(r.metadata)} |`;
        })
            .join("\n");
        return `${head}${body}\n`;
    }
}
function label(task) {
    return `${task.asset} @ ${task.partition}`;
}
function metadataText(metadata) {
    return Object.entries(metadata)
        .filter(([, v]) => v === null || ["string", "number", "boolean"].includes(typeof v))
        .slice(0, MAX_METADATA_FIELDS)
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join(", ");
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/store/store.ts
var store_store = __webpack_require__(81644);
;// CONCATENATED MODULE: ./src/github/object-store-job.ts





/*
 * A stage job against an object store (s3://): the engine opens the store itself for each run;
 * the job opens it around that run only for what the engine cannot see from the Actions side:
 * the datasets ingested into the Actions cache (seeded into the store before plan), and the
 * records and manifests the run summary needs (read back after the stage).
 */
function isObjectStore(store) {
    return (0,store_store/* isS3Url */.At)(store);
}
async function withStore(url, root, only, use) {
    const store = await (0,store_store/* openStore */.Ch)(url, { root, env: process.env, only });
    try {
        return await use(store);
    }
    finally {
        await store.close();
    }
}
/**
 * Restore the datasets the items read from the Actions cache (`restore`, into a scratch layout)
 * and commit into the store every version it does not hold yet; the store's own copy wins.
 */
async function seedDatasets(url, root, runId, restore) {
    const scratch = new store_layout/* StoreLayout */.Eh(await promises_default().mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), "lifecycle-seed-")));
    try {
        const dirs = await restore(scratch);
        if (dirs.length === 0)
            return;
        await withStore(url, root, (u) => u.startsWith("ingest/"), async (store) => {
            for (const dir of dirs) {
                const target = external_node_path_default().join(store.layout.root, external_node_path_default().relative(scratch.root, dir));
                if (await exists(target))
                    continue;
                await promises_default().mkdir(external_node_path_default().dirname(target), { recursive: true });
                await promises_default().cp(dir, target, { recursive: true });
            }
            await store.commitDatasets(runId);
        });
    }
    finally {
        await promises_default().rm(scratch.root, { recursive: true, force: true });
    }
}
/** The store's package manifests and event lines of `items`, as `pack` reads them from a layout. */
async function readBackForRecords(url, root, items, pack) {
    const names = new store_layout/* StoreLayout */.Eh("");
    const units = new Set(items.map((i) => external_node_path_default().relative("", names.stageDir(i.product, i.partition, "package"))));
    return withStore(url, root, (u) => units.has(u), async (store) => {
        const lines = (await store.events.readAll()).map((r) => JSON.stringify(r));
        return pack(store.layout, lines);
    });
}
async function exists(file) {
    return promises_default().stat(file).then(() => true, () => false);
}

// EXTERNAL MODULE: ./src/github/project-view.ts
var project_view = __webpack_require__(84666);
;// CONCATENATED MODULE: ./src/github/stage-transfer.ts




const ARTIFACT_PREFIX = "lc-";
const NAME_PATTERN = /^lc-(plan|load|build|package)-([A-Za-z0-9_.]+)-a(\d+)$/;
/** `lc-<stage>-<entry key>-a<run attempt>`: unique per run attempt, as GitHub requires. */
function stageArtifactName(stage, entryKey, attempt) {
    if (!/^[A-Za-z0-9_.]+$/.test(entryKey))
        throw new Error(`invalid matrix entry key ${entryKey}`);
    return `${ARTIFACT_PREFIX}${stage}-${entryKey}-a${attempt}`;
}
/**
 * `lcr-<stage>-<entry key>-a<run attempt>`: the small artifact of a stage job's records (and package
 * manifests), uploaded even when the stage failed, for the run's summary. `lcr-` never matches `lc-*`.
 */
function recordsArtifactName(stage, entryKey, attempt) {
    return `lcr-${stageArtifactName(stage, entryKey, attempt).slice(ARTIFACT_PREFIX.length)}`;
}
const RECORDS_PREFIX = "lcr-";
/** The `pattern` for actions/download-artifact that fetches every stage artifact of one entry. */
function entryArtifactPattern(entryKey) {
    return `${ARTIFACT_PREFIX}*-${entryKey}-a*`;
}
function parseName(name) {
    const match = NAME_PATTERN.exec(name);
    if (!match)
        return undefined;
    const stage = store_layout/* STAGES */.an.find((s) => s === match[1]);
    if (!stage || match[2] === undefined)
        return undefined;
    return { stage, key: match[2], attempt: Number(match[3]) };
}
/**
 * Copy what `stage` made for `items` (plus their event records, plus `extraDirs` such as restored
 * datasets) into `dir`, laid out as a store, ready to upload as one artifact.
 */
async function packStageOutputs(options) {
    const { layout, items, stage, dir } = options;
    await promises_default().mkdir(dir, { recursive: true });
    const copy = async (source) => {
        const rel = external_node_path_default().relative(layout.root, source);
        if (rel.startsWith("..") || external_node_path_default().isAbsolute(rel))
            throw new Error(`${source} is outside the store`);
        await promises_default().cp(source, external_node_path_default().join(dir, rel), { recursive: true });
    };
    for (const item of items) {
        const source = layout.stageDir(item.product, item.partition, stage);
        if (await stage_transfer_exists(source))
            await copy(source);
    }
    for (const extra of options.extraDirs ?? [])
        await copy(extra);
    await assertUploadable(dir);
    const lines = await eventLinesFor(layout, items, undefined);
    if (lines.length > 0)
        await promises_default().writeFile(external_node_path_default().join(dir, "events.jsonl"), `${lines.join("\n")}\n`);
}
/** What actions/upload-artifact (@actions/artifact) rejects in a file's path, as it names them. */
const REJECTED_IN_ARTIFACT_PATHS = new Map([
    ['"', "double quote"],
    [":", "colon"],
    ["<", "less than"],
    [">", "greater than"],
    ["|", "vertical bar"],
    ["*", "asterisk"],
    ["?", "question mark"],
    ["\r", "carriage return"],
    ["\n", "line feed"],
]);
/** Why upload-artifact would reject this relative path, or undefined when it takes it. */
function artifactPathProblem(relative) {
    for (const [char, name] of REJECTED_IN_ARTIFACT_PATHS) {
        if (relative.includes(char))
            return `contains a ${name} (${JSON.stringify(char)})`;
    }
    return undefined;
}
/**
 * Fail before the upload, naming the file, when actions/upload-artifact would refuse it: it
 * checks every file's path and fails the whole upload on the first it rejects.
 */
async function assertUploadable(dir) {
    const entries = await promises_default().readdir(dir, { recursive: true });
    const problems = entries.flatMap((rel) => {
        const problem = artifactPathProblem(rel);
        return problem ? [`${rel.split((external_node_path_default()).sep).join("/")} ${problem}`] : [];
    });
    if (problems.length === 0)
        return;
    throw new Error(`actions/upload-artifact cannot upload ${problems.length === 1 ? "this output file" : `these ${problems.length} output files`}: ${problems.join("; ")}. Rename ${problems.length === 1 ? "it" : "them"}: artifact file paths may not contain ${[...REJECTED_IN_ARTIFACT_PATHS.values()].join(", ")}`);
}
/** Copy the items' event records and package manifests into `dir`, in the store layout. */
async function packRecords(options) {
    const { layout, items, dir } = options;
    await promises_default().mkdir(dir, { recursive: true });
    for (const item of items) {
        const manifest = external_node_path_default().join(layout.stageDir(item.product, item.partition, "package"), "manifest.json");
        if (await stage_transfer_exists(manifest))
            await promises_default().cp(manifest, external_node_path_default().join(dir, external_node_path_default().relative(layout.root, manifest)));
    }
    const lines = await eventLinesFor(layout, items, options.eventLines);
    await promises_default().writeFile(external_node_path_default().join(dir, "events.jsonl"), lines.length > 0 ? `${lines.join("\n")}\n` : "");
}
/**
 * Bring the outputs of every stage before `stage` of one matrix entry into the store, taking the
 * latest run attempt of each. Resolves to the artifact names used.
 */
async function restoreEarlierStages(options) {
    const { artifacts, layout, entryKey, stage } = options;
    const earlier = store_layout/* STAGES */.an.slice(0, store_layout/* STAGES */.an.indexOf(stage));
    const newest = new Map();
    for (const name of await artifacts.list(ARTIFACT_PREFIX)) {
        const parsed = parseName(name);
        if (!parsed || parsed.key !== entryKey || !earlier.includes(parsed.stage))
            continue;
        const current = newest.get(parsed.stage);
        if (!current || parsed.attempt > current.attempt)
            newest.set(parsed.stage, { name, attempt: parsed.attempt });
    }
    const used = [];
    for (const s of earlier) {
        const found = newest.get(s);
        if (!found)
            continue;
        await unpackInto(artifacts, found.name, layout);
        used.push(found.name);
    }
    return used;
}
/**
 * Bring the build and package outputs of the upstream legs (`upstream` keys, or `["*"]`: every
 * other leg whose artifacts were downloaded) into the store, the newest attempt of each: a plan or
 * load of a product that reads another product's output finds it as if built here.
 */
async function restoreUpstream(options) {
    const { artifacts, layout, entryKey, upstream } = options;
    const wanted = (key) => key !== entryKey && (upstream.includes("*") || upstream.includes(key));
    const newest = new Map();
    for (const name of await artifacts.list(ARTIFACT_PREFIX)) {
        const parsed = parseName(name);
        if (!parsed || !wanted(parsed.key))
            continue;
        if (parsed.stage !== "build" && parsed.stage !== "package")
            continue;
        const id = `${parsed.stage}\u0000${parsed.key}`;
        const current = newest.get(id);
        if (!current || parsed.attempt > current.attempt)
            newest.set(id, { name, ...parsed });
    }
    const ordered = [...newest.values()].sort((a, b) => a.stage === b.stage ? a.name.localeCompare(b.name) : a.stage === "build" ? -1 : 1);
    for (const found of ordered)
        await unpackInto(artifacts, found.name, layout);
    return ordered.map((f) => f.name);
}
async function unpackInto(artifacts, name, layout) {
    const scratch = external_node_path_default().join(layout.tmpDir, `artifact-${(0,external_node_crypto_.randomUUID)()}`);
    try {
        await artifacts.download(name, scratch);
        const events = external_node_path_default().join(scratch, "events.jsonl");
        const lines = (await stage_transfer_exists(events)) ? await promises_default().readFile(events, "utf8") : "";
        await promises_default().rm(events, { force: true });
        await promises_default().cp(scratch, layout.root, { recursive: true, force: true });
        await appendNewLines(layout.eventsFile, lines);
    }
    finally {
        await promises_default().rm(scratch, { recursive: true, force: true });
    }
}
async function eventLinesFor(layout, items, given) {
    const text = given !== undefined
        ? given.join("\n")
        : (await stage_transfer_exists(layout.eventsFile))
            ? await promises_default().readFile(layout.eventsFile, "utf8")
            : "";
    const wanted = new Set(items.map((i) => `${i.product}\u0000${i.partition}`));
    return text.split("\n").filter((line) => {
        const record = parseRecord(line);
        if (!record)
            return false;
        const product = record.asset.slice(0, record.asset.lastIndexOf("."));
        return wanted.has(`${product}\u0000${record.partition}`);
    });
}
function parseRecord(line) {
    if (line.trim() === "")
        return undefined;
    try {
        const value = JSON.parse(line);
        if (typeof value !== "object" || value === null)
            return undefined;
        if (!("asset" in value) || !("partition" in value))
            return undefined;
        const { asset, partition } = value;
        return typeof asset === "string" && typeof partition === "string"
            ? { asset, partition }
            : undefined;
    }
    catch {
        return undefined;
    }
}
async function appendNewLines(file, text) {
    const incoming = text.split("\n").filter((l) => l.trim() !== "");
    if (incoming.length === 0)
        return;
    const existing = new Set(((await stage_transfer_exists(file)) ? await promises_default().readFile(file, "utf8") : "").split("\n"));
    const fresh = incoming.filter((l) => !existing.has(l));
    if (fresh.length === 0)
        return;
    await promises_default().mkdir(external_node_path_default().dirname(file), { recursive: true });
    await promises_default().appendFile(file, `${fresh.join("\n")}\n`);
}
async function stage_transfer_exists(p) {
    try {
        await promises_default().access(p);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/github/stage-job.ts










/**
 * One matrix job: bring in what earlier jobs of this entry made (and, for `plan`, the ingested
 * datasets from the cache), run `stage` for every item, then hand what it made to the next job.
 */
async function runStageJob(options) {
    const { project, store, stage, items, io } = options;
    const layout = new store_layout/* StoreLayout */.Eh(store);
    const viaArtifacts = options.handover === "artifacts";
    if (viaArtifacts)
        await restoreHandedOver(options, layout);
    const objectStore = isObjectStore(store);
    const restore = (into) => restoreDatasets({ cache: options.cache, layout: into, stagingRoot: options.cacheStagingRoot }, project, items, io);
    const runId = options.runId ?? `gh-${(0,external_node_crypto_.randomUUID)()}`;
    if (stage === "plan" && objectStore)
        await seedDatasets(store, project.root, runId, restore);
    const datasetDirs = stage === "plan" && !objectStore ? await restore(layout) : [];
    const reporter = new GitHubRunReporter(io);
    let ok = true;
    for (const [partition, products] of byPartition(items)) {
        const result = await options.materialize({
            root: project.root,
            store,
            select: products.map((p) => `${p}.${stage}`).join(","),
            partition,
            force: options.force,
            stages: [stage],
            reporter,
            signal: options.signal,
            runId,
            lock: { log: (line) => io.info(line) },
        });
        ok &&= result.ok;
    }
    const made = [...items, ...madeBy(reporter, stage)];
    const artifactName = stageArtifactName(stage, options.entryKey, options.attempt);
    const recordsName = recordsArtifactName(stage, options.entryKey, options.attempt);
    // Records first: the run summary gets them even when the outputs cannot be handed over.
    const records = (from, eventLines) => withScratch(from, (dir) => packRecords({ layout: from, items: made, dir, eventLines }).then(() => options.artifacts.upload(recordsName, dir)));
    await (objectStore ? readBackForRecords(store, project.root, made, records) : records(layout));
    if (!viaArtifacts)
        return { ok, artifactName: "", recordsName, reporter };
    try {
        await withScratch(layout, (dir) => packStageOutputs({ layout, items: made, stage, dir, extraDirs: datasetDirs }).then(() => options.artifacts.upload(artifactName, dir)));
    }
    catch (error) {
        io.annotate("error", (0,errors/* errorMessage */.gJ)(error), { title: `${stage} outputs not handed over` });
        return { ok: false, artifactName: "", recordsName, reporter };
    }
    return { ok, artifactName, recordsName, reporter };
}
/** What earlier jobs of this leg made, and (plan, load) what the upstream legs built and packaged. */
async function restoreHandedOver(options, layout) {
    const { artifacts, entryKey, stage, io } = options;
    const restored = await restoreEarlierStages({ artifacts, layout, entryKey, stage });
    io.info(`restored ${restored.length ? restored.join(", ") : "no earlier stage outputs"}`);
    if ((stage !== "plan" && stage !== "load") || !options.upstream?.length)
        return;
    const upstream = await restoreUpstream({
        artifacts,
        layout,
        entryKey,
        upstream: options.upstream,
    });
    io.info(`restored upstream ${upstream.length ? upstream.join(", ") : "nothing (no artifact)"}`);
}
async function withScratch(layout, use) {
    const dir = external_node_path_default().join(layout.tmpDir, `pack-${(0,external_node_crypto_.randomUUID)()}`);
    try {
        await use(dir);
    }
    finally {
        await promises_default().rm(dir, { recursive: true, force: true });
    }
}
/** The (product, partition key) pairs the run reported for `stage`: an expression may stand for several keys. */
function madeBy(reporter, stage) {
    const suffix = `.${stage}`;
    return reporter.rows
        .filter((row) => row.asset.endsWith(suffix))
        .map((row) => ({ product: row.asset.slice(0, -suffix.length), partition: row.partition }));
}
function byPartition(items) {
    const groups = new Map();
    for (const { product, partition } of items) {
        groups.set(partition, [...(groups.get(partition) ?? []), product]);
    }
    return groups;
}
/** Restore from the cache every dataset the items' recipes read; the folders restored. */
async function restoreDatasets(context, project, items, io) {
    const wanted = new Map();
    for (const { product } of items) {
        for (const use of (0,project_view/* datasetsUsedBy */.E9)(project, product))
            wanted.set(`${use.template}@${use.version ?? ""}`, use);
    }
    const dirs = new Set();
    for (const { template, version } of wanted.values()) {
        const restored = await restoreDataset(context, template, version);
        if (!restored) {
            io.annotate("warning", `no cached ingest of ${template}: run the ingest workflow for it`, {
                title: `ingest.${template} not in the cache`,
            });
            continue;
        }
        io.info(`restored ${restored.key}`);
        dirs.add(external_node_path_default().join(context.layout.datasetDir(template), restored.versionDir));
    }
    return [...dirs];
}

// EXTERNAL MODULE: ./src/store/events.ts
var events = __webpack_require__(18372);
// EXTERNAL MODULE: ./src/ui/summary-markdown.ts
var summary_markdown = __webpack_require__(52890);
;// CONCATENATED MODULE: ./src/github/run-summary.ts





const MAX_MANIFEST_CHARS = 20_000;
/** The package manifest of each item, each in a collapsed block. */
async function manifestsMarkdown(layout, items) {
    const blocks = [];
    for (const { product, partition } of items) {
        const file = external_node_path_default().join(layout.stageDir(product, partition, "package"), "manifest.json");
        const text = await readIfExists(file);
        if (text !== undefined)
            blocks.push(manifestBlock(`${product} @ ${partition}`, text));
    }
    return blocks.length === 0 ? "" : `### Package manifests\n\n${blocks.join("\n")}`;
}
function manifestBlock(title, text) {
    const shown = text.length > MAX_MANIFEST_CHARS
        ? `${text.slice(0, MAX_MANIFEST_CHARS)}\n... (truncated)`
        : text;
    return `<details><summary>${title}</summary>\n\n\`\`\`json\n${shown.trimEnd()}\n\`\`\`\n\n</details>\n`;
}
/**
 * The run's summary from its records artifacts (newest per asset and partition): totals and failures
 * first, blocked tasks, every task ordered plan -> package, then every package manifest.
 */
async function runSummaryMarkdown(artifacts, links = linksFromEnv(process.env)) {
    const latest = new Map();
    const manifests = [];
    for (const name of await artifacts.list(RECORDS_PREFIX)) {
        const dir = artifacts.pathOf(name);
        for (const record of await readRecords(external_node_path_default().join(dir, "events.jsonl"))) {
            const key = `${record.asset}\u0000${record.partition}`;
            const seen = latest.get(key);
            if (!seen || seen.end <= record.end)
                latest.set(key, record);
        }
        manifests.push(...(await findManifests(dir)));
    }
    const body = (0,summary_markdown/* renderRunSummary */.qN)([...latest.values()], links);
    return `${body}\n${manifests.length ? `### Package manifests\n\n${manifests.join("\n")}` : ""}`;
}
/** The job's own page from the runner's variables; the site from `LIFECYCLE_SITE_URL` when set. */
function linksFromEnv(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    return {
        jobUrl: server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined,
        siteUrl: env.LIFECYCLE_SITE_URL || undefined,
    };
}
async function findManifests(artifactDir) {
    const products = external_node_path_default().join(artifactDir, "products");
    const blocks = [];
    for (const product of await dirNames(products)) {
        for (const partition of await dirNames(external_node_path_default().join(products, product))) {
            const text = await readIfExists(external_node_path_default().join(products, product, partition, "package", "manifest.json"));
            if (text !== undefined)
                blocks.push(manifestBlock(`${decodeURIComponent(product)} @ ${decodeURIComponent(partition)}`, text));
        }
    }
    return blocks;
}
async function readRecords(file) {
    const text = (await readIfExists(file)) ?? "";
    return text.split("\n").flatMap((line) => {
        if (line.trim() === "")
            return [];
        try {
            const parsed = events/* EventRecordSchema */.pw.safeParse(JSON.parse(line));
            return parsed.success ? [parsed.data] : [];
        }
        catch {
            return [];
        }
    });
}
async function readIfExists(file) {
    try {
        return await promises_default().readFile(file, "utf8");
    }
    catch {
        return undefined;
    }
}
async function dirNames(dir) {
    try {
        return (await promises_default().readdir(dir, { withFileTypes: true }))
            .filter((e) => e.isDirectory())
            .map((e) => e.name)
            .sort();
    }
    catch {
        return [];
    }
}

// EXTERNAL MODULE: ./src/action/recipe-inputs.ts
var recipe_inputs = __webpack_require__(81322);
;// CONCATENATED MODULE: ./src/action/commands/run.ts









function requireEntry(context) {
    const entry = context.inputs.entry;
    if (!entry)
        throw new errors/* UsageError */.eb(`input "entry": the ${context.inputs.command} command needs the matrix entry (pass \${{ toJSON(matrix) }})`);
    return entry;
}
/** `stage`: one stage for the items of one matrix entry; or, with `dry-run`, what a selection would run. */
async function stageCommand(context) {
    const { inputs, io } = context;
    if (inputs["dry-run"])
        return dryRunCommand(context);
    const stage = inputs.stage;
    if (!stage)
        throw new errors/* UsageError */.eb(`input "stage": required by the stage command; allowed: plan, load, build, package`);
    const entry = requireEntry(context);
    const items = entry.items.flatMap((i) => i.kind === "product" ? [{ product: i.product, partition: i.partition }] : []);
    if (items.length !== entry.items.length)
        throw new errors/* UsageError */.eb(`input "entry": the stage command takes product items, not ingest items`);
    const { project } = await (0,project_products/* loadProjectWithPipelines */.f1)(context.root);
    const choice = await (0,recipe_inputs/* recipeChoice */.a)(context);
    await choice.apply(project);
    const result = await runStageJob({
        project,
        store: context.store,
        stage,
        items,
        entryKey: entry.key,
        upstream: entry.upstream,
        handover: context.sharedStore ? "store" : "artifacts",
        attempt: context.attempt,
        artifacts: context.artifacts,
        cache: context.cache,
        cacheStagingRoot: context.cacheStagingRoot,
        materialize: choice.wrap(materialize.materialize),
        io,
        force: inputs.force,
        signal: context.signal,
        runId: context.runId,
    });
    io.setOutput("artifact-name", result.artifactName);
    const artifactPath = result.artifactName && context.artifacts.uploadPathOf(result.artifactName);
    io.setOutput("artifact-path", artifactPath);
    io.setOutput("records-name", result.recordsName);
    io.setOutput("records-path", context.artifacts.uploadPathOf(result.recordsName));
    const manifests = stage === "package" ? await manifestsMarkdown(new store_layout/* StoreLayout */.Eh(context.store), items) : "";
    await io.appendSummary(`## lifecycle: ${stage} \`${entry.key}\`\n\n${result.reporter.summaryTable()}\n${manifests}`);
    return result.ok
        ? { ok: true }
        : { ok: false, message: `${stage} failed for ${result.reporter.failed} task(s)` };
}
async function dryRunCommand(context) {
    const { inputs, io } = context;
    const reporter = new GitHubRunReporter(io);
    const choice = await (0,recipe_inputs/* recipeChoice */.a)(context);
    const partition = choice.partition.trim() === "" ? undefined : choice.partition;
    const result = await choice.wrap(materialize.materialize)({
        root: context.root,
        store: context.store,
        select: choice.select,
        partition,
        dryRun: true,
        stages: inputs.stage ? [inputs.stage] : undefined,
        force: inputs.force,
        reporter,
        signal: context.signal,
    });
    const rows = result.tasks.map((t) => `| ${t.asset} | ${t.partition} | ${t.outcome} | ${t.reason ?? ""} |`);
    await io.appendSummary(`## lifecycle: dry run of \`${choice.select}\`\n\n| asset | partition | would | why |\n| --- | --- | --- | --- |\n${rows.join("\n")}\n`);
    return { ok: true };
}
/**
 * `ingest`: ingest the (template, version) items of one matrix entry and save each to the cache.
 * A save that fails does not stop the others; the job fails once, naming every entry not saved.
 */
async function ingestCommand(context) {
    const { io } = context;
    const entry = requireEntry(context);
    const layout = new store_layout/* StoreLayout */.Eh(context.store);
    const reporter = new GitHubRunReporter(io);
    const cacheContext = { cache: context.cache, layout, stagingRoot: context.cacheStagingRoot };
    const keys = [];
    const unsaved = [];
    let ok = true;
    for (const item of entry.items) {
        if (item.kind !== "ingest")
            throw new errors/* UsageError */.eb(`input "entry": the ingest command takes ingest items, not products`);
        const result = await (0,materialize.materialize)({
            root: context.root,
            store: context.store,
            select: `ingest.${item.template}`,
            partition: item.version,
            force: context.inputs.force,
            reporter,
            signal: context.signal,
            runId: context.runId,
            lock: { log: (line) => io.info(line) },
        });
        ok &&= result.ok;
        for (const task of result.tasks) {
            if (task.outcome !== "success" && task.outcome !== "skipped")
                continue;
            try {
                keys.push(await saveDataset(cacheContext, item.template, task.partition));
            }
            catch (error) {
                io.annotate("error", (0,errors/* errorMessage */.gJ)(error), {
                    title: `cache save failed: ${item.template} ${task.partition}`,
                });
                unsaved.push(`${item.template} ${task.partition}`);
            }
        }
    }
    io.setOutput("cache-keys", keys.join("\n"));
    const notSaved = unsaved.length > 0 ? `\nNot cached: ${unsaved.join(", ")}\n` : "";
    await io.appendSummary(`## lifecycle: ingest \`${entry.key}\`\n\n${reporter.summaryTable()}\nCached: ${keys.map((k) => `\`${k}\``).join(", ") || "nothing"}\n${notSaved}`);
    if (!ok)
        return { ok: false, message: `ingest failed for ${reporter.failed} dataset(s)` };
    if (unsaved.length > 0)
        return { ok: false, message: `could not save to the cache: ${unsaved.join(", ")}` };
    return { ok: true };
}
/** `summary`: one table of every record handed over in this run's artifacts, and the package manifests. */
async function summaryCommand(context) {
    const markdown = await runSummaryMarkdown(context.artifacts);
    await context.io.appendSummary(markdown);
    return { ok: true };
}


/***/ }),

/***/ 52890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xy: () => (/* binding */ splitError),
/* harmony export */   qN: () => (/* binding */ renderRunSummary),
/* harmony export */   wq: () => (/* binding */ byStage)
/* harmony export */ });
/* unused harmony exports formatDuration, blockedTasks */
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5891);

const LOG_TAIL_LINES = 20;
/** Escape text for a markdown table cell. */
function cell(text) {
    return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const seconds = ms / 1000;
    if (seconds < 60)
        return `${seconds.toFixed(1)} s`;
    const minutes = Math.floor(seconds / 60);
    return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
/** The stage of `product.stage` asset ids; ingest assets sort before every stage. */
function stageRank(asset) {
    const stage = asset.slice(asset.lastIndexOf(".") + 1);
    const index = _store_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGES */ .an.indexOf(stage);
    return asset.startsWith("ingest.") ? -1 : index < 0 ? _store_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGES */ .an.length : index;
}
function productOf(asset) {
    return asset.slice(0, asset.lastIndexOf("."));
}
/** Plan before load before build before package; then by product, then by partition. */
function byStage(a, b) {
    return (stageRank(a.asset) - stageRank(b.asset) ||
        productOf(a.asset).localeCompare(productOf(b.asset)) ||
        a.partition.localeCompare(b.partition));
}
/**
 * The stages after a failed or cancelled one of the same product and partition that have no record
 * of their own: the run never started them.
 */
function blockedTasks(records) {
    const seen = new Set(records.map((r) => `${r.asset}\u0000${r.partition}`));
    const blocked = [];
    for (const record of records) {
        if (record.status !== "failed" && record.status !== "cancelled")
            continue;
        const rank = stageRank(record.asset);
        if (rank < 0 || rank >= _store_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGES */ .an.length)
            continue;
        for (const stage of _store_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGES */ .an.slice(rank + 1)) {
            const asset = `${productOf(record.asset)}.${stage}`;
            if (seen.has(`${asset}\u0000${record.partition}`))
                continue;
            seen.add(`${asset}\u0000${record.partition}`);
            blocked.push({ asset, partition: record.partition, blockedBy: record.asset });
        }
    }
    return blocked.sort(byStage);
}
/** The first line of an error, and its last lines when it carries a log. */
function splitError(error) {
    const lines = (error ?? "failed, with no error recorded").trimEnd().split(/\r?\n/);
    const [line = "", ...rest] = lines;
    return { line, tail: rest.slice(-LOG_TAIL_LINES) };
}
function totalsLine(records, blocked) {
    const count = (status) => records.filter((r) => r.status === status).length;
    const parts = [
        `**${count("failed")} failed**`,
        `${blocked} blocked`,
        `${count("cancelled")} cancelled`,
        `${count("success")} succeeded`,
        `${count("skipped")} up to date`,
    ];
    return `${parts.join(" · ")} (${records.length + blocked} tasks)`;
}
function failureBlock(record, links) {
    const { line, tail } = splitError(record.error);
    const job = links.jobUrl ? ` · [job log](${links.jobUrl})` : "";
    const head = `#### ❌ \`${record.asset}\` @ \`${record.partition}\`${job}\n\n> ${line}\n`;
    if (tail.length === 0)
        return head;
    const fence = tail.some((l) => l.includes("```")) ? "~~~~" : "```";
    return `${head}\n<details open><summary>log tail</summary>\n\n${fence}\n${tail.join("\n")}\n${fence}\n\n</details>\n`;
}
function taskTable(records) {
    if (records.length === 0)
        return "_No stage job reported records in this run._\n";
    const rows = [...records]
        .sort(byStage)
        .map((r) => `| ${cell(r.asset)} | ${cell(r.partition)} | ${r.status} | ${formatDuration(r.durationMs)} |`);
    return `| asset | partition | status | duration |\n| --- | --- | --- | --- |\n${rows.join("\n")}\n`;
}
/** The run summary: totals, then each failure with its error, then blocked tasks, then every task. */
function renderRunSummary(records, links = {}) {
    const blocked = blockedTasks(records);
    const failures = records
        .filter((r) => r.status === "failed" || r.status === "cancelled")
        .sort(byStage);
    const out = [`## lifecycle: run summary\n\n${totalsLine(records, blocked.length)}\n`];
    const linkLine = [
        links.siteUrl ? `[status site](${links.siteUrl})` : "",
        links.jobUrl ? `[workflow run](${links.jobUrl})` : "",
    ].filter(Boolean);
    if (linkLine.length > 0)
        out.push(`${linkLine.join(" · ")}\n`);
    if (failures.length > 0)
        out.push(`### Failures\n\n${failures.map((r) => failureBlock(r, links)).join("\n")}`);
    if (blocked.length > 0) {
        const rows = blocked.map((b) => `| ${cell(b.asset)} | ${cell(b.partition)} | \`${cell(b.blockedBy)}\` did not succeed |`);
        out.push(`### Blocked\n\n| asset | partition | why |\n| --- | --- | --- |\n${rows.join("\n")}\n`);
    }
    out.push(`### Tasks\n\n${taskTable(records)}`);
    return out.join("\n");
}


/***/ })

};

//# sourceMappingURL=3554.index.js.map