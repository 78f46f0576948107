export const id = 402;
export const ids = [402];
export const modules = {

/***/ 13117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ defaultDeps)
});

// EXTERNAL MODULE: ./src/ingest/index.ts + 36 modules
var ingest = __webpack_require__(30434);
// EXTERNAL MODULE: ./src/partitions/registry.ts
var registry = __webpack_require__(26976);
// EXTERNAL MODULE: ./src/partitions/project-products.ts
var project_products = __webpack_require__(93191);
// EXTERNAL MODULE: ./src/partitions/resolve.ts + 1 modules
var resolve = __webpack_require__(9388);
// EXTERNAL MODULE: ./src/stages/build.ts
var build = __webpack_require__(60583);
// EXTERNAL MODULE: ./src/stages/load.ts
var load = __webpack_require__(99711);
// EXTERNAL MODULE: ./src/stages/package.ts + 2 modules
var stages_package = __webpack_require__(72221);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/stages/lock.ts
var stages_lock = __webpack_require__(86072);
// EXTERNAL MODULE: ./src/partitions/keys.ts
var keys = __webpack_require__(63399);
// EXTERNAL MODULE: ./src/stages/versions.ts
var stages_versions = __webpack_require__(54226);
;// CONCATENATED MODULE: ./src/stages/plan-version.ts



/** The product version when nothing else gives one, as the partitions module uses it. */
const DEFAULT_VERSION = "latest";
/**
 * What decides the product version of this plan, first match wins: a dynamic partition key that
 * carries a version (`2025.1.1-2_ar_build`); else (starters `main`, `nightly_qa`, and declared
 * schemes) the product's `version` in products.yml, the recipe's `version`, its
 * `version_strategy`, and last `latest`.
 */
function versionSource(ctx, recipe) {
    if (keyCarriesVersion(ctx))
        return "partition_key";
    if (ctx.product.version !== undefined)
        return "product_version";
    if (recipe?.version !== undefined)
        return "recipe_version";
    const strategy = recipe?.version_strategy;
    if (strategy === undefined)
        return "default";
    if (typeof strategy === "string")
        return strategy;
    return "bump_latest_release" in strategy ? "bump_latest_release" : "pin_to_source_dataset";
}
function keyCarriesVersion(ctx) {
    const scheme = ctx.product.partitions;
    const dynamic = scheme === undefined || scheme === "dynamic";
    return dynamic && !(0,keys/* isStarterNote */.Ul)(ctx.partition.key);
}
/** The product version this plan records, with what chose it; throws a StageFailure when it cannot. */
function chooseProductVersion(ctx, from) {
    const source = versionSource(ctx, from.recipe);
    switch (source) {
        case "partition_key":
            return { value: ctx.partition.version, strategy: source };
        case "product_version":
            return { value: ctx.product.version ?? ctx.partition.version, strategy: source };
        case "recipe_version":
            return { value: from.recipe?.version ?? DEFAULT_VERSION, strategy: source };
        case "first_of_month":
            return { value: (0,stages_versions/* firstOfMonth */.kU)(from.now), strategy: source };
        case "today":
            return { value: (0,stages_versions/* isoDay */.kh)(from.now), strategy: source };
        case "bump_latest_release":
            return bumpRelease(ctx, from);
        case "pin_to_source_dataset":
            return pinToDataset(ctx, from);
        case "default":
            return { value: ctx.partition.version || DEFAULT_VERSION, strategy: source };
    }
}
function bumpRelease(ctx, { recipe, release }) {
    const strategy = recipe?.version_strategy;
    const by = typeof strategy === "object" && "bump_latest_release" in strategy
        ? strategy.bump_latest_release
        : 1;
    if (release === undefined) {
        throw failure(ctx, `product "${ctx.product.id}": version_strategy bump_latest_release needs a release of "${ctx.product.id}" in the store, and there is none (${RELEASE_MEANING}); package one first, e.g. \`lifecycle materialize --select ${ctx.product.id} --partition <version>-<note>\`, or plan a partition whose key carries the version`);
    }
    let value;
    try {
        value = (0,stages_versions/* bumpVersion */.Bx)(release.version, recipe?.version_type, by);
    }
    catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw failure(ctx, `product "${ctx.product.id}": version_strategy bump_latest_release: latest release ${release.partition}: ${why}`);
    }
    return {
        value,
        strategy: "bump_latest_release",
        release: { partition: release.partition, version: release.version },
        ...(recipe?.version_type ? { version_type: recipe.version_type } : {}),
        bump_by: by,
    };
}
function pinToDataset(ctx, { recipe, inputs }) {
    const strategy = recipe?.version_strategy;
    const dataset = typeof strategy === "object" && "pin_to_source_dataset" in strategy
        ? strategy.pin_to_source_dataset
        : "";
    const input = inputs.find((i) => i.dataset === dataset);
    if (input === undefined) {
        const names = inputs.map((i) => i.dataset).join(", ") || "none";
        throw failure(ctx, `product "${ctx.product.id}": version_strategy pin_to_source_dataset names "${dataset}", which is not an input of the recipe; inputs: ${names}`);
    }
    return { value: input.version, strategy: "pin_to_source_dataset", dataset };
}
const RELEASE_MEANING = "a release is a published version (`lifecycle publish release`), else a successful package of a partition other than the one being planned, main and nightly_qa";
function failure(ctx, message) {
    return new errors/* StageFailure */.BG(message, `${ctx.product.id}.plan`, ctx.partition.key);
}

// EXTERNAL MODULE: ./src/graph/lineage.ts
var lineage = __webpack_require__(93109);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(54661);
// EXTERNAL MODULE: ./src/store/layout.ts
var layout = __webpack_require__(5891);
;// CONCATENATED MODULE: ./src/stages/releases.ts








/** What the plan reads of a package manifest (see `packageManifest` in package.ts). */
const ReleaseManifestSchema = schemas/* object */.Ikc({
    product: schemas/* string */.YjP(),
    partition: schemas/* string */.YjP(),
    version: schemas/* string */.YjP(),
    inputs: schemas/* array */.YOg(schemas/* object */.Ikc({ dataset: schemas/* string */.YjP(), version: schemas/* string */.YjP() })),
    timings: schemas/* array */.YOg(schemas/* object */.Ikc({ stage: schemas/* string */.YjP(), finishedAt: schemas/* string */.YjP() }))
        .optional()
        .default([]),
});
/**
 * The product's releases in the store, oldest first; the last is the latest release. Once the
 * product has published versions (`lifecycle publish release`), those are its releases, and the
 * one `published/<p>/latest` names is the last. Before, a release is a partition's promoted
 * `package/manifest.json` (a package stage that succeeded), other than the partition being
 * planned and the starters `main` and `nightly_qa`. Order: version order (`compareVersions`) of
 * the product version; for equal versions, the one packaged last is newer.
 */
async function listReleases(ctx) {
    const published = await listPublished(ctx, ctx.product.id);
    if (published.length > 0)
        return published;
    const packaged = await listPackages(ctx, ctx.product.id);
    return packaged.filter((r) => r.partition !== ctx.partition.key && !(0,keys/* isStarterNote */.Ul)(r.partition));
}
const PublishedRecordSchema = schemas/* object */.Ikc({ version: schemas/* string */.YjP(), published: schemas/* string */.YjP() });
/** The published versions, in version order, then the one `latest` names moved last. */
async function listPublished(ctx, productId) {
    const dir = external_node_path_default().join(ctx.layout.root, "published", (0,layout/* safeSegment */.LX)(productId));
    const entries = await promises_default().readdir(dir).catch((error) => {
        if ((0,settings/* isNotFound */.c4)(error))
            return [];
        throw error;
    });
    const releases = [];
    for (const entry of entries.sort()) {
        const versionDir = external_node_path_default().join(dir, entry);
        const record = await readPublishedRecord(versionDir);
        const release = record && (await readRelease(ctx, productId, versionDir));
        if (!record || !release)
            continue;
        const item = { ...release, version: record.version, finishedAt: record.published };
        releases.push({ release: item, latest: entry === "latest" });
    }
    const latest = releases.find((r) => r.latest)?.release;
    const versions = releases
        .filter((r) => !r.latest && r.release.version !== latest?.version)
        .map((r) => r.release)
        .sort((a, b) => (0,stages_versions/* compareVersions */.Zy)(a.version, b.version));
    return latest ? [...versions, latest] : versions;
}
async function readPublishedRecord(dir) {
    try {
        const text = await promises_default().readFile(external_node_path_default().join(dir, layout/* RELEASE_RECORD */.oS), "utf8");
        return PublishedRecordSchema.parse(JSON.parse(text));
    }
    catch {
        return undefined; // not a published version
    }
}
/**
 * Every packaged partition of a product (starters included), oldest first, in the order of
 * `listReleases`: what a product reading another product's output chooses from.
 */
async function listPackages(ctx, productId) {
    const productDir = external_node_path_default().join(ctx.layout.root, "products", (0,layout/* safeSegment */.LX)(productId));
    let entries;
    try {
        entries = await promises_default().readdir(productDir);
    }
    catch (error) {
        if ((0,settings/* isNotFound */.c4)(error))
            return [];
        throw error;
    }
    const releases = [];
    for (const entry of entries.sort()) {
        const release = await readRelease(ctx, productId, external_node_path_default().join(productDir, entry, "package"));
        if (release !== undefined)
            releases.push(release);
    }
    return releases.sort((a, b) => (0,stages_versions/* compareVersions */.Zy)(a.version, b.version) || a.finishedAt.localeCompare(b.finishedAt));
}
/** The newest release whose version is older than `version` (dcpy's previous version). */
function previousRelease(releases, version) {
    return releases.filter((r) => (0,stages_versions/* compareVersions */.Zy)(r.version, version) < 0).at(-1);
}
async function readRelease(ctx, productId, packageDir) {
    const file = external_node_path_default().join(packageDir, stages_package/* PACKAGE_MANIFEST */.JS);
    let text;
    try {
        text = await promises_default().readFile(file, "utf8");
    }
    catch {
        return undefined; // never packaged
    }
    let parsed;
    try {
        parsed = ReleaseManifestSchema.parse(JSON.parse(text));
    }
    catch {
        ctx.log(`ignored ${external_node_path_default().relative(ctx.layout.root, file)}: not a package manifest`);
        return undefined;
    }
    if (parsed.product !== productId)
        return undefined;
    return {
        partition: parsed.partition,
        version: parsed.version,
        inputs: new Map(parsed.inputs.map((i) => [i.dataset, i.version])),
        finishedAt: parsed.timings.find((t) => t.stage === "package")?.finishedAt ?? "",
    };
}

;// CONCATENATED MODULE: ./src/stages/plan-products.ts


/*
 * Recipe inputs that are another product's output (dcpy: `source: edm.publishing.published` with
 * the product's publishing name). The plan pins them to a packaged partition of that product in
 * this store: the version asked for, else the partition with the same key as the one planned, else
 * the latest release; the load stage copies that partition's build output.
 */
/** The product of this repo that an input reads, or undefined when it reads a dataset. */
function upstreamProductOf(ctx, dataset, recipe) {
    const { project } = ctx;
    if (project.products === undefined)
        return undefined;
    const view = {
        products: project.products,
        recipes: project.recipes,
        templates: project.templates ?? new Map(),
        ...(project.datasets ? { datasets: project.datasets } : {}),
    };
    const source = dataset.source ?? recipe.inputs.dataset_defaults?.source;
    const input = (0,lineage/* classifyInput */.pS)(view, { id: dataset.id, source });
    return input.kind === "product" && input.product !== ctx.product.id ? input.product : undefined;
}
/** The packaged partition an input of `product` gets, or the problem, worded like the datasets'. */
async function pinProductInput(ctx, input, lockedInput) {
    const packages = await listPackages(ctx, input.product);
    const chosen = choosePackage(packages, input.version, ctx.partition.key);
    if (chosen === undefined)
        return { problem: missingProductMessage(input, packages) };
    const locked = lockedInput(chosen.version, input.version ?? "latest");
    return { ...locked, product: input.product, partition: chosen.partition };
}
function choosePackage(packages, version, partitionKey) {
    if (version !== undefined && version !== "latest")
        return packages.filter((p) => p.version === version || p.partition === version).at(-1);
    return packages.find((p) => p.partition === partitionKey) ?? packages.at(-1);
}
function missingProductMessage(input, packages) {
    const present = packages.length > 0
        ? packages.map((p) => `${p.version} (partition ${p.partition})`).join(", ")
        : `none (materialize it first: lifecycle materialize --select ${input.product})`;
    const what = `dataset "${input.dataset.id}" (the output of product "${input.product}")`;
    if (input.version !== undefined && input.version !== "latest")
        return `${what}: version "${input.version}" is not packaged in the store; versions available: ${present}`;
    return `${what}: no packaged partition in the store; versions available: ${present}`;
}
/** What the fingerprint of a plan reads of an upstream product: its packaged partitions. */
async function upstreamDigest(ctx, product) {
    const packages = await listPackages(ctx, product);
    return packages.map((p) => [p.partition, p.version, p.finishedAt]);
}

;// CONCATENATED MODULE: ./src/stages/plan-inputs.ts




/** Versions that mean "the newest present", whatever the strategy. */
const LATEST = "latest";
const COPY = "copy_latest_release";
/**
 * The version an input asks for: its `version`; else, as dcpy does, the recipe `vars` entry its
 * `version_env_var` names (`version_env_var: ZAP_VERSION` with `vars: { ZAP_VERSION: "20250303" }`);
 * else none, and the missing_versions_strategy decides.
 */
function askedVersion(dataset, recipe) {
    if (dataset.version !== undefined)
        return { version: dataset.version, requested: dataset.version };
    const variable = dataset.version_env_var;
    const fromVars = variable === undefined ? undefined : recipe.vars?.[variable];
    if (variable === undefined || fromVars === undefined)
        return {};
    return { version: fromVars, requested: `$${variable}` };
}
/** Every input of the recipe with the version it gets; throws one StageFailure listing every problem. */
async function pinInputs(ctx, recipe, release) {
    const strategy = recipe.inputs.missing_versions_strategy;
    const problems = [];
    const locked = [];
    const copied = recipe.inputs.datasets.filter((d) => strategy === COPY && askedVersion(d, recipe).version === undefined);
    if (copied.length > 0 && release === undefined) {
        problems.push(noReleaseMessage(ctx, copied.map((d) => d.id)));
    }
    for (const dataset of recipe.inputs.datasets) {
        const product = upstreamProductOf(ctx, dataset, recipe);
        if (product !== undefined) {
            const asked = askedVersion(dataset, recipe);
            const pinned = await pinProductInput(ctx, { dataset, product, version: asked.version }, (version, requested) => lockedInput(recipe, dataset, version, asked.requested ?? requested));
            if ("problem" in pinned)
                problems.push(pinned.problem);
            else
                locked.push(pinned);
            continue;
        }
        const available = await (0,stages_versions/* availableVersions */.hK)(ctx.layout.datasetDir(dataset.id));
        const asked = askedVersion(dataset, recipe);
        const copies = copied.includes(dataset);
        if (copies && release === undefined)
            continue; // reported once above
        const chosen = copies
            ? copyFromRelease(dataset.id, available, release)
            : chooseVersion(asked.version, available, strategy === "find_latest");
        if (typeof chosen !== "string") {
            problems.push(chosen?.problem ?? missingMessage(dataset.id, asked, available, strategy));
            continue;
        }
        const input = lockedInput(recipe, dataset, chosen, asked.requested ?? (copies ? COPY : LATEST));
        locked.push(copies && release ? { ...input, copied_from: release.partition } : input);
    }
    if (problems.length > 0) {
        throw new errors/* StageFailure */.BG(problems.join("\n"), `${ctx.product.id}.plan`, ctx.partition.key);
    }
    return locked;
}
function lockedInput(recipe, dataset, version, requested) {
    const fileType = dataset.file_type ?? recipe.inputs.dataset_defaults?.file_type;
    return {
        dataset: dataset.id,
        version,
        requested,
        import_as: dataset.import_as ?? dataset.id,
        ...(dataset.version_env_var ? { version_env_var: dataset.version_env_var } : {}),
        ...(fileType ? { file_type: fileType } : {}),
    };
}
function chooseVersion(wanted, available, findLatest) {
    if (wanted === undefined || wanted === LATEST)
        return wanted === LATEST || findLatest ? available.at(-1) : undefined;
    return available.includes(wanted) ? wanted : undefined;
}
/** `copy_latest_release`: the version the latest release locked, which must still be ingested. */
function copyFromRelease(dataset, available, release) {
    const version = release?.inputs.get(dataset);
    const from = `the latest release (${release?.partition ?? "none"})`;
    if (version === undefined) {
        return {
            problem: `dataset "${dataset}": no version given and ${from} did not use it; pin a version or use version: latest`,
        };
    }
    if (!available.includes(version)) {
        const present = available.length > 0 ? available.join(", ") : "none (ingest it first)";
        return {
            problem: `dataset "${dataset}": version "${version}" copied from ${from} is not in the ingest store; versions available: ${present}`,
        };
    }
    return version;
}
function noReleaseMessage(ctx, datasets) {
    const id = ctx.product.id;
    const shown = datasets.length > 5 ? `${datasets.slice(0, 5).join(", ")}, ...` : datasets.join(", ");
    return `product "${id}": inputs.missing_versions_strategy is copy_latest_release, but the store has no release of "${id}" to copy versions from (${RELEASE_MEANING}); package a release first (e.g. \`lifecycle materialize --select ${id} --partition <version>-<note>\` with a recipe that pins or finds versions), or give a version to the ${datasets.length} input(s) without one: ${shown}`;
}
function missingMessage(dataset, asked, available, strategy) {
    const present = available.length > 0 ? available.join(", ") : "none (ingest it first)";
    const wanted = asked.version;
    if (wanted !== undefined && wanted !== LATEST) {
        const via = asked.requested === wanted ? "" : ` (from ${asked.requested})`;
        return `dataset "${dataset}": version "${wanted}"${via} is not in the ingest store; versions available: ${present}`;
    }
    if (available.length === 0)
        return `dataset "${dataset}": no version in the ingest store; versions available: ${present}`;
    const hint = strategy === "find_latest"
        ? ""
        : "; pin a version or set inputs.missing_versions_strategy: find_latest";
    return `dataset "${dataset}": no version given${hint}; versions available: ${present}`;
}

// EXTERNAL MODULE: ./src/stages/recipe.ts
var stages_recipe = __webpack_require__(97685);
// EXTERNAL MODULE: ./src/stages/timings.ts
var timings = __webpack_require__(14024);
;// CONCATENATED MODULE: ./src/stages/plan.ts











/** dcpy's variable for the previous release's version, which recipes use as a `version_env_var`. */
const VERSION_PREV = "VERSION_PREV";
/** The plan stage with its clock injected (tests); `planStage` uses the real clock. */
function createPlanStage(options = {}) {
    const clock = options.now ?? (() => new Date());
    return {
        name: "plan",
        async fingerprintInputs(ctx) {
            const { recipe, releases, now } = await readSources(ctx, clock());
            const store = {};
            const upstream = {};
            const stageRecipe = recipe?.recipe;
            for (const dataset of stageRecipe?.inputs.datasets ?? []) {
                const product = stageRecipe ? upstreamProductOf(ctx, dataset, stageRecipe) : undefined;
                if (product !== undefined)
                    upstream[product] = await upstreamDigest(ctx, product);
                else
                    store[dataset.id] = await versionDigests(ctx, dataset.id);
            }
            const source = recipe ? versionSource(ctx, recipe.recipe) : "default";
            return {
                recipeFiles: recipe?.files ?? [],
                recipe: recipe?.recipe ?? null,
                productEnv: ctx.product.env ?? {},
                productVersion: ctx.product.version ?? null,
                partition: ctx.partition,
                store,
                ...(Object.keys(upstream).length > 0 ? { upstream } : {}),
                // What the plan reads of a release: its version and input versions (not its timings).
                releases: releases.map((r) => [r.partition, r.version, Object.fromEntries(r.inputs)]),
                day: source === "today" || source === "first_of_month" ? (0,stages_versions/* isoDay */.kh)(now) : null,
            };
        },
        async run(ctx, outDir) {
            const started = new Date();
            const sources = await readSources(ctx, clock());
            const { version, inputs, recipe } = sources.recipe
                ? await plan_resolve(ctx, sources.recipe.recipe, sources)
                : { version: undefined, inputs: [], recipe: undefined };
            const lock = {
                product: ctx.product.id,
                recipe: sources.recipe?.file ?? null,
                partition: lockedPartition(ctx),
                ...(version ? { version } : {}),
                env: lockEnv(ctx, recipe, version),
                inputs,
            };
            await promises_default().writeFile(external_node_path_default().join(outDir, stages_lock/* LOCK_FILE */.FI), (0,stages_lock/* renderLock */.wC)(lock));
            await (0,timings/* writeStageRecord */.nW)(outDir, [(0,timings/* timing */.N9)("plan", ctx.runId, started)]);
            if (version)
                ctx.log(`version ${version.value} (${version.strategy})`);
            for (const input of inputs)
                ctx.log(`pinned ${input.dataset} ${input.version} (asked: ${input.requested})`);
            return {
                metadata: {
                    recipe: lock.recipe,
                    ...(version ? { version: version.value, version_strategy: version.strategy } : {}),
                    inputs: Object.fromEntries(inputs.map((i) => [i.dataset, i.version])),
                },
            };
        },
    };
}
const planStage = createPlanStage();
async function readSources(ctx, now) {
    const recipe = (0,stages_recipe/* productRecipe */.IY)(ctx);
    return { recipe, releases: recipe ? await listReleases(ctx) : [], now };
}
/**
 * The product version and the input versions. The version comes first (dcpy's order), so that
 * `VERSION_PREV` (the newest release older than it) can pin inputs through `version_env_var`;
 * only `pin_to_source_dataset` needs the inputs first, and then has no `VERSION_PREV`.
 */
async function plan_resolve(ctx, recipe, { releases, now }) {
    const release = releases.at(-1);
    const pinned = versionSource(ctx, recipe) === "pin_to_source_dataset";
    let early;
    let versionProblem;
    try {
        if (!pinned)
            early = chooseProductVersion(ctx, { recipe, inputs: [], release, now });
    }
    catch (error) {
        if (!(error instanceof errors/* StageFailure */.BG))
            throw error;
        versionProblem = error; // reported together with the inputs' problems
    }
    const previous = early ? previousRelease(releases, early.value) : undefined;
    const withPrevious = previous && recipe.vars?.[VERSION_PREV] === undefined
        ? { ...recipe, vars: { ...recipe.vars, [VERSION_PREV]: previous.version } }
        : recipe;
    const inputs = await pinInputs(ctx, withPrevious, release).catch((error) => {
        if (!versionProblem || !(error instanceof errors/* StageFailure */.BG))
            throw error;
        throw new errors/* StageFailure */.BG(`${versionProblem.message}\n${error.message}`, error.asset, error.partition);
    });
    if (versionProblem)
        throw versionProblem;
    const version = early ?? chooseProductVersion(ctx, { recipe, inputs, release, now });
    const withRelease = previous
        ? { ...version, previous_release: { partition: previous.partition, version: previous.version } }
        : version;
    return { version: withRelease, inputs, recipe: withPrevious };
}
/**
 * dcpy's build environment: the recipe's `vars` (with `VERSION_PREV`), then `VERSION` (and
 * `VERSION_TYPE`) as dcpy sets them, then the recipe's `env`, then the product's `env` (later
 * entries win).
 */
function lockEnv(ctx, recipe, version) {
    if (recipe === undefined || version === undefined)
        return { ...(ctx.product.env ?? {}) };
    return {
        ...(recipe.vars ?? {}),
        VERSION: version.value,
        ...(recipe.version_type ? { VERSION_TYPE: recipe.version_type } : {}),
        ...(recipe.env ?? {}),
        ...(ctx.product.env ?? {}),
    };
}
function lockedPartition(ctx) {
    const { key, version, note, dimensions, env } = ctx.partition;
    return { key, version, note, ...(dimensions ? { dimensions } : {}), ...(env ? { env } : {}) };
}
/** Each present version with the digest of its content, so a new version, or one re-ingested with other data, re-plans. */
async function versionDigests(ctx, dataset) {
    const digests = {};
    for (const version of await (0,stages_versions/* availableVersions */.hK)(ctx.layout.datasetDir(dataset))) {
        digests[version] = await (0,stages_versions/* ingestContentDigest */.a1)(external_node_path_default().join(ctx.layout.datasetVersionDir(dataset, version), "config.json"));
    }
    return digests;
}

;// CONCATENATED MODULE: ./src/stages/index.ts




/** What each stage of a product does; the scheduler decides when, and promotes the output. */
const stages = {
    plan: planStage,
    load: load/* loadStage */.xk,
    build: build/* buildStage */.Zh,
    package: stages_package/* packageStage */.PQ,
};

;// CONCATENATED MODULE: ./src/engine/defaults.ts






/** The real collaborators: configuration loader, the four stages, the partition registry, the ingest. */
function defaultDeps() {
    return {
        loadProject: project_products/* loadProjectWithPipelines */.f1,
        stages: stages,
        partitions: {
            resolve: (product, expr, known) => (0,resolve/* resolvePartitions */.W)(product, expr, { known }),
            known: async (store, product) => (await (0,registry/* listPartitions */.AU)(new layout/* StoreLayout */.Eh(store), product.id)).map((p) => p.key),
            ensure: (store, product, key) => (0,registry/* ensurePartition */.pV)(new layout/* StoreLayout */.Eh(store), product, key),
        },
        ingest: async (request) => {
            const result = await (0,ingest/* ingestDataset */.nw)(request);
            return { version: result.version, metadata: result.metadata };
        },
    };
}


/***/ }),

/***/ 41366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ graphSourceOf),
/* harmony export */   Y: () => (/* binding */ recipeDatasets)
/* harmony export */ });
/* harmony import */ var _graph_lineage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93109);

function graphSourceOf(project) {
    return (0,_graph_lineage_js__WEBPACK_IMPORTED_MODULE_0__/* .lineageGraphSource */ .je)(project);
}
/** A recipe's input datasets: id and the version asked for (`undefined` for latest). */
function recipeDatasets(recipe) {
    return (recipe.inputs?.datasets ?? []).map((d) => ({
        id: d.id,
        version: d.version === undefined || d.version === "latest" ? undefined : d.version,
    }));
}


/***/ }),

/***/ 30178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ readStageMarker),
/* harmony export */   K6: () => (/* binding */ writeStageMarker),
/* harmony export */   V4: () => (/* binding */ outputHashOf),
/* harmony export */   dX: () => (/* binding */ ingestFingerprint),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   sZ: () => (/* binding */ hashDirectory),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* unused harmony exports STAGE_MARKER, StageMarkerSchema */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26921);
/* harmony import */ var _stages_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47232);
/* harmony import */ var _stages_timings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14024);






/**
 * Written by the engine into every promoted stage output: it travels with the output (a GitHub
 * artifact, a copied store), so a later run on another machine can skip the stage without an event log.
 * Not a dotfile: upload-artifact leaves hidden files out.
 */
const STAGE_MARKER = "lifecycle-stage.json";
const StageMarkerSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    asset: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    partition: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    /** Content hash of the output (every file except this marker). */
    outputHash: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    start: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    end: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
    metadata: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J()).default({}),
});
/** JSON with object keys sorted, so equal values always hash equally. */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, v) => {
        if (v === null || typeof v !== "object" || Array.isArray(v))
            return v;
        const entries = Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return Object.fromEntries(entries);
    });
}
/** The fingerprint of an ingested dataset version: what its event record carries. */
function ingestFingerprint(template, version, metadata) {
    return sha256(canonicalJson({ template, version, metadata }));
}
function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(text).digest("hex");
}
/** Records about a run, not its result: a rerun with equal results keeps the same content hash. */
const NOT_CONTENT = new Set([STAGE_MARKER, _stages_timings_js__WEBPACK_IMPORTED_MODULE_4__/* .STAGE_RECORD */ .rS]);
/** A hash of every file under `dir` (relative path and content; a symlink by its target), run records excluded. */
async function hashDirectory(dir) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    for (const entry of await listFiles(dir)) {
        if (NOT_CONTENT.has(entry.file))
            continue;
        hash.update(`${entry.file}\u0000`);
        hash.update(entry.link === undefined ? await hashFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, entry.file)) : `link:${entry.link}`);
        hash.update("\u0000");
    }
    return hash.digest("hex");
}
async function listFiles(dir, prefix = "") {
    const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, prefix), { withFileTypes: true });
    const files = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const file = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
        if (entry.isDirectory())
            files.push(...(await listFiles(dir, file)));
        else if (entry.isSymbolicLink())
            files.push({ file, link: await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readlink(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, file)) });
        else {
            (0,_stages_files_js__WEBPACK_IMPORTED_MODULE_3__/* .refuseSpecialFile */ .Iy)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, file), entry);
            files.push({ file });
        }
    }
    return files;
}
const SMALL_FILE = 4 * 1024 * 1024;
async function hashFile(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    const handle = await (0,_stages_files_js__WEBPACK_IMPORTED_MODULE_3__/* .openRegularFile */ .ZU)(file);
    try {
        const { size } = await handle.stat();
        if (size <= SMALL_FILE)
            return hash.update(await handle.readFile()).digest("hex");
        for await (const chunk of handle.createReadStream({ autoClose: false }))
            hash.update(chunk);
        return hash.digest("hex");
    }
    finally {
        await handle.close();
    }
}
async function readStageMarker(stageDir) {
    let text;
    try {
        text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(stageDir, STAGE_MARKER), "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return undefined;
        throw error;
    }
    try {
        const parsed = StageMarkerSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}
/** Into a staging directory, before promotion (so no atomic write is needed). */
async function writeStageMarker(stagingDir, marker) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().writeFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(stagingDir, STAGE_MARKER), `${JSON.stringify(marker, null, 2)}\n`);
}
/** The content hash of a promoted stage output: from its marker, else computed; undefined when absent. */
async function outputHashOf(stageDir) {
    const marker = await readStageMarker(stageDir);
    if (marker)
        return marker.outputHash;
    try {
        return await hashDirectory(stageDir);
    }
    catch (error) {
        if (error.code === "ENOENT")
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 96402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RUN_ASSET: () => (/* binding */ RUN_ASSET),
  materialize: () => (/* binding */ materialize),
  readByStages: () => (/* binding */ readByStages)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/process/node-runner.ts + 1 modules
var node_runner = __webpack_require__(49817);
// EXTERNAL MODULE: ./src/store/events.ts
var events = __webpack_require__(18372);
// EXTERNAL MODULE: ./src/store/lock.ts
var store_lock = __webpack_require__(35074);
// EXTERNAL MODULE: ./src/store/store.ts
var store_store = __webpack_require__(81644);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/engine/defaults.ts + 6 modules
var defaults = __webpack_require__(13117);
// EXTERNAL MODULE: ./src/engine/fingerprint.ts
var fingerprint = __webpack_require__(30178);
// EXTERNAL MODULE: ./src/engine/run-task.ts + 1 modules
var run_task = __webpack_require__(90327);
;// CONCATENATED MODULE: ./src/engine/dry-run.ts



/** Decide, without running or writing anything, which tasks would run and why. */
async function dryRunTasks(tasks, env, reporter) {
    const wouldRun = new Set();
    const reports = [];
    for (const task of tasks) {
        const reason = await whyRun(task, env, wouldRun);
        if (reason !== undefined)
            wouldRun.add(task.id);
        const ref = (0,run_task/* taskRef */.rd)(task);
        reports.push({
            ...ref,
            outcome: reason === undefined ? "up-to-date" : "would-run",
            reason: reason ?? "inputs unchanged since its last success",
        });
        reporter.report({
            type: "task-dry-run",
            task: ref,
            wouldRun: reason !== undefined,
            reason: reason ?? "up to date",
        });
    }
    return reports;
}
async function whyRun(task, env, wouldRun) {
    if (task.kind === "ingest")
        return task.reason === "needed" ? "a product reads a version not in the store" : "selected";
    const upstream = task.after.find((id) => wouldRun.has(id));
    if (upstream !== undefined)
        return `${upstream.split("@")[0] ?? upstream} would run first`;
    if (env.force)
        return "--force";
    const stageDir = env.layout.stageDir(task.product.id, task.partition.key, task.asset.stage);
    const marker = await (0,fingerprint/* readStageMarker */.HQ)(stageDir);
    if (!marker)
        return "no output in the store yet";
    const stage = env.deps.stages[task.asset.stage];
    const ctx = (0,run_task/* stageContext */.U1)(task, { ...env, log: () => undefined });
    try {
        const fingerprint = await (0,run_task/* stageFingerprint */.LE)(task, stage, ctx, env);
        return fingerprint === marker.fingerprint ? undefined : "inputs changed since its last success";
    }
    catch (error) {
        return `its inputs cannot be read yet (${(0,errors/* errorMessage */.gJ)(error)})`;
    }
}

;// CONCATENATED MODULE: ./src/engine/executor.ts
/**
 * Run tasks in dependency order, at most `concurrency` at once. Ready tasks start in the order
 * given, so a product's later stages go before other products' first ones. Resolves with each
 * task's outcome once nothing is running.
 */
function executeTasks(tasks, options) {
    const index = new Map(tasks.map((t, i) => [t.id, i]));
    const waiting = new Map(tasks.map((t) => [t.id, t.after.filter((id) => index.has(id)).length]));
    const dependents = new Map(tasks.map((t) => [t.id, []]));
    for (const task of tasks)
        for (const id of task.after)
            dependents.get(id)?.push(task);
    const outcomes = new Map();
    const ready = new IndexHeap();
    tasks.forEach((t, i) => {
        if (waiting.get(t.id) === 0)
            ready.push(t, i);
    });
    let running = 0;
    return new Promise((resolve) => {
        const settle = (task, outcome, cause = task.id) => {
            outcomes.set(task.id, outcome);
            for (const next of dependents.get(task.id) ?? []) {
                if (outcomes.has(next.id))
                    continue;
                if (outcome === "success" || outcome === "skipped") {
                    const left = (waiting.get(next.id) ?? 1) - 1;
                    waiting.set(next.id, left);
                    if (left === 0)
                        ready.push(next, index.get(next.id) ?? 0);
                }
                else if (outcome === "cancelled" && cause === task.id && options.signal.aborted) {
                    continue;
                }
                else {
                    options.onBlocked(next, cause);
                    settle(next, "blocked", cause);
                }
            }
        };
        const pump = () => {
            while (running < options.concurrency && ready.size > 0 && !options.signal.aborted) {
                const task = ready.pop();
                if (task === undefined)
                    break;
                running++;
                void options.run(task).then((outcome) => finish(task, outcome), () => finish(task, "failed"));
            }
            if (running === 0 && (ready.size === 0 || options.signal.aborted)) {
                for (const task of tasks) {
                    if (outcomes.has(task.id))
                        continue;
                    options.onNotStarted(task);
                    outcomes.set(task.id, "cancelled");
                }
                resolve(outcomes);
            }
        };
        const finish = (task, outcome) => {
            running--;
            settle(task, outcome);
            pump();
        };
        pump();
    });
}
/** Ready tasks, smallest position in the task list first: O(log n) per push and pop. */
class IndexHeap {
    items = [];
    get size() {
        return this.items.length;
    }
    push(task, position) {
        const items = this.items;
        items.push({ task, position });
        let i = items.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if ((items[parent]?.position ?? 0) <= position)
                break;
            this.swap(i, parent);
            i = parent;
        }
    }
    pop() {
        const items = this.items;
        const top = items[0];
        const last = items.pop();
        if (top === undefined || last === undefined || items.length === 0)
            return top?.task;
        items[0] = last;
        let i = 0;
        for (;;) {
            const left = 2 * i + 1;
            const right = left + 1;
            let smallest = i;
            if (left < items.length && this.at(left) < this.at(smallest))
                smallest = left;
            if (right < items.length && this.at(right) < this.at(smallest))
                smallest = right;
            if (smallest === i)
                return top.task;
            this.swap(i, smallest);
            i = smallest;
        }
    }
    at(i) {
        return this.items[i]?.position ?? 0;
    }
    swap(a, b) {
        const items = this.items;
        const itemA = items[a];
        const itemB = items[b];
        if (itemA === undefined || itemB === undefined)
            return;
        items[a] = itemB;
        items[b] = itemA;
    }
}

// EXTERNAL MODULE: ./src/engine/plan.ts
var engine_plan = __webpack_require__(30955);
;// CONCATENATED MODULE: ./src/engine/reporter.ts
/** A reporter that keeps every event (tests, and callers who want the whole story afterwards). */
class RecordingReporter {
    events = [];
    report(event) {
        this.events.push(event);
    }
}
function emptySummary() {
    return { success: 0, skipped: 0, failed: 0, cancelled: 0, blocked: 0 };
}

;// CONCATENATED MODULE: ./src/engine/materialize.ts












/**
 * Analyse the selection, then run its tasks in dependency order, holding the store lock (a dry run
 * does not take it). Bad usage or config, or a store held by another run, throws before anything runs.
 */
async function materialize(options) {
    const started = performance.now();
    const runId = options.runId ?? (0,events/* newRunId */.F$)();
    const concurrency = checkConcurrency(options.concurrency);
    const deps = { ...(0,defaults/* defaultDeps */.m)(), ...options.deps };
    const dryRun = options.dryRun ?? false;
    const store = await (0,store_store/* openStore */.Ch)(options.store, {
        root: options.root,
        env: options.env ?? process.env,
        only: readByStages,
    });
    try {
        return await lockAndRun(options, store, { started, runId, concurrency, deps, dryRun });
    }
    finally {
        await store.close();
    }
}
/**
 * The units an object store materialises for a run: all but drafts (the plan reads published
 * versions for copy_latest_release and bump_latest_release; nothing reads a draft).
 */
function readByStages(unit) {
    return !unit.startsWith("drafts/");
}
/**
 * The lock is the working directory's: for a local store the store itself; for S3 a private
 * directory, so runs on other machines are kept apart by the conditional pointer writes instead.
 */
async function lockAndRun(options, store, settings) {
    const { runId, dryRun } = settings;
    if (dryRun)
        return planAndRun(options, store, settings);
    const lock = {
        store: store.layout.root,
        command: options.lock?.command ?? "materialize",
        runId,
        timeoutSeconds: options.lock?.timeoutSeconds,
        signal: options.signal,
        log: options.lock?.log,
    };
    return (0,store_lock/* withStoreLock */.rX)(lock, () => planAndRun(options, store, settings));
}
async function planAndRun(options, store, settings) {
    const { started, runId, concurrency, deps, dryRun } = settings;
    const layout = store.layout;
    const plan = await (0,engine_plan/* planRun */.nY)({ ...options, store: layout.root, layout }, deps);
    options.reporter.report({
        type: "run-planned",
        runId,
        warnings: plan.warnings,
        tasks: plan.tasks.map(plannedTask),
        dryRun,
        concurrency,
    });
    const env = {
        project: plan.project,
        layout,
        deps,
        runner: options.runner ?? new node_runner/* NodeProcessRunner */.u(),
        signal: options.signal,
        runId,
        force: options.force ?? false,
        outputHashes: new Map(),
        log: (task, line) => options.reporter.report({ type: "task-log", task, line }),
        progress: (task, progress) => options.reporter.report({ type: "task-progress", task, progress }),
        started: (task) => options.reporter.report({ type: "task-started", task }),
        ...(store.kind === "local"
            ? {}
            : {
                commit: (unit) => store.commit(unit, runId),
                commitDatasets: () => store.commitDatasets(runId),
            }),
    };
    const tasks = dryRun
        ? await dryRunTasks(plan.tasks, env, options.reporter)
        : await executeRun(plan.tasks, plan.newPartitions, env, { ...options, store: layout.root }, store);
    const summary = emptySummary();
    for (const task of tasks)
        if (isTaskOutcome(task.outcome))
            summary[task.outcome]++;
    const durationMs = Math.round(performance.now() - started);
    options.reporter.report({ type: "run-finished", runId, summary, durationMs });
    const ok = summary.failed + summary.blocked + summary.cancelled === 0;
    return { runId, ok, dryRun, tasks, summary, durationMs };
}
function isTaskOutcome(outcome) {
    return outcome !== "would-run" && outcome !== "up-to-date";
}
function checkConcurrency(value) {
    if (value === undefined)
        return Math.max(1, external_node_os_default().availableParallelism());
    if (!Number.isInteger(value) || value < 1)
        throw new errors/* UsageError */.eb(`concurrency must be a whole number of at least 1 (received ${value})`);
    return value;
}
function plannedTask(task) {
    return {
        ...(0,run_task/* taskRef */.rd)(task),
        after: task.after,
        ...(task.kind === "ingest" ? { reason: task.reason } : {}),
    };
}
async function executeRun(tasks, newPartitions, env, options, store) {
    const concurrency = options.concurrency ?? 1;
    for (const { product, key } of newPartitions)
        await env.deps.partitions.ensure(options.store, product, key);
    const reports = new Map();
    const log = new events/* EventLog */.vu(env.layout, store.events);
    let skipped = 0;
    const byId = new Map(tasks.map((t) => [t.id, t]));
    await executeTasks(tasks, {
        concurrency,
        signal: options.signal,
        run: async (task) => {
            const result = task.kind === "stage" ? await (0,run_task/* runStageTask */.V_)(task, env) : await (0,run_task/* runIngestTask */.R1)(task, env);
            // A task found up to date adds no record: one run record counts them (below).
            if (result.outcome === "skipped")
                skipped++;
            else if (result.record)
                log.append(result.record);
            reports.set(task.id, {
                ...(0,run_task/* taskRef */.rd)(task, result.record?.partition),
                outcome: result.outcome,
                ...(result.record ? { record: result.record } : {}),
                ...(result.error ? { error: result.error } : {}),
            });
            reportResult(options.reporter, task, result);
            return result.outcome;
        },
        onBlocked: (task, blockedBy) => {
            const blocker = byId.get(blockedBy);
            const label = blocker ? `${blocker.asset.id} (${(0,run_task/* taskRef */.rd)(blocker).partition})` : blockedBy;
            reports.set(task.id, {
                ...(0,run_task/* taskRef */.rd)(task),
                outcome: "blocked",
                error: `not run: ${label} did not succeed`,
            });
            options.reporter.report({ type: "task-blocked", task: (0,run_task/* taskRef */.rd)(task), blockedBy: label });
        },
        onNotStarted: (task) => {
            reports.set(task.id, {
                ...(0,run_task/* taskRef */.rd)(task),
                outcome: "cancelled",
                error: "not started: the run was cancelled",
            });
            options.reporter.report({ type: "task-cancelled", task: (0,run_task/* taskRef */.rd)(task) });
        },
    });
    if (skipped > 0)
        log.append(runRecord(env.runId, skipped));
    await log.settled();
    await store.events.current();
    return tasks.flatMap((t) => reports.get(t.id) ?? []);
}
function reportResult(reporter, task, result) {
    const ref = (0,run_task/* taskRef */.rd)(task, result.record?.partition);
    const record = result.record;
    if (result.outcome === "cancelled")
        reporter.report({ type: "task-cancelled", task: ref, ...(record ? { record } : {}) });
    else if (!record)
        return;
    else if (result.outcome === "success")
        reporter.report({ type: "task-succeeded", task: ref, record });
    else if (result.outcome === "skipped")
        reporter.report({ type: "task-skipped", task: ref, record });
    else
        reporter.report({ type: "task-failed", task: ref, record, error: result.error ?? "failed" });
}
/** The asset of the one record a run adds for the tasks it found up to date. */
const RUN_ASSET = "@run";
function runRecord(runId, skipped) {
    const now = new Date().toISOString();
    return {
        asset: RUN_ASSET,
        partition: RUN_ASSET,
        status: "skipped",
        start: now,
        end: now,
        durationMs: 0,
        runId,
        fingerprint: "",
        metadata: { skipped },
    };
}


/***/ }),

/***/ 30955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ taskLabel),
/* harmony export */   jP: () => (/* binding */ AUTO_VERSION),
/* harmony export */   nY: () => (/* binding */ planRun)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _graph_graph_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1924);
/* harmony import */ var _graph_selection_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12882);
/* harmony import */ var _partitions_keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63399);
/* harmony import */ var _stages_versions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54226);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5891);
/* harmony import */ var _deps_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(41366);








/** Ingests whose version the source decides (today's date for local files) are labelled so. */
const AUTO_VERSION = "auto";
function taskLabel(task) {
    return task.kind === "stage" ? task.partition.key : (task.version ?? AUTO_VERSION);
}
/** Analyse a run before anything executes: project, graph, selection, partitions, upstream outputs. */
async function planRun(request, deps) {
    const { project, warnings } = await deps.loadProject(request.root);
    const graph = (0,_graph_graph_js__WEBPACK_IMPORTED_MODULE_2__/* .buildAssetGraph */ .dZ)((0,_deps_js__WEBPACK_IMPORTED_MODULE_7__/* .graphSourceOf */ .B)(project));
    const selected = selectAssets(graph, request);
    const products = new Map(project.products.map((p) => [p.id, p]));
    const stageTasks = [];
    const newPartitions = [];
    for (const productId of new Set(selected.flatMap((a) => (a.kind === "stage" ? [a.product] : [])))) {
        const product = products.get(productId);
        if (!product)
            continue;
        const known = await deps.partitions.known(request.store, product);
        const partitions = resolveFor(deps, product, request.partition, known);
        const unknown = partitions.filter((p) => isDynamic(product) && !known.includes(p.key) && !(0,_partitions_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .isStarterNote */ .Ul)(p.key));
        if (unknown.length > 0 && request.createPartitions === false)
            throw unknownPartition(product.id, unknown[0]?.key ?? "", known);
        for (const partition of unknown)
            newPartitions.push({ product, key: partition.key });
        const assets = selected.filter((a) => a.kind === "stage" && a.product === productId);
        for (const partition of partitions)
            stageTasks.push(...chainTasks(assets, product, partition));
    }
    await checkUpstreamOutputs(stageTasks, request.layout);
    const ingestTasks = await ingestTasksFor(graph, selected, stageTasks, project, request);
    linkPlansToIngests(stageTasks, ingestTasks, project);
    linkPlansToUpstreamProducts(stageTasks, graph);
    return { project, warnings, graph, tasks: [...ingestTasks, ...stageTasks], newPartitions };
}
function resolveFor(deps, product, expr, known) {
    try {
        return deps.partitions.resolve(product, expr, known);
    }
    catch (error) {
        if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb) || expr === undefined)
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${error.message}\n(--partition applies to every selected product: narrow the selection with --select)`);
    }
}
function selectAssets(graph, request) {
    const selected = request.select === undefined
        ? graph.assets.filter((a) => a.kind === "stage")
        : (0,_graph_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveSelection */ .Fb)(graph, request.select);
    const only = request.stages;
    if (only === undefined)
        return selected;
    const unknown = only.filter((s) => !_store_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .STAGES */ .an.includes(s));
    if (unknown.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unknown stage ${JSON.stringify(unknown[0])}; expected one of ${_store_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .STAGES */ .an.join(", ")}`);
    return selected.filter((a) => a.kind === "stage" && only.includes(a.stage));
}
function chainTasks(assets, product, partition) {
    const tasks = [];
    for (const asset of assets) {
        const upstream = asset.deps[0];
        const previous = tasks.find((t) => t.asset.id === upstream);
        tasks.push({
            kind: "stage",
            id: `${asset.id}@${partition.key}`,
            asset,
            product,
            partition,
            after: previous && asset.stage !== "plan" ? [previous.id] : [],
        });
    }
    return tasks;
}
/** A stage selected without the stage before it reads that stage's output from the store: it must be there. */
async function checkUpstreamOutputs(tasks, layout) {
    const missing = [];
    for (const task of tasks) {
        if (task.asset.stage === "plan" || task.after.length > 0)
            continue;
        const previous = _store_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .STAGES */ .an[_store_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .STAGES */ .an.indexOf(task.asset.stage) - 1] ?? "plan";
        const dir = layout.stageDir(task.product.id, task.partition.key, previous);
        if (!(await exists(dir)))
            missing.push(`${task.product.id}.${previous} for partition ${task.partition.key} (${dir})`);
    }
    if (missing.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`the selection needs stage outputs that are not in the store: ${missing.join("; ")}. ` +
            `Select them too (e.g. --select +<asset>) or materialise them first.`);
    }
}
async function ingestTasksFor(graph, selected, stageTasks, project, request) {
    const chosen = selected.filter((a) => a.kind === "ingest");
    const onlyIngests = chosen.length > 0 && chosen.length === selected.length;
    const version = onlyIngests && request.partition !== undefined
        ? (0,_partitions_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .validateIngestVersion */ .fD)(request.partition)
        : undefined;
    const tasks = chosen.map((asset) => ingestTask(asset, version, "selected"));
    if (request.stages !== undefined)
        return tasks;
    const planned = new Set(stageTasks.filter((t) => t.asset.stage === "plan").map((t) => t.product.id));
    for (const product of planned) {
        const recipe = project.recipes.get(product)?.recipe;
        for (const dataset of recipe ? (0,_deps_js__WEBPACK_IMPORTED_MODULE_7__/* .recipeDatasets */ .Y)(recipe) : []) {
            const asset = graph.byId.get((0,_graph_graph_js__WEBPACK_IMPORTED_MODULE_2__/* .ingestAssetId */ .YK)(dataset.id));
            if (asset?.kind !== "ingest")
                continue;
            const covered = tasks.some((t) => datasetOf(t.asset) === dataset.id &&
                (t.version === undefined || t.version === dataset.version));
            if (covered || (await inStore(request.layout, dataset.id, dataset.version)))
                continue;
            tasks.push(ingestTask(asset, dataset.version, "needed"));
        }
    }
    return tasks;
}
/** Whether the ingest store has the version (or, for `undefined`, any version) of a dataset. */
async function inStore(layout, dataset, version) {
    const present = await (0,_stages_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .availableVersions */ .hK)(layout.datasetDir(dataset));
    return version === undefined ? present.length > 0 : present.includes(version);
}
function ingestTask(asset, version, reason) {
    return {
        kind: "ingest",
        id: `${asset.id}@${version ?? AUTO_VERSION}`,
        asset,
        template: asset.template,
        version,
        reason,
        after: [],
    };
}
function linkPlansToIngests(stageTasks, ingestTasks, project) {
    for (const task of stageTasks) {
        if (task.asset.stage !== "plan")
            continue;
        const recipe = project.recipes.get(task.product.id)?.recipe;
        const inputs = new Set(recipe ? (0,_deps_js__WEBPACK_IMPORTED_MODULE_7__/* .recipeDatasets */ .Y)(recipe).map((d) => d.id) : []);
        task.after.push(...ingestTasks.filter((i) => inputs.has(datasetOf(i.asset))).map((i) => i.id));
    }
}
/**
 * A product that reads another product's output plans after every partition of that product this
 * run packages (the upstream's package asset is a dependency of its plan asset).
 */
function linkPlansToUpstreamProducts(stageTasks, graph) {
    for (const task of stageTasks) {
        if (task.asset.stage !== "plan")
            continue;
        const upstream = new Set(graph.byId.get(task.asset.id)?.deps.filter((d) => !d.startsWith("ingest.")));
        const packages = stageTasks.filter((t) => upstream.has(t.asset.id)).map((t) => t.id);
        task.after.push(...packages);
    }
}
function datasetOf(asset) {
    return asset.dataset ?? asset.template;
}
async function exists(file) {
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().access(file);
        return true;
    }
    catch {
        return false;
    }
}
/** A dynamic key that is not known yet, asked for without `--create`: name the known ones. */
function unknownPartition(product, key, known) {
    const all = [..._partitions_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .STARTER_NOTES */ .mv, ...known];
    const close = (0,_graph_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .closeMatches */ .KA)(key, all);
    const hint = close.length > 0 ? ` Did you mean ${close.map((k) => `"${k}"`).join(" or ")}?` : "";
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--partition: product "${product}" has no partition "${key}".${hint} Known: ${all.join(", ")}. ` +
        `To add it, run again with --create, or: lifecycle partitions add ${product} ${key}`);
}
function isDynamic(product) {
    return product.partitions === undefined || product.partitions === "dynamic";
}


/***/ }),

/***/ 90327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R1: () => (/* binding */ runIngestTask),
  V_: () => (/* binding */ runStageTask),
  U1: () => (/* binding */ stageContext),
  LE: () => (/* binding */ stageFingerprint),
  rd: () => (/* binding */ taskRef)
});

// UNUSED EXPORTS: upstreamStage

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/disk-full.ts

const DISK_FULL = new Set(["ENOSPC", "EDQUOT"]);
function isDiskFull(error) {
    return error instanceof Error && "code" in error && DISK_FULL.has(String(error.code));
}
/**
 * Node's ENOSPC from a stream write says only `ENOSPC: no space left on device, write`: say which
 * directory's disk is full (the stage was writing under `where`), so the message and the stage's
 * record name it. Other errors come back unchanged.
 */
function namingFullDisk(error, where) {
    if (!isDiskFull(error))
        return error;
    const code = error.code ?? "ENOSPC";
    return new Error(`no space left on the device holding ${where} (${code}: ${(0,errors/* errorMessage */.gJ)(error)}): free space there, or point --store at a larger disk`, { cause: error });
}

// EXTERNAL MODULE: ./src/store/atomic.ts
var atomic = __webpack_require__(82892);
// EXTERNAL MODULE: ./src/store/layout.ts
var layout = __webpack_require__(5891);
// EXTERNAL MODULE: ./src/engine/fingerprint.ts
var engine_fingerprint = __webpack_require__(30178);
// EXTERNAL MODULE: ./src/engine/plan.ts
var plan = __webpack_require__(30955);
;// CONCATENATED MODULE: ./src/engine/run-task.ts







function taskRef(task, partition) {
    const label = partition ?? (0,plan/* taskLabel */.EW)(task);
    return { id: task.id, asset: task.asset.id, partition: label };
}
function stageContext(task, env) {
    const ref = taskRef(task);
    return {
        project: env.project,
        product: task.product,
        partition: task.partition,
        layout: env.layout,
        runner: env.runner,
        signal: env.signal,
        log: (line) => env.log(ref, line),
        runId: env.runId,
    };
}
/** The input fingerprint: the stage's own inputs and the content of the upstream stage's output. */
async function stageFingerprint(task, stage, ctx, store) {
    const own = await stage.fingerprintInputs(ctx);
    const upstream = upstreamStage(task.asset.stage);
    let upstreamHash = null;
    if (upstream !== undefined) {
        const dir = store.layout.stageDir(task.product.id, task.partition.key, upstream);
        const hash = store.outputHashes?.get(dir) ?? (await (0,engine_fingerprint/* outputHashOf */.V4)(dir));
        if (hash === undefined)
            throw new Error(`the output of ${task.product.id}.${upstream} for ${task.partition.key} is not in the store`);
        upstreamHash = hash;
    }
    return (0,engine_fingerprint/* sha256 */.sc)((0,engine_fingerprint/* canonicalJson */.dj)({
        asset: task.asset.id,
        partition: task.partition.key,
        own,
        upstream: upstreamHash,
    }));
}
function upstreamStage(stage) {
    return layout/* STAGES */.an[layout/* STAGES */.an.indexOf(stage) - 1];
}
/** Run one stage for one partition: skip when its fingerprint matches its output's, else run and promote atomically. */
async function runStageTask(task, env) {
    const stage = env.deps.stages[task.asset.stage];
    const ctx = stageContext(task, env);
    const stageDir = env.layout.stageDir(task.product.id, task.partition.key, task.asset.stage);
    const start = new Date();
    let fingerprint = "";
    try {
        fingerprint = await stageFingerprint(task, stage, ctx, env);
        const base = { start, runId: env.runId, fingerprint };
        const marker = await (0,engine_fingerprint/* readStageMarker */.HQ)(stageDir);
        if (!env.force && marker?.fingerprint === fingerprint) {
            env.outputHashes.set(stageDir, marker.outputHash);
            const skipped = record(task, { ...base, status: "skipped", metadata: marker.metadata });
            return { outcome: "skipped", record: skipped };
        }
        if (env.signal.aborted)
            throw env.signal.reason;
        env.started(taskRef(task));
        const done = await (0,atomic/* writeDirAtomically */.s3)(stageDir, env.layout.tmpDir, async (staging) => {
            const outcome = await stage.run(ctx, staging);
            if (env.signal.aborted)
                throw env.signal.reason;
            const success = record(task, { ...base, status: "success", metadata: outcome.metadata });
            const outputHash = await (0,engine_fingerprint/* hashDirectory */.sZ)(staging);
            await (0,engine_fingerprint/* writeStageMarker */.K6)(staging, { ...success, outputHash });
            env.outputHashes.set(stageDir, outputHash);
            return success;
        });
        await env.commit?.(external_node_path_default().relative(env.layout.root, stageDir).split((external_node_path_default()).sep).join("/"));
        return { outcome: "success", record: done };
    }
    catch (error) {
        return failure(task, namingFullDisk(error, env.layout.tmpDir), start, fingerprint, env);
    }
}
async function runIngestTask(task, env) {
    const started = new Date();
    const ref = taskRef(task);
    env.started(ref);
    try {
        const result = await env.deps.ingest({
            project: env.project,
            layout: env.layout,
            templateId: task.template,
            ...(task.asset.dataset !== undefined ? { only: task.asset.dataset } : {}),
            ...(task.version !== undefined ? { version: task.version } : {}),
            signal: env.signal,
            log: (line) => env.log(ref, line),
            progress: (progress) => env.progress?.(ref, progress),
            runner: env.runner,
        });
        await env.commitDatasets?.();
        const fingerprint = (0,engine_fingerprint/* ingestFingerprint */.dX)(task.template, result.version, result.metadata);
        const done = record(task, {
            status: "success",
            start: started,
            runId: env.runId,
            fingerprint,
            metadata: result.metadata,
            partition: result.version,
        });
        return { outcome: "success", record: done };
    }
    catch (error) {
        return failure(task, error, started, "", env);
    }
}
function failure(task, error, started, fingerprint, env) {
    const outcome = env.signal.aborted ? "cancelled" : "failed";
    const message = env.signal.aborted
        ? `cancelled: ${(0,errors/* errorMessage */.gJ)(env.signal.reason)}`
        : (0,errors/* errorMessage */.gJ)(error);
    return {
        outcome,
        error: message,
        record: {
            ...record(task, { status: outcome, start: started, runId: env.runId, fingerprint }),
            error: message,
        },
    };
}
function record(task, fields) {
    const end = fields.end ?? new Date();
    return {
        asset: task.asset.id,
        partition: taskRef(task, fields.partition).partition,
        status: fields.status,
        start: fields.start.toISOString(),
        end: end.toISOString(),
        durationMs: end.getTime() - fields.start.getTime(),
        runId: fields.runId,
        fingerprint: fields.fingerprint,
        metadata: fields.metadata ?? {},
    };
}


/***/ }),

/***/ 30434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nw: () => (/* reexport */ ingestDataset)
});

// UNUSED EXPORTS: CONFIG_FILE, DEFAULT_ENDPOINTS, DEFAULT_RETRY, FetchHttpClient, HttpStatusError, csvName, parquetName, storedVersions

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/ingest-limits.ts
var ingest_limits = __webpack_require__(72861);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(54661);
// EXTERNAL MODULE: ./src/config/template/index.ts + 6 modules
var config_template = __webpack_require__(34074);
// EXTERNAL MODULE: ./src/config/project-files.ts
var project_files = __webpack_require__(72185);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/partitions/keys.ts
var keys = __webpack_require__(63399);
// EXTERNAL MODULE: ./src/process/node-runner.ts + 1 modules
var node_runner = __webpack_require__(49817);
// EXTERNAL MODULE: ./src/store/atomic.ts
var atomic = __webpack_require__(82892);
// EXTERNAL MODULE: ./src/ingest/engine.ts
var ingest_engine = __webpack_require__(9036);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/ingest/hash.ts



/** A pass-through stream that hashes (sha256) and counts what flows through it. */
function hashingTap() {
    const hash = (0,external_node_crypto_.createHash)("sha256");
    let bytes = 0;
    const tap = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            hash.update(chunk);
            bytes += chunk.length;
            callback(null, chunk);
        },
    });
    return { tap, result: () => ({ sha256: hash.digest("hex"), bytes }) };
}
async function hashFile(file) {
    const hash = (0,external_node_crypto_.createHash)("sha256");
    let bytes = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1024 * 1024 })) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    return { sha256: hash.digest("hex"), bytes };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./src/store/layout.ts
var layout = __webpack_require__(5891);
;// CONCATENATED MODULE: ./src/ingest/store.ts




const CONFIG_FILE = "config.json";
function parquetName(id) {
    return `${(0,layout/* safeSegment */.LX)(id)}.parquet`;
}
function csvName(id) {
    return `${(0,layout/* safeSegment */.LX)(id)}.csv`;
}
const StoredConfig = schemas/* looseObject */._H3({ version: schemas/* string */.YjP(), when: schemas/* string */.YjP() });
/** Every version of a dataset in the store that has a readable config.json, newest first. */
async function storedVersions(layout, id) {
    const root = layout.datasetDir(id);
    let entries;
    try {
        entries = await promises_default().readdir(root);
    }
    catch {
        return [];
    }
    const versions = await Promise.all(entries.map(async (entry) => {
        const dir = external_node_path_default().join(root, entry);
        try {
            const parsed = StoredConfig.safeParse(JSON.parse(await promises_default().readFile(external_node_path_default().join(dir, CONFIG_FILE), "utf8")));
            return parsed.success
                ? { version: parsed.data.version, when: parsed.data.when, dir }
                : undefined;
        }
        catch {
            return undefined;
        }
    }));
    return versions
        .filter((v) => v !== undefined)
        .sort((a, b) => b.when.localeCompare(a.when) || b.version.localeCompare(a.version));
}
/** `latest`: the newest stored version other than `current`; otherwise the version named. */
async function findPreviousVersion(layout, id, wanted, current) {
    const versions = await storedVersions(layout, id);
    const match = wanted === "latest"
        ? versions.find((v) => v.version !== current)
        : versions.find((v) => v.version === wanted);
    if (!match)
        return undefined;
    const parquet = external_node_path_default().join(match.dir, parquetName(id));
    try {
        await promises_default().access(parquet);
    }
    catch {
        return undefined;
    }
    return { version: match.version, parquet };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(49567);
;// CONCATENATED MODULE: ./src/ingest/geometry.ts

/** Every ingested geometry ends up in this column, as text (GeoJSON or WKT, or the source's WKT/WKB text). */
const GEOM_COLUMN = "geom";
const NUMBER = String.raw `-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?`;
/** GeometryCollections may hold collections this deep (the SQL grows with every level). */
const MAX_COLLECTION_DEPTH = 3;
const GEOJSON_TYPES = [
    "Point",
    "LineString",
    "Polygon",
    "MultiPoint",
    "MultiLineString",
    "MultiPolygon",
    "GeometryCollection",
];
/** `body` with `name` bound to `value`, which is evaluated once (a lambda over a one-element list). */
function bind(value, name, body) {
    return `list_transform([${value}], lambda ${name}: ${body})[1]`;
}
/** WKT name and how deep the coordinate lists nest (a position is one level). */
const SHAPES = {
    Point: { wkt: "POINT", depth: 1 },
    LineString: { wkt: "LINESTRING", depth: 2 },
    MultiPoint: { wkt: "MULTIPOINT", depth: 2 },
    Polygon: { wkt: "POLYGON", depth: 3 },
    MultiLineString: { wkt: "MULTILINESTRING", depth: 3 },
    MultiPolygon: { wkt: "MULTIPOLYGON", depth: 4 },
};
/** A JSON number as the reader prints it (validity is the JSON reader's job; this excludes null, strings, lists). */
const NUMBER_TEXT = "[-+0-9eE.]+";
const FIRST_POSITION = String.raw `\[([^\[\]]*)\]`;
/** The whole coordinates text: lists nested `depth` deep, every position of `dims` numbers. */
function shapePattern(depth, dims) {
    let pattern = String.raw `\[${Array(dims).fill(NUMBER_TEXT).join(",")}\]`;
    for (let level = 1; level < depth; level++)
        pattern = String.raw `\[${pattern}(?:,${pattern})*\]`;
    return pattern;
}
/**
 * The WKT body of compact JSON coordinates already checked against `shapePattern`, edited as plain
 * text (fast, and no number is printed again): the separators between lists become `, ` with the
 * parentheses they close and open, deepest first (`]],[[` ends a ring and starts the next), the
 * commas left inside positions become spaces. A Point or MultiPoint keeps parentheses around each
 * position. A whole number loses its `.0`. `[[1,2],[3.5,4.0]]` becomes `(1 2, 3.5 4)`.
 */
function coordinatesWkt(c, depth, wrapPositions) {
    const parens = (k) => (wrapPositions ? k : k - 1);
    let text = c;
    for (let k = depth - 1; k >= 1; k--) {
        const separator = `${"]".repeat(k)},${"[".repeat(k)}`;
        text = `replace(${text}, '${separator}', '${")".repeat(parens(k))}|${"(".repeat(parens(k))}')`;
    }
    text = `replace(replace(${text}, ',', ' '), '|', ', ')[${depth + 1}:-${depth + 1}]`;
    text = `'${"(".repeat(parens(depth))}' || ${text} || '${")".repeat(parens(depth))}'`;
    return `regexp_replace(${text}, '\\.0([ ,)])', '\\1', 'g')`;
}
const DIMENSION_TAGS = { 2: "", 3: " Z", 4: " ZM" };
/**
 * The dimension comes from the first position (3 numbers: Z, 4: ZM); coordinates that are not
 * lists of numbers nested as the type says, every position alike, fail the ingest.
 */
function shapeWkt(type, c, d) {
    const { wkt, depth } = SHAPES[type] ?? { wkt: type, depth: 1 };
    const invalid = `error('GeoJSON ${type} coordinates are not lists of numbers nested ${depth} deep with 2, 3 or 4 numbers in every position: ' || left(${c}, 200))`;
    const dims = `n${d}`;
    const valid = Object.keys(DIMENSION_TAGS)
        .map((n) => `WHEN ${n} THEN regexp_full_match(${c}, '${shapePattern(depth, Number(n))}')`)
        .join(" ");
    const tags = Object.entries(DIMENSION_TAGS)
        .map(([n, tag]) => `WHEN ${n} THEN '${wkt}${tag} '`)
        .join(" ");
    const body = coordinatesWkt(c, depth, depth === 1 || type === "MultiPoint");
    const text = `CASE WHEN CASE ${dims} ${valid} ELSE false END THEN (CASE ${dims} ${tags} END) || ${body} ELSE ${invalid} END`;
    const firstPosition = `len(string_split(regexp_extract(${c}, '${FIRST_POSITION}', 1), ','))`;
    return `CASE WHEN ${c} IS NULL OR ${c} = '[]' THEN '${wkt} EMPTY' ELSE ${bind(firstPosition, dims, text)} END`;
}
function collectionWkt(geometry, depth) {
    const d = String(depth);
    if (depth >= MAX_COLLECTION_DEPTH) {
        return `error('a GeoJSON GeometryCollection is nested more than ${MAX_COLLECTION_DEPTH} levels deep')`;
    }
    const members = `ws${d}`;
    const wkts = `list_transform(${geometry}.geometries, lambda m${d}: ${geoJsonToWktSql(`m${d}`, depth + 1)})`;
    // The collection takes the dimension of its first member.
    const tag = `regexp_extract(${members}[1], '^[A-Z]+( ZM| Z)? ', 1)`;
    const text = `CASE WHEN ${members} IS NULL OR len(${members}) = 0 THEN 'GEOMETRYCOLLECTION EMPTY' ELSE 'GEOMETRYCOLLECTION' || ${tag} || ' (' || array_to_string(${members}, ', ') || ')' END`;
    return bind(wkts, members, text);
}
/**
 * SQL for the WKT text of a GeoJSON geometry (`json`: JSON text or a JSON value); NULL for a null
 * geometry. Numbers are written as the JSON reader prints them (the shortest text that reads back
 * as the same double), a whole number without `.0`: `[1.0,-73.9857,1.5e-7]` -> `1 -73.9857 1.5e-7`.
 */
function geoJsonToWktSql(json, depth = 0) {
    const g = `g${depth}`;
    const parsed = `json_transform(${json}, '{"type": "VARCHAR", "coordinates": "JSON", "geometries": "JSON[]"}')`;
    const coordinates = `CAST(${g}.coordinates AS VARCHAR)`;
    const branches = Object.keys(SHAPES)
        .map((type) => `WHEN '${type}' THEN ${shapeWkt(type, coordinates, String(depth))}`)
        .join(" ");
    const unsupported = `error('GeoJSON geometry type "' || ${g}."type" || '" is not one of ${GEOJSON_TYPES.join(", ")}')`;
    const text = `CASE ${g}."type" ${branches} WHEN 'GeometryCollection' THEN ${collectionWkt(g, depth)} ELSE CASE WHEN ${g}."type" IS NULL THEN NULL ELSE ${unsupported} END END`;
    return bind(parsed, g, text);
}
/** SQL for a GeoJSON geometry (a JSON value) as text in the wanted format. */
function geoJsonGeometrySql(json, format) {
    return format === "wkt" ? geoJsonToWktSql(json) : `CAST(${json} AS VARCHAR)`;
}
/** A double as WKT prints it: its shortest round-trip text, a whole number without `.0`. */
function wktNumber(value) {
    return `regexp_replace(CAST(${value} AS VARCHAR), '\\.0$', '')`;
}
/** A point from two DOUBLE expressions; NULL unless both are finite numbers. */
function pointExpr(x, y, format) {
    const text = format === "wkt"
        ? `'POINT (' || ${wktNumber("xy[1]")} || ' ' || ${wktNumber("xy[2]")} || ')'`
        : `'{"type":"Point","coordinates":[' || xy[1] || ',' || xy[2] || ']}'`;
    return bind(`[${x}, ${y}]`, "xy", `CASE WHEN isfinite(xy[1]) AND isfinite(xy[2]) THEN ${text} END`);
}
function column(frame, name) {
    const found = frame.columns.find((c) => c.name === name);
    if (!found) {
        throw new errors/* ConfigError */.xL(`geometry column "${name}" is not in the data; columns: ${frame.columns.map((c) => c.name).join(", ")}`);
    }
    return found;
}
/**
 * Build the `geom` column the template's `geometry:` describes: a point from x and y columns, a
 * point parsed from one text column (`point_xy_str: "y, x"`), a GeoJSON column in the wanted
 * format, or an existing WKT/WKB geometry column kept as it is and renamed.
 */
function applyGeometry(frame, geometry, format) {
    if (!geometry)
        return frame;
    const others = (drop) => frame.columns.filter((c) => c.name !== drop && c.name !== GEOM_COLUMN);
    if (typeof geometry.geom_column !== "string") {
        const x = `TRY_CAST(${column(frame, geometry.geom_column.x).expr} AS DOUBLE)`;
        const y = `TRY_CAST(${column(frame, geometry.geom_column.y).expr} AS DOUBLE)`;
        return {
            ...frame,
            columns: [...others(GEOM_COLUMN), { name: GEOM_COLUMN, expr: pointExpr(x, y, format) }],
        };
    }
    const source = column(frame, geometry.geom_column);
    const declared = geometry.format;
    if (typeof declared === "object") {
        const xFirst = declared.point_xy_str.indexOf("x") < declared.point_xy_str.indexOf("y");
        const numbers = `regexp_extract_all(CAST(${source.expr} AS VARCHAR), '${NUMBER}')`;
        const [xi, yi] = xFirst ? [1, 2] : [2, 1];
        const x = `TRY_CAST(${numbers}[${xi}] AS DOUBLE)`;
        const y = `TRY_CAST(${numbers}[${yi}] AS DOUBLE)`;
        return {
            ...frame,
            columns: [...others(source.name), { name: GEOM_COLUMN, expr: pointExpr(x, y, format) }],
        };
    }
    const expr = declared === "geojson" && format === "wkt"
        ? geoJsonToWktSql(`CAST(${source.expr} AS JSON)`)
        : `CAST(${source.expr} AS VARCHAR)`;
    return {
        ...frame,
        columns: frame.columns
            .filter((c) => c.name !== GEOM_COLUMN || c === source)
            .map((c) => (c === source ? { name: GEOM_COLUMN, expr } : c)),
    };
}
/**
 * The `geometry` entry of config.json: the format of the `geom` column lifecycle built (a GeoJSON
 * file or ArcGIS layer, a shapefile, or the template's `geometry:`); null when it built none. A geom_column kept
 * as written has the format its template declares (`wkt` when it names none).
 */
function geometryRecord(fileFormat, columns, format) {
    if (!columns.some((c) => c.name === GEOM_COLUMN))
        return null;
    if (fileFormat.type === "geojson" || fileFormat.type === "shapefile")
        return { column: GEOM_COLUMN, format };
    const geometry = "geometry" in fileFormat ? fileFormat.geometry : undefined;
    if (!geometry)
        return null;
    const declared = geometry.format;
    if (typeof geometry.geom_column !== "string" || typeof declared === "object")
        return { column: GEOM_COLUMN, format };
    if (declared === "geojson")
        return { column: GEOM_COLUMN, format };
    return { column: GEOM_COLUMN, format: declared ?? "wkt" };
}

;// CONCATENATED MODULE: ./src/ingest/json-records.ts

/**
 * The records of a JSON document, as pandas' `json_normalize(data, record_path, meta)` finds them:
 * `record_path` walks into the document (through lists too), `meta` copies parent fields into each
 * record, and with `normalize` nested objects become `a.b` columns.
 */
function jsonRecords(document, format) {
    const kwargs = format.json_read_kwargs ?? {};
    const recordPath = toPath(kwargs.record_path ?? undefined);
    const meta = (kwargs.meta ?? []).map((m) => toPath(m));
    const flatten = format.json_read_fn !== "read_json";
    const records = [];
    const visit = (node, depth, parentMeta) => {
        if (Array.isArray(node)) {
            for (const item of node)
                visit(item, depth, parentMeta);
            return;
        }
        if (depth === recordPath.length) {
            if (!isObject(node))
                throw new Error(`JSON record is not an object: ${JSON.stringify(node)?.slice(0, 80)}`);
            const record = flatten ? flattenObject(node) : { ...node };
            records.push({ ...record, ...parentMeta });
            return;
        }
        if (!isObject(node))
            throw new Error(`record_path ${JSON.stringify(recordPath)}: no object at "${recordPath[depth]}"`);
        const key = recordPath[depth] ?? "";
        if (!(key in node)) {
            const keys = Object.keys(node).slice(0, 20).join(", ");
            throw new Error(`record_path ${JSON.stringify(recordPath)}: key "${key}" not found; keys here: ${keys}`);
        }
        const metaHere = depth === 0 ? collectMeta(node, meta) : parentMeta;
        visit(node[key], depth + 1, metaHere);
    };
    visit(document, 0, {});
    return records;
}
function toPath(value) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}
function collectMeta(node, meta) {
    const out = {};
    for (const path of meta) {
        let value = node;
        for (const key of path)
            value = isObject(value) ? value[key] : undefined;
        out[path.join(".")] = value ?? null;
    }
    return out;
}
function flattenObject(node, prefix = "", out = {}) {
    for (const [key, value] of Object.entries(node)) {
        const name = prefix ? `${prefix}.${key}` : key;
        if (isObject(value) && Object.keys(value).length > 0)
            flattenObject(value, name, out);
        else
            out[name] = value;
    }
    return out;
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/**
 * Write records as newline-delimited JSON with every column in every line (first-seen order);
 * nested values become JSON text, so each column has one type.
 */
async function writeNdjson(records, file) {
    const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
    const lines = records.map((record) => {
        const row = {};
        for (const column of columns) {
            const value = record[column];
            row[column] =
                value === undefined
                    ? null
                    : typeof value === "object" && value !== null
                        ? JSON.stringify(value)
                        : value;
        }
        return JSON.stringify(row);
    });
    await promises_default().writeFile(file, lines.join("\n") + "\n");
    return columns;
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/ingest/zip.ts






/** Reads the zip archives that downloads come in (stored or deflated entries, no zip64). */
async function isZip(file) {
    const handle = await promises_default().open(file, "r");
    try {
        const head = Buffer.alloc(4);
        const { bytesRead } = await handle.read(head, 0, 4, 0);
        return bytesRead === 4 && head.readUInt32LE(0) === 0x04034b50;
    }
    finally {
        await handle.close();
    }
}
const END_OF_DIRECTORY_MAX = 65_557;
/** Where the central directory is, from the archive's last bytes (`tail`). */
function directoryLocation(tail, archive) {
    let end = -1;
    for (let i = tail.length - 22; i >= 0 && end < 0; i--)
        if (tail.readUInt32LE(i) === 0x06054b50)
            end = i;
    if (end < 0)
        throw new Error(`${external_node_path_default().basename(archive)} is not a zip archive (no end of central directory)`);
    const count = tail.readUInt16LE(end + 10);
    const length = tail.readUInt32LE(end + 12);
    const offset = tail.readUInt32LE(end + 16);
    if (count === 0xffff || offset === 0xffffffff) {
        throw new Error(`${external_node_path_default().basename(archive)} is a zip64 archive, which lifecycle does not read`);
    }
    return { count, length, offset };
}
/** The file entries (folders left out) of a central directory of `count` entries. */
function parseDirectory(directory, count, archive) {
    const entries = [];
    for (let at = 0, i = 0; i < count; i++) {
        if (at + 46 > directory.length || directory.readUInt32LE(at) !== 0x02014b50) {
            throw new Error(`${external_node_path_default().basename(archive)}: corrupt zip central directory (entry ${i + 1})`);
        }
        const nameLength = directory.readUInt16LE(at + 28);
        entries.push({
            method: directory.readUInt16LE(at + 10),
            compressedSize: directory.readUInt32LE(at + 20),
            size: directory.readUInt32LE(at + 24),
            localHeaderOffset: directory.readUInt32LE(at + 42),
            // Zips made on Windows may separate folders with backslashes.
            name: directory.toString("utf8", at + 46, at + 46 + nameLength).replace(/\\/g, "/"),
        });
        at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
    return entries.filter((e) => !isFolder(e.name));
}
/** A folder entry, or a name with no file name of its own (`..`): never extracted. */
function isFolder(name) {
    const last = name.split("/").at(-1) ?? "";
    return last === "" || last === "." || last === "..";
}
/**
 * The file entries of an open archive, from its central directory (read from the end of the file;
 * the archive is never loaded whole).
 */
async function zipEntries(handle, archive) {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, END_OF_DIRECTORY_MAX);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    const { count, length, offset } = directoryLocation(tail, archive);
    const directory = Buffer.alloc(length);
    await handle.read(directory, 0, length, offset);
    return parseDirectory(directory, count, archive);
}
function checkMethod(entry) {
    if (entry.method !== 0 && entry.method !== 8) {
        throw new Error(`zip entry ${entry.name} uses compression method ${entry.method}, which is not supported`);
    }
}
/** Stream one entry out of the archive into `target` (stored or deflated), checking its size. */
async function extractEntry(handle, archive, entry, target) {
    const local = Buffer.alloc(30);
    await handle.read(local, 0, 30, entry.localHeaderOffset);
    if (local.readUInt32LE(0) !== 0x04034b50) {
        throw new Error(`${external_node_path_default().basename(archive)}: corrupt zip entry ${entry.name} (no local header)`);
    }
    const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    checkMethod(entry);
    if (entry.compressedSize === 0) {
        await promises_default().writeFile(target, "");
    }
    else {
        const input = (0,external_node_fs_.createReadStream)(archive, { start, end: start + entry.compressedSize - 1 });
        const output = (0,external_node_fs_.createWriteStream)(target);
        const limit = sizeLimit(archive, entry);
        if (entry.method === 8)
            await (0,external_node_stream_promises_.pipeline)(input, (0,external_node_zlib_.createInflateRaw)(), limit, output);
        else
            await (0,external_node_stream_promises_.pipeline)(input, limit, output);
    }
    const { size } = await promises_default().stat(target);
    if (size !== entry.size)
        throw wrongSize(archive, entry, size);
}
function wrongSize(archive, entry, size) {
    return new Error(`${external_node_path_default().basename(archive)}: zip entry ${entry.name} unpacks to ${size} bytes, not ${entry.size}: the archive is corrupt`);
}
/** Passes bytes through until there are more than the entry declares (a zip bomb stops early). */
function sizeLimit(archive, entry) {
    let seen = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            seen += chunk.length;
            if (seen > entry.size)
                callback(wrongSize(archive, entry, `more than ${entry.size}`));
            else
                callback(null, chunk);
        },
    });
}
/** Every file entry of a small archive held in memory (a spreadsheet), read on demand. */
function readZipEntries(archive, name = "archive") {
    const tail = archive.subarray(Math.max(0, archive.length - END_OF_DIRECTORY_MAX));
    const { count, length, offset } = directoryLocation(tail, name);
    const files = parseDirectory(archive.subarray(offset, offset + length), count, name);
    return new Map(files.map((entry) => [entry.name, () => entryData(archive, entry, name)]));
}
function entryData(archive, entry, name) {
    const at = entry.localHeaderOffset;
    const start = at + 30 + archive.readUInt16LE(at + 26) + archive.readUInt16LE(at + 28);
    const data = archive.subarray(start, start + entry.compressedSize);
    checkMethod(entry);
    if (entry.method === 0)
        return Buffer.from(data);
    let out;
    try {
        // maxOutputLength: a zip bomb fails instead of filling memory.
        out = (0,external_node_zlib_.inflateRawSync)(data, { maxOutputLength: Math.max(1, entry.size) });
    }
    catch {
        throw wrongSize(name, entry, `more than ${entry.size}`);
    }
    if (out.length !== entry.size)
        throw wrongSize(name, entry, out.length);
    return out;
}
/**
 * Extract the entry `wanted` (a path inside the archive) into `dir`, streamed; without `wanted`,
 * the only file entry. Returns the extracted file's path.
 */
async function extractZipEntry(archiveFile, dir, wanted) {
    const handle = await promises_default().open(archiveFile, "r");
    try {
        const files = await zipEntries(handle, archiveFile);
        const entry = wanted === undefined
            ? onlyEntry(files, archiveFile)
            : files.find((e) => matches(e.name, wanted));
        if (!entry) {
            const names = files.map((e) => e.name).join(", ");
            throw new Error(`${external_node_path_default().basename(archiveFile)} has no entry "${wanted}"; entries: ${names}`);
        }
        const target = external_node_path_default().join(dir, external_node_path_default().basename(entry.name));
        await promises_default().mkdir(dir, { recursive: true });
        await extractEntry(handle, archiveFile, entry, target);
        return target;
    }
    finally {
        await handle.close();
    }
}
function matches(name, wanted) {
    const clean = (s) => s.replace(/^\.?\//, "");
    return clean(name) === clean(wanted) || external_node_path_default().posix.basename(name) === wanted;
}
function onlyEntry(files, archiveFile) {
    const [first, ...rest] = files;
    if (!first || rest.length > 0) {
        throw new Error(`${external_node_path_default().basename(archiveFile)} holds ${files.length} files; set file_format.unzipped_filename to one of: ${files.map((e) => e.name).join(", ")}`);
    }
    return first;
}

;// CONCATENATED MODULE: ./src/ingest/shapefile/archive.ts



const SIBLING_EXTENSIONS = [".shp", ".shx", ".dbf", ".prj", ".cpg"];
function clean(name) {
    return name.replace(/^(\.?\/)+/, "").replace(/\/+$/, "");
}
function isShp(name) {
    return name.toLowerCase().endsWith(".shp");
}
/**
 * The `.shp` entry `wanted` names: the entry itself (a path inside the archive, or a file name),
 * or the only `.shp` under a folder of that name; without `wanted`, the archive's only `.shp`.
 */
function findShp(names, wanted, archive) {
    const shps = names.filter(isShp);
    const listing = `entries: ${names.join(", ") || "(none)"}`;
    if (wanted === undefined) {
        const [only, ...others] = shps;
        if (only !== undefined && others.length === 0)
            return only;
        throw new Error(`${external_node_path_default().basename(archive)} holds ${shps.length} shapefiles; set file_format.unzipped_filename to one of: ${shps.join(", ") || "(none)"}; ${listing}`);
    }
    const target = clean(wanted);
    const exact = names.find((n) => clean(n) === target || (isShp(target) && external_node_path_default().posix.basename(n) === target));
    if (exact !== undefined && isShp(exact))
        return exact;
    const inFolder = shps.filter((n) => clean(n).startsWith(`${target}/`));
    const [only, ...others] = inFolder;
    if (only !== undefined && others.length === 0)
        return only;
    const why = exact !== undefined
        ? `"${wanted}" is not a .shp file`
        : inFolder.length > 1
            ? `"${wanted}" holds ${inFolder.length} shapefiles`
            : `no shapefile "${wanted}"`;
    throw new Error(`${external_node_path_default().basename(archive)}: ${why}; ${listing}`);
}
/**
 * Extract a zipped shapefile into `dir`: the `.shp` and its siblings of the same base name
 * (`.shx`, `.dbf`, `.prj`, `.cpg`, any letter case), streamed. Returns the extracted `.shp` path.
 */
async function extractShapefile(archive, dir, wanted) {
    const handle = await promises_default().open(archive, "r");
    try {
        const entries = await zipEntries(handle, archive);
        const shp = findShp(entries.map((e) => e.name), wanted, archive);
        const base = shp.slice(0, -".shp".length);
        await promises_default().mkdir(dir, { recursive: true });
        for (const entry of entries) {
            const extension = entry.name.slice(base.length).toLowerCase();
            if (!entry.name.startsWith(base) || !SIBLING_EXTENSIONS.includes(extension))
                continue;
            // Lower-case extensions, so the reader finds `.DBF` as `.dbf`; the base name keeps its case.
            await extractEntry(handle, archive, entry, external_node_path_default().join(dir, `${external_node_path_default().posix.basename(base)}${extension}`));
        }
        return external_node_path_default().join(dir, `${external_node_path_default().posix.basename(base)}.shp`);
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./node_modules/proj4/dist/proj4-src.js
var proj4_src = __webpack_require__(96148);
var proj4_src_default = /*#__PURE__*/__webpack_require__.n(proj4_src);
;// CONCATENATED MODULE: ./src/ingest/shapefile/crs.ts


/**
 * The coordinate reference systems the templates use, as PROJ strings (from the EPSG
 * definitions). NAD83 to WGS 84 is the null transformation, as PROJ (and so geopandas) applies it
 * without a grid.
 */
const CRS_DEFINITIONS = {
    // NAD83 / New York Long Island (ftUS)
    "EPSG:2263": "+proj=lcc +lat_1=41.03333333333333 +lat_2=40.66666666666666 +lat_0=40.16666666666666 +lon_0=-74 +x_0=300000.0000000001 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=us-ft +no_defs",
    // NAD83 / UTM zone 18N
    "EPSG:26918": "+proj=utm +zone=18 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
    // WGS 84, longitude first (as geopandas' to_crs orders it)
    "EPSG:4326": "+proj=longlat +datum=WGS84 +no_defs",
};
const KNOWN_CRS = Object.keys(CRS_DEFINITIONS);
function definition(crs, field) {
    const found = CRS_DEFINITIONS[crs.trim().toUpperCase()];
    if (found === undefined) {
        throw new errors/* ConfigError */.xL(`${field} "${crs}" is not a CRS lifecycle knows; known: ${KNOWN_CRS.join(", ")}`);
    }
    return found;
}
/**
 * The reprojection from `from` to `to` (geopandas' `to_crs`, x = easting or longitude first);
 * undefined when there is no `to` or it names the same CRS. A CRS lifecycle does not know is a
 * configuration error only when a reprojection needs it.
 */
function reprojection(from, to) {
    const normal = (crs) => crs.trim().toUpperCase();
    if (to === undefined || normal(from) === normal(to))
        return undefined;
    const source = definition(from, "file_format.crs");
    const target = definition(to, "ingestion.target_crs");
    if (source === target)
        return undefined;
    const converter = proj4_src_default()(source, target);
    const point = { x: 0, y: 0 };
    return (position) => {
        point.x = position[0] ?? NaN;
        point.y = position[1] ?? NaN;
        const moved = converter.forward(point);
        position[0] = moved.x;
        position[1] = moved.y;
    };
}

;// CONCATENATED MODULE: ./src/ingest/shapefile/reader.ts


/** A shapefile part that cannot be read: names the file and the byte offset of the problem. */
class ShapefileError extends Error {
    constructor(file, offset, message) {
        super(`${external_node_path_default().basename(file)}: ${message} (at byte offset ${offset})`);
        this.name = "ShapefileError";
    }
}
const CHUNK_BYTES = 1 << 20;
/**
 * Reads a file front to back through one reusable buffer, so a file of hundreds of megabytes is
 * never held whole. A range handed out is valid only until the next `read`.
 */
class SequentialReader {
    file;
    handle;
    size;
    buffer = Buffer.alloc(0);
    /** File offset of `buffer[0]`. */
    bufferStart = 0;
    /** File offset of the next unread byte. */
    position = 0;
    constructor(file, handle, size) {
        this.file = file;
        this.handle = handle;
        this.size = size;
    }
    static async open(file) {
        const handle = await promises_default().open(file, "r");
        const { size } = await handle.stat();
        return new SequentialReader(file, handle, size);
    }
    get offset() {
        return this.position;
    }
    get atEnd() {
        return this.position >= this.size;
    }
    /** The next `length` bytes; `what` names them in the error when the file ends first. */
    async read(length, what) {
        const start = this.position;
        if (start + length > this.size) {
            throw new ShapefileError(this.file, start, `${what} needs ${length} bytes but the file ends after ${this.size - start}: the file is truncated`);
        }
        if (start + length > this.bufferStart + this.buffer.length)
            await this.fill(length);
        this.position += length;
        const from = start - this.bufferStart;
        return this.buffer.subarray(from, from + length);
    }
    /** Skip forward to `offset` (not before the current position). */
    async seek(offset) {
        if (offset < this.position)
            throw new Error(`cannot seek backwards in ${this.file}`);
        if (offset > this.size) {
            throw new ShapefileError(this.file, this.size, `expected data up to byte ${offset}: the file is truncated`);
        }
        this.position = offset;
    }
    async close() {
        await this.handle.close();
    }
    /** Keep the unread bytes and read on, at least `length` bytes past the position. */
    async fill(length) {
        const kept = this.buffer.subarray(Math.max(0, this.position - this.bufferStart));
        const wanted = Math.min(Math.max(CHUNK_BYTES, length), this.size - this.position);
        const next = Buffer.allocUnsafe(wanted);
        const keptLength = Math.min(kept.length, wanted);
        kept.copy(next, 0, 0, keptLength);
        let filled = keptLength;
        while (filled < wanted) {
            const { bytesRead } = await this.handle.read(next, filled, wanted - filled, this.position + filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        this.buffer = next.subarray(0, filled);
        this.bufferStart = this.position;
    }
}

;// CONCATENATED MODULE: ./src/ingest/shapefile/dbf.ts

const SPACE = 0x20;
const DELETED = 0x2a;
async function readDbfHeader(reader) {
    const head = Buffer.from(await reader.read(32, "the .dbf header"));
    const records = head.readUInt32LE(4);
    const headerLength = head.readUInt16LE(8);
    const recordLength = head.readUInt16LE(10);
    if (headerLength < 33) {
        throw new ShapefileError(reader.file, 8, `header length ${headerLength} is too short: not a dBase file`);
    }
    const block = await reader.read(headerLength - 32, "the .dbf field descriptors");
    const descriptors = [];
    let offset = 1;
    for (let at = 0; at + 32 <= block.length && block[at] !== 0x0d; at += 32) {
        const nameEnd = block.indexOf(0, at);
        const nameBytes = Buffer.from(block.subarray(at, nameEnd >= at && nameEnd < at + 11 ? nameEnd : at + 11));
        const length = block[at + 16] ?? 0;
        const type = String.fromCharCode(block[at + 11] ?? 0x43).toUpperCase();
        descriptors.push({ nameBytes, type, length, decimals: block[at + 17] ?? 0, offset });
        offset += length;
    }
    if (offset > recordLength) {
        throw new ShapefileError(reader.file, 32, `the fields need ${offset} bytes per record but the header gives ${recordLength}: the file is corrupt`);
    }
    return { records, headerLength, recordLength, languageDriver: head[29] ?? 0, descriptors };
}
/** The fields with decoded names (trailing blanks trimmed, as GDAL reads them) and their kinds. */
function dbfFields(header, decode) {
    return header.descriptors.map((d) => ({
        name: decode(d.nameBytes).replace(/ +$/, ""),
        type: d.type,
        length: d.length,
        decimals: d.decimals,
        offset: d.offset,
        kind: fieldKind(d.type, d.length, d.decimals),
    }));
}
function fieldKind(type, length, decimals) {
    switch (type) {
        case "N":
        case "F":
            // GDAL: no decimals and fewer than 19 digits is an integer (64-bit), else a real.
            return decimals === 0 && length < 19 ? "integer" : "double";
        case "D":
            return "date";
        case "L":
            return "boolean";
        default:
            return "text";
    }
}
/**
 * Every record's values in field order, or `undefined` for a deleted record (so the caller can
 * skip the shape beside it), read one record at a time.
 */
async function* readDbfRecords(reader, header, fields, decode) {
    await reader.seek(header.headerLength);
    for (let index = 1; index <= header.records; index++) {
        const record = await reader.read(header.recordLength, `record ${index} of ${header.records}`);
        if (record[0] === DELETED) {
            yield undefined;
            continue;
        }
        yield fields.map((field) => fieldValue(record, field, decode));
    }
}
/** The value's bytes up to the first NUL, without leading and trailing blanks (shapelib's trim). */
function trimmed(record, field) {
    let start = field.offset;
    let end = field.offset + field.length;
    const nul = record.indexOf(0, start);
    if (nul >= 0 && nul < end)
        end = nul;
    while (start < end && record[start] === SPACE)
        start++;
    while (end > start && record[end - 1] === SPACE)
        end--;
    return record.subarray(start, end);
}
/** A value as GDAL reads it: blank or `*` numbers, `?` booleans and zero dates are null. */
function fieldValue(record, field, decode) {
    const bytes = trimmed(record, field);
    switch (field.kind) {
        case "text":
            return bytes.length === 0 ? null : decode(bytes);
        case "integer":
        case "double": {
            const text = bytes.toString("latin1");
            if (text === "" || text.startsWith("*"))
                return null;
            return field.kind === "integer" ? leadingInteger(text) : leadingNumber(text);
        }
        case "boolean": {
            const first = bytes.length > 0 ? String.fromCharCode(bytes[0] ?? 0) : "";
            if (first === "?")
                return null;
            return "TtYy".includes(first) && first !== "";
        }
        case "date":
            return dateDays(bytes.toString("latin1"));
    }
}
/** C's atoll: the leading integer, 0 when there is none. */
function leadingInteger(text) {
    const match = /^[+-]?\d+/.exec(text);
    return match ? BigInt(match[0]) : 0n;
}
/** C's atof: the leading number, 0 when there is none. */
function leadingNumber(text) {
    const value = Number.parseFloat(text);
    return Number.isNaN(value) ? 0 : value;
}
/** `YYYYMMDD` (or `MM/DD/YYYY`, which GDAL also reads) as days since 1970-01-01; null when empty, zero or not a date. */
function dateDays(text) {
    const slashed = text.length >= 10 && text[2] === "/" && text[5] === "/";
    if (!slashed && !/^\d{8}$/.test(text))
        return null;
    const year = Number(slashed ? text.slice(6, 10) : text.slice(0, 4));
    const month = Number(slashed ? text.slice(0, 2) : text.slice(4, 6));
    const day = Number(slashed ? text.slice(3, 5) : text.slice(6, 8));
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    const valid = year > 0 &&
        date.getUTCFullYear() === year &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day;
    return valid ? Math.round(date.getTime() / 86_400_000) : null;
}

;// CONCATENATED MODULE: ./src/ingest/shapefile/encoding.ts

/** Code pages of the DBF language driver ids, as GDAL's shapefile driver maps them. */
// prettier-ignore
const LDID_CODE_PAGES = {
    1: 437, 2: 850, 3: 1252, 4: 10000, 8: 865, 10: 850, 11: 437, 13: 437, 14: 850, 15: 437,
    16: 850, 17: 437, 18: 850, 19: 932, 20: 850, 21: 437, 22: 850, 23: 865, 24: 437, 25: 437,
    26: 850, 27: 437, 28: 863, 29: 850, 31: 852, 34: 852, 35: 852, 36: 860, 37: 850, 38: 866,
    55: 850, 64: 852, 77: 936, 78: 949, 79: 950, 80: 874, 88: 1252, 89: 1252, 100: 852, 101: 866,
    102: 865, 103: 861, 104: 895, 105: 620, 106: 737, 107: 857, 108: 863, 120: 950, 121: 949, 122: 936,
    123: 932, 124: 874, 134: 737, 135: 852, 136: 857, 150: 10007, 151: 10029, 200: 1250, 201: 1251, 202: 1254,
    203: 1253, 204: 1257,
};
/** LDID 87 (0x57) is ISO-8859-1 itself. */
const LDID_LATIN1 = 87;
/**
 * The encoding GDAL (and so pyogrio/geopandas) reads a DBF's text in: the template's `encoding`,
 * else the `.cpg` file, else the language driver byte, else ISO-8859-1 (pyogrio's default for a
 * shapefile that declares nothing). Returned as GDAL names it (`CP1252`, `ISO-8859-1`, `UTF-8`).
 */
function dbfEncoding(sources) {
    if (sources.template !== undefined)
        return { encoding: sources.template.trim(), from: "file_format.encoding" };
    const cpg = sources.cpg?.split(/\r?\n/)[0]?.trim();
    if (cpg)
        return { encoding: fromCodePageText(cpg), from: ".cpg file" };
    const ldid = sources.languageDriver;
    if (ldid === LDID_LATIN1)
        return { encoding: "ISO-8859-1", from: `language driver ${ldid}` };
    const codePage = LDID_CODE_PAGES[ldid];
    if (codePage !== undefined)
        return { encoding: `CP${codePage}`, from: `language driver ${ldid}` };
    return { encoding: "ISO-8859-1", from: "default (nothing declared)" };
}
/** GDAL's reading of a `.cpg` text: a Windows/DOS code page number, `8859-n`, UTF-8, or a name. */
function fromCodePageText(text) {
    const number = Number.parseInt(text, 10);
    if ((number >= 437 && number <= 950) || (number >= 1250 && number <= 1258))
        return `CP${number}`;
    const iso = /^8859-?(\d+)/i.exec(text);
    if (iso)
        return `ISO-8859-${iso[1]}`;
    if (/^ANSI 1251/i.test(text))
        return "CP1251";
    // 65001 is Windows' code page number for UTF-8 (GDAL would pass it on as a name).
    if (/^utf-?8/i.test(text) || number === 65001)
        return "UTF-8";
    return text;
}
/** A decoder for the encoding; a clear error when Node cannot decode it. */
function decoderFor(encoding, from) {
    const name = encoding.toLowerCase().replace(/_/g, "-");
    if (["iso-8859-1", "latin1", "latin-1", "l1"].includes(name))
        return (b) => b.toString("latin1");
    if (["utf-8", "utf8"].includes(name))
        return (b) => b.toString("utf8");
    const codePage = /^(?:cp|windows-)(\d+)$/.exec(name)?.[1];
    if (codePage === "1252")
        return decodeWindows1252;
    const label = codePage === undefined ? name : codePageLabel(Number(codePage));
    try {
        const decoder = new TextDecoder(label);
        return (b) => decoder.decode(b);
    }
    catch {
        throw new errors/* ConfigError */.xL(`shapefile text encoding "${encoding}" (from the ${from}) cannot be decoded here; set file_format.encoding to one of: UTF-8, ISO-8859-1, CP1250-CP1258, CP866, CP874, CP932, CP936, CP949, CP950, ISO-8859-2..16`);
    }
}
function codePageLabel(codePage) {
    if (codePage >= 1250 && codePage <= 1258)
        return `windows-${codePage}`;
    const named = {
        866: "ibm866",
        874: "windows-874",
        932: "shift_jis",
        936: "gbk",
        949: "euc-kr",
        950: "big5",
    };
    return named[codePage] ?? `cp${codePage}`;
}
/** Bytes 0x80-0x9F of code page 1252 (Node's own windows-1252 decoder reads them as Latin-1). */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
function decodeWindows1252(bytes) {
    return bytes
        .toString("latin1")
        .replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

;// CONCATENATED MODULE: ./src/ingest/shapefile/polygons.ts
/**
 * The polygons a shapefile record's rings make, as GDAL's shapefile driver builds them
 * (`organizePolygons`): clockwise rings are outer rings, each counter-clockwise ring is a hole of
 * the smallest outer ring holding it (METHOD=ONLY_CCW; with one outer ring every other ring is
 * its hole). A 2D record whose later rings are all counter-clockwise but lie outside the first
 * (QGIS wrote such files) is organised by nesting alone, ignoring orientation (METHOD=DEFAULT).
 * Rings keep their stored point order; polygons and holes keep file order.
 */
function organizeRings(parts, measuredOrZ) {
    if (parts.length <= 1)
        return parts.length === 0 ? [] : [[parts[0] ?? []]];
    const rings = parts.map(describeRing);
    const byNesting = !measuredOrZ && hasWrongWinding(rings);
    // A ring of fewer than 4 points is no ring: GDAL then makes each ring its own polygon.
    if (parts.some((p) => p.length < 4))
        return parts.map((ring) => [ring]);
    const outer = rings.filter((r) => r.clockwise);
    const [onlyOuter] = outer;
    if (!byNesting && outer.length === 1 && onlyOuter) {
        return [[onlyOuter.points, ...rings.filter((r) => r !== onlyOuter).map((r) => r.points)]];
    }
    assignHoles(rings, byNesting);
    const polygons = new Map();
    for (const ring of rings)
        if (ring.topLevel)
            polygons.set(ring, [ring.points]);
    for (const ring of rings) {
        if (ring.enclosing)
            polygons.get(ring.enclosing)?.push(ring.points);
    }
    return [...polygons.values()];
}
/**
 * GDAL's test for a multi-part polygon written as one outer ring and "holes": no ring after the
 * first is clockwise, and one of them lies apart from the first (disjoint envelopes, or none of
 * its leftmost, rightmost, lowest and highest points inside it).
 */
function hasWrongWinding(rings) {
    const [first, ...others] = rings;
    if (!first || others.some((r) => r.clockwise))
        return false;
    return others.some((ring) => {
        if (!envelopesIntersect(first, ring))
            return true;
        return !extremePoints(ring.points).some((p) => inRing(p, first.points));
    });
}
function envelopesIntersect(a, b) {
    const [p, q] = [a.envelope, b.envelope];
    return p.minX <= q.maxX && q.minX <= p.maxX && p.minY <= q.maxY && q.minY <= p.maxY;
}
/** The leftmost, rightmost, lowest and highest vertices (the closing point left out). */
function extremePoints(points) {
    let [left, right, bottom, top] = [
        [Infinity, 0],
        [-Infinity, 0],
        [0, Infinity],
        [0, -Infinity],
    ];
    for (const p of points.slice(0, -1)) {
        const [x = NaN, y = NaN] = p;
        const [lx = 0, ly = 0] = left;
        const [rx = 0, ry = 0] = right;
        const [bx = 0, by = 0] = bottom;
        const [tx = 0, ty = 0] = top;
        if (x < lx || (x === lx && y < ly))
            left = p;
        if (x > rx || (x === rx && y > ry))
            right = p;
        if (y < by || (y === by && x > bx))
            bottom = p;
        if (y > ty || (y === ty && x < tx))
            top = p;
    }
    return [left, right, bottom, top];
}
function describeRing(points, index) {
    let twiceArea = 0;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < points.length; i++) {
        const [x = NaN, y = NaN] = points[i] ?? [];
        const [nx = NaN, ny = NaN] = points[(i + 1) % points.length] ?? [];
        twiceArea += x * ny - nx * y;
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
    }
    return {
        points,
        index,
        area: Math.abs(twiceArea / 2),
        clockwise: twiceArea < 0,
        envelope: { minX, minY, maxX, maxY },
        topLevel: false,
    };
}
/**
 * GDAL's step 2: by descending area, each ring looks for the smallest larger ring holding it and
 * is its hole when that ring is top-level. With ONLY_CCW only counter-clockwise rings look, and
 * only in clockwise ones; with `byNesting` every ring looks in every ring.
 */
function assignHoles(rings, byNesting) {
    const byArea = [...rings].sort((a, b) => b.area - a.area || a.index - b.index);
    byArea.forEach((ring, i) => {
        ring.topLevel = true;
        if (i === 0 || (!byNesting && ring.clockwise))
            return;
        for (let j = i - 1; j >= 0; j--) {
            const candidate = byArea[j];
            if (!candidate || (!byNesting && !candidate.clockwise))
                continue;
            if (!envelopeContains(candidate, ring))
                continue;
            // ONLY_CCW: the largest outer ring is the last candidate, so a hole not in a smaller one is in it.
            if ((!byNesting && j === 0) || isInside(ring, candidate)) {
                if (candidate.topLevel) {
                    ring.topLevel = false;
                    ring.enclosing = candidate;
                }
                return;
            }
        }
    });
}
function envelopeContains(outer, inner) {
    const a = outer.envelope;
    const b = inner.envelope;
    return a.minX <= b.minX && a.minY <= b.minY && a.maxX >= b.maxX && a.maxY >= b.maxY;
}
/** Whether `ring` lies inside `outer`, judged by its first point not on `outer`'s boundary. */
function isInside(ring, outer) {
    for (const point of ring.points) {
        if (onBoundary(point, outer.points))
            continue;
        return inRing(point, outer.points);
    }
    // Every vertex is on the boundary: judge by the middle of each edge.
    for (let k = 1; k < ring.points.length; k++) {
        const [ax = NaN, ay = NaN] = ring.points[k - 1] ?? [];
        const [bx = NaN, by = NaN] = ring.points[k] ?? [];
        const middle = [(ax + bx) / 2, (ay + by) / 2];
        if (onBoundary(middle, outer.points))
            continue;
        return inRing(middle, outer.points);
    }
    return false;
}
function onBoundary([x = NaN, y = NaN], ring) {
    for (let i = 1; i < ring.length; i++) {
        const [ax = NaN, ay = NaN] = ring[i - 1] ?? [];
        const [bx = NaN, by = NaN] = ring[i] ?? [];
        const cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
        if (cross !== 0)
            continue;
        if (x >= Math.min(ax, bx) &&
            x <= Math.max(ax, bx) &&
            y >= Math.min(ay, by) &&
            y <= Math.max(ay, by))
            return true;
    }
    return false;
}
/** Strictly inside (crossing number); points on the boundary are handled by the caller. */
function inRing([x = NaN, y = NaN], ring) {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi = NaN, yi = NaN] = ring[i] ?? [];
        const [xj = NaN, yj = NaN] = ring[j] ?? [];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi)
            inside = !inside;
    }
    return inside;
}

;// CONCATENATED MODULE: ./src/ingest/shapefile/geojson.ts

/**
 * The GeoJSON text of a shape, as GDAL reads it and geopandas writes it: Point, MultiPoint (always,
 * even of one point), LineString or MultiLineString by part count, Polygon or MultiPolygon by outer
 * ring count; a null shape, and one without points, is null. Rings are organised in the file's
 * CRS, then reprojected.
 */
function shapeGeoJson(shape, reproject) {
    const move = (positions) => {
        if (reproject)
            for (const position of positions)
                reproject(position);
        return positions;
    };
    const text = (type, coordinates) => JSON.stringify({ type, coordinates });
    const parts = shape.parts;
    const [first = []] = parts;
    // GDAL reads a record without parts (or a multipoint without points) as no geometry.
    if (shape.kind === "null" || parts.length === 0 || first.length === 0)
        return null;
    switch (shape.kind) {
        case "point":
            return text("Point", move(first)[0]);
        case "multipoint":
            return text("MultiPoint", move(first));
        case "polyline":
            if (parts.length === 1)
                return text("LineString", move(first));
            return text("MultiLineString", parts.map(move));
        case "polygon": {
            const polygons = organizeRings(parts, shape.zOrM).map((rings) => rings.map(move));
            if (polygons.length === 1)
                return text("Polygon", polygons[0]);
            return text("MultiPolygon", polygons);
        }
    }
}

;// CONCATENATED MODULE: ./src/ingest/shapefile/shp.ts

const hasZOrM = (type) => type.z || type.name.endsWith("M");
/** The ESRI Shapefile Technical Description's shape types (MultiPatch, 31, is not read). */
const SHAPE_TYPES = new Map([
    [0, { name: "Null", kind: "null", z: false }],
    [1, { name: "Point", kind: "point", z: false }],
    [3, { name: "PolyLine", kind: "polyline", z: false }],
    [5, { name: "Polygon", kind: "polygon", z: false }],
    [8, { name: "MultiPoint", kind: "multipoint", z: false }],
    [11, { name: "PointZ", kind: "point", z: true }],
    [13, { name: "PolyLineZ", kind: "polyline", z: true }],
    [15, { name: "PolygonZ", kind: "polygon", z: true }],
    [18, { name: "MultiPointZ", kind: "multipoint", z: true }],
    [21, { name: "PointM", kind: "point", z: false }],
    [23, { name: "PolyLineM", kind: "polyline", z: false }],
    [25, { name: "PolygonM", kind: "polygon", z: false }],
    [28, { name: "MultiPointM", kind: "multipoint", z: false }],
]);
const HEADER_BYTES = 100;
const FILE_CODE = 9994;
/** The main file header: its shape type, and where the records end. */
async function readShpHeader(reader) {
    const header = await reader.read(HEADER_BYTES, "the .shp header");
    const code = header.readInt32BE(0);
    if (code !== FILE_CODE) {
        throw new ShapefileError(reader.file, 0, `not a shapefile: file code ${code}, expected ${FILE_CODE}`);
    }
    const shapeType = header.readInt32LE(32);
    shapeTypeOf(shapeType, reader.file, 32);
    const declared = header.readInt32BE(24) * 2;
    return { shapeType, end: Math.min(declared, reader.size) };
}
function shapeTypeOf(code, file, offset) {
    const type = SHAPE_TYPES.get(code);
    if (type)
        return type;
    const known = [...SHAPE_TYPES].map(([n, t]) => `${n} (${t.name})`).join(", ");
    const what = code === 31 ? "shape type 31 (MultiPatch) is not supported" : `unknown shape type ${code}`;
    throw new ShapefileError(file, offset, `${what}; supported: ${known}`);
}
/** Every record's shape, in file order, read one record at a time. */
async function* readShapes(reader, end) {
    let index = 0;
    while (reader.offset < end) {
        index++;
        const at = reader.offset;
        const recordHeader = await reader.read(8, `the header of record ${index}`);
        const length = recordHeader.readInt32BE(4) * 2;
        if (length < 4) {
            throw new ShapefileError(reader.file, at, `record ${index} declares a content length of ${length} bytes`);
        }
        const content = await reader.read(length, `record ${index} (${length} bytes)`);
        yield parseShape(content, { file: reader.file, offset: at + 8, index });
    }
}
function parseShape(content, where) {
    const code = content.readInt32LE(0);
    const type = shapeTypeOf(code, where.file, where.offset);
    const need = (bytes, what) => {
        if (bytes > content.length) {
            throw new ShapefileError(where.file, where.offset, `record ${where.index} (${type.name}) ${what} needs ${bytes} bytes but its content is ${content.length}: the record is corrupt`);
        }
    };
    switch (type.kind) {
        case "null":
            return { kind: "null", parts: [], zOrM: false };
        case "point": {
            need(type.z ? 28 : 20, "with its coordinates");
            const position = [content.readDoubleLE(4), content.readDoubleLE(12)];
            if (type.z)
                position.push(content.readDoubleLE(20));
            return { kind: "point", parts: [[position]], zOrM: hasZOrM(type) };
        }
        case "multipoint": {
            need(40, "with its point count");
            const count = content.readInt32LE(36);
            const points = readPositions(content, 40, count, type.z, need);
            return { kind: "multipoint", parts: [points], zOrM: hasZOrM(type) };
        }
        default:
            return { kind: type.kind, parts: readParts(content, type, need, where), zOrM: hasZOrM(type) };
    }
}
/** `count` positions whose x y pairs start at `at`; Z values follow the pairs after a 16-byte range. */
function readPositions(content, at, count, z, need) {
    if (count < 0)
        need(Number.MAX_SAFE_INTEGER, `with ${count} points`);
    const zAt = at + 16 * count + 16;
    need(z ? zAt + 8 * count : at + 16 * count, `with ${count} points`);
    const positions = new Array(count);
    for (let i = 0; i < count; i++) {
        const x = content.readDoubleLE(at + 16 * i);
        const y = content.readDoubleLE(at + 16 * i + 8);
        positions[i] = z ? [x, y, content.readDoubleLE(zAt + 8 * i)] : [x, y];
    }
    return positions;
}
function readParts(content, type, need, where) {
    need(44, "with its part and point counts");
    const partCount = content.readInt32LE(36);
    const pointCount = content.readInt32LE(40);
    if (partCount < 0 || pointCount < 0)
        need(Number.MAX_SAFE_INTEGER, `with ${partCount} parts and ${pointCount} points`);
    const pointsAt = 44 + 4 * partCount;
    need(pointsAt, `with ${partCount} parts`);
    const positions = readPositions(content, pointsAt, pointCount, type.z, need);
    const starts = Array.from({ length: partCount }, (_, i) => content.readInt32LE(44 + 4 * i));
    starts.forEach((start, i) => {
        const previous = i === 0 ? 0 : (starts[i - 1] ?? 0);
        if (start < previous || start > pointCount || (i === 0 && start !== 0)) {
            throw new ShapefileError(where.file, where.offset, `record ${where.index} (${type.name}): part ${i} starts at point ${start}, which does not fit its ${pointCount} points; the record is corrupt`);
        }
    });
    return starts.map((start, i) => {
        const stop = starts[i + 1] ?? pointCount;
        return positions.slice(start, stop);
    });
}

// EXTERNAL MODULE: ./src/stages/files.ts
var files = __webpack_require__(47232);
// EXTERNAL MODULE: ./src/runtime/duckdb.ts
var duckdb = __webpack_require__(59793);
;// CONCATENATED MODULE: ./src/ingest/shapefile/load.ts












const RECORDS_TABLE = "shapefile_records";
const SQL_TYPES = {
    text: "VARCHAR",
    integer: "BIGINT",
    double: "DOUBLE",
    date: "DATE",
    boolean: "BOOLEAN",
};
/**
 * Read a shapefile (`.shp` and the `.dbf` beside it) into a table, a record at a time: the DBF
 * fields as typed columns, then the geometry as text in `geom` (GeoJSON, or WKT), reprojected.
 */
async function loadShapefile(engine, shpFile, options) {
    const reproject = reprojection(options.crs, options.targetCrs);
    const dbfFile = await sibling(shpFile, ".dbf");
    const cpg = await readOptional(shpFile, ".cpg");
    const shp = await SequentialReader.open(shpFile);
    const dbf = await SequentialReader.open(dbfFile).catch(async (error) => {
        await shp.close();
        throw error;
    });
    try {
        const { end } = await readShpHeader(shp);
        const header = await readDbfHeader(dbf);
        const { encoding, from } = dbfEncoding({
            template: options.encoding,
            cpg,
            languageDriver: header.languageDriver,
        });
        const decode = decoderFor(encoding, from);
        const fields = dbfFields(header, decode);
        const names = columnNames(fields, dbf.file);
        await createTable(engine, fields, names);
        const rows = await appendRows(engine, {
            shapes: readShapes(shp, end),
            records: readDbfRecords(dbf, header, fields, decode),
            fields,
            reproject,
            files: [shp.file, dbf.file],
            signal: options.signal,
        });
        const columns = [...names, GEOM_COLUMN].map((name) => ({ name, expr: (0,ingest_engine/* quoteIdent */.v4)(name) }));
        const frame = { table: RECORDS_TABLE, rows, columns };
        return options.geometryFormat === "wkt" ? toWkt(engine, frame) : frame;
    }
    finally {
        await Promise.allSettled([shp.close(), dbf.close()]);
    }
}
async function createTable(engine, fields, names) {
    const columns = fields.map((f, i) => `${(0,ingest_engine/* quoteIdent */.v4)(names[i] ?? f.name)} ${SQL_TYPES[f.kind]}`);
    columns.push(`${(0,ingest_engine/* quoteIdent */.v4)(GEOM_COLUMN)} VARCHAR`);
    await engine.run(`CREATE TABLE ${RECORDS_TABLE} (${columns.join(", ")})`);
}
/** Pair each DBF record with the shape of the same number; deleted records are skipped with theirs. */
async function appendRows(engine, rows) {
    const appender = await engine.connection.createAppender(RECORDS_TABLE);
    const { DuckDBDateValue: DateValue } = await (0,duckdb/* loadDuckDB */.GF)();
    const date = (days) => new DateValue(days);
    let count = 0;
    let index = 0;
    try {
        for await (const values of rows.records) {
            index++;
            if (index % 4096 === 0)
                rows.signal?.throwIfAborted();
            const shape = await rows.shapes.next();
            if (shape.done)
                throw countMismatch(rows.files, index - 1, "fewer");
            if (values === undefined)
                continue;
            values.forEach((value, i) => appendValue(appender, rows.fields[i]?.kind ?? "text", value, date));
            const geometry = shapeGeoJson(shape.value, rows.reproject);
            if (geometry === null)
                appender.appendNull();
            else
                appender.appendVarchar(geometry);
            appender.endRow();
            count++;
        }
        if (!(await rows.shapes.next()).done)
            throw countMismatch(rows.files, index, "more");
    }
    finally {
        appender.closeSync();
    }
    return count;
}
function countMismatch([shp, dbf], records, relation) {
    const [shpName, dbfName] = [external_node_path_default().basename(shp), external_node_path_default().basename(dbf)];
    const what = relation === "fewer"
        ? `${shpName} ends after ${records} shapes but ${dbfName} has more records`
        : `${shpName} has more shapes than the ${records} records of ${dbfName}`;
    return new Error(`${what}: the two files do not belong together, or one is truncated`);
}
function appendValue(appender, kind, value, date) {
    if (value === null)
        return appender.appendNull();
    switch (kind) {
        case "integer":
            return appender.appendBigInt(typeof value === "bigint" ? value : BigInt(Math.trunc(Number(value))));
        case "double":
            return appender.appendDouble(Number(value));
        case "date":
            return appender.appendDate(date(Number(value)));
        case "boolean":
            return appender.appendBoolean(value === true);
        case "text":
            return appender.appendVarchar(String(value));
    }
}
/**
 * Column names as the fields are written; a name DuckDB would take for an earlier one (names are
 * case-insensitive there) gets `_2`, `_3`, ... A field named `geom` would hide the geometry.
 */
function columnNames(fields, dbfFile) {
    const seen = new Set();
    return fields.map((field) => {
        if (field.name.toLowerCase() === GEOM_COLUMN) {
            throw new Error(`${external_node_path_default().basename(dbfFile)} has a field named "${field.name}", the name lifecycle gives the geometry column`);
        }
        let name = field.name;
        for (let n = 2; seen.has(name.toLowerCase()); n++)
            name = `${field.name}_${n}`;
        seen.add(name.toLowerCase());
        return name;
    });
}
async function toWkt(engine, frame) {
    const geom = (0,ingest_engine/* quoteIdent */.v4)(GEOM_COLUMN);
    const wkt = geoJsonGeometrySql(`CAST(${geom} AS JSON)`, "wkt");
    return engine.materialize(`SELECT * REPLACE (${wkt} AS ${geom}) FROM ${frame.table}`);
}
/** The file beside the `.shp` with this extension (either letter case). */
async function sibling(shpFile, extension) {
    const base = shpFile.slice(0, -external_node_path_default().extname(shpFile).length);
    for (const candidate of [base + extension, base + extension.toUpperCase()]) {
        if (await (0,files/* exists */.t2)(candidate))
            return candidate;
    }
    throw new Error(`${external_node_path_default().basename(base + extension)} not found beside ${external_node_path_default().basename(shpFile)}: a shapefile needs its ${extension} file (download it zipped with its sibling files)`);
}
async function readOptional(shpFile, extension) {
    try {
        return await promises_default().readFile(await sibling(shpFile, extension), "latin1");
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/ingest/shapefile/index.ts





;// CONCATENATED MODULE: ./src/ingest/xml-text.ts
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
/** XML character data with its entities decoded; an unknown or out-of-range entity is kept as written. */
function unescapeXml(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
        if (!name.startsWith("#"))
            return ENTITIES[name] ?? whole;
        const hex = name[1] === "x" || name[1] === "X";
        const code = parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}

;// CONCATENATED MODULE: ./src/ingest/xlsx.ts




function attributes(tag) {
    const out = {};
    for (const match of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g))
        out[match[1] ?? ""] = unescapeXml(match[2] ?? "");
    return out;
}
/** The text of every `<t>` in `xml` (phonetic runs left out), joined. */
function textOf(xml) {
    const withoutPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
    return [...withoutPhonetic.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)]
        .map((m) => unescapeXml(m[1] ?? ""))
        .join("");
}
function sharedStrings(xml) {
    if (!xml)
        return [];
    return [...xml.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g)].map((m) => textOf(m[1] ?? ""));
}
const BUILTIN_DATE_FORMATS = new Set([
    14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57,
]);
/** For each cell style index: whether its number format shows a date or time. */
function dateStyles(xml) {
    if (!xml)
        return [];
    const custom = new Map();
    for (const match of xml.matchAll(/<numFmt\b[^>]*\/?>/g)) {
        const { numFmtId, formatCode } = attributes(match[0]);
        if (numFmtId !== undefined && formatCode !== undefined)
            custom.set(Number(numFmtId), formatCode);
    }
    const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
    return [...cellXfs.matchAll(/<xf\b[^>]*\/?>/g)].map((m) => {
        const id = Number(attributes(m[0]).numFmtId ?? 0);
        const code = custom.get(id);
        if (code === undefined)
            return BUILTIN_DATE_FORMATS.has(id);
        return /[dmyhs]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));
    });
}
function excelDate(serial, date1904) {
    const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
    const iso = new Date(epoch + Math.round(serial * 86_400_000)).toISOString();
    return Number.isInteger(serial) ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
}
function columnIndex(reference) {
    const letters = /^[A-Z]+/.exec(reference)?.[0] ?? "A";
    return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}
function cellValue(cell, strings, dates, date1904) {
    const open = /^<c\b[^>]*>/.exec(cell)?.[0] ?? cell;
    const { t: type, s: style } = attributes(open);
    const raw = /<v>([\s\S]*?)<\/v>/.exec(cell)?.[1];
    if (type === "inlineStr")
        return textOf(/<is>([\s\S]*?)<\/is>/.exec(cell)?.[1] ?? "");
    if (raw === undefined)
        return null;
    const text = unescapeXml(raw);
    switch (type) {
        case "s":
            return strings[Number(text)] ?? null;
        case "b":
            return text === "1";
        case "str":
        case "e":
            return text;
        default: {
            const value = Number(text);
            return dates[Number(style ?? 0)] ? excelDate(value, date1904) : value;
        }
    }
}
/** The worksheet's path inside the archive, by sheet name or 0-based position. */
function sheetPath(workbook, relations, sheet) {
    const sheets = [...workbook.matchAll(/<sheet\b[^>]*\/?>/g)].map((m) => attributes(m[0]));
    const found = typeof sheet === "number" ? sheets[sheet] : sheets.find((s) => s.name === sheet);
    if (!found) {
        const names = sheets.map((s) => JSON.stringify(s.name)).join(", ");
        throw new errors/* ConfigError */.xL(`xlsx: no sheet ${JSON.stringify(sheet)}; sheets: ${names}`);
    }
    const id = found["r:id"] ?? Object.entries(found).find(([k]) => k.endsWith(":id"))?.[1];
    const relation = [...relations.matchAll(/<Relationship\b[^>]*\/?>/g)]
        .map((m) => attributes(m[0]))
        .find((r) => r.Id === id);
    const target = relation?.Target ?? "";
    return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}
async function readXlsxSheet(file, sheet) {
    const entries = readZipEntries(await promises_default().readFile(file), file);
    const text = (name) => entries.get(name)?.().toString("utf8");
    const workbook = text("xl/workbook.xml");
    if (!workbook)
        throw new Error(`${file} is not an .xlsx workbook (no xl/workbook.xml)`);
    const date1904 = /<workbookPr\b[^>]*date1904="(1|true)"/.test(workbook);
    const xml = text(sheetPath(workbook, text("xl/_rels/workbook.xml.rels") ?? "", sheet)) ?? "";
    const strings = sharedStrings(text("xl/sharedStrings.xml"));
    const dates = dateStyles(text("xl/styles.xml"));
    const rows = [];
    for (const row of xml.matchAll(/<row\b([^>]*)>([\s\S]*?)<\/row>/g)) {
        const index = Number(attributes(row[1] ?? "").r ?? rows.length + 1) - 1;
        const cells = [];
        for (const cell of (row[2] ?? "").matchAll(/<c\b[^>]*\/>|<c\b[^>]*>[\s\S]*?<\/c>/g)) {
            const reference = attributes(/^<c\b[^>]*>/.exec(cell[0])?.[0] ?? cell[0]).r;
            const column = reference ? columnIndex(reference) : cells.length;
            while (cells.length < column)
                cells.push(null);
            cells[column] = cellValue(cell[0], strings, dates, date1904);
        }
        while (rows.length < index)
            rows.push([]);
        rows[index] = cells;
    }
    return { rows };
}

;// CONCATENATED MODULE: ./src/ingest/content-checks.ts



const TEXT_FORMATS = new Set(["csv", "json", "geojson"]);
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
/** A raw file that cannot be the data: empty, or a web page where a data file should be. */
class RawContentError extends Error {
    name = "RawContentError";
}
/**
 * Fail clearly on what would otherwise be ingested as wrong data or fail with a reader's raw
 * error: an empty file, and an HTML page (a login, error or portal page answered with 200).
 */
async function checkRawContent(file, format) {
    const name = external_node_path_default().basename(file);
    const { size } = await promises_default().stat(file);
    if (size === 0)
        throw new RawContentError(`${name} is empty (0 bytes): the source gave no data to ingest`);
    if (!TEXT_FORMATS.has(format.type))
        return;
    const handle = await promises_default().open(file, "r");
    try {
        const head = Buffer.alloc(Math.min(size, 4096));
        await handle.read(head, 0, head.length, 0);
        const text = head.toString("utf8").replace(/^\uFEFF/, "");
        if (text.trim() === "")
            throw new RawContentError(`${name} holds only blank space: the source gave no data to ingest`);
        if (HTML_START.test(text))
            throw new RawContentError(`${name} is an HTML page, not ${format.type}: the source answered with a web page (a login, error or portal page?) instead of the data; check the URL`);
        const other = otherDocument(text, format.type);
        if (other)
            throw new RawContentError(`${name} is ${other}, not ${format.type}: the source answered with something else than the data (an error message?): ${JSON.stringify(text.trim().slice(0, 120))}`);
    }
    finally {
        await handle.close();
    }
}
/** A CSV that is really an XML or JSON document (an API's error answer), or JSON that is XML. */
function otherDocument(text, type) {
    const start = text.trimStart();
    const element = /^<([A-Za-z][\w:-]*)[\s>]/.exec(start)?.[1];
    if (start.startsWith("<?xml") || (element && start.includes(`</${element}>`)))
        return "an XML document";
    if (type === "csv" && /^\{\s*"/.test(start))
        return "a JSON document";
    return undefined;
}
/**
 * The first line with another number of fields than the header (quotes respected, a quoted field
 * may span lines), as pandas reports "Expected 2 fields in line 3, saw 3"; undefined when none.
 */
async function findRaggedRow(file, delimiter) {
    let expected;
    let fields = 1;
    let line = 1;
    let start = 1;
    let quoted = false;
    let empty = true;
    for await (const chunk of (0,external_node_fs_.createReadStream)(file, { encoding: "utf8" })) {
        for (const char of chunk) {
            if (char === '"')
                quoted = !quoted;
            else if (!quoted && char === delimiter)
                fields++;
            if (char === "\n") {
                line++;
                if (quoted)
                    continue;
                if (!empty) {
                    if (expected === undefined)
                        expected = fields;
                    else if (fields !== expected)
                        return { line: start, fields, expected };
                }
                fields = 1;
                empty = true;
                start = line;
            }
            else if (char !== "\r")
                empty = false;
        }
    }
    if (!empty && expected !== undefined && fields !== expected)
        return { line: start, fields, expected };
    return undefined;
}
const LIKELY_DELIMITERS = [",", ";", "\t", "|"];
/** The delimiter a one-column header most likely meant (the sniffer gave up on ragged rows). */
function likelyDelimiter(header) {
    return LIKELY_DELIMITERS.find((d) => header.includes(d));
}
function raggedMessage(file, row) {
    return `${external_node_path_default().basename(file)} line ${row.line} has ${row.fields} fields where the header has ${row.expected} (a ragged row): fix the file, or quote the field that holds the delimiter`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/ingest/gdal.ts






/*
 * Esri file geodatabases are read through GDAL's `ogr2ogr` (Debian's `gdal-bin`, on GitHub's
 * Ubuntu runners through apt): the template's layer is converted to GeoJSON, which the ingest then
 * reads like any GeoJSON file. A zipped `.gdb` folder is read in place through GDAL's /vsizip/.
 */
const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const OGR2OGR = "ogr2ogr";
/** Convert one layer of the geodatabase `file` (a `.gdb` folder or a zip of one) to `<workDir>/<layer>.geojson`. */
async function geodatabaseToGeoJson(file, workDir, options) {
    const source = await gdalPath(file, options.unzippedFilename);
    const out = external_node_path_default().join(workDir, "geodatabase.geojson");
    await promises_default().mkdir(workDir, { recursive: true });
    const args = ["-f", "GeoJSON", out, source];
    if (options.layer !== undefined)
        args.push(options.layer);
    if (options.crs !== undefined)
        args.push("-a_srs", options.crs);
    if (options.targetCrs !== undefined)
        args.push("-t_srs", options.targetCrs);
    try {
        await run(OGR2OGR, args, {
            maxBuffer: 16 * 1024 * 1024,
            ...(options.signal ? { signal: options.signal } : {}),
        });
    }
    catch (error) {
        throw ogrError(error, options.layer);
    }
    return out;
}
function ogrError(error, layer) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") {
        return new errors/* ConfigError */.xL(`file format "geodatabase" needs GDAL's ogr2ogr, which is not installed: install gdal-bin (apt-get install -y gdal-bin) or set ingest_command in lifecycle.yml to ingest this template with your own tool`);
    }
    const stderr = error instanceof Error && "stderr" in error ? String(error.stderr).trim() : String(error);
    const what = layer === undefined ? "its first layer" : `layer "${layer}"`;
    return new Error(`ogr2ogr could not read ${what} of the geodatabase: ${stderr}`);
}
/** The path GDAL opens: the folder itself, or `/vsizip/<zip>/<dir>.gdb` for a zipped one. */
async function gdalPath(file, unzipped) {
    if (!(await isZip(file)))
        return file;
    const inner = unzipped ?? (await gdbFolderIn(file));
    return `/vsizip/${file}/${inner}`;
}
async function gdbFolderIn(file) {
    const handle = await promises_default().open(file, "r");
    try {
        const entries = await zipEntries(handle, external_node_path_default().basename(file));
        for (const { name } of entries) {
            const parts = name.split("/");
            const index = parts.findIndex((p) => p.toLowerCase().endsWith(".gdb"));
            if (index >= 0)
                return parts.slice(0, index + 1).join("/");
        }
    }
    finally {
        await handle.close();
    }
    throw new Error(`${external_node_path_default().basename(file)} holds no .gdb folder; name the folder with file_format.unzipped_filename`);
}

;// CONCATENATED MODULE: ./src/ingest/formats.ts












const NOT_SUPPORTED_FORMATS = (/* unused pure expression or super */ null && (["html"]));
/** Read the raw data file into a table, per the template's `file_format`. */
async function loadFormat(engine, format, file, options) {
    const geometryFormat = options.geometryFormat ?? settings/* DEFAULT_GEOMETRY_FORMAT */.nO;
    switch (format.type) {
        case "csv":
            return applyGeometry(await loadCsv(engine, format, file, options.fullSample === true), format.geometry, geometryFormat);
        case "json":
            return applyGeometry(await loadJson(engine, format, file, options.workDir), format.geometry, geometryFormat);
        case "geojson":
            return loadGeoJson(engine, file, geometryFormat);
        case "parquet":
            return engine.source(`SELECT * FROM read_parquet(${(0,ingest_engine/* quoteString */.Ov)(file)})`);
        case "xlsx":
        case "excel":
            return applyGeometry(await loadXlsx(engine, format, file, options.workDir), format.geometry, geometryFormat);
        case "shapefile":
            return loadShapefile(engine, file, {
                crs: format.crs,
                targetCrs: options.targetCrs,
                encoding: format.encoding,
                geometryFormat,
                signal: options.signal,
            });
        case "geodatabase": {
            const { layer, unzipped_filename: unzippedFilename, crs } = format;
            const read = { layer, unzippedFilename, crs, targetCrs: options.targetCrs };
            const geojson = await geodatabaseToGeoJson(file, external_node_path_default().join(options.workDir, "gdb"), {
                ...read,
                signal: options.signal,
            });
            return loadGeoJson(engine, geojson, geometryFormat);
        }
        default:
            throw new errors/* ConfigError */.xL(`file format "${format.type}" is not supported by lifecycle (supported: csv, json, geojson, parquet, xlsx, shapefile, geodatabase); set ingest_command in lifecycle.yml to ingest this template with your own tool`);
    }
}
const ENCODINGS = {
    "utf-8": "utf-8",
    utf8: "utf-8",
    "utf-16": "utf-16",
    utf16: "utf-16",
    "latin-1": "latin-1",
    latin1: "latin-1",
    "iso-8859-1": "latin-1",
};
/** pandas infers numbers and booleans, never dates: date-like text stays text until coerced. */
const TYPE_CANDIDATES = "auto_type_candidates = ['BOOLEAN', 'BIGINT', 'DOUBLE', 'VARCHAR']";
/** What the user said about splitting the file into fields, as `read_csv` options. */
function dialectOptions(format) {
    const options = [];
    if (format.delimiter !== undefined)
        options.push(`delim = ${(0,ingest_engine/* quoteString */.Ov)(format.delimiter)}`);
    if (format.quoting === 3)
        options.push("quote = ''", "escape = ''");
    return options;
}
function encodingOptions(format) {
    if (format.encoding === undefined)
        return [];
    const encoding = ENCODINGS[format.encoding.toLowerCase()];
    if (!encoding) {
        throw new errors/* ConfigError */.xL(`csv encoding "${format.encoding}" is not supported; supported: utf-8, utf-16, latin-1`);
    }
    return [`encoding = ${(0,ingest_engine/* quoteString */.Ov)(encoding)}`];
}
function textColumns(dtype, names) {
    if (typeof dtype === "string")
        return new Set(isStringDtype(dtype) ? names : []);
    // pandas ignores dtype entries for columns the file does not have.
    const wanted = Object.entries(dtype ?? {})
        .filter(([, t]) => isStringDtype(t))
        .map(([c]) => c.trim());
    return new Set(names.filter((name) => wanted.includes(name.trim())));
}
function isStringDtype(dtype) {
    return ["str", "string", "object"].includes(dtype);
}
const SniffSchema = schemas/* object */.Ikc({
    Delimiter: schemas/* string */.YjP(),
    Quote: schemas/* string */.YjP(),
    Escape: schemas/* string */.YjP(),
    NewLineDelimiter: schemas/* string */.YjP(),
    Comment: schemas/* string */.YjP(),
    SkipRows: coerce/* number */.ai(),
    Columns: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), type: schemas/* string */.YjP() })),
});
/**
 * The file's dialect and column types, sniffed once: every later read names them exactly
 * (`auto_detect = false`), so DuckDB does not sniff the file again each time a query binds it.
 */
async function sniffCsv(engine, file, options) {
    const [row] = await engine.rows(`SELECT * FROM sniff_csv(${(0,ingest_engine/* quoteString */.Ov)(file)}, ${options.join(", ")})`);
    const sniffed = SniffSchema.parse(row);
    const text = (value) => (0,ingest_engine/* quoteString */.Ov)(value === "(empty)" ? "" : value);
    const dialect = [
        "auto_detect = false",
        `delim = ${text(sniffed.Delimiter)}`,
        `quote = ${text(sniffed.Quote)}`,
        `escape = ${text(sniffed.Escape)}`,
        `new_line = ${text(sniffed.NewLineDelimiter)}`,
        `comment = ${text(sniffed.Comment)}`,
        `skip = ${sniffed.SkipRows}`,
    ];
    return { dialect, columns: sniffed.Columns };
}
/**
 * The header exactly as written (DuckDB would trim blanks around names; pandas keeps them), or
 * undefined when it cannot name the columns (blank or repeated names: DuckDB's names then).
 */
async function headerNames(engine, file, dialect, count) {
    const columns = Array.from({ length: count }, (_, i) => `'c${i}': 'VARCHAR'`).join(", ");
    const options = [...dialect, "header = false", `columns = {${columns}}`].join(", ");
    const [first] = await engine.rows(`SELECT * FROM read_csv(${(0,ingest_engine/* quoteString */.Ov)(file)}, ${options}) LIMIT 1`);
    const names = Object.values(first ?? {});
    const usable = names.every((n) => typeof n === "string" && n !== "");
    if (names.length === 0 || !usable || new Set(names).size < names.length)
        return undefined;
    return names;
}
/** A type sniffed from the first rows that a later value does not fit (retry with `fullSample`). */
function isCsvSniffError(error) {
    return /Could not convert|CSV Error/i.test((0,errors/* errorMessage */.gJ)(error));
}
/**
 * Sniff, turning rows of differing lengths into a clear error: DuckDB either fails to sniff (a
 * delimiter given) or reads one column named by the whole header line (`a,b`).
 */
async function sniffOrRagged(engine, file, options, delimiter) {
    const ragged = async (delim) => {
        const row = delim === undefined ? undefined : await findRaggedRow(file, delim);
        return row && new RawContentError(raggedMessage(file, row));
    };
    let sniffed;
    try {
        sniffed = await sniffCsv(engine, file, options);
    }
    catch (error) {
        throw (await ragged(delimiter ?? ",")) ?? error;
    }
    const [only, ...more] = sniffed.columns;
    if (only && more.length === 0 && delimiter === undefined) {
        const error = await ragged(likelyDelimiter(only.name));
        if (error)
            throw error;
    }
    return sniffed;
}
async function loadCsv(engine, format, file, fullSample) {
    const given = format.names ?? format.column_names;
    // With `names`, pandas reads no header row unless `header` says there is one.
    const header = format.header === undefined ? given === undefined : format.header !== null;
    const user = [...dialectOptions(format), ...encodingOptions(format), `header = ${header}`];
    const sniffOptions = [...user, TYPE_CANDIDATES, ...(fullSample ? ["sample_size = -1"] : [])];
    if (given)
        sniffOptions.push(`names = [${given.map(ingest_engine/* quoteString */.Ov).join(", ")}]`);
    const sniffed = await sniffOrRagged(engine, file, sniffOptions, format.delimiter);
    const read = [...sniffed.dialect, ...encodingOptions(format)];
    const names = given ??
        (header ? await headerNames(engine, file, read, sniffed.columns.length) : undefined) ??
        sniffed.columns.map((c) => c.name);
    const text = textColumns(format.dtype, names);
    const columns = names
        .map((name, i) => {
        const type = text.has(name) ? "VARCHAR" : (sniffed.columns[i]?.type ?? "VARCHAR");
        return `${(0,ingest_engine/* quoteString */.Ov)(name)}: ${(0,ingest_engine/* quoteString */.Ov)(type)}`;
    })
        .join(", ");
    const options = [...read, `header = ${header}`, `columns = {${columns}}`];
    const frame = await engine.source(`SELECT * FROM read_csv(${(0,ingest_engine/* quoteString */.Ov)(file)}, ${options.join(", ")})`);
    return format.usecols ? selectColumns(frame, format.usecols) : frame;
}
function selectColumns(frame, usecols) {
    const columns = usecols.map((wanted) => {
        const column = typeof wanted === "number"
            ? frame.columns[wanted]
            : frame.columns.find((c) => c.name === wanted);
        if (!column) {
            const have = frame.columns.map((c, i) => `${i}: ${c.name}`).join(", ");
            throw new errors/* ConfigError */.xL(`csv usecols: no column ${JSON.stringify(wanted)}; columns: ${have}`);
        }
        return column;
    });
    return { ...frame, columns };
}
async function loadJson(engine, format, file, workDir) {
    let document;
    try {
        document = JSON.parse(await promises_default().readFile(file, "utf8"));
    }
    catch (error) {
        throw new Error(`${external_node_path_default().basename(file)} is not valid JSON: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const records = jsonRecords(document, format);
    if (records.length === 0)
        throw new Error(`${external_node_path_default().basename(file)}: no JSON records found`);
    return loadRecords(engine, records, workDir);
}
/** The sheet's first row names the columns (as pandas' read_excel); blank rows are left out. */
async function loadXlsx(engine, format, file, workDir) {
    const [header = [], ...data] = (await readXlsxSheet(file, format.sheet_name)).rows;
    const names = header.map((name, i) => name === null || name === "" ? `Unnamed: ${i}` : String(name));
    const { dtype } = format;
    const asText = (name) => typeof dtype === "string" ? isStringDtype(dtype) : isStringDtype(dtype?.[name] ?? "");
    const records = data
        .filter((row) => row.some((cell) => cell !== null))
        .map((row) => Object.fromEntries(names.map((name, i) => {
        const cell = row[i] ?? null;
        return [name, cell !== null && asText(name) ? String(cell) : cell];
    })));
    if (records.length === 0) {
        throw new Error(`${external_node_path_default().basename(file)}: sheet ${JSON.stringify(format.sheet_name)} has no data rows`);
    }
    const frame = await loadRecords(engine, records, workDir);
    const columns = frame.columns.map((c) => asText(c.name) ? { name: c.name, expr: `CAST(${c.expr} AS VARCHAR)` } : c);
    return { ...frame, columns };
}
/** Records (JSON objects) into a table, through newline-delimited JSON. */
async function loadRecords(engine, records, workDir) {
    const ndjson = external_node_path_default().join(workDir, "records.ndjson");
    await writeNdjson(records, ndjson);
    const frame = await engine.materialize(`SELECT * FROM read_json(${(0,ingest_engine/* quoteString */.Ov)(ndjson)}, format = 'newline_delimited', records = true, sample_size = -1)`);
    await promises_default().rm(ndjson, { force: true });
    return frame;
}
/** The feature's geometry as JSON text, in the table; `geom` is an expression over it. */
const RAW_GEOMETRY = "__lifecycle_geometry";
/**
 * GeoJSON: one row per feature, its properties as columns (types inferred from every feature) and
 * its geometry as text. The geometry is read again as JSON and put beside the properties row by
 * row: the inferred struct would add members other features have as nulls and reformat numbers.
 * The geometry text is converted when the frame is read (in parallel, from a table).
 */
async function loadGeoJson(engine, file, format) {
    // A FeatureCollection is one JSON object the size of the file, and DuckDB reserves buffers for
    // the largest object it may meet: ask for what this file needs, not 1 GiB, so the read fits the
    // ingest's memory_limit.
    const { size } = await promises_default().stat(file);
    const maxObject = Math.min(Math.max(size + 1024, 16 * 1024 * 1024), 2 ** 31 - 1);
    const read = (options) => `read_json(${(0,ingest_engine/* quoteString */.Ov)(file)}, maximum_object_size = ${maxObject}, ${options})`;
    const geometries = await engine.materialize(`SELECT unnest(features).geometry AS ${(0,ingest_engine/* quoteIdent */.v4)(RAW_GEOMETRY)} FROM ${read("columns = {features: 'STRUCT(geometry JSON)[]'}")}`);
    const properties = await engine
        .materialize(`SELECT f.properties AS p FROM (SELECT unnest(features) AS f FROM ${read("sample_size = -1")})`)
        .catch(() => undefined);
    const [column] = properties ? await engine.describe(`SELECT p FROM ${properties.table}`) : [];
    const frame = column?.type.startsWith("STRUCT")
        ? await engine.materialize(`SELECT unnest(p.p), g.* FROM ${properties?.table} AS p POSITIONAL JOIN ${geometries.table} AS g`)
        : geometries;
    for (const table of [properties?.table, geometries.table])
        if (table && table !== frame.table)
            await engine.run(`DROP TABLE ${table}`);
    const geometry = geoJsonGeometrySql((0,ingest_engine/* quoteIdent */.v4)(RAW_GEOMETRY), format);
    return {
        ...frame,
        columns: frame.columns.map((c) => c.name === RAW_GEOMETRY ? { name: GEOM_COLUMN, expr: geometry } : c),
    };
}

;// CONCATENATED MODULE: ./src/ingest/download-limits.ts


/** Inflated ratios are judged only past this size: a tiny file may compress very well. */
const RATIO_FLOOR_BYTES = 16 * 1024 * 1024;
function mb(bytes) {
    return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${bytes} bytes`;
}
function declaredLength(response) {
    const value = response.headers.get("content-length");
    return value && /^\d+$/.test(value) ? Number(value) : undefined;
}
/** The body is sent compressed (fetch inflates it): its Content-Length is the compressed size. */
function encoded(response) {
    const encoding = response.headers.get("content-encoding")?.trim().toLowerCase() ?? "identity";
    return encoding !== "" && encoding !== "identity";
}
/** Fails before reading a body that says it is larger than the download limit. */
function checkDeclaredLength(response, url, limits) {
    const length = declaredLength(response);
    if (length !== undefined && length > limits.maxDownloadBytes)
        throw new ingest_limits/* IngestLimitError */.uV("max_download_size", `GET ${url}: the response is ${mb(length)} (Content-Length)`, mb(limits.maxDownloadBytes));
}
/**
 * Counts the body's bytes as they are written and stops the download past the limits: the
 * download size, and for a compressed body the inflated size and ratio to its Content-Length.
 */
function bodyLimit(response, url, limits) {
    const compressed = encoded(response) ? declaredLength(response) : undefined;
    const inflating = encoded(response);
    let seen = 0;
    const over = () => {
        if (!inflating && seen > limits.maxDownloadBytes)
            return new ingest_limits/* IngestLimitError */.uV("max_download_size", `GET ${url}: the response is more than ${mb(seen)}`, mb(limits.maxDownloadBytes));
        if (inflating && seen > limits.maxDecompressedBytes)
            return new ingest_limits/* IngestLimitError */.uV("max_decompressed_size", `GET ${url}: the compressed response inflates to more than ${mb(seen)}`, mb(limits.maxDecompressedBytes));
        if (compressed && seen > RATIO_FLOOR_BYTES && seen / compressed > limits.maxRatio)
            return new ingest_limits/* IngestLimitError */.uV("max_decompression_ratio", `GET ${url}: ${mb(compressed)} compressed inflates to more than ${mb(seen)} (ratio ${Math.floor(seen / compressed)})`, `ratio ${limits.maxRatio}`);
        return undefined;
    };
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            seen += chunk.length;
            const error = over();
            if (error)
                callback(error);
            else
                callback(null, chunk);
        },
    });
}

;// CONCATENATED MODULE: ./src/ingest/http-faults.ts
/**
 * What makes a GET fail at once instead of being retried, and how long a server asks us to wait:
 * redirect chains that loop or leave HTTP, a full disk, and `Retry-After`.
 */
/** An error that retrying cannot fix: thrown through the retry loop at once. */
class NotRetriedError extends Error {
    name = "NotRetriedError";
    retry = false;
}
/** Errors marked `retry: false` (NotRetriedError, IngestLimitError) end the retry loop at once. */
function isNotRetried(error) {
    return error instanceof Error && "retry" in error && error.retry === false;
}
const MAX_REDIRECTS = 20;
/** A redirect chain that loops, leaves http(s), is too long or has no usable Location. */
class RedirectError extends NotRetriedError {
    chain;
    name = "RedirectError";
    constructor(chain, why) {
        super(`GET ${chain[0] ?? ""} failed: ${why}: ${chain.join(" -> ")}`);
        this.chain = chain;
    }
}
/** The next URL of a redirect chain, checked: absolute, http(s), not seen before in the chain. */
function nextHop(chain, location) {
    const from = chain[chain.length - 1] ?? "";
    if (location === null || location === "")
        throw new RedirectError(chain, "a redirect without a Location header");
    let next;
    try {
        next = new URL(location, from);
    }
    catch {
        throw new RedirectError([...chain, location], "a redirect to an invalid URL");
    }
    const hops = [...chain, next.href];
    if (next.protocol !== "http:" && next.protocol !== "https:")
        throw new RedirectError(hops, `a redirect to a ${next.protocol} URL (only http and https)`);
    if (chain.includes(next.href))
        throw new RedirectError(hops, "a redirect loop");
    if (chain.length > MAX_REDIRECTS)
        throw new RedirectError(hops, `more than ${MAX_REDIRECTS} redirects`);
    return next.href;
}
function isRedirect(status) {
    return [301, 302, 303, 307, 308].includes(status);
}
const DISK_FULL = new Set(["ENOSPC", "EDQUOT"]);
/** The disk (or quota) is full while writing `file`. */
class DiskFullError extends NotRetriedError {
    file;
    code;
    name = "DiskFullError";
    constructor(file, code) {
        super(`no space left on the device writing ${file} (${code}): free space there, or point the store (--store) or TMPDIR at a larger disk`);
        this.file = file;
        this.code = code;
    }
}
/** `error` as a DiskFullError naming `file` when the disk is full; otherwise unchanged. */
function diskFull(error, file) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    return DISK_FULL.has(code) ? new DiskFullError(file, code) : error;
}
/** Statuses worth another attempt: server errors, and 408/429 (the server asks us to slow down). */
function isRetriedStatus(status) {
    return status >= 500 || status === 408 || status === 429;
}
/**
 * Milliseconds the server asks us to wait (`Retry-After`: seconds or an HTTP date), for 429 and
 * 503 only; undefined when it does not say (or says something unreadable).
 */
function retryAfterMs(response, now = Date.now()) {
    if (response.status !== 429 && response.status !== 503)
        return undefined;
    const value = response.headers.get("retry-after")?.trim();
    if (!value)
        return undefined;
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

;// CONCATENATED MODULE: ./src/ingest/http.ts







class FetchHttpClient {
    get(url, init) {
        return fetch(url, {
            method: "GET",
            redirect: init.redirect ?? "follow",
            signal: init.signal,
            headers: init.headers,
        });
    }
}
const DEFAULT_RETRY = { attempts: 4, backoffMs: 1_000, timeoutMs: 300_000 };
const DEFAULT_MAX_RETRY_AFTER_MS = 120_000;
/** A response with a status that retrying will not fix (4xx), or the last of the retried ones. */
class HttpStatusError extends Error {
    url;
    status;
    name = "HttpStatusError";
    constructor(url, status, detail) {
        super(`GET ${url} failed: HTTP ${status}${detail ? ` (${detail})` : ""}`);
        this.url = url;
        this.status = status;
    }
}
/**
 * GET with retries: network errors, timeouts, 5xx, 408 and 429 are retried with exponential
 * backoff, or after the `Retry-After` a 429 or 503 asks for (up to `maxRetryAfterMs`); other 4xx
 * fail at once, and so do redirect loops, redirects away from http(s), a full disk and a limit
 * passed. `read` consumes the body inside the attempt, so a body cut short is retried too.
 */
async function getWithRetry(context, url, read) {
    const { retry, log } = context;
    for (let attempt = 1;; attempt++) {
        context.signal?.throwIfAborted();
        const timeout = AbortSignal.timeout(retry.timeoutMs);
        const signal = context.signal ? AbortSignal.any([context.signal, timeout]) : timeout;
        let wait = retry.backoffMs * 2 ** (attempt - 1);
        try {
            const response = await getFollowing(context.client, url, signal);
            if (response.ok)
                return await read(response);
            const detail = await briefBody(response);
            const error = new HttpStatusError(url, response.status, detail);
            if (!isRetriedStatus(response.status) || attempt >= retry.attempts)
                throw error;
            wait = retryWait(response, error, retry) ?? wait;
            log?.(`${error.message}; retrying (attempt ${attempt + 1} of ${retry.attempts}) in ${wait} ms`);
        }
        catch (error) {
            if (error instanceof HttpStatusError || isNotRetried(error))
                throw error;
            if (context.signal?.aborted)
                throw context.signal.reason ?? error;
            const reason = timeout.aborted
                ? `timed out after ${retry.timeoutMs} ms`
                : describeNetworkError(error);
            if (attempt >= retry.attempts)
                throw new Error(`GET ${url} failed: ${reason}`, { cause: error });
            log?.(`GET ${url} failed: ${reason}; retrying (attempt ${attempt + 1} of ${retry.attempts})`);
        }
        await sleep(wait, context.signal);
    }
}
/** The wait a 429 or 503 asks for; throws when it is longer than the policy waits. */
function retryWait(response, error, retry) {
    const asked = retryAfterMs(response);
    const most = retry.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
    if (asked !== undefined && asked > most)
        throw new HttpStatusError(error.url, error.status, `Retry-After asks for ${Math.ceil(asked / 1000)} s, more than the ${most / 1000} s lifecycle waits`);
    return asked;
}
/**
 * GET following redirects here, not in fetch, so that a loop or a redirect to another scheme
 * fails at once naming the whole chain (fetch reports "redirect count exceeded", which looks like
 * a network error and was retried).
 */
async function getFollowing(client, url, signal) {
    const chain = [url];
    for (;;) {
        const current = chain[chain.length - 1] ?? url;
        const response = await client.get(current, { signal, redirect: "manual" });
        const location = response.headers.get("location");
        // Without a Location it is an answer, not a redirect (a wrapping client's own 3xx message).
        if (!isRedirect(response.status) || location === null)
            return withUrl(response, current);
        await response.body?.cancel();
        chain.push(nextHop(chain, location));
    }
}
/** `response.url` is empty for responses built by hand (a wrapping client): set it. */
function withUrl(response, url) {
    if (response.url)
        return response;
    Object.defineProperty(response, "url", { value: url });
    return response;
}
/** GET a JSON document. */
function getJson(context, url) {
    return getWithRetry(context, url, async (response) => {
        const text = await response.text();
        try {
            return JSON.parse(text);
        }
        catch {
            throw new Error(`GET ${url}: the response is not JSON: ${JSON.stringify(text.slice(0, 120))}`);
        }
    });
}
/** Stream a GET response to `file`, hashing it on the way. */
function download(context, url, file) {
    return getWithRetry(context, url, async (response) => {
        const { tap, result } = hashingTap();
        if (!response.body)
            throw new Error(`GET ${url}: empty response body`);
        const limits = context.limits ?? ingest_limits/* DEFAULT_INGEST_LIMITS */.Yz;
        checkDeclaredLength(response, url, limits);
        const body = external_node_stream_.Readable.fromWeb(response.body);
        const counter = byteCounter(response, context.progress ?? (() => { }));
        try {
            await (0,external_node_stream_promises_.pipeline)(body, bodyLimit(response, url, limits), counter, tap, (0,external_node_fs_.createWriteStream)(file));
        }
        catch (error) {
            throw diskFull(error, file);
        }
        return {
            url,
            finalUrl: response.url || url,
            ...result(),
            contentType: response.headers.get("content-type"),
        };
    });
}
async function briefBody(response) {
    try {
        const text = (await response.text()).replace(/\s+/g, " ").trim();
        return text.length > 200 ? `${text.slice(0, 197)}...` : text;
    }
    catch {
        return "";
    }
}
function describeNetworkError(error) {
    if (!(error instanceof Error))
        return String(error);
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return `${error.message}${cause}`;
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason instanceof Error ? signal.reason : new Error("aborted"));
        };
        signal?.addEventListener("abort", onAbort, { once: true });
    });
}
/** Passes the body through, telling `progress` the bytes so far (at most every 100 ms). */
function byteCounter(response, progress) {
    const length = Number(response.headers.get("content-length") ?? Number.NaN);
    const total = Number.isFinite(length) && length > 0 ? { totalBytes: length } : {};
    let bytes = 0;
    let last = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            bytes += chunk.length;
            const now = Date.now();
            if (now - last >= 100) {
                last = now;
                progress({ what: "download", bytes, ...total });
            }
            callback(null, chunk);
        },
        flush(callback) {
            progress({ what: "download", bytes, ...total });
            callback();
        },
    });
}

// EXTERNAL MODULE: ./src/store/s3-client.ts
var s3_client = __webpack_require__(19087);
// EXTERNAL MODULE: ./src/store/s3-objects.ts
var s3_objects = __webpack_require__(18314);
;// CONCATENATED MODULE: ./src/ingest/s3.ts





/*
 * The `s3` source: one GET of an object through @aws-sdk/client-s3 (SigV4 when credentials are in
 * the environment, anonymous otherwise), retried on 500, 503, throttling and timeouts. Works with
 * S3 and S3-compatible stores (DigitalOcean Spaces, MinIO). See src/store/s3-client.ts for where
 * the endpoint, region and credentials come from.
 */
/** Where and as whom the `s3` source reads, from the environment and `s3:` of lifecycle.yml. */
function resolveS3Access(env, settings = {}) {
    return (0,s3_client/* resolveS3Connection */.Zc)(env, settings, "s3 source");
}
/** Fetch an `s3` source's object into `rawDir`, named after the key's last segment. */
async function fetchS3Source(source, context, rawDir) {
    const connection = {
        ...resolveS3Access(context.env, context.s3),
        attempts: context.retry.attempts,
        timeoutMs: context.retry.timeoutMs,
    };
    const name = source.key.split("/").pop();
    if (!name)
        throw new errors/* ConfigError */.xL(`s3 source: key ${JSON.stringify(source.key)} names a folder`);
    const file = external_node_path_default().join(rawDir, (0,layout/* safeSegment */.LX)(name));
    const object = `s3://${source.bucket}/${source.key}`;
    const endpoint = (0,s3_client/* endpointLabel */.md)(connection);
    const as = connection.credentials ? "" : " anonymously (no AWS_ACCESS_KEY_ID set)";
    context.log?.(`downloading ${object} from ${endpoint}${as}`);
    try {
        const got = await new s3_objects/* S3Objects */.NY(source.bucket, connection).download(source.key, file);
        if (!got)
            throw new Error(`s3 source: could not get ${object} from ${endpoint}: HTTP 404 (NoSuchKey)`);
        return {
            file: `raw/${external_node_path_default().basename(file)}`,
            ...got,
            url: `${endpoint}/${source.bucket}/${source.key}`,
        };
    }
    catch (error) {
        if (!(error instanceof s3_objects/* S3RequestError */.M8))
            throw error;
        const detail = error.message.replace(/^S3 GET \S+ failed: /, "").replace(/ at \S+$/, "");
        throw new Error(`s3 source: could not get ${object} from ${endpoint}: ${detail}${hint(error, connection)}`);
    }
}
function hint(error, connection) {
    if ((error.status === 403 || error.status === 401) && !connection.credentials)
        return "; the request was anonymous: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY for a private bucket";
    if (error.code === "SignatureDoesNotMatch")
        return `; check AWS_SECRET_ACCESS_KEY, and the region (signed for ${connection.region}: AWS_REGION)`;
    if (error.status !== undefined && error.status >= 300 && error.status < 400)
        return "; lifecycle does not follow an S3 redirect: set AWS_ENDPOINT_URL_S3 or the region to the bucket's own";
    return "";
}
/** How config.json records an `s3` source: the template's fields and the endpoint read from. */
function s3SourceRecord(source, context) {
    return { ...source, endpoint: (0,s3_client/* endpointLabel */.md)(resolveS3Access(context.env, context.s3)) };
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
;// CONCATENATED MODULE: ./src/ingest/socrata.ts



/** The portal's base URL: a known org (`nyc`, `nys`, ...) or an http(s) URL written as the org. */
function socrataBase(source, endpoints) {
    if (/^https?:\/\//.test(source.org))
        return source.org.replace(/\/+$/, "");
    const base = endpoints.socrata[source.org];
    if (!base) {
        const known = Object.keys(endpoints.socrata).join(", ");
        throw new errors/* ConfigError */.xL(`socrata source: unknown org "${source.org}"; known: ${known}, or a base URL`);
    }
    return base.replace(/\/+$/, "");
}
function socrataExportUrl(source, endpoints) {
    const base = socrataBase(source, endpoints);
    const uid = encodeURIComponent(source.uid);
    switch (source.format) {
        case "csv":
            return `${base}/api/views/${uid}/rows.csv?accessType=DOWNLOAD`;
        case "geojson":
            return `${base}/api/geospatial/${uid}?method=export&format=GeoJSON`;
        case "shapefile":
            return `${base}/api/geospatial/${uid}?method=export&format=Shapefile`;
    }
}
const ViewMetadata = schemas/* looseObject */._H3({ rowsUpdatedAt: schemas/* number */.aig().optional() });
/** The date the dataset's rows were last updated, as YYYYMMDD. */
async function socrataVersion(source, context) {
    const url = `${socrataBase(source, context.endpoints)}/api/views/${encodeURIComponent(source.uid)}.json`;
    const metadata = ViewMetadata.safeParse(await getJson(context, url));
    const seconds = metadata.success ? metadata.data.rowsUpdatedAt : undefined;
    return seconds === undefined ? undefined : dateVersion(new Date(seconds * 1000));
}
/** YYYYMMDD in UTC. */
function dateVersion(date) {
    return date.toISOString().slice(0, 10).replace(/-/g, "");
}

;// CONCATENATED MODULE: ./src/ingest/arcgis.ts






const ServiceMetadata = schemas/* looseObject */._H3({
    layers: schemas/* array */.YOg(schemas/* looseObject */._H3({ id: schemas/* number */.aig(), name: schemas/* string */.YjP() })).optional(),
});
const LayerMetadata = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP().optional(),
    maxRecordCount: schemas/* number */.aig().int().positive().optional(),
    objectIdField: schemas/* string */.YjP().optional(),
    editingInfo: schemas/* looseObject */._H3({ lastEditDate: schemas/* number */.aig().nullish(), dataLastEditDate: schemas/* number */.aig().nullish() })
        .optional(),
});
const FeaturePage = schemas/* looseObject */._H3({
    features: schemas/* array */.YOg(schemas/* unknown */.L5J()),
    exceededTransferLimit: schemas/* boolean */.zMY().optional(),
    properties: schemas/* looseObject */._H3({ exceededTransferLimit: schemas/* boolean */.zMY().optional() }).optional(),
});
const ArcgisError = schemas/* looseObject */._H3({
    error: schemas/* looseObject */._H3({ code: schemas/* number */.aig().optional(), message: schemas/* string */.YjP().optional() }),
});
function serviceUrl(source, endpoints) {
    const base = /^https?:\/\//.test(source.server) ? source.server : endpoints.arcgis[source.server];
    if (!base) {
        const known = Object.keys(endpoints.arcgis).join(", ");
        throw new errors/* ConfigError */.xL(`arcgis_feature_server source: unknown server "${source.server}"; known: ${known}, or a base URL`);
    }
    return `${base.replace(/\/+$/, "")}/ArcGIS/rest/services/${encodeURIComponent(source.dataset)}/FeatureServer`;
}
async function arcgisJson(context, url, schema) {
    const body = await getJson(context, url);
    const failure = ArcgisError.safeParse(body);
    if (failure.success) {
        const { code, message } = failure.data.error;
        throw new Error(`ArcGIS error from ${url}: ${code ?? ""} ${message ?? "unknown error"}`.trim());
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success)
        throw new Error(`unexpected ArcGIS response from ${url}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
}
/** The layer's id: `layer_id`, else the layer named `layer_name`, else the service's only layer. */
async function resolveLayer(source, context, service) {
    if (source.layer_id !== undefined)
        return source.layer_id;
    const metadata = await arcgisJson(context, `${service}?f=json`, ServiceMetadata);
    const layers = metadata.layers ?? [];
    const names = layers.map((l) => `${l.id}: ${l.name}`).join(", ");
    if (source.layer_name !== undefined) {
        const layer = layers.find((l) => l.name === source.layer_name);
        if (!layer)
            throw new errors/* ConfigError */.xL(`${service} has no layer named "${source.layer_name}"; layers: ${names}`);
        return layer.id;
    }
    const [only, ...others] = layers;
    if (!only || others.length > 0) {
        throw new errors/* ConfigError */.xL(`${service} has ${layers.length} layers; set layer_name or layer_id (layers: ${names})`);
    }
    return only.id;
}
async function layerInfo(source, context) {
    const service = serviceUrl(source, context.endpoints);
    const layerUrl = `${service}/${await resolveLayer(source, context, service)}`;
    const metadata = await arcgisJson(context, `${layerUrl}?f=json`, LayerMetadata);
    return { layerUrl, metadata };
}
async function arcgisVersion(source, context) {
    const { metadata } = await layerInfo(source, context);
    const edited = metadata.editingInfo?.dataLastEditDate ?? metadata.editingInfo?.lastEditDate;
    return edited ? dateVersion(new Date(edited)) : undefined;
}
/** Query every feature of the layer, page by page, into one GeoJSON FeatureCollection at `file`. */
async function fetchArcgisLayer(source, context, file) {
    const { layerUrl, metadata } = await layerInfo(source, context);
    const pageSize = metadata.maxRecordCount ?? 1000;
    const outSr = (source.crs ?? "EPSG:4326").replace(/^EPSG:/i, "");
    const order = metadata.objectIdField
        ? `&orderByFields=${encodeURIComponent(metadata.objectIdField)}`
        : "";
    const out = (0,external_node_fs_.createWriteStream)(file);
    const write = async (text) => {
        if (!out.write(text))
            await (0,external_node_events_.once)(out, "drain");
    };
    let features = 0;
    let pages = 0;
    try {
        await write('{"type":"FeatureCollection","features":[');
        for (;;) {
            const url = `${layerUrl}/query?where=1%3D1&outFields=*&outSR=${outSr}&f=geojson${order}&resultOffset=${features}&resultRecordCount=${pageSize}`;
            const page = await arcgisJson(context, url, FeaturePage);
            pages++;
            for (const feature of page.features)
                await write(`${features++ === 0 ? "" : ","}${JSON.stringify(feature)}`);
            const more = page.exceededTransferLimit ??
                page.properties?.exceededTransferLimit ??
                page.features.length >= pageSize;
            context.log?.(`${layerUrl}: page ${pages}, ${features} features`);
            if (page.features.length === 0 || !more)
                break;
        }
        await write("]}\n");
    }
    finally {
        out.end();
        await (0,external_node_events_.once)(out, "close");
    }
    return { url: layerUrl, features, pages };
}

;// CONCATENATED MODULE: ./src/ingest/sources.ts











const DEFAULT_ENDPOINTS = {
    socrata: {
        nyc: "https://data.cityofnewyork.us",
        nys: "https://data.ny.gov",
        nys_health: "https://health.data.ny.gov",
    },
    arcgis: {
        dcp: "https://services5.arcgis.com/GfwWNkhOj9bNBqoJ",
        nps: "https://services1.arcgis.com/fBc8EJBxQRMcHlei",
        nyc_maphub: "https://services6.arcgis.com/yG5s3afENB5iO9fj",
        nys_clearinghouse: "https://services6.arcgis.com/DZHaqZm9cxOD4CWM",
        nys_parks: "https://services.arcgis.com/1xFZPtKn1wKC6POA",
        us_fws: "https://services.arcgis.com/QVENGdaPbd4LUkLV",
    },
};
const runnableTypes = new Set(config_template/* RUNNABLE_SOURCE_TYPES */._9);
function isRunnableSource(source) {
    return runnableTypes.has(source.type);
}
/** The version a source publishes (last update date as YYYYMMDD), when it has one. */
async function sourceVersion(source, context) {
    if (source.type === "socrata")
        return socrataVersion(source, context);
    if (source.type === "arcgis_feature_server")
        return arcgisVersion(source, context);
    return undefined;
}
/** Fetch the source's raw file into `rawDir`. */
async function fetchSource(source, context, rawDir) {
    await promises_default().mkdir(rawDir, { recursive: true });
    if (source.type === "local_file")
        return copyLocalFile(external_node_path_default().resolve(context.root, source.path), rawDir);
    const { sha256, ...raw } = await fetchRemote(source, context, rawDir);
    return { ...raw, sha256: Promise.resolve(sha256) };
}
async function fetchRemote(source, context, rawDir) {
    switch (source.type) {
        case "file_download":
            return downloadTo(context, source.url, external_node_path_default().join(rawDir, fileNameFromUrl(source.url, context.templateId)));
        case "api":
            return downloadTo(context, source.endpoint, external_node_path_default().join(rawDir, `${(0,layout/* safeSegment */.LX)(context.templateId)}.${source.format}`));
        case "socrata": {
            const url = socrataExportUrl(source, context.endpoints);
            const extension = source.format === "shapefile" ? "zip" : source.format;
            return downloadTo(context, url, external_node_path_default().join(rawDir, `${(0,layout/* safeSegment */.LX)(context.templateId)}.${extension}`));
        }
        case "arcgis_feature_server": {
            const file = external_node_path_default().join(rawDir, `${(0,layout/* safeSegment */.LX)(context.templateId)}.geojson`);
            const { url } = await fetchArcgisLayer(source, context, file);
            return { ...(await hashFile(file)), file: relativeRaw(file), url };
        }
        case "s3":
            return fetchS3Source(source, context, rawDir);
    }
}
/** The source as config.json records it: as the template gives it, plus where an s3 source read from. */
function sourceRecord(source, context) {
    return source.type === "s3" ? s3SourceRecord(source, context) : source;
}
async function downloadTo(context, url, file) {
    checkHttpUrl(url);
    context.log?.(`downloading ${url}`);
    const result = await download(context, url, file);
    const raw = { file: relativeRaw(file), sha256: result.sha256, bytes: result.bytes, url };
    if (result.finalUrl !== url)
        raw.finalUrl = result.finalUrl;
    return raw;
}
const HttpUrl = schemas/* url */.OZ5({ protocol: /^https?$/ });
function checkHttpUrl(url) {
    if (!HttpUrl.safeParse(url).success) {
        throw new errors/* ConfigError */.xL(`source URL ${JSON.stringify(url)} is not an http or https URL`);
    }
}
async function copyLocalFile(file, rawDir) {
    try {
        await promises_default().access(file);
    }
    catch {
        throw new errors/* ConfigError */.xL(`local_file source: ${file} does not exist`);
    }
    const target = external_node_path_default().join(rawDir, (0,layout/* safeSegment */.LX)(external_node_path_default().basename(file)));
    // The kernel copies (faster than streaming through this process); the hash is of the copy kept.
    await promises_default().copyFile(file, target);
    const { size: bytes } = await promises_default().stat(target);
    const sha256 = hashFile(target).then((hashed) => hashed.sha256);
    // Awaited later; until then a failure must not surface as an unhandled rejection.
    sha256.catch(() => { });
    return { file: relativeRaw(target), bytes, sha256 };
}
function relativeRaw(file) {
    return `raw/${external_node_path_default().basename(file)}`;
}
/** The last path segment of a URL, made safe; the template id when the URL has none. */
function fileNameFromUrl(url, fallback) {
    let name = "";
    try {
        name = decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "");
    }
    catch {
        name = "";
    }
    return (0,layout/* safeSegment */.LX)(name || fallback);
}

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(27135);
;// CONCATENATED MODULE: ./src/ingest/step-support.ts
/** Raised for a step whose arguments do not fit the data (a missing column, a duplicate name, ...). */
class StepError extends Error {
    name = "StepError";
}
/** The column called `name` (or at position `name`); `argument` names the step argument that asked. */
function findColumn(frame, name, argument) {
    const column = typeof name === "number" ? frame.columns[name] : frame.columns.find((c) => c.name === name);
    if (!column) {
        const where = argument ? `${argument}: ` : "";
        throw new StepError(`${where}no column ${JSON.stringify(name)}; columns: ${columnList(frame)}`);
    }
    return column;
}
function columnList(frame) {
    return frame.columns.map((c) => c.name).join(", ") || "(none)";
}

;// CONCATENATED MODULE: ./src/ingest/coerce.ts



/** Date and time layouts tried after ISO 8601, as pandas would guess them. */
const TIME_FORMATS = [
    "%m/%d/%Y",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %I:%M %p",
    "%Y/%m/%d",
    "%Y%m%d",
    "%d-%b-%Y",
    "%b %d, %Y",
];
const NUMERIC_TYPES = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL)/;
const INTEGER_TYPES = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/;
/** `expr` as text with blanks as NULL (pandas reads an empty field as missing). */
function blankAsNull(expr) {
    return `NULLIF(trim(CAST(${expr} AS VARCHAR)), '')`;
}
function timestampExpr(expr, type) {
    if (INTEGER_TYPES.test(type))
        return `epoch_ms(${expr})`; // ArcGIS and Socrata send dates as epoch milliseconds
    if (/^(DATE|TIMESTAMP)/.test(type))
        return `CAST(${expr} AS TIMESTAMP)`;
    const text = blankAsNull(expr);
    const formats = TIME_FORMATS.map((f) => `'${f}'`).join(", ");
    return `coalesce(TRY_CAST(${text} AS TIMESTAMP), try_strptime(${text}, [${formats}]))`;
}
/** The converted value, NULL where the value cannot be converted. */
function convertExpr(expr, type, target) {
    const numeric = NUMERIC_TYPES.test(type);
    switch (target) {
        case "numeric":
            return numeric ? `CAST(${expr} AS DOUBLE)` : `TRY_CAST(${blankAsNull(expr)} AS DOUBLE)`;
        case "integer":
        case "bigint": {
            const sqlType = target === "integer" ? "INTEGER" : "BIGINT";
            const value = numeric ? expr : `TRY_CAST(${blankAsNull(expr)} AS DOUBLE)`;
            // pandas refuses to turn 1.5 into an integer; so does this (NULL, reported below).
            return `CASE WHEN ${value} = trunc(${value}) THEN TRY_CAST(${value} AS ${sqlType}) END`;
        }
        case "string":
            if (/^(FLOAT|DOUBLE)/.test(type)) {
                return `CASE WHEN ${expr} = trunc(${expr}) AND abs(${expr}) < 1e18 THEN CAST(CAST(${expr} AS BIGINT) AS VARCHAR) ELSE CAST(${expr} AS VARCHAR) END`;
            }
            return `CAST(${expr} AS VARCHAR)`;
        case "date":
            return `CAST(${timestampExpr(expr, type)} AS DATE)`;
        case "datetime":
            return timestampExpr(expr, type);
    }
}
/**
 * coerce_column_types: each listed column converted; with `errors: raise` (the default) a value
 * that cannot be converted fails the step and is shown, with `errors: coerce` it becomes NULL.
 */
async function coerceColumnTypes(engine, input, args) {
    // errors: raise reads every value to check it, so read the raw file once, into a table.
    const frame = args.errors === "coerce" ? input : await engine.table(input);
    const types = await engine.describe((0,ingest_engine/* frameSelect */.kW)(frame, "LIMIT 0"));
    const converted = new Map();
    const checks = [];
    for (const [name, target] of Object.entries(args.column_types)) {
        const column = findColumn(frame, name, "column_types");
        const type = types[frame.columns.indexOf(column)]?.type ?? "VARCHAR";
        const expr = convertExpr(column.expr, type, target);
        converted.set(name, expr);
        const failed = `${blankAsNull(column.expr)} IS NOT NULL AND (${expr}) IS NULL`;
        checks.push(`count(*) FILTER (WHERE ${failed}), any_value(CAST(${column.expr} AS VARCHAR)) FILTER (WHERE ${failed})`);
    }
    if (args.errors !== "coerce" && checks.length > 0)
        await raiseOnFailures(engine, frame, args.column_types, checks);
    const columns = frame.columns.map((c) => ({
        name: c.name,
        expr: converted.get(c.name) ?? c.expr,
    }));
    const from = Object.fromEntries([...converted.keys()].map((name) => [
        name,
        types[frame.columns.findIndex((c) => c.name === name)]?.type,
    ]));
    const result = {
        frame: { ...frame, columns },
        changed: [...converted.keys()],
        details: { from, to: args.column_types },
    };
    return frame.rows === undefined ? result : { ...result, rowsIn: frame.rows };
}
async function raiseOnFailures(engine, frame, columnTypes, checks) {
    const reader = await engine.connection.runAndReadAll(`SELECT ${checks.join(", ")} FROM ${frame.table}`);
    const row = reader.getRowsJS()[0] ?? [];
    const problems = Object.entries(columnTypes).flatMap(([name, target], i) => {
        const count = Number(row[2 * i] ?? 0);
        if (count === 0)
            return [];
        return [
            `column "${name}": ${count} value(s) cannot be read as ${target}, e.g. ${(0,diagnostics/* describeValue */.bp)(row[2 * i + 1])}`,
        ];
    });
    if (problems.length > 0) {
        throw new StepError(`${problems.join("; ")} (set errors: coerce to turn them into nulls)`);
    }
}

;// CONCATENATED MODULE: ./src/ingest/multi.ts


const SINGLE_TO_MULTI = {
    Point: "MultiPoint",
    LineString: "MultiLineString",
    Polygon: "MultiPolygon",
};
/** GeoJSON text: a single geometry wrapped as the one member of its multi- kind. */
function geoJsonMulti(value) {
    const type = `json_extract_string(${value}, '$.type')`;
    const coordinates = `CAST(json_extract(${value}, '$.coordinates') AS VARCHAR)`;
    const cases = Object.entries(SINGLE_TO_MULTI)
        .map(([single, multi]) => `WHEN ${(0,ingest_engine/* quoteString */.Ov)(single)} THEN '{"type":"${multi}","coordinates":[' || ${coordinates} || ']}'`)
        .join(" ");
    return `CASE ${type} ${cases} ELSE ${value} END`;
}
const WKT_SINGLE = String.raw `^\s*(POINT|LINESTRING|POLYGON)\b`;
const WKT_EMPTY = String.raw `\bEMPTY\s*$`;
const WKT_BODY = String.raw `(?s)^\s*([A-Z]+(?:\s+(?:ZM|Z|M))?)\s*\((.*)\)\s*$`;
/** WKT text: `POLYGON ((...))` becomes `MULTIPOLYGON (((...)))`; `POINT EMPTY`, `MULTIPOINT EMPTY`. */
function wktMulti(value) {
    const upper = `upper(${value})`;
    return `CASE WHEN NOT regexp_matches(${upper}, '${WKT_SINGLE}') THEN ${value}
    WHEN regexp_matches(${upper}, '${WKT_EMPTY}') THEN 'MULTI' || ltrim(${upper})
    ELSE regexp_replace(${upper}, '${WKT_BODY}', 'MULTI\\1 ((\\2))') END`;
}
function isGeoJson(value) {
    return `starts_with(ltrim(${value}), '{')`;
}
const WKT_ANY = String.raw `^\s*(MULTI)?(POINT|LINESTRING|POLYGON)|^\s*GEOMETRYCOLLECTION`;
/**
 * dcpy's `multi`: every Polygon, LineString and Point of the geometry column becomes a
 * MultiPolygon, MultiLineString or MultiPoint; other geometries and nulls are kept. Works on the
 * geometry as lifecycle keeps it: GeoJSON or WKT text.
 */
async function multi(engine, frame, geometry) {
    if (geometry === undefined) {
        throw new StepError("the data has no geometry column (a geojson file, or file_format.geometry)");
    }
    findColumn(frame, geometry);
    const table = await engine.table(frame);
    const column = findColumn(table, geometry);
    const value = `CAST(${column.expr} AS VARCHAR)`;
    const unreadable = await engine.scalar(`SELECT ${value} FROM ${table.table} WHERE ${value} IS NOT NULL AND NOT ${isGeoJson(value)} AND NOT regexp_matches(upper(${value}), '${WKT_ANY}') LIMIT 1`);
    if (unreadable !== undefined) {
        throw new StepError(`column "${geometry}" holds a value that is neither GeoJSON nor WKT: ${JSON.stringify(String(unreadable).slice(0, 80))}`);
    }
    const expr = `CASE WHEN ${isGeoJson(value)} THEN ${geoJsonMulti(value)} ELSE ${wktMulti(value)} END`;
    const columns = table.columns.map((c) => (c === column ? { name: c.name, expr } : c));
    return { frame: { ...table, columns }, rowsIn: table.rows, changed: [geometry] };
}

;// CONCATENATED MODULE: ./src/ingest/upsert.ts


/** How many offending keys an error message lists. */
const EXAMPLES = 5;
const MATCHED = (0,ingest_engine/* quoteIdent */.v4)("__lifecycle_matched");
const ROW = (0,ingest_engine/* quoteIdent */.v4)("__lifecycle_row");
/**
 * dcpy's `upsert_column_of_previous_version`: the previous version's rows, in its order, with every
 * non-key column of the new data joined in by `key` (a left join of the previous version to the new
 * data; null keys match each other, as in pandas). The new data's keys that the previous version
 * lacks are dropped.
 */
async function upsertColumnOfPreviousVersion(context, input, args) {
    const { sides, previousVersion } = await openSides(context, input, args.key, args.version);
    const { fresh, prior } = sides;
    checkKeys(sides);
    await checkUnique(sides, fresh);
    await checkUnique(sides, prior);
    const plan = planColumns(sides, args.insert_behavior ?? "allow");
    const behavior = missingKeyBehavior(args.missing_key_behavior);
    const joined = await join(sides, plan.upserted);
    const counts = await countMatches(sides, joined);
    if (behavior === "error" && counts.missing > 0) {
        throw new StepError(`${counts.missing} key(s) of ${prior.label} are not in the new data: ${await missingExamples(sides, joined)} (missing_key_behavior: null or coalesce keeps those rows)`);
    }
    const types = await resolveTypes(sides, joined, plan.updated, behavior);
    const columns = [
        ...prior.columns.map(({ name }) => ({
            name,
            expr: plan.updated.includes(name)
                ? updatedValue(sides, name, types.get(name)?.result, behavior)
                : oldColumn(sides, name),
        })),
        ...plan.inserted.map((name) => ({ name, expr: newColumn(sides, name) })),
    ];
    return {
        frame: { table: joined, rows: prior.rows, columns },
        rowsIn: fresh.rows,
        changed: plan.updated,
        details: {
            previousVersion,
            key: args.key,
            columnsUpdated: plan.updated,
            columnsInserted: plan.inserted,
            columnsIgnored: plan.ignored,
            rowsUpdated: counts.matched,
            rowsMissingKey: counts.missing,
            missingKeyBehavior: behavior,
            rowsNotInPrevious: counts.dropped,
            ...(types.size > 0 ? { types: Object.fromEntries(types) } : {}),
        },
    };
}
/** The new data (as a subquery) and the previous version (read into a table). */
async function openSides(context, input, key, version) {
    const { engine } = context;
    const wanted = version === undefined ? "latest" : String(version);
    const found = await context.previousVersion(wanted);
    if (!found) {
        throw new StepError(`no ${wanted === "latest" ? "previous" : `"${wanted}"`} version of this dataset in the store to upsert into`);
    }
    const frame = await engine.table(input);
    const fresh = {
        label: "the new data",
        relation: `(SELECT ${(0,ingest_engine/* selectList */.fr)(frame)}, rowid AS ${ROW} FROM ${frame.table})`,
        order: ROW,
        rows: frame.rows,
        columns: await engine.describe((0,ingest_engine/* frameSelect */.kW)(frame, "LIMIT 0")),
    };
    // The file's own row numbers: a data column called `rowid` would hide DuckDB's.
    const read = `SELECT * EXCLUDE (file_row_number), file_row_number AS ${ROW} FROM read_parquet(${(0,ingest_engine/* quoteString */.Ov)(found.parquet)}, file_row_number = true)`;
    const prior = await side(engine, `version "${found.version}"`, read);
    return { sides: { engine, key, fresh, prior }, previousVersion: found.version };
}
/** YAML's unquoted `null` is the "null" behaviour; nothing at all is "error". */
function missingKeyBehavior(value) {
    return value === null ? "null" : (value ?? "error");
}
async function side(engine, label, select) {
    const { table, rows } = await engine.materialize(select);
    const columns = await engine.describe(`SELECT * EXCLUDE (${ROW}) FROM ${table}`);
    return { label, relation: table, order: ROW, rows, columns };
}
function typeOf(side, name) {
    return side.columns.find((c) => c.name === name)?.type ?? "";
}
const NUMERIC = /^(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|FLOAT|REAL|DOUBLE|DECIMAL(\(.*\))?)$/;
function checkKeys({ key, fresh, prior }) {
    for (const side of [fresh, prior]) {
        const missing = key.filter((k) => !side.columns.some((c) => c.name === k));
        if (missing.length > 0) {
            throw new StepError(`key: no column ${missing.map((m) => JSON.stringify(m)).join(", ")} in ${side.label}; columns: ${side.columns.map((c) => c.name).join(", ") || "(none)"}`);
        }
    }
    for (const name of key) {
        const [a, b] = [typeOf(fresh, name), typeOf(prior, name)];
        if (a !== b && !(NUMERIC.test(a) && NUMERIC.test(b))) {
            throw new StepError(`key column "${name}" is ${a} in the new data but ${b} in ${prior.label}; keys must have comparable types (coerce_column_types can convert it)`);
        }
    }
}
/** `(geotype="boro", geoid="1")` for each row, whose key values are in columns k0, k1, ... */
function renderKeys(rows, key, side) {
    return rows.map((row) => {
        const parts = key.map((name, i) => {
            const value = row[`k${i}`];
            const text = value === null || value === undefined
                ? "null"
                : typeOf(side, name) === "VARCHAR"
                    ? JSON.stringify(String(value))
                    : String(value);
            return `${name}=${text}`;
        });
        return `(${parts.join(", ")})`;
    });
}
function keyProjection(key, column) {
    return key.map((name, i) => `CAST(${column(name)} AS VARCHAR) AS k${i}`).join(", ");
}
async function checkUnique({ engine, key }, side) {
    const group = key.map((k) => (0,ingest_engine/* quoteIdent */.v4)(k)).join(", ");
    // Aliases the key columns cannot be called.
    const [times, first, total] = ["times", "first", "total"].map((a) => (0,ingest_engine/* quoteIdent */.v4)(`__lifecycle_${a}`));
    const repeated = `SELECT ${group}, count(*) AS ${times}, min(${side.order}) AS ${first}, count(*) OVER () AS ${total} FROM ${side.relation} GROUP BY ${group} HAVING count(*) > 1`;
    const rows = await engine.rows(`SELECT ${keyProjection(key, ingest_engine/* quoteIdent */.v4)}, ${times} AS times, ${total} AS total FROM (${repeated}) ORDER BY ${first} LIMIT ${EXAMPLES}`);
    const head = rows[0];
    if (!head)
        return;
    const listed = renderKeys(rows, key, side).map((text, i) => `${text} ${String(rows[i]?.times)} times`);
    const count = Number(head.total);
    throw new StepError(`key (${key.join(", ")}) is not unique in ${side.label}: ${count} key(s) appear more than once: ${listed.join(", ")}${count > rows.length ? ", ..." : ""}`);
}
function planColumns({ key, fresh, prior }, insertBehavior) {
    const inPrior = (name) => prior.columns.some((c) => c.name === name);
    const candidates = fresh.columns.map((c) => c.name).filter((name) => !key.includes(name));
    const extra = candidates.filter((name) => !inPrior(name));
    if (insertBehavior === "error" && extra.length > 0) {
        throw new StepError(`insert_behavior is error, and ${extra.length} column(s) of the new data are not in ${prior.label}: ${extra.join(", ")} (insert_behavior: allow adds them, ignore leaves them out)`);
    }
    const ignored = insertBehavior === "ignore" ? extra : [];
    const upserted = candidates.filter((name) => !ignored.includes(name));
    return {
        upserted,
        updated: upserted.filter(inPrior),
        inserted: upserted.filter((name) => !inPrior(name)),
        ignored,
    };
}
/** The new data's column `name` in the joined table. */
function newColumn({ fresh }, name) {
    return (0,ingest_engine/* quoteIdent */.v4)(`n${fresh.columns.findIndex((c) => c.name === name)}`);
}
/** The previous version's column `name` in the joined table. */
function oldColumn({ prior }, name) {
    return (0,ingest_engine/* quoteIdent */.v4)(`p${prior.columns.findIndex((c) => c.name === name)}`);
}
function keyCondition(key, left, right) {
    return key.map((k) => `${left(k)} IS NOT DISTINCT FROM ${right(k)}`).join(" AND ");
}
/**
 * The previous version left-joined to the new data, in the previous version's row order; columns
 * are renamed `p<i>` / `n<i>` (positions on each side) so that no name can collide.
 */
async function join({ engine, key, fresh, prior }, upserted) {
    const priorColumns = prior.columns.map((c, i) => `p.${(0,ingest_engine/* quoteIdent */.v4)(c.name)} AS p${i}`);
    const freshColumns = fresh.columns
        .map((c, i) => ({ c, i }))
        .filter(({ c }) => upserted.includes(c.name))
        .map(({ c, i }) => `n.${(0,ingest_engine/* quoteIdent */.v4)(c.name)} AS n${i}`);
    const on = keyCondition(key, (k) => `p.${(0,ingest_engine/* quoteIdent */.v4)(k)}`, (k) => `n.${(0,ingest_engine/* quoteIdent */.v4)(k)}`);
    const right = `(SELECT *, true AS ${MATCHED} FROM ${fresh.relation})`;
    const columns = [...priorColumns, ...freshColumns, `n.${MATCHED} AS matched`].join(", ");
    const table = await engine.materialize(`SELECT ${columns} FROM ${prior.relation} p LEFT JOIN ${right} n ON ${on} ORDER BY p.${prior.order}`);
    return table.table;
}
/** Keys are unique on both sides: each matched row of the previous version is one new row. */
async function countMatches({ engine, fresh }, joined) {
    const [row] = await engine.rows(`SELECT count(*) FILTER (WHERE matched) AS matched, count(*) FILTER (WHERE matched IS NULL) AS missing FROM ${joined}`);
    const matched = Number(row?.matched ?? 0);
    return { matched, missing: Number(row?.missing ?? 0), dropped: fresh.rows - matched };
}
async function missingExamples(sides, joined) {
    const { engine, key, prior } = sides;
    const select = `SELECT ${keyProjection(key, (name) => oldColumn(sides, name))} FROM ${joined} WHERE matched IS NULL ORDER BY rowid LIMIT ${EXAMPLES + 1}`;
    const rendered = renderKeys(await engine.rows(select), key, prior);
    return rendered.slice(0, EXAMPLES).join(", ") + (rendered.length > EXAMPLES ? ", ..." : "");
}
/** Every non-null value of `value` (of type `from`) converts to `to` (numbers without rounding). */
function failures(value, from, to) {
    const cast = `TRY_CAST(${value} AS ${to})`;
    const lossy = NUMERIC.test(from) && NUMERIC.test(to) ? ` OR CAST(${cast} AS ${from}) <> ${value}` : "";
    return `(${value} IS NOT NULL AND (${cast} IS NULL${lossy}))`;
}
/**
 * An updated column keeps the previous version's type when every new value converts to it (as
 * pandas' `astype(..., errors="ignore")` does); otherwise the new data's type, or VARCHAR when
 * `coalesce` keeps old values that do not fit that either.
 */
async function resolveTypes(sides, joined, updated, behavior) {
    const { fresh, prior } = sides;
    const types = new Map();
    const differing = updated.filter((name) => typeOf(fresh, name) !== typeOf(prior, name));
    if (differing.length === 0)
        return types;
    const counts = differing.flatMap((name, i) => {
        const [from, to] = [typeOf(fresh, name), typeOf(prior, name)];
        return [
            `count(*) FILTER (WHERE ${failures(newColumn(sides, name), from, to)}) AS a${i}`,
            `count(*) FILTER (WHERE matched IS NULL AND ${failures(oldColumn(sides, name), to, from)}) AS b${i}`,
        ];
    });
    const [row] = await sides.engine.rows(`SELECT ${counts.join(", ")} FROM ${joined}`);
    differing.forEach((name, i) => {
        const [fromType, toType] = [typeOf(fresh, name), typeOf(prior, name)];
        const result = Number(row?.[`a${i}`]) === 0
            ? toType
            : behavior !== "coalesce" || Number(row?.[`b${i}`]) === 0
                ? fromType
                : "VARCHAR";
        types.set(name, { previous: toType, new: fromType, result });
    });
    return types;
}
function updatedValue(sides, name, type, behavior) {
    const cast = (expr) => (type ? `CAST(${expr} AS ${type})` : expr);
    const value = cast(newColumn(sides, name));
    if (behavior !== "coalesce")
        return value;
    return `CASE WHEN matched THEN ${value} ELSE ${cast(oldColumn(sides, name))} END`;
}

;// CONCATENATED MODULE: ./src/ingest/steps.ts








function unsupportedStepError(step) {
    return new errors/* ConfigError */.xL(`processing step "${step.name}" is not run by lifecycle; supported steps: ${config_template/* RUNNABLE_STEPS */.CA.join(", ")}. Set ingest_command in lifecycle.yml to ingest this template with your own tool`);
}
async function runStep(step, frame, context) {
    const result = await dispatch(step, frame, context);
    const before = new Set(frame.columns.map((c) => c.name));
    const after = new Set(result.frame.columns.map((c) => c.name));
    const renamed = result.renamed ?? {};
    const renamedTo = new Set(Object.values(renamed));
    const summary = {
        name: step.name,
        rowsIn: frame.rows ?? result.rowsIn,
        rowsOut: result.frame.rows,
        columns: {
            added: [...after].filter((c) => !before.has(c) && !renamedTo.has(c)),
            removed: [...before].filter((c) => !after.has(c) && !(c in renamed)),
            renamed,
            changed: result.changed ?? [],
        },
    };
    if (result.details)
        summary.details = result.details;
    return { frame: result.frame, summary };
}
function dispatch(step, frame, context) {
    switch (step.name) {
        case "clean_column_names":
            return cleanColumnNames(frame, step.args);
        case "rename_columns":
            return renameColumns(frame, step.args);
        case "filter_columns":
            return filterColumns(frame, step.args);
        case "coerce_column_types":
            return coerceColumnTypes(context.engine, frame, step.args);
        case "strip_columns":
            return stripColumns(context.engine, frame, step.args?.cols);
        case "deduplicate":
            return deduplicate(context.engine, frame, step.args ?? {});
        case "filter_rows":
            return filterRows(context.engine, frame, step.args);
        case "update_column":
            return updateColumn(frame, step.args);
        case "append_prev":
            return appendPrevious(context, frame, step.args?.version);
        case "upsert_column_of_previous_version":
            return upsertColumnOfPreviousVersion(context, frame, step.args);
        case "multi":
            return multi(context.engine, frame, context.geometry);
    }
}
function renameAll(frame, names) {
    const seen = new Set();
    for (const name of names) {
        if (seen.has(name))
            throw new StepError(`two columns would be named "${name}"`);
        seen.add(name);
    }
    const renamed = {};
    const columns = frame.columns.map((c, i) => {
        const name = names[i] ?? c.name;
        if (name !== c.name)
            renamed[c.name] = name;
        return { name, expr: c.expr };
    });
    return { frame: { ...frame, columns }, renamed };
}
function cleanColumnNames(frame, args) {
    const names = frame.columns.map(({ name }) => {
        let out = args.strip ? name.trim() : name;
        for (const [from, to] of Object.entries(args.replace ?? {}))
            out = out.split(from).join(to);
        return args.lower ? out.toLowerCase() : out;
    });
    return renameAll(frame, names);
}
function renameColumns(frame, args) {
    const missing = Object.keys(args.map).filter((from) => !frame.columns.some((c) => c.name === from));
    if (missing.length > 0) {
        throw new StepError(`no column ${missing.map((m) => JSON.stringify(m)).join(", ")}; columns: ${columnList(frame)}`);
    }
    const result = renameAll(frame, frame.columns.map((c) => args.map[c.name] ?? c.name));
    if (!args.drop_others)
        return result;
    const keep = new Set(Object.values(args.map));
    return {
        ...result,
        frame: { ...result.frame, columns: result.frame.columns.filter((c) => keep.has(c.name)) },
    };
}
function filterColumns(frame, args) {
    const wanted = args.columns.map((name) => findColumn(frame, name));
    const columns = args.mode === "drop" ? frame.columns.filter((c) => !wanted.includes(c)) : wanted;
    return { frame: { ...frame, columns } };
}
async function stripColumns(engine, input, cols) {
    const frame = await engine.table(input);
    const types = await engine.describe((0,ingest_engine/* frameSelect */.kW)(frame, "LIMIT 0"));
    const targets = cols
        ? cols.map((name) => findColumn(frame, name, "cols"))
        : frame.columns.filter((_, i) => types[i]?.type === "VARCHAR");
    const stripped = new Map(targets.map((c) => [c, `regexp_replace(CAST(${c.expr} AS VARCHAR), '^\\s+|\\s+$', '', 'g')`]));
    const counts = targets.length === 0
        ? {}
        : ((await engine.rows(`SELECT ${targets.map((c, i) => `count(*) FILTER (WHERE ${stripped.get(c)} IS DISTINCT FROM ${c.expr}) AS c${i}`).join(", ")} FROM ${frame.table}`))[0] ?? {});
    const columns = frame.columns.map((c) => ({ name: c.name, expr: stripped.get(c) ?? c.expr }));
    const valuesChanged = Object.fromEntries(targets.map((c, i) => [c.name, Number(counts[`c${i}`] ?? 0)]));
    return {
        frame: { ...frame, columns },
        rowsIn: frame.rows,
        changed: targets.map((c) => c.name),
        details: { valuesChanged },
    };
}
function toList(value) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}
async function deduplicate(engine, input, args) {
    const sort = toList(args.sort_columns).map((n) => findColumn(input, n, "sort_columns"));
    const by = toList(args.by).map((n) => findColumn(input, n, "by"));
    if (sort.length === 0 && by.length === 0)
        return deduplicateInOrder(engine, input);
    const frame = await engine.table(input);
    const direction = args.sort_ascending === false ? "DESC" : "ASC";
    const order = [...sort.map((c) => `${c.expr} ${direction}`), "rowid"].join(", ");
    const partition = (by.length > 0 ? by : frame.columns).map((c) => c.expr).join(", ");
    const window = `QUALIFY row_number() OVER (PARTITION BY ${partition} ORDER BY ${order}) = 1 ORDER BY ${order}`;
    return { frame: await engine.materialize((0,ingest_engine/* frameSelect */.kW)(frame, window)), rowsIn: frame.rows };
}
/**
 * The first row of each group, in the order of first occurrence, as a view that the output COPY
 * streams from. (`WHERE rowid IN (SELECT min(rowid) ... GROUP BY ...)` loses the row order on
 * several threads.)
 */
async function deduplicateInOrder(engine, input) {
    const frame = await engine.table(input);
    const first = (0,ingest_engine/* quoteIdent */.v4)("__lifecycle_first");
    const groups = frame.columns.map((c) => c.expr).join(", ");
    const grouped = `SELECT ${(0,ingest_engine/* selectList */.fr)(frame)}, min(rowid) AS ${first} FROM ${frame.table} GROUP BY ${groups}`;
    const names = frame.columns.map((c) => (0,ingest_engine/* quoteIdent */.v4)(c.name)).join(", ");
    const view = await engine.source(`SELECT ${names} FROM (${grouped}) ORDER BY ${first}`);
    return { frame: view, rowsIn: frame.rows };
}
async function filterRows(engine, input, args) {
    const frame = await engine.table(input);
    const column = findColumn(frame, args.column_name);
    const text = `CAST(${column.expr} AS VARCHAR)`;
    const condition = args.type === "contains"
        ? `regexp_matches(${text}, ${(0,ingest_engine/* quoteString */.Ov)(String(args.val))})`
        : typeof args.val === "number"
            ? `TRY_CAST(${column.expr} AS DOUBLE) = ${args.val}`
            : `${text} = ${(0,ingest_engine/* quoteString */.Ov)(args.val)}`;
    return {
        frame: await engine.materialize((0,ingest_engine/* frameSelect */.kW)(frame, `WHERE ${condition}`)),
        rowsIn: frame.rows,
    };
}
function literal(value) {
    if (value === null)
        return "NULL";
    if (typeof value === "string")
        return (0,ingest_engine/* quoteString */.Ov)(value);
    return String(value);
}
function updateColumn(frame, args) {
    const expr = literal(args.val);
    const exists = frame.columns.some((c) => c.name === args.column_name);
    const columns = exists
        ? frame.columns.map((c) => (c.name === args.column_name ? { name: c.name, expr } : c))
        : [...frame.columns, { name: args.column_name, expr }];
    return { frame: { ...frame, columns }, changed: exists ? [args.column_name] : [] };
}
async function appendPrevious(context, input, version) {
    const frame = await context.engine.table(input);
    const wanted = version === undefined ? "latest" : String(version);
    const previous = await context.previousVersion(wanted);
    if (!previous) {
        throw new StepError(`no ${wanted === "latest" ? "previous" : `"${wanted}"`} version of this dataset in the store to append`);
    }
    const [part, row] = [(0,ingest_engine/* quoteIdent */.v4)("__lifecycle_part"), (0,ingest_engine/* quoteIdent */.v4)("__lifecycle_row")];
    const earlier = `SELECT * EXCLUDE (file_row_number), 0 AS ${part}, file_row_number AS ${row} FROM read_parquet(${(0,ingest_engine/* quoteString */.Ov)(previous.parquet)}, file_row_number = true)`;
    const current = `SELECT ${(0,ingest_engine/* selectList */.fr)(frame)}, 1 AS ${part}, rowid AS ${row} FROM ${frame.table}`;
    const appended = await context.engine.materialize(`SELECT * EXCLUDE (${part}, ${row}) FROM (${earlier} UNION ALL BY NAME ${current}) ORDER BY ${part}, ${row}`);
    const details = { previousVersion: previous.version, rowsAppended: appended.rows - frame.rows };
    return { frame: appended, rowsIn: frame.rows, details };
}

;// CONCATENATED MODULE: ./src/ingest/zip-limits.ts




/** Inflated ratios are judged only past this size: a tiny file may compress very well. */
const zip_limits_RATIO_FLOOR_BYTES = 16 * 1024 * 1024;
/**
 * Refuse an archive whose entries declare more than the limits allow, before unpacking it (the
 * unpacking itself stops any entry that inflates past what it declares).
 */
async function checkZipLimits(archive, limits) {
    const handle = await promises_default().open(archive, "r");
    try {
        const entries = await zipEntries(handle, archive);
        const inflated = entries.reduce((sum, e) => sum + e.size, 0);
        const compressed = entries.reduce((sum, e) => sum + e.compressedSize, 0);
        const name = external_node_path_default().basename(archive);
        if (inflated > limits.maxDecompressedBytes)
            throw new ingest_limits/* IngestLimitError */.uV("max_decompressed_size", `${name} unpacks to ${inflated} bytes`, `${limits.maxDecompressedBytes} bytes`);
        const ratio = inflated / Math.max(1, compressed);
        if (inflated > zip_limits_RATIO_FLOOR_BYTES && ratio > limits.maxRatio)
            throw new ingest_limits/* IngestLimitError */.uV("max_decompression_ratio", `${name} unpacks ${compressed} bytes to ${inflated} (ratio ${Math.floor(ratio)})`, `ratio ${limits.maxRatio}`);
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/ingest/run.ts













/** Fetch, read, process and write one dataset version into `dir` (a staging directory). */
async function runIngest(context, dir) {
    const raw = await fetchSource(context.source, context.sources, external_node_path_default().join(dir, "raw"));
    context.log(`raw file ${raw.file}: ${raw.bytes} bytes`);
    return processRaw(context, dir, raw);
}
/**
 * One dataset of a data source from the source's shared download: the raw file is linked (or
 * copied) into this dataset's `raw/`, so every dataset version directory is complete on its own.
 */
async function runIngestOnDownload(context, dir, download) {
    const target = external_node_path_default().join(dir, download.raw.file);
    await promises_default().mkdir(external_node_path_default().dirname(target), { recursive: true });
    await promises_default().link(external_node_path_default().join(download.dir, download.raw.file), target)
        .catch(() => promises_default().copyFile(external_node_path_default().join(download.dir, download.raw.file), target));
    return processRaw(context, dir, {
        ...download.raw,
        sha256: Promise.resolve(download.raw.sha256),
    });
}
async function processRaw(context, dir, raw) {
    const work = external_node_path_default().join(dir, "work");
    await promises_default().mkdir(work, { recursive: true });
    const limits = context.sources.limits ?? ingest_limits/* DEFAULT_INGEST_LIMITS */.Yz;
    const dataFile = await unpack(external_node_path_default().join(dir, raw.file), context.template, work, limits);
    await checkRawContent(dataFile, context.template.ingestion.file_format);
    try {
        const processed = await processOrResniff(context, { dir, dataFile, work, fullSample: false });
        const sha256 = await raw.sha256;
        context.log(`raw file sha256 ${sha256}`);
        const extracted = external_node_path_default().join(dir, raw.file) === dataFile ? {} : { extracted: external_node_path_default().basename(dataFile) };
        return { ...processed, raw: { ...raw, sha256, ...extracted } };
    }
    finally {
        await promises_default().rm(work, { recursive: true, force: true });
    }
}
async function processOrResniff(context, paths) {
    try {
        return await processData(context, paths);
    }
    catch (error) {
        if (!isCsvSniffError(error) || context.template.ingestion.file_format.type !== "csv")
            throw error;
        context.log("a value did not fit the column types sniffed from the first rows; reading again, sniffing every row");
        return await processData(context, { ...paths, fullSample: true });
    }
}
async function processData(context, paths) {
    const engine = await ingest_engine/* Engine */.N$.open({
        tempDirectory: external_node_path_default().join(paths.work, "duckdb"),
        ...context.duckdb,
    });
    const onAbort = () => engine.interrupt();
    context.signal?.addEventListener("abort", onAbort, { once: true });
    try {
        const format = context.template.ingestion.file_format;
        let frame = await loadFormat(engine, format, paths.dataFile, {
            workDir: paths.work,
            fullSample: paths.fullSample,
            ...(context.geometryFormat ? { geometryFormat: context.geometryFormat } : {}),
            ...(context.template.ingestion.target_crs
                ? { targetCrs: context.template.ingestion.target_crs }
                : {}),
            ...(context.signal ? { signal: context.signal } : {}),
        });
        context.log(`read ${frame.rows ?? "(streamed)"} rows, ${frame.columns.length} columns`);
        if (frame.rows !== undefined)
            context.progress?.({ what: "rows", rows: frame.rows });
        const steps = [];
        frame = await runSteps(context, engine, frame, steps);
        checkColumns(context.template, frame);
        const { outputs, rows } = await writeOutputs(engine, frame, context, paths.dir);
        fillRowCounts(steps, rows);
        const columns = await engine.describe((0,ingest_engine/* frameSelect */.kW)(frame, "LIMIT 0"));
        return { rows, columns, steps, outputs };
    }
    finally {
        context.signal?.removeEventListener("abort", onAbort);
        engine.close();
    }
}
async function runSteps(context, engine, input, summaries) {
    let frame = input;
    const stepContext = {
        engine,
        previousVersion: (wanted) => findPreviousVersion(context.layout, context.template.id, wanted, context.version),
        geometry: frame.columns.some((c) => c.name === GEOM_COLUMN) ? GEOM_COLUMN : undefined,
    };
    for (const [index, step] of context.steps.entries()) {
        context.signal?.throwIfAborted();
        const result = await runStep(step, frame, stepContext).catch((error) => {
            if (error instanceof StepError)
                throw new StepError(`processing step ${index + 1} (${step.name}): ${error.message}`);
            throw error;
        });
        frame = result.frame;
        summaries.push(result.summary);
        stepContext.geometry = followColumn(stepContext.geometry, result.summary);
        context.log(`${step.name}: ${result.summary.rowsIn ?? "?"} -> ${result.summary.rowsOut ?? "?"} rows`);
    }
    return frame;
}
/** A column's name after a step: renamed, removed, or as it was. */
function followColumn(name, summary) {
    if (name === undefined)
        return undefined;
    const renamed = summary.columns.renamed[name];
    if (renamed !== undefined)
        return renamed;
    return summary.columns.removed.includes(name) ? undefined : name;
}
/**
 * Steps that ran before anything counted the rows (they only touched columns) saw the row count
 * of the next step that did, or of the output.
 */
function fillRowCounts(steps, outputRows) {
    let next = outputRows;
    for (const step of [...steps].reverse()) {
        step.rowsOut ??= next;
        step.rowsIn ??= step.rowsOut;
        next = step.rowsIn;
    }
}
async function unpack(file, template, work, limits) {
    const format = template.ingestion.file_format;
    if (!(await isZip(file)))
        return file;
    await checkZipLimits(file, limits);
    // GDAL reads a zipped geodatabase folder in place.
    if (format.type === "geodatabase")
        return file;
    // An .xlsx file is itself a zip archive: unpack only a download that holds one.
    const spreadsheet = format.type === "xlsx" || format.type === "excel";
    if (spreadsheet && format.unzipped_filename === undefined)
        return file;
    // A shapefile is several files: its .shp and the siblings beside it.
    if (format.type === "shapefile")
        return extractShapefile(file, external_node_path_default().join(work, "unzipped"), format.unzipped_filename);
    return extractZipEntry(file, external_node_path_default().join(work, "unzipped"), format.unzipped_filename);
}
/** The template's `columns:`, when it lists any, must be exactly the columns produced. */
function checkColumns(template, frame) {
    const expected = (template.columns ?? []).map((c) => c.id);
    if (expected.length === 0)
        return;
    const actual = frame.columns.map((c) => c.name);
    const missing = expected.filter((c) => !actual.includes(c));
    const unexpected = actual.filter((c) => !expected.includes(c));
    if (missing.length === 0 && unexpected.length === 0)
        return;
    const parts = [
        missing.length > 0 ? `missing: ${missing.join(", ")}` : "",
        unexpected.length > 0 ? `unexpected: ${unexpected.join(", ")}` : "",
    ].filter(Boolean);
    throw new StepError(`columns check failed: ${parts.join("; ")} (the template's columns: list them after processing)`);
}
async function writeOutputs(engine, frame, context, dir) {
    const { maxRows } = context.sources.limits ?? ingest_limits/* DEFAULT_INGEST_LIMITS */.Yz;
    // One row over the limit is enough to know: the read stops there instead of filling the disk.
    const select = (0,ingest_engine/* frameSelect */.kW)(frame, `LIMIT ${maxRows + 1}`);
    const parquet = parquetName(context.template.id);
    const rows = await engine.run(`COPY (${select}) TO ${(0,ingest_engine/* quoteString */.Ov)(external_node_path_default().join(dir, parquet))} (FORMAT parquet)`);
    if (rows > maxRows) {
        await promises_default().rm(external_node_path_default().join(dir, parquet), { force: true });
        throw new ingest_limits/* IngestLimitError */.uV("max_rows", `dataset ${context.template.id} has more than ${maxRows} rows`, `${maxRows} rows`);
    }
    if (!context.csv)
        return { outputs: [parquet], rows };
    const csv = csvName(context.template.id);
    await engine.run(`COPY (SELECT * FROM read_parquet(${(0,ingest_engine/* quoteString */.Ov)(external_node_path_default().join(dir, parquet))})) TO ${(0,ingest_engine/* quoteString */.Ov)(external_node_path_default().join(dir, csv))} (FORMAT csv, HEADER true)`);
    return { outputs: [parquet, csv], rows };
}

;// CONCATENATED MODULE: ./src/ingest/command.ts







function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/**
 * The escape hatch for templates lifecycle cannot run: `<ingest_command> <id> <version> <dir>`,
 * also given as LIFECYCLE_TEMPLATE_ID, LIFECYCLE_INGEST_VERSION, LIFECYCLE_OUTPUT_DIR and
 * LIFECYCLE_TEMPLATE_FILE. Whatever it writes into `dir` becomes the dataset version.
 */
async function runIngestCommand(context, dir) {
    const { template, version } = context;
    const command = `${context.command} ${[template.id, version, dir].map(shellQuote).join(" ")}`;
    context.log(`running ingest_command: ${command}`);
    const result = await context.runner.run(command, {
        cwd: context.root,
        env: {
            ...context.env,
            LIFECYCLE_TEMPLATE_ID: template.id,
            LIFECYCLE_INGEST_VERSION: version,
            LIFECYCLE_OUTPUT_DIR: dir,
            LIFECYCLE_TEMPLATE_FILE: external_node_path_default().join(context.root, context.templateFile),
        },
        ...(context.signal ? { signal: context.signal } : {}),
        onOutput: (chunk) => {
            for (const line of chunk.split("\n"))
                if (line.trim())
                    context.log(line);
        },
    });
    if (result.cancelled)
        throw context.signal?.reason ?? new Error("ingest cancelled");
    if (result.exitCode !== 0) {
        const how = result.signal
            ? `was killed by ${result.signal}`
            : `exited with code ${result.exitCode}`;
        throw new errors/* StageFailure */.BG(`ingest_command for ${template.id} ${how}`, `ingest.${template.id}`, version);
    }
    await keepCommandConfig(dir);
    const outputs = await listOutputs(dir);
    const summary = { command, durationMs: result.durationMs, outputs };
    const parquet = external_node_path_default().join(dir, parquetName(template.id));
    if (outputs.some((o) => o.file === parquetName(template.id)))
        Object.assign(summary, await describeParquet(parquet, template));
    return summary;
}
/** A config.json the command wrote is kept beside ours, as config.command.json. */
async function keepCommandConfig(dir) {
    try {
        await promises_default().rename(external_node_path_default().join(dir, CONFIG_FILE), external_node_path_default().join(dir, "config.command.json"));
    }
    catch (error) {
        if (error.code !== "ENOENT")
            throw error;
    }
}
async function listOutputs(dir) {
    const entries = await promises_default().readdir(dir, { recursive: true, withFileTypes: true });
    const files = entries.filter((e) => e.isFile()).map((e) => external_node_path_default().join(e.parentPath, e.name));
    const outputs = await Promise.all(files.map(async (file) => ({
        file: external_node_path_default().relative(dir, file).split((external_node_path_default()).sep).join("/"),
        ...(await hashFile(file)),
    })));
    return outputs.sort((a, b) => a.file.localeCompare(b.file));
}
async function describeParquet(file, template) {
    const engine = await ingest_engine/* Engine */.N$.open();
    try {
        const select = `SELECT * FROM read_parquet(${(0,ingest_engine/* quoteString */.Ov)(file)})`;
        const columns = await engine.describe(select);
        const rows = Number(await engine.scalar(`SELECT count(*) FROM read_parquet(${(0,ingest_engine/* quoteString */.Ov)(file)})`));
        checkColumns(template, {
            table: "",
            rows,
            columns: columns.map((c) => ({ name: c.name, expr: "" })),
        });
        return { rows, columns };
    }
    finally {
        engine.close();
    }
}

;// CONCATENATED MODULE: ./src/ingest/ingest.ts


















/**
 * Ingest one version of a template into the store: every dataset it writes (one, or each of a data
 * source's `datasets:` from one download), each atomically. `templateId` is the template's name
 * (its file name) or the id of one of its datasets, which then is the only one written.
 */
async function ingestDataset(options) {
    const started = options.now?.() ?? new Date();
    const log = options.log ?? (() => { });
    const { file, text, definition, only: named } = await readTemplate(options);
    const only = options.only ?? named;
    if (only !== undefined && !definition.datasets.some((d) => d.id === only))
        throw new errors/* UsageError */.eb(`template ${file} writes no dataset "${only}"; it writes ${definition.datasets.map((d) => d.id).join(", ")}`);
    const wanted = definition.datasets.filter((d) => only === undefined || d.id === only);
    const plans = wanted.map((dataset) => planDataset(options, dataset));
    const command = options.project.settings.ingest_command;
    const blocked = plans.find((p) => p.reasons.length > 0 && !command);
    if (blocked)
        throw notRunnableError(blocked.dataset, blocked.steps, blocked.reasons);
    const runnable = plans.every((p) => p.reasons.length === 0);
    const sources = sourceContext(options, log);
    const first = plans[0];
    if (!first)
        throw new errors/* UsageError */.eb(`template ${file} writes no dataset`);
    const version = await resolveVersion(options, first.dataset, runnable ? sources : undefined, started);
    const rendered = renderWithVersion(file, text, version);
    const download = runnable && plans.length > 1 ? await sharedDownload(options, rendered, sources) : undefined;
    try {
        const datasets = [];
        for (const plan of plans) {
            const template = rendered.datasets.find((d) => d.id === plan.dataset.id) ?? plan.dataset;
            const run = {
                options,
                template,
                steps: plan.steps,
                reasons: plan.reasons,
                file,
                version,
                sources,
                started,
                log,
            };
            datasets.push(await ingestOne(run, download));
        }
        const [main] = datasets;
        if (!main)
            throw new Error("unreachable: a template writes at least one dataset");
        return { version, dir: main.dir, metadata: main.metadata, datasets };
    }
    finally {
        if (download)
            await promises_default().rm(download.dir, { recursive: true, force: true });
    }
}
function planDataset(options, dataset) {
    const steps = selectSteps(dataset.ingestion.processing_steps ?? [], options.mode);
    return { dataset, steps, reasons: notRunnableReasons(dataset, steps) };
}
/** A data source's raw download, fetched once for all its datasets. */
async function sharedDownload(options, definition, sources) {
    const source = definition.datasets[0]?.ingestion.source;
    if (!source || !isRunnableSource(source))
        throw new Error("unreachable: template checked as runnable");
    await promises_default().mkdir(options.layout.tmpDir, { recursive: true });
    const dir = await promises_default().mkdtemp(external_node_path_default().join(options.layout.tmpDir, "source-"));
    const raw = await fetchSource(source, { ...sources, templateId: definition.id }, external_node_path_default().join(dir, "raw"));
    options.log?.(`raw file ${raw.file}: ${raw.bytes} bytes (shared by ${definition.datasets.length} datasets)`);
    return { dir, raw: { ...raw, sha256: await raw.sha256 } };
}
async function ingestOne(run, download) {
    const { options, template, version, log } = run;
    const dir = options.layout.datasetVersionDir(template.id, version);
    const base = {
        id: template.id,
        version,
        template: run.file,
        when: run.started.toISOString(),
        source: recordedSource(template, run.reasons.length === 0 ? run.sources : undefined),
    };
    const command = options.project.settings.ingest_command;
    const metadata = await (0,atomic/* writeDirAtomically */.s3)(dir, options.layout.tmpDir, async (staging) => {
        const details = run.reasons.length > 0 && command
            ? {
                ingestedBy: "ingest_command",
                notRunnableHere: run.reasons,
                ...(await runCommand(options, command, template, run.file, version, staging, log)),
            }
            : { ingestedBy: "lifecycle", ...(await runOwn(run, staging, download)) };
        const finished = options.now?.() ?? new Date();
        const metadata = {
            ...base,
            ...details,
            durationMs: finished.getTime() - run.started.getTime(),
        };
        await (0,atomic/* writeFileAtomically */.lo)(external_node_path_default().join(staging, CONFIG_FILE), `${JSON.stringify(metadata, null, 2)}\n`);
        return metadata;
    });
    log(`ingested ${template.id} ${version} into ${dir}`);
    return { id: template.id, dir, metadata };
}
async function readTemplate(options) {
    const { templates } = options.project;
    const byName = templates.get(options.templateId);
    const owner = byName ? undefined : templateOfDataset(templates, options.templateId);
    const entry = byName ?? owner;
    if (!entry) {
        const known = [...templates.keys()].sort().join(", ") || "(none)";
        throw new errors/* UsageError */.eb(`unknown ingest template "${options.templateId}"; templates: ${known}`);
    }
    const text = await promises_default().readFile(external_node_path_default().join(options.project.root, entry.file), "utf8");
    const definition = entry.definition ?? {
        shape: "dataset",
        id: entry.template?.id ?? options.templateId,
        depends_on: [],
        datasets: (0,project_files/* templateDatasets */.Sr)(entry),
    };
    return { file: entry.file, text, definition, ...(owner ? { only: options.templateId } : {}) };
}
/** The template that writes dataset `id` (a data source's dataset, or a template whose id is not its file name). */
function templateOfDataset(templates, id) {
    return [...templates.values()].find((entry) => (0,project_files/* templateDatasets */.Sr)(entry).some((d) => d.id === id));
}
/** The template rendered with the real version; each dataset keeps its `id`, as dcpy stores it. */
function renderWithVersion(file, text, version) {
    const { definition, diagnostics } = (0,config_template/* parseTemplateFile */.q4)(file, text, version);
    if (!definition)
        throw new errors/* ConfigError */.xL(`${file} is invalid with version ${version}`, diagnostics);
    return definition;
}
/** Steps without a mode always run; a step with a mode runs only when that mode is asked for. */
function selectSteps(steps, mode) {
    if (mode !== undefined && !steps.some((s) => s.mode === mode)) {
        throw new errors/* UsageError */.eb(`mode "${mode}" is not used by any processing step of this template`);
    }
    return steps.filter((s) => s.mode === undefined || s.mode === mode);
}
function notRunnableReasons(template, steps) {
    const withSteps = { ...template, ingestion: { ...template.ingestion, processing_steps: steps } };
    return (0,config_template/* runnability */.oy)(withSteps).reasons;
}
function notRunnableError(template, steps, reasons) {
    const step = steps.find((s) => !(0,config_template/* isRunnableStep */.m5)(s));
    if (reasons.length === 1 && step)
        return unsupportedStepError(step);
    return new errors/* ConfigError */.xL(`lifecycle cannot ingest template "${template.id}" itself (${reasons.join(", ")}): it runs sources local_file, file_download, api, socrata, arcgis_feature_server, s3 and formats csv, json, geojson, parquet, xlsx, shapefile, geodatabase (with GDAL). Set ingest_command in lifecycle.yml to ingest it with your own tool`);
}
function recordedSource(template, sources) {
    const source = template.ingestion.source;
    if (!source)
        return null;
    return sources && isRunnableSource(source) ? sourceRecord(source, sources) : source;
}
function sourceContext(options, log) {
    const endpoints = {
        socrata: { ...DEFAULT_ENDPOINTS.socrata, ...options.endpoints?.socrata },
        arcgis: { ...DEFAULT_ENDPOINTS.arcgis, ...options.endpoints?.arcgis },
    };
    return {
        client: options.http ?? new FetchHttpClient(),
        retry: { ...DEFAULT_RETRY, ...options.retry },
        ...(options.signal ? { signal: options.signal } : {}),
        log,
        ...(options.progress ? { progress: options.progress } : {}),
        root: options.project.root,
        templateId: options.templateId,
        endpoints,
        env: options.env ?? process.env,
        limits: (0,ingest_limits/* ingestLimits */.BI)(options.project.settings.ingest_limits),
        ...(options.project.settings.s3 ? { s3: options.project.settings.s3 } : {}),
    };
}
async function resolveVersion(options, template, sources, now) {
    if (options.version !== undefined)
        return (0,keys/* validateIngestVersion */.fD)(options.version);
    const source = template.ingestion.source;
    const published = sources && source && isRunnableSource(source)
        ? await sourceVersion(source, sources)
        : undefined;
    if (published)
        options.log?.(`version ${published} from the source's last update`);
    return (0,keys/* validateIngestVersion */.fD)(published ?? dateVersion(now));
}
async function runOwn(run, staging, download) {
    const { options, template, sources } = run;
    const source = template.ingestion.source;
    if (!source || !isRunnableSource(source))
        throw new Error("unreachable: template checked as runnable");
    const runnable = run.steps.filter((s) => (0,config_template/* isRunnableStep */.m5)(s));
    const csv = options.csv === true || (template.outputs ?? []).includes("csv");
    const geometryFormat = options.geometryFormat ?? options.project.settings.geometry_format ?? settings/* DEFAULT_GEOMETRY_FORMAT */.nO;
    const context = {
        template,
        source,
        steps: runnable,
        version: run.version,
        layout: options.layout,
        sources,
        csv,
        geometryFormat,
        duckdb: duckDbOptions(options.project),
        log: run.log,
        ...(options.progress ? { progress: options.progress } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
    };
    const summary = download
        ? await runIngestOnDownload(context, staging, download)
        : await runIngest(context, staging);
    const format = template.ingestion.file_format;
    return { ...summary, geometry: geometryRecord(format, summary.columns, geometryFormat) };
}
/** lifecycle.yml's `duckdb:` settings; a relative temp_directory is under the project root. */
function duckDbOptions(project) {
    const { memory_limit, temp_directory, threads } = project.settings.duckdb ?? {};
    return {
        ...(memory_limit ? { memoryLimit: memory_limit } : {}),
        ...(temp_directory ? { tempDirectory: external_node_path_default().resolve(project.root, temp_directory) } : {}),
        ...(threads !== undefined ? { threads } : {}),
    };
}
function runCommand(options, command, template, file, version, staging, log) {
    return runIngestCommand({
        command,
        template,
        templateFile: file,
        version,
        root: options.project.root,
        runner: options.runner ?? new node_runner/* NodeProcessRunner */.u(),
        env: options.env ?? process.env,
        log,
        ...(options.signal ? { signal: options.signal } : {}),
    }, staging);
}

;// CONCATENATED MODULE: ./src/ingest/index.ts






/***/ }),

/***/ 26976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ listPartitions),
/* harmony export */   YM: () => (/* binding */ addPartition),
/* harmony export */   pV: () => (/* binding */ ensurePartition),
/* harmony export */   vD: () => (/* binding */ removePartition)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26921);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _store_atomic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82892);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63399);





const RegistryFileSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    product: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    partitions: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({ key: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), added: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() })),
});
// Writers to one file queue behind each other inside this process.
const queues = new Map();
function serialised(file, task) {
    const previous = queues.get(file) ?? Promise.resolve();
    const next = previous.then(task, task);
    queues.set(file, next.catch(() => undefined));
    return next;
}
async function readRegistry(store, product) {
    const file = store.partitionsFile(product);
    let text;
    try {
        text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(file, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return { product, partitions: [] };
        throw error;
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${file}: not valid JSON (${error.message})`);
    }
    const result = RegistryFileSchema.safeParse(parsed);
    if (!result.success)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${file}: ${result.error.issues[0]?.message ?? "invalid"}`);
    return result.data;
}
async function writeRegistry(store, registry) {
    await (0,_store_atomic_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomically */ .lo)(store.partitionsFile(registry.product), `${JSON.stringify(registry, null, 2)}\n`);
}
/** Dynamic partitions added to a product, oldest first (the starters are not stored). */
async function listPartitions(store, product) {
    return (await readRegistry(store, product)).partitions;
}
/** Add a dynamic key; resolves to false when it was already there. */
function addPartition(store, product, key, now = new Date()) {
    (0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .validatePartitionKey */ .si)(key);
    (0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDynamicKey */ .Cy)(key);
    if ((0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .isStarterNote */ .Ul)(key))
        return Promise.resolve(false);
    return serialised(store.partitionsFile(product), async () => {
        const registry = await readRegistry(store, product);
        if (registry.partitions.some((p) => p.key === key))
            return false;
        registry.partitions.push({ key, added: now.toISOString() });
        await writeRegistry(store, registry);
        return true;
    });
}
/** Remove a dynamic key; resolves to false when it was not there. Starters cannot be removed. */
function removePartition(store, product, key) {
    if ((0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .isStarterNote */ .Ul)(key))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${key} is a starter partition of every product; it cannot be removed`);
    return serialised(store.partitionsFile(product), async () => {
        const registry = await readRegistry(store, product);
        const kept = registry.partitions.filter((p) => p.key !== key);
        if (kept.length === registry.partitions.length)
            return false;
        await writeRegistry(store, { ...registry, partitions: kept });
        return true;
    });
}
/**
 * Materialising a product with a valid key it does not know yet adds the key. Given a product
 * config, only dynamic products register keys (other schemes declare theirs in products.yml).
 */
async function ensurePartition(store, product, key) {
    if (typeof product === "string") {
        await addPartition(store, product, key);
        return;
    }
    if (product.partitions !== undefined && product.partitions !== "dynamic")
        return;
    await addPartition(store, product.id, key);
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


/***/ }),

/***/ 19087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zc: () => (/* binding */ resolveS3Connection),
/* harmony export */   md: () => (/* binding */ endpointLabel),
/* harmony export */   qo: () => (/* binding */ createS3Client),
/* harmony export */   ye: () => (/* binding */ describeS3Error)
/* harmony export */ });
/* unused harmony exports DEFAULT_S3_REGION, ENDPOINT_VARIABLES */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53711);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26921);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);



/*
 * Where and as whom lifecycle talks to S3 (the store and the ingest `s3` source): one place that
 * reads the environment and lifecycle.yml, and builds an `@aws-sdk/client-s3` client with bounded
 * retries and a request timeout. Credentials come only from the environment and never appear in
 * a message lifecycle writes.
 */
const DEFAULT_S3_REGION = "us-east-1";
/** The endpoint variables, in the order they are read; AWS_S3_ENDPOINT is dcpy's name. */
const ENDPOINT_VARIABLES = ["AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL", "AWS_S3_ENDPOINT"];
/**
 * Endpoint: the first of ENDPOINT_VARIABLES set, else `endpoint` of lifecycle.yml, else AWS.
 * Region: AWS_REGION, AWS_DEFAULT_REGION, `region`, else us-east-1. Path-style addressing:
 * `path_style`, default on for a custom endpoint (MinIO, moto need it; Spaces and R2 accept it).
 * Credentials: AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN); an empty value
 * (an unset GitHub secret) counts as unset.
 */
function resolveS3Connection(env, settings = {}, what = "s3") {
    const region = envValue(env, "AWS_REGION") ??
        envValue(env, "AWS_DEFAULT_REGION") ??
        settings.region ??
        DEFAULT_S3_REGION;
    const variable = ENDPOINT_VARIABLES.find((name) => envValue(env, name) !== undefined);
    const endpoint = variable
        ? normalizeEndpoint(envValue(env, variable) ?? "", variable, what)
        : settings.endpoint
            ? normalizeEndpoint(settings.endpoint, "endpoint in lifecycle.yml", what)
            : undefined;
    const credentials = credentialsFrom(env, what);
    return {
        ...(endpoint !== undefined ? { endpoint } : {}),
        region,
        pathStyle: settings.path_style ?? endpoint !== undefined,
        ...(credentials ? { credentials } : {}),
        attempts: settings.attempts ?? 4,
        timeoutMs: (settings.timeout_seconds ?? 60) * 1000,
    };
}
function credentialsFrom(env, what) {
    const accessKeyId = envValue(env, "AWS_ACCESS_KEY_ID");
    const secretAccessKey = envValue(env, "AWS_SECRET_ACCESS_KEY");
    if (!accessKeyId !== !secretAccessKey) {
        const [set, unset] = accessKeyId
            ? ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]
            : ["AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID"];
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${what}: ${set} is set but ${unset} is not; set both, or neither for anonymous access to a public bucket`);
    }
    if (!accessKeyId || !secretAccessKey)
        return undefined;
    const sessionToken = envValue(env, "AWS_SESSION_TOKEN");
    return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}
function envValue(env, name) {
    const value = env[name]?.trim();
    return value ? value : undefined;
}
const HttpUrl = zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5({ protocol: /^https?$/ });
/** An http(s) URL with no credentials, query or fragment; a bare host name gets `https://`. */
function normalizeEndpoint(value, origin, what) {
    const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
    const url = HttpUrl.safeParse(text).success ? new URL(text) : undefined;
    if (!url || url.username || url.password || url.search || url.hash) {
        // Not echoed: a rejected value may hold credentials or a signature.
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${what}: ${origin} is not an endpoint URL; expected e.g. https://nyc3.digitaloceanspaces.com (http or https, no credentials, query or fragment)`);
    }
    return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}
/** Where requests go, for messages: the endpoint, or AWS's for the region. */
function endpointLabel(connection) {
    return connection.endpoint ?? `https://s3.${connection.region}.amazonaws.com`;
}
/**
 * The SDK warns once per process on Node 20 that its releases after January 2027 need Node 22
 * (aws/aws-sdk-js-v3#7983). That is for whoever upgrades the SDK, not for a lifecycle user, so it
 * is switched off with the variable the SDK documents, unless the environment already sets it.
 */
const NODE_WARNING = "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED";
/** An SDK client for the connection: standard retries, `timeoutMs` per attempt, no redirects. */
function createS3Client(connection) {
    process.env[NODE_WARNING] ??= "true";
    return new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .S3Client */ .YxF({
        region: connection.region,
        ...(connection.endpoint !== undefined ? { endpoint: connection.endpoint } : {}),
        forcePathStyle: connection.pathStyle,
        maxAttempts: connection.attempts,
        retryMode: "standard",
        requestHandler: {
            requestTimeout: connection.timeoutMs,
            connectionTimeout: Math.min(connection.timeoutMs, 10_000),
            throwOnRequestTimeout: true,
        },
        // Only what the environment gave; never the shared files, SSO or instance metadata.
        credentials: connection.credentials ?? { accessKeyId: "", secretAccessKey: "" },
        ...(connection.credentials ? {} : { signer: { sign: async (request) => request } }),
        // Integrity checksums on every PUT are extra work moto and some S3-compatible services reject.
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
    });
}
/** What an SDK error says, without anything that could carry a credential or a signature. */
function describeS3Error(error) {
    const e = error;
    const status = e.$metadata?.httpStatusCode;
    const attempts = e.$metadata?.attempts;
    const message = (e.message ?? "").replace(/\s+/g, " ").slice(0, 200);
    return {
        ...(status !== undefined ? { status } : {}),
        code: e.name ?? "Error",
        message,
        ...(attempts !== undefined ? { attempts } : {}),
    };
}


/***/ }),

/***/ 18314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ parseS3Url),
/* harmony export */   M8: () => (/* binding */ S3RequestError),
/* harmony export */   NY: () => (/* binding */ S3Objects)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53711);
/* harmony import */ var _s3_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19087);






/** A request that failed for good (after the retries): names the operation, bucket and key. */
class S3RequestError extends Error {
    operation;
    bucket;
    key;
    status;
    code;
    name = "S3RequestError";
    constructor(operation, bucket, key, status, code, detail) {
        super(`S3 ${operation} s3://${bucket}/${key} failed: ${detail}`);
        this.operation = operation;
        this.bucket = bucket;
        this.key = key;
        this.status = status;
        this.code = code;
    }
}
/**
 * The few S3 operations the store makes, on one bucket; every failure is an S3RequestError. A
 * precondition that does not hold (412, or 409 for a concurrent conditional write) is not an
 * error: `put` resolves to "conflict".
 */
class S3Objects {
    bucket;
    connection;
    client;
    /** Requests sent (not counting the SDK's retries), for the bench. */
    requests = 0;
    constructor(bucket, connection) {
        this.bucket = bucket;
        this.connection = connection;
        this.client = (0,_s3_client_js__WEBPACK_IMPORTED_MODULE_4__/* .createS3Client */ .qo)(connection);
    }
    async get(key) {
        try {
            this.requests++;
            const answer = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .GetObjectCommand */ .jLs({ Bucket: this.bucket, Key: key }));
            const bytes = await answer.Body?.transformToByteArray();
            return { body: Buffer.from(bytes ?? []), etag: answer.ETag ?? "" };
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw this.failure("GET", key, error);
        }
    }
    /** Stream an object to `file`; resolves to its sha256 and size, or undefined when absent. */
    async download(key, file) {
        try {
            this.requests++;
            const answer = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .GetObjectCommand */ .jLs({ Bucket: this.bucket, Key: key }));
            const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)("sha256");
            let bytes = 0;
            const tap = new node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform({
                transform(chunk, _encoding, done) {
                    hash.update(chunk);
                    bytes += chunk.length;
                    done(null, chunk);
                },
            });
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(answer.Body, tap, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file));
            return { sha256: hash.digest("hex"), bytes };
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw this.failure("GET", key, error);
        }
    }
    async put(key, body, condition = {}, length) {
        try {
            this.requests++;
            const answer = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .PutObjectCommand */ .wKZ({
                Bucket: this.bucket,
                Key: key,
                Body: body,
                ...(length !== undefined ? { ContentLength: length } : {}),
                ...(condition.ifMatch !== undefined ? { IfMatch: condition.ifMatch } : {}),
                ...(condition.ifNoneMatch !== undefined ? { IfNoneMatch: condition.ifNoneMatch } : {}),
            }));
            return { etag: answer.ETag ?? "" };
        }
        catch (error) {
            const { status } = (0,_s3_client_js__WEBPACK_IMPORTED_MODULE_4__/* .describeS3Error */ .ye)(error);
            if (status === 412 || status === 409)
                return "conflict";
            throw this.failure("PUT", key, error);
        }
    }
    async delete(key) {
        try {
            this.requests++;
            await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .DeleteObjectCommand */ .k4j({ Bucket: this.bucket, Key: key }));
        }
        catch (error) {
            if (isNotFound(error))
                return;
            throw this.failure("DELETE", key, error);
        }
    }
    /** Every object under `prefix`, in key order, after `startAfter` when given. */
    async *list(prefix, startAfter) {
        let token;
        do {
            let page;
            try {
                this.requests++;
                page = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .ListObjectsV2Command */ .u6x({
                    Bucket: this.bucket,
                    Prefix: prefix,
                    ...(token !== undefined ? { ContinuationToken: token } : {}),
                    ...(token === undefined && startAfter !== undefined ? { StartAfter: startAfter } : {}),
                }));
            }
            catch (error) {
                throw this.failure("LIST", `${prefix}*`, error);
            }
            for (const item of page.Contents ?? [])
                if (item.Key !== undefined)
                    yield { key: item.Key, etag: item.ETag ?? "", size: item.Size ?? 0 };
            token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token !== undefined);
    }
    failure(operation, key, error) {
        const { status, code, message, attempts } = (0,_s3_client_js__WEBPACK_IMPORTED_MODULE_4__/* .describeS3Error */ .ye)(error);
        const tries = attempts !== undefined && attempts > 1 ? ` after ${attempts} attempts` : "";
        const what = status !== undefined ? `HTTP ${status} ${code}` : code;
        const detail = `${what}${message && message !== code ? ` (${message})` : ""}${tries} at ${(0,_s3_client_js__WEBPACK_IMPORTED_MODULE_4__/* .endpointLabel */ .md)(this.connection)}`;
        return new S3RequestError(operation, this.bucket, key, status, code, detail);
    }
}
function isNotFound(error) {
    const { status, code } = (0,_s3_client_js__WEBPACK_IMPORTED_MODULE_4__/* .describeS3Error */ .ye)(error);
    return status === 404 || code === "NoSuchKey" || code === "NotFound";
}
/** `s3://bucket/prefix` split; the prefix has no leading or trailing slash ("" for the bucket root). */
function parseS3Url(url) {
    const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(url);
    const bucket = match?.[1] ?? "";
    if (!match || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
        throw new Error(`store ${JSON.stringify(url)}: expected s3://<bucket>/<prefix>, a bucket name of 3-63 lowercase letters, digits, dots and hyphens`);
    const prefix = (match[2] ?? "").replace(/^\/+|\/+$/g, "");
    if (prefix.split("/").some((s) => s === "." || s === ".."))
        throw new Error(`store ${JSON.stringify(url)}: the prefix has a "." or ".." segment`);
    return { bucket, prefix };
}


/***/ })

};

//# sourceMappingURL=402.index.js.map