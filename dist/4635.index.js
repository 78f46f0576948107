export const id = 4635;
export const ids = [4635];
export const modules = {

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ formatFlag),
/* harmony export */   Fi: () => (/* binding */ expectNoArguments),
/* harmony export */   bQ: () => (/* binding */ parseFlags)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26921);
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27135);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);



/** Validate a command's flags with a zod schema; failures become usage errors naming the flag. */
function parseFlags(schema, flags) {
    const result = schema.safeParse(flags);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const flag = issue?.path[0];
    const received = typeof flag === "string" ? flags[flag] : undefined;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--${String(flag)}: ${issue ? (0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .describeIssue */ .n6)(issue) : "is not valid"} (received ${JSON.stringify(received)})`);
}
const formatFlag = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["text", "json", "github"]).default("text");
/** For commands that take flags only: a stray argument is a usage error, with a hint. */
function expectNoArguments(context, command, hint = "") {
    if (context.positionals.length === 0)
        return;
    const received = JSON.stringify(context.positionals.join(" "));
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${command} takes no arguments (received ${received})${hint}`);
}


/***/ }),

/***/ 94970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   distributeCommand: () => (/* binding */ distributeCommand)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(26921);
/* harmony import */ var _config_project_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93879);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _distribute_distribute_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96304);
/* harmony import */ var _distribute_published_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42817);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);
/* harmony import */ var _open_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54992);







const FlagsSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1).optional(),
    destination: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1).optional(),
});
const distributeCommand = {
    name: "distribute",
    usage: "<product> [--version V] [--destination ID,...]",
    details: `  --version V        a published version (default: latest)
  --destination IDS  destination ids, comma-separated (default: the recipe's
                     distribution.destination_ids, else every destination of the product)
Destinations are declared on the product in products.yml (destinations:): socrata (the
publishing API; SOCRATA_USERNAME, SOCRATA_PASSWORD, SOCRATA_APP_TOKEN), object_store
(s3://bucket/prefix), github_release (GITHUB_TOKEN) or command. Never from a pull request.
Exit 1 when any destination failed (the others are still tried).`,
    options: { version: { type: "string" }, destination: { type: "string" } },
    async run(context) {
        const flags = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)(FlagsSchema, context.flags);
        const [product, ...rest] = context.positionals;
        if (product === undefined || rest.length > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`usage: lifecycle distribute ${distributeCommand.usage}`);
        (0,_distribute_distribute_js__WEBPACK_IMPORTED_MODULE_2__/* .refuseFromPullRequest */ .R)(context.env);
        const { project } = await (0,_config_project_js__WEBPACK_IMPORTED_MODULE_0__/* .loadProjectOrThrow */ .xI)(context.root);
        const request = {
            product,
            version: flags.version,
            destinations: flags.destination,
            env: context.env,
            signal: context.signal,
            log: (line) => context.stdout.write(`${line}\n`),
        };
        const unit = (0,_distribute_published_js__WEBPACK_IMPORTED_MODULE_3__/* .distributionUnit */ .N)(request);
        const results = await (0,_open_store_js__WEBPACK_IMPORTED_MODULE_5__/* .withOpenStore */ .y)(context, { only: (u) => u === unit }, (store) => (0,_distribute_published_js__WEBPACK_IMPORTED_MODULE_3__/* .distributePublished */ .M)(store, project, request));
        const failed = results.filter((r) => !r.ok);
        return failed.length === 0 ? 0 : 1;
    },
};


/***/ }),

/***/ 91789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ commandLock),
/* harmony export */   ep: () => (/* binding */ lockTimeoutHelp),
/* harmony export */   iU: () => (/* binding */ lockTimeoutOption),
/* harmony export */   r2: () => (/* binding */ lockTimeoutFlag)
/* harmony export */ });
/* unused harmony export withCommandLock */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26921);
/* harmony import */ var _store_events_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18372);
/* harmony import */ var _store_lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35074);



/** `--lock-timeout SECONDS` of the commands that write the store (zod, for a command's flag schema). */
const lockTimeoutFlag = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .regex(/^\d+(\.\d+)?$/, { message: "expected a number of seconds, 0 or more" })
    .transform(Number)
    .optional();
const lockTimeoutOption = { "lock-timeout": { type: "string" } };
/** The help lines of `--lock-timeout`, descriptions starting at `column` like the command's others. */
function lockTimeoutHelp(column) {
    const label = "  --lock-timeout S";
    const pad = " ".repeat(column);
    const first = label.length < column ? label.padEnd(column) : `${label}\n${pad}`;
    return `${first}if another lifecycle run is writing the store, wait up to S seconds
${pad}for it (default 0: fail at once, exit code 2, naming the other run)`;
}
/** How a CLI command holds the store lock: named after the command, messages to stderr. */
function commandLock(context, command, timeoutSeconds) {
    return {
        command,
        timeoutSeconds,
        log: (line) => context.stderr.write(`lifecycle: ${line}\n`),
    };
}
/** Run `use` holding the store lock, for commands that write the store outside `materialize`. */
function withCommandLock(context, command, timeoutSeconds, use) {
    const runId = newRunId();
    const settings = commandLock(context, command, timeoutSeconds);
    return withStoreLock({ ...settings, store: context.store, runId, signal: context.signal }, () => use(runId));
}


/***/ }),

/***/ 54992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ withStoreWriteLock),
/* harmony export */   y: () => (/* binding */ withOpenStore)
/* harmony export */ });
/* harmony import */ var _store_events_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18372);
/* harmony import */ var _store_lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35074);
/* harmony import */ var _store_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81644);
/* harmony import */ var _lock_timeout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91789);




/**
 * Open the command's store (`--store`: a directory or s3://), run `use`, then close it: for S3
 * that publishes partition changes and drops the private working directory. Only the units
 * `only` accepts are downloaded; the pointers of all of them are read, so a commit of any unit is
 * conditional on the state the command started from.
 */
async function withOpenStore(context, options, use) {
    const store = await (0,_store_store_js__WEBPACK_IMPORTED_MODULE_2__/* .openStore */ .Ch)(context.store, {
        root: context.root,
        env: context.env,
        only: options.only ?? (() => false),
    });
    try {
        return await use(store);
    }
    finally {
        await store.close();
    }
}
/**
 * `use` holding the lock of the store's working directory, for commands that write the store
 * outside `materialize`. A local store is its own working directory, so this is the store lock;
 * an S3 store's is private to this run (its units are committed conditionally instead).
 */
function withStoreWriteLock(context, store, command, timeoutSeconds, use) {
    const runId = (0,_store_events_js__WEBPACK_IMPORTED_MODULE_0__/* .newRunId */ .F$)();
    const settings = (0,_lock_timeout_js__WEBPACK_IMPORTED_MODULE_3__/* .commandLock */ .$d)(context, command, timeoutSeconds);
    return (0,_store_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .withStoreLock */ .rX)({ ...settings, store: store.layout.root, runId, signal: context.signal }, () => use(runId));
}


/***/ }),

/***/ 96304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ refuseFromPullRequest),
/* harmony export */   m: () => (/* binding */ distribute)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28772);




/** Pull requests never distribute: their code is not reviewed, and forks must not reach secrets. */
function refuseFromPullRequest(env, what = "distribution") {
    const event = env.GITHUB_EVENT_NAME ?? "";
    if (event.startsWith("pull_request"))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what} never runs from a pull request (GITHUB_EVENT_NAME=${event})`);
}
/** Send the version to each destination in turn; one failing does not stop the others. */
async function distribute(destinations, ctx) {
    const results = [];
    for (const destination of destinations) {
        const kind = (0,_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .destinationKind */ .Pr)(destination);
        try {
            const detail = await send(destination, ctx);
            ctx.log(`${destination.id}: ${detail}`);
            results.push({ id: destination.id, kind, ok: true, detail });
        }
        catch (error) {
            const detail = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error);
            ctx.log(`${destination.id}: failed: ${detail}`);
            results.push({ id: destination.id, kind, ok: false, detail });
        }
    }
    return results;
}
function send(destination, ctx) {
    if ("socrata" in destination)
        return toSocrata(destination.socrata, ctx);
    if ("object_store" in destination)
        return toObjectStore(destination.object_store.url, ctx);
    if ("github_release" in destination)
        return toGitHubRelease(destination.github_release, ctx);
    return toCommand(destination.command, ctx);
}
async function filesUnder(dir) {
    const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readdir(dir, { recursive: true, withFileTypes: true });
    return entries
        .filter((e) => e.isFile())
        .map((e) => node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(dir, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(e.parentPath, e.name)).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join("/"))
        .sort();
}
async function toObjectStore(url, ctx) {
    if (!ctx.objects)
        throw new Error("no object-store client is configured for this run");
    const files = await filesUnder(ctx.dir);
    for (const file of files)
        await ctx.objects.put(url, `${ctx.product}/${ctx.version}/${file}`, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.dir, file));
    return `${files.length} files to ${url.replace(/\/$/, "")}/${ctx.product}/${ctx.version}/`;
}
async function toCommand(command, ctx) {
    let tail = "";
    const result = await ctx.runner.run(command, {
        cwd: ctx.dir,
        env: {
            ...ctx.env,
            LIFECYCLE_PRODUCT: ctx.product,
            LIFECYCLE_VERSION: ctx.version,
            LIFECYCLE_RELEASE_DIR: ctx.dir,
        },
        signal: ctx.signal,
        onOutput: (chunk) => {
            tail = (tail + chunk).slice(-2000);
        },
    });
    if (result.exitCode !== 0) {
        const last = tail.trim().split("\n").at(-1) ?? "";
        throw new Error(`command exited ${result.exitCode ?? result.signal}${last ? `: ${last}` : ""}`);
    }
    return "command exited 0";
}
/** One request whose failure names what was being done and the status, never the credentials. */
async function call(ctx, what, request) {
    const response = await (ctx.fetch ?? fetch)(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        redirect: "manual",
        signal: ctx.signal,
    });
    const text = await response.text();
    if (!response.ok)
        throw new Error(`${what}: HTTP ${response.status} ${text.slice(0, 200)}`.trim());
    try {
        return text === "" ? {} : JSON.parse(text);
    }
    catch {
        throw new Error(`${what}: the answer is not JSON`);
    }
}
function field(value, ...keys) {
    let current = value;
    for (const key of keys)
        current = current?.[key];
    return current;
}
function link(value, name, what) {
    const found = field(value, "links", name);
    if (typeof found !== "string" || !found.startsWith("/"))
        throw new Error(`${what}: the answer has no links.${name}`);
    return found;
}
function socrataHeaders(env) {
    const headers = { "Content-Type": "application/json" };
    if (env.SOCRATA_USERNAME && env.SOCRATA_PASSWORD) {
        const token = Buffer.from(`${env.SOCRATA_USERNAME}:${env.SOCRATA_PASSWORD}`).toString("base64");
        headers.Authorization = `Basic ${token}`;
    }
    if (env.SOCRATA_APP_TOKEN)
        headers["X-App-Token"] = env.SOCRATA_APP_TOKEN;
    return headers;
}
/**
 * Replace a Socrata dataset through its publishing API: open a replace revision, make an upload
 * source, send the CSV, apply the revision. Credentials: SOCRATA_USERNAME/SOCRATA_PASSWORD (or
 * an API key pair in them) and SOCRATA_APP_TOKEN, from the environment only.
 */
async function toSocrata(d, ctx) {
    const origin = d.domain.includes("://") ? d.domain.replace(/\/$/, "") : `https://${d.domain}`;
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.dir, "output", d.file);
    const csv = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(file).catch(() => {
        throw new Error(`the published version has no output/${d.file}`);
    });
    const headers = socrataHeaders(ctx.env);
    const what = `socrata ${d.dataset}`;
    const revision = await call(ctx, `${what}: open revision`, {
        method: "POST",
        url: `${origin}/api/publishing/v1/revision/${d.dataset}`,
        headers,
        body: JSON.stringify({ action: { type: "replace", permission: "private" } }),
    });
    const source = await call(ctx, `${what}: create source`, {
        method: "POST",
        url: origin + link(revision, "create_source", `${what}: open revision`),
        headers,
        body: JSON.stringify({
            source_type: { type: "upload", filename: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(d.file) },
            parse_options: { parse_source: true },
        }),
    });
    await call(ctx, `${what}: upload`, {
        method: "POST",
        url: origin + link(source, "bytes", `${what}: create source`),
        headers: { ...headers, "Content-Type": "text/csv" },
        body: csv,
    });
    const revisionId = field(revision, "resource", "id");
    await call(ctx, `${what}: apply`, {
        method: "PUT",
        url: origin + link(revision, "apply", `${what}: open revision`),
        headers,
        body: JSON.stringify({ resource: { id: revisionId } }),
    });
    const seq = field(revision, "resource", "revision_seq");
    return `replaced ${d.dataset} on ${new URL(origin).host} with ${d.file} (revision ${String(seq)})`;
}
function githubHeaders(env) {
    const token = env.GITHUB_TOKEN ?? env.GH_TOKEN;
    if (!token)
        throw new Error("GITHUB_TOKEN is not set (the job needs contents: write and the run's token)");
    return {
        Accept: "application/vnd.github+json",
        Authorization: `Bearer ${token}`,
        "X-GitHub-Api-Version": "2022-11-28",
        "User-Agent": "lifecycle",
    };
}
/** A GitHub Release named by `tag` (with `{product}` and `{version}`), the archive attached. */
async function toGitHubRelease(d, ctx) {
    const tag = d.tag.replaceAll("{product}", ctx.product).replaceAll("{version}", ctx.version);
    const api = (ctx.env.GITHUB_API_URL || "https://api.github.com").replace(/\/$/, "");
    const headers = githubHeaders(ctx.env);
    const release = await call(ctx, `github release ${tag}`, {
        method: "POST",
        url: `${api}/repos/${d.repository}/releases`,
        headers: { ...headers, "Content-Type": "application/json" },
        body: JSON.stringify({
            tag_name: tag,
            name: `${ctx.product} ${ctx.version}`,
            body: `${ctx.product} ${ctx.version}, published by lifecycle.`,
        }),
    });
    const uploadUrl = field(release, "upload_url");
    if (typeof uploadUrl !== "string")
        throw new Error(`github release ${tag}: the answer has no upload_url`);
    const archives = (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readdir(ctx.dir)).filter((n) => n.endsWith(".tar.gz"));
    for (const archive of archives) {
        const url = `${uploadUrl.replace(/\{[^}]*\}$/, "")}?name=${encodeURIComponent(archive)}`;
        await call(ctx, `github release ${tag}: upload ${archive}`, {
            method: "POST",
            url,
            headers: { ...headers, "Content-Type": "application/gzip" },
            body: await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.dir, archive)),
        });
    }
    return `release ${tag} in ${d.repository} with ${archives.length} asset${archives.length === 1 ? "" : "s"}`;
}


/***/ }),

/***/ 42817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ distributePublished),
/* harmony export */   N: () => (/* binding */ distributionUnit)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _process_node_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49817);
/* harmony import */ var _publish_publish_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86350);
/* harmony import */ var _store_events_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18372);
/* harmony import */ var _distribute_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96304);






/** The one unit a distribution reads: the version asked for, else `latest` (a whole copy). */
function distributionUnit(request) {
    return request.version
        ? (0,_publish_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .publishedUnit */ .Vx)(request.product, request.version)
        : (0,_publish_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .latestUnit */ .ym)(request.product);
}
/**
 * Send a published version of a product to its destinations and record the outcome (one
 * `<product>.distribute` record): what `lifecycle distribute` and the action's `distribute` run.
 * The store must hold the version's unit (`published/<product>/<version>` or `latest`).
 */
async function distributePublished(store, project, request) {
    const { product } = request;
    const config = project.products.find((p) => p.id === product);
    if (!config)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unknown product ${JSON.stringify(product)}`);
    const version = request.version ?? (await (0,_publish_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .latestRelease */ .JF)(store.layout, product))?.version;
    const published = await (0,_publish_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .publishedVersions */ .y0)(store, product);
    if (version === undefined || !published.includes(version))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${product} ${version ?? "latest"} is not published; published: ${published.join(", ") || "none"}`);
    const recipeIds = project.recipes.get(product)?.recipe.distribution?.destination_ids;
    const destinations = chooseDestinations(config.destinations ?? [], request.destinations, recipeIds);
    const started = new Date();
    const objects = destinations.some((d) => "object_store" in d)
        ? (await __webpack_require__.e(/* import() */ 9641).then(__webpack_require__.bind(__webpack_require__, 49641))).s3ObjectWriter(request.env, project.settings.s3)
        : undefined;
    const results = await (0,_distribute_js__WEBPACK_IMPORTED_MODULE_5__/* .distribute */ .m)(destinations, {
        product,
        version,
        dir: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(store.layout.root, distributionUnit(request)),
        env: request.env,
        runner: new _process_node_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .NodeProcessRunner */ .u(),
        signal: request.signal,
        objects,
        log: request.log,
    }).finally(() => objects?.close());
    await store.events.append([distributionRecord(product, version, started, results)]);
    return results;
}
function chooseDestinations(declared, asked, fromRecipe) {
    const ids = asked?.split(",").map((s) => s.trim()) ?? (fromRecipe?.length ? fromRecipe : undefined);
    if (ids === undefined) {
        if (declared.length === 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("the product declares no destinations in products.yml");
        return [...declared];
    }
    return ids.map((id) => {
        const found = declared.find((d) => d.id === id);
        if (!found)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unknown destination ${JSON.stringify(id)}; declared: ${declared.map((d) => d.id).join(", ") || "none"}`);
        return found;
    });
}
function distributionRecord(product, version, started, results) {
    const end = new Date();
    const failed = results.filter((r) => !r.ok);
    return {
        asset: `${product}.distribute`,
        partition: version,
        status: failed.length === 0 ? "success" : "failed",
        start: started.toISOString(),
        end: end.toISOString(),
        durationMs: end.getTime() - started.getTime(),
        runId: (0,_store_events_js__WEBPACK_IMPORTED_MODULE_4__/* .newRunId */ .F$)(started),
        fingerprint: "",
        metadata: { destinations: results },
        ...(failed.length > 0 ? { error: failed.map((f) => `${f.id}: ${f.detail}`).join("\n") } : {}),
    };
}


/***/ }),

/***/ 49817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ NodeProcessRunner)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
;// CONCATENATED MODULE: ./src/process/tree.ts



/**
 * Set in the environment of every command lifecycle runs, with a value fresh for each run: a
 * descendant that left the process group (`setsid`, a daemon) still carries it, so it can be found
 * in /proc/<pid>/environ and ended with the rest of the command's processes.
 */
const PROCESS_MARKER_ENV = "_LIFECYCLE_PROCESS_MARKER";
/** Once the command has exited, how long its descendants may keep its output pipes open. */
const LINGER_MS = 1_000;
/** Between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 5_000;
/** A command's processes: its process group, every process carrying its marker or holding its output. */
class ProcessTree {
    marker = (0,external_node_crypto_.randomUUID)();
    pid;
    stopping;
    pipes = new Set();
    /**
     * The command's process, the leader of its own process group. Its stdout and stderr (pipes, or
     * the socket pairs Node uses for them) are noted now, while they are surely its fds 1 and 2: a
     * descendant that cleared its environment is still found by holding them.
     */
    attach(pid) {
        this.pid = pid;
        if (pid === undefined)
            return;
        for (const fd of [1, 2]) {
            try {
                const link = (0,external_node_fs_.readlinkSync)(`/proc/${pid}/fd/${fd}`);
                if (/^(pipe|socket):/.test(link))
                    this.pipes.add(link);
            }
            catch {
                // No /proc, or it has exited already.
            }
        }
    }
    env(base) {
        return { ...base, [PROCESS_MARKER_ENV]: this.marker };
    }
    /** SIGTERM to everything, SIGKILL to what is left after the grace period. Resolves when both are sent. */
    stop(graceMs = KILL_GRACE_MS) {
        this.stopping ??= (async () => {
            await this.signal("SIGTERM");
            const until = Date.now() + graceMs;
            while (Date.now() < until && (await this.anyAlive()))
                await sleep(100);
            await this.signal("SIGKILL");
        })();
        return this.stopping;
    }
    async anyAlive() {
        if (this.pid !== undefined && trySignal(-this.pid, 0))
            return true;
        return (await this.members()).length > 0;
    }
    async signal(signal) {
        if (this.pid !== undefined)
            trySignal(-this.pid, signal);
        for (const pid of await this.members())
            trySignal(pid, signal);
    }
    /** Live processes carrying this tree's marker or holding its pipes (none where there is no /proc). */
    async members() {
        const marked = await processesWithEnv(`${PROCESS_MARKER_ENV}=${this.marker}`);
        const holding = this.pipes.size === 0 ? [] : await processesHolding(this.pipes);
        return [...new Set([...marked, ...holding])];
    }
}
async function processesHolding(pipes) {
    const found = [];
    for (const pid of await otherPids()) {
        try {
            for (const fd of await promises_default().readdir(`/proc/${pid}/fd`)) {
                const link = await promises_default().readlink(`/proc/${pid}/fd/${fd}`).catch(() => "");
                if (pipes.has(link)) {
                    found.push(pid);
                    break;
                }
            }
        }
        catch {
            // Gone already, or not ours to read.
        }
    }
    return found;
}
async function otherPids() {
    try {
        const names = await promises_default().readdir("/proc");
        return names.filter((n) => /^\d+$/.test(n) && Number(n) !== process.pid).map(Number);
    }
    catch {
        return [];
    }
}
async function processesWithEnv(entry) {
    const needle = `\0${entry}\0`;
    const found = [];
    for (const pid of await otherPids()) {
        try {
            const environ = await promises_default().readFile(`/proc/${pid}/environ`, "latin1");
            if (`\0${environ}`.includes(needle))
                found.push(pid);
        }
        catch {
            // Gone already, or not ours to read.
        }
    }
    return found;
}
/** Whether the signal was delivered (0 only asks whether the process or group exists). */
function trySignal(pid, signal) {
    try {
        process.kill(pid, signal);
        return true;
    }
    catch {
        return false; // Already exited.
    }
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./src/process/node-runner.ts


/**
 * Runs commands with `sh -c` in their own process group. A stop (timeout or abort) ends the group
 * and every descendant that left it (found by a per-run environment marker), SIGKILL after a grace
 * period; the command's pipes are then released, so a descendant that escaped even that cannot keep
 * the run waiting. Descendants still holding the pipes once the command has exited are ended too.
 */
class NodeProcessRunner {
    run(command, options) {
        const started = performance.now();
        const tree = new ProcessTree();
        const child = (0,external_node_child_process_.spawn)("sh", ["-c", command], {
            cwd: options.cwd,
            env: tree.env(options.env),
            detached: true,
            stdio: ["ignore", "pipe", "pipe"],
        });
        tree.attach(child.pid);
        let timedOut = false;
        let cancelled = false;
        const stop = () => void tree.stop().then(() => releasePipes(child));
        const onAbort = () => {
            cancelled = true;
            stop();
        };
        options.signal?.addEventListener("abort", onAbort, { once: true });
        if (options.signal?.aborted)
            onAbort();
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                stop();
            }, options.timeoutMs);
        let linger;
        child.once("exit", () => (linger = setTimeout(stop, LINGER_MS)));
        child.stdout?.setEncoding("utf8").on("data", (c) => options.onOutput?.(c, "stdout"));
        child.stderr?.setEncoding("utf8").on("data", (c) => options.onOutput?.(c, "stderr"));
        return new Promise((resolve, reject) => {
            const done = () => {
                clearTimeout(timer);
                clearTimeout(linger);
                options.signal?.removeEventListener("abort", onAbort);
            };
            child.once("error", (error) => {
                done();
                reject(error);
            });
            child.once("close", (exitCode, signal) => {
                done();
                const durationMs = Math.round(performance.now() - started);
                resolve({ exitCode, signal, durationMs, timedOut, cancelled });
            });
        });
    }
}
function releasePipes(child) {
    child.stdout?.destroy();
    child.stderr?.destroy();
}


/***/ }),

/***/ 86072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ LOCK_FILE),
/* harmony export */   HS: () => (/* binding */ RecipeLockSchema),
/* harmony export */   mF: () => (/* binding */ readLock),
/* harmony export */   wC: () => (/* binding */ renderLock)
/* harmony export */ });
/* unused harmony exports LockedInputSchema, VERSION_SOURCES, LockedVersionSchema */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26921);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _config_yaml_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98384);
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27135);







const LOCK_FILE = "recipe.lock.yml";
const LockedInputSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    dataset: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    version: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    /** What the recipe asked for: a version, or `latest` when find_latest chose it. */
    requested: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    import_as: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    version_env_var: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    file_type: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    /** With `copy_latest_release`: the partition key of the release the version was copied from. */
    copied_from: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    /** An input that is another product's output: that product, and the packaged partition read. */
    product: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    partition: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    /** An input read from one of the team's other stores: its source type, the store, and what was read. */
    source: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    store: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    folder: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    files: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({ key: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), bytes: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(), etag: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP() }))
        .optional(),
});
/** What chose the product version: the key, products.yml, the recipe, or its version_strategy. */
const VERSION_SOURCES = [
    "partition_key",
    "product_version",
    "recipe_version",
    "first_of_month",
    "today",
    "bump_latest_release",
    "pin_to_source_dataset",
    "default",
];
const LockedVersionSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    value: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    strategy: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(VERSION_SOURCES),
    /** bump_latest_release: the release that was bumped. */
    release: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({ partition: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP() }).optional(),
    /** bump_latest_release: the recipe's `version_type` and the step. */
    version_type: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(["major", "minor", "patch"]).optional(),
    bump_by: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().positive().optional(),
    /** pin_to_source_dataset: the input whose locked version was taken. */
    dataset: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    /** The newest release older than `value`: `VERSION_PREV`, unless the recipe's vars set it. */
    previous_release: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({ partition: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP() }).optional(),
});
const RecipeLockSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    product: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    /** The recipe file relative to the project root; null when the product has none. */
    recipe: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    partition: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
        key: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        version: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        note: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
        dimensions: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()).optional(),
        env: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()).optional(),
    }),
    /** The product version the build gets, and what chose it (absent in locks of older plans). */
    version: LockedVersionSchema.optional(),
    /** Recipe vars, VERSION (and VERSION_TYPE), recipe env, then product env (later wins). */
    env: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()),
    inputs: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(LockedInputSchema),
});
function renderLock(lock) {
    return `# Written by lifecycle's plan stage: the recipe with every input pinned. Do not edit.\n${(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .stringify */ .As)(lock)}`;
}
/** Read the lock a plan stage wrote into `dir` (possibly on another machine). */
async function readLock(dir, asset, partition) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, LOCK_FILE);
    let text;
    try {
        text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(file, "utf8");
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StageFailure */ .BG(`no ${LOCK_FILE} in ${dir}: run the plan stage first`, asset, partition);
    }
    const yaml = (0,_config_yaml_file_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYamlFile */ .BU)(file, text);
    const parsed = yaml.diagnostics.length > 0
        ? { diagnostics: yaml.diagnostics }
        : (0,_config_yaml_file_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWithSchema */ .fe)(yaml, RecipeLockSchema);
    if (parsed.data === undefined) {
        const details = (0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDiagnostics */ .oO)(parsed.diagnostics, "text");
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StageFailure */ .BG(`invalid ${LOCK_FILE}; run the plan stage again:\n${details}`, asset, partition);
    }
    return parsed.data;
}


/***/ }),

/***/ 35074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hU: () => (/* binding */ readStoreLock),
/* harmony export */   rX: () => (/* binding */ withStoreLock)
/* harmony export */ });
/* unused harmony exports STORE_LOCK_FILE, StoreBusyError, StoreLock, storeLockFile, acquireStoreLock, describeHolder */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(26921);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(82892);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5891);
/* harmony import */ var _process_identity_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(46031);










/** The lock file's name, at the top of the store. Artifacts and caches never include it. */
const STORE_LOCK_FILE = "writer.lock";
const HolderSchema = zod__WEBPACK_IMPORTED_MODULE_9__/* .object */ .Ikc({
    pid: zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().int().positive(),
    hostname: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP(),
    command: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP(),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP(),
    /** Unique per acquisition; names the claim file of a takeover, so it must be a safe segment. */
    token: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().regex(/^[A-Za-z0-9-]+$/),
    /** When the process started (Linux: ticks since boot), to tell a reused pid from the holder. */
    processStart: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().optional(),
    bootId: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().optional(),
});
/** The store is held by another live process, and waiting (if any) did not change that: exit code 2. */
class StoreBusyError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb {
    lockFile;
    holder;
    constructor(message, lockFile, holder) {
        super(message);
        this.lockFile = lockFile;
        this.holder = holder;
    }
}
/** A held lock. `release` is idempotent and removes the file only while it is still this lock. */
class StoreLock {
    file;
    holder;
    released = false;
    constructor(file, holder) {
        this.file = file;
        this.holder = holder;
    }
    async release() {
        if (this.released)
            return;
        this.released = true;
        const current = await readHolder(this.file);
        if (current.kind === "held" && current.holder.token === this.holder.token)
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(this.file, { force: true });
    }
}
function storeLockFile(store) {
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(store, STORE_LOCK_FILE);
}
/** The current holder of a store's lock, if any (for read-only commands that want to say so). */
async function readStoreLock(store) {
    const current = await readHolder(storeLockFile(store));
    return current.kind === "held" ? current.holder : undefined;
}
/** Run `use` while holding the store's lock; released however `use` ends. */
async function withStoreLock(options, use) {
    const lock = await acquireStoreLock(options);
    try {
        return await use(lock);
    }
    finally {
        await lock.release();
    }
}
/**
 * Take the store's lock: create the lock file atomically; take over a lock whose process is gone;
 * wait for a live holder up to `timeoutSeconds`, then throw `StoreBusyError`. Once held, repair
 * what killed writers left in the store (interrupted promotions, staging directories).
 */
async function acquireStoreLock(options) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(options.store, { recursive: true });
    const file = storeLockFile(options.store);
    const me = {
        ...(0,_process_identity_js__WEBPACK_IMPORTED_MODULE_8__/* .thisProcess */ .WF)(),
        command: options.command,
        startedAt: new Date().toISOString(),
        runId: options.runId,
        token: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
    };
    await waitForLock(file, me, options);
    const lock = new StoreLock(file, me);
    try {
        await repairStore(options.store, me);
    }
    catch (error) {
        await lock.release();
        throw error;
    }
    return lock;
}
async function waitForLock(file, me, options) {
    const timeoutMs = Math.max(0, (options.timeoutSeconds ?? 0) * 1000);
    const deadline = Date.now() + timeoutMs;
    const log = options.log ?? (() => { });
    let announced = false;
    let takeoverWaits = 0;
    for (;;) {
        if (options.signal?.aborted)
            throw cancelled(file);
        if (await createExclusively(file, me))
            return;
        const current = await readHolder(file);
        if (current.kind === "missing")
            continue;
        if (current.kind === "unreadable")
            throw unreadableLock(file, current.reason);
        const holder = current.holder;
        if (isStale(holder)) {
            const outcome = await removeStale(file, holder, me);
            if (outcome === "removed")
                log(`took over the store lock ${file}: ${describeHolder(holder)} is no longer running`);
            if (outcome !== "busy")
                continue;
            // Another process is taking the stale lock over this very moment: look again shortly.
            if (takeoverWaits++ < 50) {
                await pause(20, options.signal, file);
                continue;
            }
        }
        const left = deadline - Date.now();
        if (left <= 0)
            throw busy(file, holder, timeoutMs);
        if (!announced) {
            log(`waiting up to ${timeoutMs / 1000} s for the store lock ${file}, held by ${describeHolder(holder)}`);
            announced = true;
        }
        await pause(Math.min(options.pollMs ?? 200, left), options.signal, file);
    }
}
async function pause(ms, signal, file) {
    try {
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_4__.setTimeout)(ms, undefined, signal ? { signal } : {});
    }
    catch {
        throw cancelled(file);
    }
}
function cancelled(file) {
    return new Error(`cancelled while waiting for the store lock ${file}`);
}
/** A lock is stale when its holder ran on this machine and is gone (see `isStillRunning`). */
function isStale(holder) {
    return holder.hostname === node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname() && !(0,_process_identity_js__WEBPACK_IMPORTED_MODULE_8__/* .isStillRunning */ .QT)(holder);
}
/**
 * Remove the stale lock `file` held by `stale`, unless someone else is doing it. Only the process
 * that creates `<file>.claim-<token>` may remove it, and it checks the file still holds that token,
 * so two waiters never both remove it (one would remove the other's new lock). A claim whose own
 * process died is stale in turn and removed the same way.
 */
async function removeStale(file, stale, me) {
    const claim = `${file}.claim-${stale.token}`;
    while (!(await createExclusively(claim, me))) {
        const claimer = await readHolder(claim);
        if (claimer.kind === "missing")
            continue;
        if (claimer.kind === "unreadable" || !isStale(claimer.holder))
            return "busy";
        if ((await removeStale(claim, claimer.holder, me)) === "busy")
            return "busy";
    }
    try {
        const current = await readHolder(file);
        if (current.kind !== "held" || current.holder.token !== stale.token)
            return "gone";
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(file, { force: true });
        return "removed";
    }
    finally {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(claim, { force: true });
    }
}
/** Create `file` holding `holder`, complete from its first instant (written aside, then hard-linked). */
async function createExclusively(file, holder) {
    const temp = `${file}.${holder.token}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().slice(0, 8)}.tmp`;
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().writeFile(temp, `${JSON.stringify(holder, null, 2)}\n`);
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().link(temp, file);
        return true;
    }
    catch (error) {
        if (error.code === "EEXIST")
            return false;
        throw error;
    }
    finally {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(temp, { force: true });
    }
}
async function readHolder(file) {
    let text;
    try {
        text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readFile(file, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return { kind: "missing" };
        throw error;
    }
    try {
        const parsed = HolderSchema.safeParse(JSON.parse(text));
        if (parsed.success)
            return { kind: "held", holder: parsed.data };
        const issue = parsed.error.issues[0];
        return { kind: "unreadable", reason: `${issue?.path.join(".")}: ${issue?.message}` };
    }
    catch {
        return { kind: "unreadable", reason: "not JSON" };
    }
}
/** What killed writers left in the store; safe to clear only while holding the lock. */
async function repairStore(store, me) {
    await removeTakeoverLeftovers(store, me);
    const tmpDir = new _layout_js__WEBPACK_IMPORTED_MODULE_7__/* .StoreLayout */ .Eh(store).tmpDir;
    await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_6__/* .recoverInterruptedPromotions */ .zv)(tmpDir);
    await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_6__/* .removeAbandonedStaging */ .Ax)(tmpDir);
}
/**
 * Claims of earlier takeovers are finished (we hold the lock, so the lock they were about is
 * gone). Temp files are another waiter's lock being written this instant, unless old.
 */
async function removeTakeoverLeftovers(store, me) {
    const prefix = `${STORE_LOCK_FILE}.`;
    const hourAgo = Date.now() - 60 * 60 * 1000;
    for (const entry of await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readdir(store)) {
        if (!entry.startsWith(prefix) || entry.includes(me.token))
            continue;
        const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(store, entry);
        if (entry.endsWith(".tmp")) {
            const stat = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().stat(file).catch(() => undefined);
            if (stat && stat.mtimeMs < hourAgo)
                await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(file, { force: true });
        }
        else if (entry.startsWith(`${prefix}claim-`)) {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(file, { force: true });
        }
    }
}
function describeHolder(holder) {
    const where = holder.hostname === node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname() ? "" : ` on host ${holder.hostname}`;
    return `pid ${holder.pid}${where} (lifecycle ${holder.command}, run ${holder.runId}, started ${holder.startedAt})`;
}
function busy(file, holder, waitedMs) {
    const waited = waitedMs > 0 ? ` after waiting ${waitedMs / 1000} s` : "";
    const otherHost = holder.hostname === node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname()
        ? ""
        : `; lifecycle cannot tell whether a process on another host is running: if it is not, delete the lock file`;
    return new StoreBusyError(`the store is in use by another lifecycle run${waited}: ${describeHolder(holder)}; lock file ${file}${otherHost}. ` +
        `Nothing was run: retry when it ends, or wait for it with --lock-timeout SECONDS`, file, holder);
}
function unreadableLock(file, reason) {
    return new StoreBusyError(`${file} is not a lifecycle lock file (${reason}): if no lifecycle run uses this store, delete it`, file, undefined);
}


/***/ })

};

//# sourceMappingURL=4635.index.js.map