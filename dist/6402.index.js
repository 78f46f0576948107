export const id = 6402;
export const ids = [6402];
export const modules = {

/***/ 13117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ defaultDeps)
});

// EXTERNAL MODULE: ./src/partitions/registry.ts
var registry = __webpack_require__(26976);
// EXTERNAL MODULE: ./src/partitions/project-products.ts
var project_products = __webpack_require__(93191);
// EXTERNAL MODULE: ./src/partitions/resolve.ts + 1 modules
var resolve = __webpack_require__(9388);
// EXTERNAL MODULE: ./src/stages/build.ts
var build = __webpack_require__(60583);
// EXTERNAL MODULE: ./src/stages/load.ts + 1 modules
var load = __webpack_require__(36397);
// EXTERNAL MODULE: ./src/stages/package.ts + 1 modules
var stages_package = __webpack_require__(2547);
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

// EXTERNAL MODULE: ./src/stages/plan-stores.ts
var plan_stores = __webpack_require__(51407);
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
        const asked = askedVersion(dataset, recipe);
        const copies = copied.includes(dataset);
        if (copies && release === undefined)
            continue; // reported once above
        const source = (0,plan_stores/* storeSourceOf */.Uo)(ctx, dataset, recipe);
        if (source !== undefined) {
            const { version, requested } = asked;
            const copyFrom = copies ? release : undefined;
            const ask = { dataset, source, version, requested, strategy, copyFrom };
            const pinned = await (0,plan_stores/* pinStoreInput */.Ls)(ctx, recipe, ask, (pin, why) => lockedInput(recipe, dataset, pin, why));
            if ("problem" in pinned)
                problems.push(pinned.problem);
            else
                locked.push(pinned);
            continue;
        }
        const available = await (0,stages_versions/* availableVersions */.hK)(ctx.layout.datasetDir(dataset.id));
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
            const stores = [];
            const stageRecipe = recipe?.recipe;
            for (const dataset of stageRecipe?.inputs.datasets ?? []) {
                const product = stageRecipe ? upstreamProductOf(ctx, dataset, stageRecipe) : undefined;
                const source = stageRecipe ? (0,plan_stores/* storeSourceOf */.Uo)(ctx, dataset, stageRecipe) : undefined;
                if (product !== undefined)
                    upstream[product] = await upstreamDigest(ctx, product);
                else if (source !== undefined && stageRecipe)
                    stores.push(await (0,plan_stores/* storeInputDigest */.C3)(ctx, stageRecipe, dataset, source));
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
                ...(stores.length > 0 ? { stores, storeUrls: ctx.project.settings?.stores ?? {} } : {}),
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
        // Loaded when a dataset is ingested: an unchanged rerun never parses the ingest code (the
        // S3 SDK, proj4, the shapefile and xlsx readers).
        ingest: async (request) => {
            const { ingestDataset } = await Promise.all(/* import() */[__webpack_require__.e(9055), __webpack_require__.e(2847)]).then(__webpack_require__.bind(__webpack_require__, 82847));
            const result = await ingestDataset(request);
            return { version: result.version, metadata: result.metadata };
        },
    };
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
// EXTERNAL MODULE: ./src/store/layout.ts
var layout = __webpack_require__(5891);
// EXTERNAL MODULE: ./src/graph/graph.ts
var graph_graph = __webpack_require__(1924);
// EXTERNAL MODULE: ./src/graph/selection.ts
var selection = __webpack_require__(12882);
// EXTERNAL MODULE: ./src/engine/deps.ts
var engine_deps = __webpack_require__(41366);
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
        only: (0,store_store/* isS3Url */.At)(options.store) ? await unitsRead(options, deps) : readByStages,
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
 * For a selection narrower than `*` (a stage job's products), only the units of the products it
 * selects and of the products they read (any partition: releases and upstream outputs), and the
 * datasets: a job on a fresh runner then downloads its products' part of the store, not all of it.
 */
async function unitsRead(options, deps) {
    const select = options.select?.trim() ?? "*";
    if (select === "*" || select === "")
        return readByStages;
    const { project } = await deps.loadProject(options.root);
    const graph = (0,graph_graph/* buildAssetGraph */.dZ)((0,engine_deps/* graphSourceOf */.B)(project));
    const upstream = select
        .split(",")
        .map((term) => term.trim())
        .map((term) => (term.startsWith("+") ? term : `+${term}`))
        .join(",");
    const products = new Set((0,selection/* resolveSelection */.Fb)(graph, upstream).flatMap((a) => (a.kind === "stage" ? [a.product] : [])));
    const prefixes = [...products].flatMap((p) => [
        `products/${(0,layout/* safeSegment */.LX)(p)}/`,
        `published/${(0,layout/* safeSegment */.LX)(p)}/`,
    ]);
    return (unit) => readByStages(unit) &&
        (unit.startsWith("ingest/") || prefixes.some((prefix) => unit.startsWith(prefix)));
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
        env: options.env,
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
        ...(env.env ? { env: env.env } : {}),
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

/***/ 2547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JS: () => (/* binding */ PACKAGE_MANIFEST),
  PQ: () => (/* binding */ packageStage)
});

// UNUSED EXPORTS: archiveName

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/store/layout.ts
var layout = __webpack_require__(5891);
// EXTERNAL MODULE: ./src/stages/build.ts
var build = __webpack_require__(60583);
// EXTERNAL MODULE: ./src/stages/commands.ts
var commands = __webpack_require__(99725);
// EXTERNAL MODULE: ./src/checks/run.ts
var run = __webpack_require__(21416);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/stages/env.ts
var stages_env = __webpack_require__(80048);
;// CONCATENATED MODULE: ./src/stages/checks.ts





/**
 * Run the product's checks over its build output (`dir` holds output/). A failed check of
 * severity `error` stops the package stage with every failure named; warnings are logged and
 * returned with the passes, for the record and the manifest.
 */
async function runProductChecks(ctx, lock, dir) {
    const checks = ctx.product.checks ?? [];
    if (checks.length === 0)
        return [];
    const output = external_node_path_default().join(dir, build/* OUTPUT_DIR */.iK);
    const plan = await (0,build/* buildPlan */.Gg)(ctx);
    const env = (0,stages_env/* commandEnv */.z)({ ctx, lock, stageEnv: plan.stageEnv, outputDir: output });
    const minutes = ctx.product.timeout_minutes;
    const results = await (0,run/* runChecks */.JT)({
        checks,
        dir: output,
        runner: ctx.runner,
        env,
        signal: ctx.signal,
        timeoutMs: minutes === undefined ? undefined : minutes * 60_000,
        s3: ctx.project.settings?.s3,
    });
    for (const result of results)
        ctx.log(`check ${result.name}: ${result.passed ? "passed" : result.severity === "warn" ? "WARN" : "FAILED"} (${result.message})`);
    if ((0,run/* blockingFailures */.P5)(results).length > 0) {
        throw new errors/* StageFailure */.BG(`checks failed, so ${ctx.product.id} is not packaged:\n${(0,run/* describeFailures */.ng)(results)}`, `${ctx.product.id}.package`, ctx.partition.key);
    }
    return results;
}

// EXTERNAL MODULE: ./src/stages/files.ts
var stages_files = __webpack_require__(47232);
// EXTERNAL MODULE: ./src/stages/lock.ts
var stages_lock = __webpack_require__(86072);
// EXTERNAL MODULE: ./src/stages/timings.ts
var stages_timings = __webpack_require__(14024);
;// CONCATENATED MODULE: ./src/stages/package.ts










const PACKAGE_MANIFEST = "manifest.json";
function archiveName(product, partition) {
    return `${(0,layout/* safeSegment */.LX)(product)}-${(0,layout/* safeSegment */.LX)(partition)}.tar.gz`;
}
const packageStage = {
    name: "package",
    async fingerprintInputs(ctx) {
        const command = ctx.product.package_command;
        const checks = ctx.product.checks ?? null;
        if (command === undefined)
            return checks === null ? { packageCommand: null } : { packageCommand: null, checks };
        const { cwd } = await (0,build/* buildPlan */.Gg)(ctx);
        return {
            packageCommand: command,
            timeoutMinutes: ctx.product.timeout_minutes ?? null,
            // The script a package_command runs usually lives in the product directory.
            productDir: cwd === ctx.project.root ? null : await (0,stages_files/* treeDigest */.fZ)(cwd, build/* ignoredInProductDir */.i_),
            ...(checks === null ? {} : { checks }),
        };
    },
    async run(ctx, outDir) {
        const started = new Date();
        const buildDir = ctx.layout.stageDir(ctx.product.id, ctx.partition.key, "build");
        const lock = await (0,stages_lock/* readLock */.mF)(buildDir, asset(ctx), ctx.partition.key);
        const buildOutput = external_node_path_default().join(buildDir, build/* OUTPUT_DIR */.iK);
        if (await (0,stages_files/* exists */.t2)(buildOutput))
            await (0,stages_files/* copyTree */.EL)(buildOutput, external_node_path_default().join(outDir, build/* OUTPUT_DIR */.iK));
        else
            await promises_default().mkdir(external_node_path_default().join(outDir, build/* OUTPUT_DIR */.iK));
        const checks = await runProductChecks(ctx, lock, outDir);
        const packageCommand = await runPackageCommand(ctx, lock, outDir);
        const archive = archiveName(ctx.product.id, ctx.partition.key);
        const timings = [...(await (0,stages_timings/* readTimings */.kF)(buildDir)), (0,stages_timings/* timing */.N9)("package", ctx.runId, started)];
        const manifest = await packageManifest({
            ctx,
            lock,
            outDir,
            archive,
            timings,
            packageCommand,
            checks,
        });
        await promises_default().writeFile(external_node_path_default().join(outDir, PACKAGE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
        const archivePath = external_node_path_default().join(outDir, archive);
        const { createArchive } = await Promise.all(/* import() */[__webpack_require__.e(6118), __webpack_require__.e(9397)]).then(__webpack_require__.bind(__webpack_require__, 49397));
        const written = await createArchive({
            dir: outDir,
            exclude: [archive, stages_timings/* STAGE_RECORD */.rS],
            archive: archivePath,
            signal: ctx.signal,
        });
        await (0,stages_timings/* writeStageRecord */.nW)(outDir, [
            ...timings.slice(0, -1),
            (0,stages_timings/* timing */.N9)("package", ctx.runId, started),
        ]);
        ctx.log(`packaged ${manifest.files.length} files into ${archive} (${written.bytes} bytes)`);
        return {
            metadata: {
                archive,
                bytes: written.bytes,
                sha256: written.sha256,
                files: manifest.files.length,
                ...(checks.length > 0 ? { checks } : {}),
            },
        };
    },
};
function asset(ctx) {
    return `${ctx.product.id}.package`;
}
/** The optional `package_command`, run with the build's environment plus `LIFECYCLE_PACKAGE_DIR`. */
async function runPackageCommand(ctx, lock, outDir) {
    const run = ctx.product.package_command;
    if (run === undefined || run.trim() === "")
        return undefined;
    const plan = await (0,build/* buildPlan */.Gg)(ctx);
    const env = (0,stages_env/* commandEnv */.z)({
        ctx,
        lock,
        stageEnv: plan.stageEnv,
        outputDir: external_node_path_default().join(outDir, build/* OUTPUT_DIR */.iK),
        extra: { LIFECYCLE_PACKAGE_DIR: outDir },
    });
    const minutes = ctx.product.timeout_minutes;
    const records = [];
    const logDir = external_node_path_default().join(outDir, build/* LOGS_DIR */.c6);
    const failed = await (0,commands/* runCommandList */.B1)({
        ctx,
        commands: [{ name: "package_command", run }],
        cwd: plan.cwd,
        env,
        logDir,
        deadline: minutes === undefined ? undefined : Date.now() + minutes * 60_000,
        attempt: 1,
        records,
    });
    if (failed) {
        const kept = await (0,commands/* keepFailedLogs */.wE)(ctx, "package", logDir);
        throw (0,commands/* commandFailure */._I)(failed, asset(ctx), ctx.partition.key, kept);
    }
    return records[0];
}
async function packageManifest(options) {
    const { ctx, lock } = options;
    const skipped = new Set([PACKAGE_MANIFEST, options.archive, stages_timings/* STAGE_RECORD */.rS]);
    const files = await (0,stages_files/* describeFiles */.LG)(options.outDir, { skip: (relative) => skipped.has(relative) });
    const commit = await gitCommit(ctx);
    return {
        product: ctx.product.id,
        partition: ctx.partition.key,
        // The version the plan chose (a starter partition's comes from the recipe's version_strategy).
        version: lock.version?.value ?? ctx.partition.version,
        ...(lock.version ? { version_strategy: lock.version.strategy } : {}),
        note: ctx.partition.note,
        ...(ctx.partition.dimensions ? { dimensions: ctx.partition.dimensions } : {}),
        recipe: lock.recipe,
        // The locked input versions: what copy_latest_release reads back from the latest release.
        inputs: lock.inputs.map(({ dataset, version, import_as }) => ({ dataset, version, import_as })),
        ...(commit ? { git: { commit } } : {}),
        files,
        timings: options.timings,
        ...(options.packageCommand
            ? {
                package_command: {
                    exitCode: options.packageCommand.exitCode,
                    durationMs: options.packageCommand.durationMs,
                },
            }
            : {}),
        ...(options.checks.length > 0 ? { checks: options.checks } : {}),
        runId: ctx.runId,
    };
}
let cachedCommit;
/** The project's git commit, read once per run (one `git rev-parse HEAD` for every product). */
function gitCommit(ctx) {
    const key = `${ctx.project.root}\0${ctx.runId}`;
    if (cachedCommit?.key !== key)
        cachedCommit = { key, commit: readGitCommit(ctx) };
    return cachedCommit.commit;
}
/** `git rev-parse HEAD` in the project root; undefined when it is not a git checkout. */
async function readGitCommit(ctx) {
    let output = "";
    try {
        const result = await ctx.runner.run("git rev-parse HEAD 2>/dev/null", {
            cwd: ctx.project.root,
            env: process.env,
            onOutput: (chunk, stream) => {
                if (stream === "stdout")
                    output += chunk;
            },
        });
        const commit = output.trim();
        return result.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(commit) ? commit : undefined;
    }
    catch {
        return undefined; // git is not installed
    }
}


/***/ })

};

//# sourceMappingURL=6402.index.js.map