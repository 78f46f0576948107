export const id = 3879;
export const ids = [3879];
export const modules = {

/***/ 52586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yA: () => (/* binding */ crossFileChecks),
  kO: () => (/* binding */ templateIdDiagnostics),
  Z7: () => (/* binding */ templateIdOf)
});

// EXTERNAL MODULE: ./src/config/products.ts + 1 modules
var config_products = __webpack_require__(67997);
// EXTERNAL MODULE: ./src/config/names.ts
var names = __webpack_require__(86234);
// EXTERNAL MODULE: ./src/config/secrets.ts
var secrets = __webpack_require__(38019);
// EXTERNAL MODULE: ./src/config/yaml-file.ts + 2 modules
var yaml_file = __webpack_require__(98384);
;// CONCATENATED MODULE: ./src/config/name-checks.ts




/** Ids equal but for case share one store folder on case-insensitive disks (macOS, Windows). */
function productIdCaseChecks({ products, productsYaml }) {
    if (!productsYaml)
        return [];
    const ids = products.map((p) => p.config.id);
    return (0,names/* caseCollisions */.i4)(ids).flatMap(([first, ...others]) => others.map((id) => {
        const index = products.find((p) => p.config.id === id)?.index ?? 0;
        const firstLine = productsYaml.locate(["products", ids.indexOf(first ?? ""), "id"]).line;
        const message = `product ids "${first}" (${config_products/* PRODUCTS_FILE */.Gq}:${firstLine}) and "${id}" differ only by case: their store folders are one folder on case-insensitive disks (macOS, Windows); rename one`;
        return (0,yaml_file/* diagnosticAt */.R5)(productsYaml, ["products", index, "id"], message, { received: id });
    }));
}
/** Dataset ids equal but for case: one folder under ingest/datasets/ on macOS and Windows. */
function datasetIdCaseChecks({ datasets }) {
    const fileOf = (id) => {
        const entry = datasets.get(id);
        return typeof entry === "object" && entry !== null && "file" in entry
            ? String(entry.file)
            : "ingest_templates/";
    };
    return (0,names/* caseCollisions */.i4)([...datasets.keys()]).flatMap(([first, ...others]) => others.map((id) => ({
        severity: "error",
        file: fileOf(id),
        line: 1,
        column: 1,
        path: "id",
        message: `dataset ids "${first}" (${fileOf(first ?? "")}) and "${id}" differ only by case: their store folders are one folder on case-insensitive disks (macOS, Windows); rename one`,
        received: id,
    })));
}
/** `env:` entries named like secrets with a literal value: warnings (they are archived). */
function secretNameChecks({ recipe, yaml }) {
    const places = [
        [["env"], recipe.env],
        ...Object.entries(recipe.stage_config).map(([stage, config]) => [
            ["stage_config", stage, "env"],
            config.env,
        ]),
    ];
    return places.flatMap(([at, env]) => Object.entries(env ?? {})
        .filter(([name, value]) => (0,secrets/* looksLikeSecretName */.FF)(name, value))
        .map(([name]) => (0,yaml_file/* diagnosticAt */.R5)(yaml, [...at, name], `${name} is named like a secret: env: values are written to recipe.lock.yml and archived with every build; if it is one, list ${name} under env_from_secrets: instead and set it from a secret`, { severity: "warning" })));
}

// EXTERNAL MODULE: ./src/config/recipe.ts
var config_recipe = __webpack_require__(82538);
// EXTERNAL MODULE: ./src/sources/layouts.ts
var layouts = __webpack_require__(29497);
;// CONCATENATED MODULE: ./src/config/store-checks.ts


/**
 * Recipe inputs read from one of the team's other stores (`source: edm.private`,
 * `edm.publishing.*` of a product not built here, `edm.recipes.raw_datasets`) when lifecycle.yml
 * names no such store: a warning per recipe and store, at the first such input, since the plan
 * will fail on them.
 */
function storeSettingChecks({ products, recipes, stores }) {
    const namesOf = new Map();
    for (const { config } of products) {
        namesOf.set(config.id, config.id);
        namesOf.set(`db-${config.id}`, config.id);
    }
    for (const [id, { recipe }] of recipes)
        if (recipe.product)
            namesOf.set(recipe.product, id);
    const diagnostics = [];
    for (const [productId, { recipe, yaml }] of recipes) {
        const needing = recipe.inputs.datasets.flatMap((dataset, index) => {
            const source = dataset.source ?? recipe.inputs.dataset_defaults?.source;
            if (!(0,layouts/* isStoreSource */.zG)(source) || source === "edm.recipes.datasets")
                return [];
            const product = namesOf.get(dataset.id);
            if (source.startsWith("edm.publishing.") && product !== undefined && product !== productId)
                return []; // another product of this repo: its packages in lifecycle's own store
            const name = layouts/* STORE_SOURCES */.Nb[source];
            return stores?.[name] === undefined ? [{ dataset, index, source, name }] : [];
        });
        for (const name of new Set(needing.map((n) => n.name))) {
            const of = needing.filter((n) => n.name === name);
            const { dataset, index, source } = of[0];
            const message = `input "${dataset.id}" has source ${source}, read from the team's ${name} store, which lifecycle.yml does not name (${of.length} input(s) of this recipe): add stores: { ${name}: s3://<bucket>/<prefix> } to lifecycle.yml, or the plan cannot read them`;
            const at = dataset.source === undefined
                ? ["inputs", "dataset_defaults", "source"]
                : ["inputs", "datasets", index, "source"];
            diagnostics.push((0,yaml_file/* diagnosticAt */.R5)(yaml, at, message, { severity: "warning", received: source }));
        }
    }
    return diagnostics;
}

;// CONCATENATED MODULE: ./src/config/checks.ts






const ID_RULE = 'use letters, digits, "_" and "-", starting with a letter or digit';
const MAX_ID_LENGTH = 100;
function crossFileChecks(input) {
    return [
        ...productIdChecks(input),
        ...productIdCaseChecks(input),
        ...datasetIdCaseChecks(input),
        ...buildCommandChecks(input),
        ...recipeProductChecks(input),
        ...recipeInputChecks(input),
        ...storeSettingChecks(input),
        ...recipes(input).flatMap(pinnedVersionCheck),
        ...recipes(input).flatMap(secretNameChecks),
    ];
}
function recipes({ recipes }) {
    return [...recipes.values()];
}
/** `version_strategy: { pin_to_source_dataset: x }` needs `x` among the recipe's inputs. */
function pinnedVersionCheck({ recipe, yaml, extended }) {
    const strategy = recipe.version_strategy;
    if (typeof strategy !== "object" || !("pin_to_source_dataset" in strategy))
        return [];
    // A base that could not be read is reported already; its datasets are unknown.
    if (recipe.base_recipe !== undefined && extended === undefined)
        return [];
    const pinned = strategy.pin_to_source_dataset;
    // Datasets the base recipes bring count too.
    const inputs = (0,config_recipe/* recipeInputIds */.nX)(extended?.recipe ?? recipe);
    if (inputs.includes(pinned))
        return [];
    const message = `pin_to_source_dataset names "${pinned}", which is not an input dataset of this recipe`;
    return [
        (0,yaml_file/* diagnosticAt */.R5)(yaml, ["version_strategy", "pin_to_source_dataset"], message, {
            received: pinned,
            allowed: inputs.join(", "),
        }),
    ];
}
/** A product listed in products.yml builds with its build_command or its recipe's build commands. */
function buildCommandChecks({ products, productsYaml, recipes }) {
    if (!productsYaml)
        return [];
    return products.flatMap(({ config, index }) => {
        if (config.build_command !== undefined)
            return [];
        const recipe = recipes.get(config.id);
        const commands = recipe?.recipe.stage_config["builds.build"]?.commands ?? [];
        const base = recipe?.extended?.recipe.stage_config?.["builds.build"]?.commands ?? [];
        if (commands.length > 0 || base.length > 0)
            return [];
        const message = `product "${config.id}" has nothing to build: write build_command: <shell command> (it runs in products/${config.id}/ and writes into $LIFECYCLE_OUTPUT_DIR), or builds.build commands under stage_config in its recipe`;
        return [(0,yaml_file/* diagnosticAt */.R5)(productsYaml, ["products", index, "build_command"], message)];
    });
}
/** Product ids are unique, and safe both as a directory name and as an asset name. */
function productIdChecks({ products, productsYaml, productDirs }) {
    if (!productsYaml)
        return [];
    const diagnostics = [];
    const firstIndex = new Map();
    const ids = new Set(products.map((p) => p.config.id));
    for (const { config, index } of products) {
        const at = ["products", index, "id"];
        const first = firstIndex.get(config.id);
        if (first !== undefined) {
            const line = productsYaml.locate(["products", first, "id"]).line;
            const message = `duplicate product id "${config.id}" (first defined at ${config_products/* PRODUCTS_FILE */.Gq}:${line})`;
            diagnostics.push((0,yaml_file/* diagnosticAt */.R5)(productsYaml, at, message, { received: config.id }));
            continue;
        }
        firstIndex.set(config.id, index);
        if ((0,names/* isReservedDeviceName */.Aj)(config.id)) {
            const message = `product id "${config.id}" is a reserved device name on Windows: its store folder could not be made there; it must be ${names/* RESERVED_NAMES_RULE */.t0}`;
            diagnostics.push((0,yaml_file/* diagnosticAt */.R5)(productsYaml, at, message, { received: config.id }));
            continue;
        }
        if ((0,config_products/* isSafeId */.JA)(config.id) && config.id.length <= MAX_ID_LENGTH)
            continue;
        const message = unsafeIdMessage(config.id, productDirs, ids);
        diagnostics.push((0,yaml_file/* diagnosticAt */.R5)(productsYaml, at, message, { received: config.id, allowed: ID_RULE }));
    }
    return diagnostics;
}
function unsafeIdMessage(id, productDirs, ids) {
    if (id.length > MAX_ID_LENGTH)
        return `product id is longer than ${MAX_ID_LENGTH} characters (received ${id.length})`;
    const suggestion = (0,config_products/* safeIdSuggestion */.dM)(id).slice(0, MAX_ID_LENGTH);
    const dirs = closeUnclaimedDirs(id, productDirs, ids).map((d) => `"${d}" (products/${d}/ exists)`);
    const also = dirs.length > 0 ? `, or ${dirs.join(" or ")}` : "";
    return `product id "${id}" is not safe as a directory and asset name: ${ID_RULE}; did you mean "${suggestion}"${also}?`;
}
/** Product directories without a product entry whose name is a word of `id` or a near spelling of it. */
function closeUnclaimedDirs(id, productDirs, ids) {
    const words = new Set(id.split(/[^A-Za-z0-9_-]+/).filter(Boolean));
    const suggestion = (0,config_products/* safeIdSuggestion */.dM)(id);
    return productDirs.filter((dir) => !ids.has(dir) && (0,config_products/* isSafeId */.JA)(dir) && (words.has(dir) || editDistance(dir, suggestion) <= 2));
}
/**
 * A recipe's `product` is usually the publishing name (`db-pluto` for `pluto`, even `db-kpdb` for
 * `knownprojects`), so only naming a DIFFERENT product of this repo is an error.
 */
function recipeProductChecks({ products, recipes }) {
    const ownerOf = new Map();
    for (const { config } of products) {
        ownerOf.set(config.id, config.id);
        ownerOf.set(`db-${config.id}`, config.id);
    }
    const diagnostics = [];
    for (const [productId, { file, recipe, yaml }] of recipes) {
        if (recipe.product === undefined)
            continue;
        const named = ownerOf.get(recipe.product);
        if (named === undefined || named === productId)
            continue;
        const message = `recipe ${file} belongs to product "${productId}" but names product "${named}"` +
            ` (expected "${productId}", "db-${productId}" or a publishing name of "${productId}")`;
        diagnostics.push((0,yaml_file/* diagnosticAt */.R5)(yaml, ["product"], message, { received: recipe.product }));
    }
    return diagnostics;
}
/**
 * Inputs from the ingest store that no template of this repo writes and no product builds:
 * warnings, teams also ingest elsewhere. Inputs from another store (`source: edm.private`, ...) are
 * not expected to have a template, nor are any once lifecycle.yml names a `recipes` store: the plan
 * reads them there.
 */
function recipeInputChecks(input) {
    const { products, recipes, datasets: templates } = input;
    if (input.stores?.recipes !== undefined)
        return [];
    const built = new Set(products.flatMap(({ config }) => [config.id, `db-${config.id}`]));
    for (const { recipe } of recipes.values())
        if (recipe.product)
            built.add(recipe.product);
    const diagnostics = [];
    for (const { recipe, yaml } of recipes.values()) {
        const reported = new Set();
        const fromIngest = (source) => source === undefined || source === "edm.recipes.datasets";
        recipe.inputs.datasets.forEach((dataset, index) => {
            const source = dataset.source ?? recipe.inputs.dataset_defaults?.source;
            if (!fromIngest(source))
                return;
            if (templates.has(dataset.id) || built.has(dataset.id) || reported.has(dataset.id))
                return;
            reported.add(dataset.id);
            const key = datasetKey(yaml, index);
            const message = `input dataset "${dataset.id}" has no template in ingest_templates/ (it must be ingested elsewhere)`;
            diagnostics.push((0,yaml_file/* diagnosticAt */.R5)(yaml, ["inputs", "datasets", index, key], message, {
                severity: "warning",
                received: dataset.id,
            }));
        });
    }
    return diagnostics;
}
function datasetKey(yaml, index) {
    return yaml.scalarSource(["inputs", "datasets", index, "id"]) !== undefined ? "id" : "name";
}
/** The dataset id a template file provides: its file name without `.yml`. */
function templateIdOf(file) {
    return file.slice(file.lastIndexOf("/") + 1).replace(/\.yml$/, "");
}
/**
 * A template's `id` should be its file name: `ingest_templates/<id>.yml`. A warning, not an error:
 * the corpus has a real template that differs (`uscourts_courts.yml` says `uscourts_nyc_courts`).
 * As in dcpy, the file name is what `ingest` takes and the `id` is where the dataset is stored.
 */
function templateIdDiagnostics(file, text, definition) {
    const { id } = definition;
    const expected = templateIdOf(file);
    if (id === expected)
        return [];
    const { line, column } = topLevelValuePosition(text, "id");
    const stored = definition.shape === "dataset"
        ? `its dataset is stored as "${id}", the name recipes must use`
        : `its raw download is archived as "${id}"`;
    const message = `template id "${id}" differs from its file name: expected "${expected}"` +
        ` (as in dcpy, \`lifecycle ingest ${expected}\` runs it and ${stored};` +
        ` change the id or rename the file to ${id}.yml)`;
    return [
        {
            severity: "warning",
            file,
            line,
            column,
            path: "id",
            message,
            received: id,
            allowed: expected,
        },
    ];
}
/** Where `key:`'s value starts at the top level of the unrendered text (templates are Jinja first). */
function topLevelValuePosition(text, key) {
    const lines = text.split("\n");
    const pattern = new RegExp(`^(["']?)${key}\\1\\s*:\\s*`);
    for (const [i, lineText] of lines.entries()) {
        const match = pattern.exec(lineText);
        if (match)
            return { line: i + 1, column: match[0].length + 1 };
    }
    return { line: 1, column: 1 };
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}


/***/ }),

/***/ 72185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ loadProducts),
/* harmony export */   K8: () => (/* binding */ loadTemplates),
/* harmony export */   Q5: () => (/* binding */ loadRecipes),
/* harmony export */   Sr: () => (/* binding */ templateDatasets),
/* harmony export */   g9: () => (/* binding */ listProductDirs)
/* harmony export */ });
/* unused harmony export TEMPLATES_DIR */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4599);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52586);
/* harmony import */ var _products_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67997);
/* harmony import */ var _recipe_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82538);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(54661);
/* harmony import */ var _template_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(34074);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(98384);









/* Reading each kind of configuration file of a project; `loadProject` puts them together. */
const TEMPLATES_DIR = "ingest_templates";
/** The datasets of a template entry (either shape). */
function templateDatasets(entry) {
    return entry.definition?.datasets ?? (entry.template ? [entry.template] : []);
}
/** products.yml; `absent` when there is none (products are then found from their folders). */
async function loadProducts(root) {
    const text = await readIfExists(root, _products_js__WEBPACK_IMPORTED_MODULE_4__/* .PRODUCTS_FILE */ .Gq);
    if (text === undefined)
        return { products: [], diagnostics: [], absent: true };
    const yaml = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_8__/* .parseYamlFile */ .BU)(_products_js__WEBPACK_IMPORTED_MODULE_4__/* .PRODUCTS_FILE */ .Gq, text);
    if (yaml.value === undefined)
        return { products: [], yaml, diagnostics: yaml.diagnostics };
    const { data, diagnostics } = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_8__/* .parseWithSchema */ .fe)(yaml, _products_js__WEBPACK_IMPORTED_MODULE_4__/* .ProductsFileSchema */ .MT);
    if (data)
        return {
            products: data.products.map((config, index) => ({ config, index })),
            yaml,
            diagnostics,
        };
    return { products: salvageProducts(yaml.value), yaml, diagnostics };
}
/** When the file has errors, the entries that are valid on their own (so later checks still run). */
function salvageProducts(value) {
    if (typeof value !== "object" ||
        value === null ||
        !("products" in value) ||
        !Array.isArray(value.products))
        return [];
    return value.products.flatMap((item, index) => {
        const result = _products_js__WEBPACK_IMPORTED_MODULE_4__/* .ProductSchema */ .lp.safeParse(item);
        return result.success ? [{ config: result.data, index }] : [];
    });
}
async function loadTemplates(root) {
    const { names, ignored } = await listTemplateFiles(root);
    const parsed = await Promise.all(names.map(async (name) => {
        const file = `${TEMPLATES_DIR}/${name}`;
        const text = await (0,_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .readUtf8 */ .Sx)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, TEMPLATES_DIR, name), file);
        const { template, definition, diagnostics } = (0,_template_index_js__WEBPACK_IMPORTED_MODULE_7__/* .parseTemplateFile */ .q4)(file, text);
        return { file, text, template, definition, diagnostics };
    }));
    const templates = new Map();
    const diagnostics = ignored.map((name) => ({
        severity: "warning",
        file: `${TEMPLATES_DIR}/${name}`,
        line: 1,
        column: 1,
        path: "",
        message: `ignored: ingest templates are read from ${TEMPLATES_DIR}/*.yml; rename it to ${name.replace(/\.yaml$/, ".yml")}`,
    }));
    for (const { file, text, template, definition, diagnostics: fileDiagnostics } of parsed) {
        diagnostics.push(...fileDiagnostics);
        if (!definition)
            continue;
        diagnostics.push(...(0,_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .templateIdDiagnostics */ .kO)(file, text, definition));
        templates.set((0,_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .templateIdOf */ .Z7)(file), { file, definition, ...(template ? { template } : {}) });
    }
    const { datasets, diagnostics: duplicates } = indexDatasets(templates);
    return { templates, datasets, diagnostics: [...diagnostics, ...duplicates] };
}
/** Every dataset by its store id; two templates writing the same dataset is an error. */
function indexDatasets(templates) {
    const datasets = new Map();
    const diagnostics = [];
    for (const [name, entry] of templates) {
        for (const dataset of templateDatasets(entry)) {
            const first = datasets.get(dataset.id);
            if (first === undefined) {
                datasets.set(dataset.id, { id: dataset.id, template: name, file: entry.file, dataset });
                continue;
            }
            const where = first.file === entry.file ? "twice in this file" : `also by ${first.file}`;
            diagnostics.push({
                severity: "error",
                file: entry.file,
                line: 1,
                column: 1,
                path: "id",
                message: `dataset "${dataset.id}" is written ${where}: each dataset id must be written by one template (rename one id)`,
                received: dataset.id,
            });
        }
    }
    return { datasets, diagnostics };
}
/** The `.yml` files of `ingest_templates/`, and the `.yaml` ones that were probably meant to be. */
async function listTemplateFiles(root) {
    let files;
    try {
        const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, TEMPLATES_DIR), { withFileTypes: true });
        files = entries
            .filter((e) => e.isFile())
            .map((e) => e.name)
            .sort();
    }
    catch (error) {
        if ((0,_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .isNotFound */ .c4)(error))
            return { names: [], ignored: [] };
        throw error;
    }
    return {
        names: files.filter((f) => f.endsWith(".yml")),
        ignored: files.filter((f) => f.endsWith(".yaml")),
    };
}
async function listProductDirs(root) {
    try {
        const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, "products"), { withFileTypes: true });
        return entries
            .filter((e) => e.isDirectory())
            .map((e) => e.name)
            .sort();
    }
    catch (error) {
        if ((0,_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .isNotFound */ .c4)(error))
            return [];
        throw error;
    }
}
async function loadRecipes(root, products, productsYaml) {
    const loaded = await Promise.all(products.map((product) => loadRecipe(root, product, productsYaml)));
    const recipes = new Map();
    const diagnostics = [];
    loaded.forEach((result, i) => {
        diagnostics.push(...result.diagnostics);
        const id = products[i]?.config.id;
        if (result.entry && id !== undefined && !recipes.has(id))
            recipes.set(id, result.entry);
    });
    return { recipes, diagnostics };
}
async function loadRecipe(root, { config, index }, productsYaml) {
    const explicit = config.recipe;
    if (explicit === undefined && !(0,_products_js__WEBPACK_IMPORTED_MODULE_4__/* .isSafeId */ .JA)(config.id))
        return { diagnostics: [] };
    const file = explicit === undefined ? `products/${config.id}/recipe.yml` : toPosix(node_path__WEBPACK_IMPORTED_MODULE_1___default().normalize(explicit));
    const at = (message) => productsYaml
        ? [(0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_8__/* .diagnosticAt */ .R5)(productsYaml, ["products", index, "recipe"], message, { received: explicit })]
        : [];
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(file) || file === ".." || file.startsWith("../")) {
        return {
            diagnostics: at(`recipe must be a path inside the project root (received "${explicit}")`),
        };
    }
    if (await isFolder(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, file))) {
        const message = `recipe path ${file} is a folder, not a file: point recipe: at the recipe.yml inside it`;
        return { diagnostics: productsYaml ? at(message) : [folderDiagnostic(file, message)] };
    }
    const text = await readIfExists(root, file);
    if (text === undefined) {
        return {
            diagnostics: explicit === undefined ? [] : at(`recipe file not found: ${file} (received "${explicit}")`),
        };
    }
    const { recipe, yaml, diagnostics } = (0,_recipe_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRecipeFile */ .sJ)(file, text);
    return recipe ? { entry: { file, recipe, yaml }, diagnostics } : { diagnostics };
}
async function readIfExists(root, file) {
    try {
        return await (0,_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .readUtf8 */ .Sx)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, file), file);
    }
    catch (error) {
        if ((0,_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .isNotFound */ .c4)(error) || isDirectory(error))
            return undefined;
        throw error;
    }
}
async function isFolder(file) {
    try {
        return (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().stat(file)).isDirectory();
    }
    catch {
        return false;
    }
}
function folderDiagnostic(file, message) {
    return { severity: "error", file, line: 1, column: 1, path: "", message };
}
function isDirectory(error) {
    return error instanceof Error && "code" in error && error.code === "EISDIR";
}
function toPosix(file) {
    return file.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join("/");
}


/***/ }),

/***/ 93879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gi: () => (/* binding */ loadProject),
  xI: () => (/* binding */ loadProjectOrThrow),
  Ds: () => (/* binding */ sortDiagnostics)
});

// UNUSED EXPORTS: TEMPLATES_DIR, productDiagnostic, templateDatasets

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var core_diagnostics = __webpack_require__(27135);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/config/checks.ts + 2 modules
var config_checks = __webpack_require__(52586);
// EXTERNAL MODULE: ./src/graph/lineage.ts
var lineage = __webpack_require__(93109);
// EXTERNAL MODULE: ./src/graph/waves.ts
var waves = __webpack_require__(97910);
// EXTERNAL MODULE: ./src/config/yaml-file.ts + 2 modules
var yaml_file = __webpack_require__(98384);
;// CONCATENATED MODULE: ./src/config/lineage-checks.ts



/**
 * Lineage that cannot be built: products that read each other's output in a cycle, datasets made
 * from each other in a cycle (errors, naming the cycle), `depends_on` naming no dataset (warning).
 */
function lineageChecks(project) {
    const source = (0,lineage/* lineageGraphSource */.je)(project);
    return [...productCycle(project, source.productInputs), ...datasetChecks(project)];
}
function productCycle(project, productInputs) {
    const cycle = (0,waves/* findCycle */.u8)(project.products.map((p) => p.id), (id) => productInputs?.get(id) ?? []);
    if (!cycle)
        return [];
    const first = cycle[0] ?? "";
    const entry = project.recipes.get(first);
    const message = `products read each other's output in a cycle: ${cycle.join(" reads ")}` +
        ` (a product cannot build before itself: remove one of these inputs)`;
    const at = entry ? cycleInput(entry, cycle[1] ?? "") : undefined;
    if (entry && at !== undefined)
        return [(0,yaml_file/* diagnosticAt */.R5)(entry.yaml, ["inputs", "datasets", at], message)];
    return [
        {
            severity: "error",
            file: entry?.file ?? "products",
            line: 1,
            column: 1,
            path: "",
            message,
        },
    ];
}
/** The index of the input of `entry`'s recipe that names `product` (by id or a publishing name). */
function cycleInput(entry, product) {
    const index = entry.recipe.inputs.datasets.findIndex((d) => d.id === product || d.id === `db-${product}` || d.id.endsWith(product));
    return index < 0 ? undefined : index;
}
function datasetChecks(project) {
    const source = (0,lineage/* lineageGraphSource */.je)(project);
    const dependsOn = new Map((source.datasets ?? []).map((d) => [d.id, d.dependsOn ?? []]));
    const diagnostics = [];
    const cycle = (0,waves/* findCycle */.u8)([...dependsOn.keys()], (id) => (dependsOn.get(id) ?? []).filter((d) => dependsOn.has(d)));
    if (cycle) {
        const file = project.datasets.get(cycle[0] ?? "")?.file ?? "ingest_templates";
        diagnostics.push({
            severity: "error",
            file,
            line: 1,
            column: 1,
            path: "depends_on",
            message: `datasets are made from each other in a cycle: ${cycle.join(" depends on ")} (remove one depends_on)`,
        });
    }
    const reported = new Set();
    for (const [id, upstream] of dependsOn) {
        const file = project.datasets.get(id)?.file ?? "ingest_templates";
        for (const name of upstream) {
            if (dependsOn.has(name) || reported.has(`${file}:${name}`))
                continue;
            reported.add(`${file}:${name}`);
            diagnostics.push({
                severity: "warning",
                file,
                line: 1,
                column: 1,
                path: "depends_on",
                message: `dataset "${id}" depends on "${name}", which no template in ingest_templates/ writes (it must be ingested elsewhere first)`,
                received: name,
            });
        }
    }
    return diagnostics;
}

// EXTERNAL MODULE: ./src/partitions/ingest-schedules.ts
var ingest_schedules = __webpack_require__(43696);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: ./src/config/utf8.ts
var utf8 = __webpack_require__(4599);
// EXTERNAL MODULE: ./src/config/products.ts + 1 modules
var config_products = __webpack_require__(67997);
// EXTERNAL MODULE: ./src/config/recipe.ts
var recipe = __webpack_require__(82538);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(54661);
;// CONCATENATED MODULE: ./src/config/product-discovery.ts






/*
 * dcpy finds products by listing `products/<dir>/recipe.yml`; the team deleted products.yml. Without
 * that file lifecycle does the same: every folder of `products/` holding a `recipe*.yml` is a
 * product, its id the folder's name, its recipe `recipe.yml` (else the first `recipe*.yml`).
 */
const RECIPE_FILE = /^recipe.*\.yml$/;
/** `products/<dir>/recipe*.yml`, by folder, sorted; the default recipe first. */
async function listRecipeFiles(root) {
    const byDir = new Map();
    let dirs;
    try {
        const entries = await promises_default().readdir(external_node_path_default().join(root, "products"), { withFileTypes: true });
        dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name);
    }
    catch (error) {
        if ((0,settings/* isNotFound */.c4)(error))
            return byDir;
        throw error;
    }
    for (const dir of dirs.sort()) {
        const files = (await promises_default().readdir(external_node_path_default().join(root, "products", dir)))
            .filter((name) => RECIPE_FILE.test(name))
            .sort((a, b) => (a === "recipe.yml" ? -1 : b === "recipe.yml" ? 1 : a.localeCompare(b)));
        if (files.length > 0)
            byDir.set(dir, files.map((f) => `products/${dir}/${f}`));
    }
    return byDir;
}
/** The products of a project without products.yml, and why a folder could not be one. */
function discoveredProducts(recipeFiles) {
    const products = [];
    const diagnostics = [];
    for (const [dir, files] of recipeFiles) {
        const recipe = files[0];
        if (!(0,config_products/* isSafeId */.JA)(dir)) {
            diagnostics.push({
                severity: "warning",
                file: recipe ?? `products/${dir}`,
                line: 1,
                column: 1,
                path: "",
                message: `products/${dir}/ is not read as a product: its folder name is not a safe product id (use letters, digits, "_" and "-")`,
                received: dir,
            });
            continue;
        }
        products.push({ config: { id: dir, ...(recipe ? { recipe } : {}) }, index: products.length });
    }
    return { products, diagnostics };
}
/** Nothing to work on: no products.yml, no product recipe, no template. */
function noProjectDiagnostic(root) {
    return {
        severity: "error",
        file: config_products/* PRODUCTS_FILE */.Gq,
        line: 1,
        column: 1,
        path: "",
        message: `no products under ${root}: write products/<id>/recipe.yml (one folder per product, as dcpy finds them) or a ${config_products/* PRODUCTS_FILE */.Gq} with a "products:" list (or pass --root)`,
    };
}
/**
 * Every recipe file of a product folder that is not the recipe a product uses (`recipe_qa.yml`,
 * `recipe-minor.yml`, folders products.yml does not list) is still checked.
 */
async function checkOtherRecipes(root, recipeFiles, products) {
    const usedFiles = new Set(products.map(({ config }) => external_node_path_default().posix.normalize(config.recipe ?? `products/${config.id}/recipe.yml`)));
    const others = [...recipeFiles.values()].flat().filter((file) => !usedFiles.has(file));
    const results = await Promise.all(others.map(async (file) => {
        const text = await (0,utf8/* readUtf8 */.Sx)(external_node_path_default().join(root, file), file);
        return (0,recipe/* parseRecipeFile */.sJ)(file, text).diagnostics;
    }));
    return results.flat();
}

// EXTERNAL MODULE: ./src/config/recipe-base.ts
var recipe_base = __webpack_require__(95806);
// EXTERNAL MODULE: ./src/config/project-files.ts
var project_files = __webpack_require__(72185);
;// CONCATENATED MODULE: ./src/config/project.ts















/** Read and check every configuration file under `root`; never throws for bad files. */
async function loadProject(root) {
    return (0,yaml_file/* withYamlCache */.yC)(external_node_path_default().resolve(root), () => loadProjectFiles(root));
}
async function loadProjectFiles(root) {
    const absoluteRoot = external_node_path_default().resolve(root);
    const [settingsResult, listed, templatesResult, productDirs, recipeFiles] = await Promise.all([
        (0,settings/* loadSettings */.M5)(absoluteRoot),
        (0,project_files/* loadProducts */.HB)(absoluteRoot),
        (0,project_files/* loadTemplates */.K8)(absoluteRoot),
        (0,project_files/* listProductDirs */.g9)(absoluteRoot),
        listRecipeFiles(absoluteRoot),
    ]);
    const productsResult = listed.absent ? discoveredProducts(recipeFiles) : listed;
    const empty = listed.absent && recipeFiles.size === 0 && templatesResult.templates.size === 0;
    if (empty && !hasPipelinesFolder(absoluteRoot))
        productsResult.diagnostics.push(noProjectDiagnostic(absoluteRoot));
    const recipesResult = await (0,project_files/* loadRecipes */.Q5)(absoluteRoot, productsResult.products, productsResult.yaml);
    const baseDiagnostics = extendRecipes(absoluteRoot, recipesResult.recipes);
    const otherRecipes = await checkOtherRecipes(absoluteRoot, recipeFiles, productsResult.products);
    const project = {
        root: absoluteRoot,
        settings: settingsResult.settings,
        products: productsResult.products.map((p) => p.config),
        recipes: recipesResult.recipes,
        templates: templatesResult.templates,
        datasets: templatesResult.datasets,
        productIndex: new Map(),
    };
    if (productsResult.yaml)
        project.productsYaml = productsResult.yaml;
    for (const { config, index } of productsResult.products) {
        if (!project.productIndex.has(config.id))
            project.productIndex.set(config.id, index);
    }
    const checks = (0,config_checks/* crossFileChecks */.yA)({
        products: productsResult.products,
        productsYaml: project.productsYaml,
        productDirs,
        recipes: recipesResult.recipes,
        datasets: project.datasets,
        stores: project.settings.stores,
    });
    const diagnostics = [
        ...settingsResult.diagnostics,
        ...productsResult.diagnostics,
        ...templatesResult.diagnostics,
        ...recipesResult.diagnostics,
        ...otherRecipes,
        ...baseDiagnostics,
        ...checks,
        ...lineageChecks(project),
        ...(0,ingest_schedules/* resolveIngestSchedules */.X)(project, project.settings.ingest_schedules ?? [], settingsResult.yaml)
            .diagnostics,
    ];
    return { project, diagnostics: sortDiagnostics(diagnostics) };
}
/** Merge each recipe's `base_recipe` chain in (`RecipeEntry.extended`); the chains' problems. */
function extendRecipes(root, recipes) {
    const diagnostics = [];
    for (const entry of recipes.values()) {
        if (entry.recipe.base_recipe === undefined)
            continue;
        const resolved = (0,recipe_base/* resolveBaseRecipes */.F)(root, entry.file, entry.recipe);
        if ("diagnostics" in resolved)
            diagnostics.push(...resolved.diagnostics);
        else
            entry.extended = resolved;
    }
    return diagnostics;
}
/** A project may hold only discovered pipelines (src/partitions/pipelines.ts reads them). */
function hasPipelinesFolder(root) {
    return external_node_fs_default().existsSync(external_node_path_default().join(root, "pipelines"));
}
/** `loadProject`, throwing a `ConfigError` (exit 2) with every diagnostic when any is an error. */
async function loadProjectOrThrow(root) {
    const { project, diagnostics } = await loadProject(root);
    if ((0,core_diagnostics/* hasErrors */.Cs)(diagnostics)) {
        const count = diagnostics.filter((d) => d.severity === "error").length;
        throw new errors/* ConfigError */.xL(`invalid configuration: ${count} error${count === 1 ? "" : "s"} (run "lifecycle validate")`, diagnostics);
    }
    return { project, warnings: diagnostics };
}
/** A diagnostic on a product's entry in products.yml, e.g. `productDiagnostic(project, "pluto", ["partitions"], "...")`. */
function productDiagnostic(project, productId, field, message, options = {}) {
    const index = project.productIndex.get(productId);
    if (!project.productsYaml || index === undefined) {
        return {
            severity: options.severity ?? "error",
            file: PRODUCTS_FILE,
            line: 1,
            column: 1,
            path: "",
            message,
        };
    }
    return diagnosticAt(project.productsYaml, ["products", index, ...field], message, options);
}
/** Errors first, then by file and position, so output is stable. */
function sortDiagnostics(diagnostics) {
    const rank = (d) => (d.severity === "error" ? 0 : 1);
    return [...diagnostics].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}


/***/ }),

/***/ 95806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ resolveBaseRecipes)
/* harmony export */ });
/* unused harmony export mergeRecipes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27135);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _recipe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82538);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98384);







/**
 * A recipe with its `base_recipe` chain read from disk (relative to `root`) and merged in, and
 * the base files read (nearest first) with their sha256; or the chain's problems, located in the
 * files. A recipe without a base comes back as it is.
 */
function resolveBaseRecipes(root, file, recipe) {
    if (recipe.base_recipe === undefined)
        return { recipe, files: [] };
    const named = recipe.base_recipe;
    let base;
    try {
        base = extend(root, file, named, [], () => readYaml(root, file));
    }
    catch (error) {
        return {
            diagnostics: [baseDiagnostic(readYaml(root, file), file, (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error), named)],
        };
    }
    if ("diagnostics" in base)
        return base;
    return { recipe: mergeRecipes(base.recipe, recipe), files: base.files };
}
/**
 * The recipe `named` by the `base_recipe` of `file` (relative to `file`'s directory), with its
 * own bases merged in. `seen` are the files that extend it, to find cycles; `yamlOf` locates
 * diagnostics in `file`.
 */
function extend(root, file, named, seen, yamlOf) {
    const base = basePath(file, named);
    const at = (message) => ({
        diagnostics: [baseDiagnostic(yamlOf(), file, message, named)],
    });
    if (base === undefined) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(file);
        return at(`base_recipe must name a recipe file in the directory of ${file} (${dir}/)`);
    }
    const chain = [...seen, file];
    if (chain.includes(base))
        return at(`base_recipe makes a cycle: ${[...chain, base].join(" -> ")}`);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, base), "utf8");
    }
    catch (error) {
        const code = error instanceof Error && "code" in error ? String(error.code) : "";
        if (code === "ENOENT" || code === "EISDIR")
            return at(`base recipe file not found: ${base}`);
        throw error;
    }
    return readBase(root, base, text, chain);
}
function readBase(root, file, text, seen) {
    const { recipe, yaml, diagnostics } = (0,_recipe_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRecipeFile */ .sJ)(file, text);
    if (recipe === undefined || (0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__/* .hasErrors */ .Cs)(diagnostics))
        return { diagnostics: diagnostics.filter((d) => d.severity === "error") };
    const own = { file, sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(text).digest("hex") };
    if (recipe.base_recipe === undefined)
        return { recipe, files: [own] };
    const base = extend(root, file, recipe.base_recipe, seen, () => yaml);
    if ("diagnostics" in base)
        return base;
    return { recipe: mergeRecipes(base.recipe, recipe), files: [own, ...base.files] };
}
function readYaml(root, file) {
    try {
        return (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_5__/* .parseYamlFile */ .BU)(file, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, file), "utf8"));
    }
    catch {
        return undefined;
    }
}
function baseDiagnostic(yaml, file, message, received) {
    if (yaml)
        return (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnosticAt */ .R5)(yaml, ["base_recipe"], message, { received });
    return { severity: "error", file, line: 1, column: 1, path: "base_recipe", message, received };
}
/** `base` relative to the directory of `file`; undefined when it leaves that directory. */
function basePath(file, base) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(file);
    if (base.includes("\\") || node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.isAbsolute(base))
        return undefined;
    const joined = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.join(dir, base));
    const prefix = dir === "." ? "" : `${dir}/`;
    return joined.startsWith(prefix) && !joined.startsWith("../") ? joined : undefined;
}
/**
 * `child` extending `base`, as the plan reads `base_recipe`:
 * - `env` and `vars` merge key by key (the child's value wins);
 * - `stage_config` merges by stage name; a stage the child names replaces the base's whole;
 * - `inputs.datasets`: the child's datasets, then the base's datasets whose id the child does not
 *   name (a child entry replaces the base entry whole, as in dcpy); each file's
 *   `dataset_defaults` fill in its own datasets first;
 * - every other field (`version`, `version_strategy`, `version_type`, `exports`,
 *   `inputs.missing_versions_strategy`, ...) is the child's when it sets it, else the base's.
 */
function mergeRecipes(base, child) {
    const childIds = new Set(child.inputs.datasets.map((d) => d.id));
    return {
        base_recipe: child.base_recipe,
        version: child.version ?? base.version,
        version_type: child.version_type ?? base.version_type,
        version_strategy: child.version_strategy ?? base.version_strategy,
        vars: mergedMap(base.vars, child.vars),
        env: mergedMap(base.env, child.env),
        ...secretNames(base, child),
        inputs: {
            missing_versions_strategy: child.inputs.missing_versions_strategy ?? base.inputs.missing_versions_strategy,
            dataset_defaults: child.inputs.dataset_defaults ?? base.inputs.dataset_defaults,
            datasets: [
                ...withDefaults(child),
                ...withDefaults(base).filter((dataset) => !childIds.has(dataset.id)),
            ],
        },
        stage_config: { ...base.stage_config, ...child.stage_config },
    };
}
/** `env_from_secrets` names of both, base first, each once. */
function secretNames(base, child) {
    if (!base.env_from_secrets && !child.env_from_secrets)
        return {};
    return {
        env_from_secrets: [
            ...new Set([...(base.env_from_secrets ?? []), ...(child.env_from_secrets ?? [])]),
        ],
    };
}
function mergedMap(base, child) {
    return base === undefined && child === undefined ? undefined : { ...base, ...child };
}
function withDefaults(recipe) {
    const defaults = recipe.inputs.dataset_defaults;
    if (defaults === undefined)
        return recipe.inputs.datasets;
    return recipe.inputs.datasets.map((dataset) => {
        const filled = { ...dataset };
        if (filled.file_type === undefined && defaults.file_type)
            filled.file_type = defaults.file_type;
        if (filled.source === undefined && defaults.source)
            filled.source = defaults.source;
        if (filled.destination === undefined && defaults.destination)
            filled.destination = defaults.destination;
        if (filled.preprocessor === undefined && defaults.preprocessor)
            filled.preprocessor = defaults.preprocessor;
        return filled;
    });
}


/***/ }),

/***/ 84666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ productUnits),
/* harmony export */   E9: () => (/* binding */ datasetsUsedBy),
/* harmony export */   IB: () => (/* binding */ templatesUsedBy),
/* harmony export */   wb: () => (/* binding */ ingestUnits)
/* harmony export */ });
/* unused harmony exports DEFAULT_RUNS_ON, DEFAULT_TIMEOUT_MINUTES */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26921);

const DEFAULT_RUNS_ON = "ubuntu-latest";
const DEFAULT_TIMEOUT_MINUTES = 60;
const recipeInputsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    inputs: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
        datasets: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
            name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
            id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
            version: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()]).optional(),
        }))
            .optional(),
    })
        .optional(),
});
/** The ingest templates a product's recipe (with its base recipes) reads, with the versions pinned. */
function datasetsUsedBy(project, productId) {
    const entry = project.recipes.get(productId);
    const recipe = entry?.extended?.recipe ?? entry?.recipe;
    const parsed = recipeInputsSchema.safeParse(recipe);
    if (!parsed.success)
        return [];
    const uses = [];
    for (const dataset of parsed.data.inputs?.datasets ?? []) {
        const template = dataset.id ?? dataset.name;
        if (template === undefined)
            continue;
        const version = dataset.version === undefined ? undefined : String(dataset.version);
        uses.push({ template, version: version === "latest" ? undefined : version });
    }
    return uses;
}
function templatesUsedBy(project, productId) {
    return [...new Set(datasetsUsedBy(project, productId).map((d) => d.template))];
}
/** One matrix unit per (product, partition), in the order given. */
function productUnits(project, selection, defaultRunsOn = DEFAULT_RUNS_ON) {
    const byId = new Map(project.products.map((p) => [p.id, p]));
    return selection.flatMap(({ product, partitions }) => {
        const config = byId.get(product);
        return partitions.map((partition) => ({
            item: { kind: "product", product, partition },
            runsOn: config?.runs_on ?? defaultRunsOn,
            timeoutMinutes: config?.timeout_minutes ?? DEFAULT_TIMEOUT_MINUTES,
        }));
    });
}
/** One matrix unit per ingest template, all at `version`. */
function ingestUnits(templates, version, runsOn = DEFAULT_RUNS_ON) {
    return templates.map((template) => ({
        item: { kind: "ingest", template, version },
        runsOn,
        timeoutMinutes: DEFAULT_TIMEOUT_MINUTES,
    }));
}


/***/ }),

/***/ 93109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dp: () => (/* binding */ lineageDatasets),
/* harmony export */   je: () => (/* binding */ lineageGraphSource),
/* harmony export */   pS: () => (/* binding */ classifyInput)
/* harmony export */ });
/* unused harmony exports PRODUCT_SOURCES, productNames, recipeInputsOf, isProductSource, datasetDependencies */
/** The recipe sources that read a product's published output (dcpy's publishing connectors). */
const PRODUCT_SOURCES = [
    "edm.publishing.published",
    "edm.publishing.drafts",
    "edm.publishing.builds",
];
function fieldsOf(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
function textOf(value) {
    return typeof value === "string" ? value : undefined;
}
function recipeProduct(recipe) {
    return textOf(fieldsOf(recipe)?.product);
}
function recipeInputs(recipe) {
    const datasets = fieldsOf(fieldsOf(recipe)?.inputs)?.datasets;
    if (!Array.isArray(datasets))
        return [];
    return datasets.flatMap((entry) => {
        const input = fieldsOf(entry);
        if (!input)
            return [];
        const version = input.version;
        return [
            {
                id: textOf(input.id),
                name: textOf(input.name),
                source: textOf(input.source),
                version: typeof version === "number" || typeof version === "string" ? version : undefined,
            },
        ];
    });
}
/** Publishing name -> product id: the id, `db-<id>`, and the `product:` its recipe gives. */
function productNames(project) {
    const names = new Map();
    for (const { id } of project.products) {
        const published = recipeProduct(project.recipes.get(id)?.recipe);
        for (const name of [id, `db-${id}`, published]) {
            if (name !== undefined && !names.has(name))
                names.set(name, id);
        }
    }
    return names;
}
/** Every input of a product's recipe (with its base recipes), in order, classified. */
function recipeInputsOf(project, productId, names = productNames(project)) {
    const entry = project.recipes.get(productId);
    const known = { datasets: datasetIds(project), names };
    return recipeInputs(entry?.extended?.recipe ?? entry?.recipe).flatMap((input) => {
        const id = input.id ?? input.name;
        if (id === undefined)
            return [];
        const asked = input.version === undefined ? undefined : String(input.version);
        const version = asked === "latest" ? undefined : asked;
        return [classify(id, input.source, version, known)];
    });
}
/** One recipe input classified: a dataset of this repo, another product's output, or external. */
function classifyInput(project, input, names = productNames(project)) {
    const version = input.version === "latest" ? undefined : input.version;
    return classify(input.id, input.source, version, { datasets: datasetIds(project), names });
}
function classify(id, source, version, known) {
    const readsProduct = source !== undefined && isProductSource(source);
    const product = known.names.get(id);
    if (product !== undefined && (readsProduct || (source === undefined && !known.datasets.has(id))))
        return { kind: "product", id, product, version, source: source ?? PRODUCT_SOURCES[0] };
    const fromIngest = source === undefined || source === "edm.recipes.datasets";
    if (fromIngest && known.datasets.has(id))
        return { kind: "dataset", id, version };
    return { kind: "external", id, version, source };
}
function isProductSource(source) {
    return PRODUCT_SOURCES.includes(source);
}
// Per project, once: recipeInputsOf asks for every product (1,000 products x 2,000 datasets).
const datasetIdsOf = new WeakMap();
function datasetIds(project) {
    const byId = project.datasets ?? project.templates;
    let ids = datasetIdsOf.get(byId);
    if (ids === undefined || ids.size !== byId.size) {
        ids = new Set(byId.keys());
        datasetIdsOf.set(byId, ids);
    }
    return ids;
}
/** The datasets of the project with what each is made from. */
function lineageDatasets(project) {
    if (!project.datasets)
        return [...project.templates.keys()].map((name) => ({ id: name, template: name }));
    return [...project.datasets].map(([id, { template, dataset }]) => ({
        id,
        template,
        dependsOn: datasetDependencies(dataset),
    }));
}
/** A dataset's upstream datasets: `depends_on`, and the dataset an `edm.recipes.datasets` source reads. */
function datasetDependencies(dataset) {
    const fields = fieldsOf(dataset);
    const source = fieldsOf(fieldsOf(fields?.ingestion)?.source);
    const key = textOf(source?.key);
    const read = source?.type === "edm.recipes.datasets" && key ? [key] : [];
    const dependsOn = Array.isArray(fields?.depends_on)
        ? fields.depends_on.flatMap((d) => textOf(d) ?? [])
        : [];
    return [...new Set([...dependsOn, ...read])];
}
/** The asset graph's source: datasets, and per product the datasets and products it reads. */
function lineageGraphSource(project) {
    const names = productNames(project);
    const recipeInputs = new Map();
    const productInputs = new Map();
    for (const { id } of project.products) {
        const inputs = recipeInputsOf(project, id, names);
        recipeInputs.set(id, inputs.filter((i) => i.kind === "dataset").map((i) => i.id));
        const products = inputs.flatMap((i) => (i.kind === "product" ? [i.product] : []));
        productInputs.set(id, products.filter((p) => p !== id));
    }
    return {
        products: project.products,
        datasets: lineageDatasets(project),
        recipeInputs,
        productInputs,
    };
}


/***/ }),

/***/ 97910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GH: () => (/* binding */ productWaves),
/* harmony export */   u8: () => (/* binding */ findCycle)
/* harmony export */ });
/* unused harmony export topologicalWaves */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/**
 * A cycle among `nodes` following `next` (what a node reads), as the path `a, b, ..., a`; undefined
 * when there is none. Edges to nodes outside `nodes` are ignored.
 */
function findCycle(nodes, next) {
    const known = new Set(nodes);
    const state = new Map();
    const trail = [];
    const visit = (node) => {
        const seen = state.get(node);
        if (seen === "done")
            return undefined;
        if (seen === "visiting")
            return [...trail.slice(trail.indexOf(node)), node];
        state.set(node, "visiting");
        trail.push(node);
        for (const upstream of next(node)) {
            if (!known.has(upstream))
                continue;
            const cycle = visit(upstream);
            if (cycle)
                return cycle;
        }
        trail.pop();
        state.set(node, "done");
        return undefined;
    };
    for (const node of nodes) {
        const cycle = visit(node);
        if (cycle)
            return cycle;
    }
    return undefined;
}
/**
 * Topological waves: wave 0 holds the nodes that read nothing in `nodes`, wave n the nodes whose
 * upstreams are all in earlier waves. Each wave keeps the order of `nodes`. Running the waves one
 * after another (every leg of a wave in parallel) builds each node after everything it reads.
 * A cycle is a ConfigError naming it.
 */
function topologicalWaves(nodes, next) {
    const cycle = findCycle(nodes, next);
    if (cycle)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`dependency cycle: ${cycle.join(" -> ")}`);
    const known = new Set(nodes);
    const waveOf = new Map();
    const depth = (node) => {
        const cached = waveOf.get(node);
        if (cached !== undefined)
            return cached;
        const upstream = next(node).filter((n) => known.has(n) && n !== node);
        const wave = upstream.length === 0 ? 0 : Math.max(...upstream.map(depth)) + 1;
        waveOf.set(node, wave);
        return wave;
    };
    const waves = [];
    for (const node of nodes) {
        const wave = depth(node);
        while (waves.length <= wave)
            waves.push([]);
        waves[wave]?.push(node);
    }
    return waves;
}
/**
 * The selected products in waves: a product after every product whose output it reads, directly
 * or through products left out of the selection. Computed over all products, then filtered, so an
 * unselected product in between still orders its neighbours.
 */
function productWaves(productInputs, allProducts, selected) {
    const chosen = new Set(selected);
    return topologicalWaves(allProducts, (p) => productInputs.get(p) ?? [])
        .map((wave) => wave.filter((p) => chosen.has(p)))
        .filter((wave) => wave.length > 0);
}


/***/ }),

/***/ 43696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ resolveIngestSchedules)
/* harmony export */ });
/* unused harmony export ingestJobId */
/* harmony import */ var _config_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98384);
/* harmony import */ var _github_project_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84666);


/** The template a dataset id or template name stands for, if the project has it. */
function templateOf(project, id) {
    if (project.templates.has(id))
        return id;
    return project.datasets?.get(id)?.template;
}
function inputsOf(project, productIds) {
    return productIds.flatMap((id) => (0,_github_project_view_js__WEBPACK_IMPORTED_MODULE_1__/* .templatesUsedBy */ .IB)(project, id).flatMap((d) => templateOf(project, d) ?? []));
}
function resolveTerm(project, term) {
    const known = [...project.templates.keys()].sort();
    if (term === "*")
        return { templates: known };
    if (term.startsWith("inputs:")) {
        const product = term.slice("inputs:".length);
        if (!project.products.some((p) => p.id === product))
            return {
                templates: [],
                problem: `unknown product "${product}"; products: ${project.products.map((p) => p.id).join(", ") || "none"}`,
            };
        return { templates: inputsOf(project, [product]) };
    }
    if (term.startsWith("tag:")) {
        const tag = term.slice("tag:".length);
        const tagged = project.products.filter((p) => p.tags?.includes(tag)).map((p) => p.id);
        if (tagged.length === 0)
            return { templates: [], problem: `no product has the tag "${tag}"` };
        return { templates: inputsOf(project, tagged) };
    }
    const template = templateOf(project, term);
    if (template !== undefined)
        return { templates: [template] };
    return {
        templates: [],
        problem: `unknown ingest template or dataset "${term}"; templates: ${known.join(", ") || "none"} (or inputs:<product>, tag:<tag>, *)`,
    };
}
/**
 * lifecycle.yml's `ingest_schedules`, each with its templates resolved from the project; a term
 * that names nothing, or a schedule that selects no template, is a diagnostic on its line.
 */
function resolveIngestSchedules(project, schedules, yaml) {
    const diagnostics = [];
    const problem = (field, message) => {
        if (yaml)
            diagnostics.push((0,_config_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnosticAt */ .R5)(yaml, ["ingest_schedules", ...field], message));
        else
            diagnostics.push({
                severity: "error",
                file: "lifecycle.yml",
                line: 1,
                column: 1,
                path: "",
                message,
            });
    };
    const jobs = schedules.map((schedule, index) => {
        const templates = new Set();
        schedule.templates.forEach((term, t) => {
            const resolved = resolveTerm(project, term);
            if (resolved.problem)
                problem([index, "templates", t], resolved.problem);
            for (const name of resolved.templates)
                templates.add(name);
        });
        if (templates.size === 0 && diagnostics.length === 0)
            problem([index, "templates"], `ingest schedule "${schedule.name}" selects no template`);
        return { jobId: ingestJobId(schedule.name), schedule, templates: [...templates].sort() };
    });
    return { jobs, diagnostics };
}
function ingestJobId(name) {
    return `ingest__${name.replace(/[^A-Za-z0-9_]/g, "_")}`;
}


/***/ }),

/***/ 29497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ listed),
/* harmony export */   Mj: () => (/* binding */ StoreInputError),
/* harmony export */   Nb: () => (/* binding */ STORE_SOURCES),
/* harmony export */   T: () => (/* binding */ FILE_TYPE_EXTENSIONS),
/* harmony export */   VK: () => (/* binding */ customText),
/* harmony export */   my: () => (/* binding */ LAYOUTS),
/* harmony export */   sf: () => (/* binding */ preferredFileType),
/* harmony export */   zG: () => (/* binding */ isStoreSource)
/* harmony export */ });
/* unused harmony export publishingName */
/*
 * Where dcpy keeps each store-backed source, and how a version like `latest` resolves
 * (dcpy/connectors/ingest_datastore.py, dcpy/connectors/edm/connectors.py and models.py):
 *
 *   edm.recipes.datasets      recipes     datasets/<id>/<version>/<id>.<ext>, latest/config.json
 *   edm.recipes.raw_datasets  recipes     raw/<id>/<version>/<file>, latest/config.json
 *   edm.publishing.published  publishing  <product>/publish/<version>/...
 *   edm.publishing.drafts     publishing  <product>/draft/<version>/<revision>/...
 *   edm.publishing.builds     publishing  <product>/build/<name>/...  (no latest)
 *   edm.private               private     datasets/<id>/<version>/...
 */
const STORE_SOURCES = {
    "edm.recipes.datasets": "recipes",
    "edm.recipes.raw_datasets": "recipes",
    "edm.publishing.published": "publishing",
    "edm.publishing.drafts": "publishing",
    "edm.publishing.builds": "publishing",
    "edm.private": "private",
};
function isStoreSource(source) {
    return source !== undefined && Object.hasOwn(STORE_SOURCES, source);
}
/** dcpy's file extension of each recipe `file_type` (`DatasetType.to_extension`). */
const FILE_TYPE_EXTENSIONS = {
    pg_dump: "sql",
    csv: "csv",
    parquet: "parquet",
    xlsx: "xlsx",
    json: "json",
    shapefile: "shp",
    gdb: "gdb.zip",
    Other: "dat",
};
/** dcpy's choice of file type when a recipe gives none (builds/plan.py RECIPE_FILE_TYPE_PREFERENCE). */
const PREFERRED_FILE_TYPES = ["pg_dump", "parquet", "csv"];
/** dcpy's recipe names whose folder in edm-publishing differs (connectors.py PRODUCT_NAME_MAPPING). */
const PUBLISHING_NAMES = {
    zoningtaxlots: "db-zoningtaxlots",
    zap: "db-zap",
    template: "db-template",
    pluto: "db-pluto",
    lion: "db-lion",
    "gru-qaqc": "db-gru-qaqc",
    "green-fast-track": "db-green-fast-track",
    factfinder: "db-factfinder",
    facilities: "db-facilities",
    edde: "db-eddt",
    developments: "db-developments",
    cscl: "db-cscl",
    cpdb: "db-cpdb",
    "community-profiles": "db-community-profiles",
    colp: "db-colp",
    checkbook: "db-checkbook",
    ceqr: "db-ceqr",
    cdbg: "db-cdbg",
    cbbr: "db-cbbr",
};
/** A problem with what a store holds or what was asked of it; the message says it all. */
class StoreInputError extends Error {
    name = "StoreInputError";
}
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const notLatest = (names) => names.filter((n) => n !== "latest").sort(byName);
/** dcpy's ingest datastore: a `latest/` copy whose config.json names the version. */
function ingestDatastore(root) {
    return {
        home: (key) => `${root}/${key}`,
        versions: async (reader, key) => notLatest(await reader.folders(`${root}/${key}`)),
        async latest(reader, key, request) {
            const text = await reader.read(`${root}/${key}/latest/config.json`);
            const named = text === undefined ? undefined : configVersion(text);
            return named ?? (await this.versions(reader, key, request)).at(-1);
        },
        folder: (key, version) => `${root}/${key}/${version}`,
        whole: false,
    };
}
/** The version a dcpy config.json records (dcpy's SparseConfig: ingest, raw, or library's). */
function configVersion(text) {
    let config;
    try {
        config = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const version = config.version ?? config.timestamp ?? config.dataset?.version;
    return typeof version === "string" || typeof version === "number" ? String(version) : undefined;
}
/** A publishing folder (`publish`, `build`) whose sub-folders are the versions; latest: the last by name. */
function publishingFolder(kind, supportsLatest) {
    const home = (key) => `${publishingName(key)}/${kind}`;
    return {
        home,
        versions: async (reader, key) => notLatest(await reader.folders(home(key))),
        async latest(reader, key, request) {
            if (!supportsLatest)
                throw new StoreInputError(`edm.publishing.builds has no latest build (as in dcpy): give the build's name as the version; builds present: ${listed(await this.versions(reader, key, request))}`);
            return (await this.versions(reader, key, request)).at(-1);
        },
        folder: (key, version) => `${home(key)}/${version}`,
        whole: true,
    };
}
/** Drafts: `<version>/<revision>/`, versions named `<version>.<revision>` as dcpy names them. */
const drafts = {
    home: (key) => `${publishingName(key)}/draft`,
    async versions(reader, key, request) {
        const home = this.home(key);
        const revision = customText(request.custom, "revision");
        const found = [];
        for (const version of await reader.folders(home)) {
            for (const r of await reader.folders(`${home}/${version}`))
                if (revision === undefined || r === revision)
                    found.push(`${version}.${r}`);
        }
        return found.sort(byName);
    },
    async latest(reader, key, request) {
        return (await this.versions(reader, key, request)).at(-1);
    },
    folder(key, version) {
        const dot = version.lastIndexOf(".");
        if (dot <= 0 || dot === version.length - 1)
            throw new StoreInputError(`draft version "${version}" should be "<version>.<revision>", e.g. 25v1.1-initial-build (as in dcpy)`);
        return `${this.home(key)}/${version.slice(0, dot)}/${version.slice(dot + 1)}`;
    },
    whole: true,
};
const private_ = {
    home: (key) => `datasets/${key}`,
    versions: async (reader, key) => notLatest(await reader.folders(`datasets/${key}`)),
    async latest(reader, key, request) {
        return (await this.versions(reader, key, request)).at(-1);
    },
    folder: (key, version) => `datasets/${key}/${version}`,
    whole: true,
};
const LAYOUTS = {
    "edm.recipes.datasets": ingestDatastore("datasets"),
    "edm.recipes.raw_datasets": ingestDatastore("raw"),
    "edm.publishing.published": publishingFolder("publish", true),
    "edm.publishing.drafts": drafts,
    "edm.publishing.builds": publishingFolder("build", false),
    "edm.private": private_,
};
function publishingName(key) {
    return PUBLISHING_NAMES[key] ?? key;
}
function customText(custom, field) {
    const value = custom?.[field];
    return typeof value === "string" && value !== "" ? value : undefined;
}
/** The file type dcpy would choose among the files present (pg_dump, then parquet, then csv). */
function preferredFileType(files) {
    const extensions = new Set(files.map((f) => f.key.slice(f.key.lastIndexOf(".") + 1)));
    return PREFERRED_FILE_TYPES.find((t) => extensions.has(FILE_TYPE_EXTENSIONS[t] ?? ""));
}
function listed(names, max = 10) {
    if (names.length === 0)
        return "none";
    const shown = names.slice(-max).join(", ");
    return names.length > max ? `... ${shown} (${names.length} in all)` : shown;
}


/***/ })

};

//# sourceMappingURL=3879.index.js.map