export const id = 9150;
export const ids = [9150];
export const modules = {

/***/ 89150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   distributeCommand: () => (/* binding */ distributeCommand)
/* harmony export */ });
/* harmony import */ var _config_project_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93879);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _distribute_distribute_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96304);
/* harmony import */ var _distribute_published_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42817);
/* harmony import */ var _github_workflow_io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41563);
/* harmony import */ var _store_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81644);






/**
 * `distribute`: publish.yml's last job, after the release: send the published version (input
 * `version`, default latest) to the product's destinations (`destinations`, default the
 * recipe's). Never from a pull request; the destinations' secrets are in the step's env only.
 */
async function distributeCommand(context) {
    (0,_distribute_distribute_js__WEBPACK_IMPORTED_MODULE_2__/* .refuseFromPullRequest */ .R)(process.env);
    const { inputs, io } = context;
    if (inputs.product === "")
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('input "product": required (the product id)');
    const { project } = await (0,_config_project_js__WEBPACK_IMPORTED_MODULE_0__/* .loadProjectOrThrow */ .xI)(context.root);
    const request = {
        product: inputs.product,
        version: inputs.version || undefined,
        destinations: inputs.destinations || undefined,
        env: process.env,
        signal: context.signal,
        log: (line) => io.info(line),
    };
    const unit = (0,_distribute_published_js__WEBPACK_IMPORTED_MODULE_3__/* .distributionUnit */ .N)(request);
    const store = await (0,_store_store_js__WEBPACK_IMPORTED_MODULE_4__/* .openStore */ .Ch)(context.store, {
        root: context.root,
        env: process.env,
        only: (u) => u === unit,
    });
    const results = await (0,_distribute_published_js__WEBPACK_IMPORTED_MODULE_3__/* .distributePublished */ .M)(store, project, request).finally(() => store.close());
    const rows = results.map((r) => `| ${(0,_github_workflow_io_js__WEBPACK_IMPORTED_MODULE_5__/* .cell */ .Hn)(r.id)} | ${r.kind} | ${r.ok ? "sent" : "FAILED"} | ${(0,_github_workflow_io_js__WEBPACK_IMPORTED_MODULE_5__/* .cell */ .Hn)(r.detail)} |`);
    await io.appendSummary(`## Distributed ${inputs.product} ${inputs.version || "latest"}\n\n| destination | kind | outcome | detail |\n| --- | --- | --- | --- |\n${rows.join("\n")}\n`);
    const failed = results.filter((r) => !r.ok);
    const sent = results.filter((r) => r.ok).map((r) => r.id);
    io.setOutput("distributed", sent.join(","));
    return failed.length === 0
        ? { ok: true }
        : {
            ok: false,
            message: `distribution failed: ${failed.map((f) => `${f.id}: ${f.detail}`).join("; ")}`,
        };
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


/***/ })

};

//# sourceMappingURL=9150.index.js.map