export const id = 197;
export const ids = [197];
export const modules = {

/***/ 76006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   hn: () => (/* binding */ ChecksSchema)
/* harmony export */ });
/* unused harmony exports RowCountCheckSchema, ColumnsCheckSchema, NotNullCheckSchema, UniqueCheckSchema, SqlCheckSchema, CommandCheckSchema, CheckSchema, CHECK_KINDS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26921);

const name = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .min(1)
    .max(100)
    .optional()
    .describe("Shown in results; default: the kind and its target");
const severity = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["error", "warn"])
    .default("error")
    .describe("error blocks package and publish; warn is recorded");
const table = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .min(1)
    .optional()
    .describe("Output table: a Parquet or CSV file's name without extension (optional when there is one)");
const columnList = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).min(1);
const common = { name, severity };
const RowCountCheckSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...common,
    row_count: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        table,
        min: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().optional(),
        max: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().optional(),
    })
        .refine((c) => c.min !== undefined || c.max !== undefined, {
        message: "give min, max or both",
    }),
});
const ColumnsCheckSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...common,
    columns: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        table,
        required: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([columnList, zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))]),
    }),
});
const NotNullCheckSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...common,
    not_null: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ table, columns: columnList }),
});
const UniqueCheckSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...common,
    unique: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ table, columns: columnList }),
});
const SqlCheckSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...common,
    sql: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .describe("A DuckDB query over the output tables; the check passes when it returns no rows"),
});
const CommandCheckSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...common,
    command: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .describe("A shell command run in the build output folder; passes on exit 0"),
});
/** One check on a product's build output (or an ingested dataset). */
const CheckSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([
    RowCountCheckSchema,
    ColumnsCheckSchema,
    NotNullCheckSchema,
    UniqueCheckSchema,
    SqlCheckSchema,
    CommandCheckSchema,
]);
const ChecksSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(CheckSchema);
const CHECK_KINDS = [
    "row_count",
    "columns",
    "not_null",
    "unique",
    "sql",
    "command",
];
function kindOf(check) {
    const kind = CHECK_KINDS.find((k) => k in check);
    if (!kind)
        throw new Error("a check without a kind passed validation");
    return kind;
}


/***/ }),

/***/ 17137:
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
 * not expected to have a template.
 */
function recipeInputChecks({ products, recipes, datasets: templates }) {
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

/***/ 90081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ envNames),
/* harmony export */   al: () => (/* binding */ nonEmptyText),
/* harmony export */   ib: () => (/* binding */ envMap),
/* harmony export */   ws: () => (/* binding */ scalarText)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26921);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86234);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38019);



/** A string with at least one non-blank character. */
const nonEmptyText = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/\S/, { message: "must not be empty" });
/** A value YAML may have typed as a number or boolean where the user meant text (`version: 2024`). */
const scalarText = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()]).transform(String);
/** `KEY: value` pairs passed to commands as environment variables: keys a process can carry. */
const envMap = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), scalarText).superRefine((env, ctx) => {
    for (const key of Object.keys(env)) {
        const problem = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .envKeyProblem */ .On)(key);
        if (problem)
            ctx.addIssue({
                code: "custom",
                path: [key],
                message: `environment variable name ${JSON.stringify(key)} ${problem}`,
                input: key,
            });
        const shape = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .secretShape */ .wq)(env[key] ?? "");
        if (shape)
            ctx.addIssue({ code: "custom", path: [key], message: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .secretValueMessage */ .XP)(key, shape) });
    }
});
/** Names of environment variables a build reads from lifecycle's own environment (secrets). */
const envNames = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().superRefine((name, ctx) => {
    const problem = name.startsWith("LIFECYCLE_")
        ? "starts with LIFECYCLE_ (lifecycle sets those itself)"
        : (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .envKeyProblem */ .On)(name);
    if (problem)
        ctx.addIssue({
            code: "custom",
            message: `environment variable name ${JSON.stringify(name)} ${problem}`,
        });
}));


/***/ }),

/***/ 72861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ ingestLimits),
/* harmony export */   GV: () => (/* binding */ IngestLimitsSchema),
/* harmony export */   Yz: () => (/* binding */ DEFAULT_INGEST_LIMITS),
/* harmony export */   uV: () => (/* binding */ IngestLimitError)
/* harmony export */ });
/* unused harmony export parseSize */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26921);

const SIZE = /^([0-9]+(?:\.[0-9]+)?)\s*([KMGT]i?B|B)$/i;
const UNITS = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12 };
/** Bytes of a size such as `512MB`, `2GB` or `1.5GiB` (KB = 1000 bytes, KiB = 1024). */
function parseSize(text) {
    const match = SIZE.exec(text.trim());
    if (!match?.[1] || !match[2])
        throw new Error(`not a size: ${JSON.stringify(text)}`);
    const unit = match[2].toLowerCase();
    const factor = unit.includes("i")
        ? 1024 ** ["kib", "mib", "gib", "tib"].indexOf(unit) * 1024
        : (UNITS[unit] ?? 1);
    return Math.round(Number(match[1]) * factor);
}
const Size = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(SIZE, "a size such as 512MB, 2GB or 1.5GiB");
/** `ingest_limits:` of lifecycle.yml: what one ingest may download, unpack and write. */
const IngestLimitsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    max_download_size: Size.optional().describe("Largest response body an ingest downloads (default 5GB)"),
    max_decompressed_size: Size.optional().describe("Largest size a download may inflate to (gzip Content-Encoding, a zip entry) (default 20GB)"),
    max_decompression_ratio: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .positive()
        .optional()
        .describe("Largest ratio of inflated to compressed size (default 200): a zip bomb stops early"),
    max_rows: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr()
        .positive()
        .optional()
        .describe("Most rows one dataset may have (default 200000000)"),
});
const DEFAULT_INGEST_LIMITS = {
    maxDownloadBytes: 5e9,
    maxDecompressedBytes: 20e9,
    maxRatio: 200,
    maxRows: 200_000_000,
};
function ingestLimits(settings) {
    const s = settings ?? {};
    const d = DEFAULT_INGEST_LIMITS;
    return {
        maxDownloadBytes: s.max_download_size ? parseSize(s.max_download_size) : d.maxDownloadBytes,
        maxDecompressedBytes: s.max_decompressed_size
            ? parseSize(s.max_decompressed_size)
            : d.maxDecompressedBytes,
        maxRatio: s.max_decompression_ratio ?? d.maxRatio,
        maxRows: s.max_rows ?? d.maxRows,
    };
}
/** An ingest went over one of its limits; names the limit and the setting that raises it. */
class IngestLimitError extends Error {
    setting;
    name = "IngestLimitError";
    retry = false;
    constructor(setting, what, limit) {
        super(`${what}, over the ingest limit of ${limit} (ingest_limits.${setting} in lifecycle.yml; raise it there if this is expected)`);
        this.setting = setting;
    }
}


/***/ }),

/***/ 86234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ isReservedDeviceName),
/* harmony export */   On: () => (/* binding */ envKeyProblem),
/* harmony export */   i4: () => (/* binding */ caseCollisions),
/* harmony export */   t0: () => (/* binding */ RESERVED_NAMES_RULE)
/* harmony export */ });
/**
 * Names that cannot be folder or file names everywhere a store may live: Windows reserves device
 * names (`CON`, `NUL`, `COM1`, ... with or without an extension, in any case), and folders that
 * differ only by case are one folder on macOS and Windows disks.
 */
const RESERVED = /^(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(?:\..*)?$/i;
const RESERVED_NAMES_RULE = "not a Windows device name (CON, PRN, AUX, NUL, COM0-9, LPT0-9, with or without an extension)";
function isReservedDeviceName(value) {
    return RESERVED.test(value);
}
/** Groups of names equal but for case, each group in first-seen order. */
function caseCollisions(names) {
    const byFolded = new Map();
    for (const name of names) {
        const folded = name.toLowerCase();
        const group = byFolded.get(folded) ?? [];
        if (!group.includes(name))
            group.push(name);
        byFolded.set(folded, group);
    }
    return [...byFolded.values()].filter((group) => group.length > 1);
}
/** Why `key` cannot be an environment variable name, or undefined when it can. */
function envKeyProblem(key) {
    if (key === "")
        return "is empty";
    if (key.includes("="))
        return 'contains "=" (the name ends at the first "=")';
    if (key.includes("\0"))
        return "contains a NUL character";
    return undefined;
}


/***/ }),

/***/ 67997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gq: () => (/* binding */ PRODUCTS_FILE),
  lp: () => (/* binding */ ProductSchema),
  MT: () => (/* binding */ ProductsFileSchema),
  JA: () => (/* binding */ isSafeId),
  dM: () => (/* binding */ safeIdSuggestion)
});

// UNUSED EXPORTS: SAFE_ID

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./src/checks/schema.ts
var schema = __webpack_require__(76006);
// EXTERNAL MODULE: ./src/distribute/schema.ts
var distribute_schema = __webpack_require__(28772);
;// CONCATENATED MODULE: ./src/sense/schema.ts

const schema_name = schemas/* string */.YjP()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, { message: "expected letters, digits, _ and -" });
const template = schemas/* string */.YjP()
    .min(1)
    .describe("With {key}, {version}, {date}, {universe}, {start}, {end} or any dimension name in braces");
/** An HTTP resource per partition: the partition's input exists when a HEAD answers 2xx. */
const HttpObservationSchema = schemas/* strictObject */.rej({
    name: schema_name,
    http: schemas/* strictObject */.rej({ url: template }),
});
/** An object per partition under an object-store URL (`s3://bucket/prefix/{date}.csv`), found by listing. */
const ObjectStoreObservationSchema = schemas/* strictObject */.rej({
    name: schema_name,
    object_store: schemas/* strictObject */.rej({
        url: template.regex(/^s3:\/\/[^/{}]+\//, { message: "expected s3://bucket/..." }),
    }),
});
/** An input the product reads that lifecycle observes but does not build (`lifecycle sense`). */
const ObservationSchema = schemas/* union */.KCZ([HttpObservationSchema, ObjectStoreObservationSchema]);
const ObservationsSchema = schemas/* array */.YOg(ObservationSchema);

// EXTERNAL MODULE: ./src/partitions/config.ts
var config = __webpack_require__(89101);
// EXTERNAL MODULE: ./src/config/fields.ts
var fields = __webpack_require__(90081);
;// CONCATENATED MODULE: ./src/config/products.ts






const PRODUCTS_FILE = "products/products.yml";
const ProductSchema = schemas/* strictObject */.rej({
    id: fields/* nonEmptyText */.al.describe("Product id: letters, digits, _ and -; used as asset group and directory name"),
    build_command: fields/* nonEmptyText */.al
        .optional()
        .describe("Shell command that builds the product into $LIFECYCLE_OUTPUT_DIR (default: the recipe's stage_config builds.build commands)"),
    description: schemas/* string */.YjP().optional(),
    tags: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    version: fields/* scalarText */.ws.optional(),
    recipe: fields/* nonEmptyText */.al
        .optional()
        .describe("Recipe file relative to the project root (default products/<id>/recipe.yml when it exists)"),
    partitions: config/* PartitionsConfigSchema */.Py.optional(),
    runs_on: schemas/* union */.KCZ([fields/* nonEmptyText */.al, schemas/* array */.YOg(fields/* nonEmptyText */.al).min(1)]).optional(),
    timeout_minutes: schemas/* number */.aig().int().positive().optional(),
    retries: schemas/* number */.aig().int().nonnegative().optional(),
    env: fields/* envMap */.ib.optional(),
    package_command: fields/* nonEmptyText */.al.optional(),
    schedules: config/* SchedulesConfigSchema */.ai.optional(),
    destinations: distribute_schema/* DestinationsSchema */.tF.optional().describe("Where `lifecycle distribute` sends a published version: socrata, object_store, github_release, command"),
    observe: ObservationsSchema.optional().describe("Inputs lifecycle observes but does not build, per partition: http or object_store (lifecycle sense)"),
    checks: schema/* ChecksSchema */.hn.optional().describe("Checks on the build output, run before package: row_count, columns, not_null, unique, sql, command"),
});
const ProductsFileSchema = schemas/* strictObject */.rej({
    products: schemas/* array */.YOg(ProductSchema),
});
/** Ids usable both as a directory name and as an asset name (Dagster-style). */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
function isSafeId(id) {
    return SAFE_ID.test(id);
}
/** The closest safe spelling of an unsafe id: `pluto cbbr` -> `pluto_cbbr`. */
function safeIdSuggestion(id) {
    const replaced = id
        .trim()
        .replace(/[^A-Za-z0-9_-]+/g, "_")
        .replace(/^[_-]+/, "")
        .replace(/_+$/, "");
    return replaced === "" ? "product" : replaced;
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
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17137);
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
// EXTERNAL MODULE: ./src/config/checks.ts + 1 modules
var config_checks = __webpack_require__(17137);
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

/***/ 82538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ BUILD_STAGE),
/* harmony export */   DZ: () => (/* binding */ VersionStrategySchema),
/* harmony export */   Mh: () => (/* binding */ RecipeSchema),
/* harmony export */   nX: () => (/* binding */ recipeInputIds),
/* harmony export */   sJ: () => (/* binding */ parseRecipeFile)
/* harmony export */ });
/* unused harmony exports FILE_TYPES, DESTINATIONS, MISSING_VERSIONS_STRATEGIES, VERSION_STRATEGIES, COMMAND_TYPES, InputDatasetSchema, DatasetDefaultsSchema, RecipeInputsSchema, RecipeCommandSchema, StageConfigSchema, ExportDatasetSchema, ExportsSchema, DistributionSchema, recipeBuildCommands */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26921);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90081);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98384);



/**
 * The build recipe `products/<id>/recipe.yml`, the format of NYC Planning's dcpy
 * (`dcpy/models/lifecycle/builds.py`): unknown fields are errors there too.
 */
const FILE_TYPES = [
    "pg_dump",
    "csv",
    "parquet",
    "xlsx",
    "json",
    "shapefile",
    "gdb",
    "Other",
];
const DESTINATIONS = ["postgres", "df", "file", "duckdb"];
const MISSING_VERSIONS_STRATEGIES = ["find_latest", "copy_latest_release"];
const VERSION_STRATEGIES = ["first_of_month", "bump_latest_release", "today"];
const COMMAND_TYPES = ["shell", "python"];
const PreprocessorSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ module: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al, function: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al });
const customMap = zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J());
const InputDatasetSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    name: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al.optional().describe("Dataset id (same as `id`)"),
    id: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al.optional().describe("Dataset id (same as `name`)"),
    version: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .scalarText */ .ws
        .optional()
        .describe("Pinned version; `latest` or absent = resolved at plan time"),
    source: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al.optional(),
    file_type: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(FILE_TYPES).optional(),
    version_env_var: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al.optional(),
    import_as: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al.optional(),
    preprocessor: PreprocessorSchema.optional(),
    destination: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(DESTINATIONS).optional(),
    custom: customMap.optional(),
})
    .refine((d) => (d.name === undefined) !== (d.id === undefined), {
    message: "a dataset needs exactly one of `name` or `id`",
})
    .transform(({ name, id, ...rest }) => ({ id: id ?? name ?? "", ...rest }));
const DatasetDefaultsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    file_type: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(FILE_TYPES).optional(),
    source: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al.optional(),
    preprocessor: PreprocessorSchema.optional(),
    destination: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(DESTINATIONS).optional(),
    load_engine: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al.optional(),
});
const RecipeInputsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    missing_versions_strategy: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(MISSING_VERSIONS_STRATEGIES).optional(),
    datasets: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(InputDatasetSchema).default([]),
    dataset_defaults: DatasetDefaultsSchema.optional(),
})
    .superRefine(({ datasets }, ctx) => {
    // The same input twice (same name, version and import_as) is a copy-paste slip. The same dataset at
    // several versions is how dcpy recipes read a decade of data (edde): allowed.
    const seen = new Map();
    datasets.forEach((dataset, index) => {
        const name = dataset.id;
        const key = JSON.stringify([name, dataset.version ?? null, dataset.import_as ?? null]);
        const first = seen.get(key);
        if (first === undefined)
            seen.set(key, index);
        else
            ctx.addIssue({
                code: "custom",
                path: ["datasets", index],
                message: `duplicate input "${name}"${dataset.version === undefined ? "" : ` version ${dataset.version}`} (also inputs.datasets[${first}]): list it once, or give one an import_as`,
                input: name,
            });
    });
});
const RecipeCommandSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    name: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al,
    run: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al.describe("Shell command, or a python `module` / `module:function` (command_type: python)"),
    command_type: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(COMMAND_TYPES).default("shell"),
});
const ConnectorArgSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    name: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al,
    value: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .scalarText */ .ws.optional(),
    value_from: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
});
const StageConfigSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    commands: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(RecipeCommandSchema).optional(),
    env: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .envMap */ .ib.optional(),
    destination: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al.optional(),
    destination_key: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al.optional(),
    connector_args: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ConnectorArgSchema).optional(),
});
const VersionStrategySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(VERSION_STRATEGIES),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ bump_latest_release: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive() }),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ pin_to_source_dataset: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al }),
]);
const ExportDatasetSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    name: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al,
    filename: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al.optional(),
    format: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al,
    custom: customMap.optional(),
});
const ExportsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    output_folder: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al.optional(),
    zip_name: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al.optional(),
    datasets: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ExportDatasetSchema).default([]),
});
const DistributionSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    destination_ids: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al).default([]),
});
const RecipeSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    name: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al.optional().describe("The recipe's name, for people (default: the product id)"),
    product: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al
        .optional()
        .describe("Publishing name of the product, e.g. db-pluto (default: the product id)"),
    base_recipe: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyText */ .al.optional(),
    version: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .scalarText */ .ws.optional(),
    version_type: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["major", "minor", "patch"]).optional(),
    version_strategy: VersionStrategySchema.optional(),
    vars: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .envMap */ .ib.optional(),
    env: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .envMap */ .ib.optional(),
    env_from_secrets: _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .envNames */ .MP
        .optional()
        .describe("Names of environment variables the build reads from lifecycle's own environment (set from secrets); their values are never written to recipe.lock.yml"),
    custom: customMap.optional(),
    inputs: RecipeInputsSchema.default({ datasets: [] }).describe("The datasets the build reads; leave it out when there are none"),
    stage_config: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), StageConfigSchema).default({}),
    exports: ExportsSchema.optional(),
    distribution: DistributionSchema.optional(),
});
/** The stage whose commands build the product. */
const BUILD_STAGE = "builds.build";
/** The dataset ids a recipe reads, each once, in order of first mention. */
function recipeInputIds(recipe) {
    return [...new Set(recipe.inputs.datasets.map((d) => d.id))];
}
function recipeBuildCommands(recipe) {
    return recipe.stage_config[BUILD_STAGE]?.commands ?? [];
}
/** Parse a recipe file. Repeated keys are warnings, as upstream's PyYAML accepts them. */
function parseRecipeFile(file, text) {
    const yaml = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlFile */ .BU)(file, text, { duplicateKeys: "warning" });
    if (yaml.value === undefined)
        return { yaml, diagnostics: yaml.diagnostics };
    keepVersionsAsWritten(yaml);
    const { data, diagnostics } = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWithSchema */ .fe)(yaml, RecipeSchema);
    return { recipe: data, yaml, diagnostics: [...yaml.diagnostics, ...diagnostics] };
}
/** `version: 0812` is the version "0812", not the number 812. */
function keepVersionsAsWritten(yaml) {
    const value = yaml.value;
    if (!isRecord(value))
        return;
    restoreScalar(yaml, value, ["version"]);
    const inputs = value.inputs;
    if (!isRecord(inputs) || !Array.isArray(inputs.datasets))
        return;
    inputs.datasets.forEach((dataset, index) => {
        if (isRecord(dataset))
            restoreScalar(yaml, dataset, ["inputs", "datasets", index, "version"]);
    });
}
function restoreScalar(yaml, parent, path) {
    const key = path[path.length - 1];
    if (typeof key !== "string" || typeof parent[key] !== "number")
        return;
    const source = yaml.scalarSource(path);
    if (source !== undefined)
        parent[key] = source;
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 38019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FF: () => (/* binding */ looksLikeSecretName),
/* harmony export */   XP: () => (/* binding */ secretValueMessage),
/* harmony export */   wq: () => (/* binding */ secretShape)
/* harmony export */ });
/**
 * Values that look like credentials. A recipe's `env:` is written into recipe.lock.yml and archived
 * with the build, so a secret there is stored for good: such values are refused, and secrets are
 * named in `env_from_secrets:` instead, read from the environment when the build runs.
 */
const TOKEN_SHAPES = [
    [/^gh[pousr]_[A-Za-z0-9]{30,}$/, "a GitHub token"],
    [/^github_pat_[A-Za-z0-9_]{30,}$/, "a GitHub token"],
    [/^(?:AKIA|ASIA)[0-9A-Z]{16}$/, "an AWS access key id"],
    [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, "a private key"],
    [/^xox[abposr]-[A-Za-z0-9-]{10,}$/, "a Slack token"],
    [/^sk-[A-Za-z0-9_-]{20,}$/, "an API secret key"],
    [/^eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}$/, "a JSON web token"],
    [/:\/\/[^/\s:@]+:[^/\s@]+@/, "a URL with a password"],
];
/** What kind of secret `value` looks like, or undefined. */
function secretShape(value) {
    return TOKEN_SHAPES.find(([pattern]) => pattern.test(value.trim()))?.[1];
}
const SECRET_NAME = /(?:SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE_KEY|API_?KEY|ACCESS_KEY|CREDENTIAL)/i;
/** A name that usually holds a secret (`DB_PASSWORD`, `API_KEY`), given a literal value. */
function looksLikeSecretName(name, value) {
    return SECRET_NAME.test(name) && value.trim() !== "";
}
function secretValueMessage(name, shape) {
    return `the value of ${name} looks like ${shape}: env: values are written to recipe.lock.yml and archived with every build; list ${name} under env_from_secrets: instead and set it from a secret`;
}


/***/ }),

/***/ 54661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lb: () => (/* binding */ GeometryFormatSchema),
/* harmony export */   M5: () => (/* binding */ loadSettings),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   ht: () => (/* binding */ SettingsSchema),
/* harmony export */   nO: () => (/* binding */ DEFAULT_GEOMETRY_FORMAT)
/* harmony export */ });
/* unused harmony exports SETTINGS_FILE, GEOMETRY_FORMATS, S3SettingsSchema, StoreSettingsSchema, DuckDbSettingsSchema, parseSettingsFile */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(26921);
/* harmony import */ var _partitions_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89101);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90081);
/* harmony import */ var _ingest_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72861);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4599);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98384);







const SETTINGS_FILE = "lifecycle.yml";
/** How ingested geometry is written as text in the `geom` column. */
const GEOMETRY_FORMATS = ["geojson", "wkt"];
const GeometryFormatSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(GEOMETRY_FORMATS);
const DEFAULT_GEOMETRY_FORMAT = "geojson";
const s3Connection = {
    endpoint: zod__WEBPACK_IMPORTED_MODULE_6__/* .url */ .OZ5({ protocol: /^https?$/ })
        .optional()
        .describe("Base URL of the S3-compatible service, e.g. https://nyc3.digitaloceanspaces.com. AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL or AWS_S3_ENDPOINT override it; default https://s3.<region>.amazonaws.com"),
    region: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .nonEmptyText */ .al
        .optional()
        .describe("Region requests are signed for; AWS_REGION or AWS_DEFAULT_REGION override it; default us-east-1"),
    path_style: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY()
        .optional()
        .describe("Path-style addressing (<endpoint>/<bucket>/<key>) instead of <bucket>.<endpoint>; default: on for a custom endpoint, off for AWS"),
};
/** Where `s3` ingest sources read from; the environment (AWS_ENDPOINT_URL_S3, AWS_REGION) wins. */
const S3SettingsSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej(s3Connection);
/** Where lifecycle keeps its state: a local directory or s3://bucket/prefix (docs/store.md). */
const StoreSettingsSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
    url: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()
        .regex(/^(s3:\/\/|file:\/\/\/|\/|\.)/, "a store URL: s3://bucket/prefix, file:///path, /path or ./path")
        .optional()
        .describe("The store: s3://bucket/prefix, file:///path or a directory (relative to the project root); --store and LIFECYCLE_STORE override it; default .lifecycle"),
    ...s3Connection,
    attempts: zod__WEBPACK_IMPORTED_MODULE_6__/* .int */ .Whr().min(1).max(20).optional().describe("Attempts per S3 request (default 4)"),
    timeout_seconds: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig()
        .positive()
        .max(3600)
        .optional()
        .describe("An S3 request with no answer for this long is retried (default 60)"),
});
/** How much memory DuckDB may use while ingesting, and where it spills the rest. */
const DuckDbSettingsSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
    memory_limit: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()
        .regex(/^[0-9]+(?:\.[0-9]+)?\s*(?:[KMGT]i?B|B)$/i, "a size such as 512MB, 2GB or 1.5GiB")
        .optional()
        .describe("DuckDB's memory_limit for an ingest: beyond it, sorts, joins, aggregates and tables spill to temp_directory instead of growing (default 1GB)"),
    temp_directory: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .nonEmptyText */ .al
        .optional()
        .describe("Where DuckDB spills (relative to the project root; default: the ingest's own work directory, removed afterwards)"),
    threads: zod__WEBPACK_IMPORTED_MODULE_6__/* .int */ .Whr().min(1).max(256).optional().describe("DuckDB threads (default: one per core)"),
});
/** Project-wide settings, `lifecycle.yml` at the project root; every field is optional. */
const SettingsSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
    ingest_command: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .nonEmptyText */ .al
        .optional()
        .describe("Command the ingest runs for templates whose source lifecycle cannot run itself"),
    geometry_format: GeometryFormatSchema.optional().describe("Text format of every geometry the ingest builds in the geom column (GeoJSON files, ArcGIS layers, shapefiles, points from x/y columns or point_xy_str): geojson (default) or wkt. A geom_column holding WKT or WKB text is kept as written."),
    duckdb: DuckDbSettingsSchema.optional().describe("Memory bound of ingests: DuckDB's memory_limit, temp_directory and threads"),
    ingest_limits: _ingest_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .IngestLimitsSchema */ .GV.optional().describe("What one ingest may download (max_download_size), inflate (max_decompressed_size, max_decompression_ratio) and write (max_rows)"),
    ingest_schedules: _partitions_config_js__WEBPACK_IMPORTED_MODULE_1__/* .IngestSchedulesSchema */ .uD.optional().describe("Scheduled ingests: name, cron, timezone, templates (ids, inputs:<product>, tag:<tag>, *) and version (today, yesterday or fixed), generated into the schedules workflow"),
    store: StoreSettingsSchema.optional().describe("Where lifecycle keeps ingested datasets, stage outputs, packages, events and partitions: a local directory or an S3-compatible bucket. Credentials never go here"),
    s3: S3SettingsSchema.optional().describe("Where s3 ingest sources read from. Credentials never go here: they come only from the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN)"),
});
/** An empty file is the same as no file: all defaults. */
function parseSettingsFile(file, text) {
    const yaml = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_5__/* .parseYamlFile */ .BU)(file, text);
    if (yaml.value === undefined)
        return { diagnostics: yaml.diagnostics };
    if (yaml.value === null)
        return { settings: {}, diagnostics: [], yaml };
    const { data, diagnostics } = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_5__/* .parseWithSchema */ .fe)(yaml, SettingsSchema);
    return { settings: data, diagnostics, yaml };
}
/** Read `lifecycle.yml` under `root`; absent = defaults. */
async function loadSettings(root) {
    let text;
    try {
        text = await (0,_utf8_js__WEBPACK_IMPORTED_MODULE_4__/* .readUtf8 */ .Sx)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, SETTINGS_FILE), SETTINGS_FILE);
    }
    catch (error) {
        if (isNotFound(error))
            return { settings: {}, diagnostics: [] };
        throw error;
    }
    const { settings, diagnostics, yaml } = parseSettingsFile(SETTINGS_FILE, text);
    return { settings: settings ?? {}, diagnostics, ...(yaml ? { yaml } : {}) };
}
function isNotFound(error) {
    return error instanceof Error && "code" in error && error.code === "ENOENT";
}


/***/ }),

/***/ 34074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CG: () => (/* reexport */ IngestTemplateSchema),
  _9: () => (/* reexport */ RUNNABLE_SOURCE_TYPES),
  CA: () => (/* reexport */ RUNNABLE_STEPS),
  m5: () => (/* reexport */ isRunnableStep),
  q4: () => (/* binding */ parseTemplateFile),
  oy: () => (/* binding */ runnability)
});

// UNUSED EXPORTS: COERCE_TYPES, COLUMN_TYPES, JinjaError, PLACEHOLDER_VERSION, RUNNABLE_FORMATS, lineColumn, renderTemplate

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var core_diagnostics = __webpack_require__(27135);
// EXTERNAL MODULE: ./src/config/yaml-file.ts + 2 modules
var yaml_file = __webpack_require__(98384);
;// CONCATENATED MODULE: ./src/config/template/jinja.ts
class JinjaError extends Error {
    offset;
    name = "JinjaError";
    constructor(message, 
    /** Offset in the original text of the construct that failed. */
    offset) {
        super(message);
        this.offset = offset;
    }
}
const TAG = /\{\{([\s\S]*?)\}\}|\{#[\s\S]*?#\}|\{%([\s\S]*?)%\}/g;
function jinja_renderWithSourceMap(text, vars) {
    const replacements = [];
    let out = "";
    let last = 0;
    for (const match of text.matchAll(TAG)) {
        const start = match.index;
        const end = start + match[0].length;
        out += text.slice(last, start);
        const value = renderTag(match[0], match[1], start, vars);
        replacements.push({
            start,
            end,
            renderedStart: out.length,
            renderedEnd: out.length + value.length,
        });
        out += value;
        last = end;
    }
    const unclosed = text.indexOf("{{", last);
    if (unclosed >= 0)
        throw new JinjaError('unclosed "{{": expected "}}"', unclosed);
    out += text.slice(last);
    return { text: out, originalOffset: (offset) => toOriginal(replacements, offset) };
}
function renderJinja(text, vars) {
    return jinja_renderWithSourceMap(text, vars).text;
}
function renderTag(tag, expression, offset, vars) {
    if (tag.startsWith("{#"))
        return "";
    if (tag.startsWith("{%")) {
        throw new JinjaError(`unsupported Jinja statement ${JSON.stringify(tag)}: only {{ version }} expressions are supported`, offset);
    }
    return evaluate(expression ?? "", offset + 2, vars);
}
function toOriginal(replacements, offset) {
    let shift = 0;
    for (const r of replacements) {
        if (offset < r.renderedStart)
            break;
        if (offset < r.renderedEnd)
            return r.start;
        shift = r.end - r.renderedEnd;
    }
    return offset + shift;
}
const SLICE = /^\[\s*(-?\d+)?\s*(:)?\s*(-?\d+)?\s*\]/;
const FILTER = /^\|\s*([A-Za-z_]\w*)\s*(?:\(([^)]*)\))?/;
const STRING_ARG = /^\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*(,|$)/;
function evaluate(expression, offset, vars) {
    let rest = expression.trim();
    const lead = expression.length - expression.trimStart().length;
    const at = () => offset + lead + (expression.trim().length - rest.length);
    const name = /^[A-Za-z_]\w*/.exec(rest)?.[0];
    if (name !== "version") {
        throw new JinjaError(`unsupported Jinja variable ${JSON.stringify(name ?? rest)}: the only variable is "version"`, at());
    }
    let value = vars.version;
    rest = rest.slice(name.length).trimStart();
    while (rest.length > 0) {
        const slice = SLICE.exec(rest);
        const filter = FILTER.exec(rest);
        if (slice) {
            value = applySlice(value, slice);
            rest = rest.slice(slice[0].length).trimStart();
        }
        else if (filter) {
            value = applyFilter(value, filter[1] ?? "", filter[2], at());
            rest = rest.slice(filter[0].length).trimStart();
        }
        else {
            throw new JinjaError(`unsupported Jinja expression ${JSON.stringify(rest)}: allowed after "version": [a:b] slices and | replace("x","y"), lower, upper, trim`, at());
        }
    }
    return value;
}
function applySlice(value, match) {
    const chars = [...value];
    const from = match[1] === undefined ? undefined : Number(match[1]);
    const to = match[3] === undefined ? undefined : Number(match[3]);
    if (match[2] === undefined) {
        const index = from ?? 0;
        return chars.at(index) ?? "";
    }
    return chars.slice(from ?? 0, to ?? chars.length).join("");
}
function applyFilter(value, name, rawArgs, offset) {
    const args = rawArgs === undefined ? [] : parseStringArgs(rawArgs, offset);
    const expect = (n) => {
        if (args.length !== n)
            throw new JinjaError(`filter "${name}" takes ${n} string argument(s), got ${args.length}`, offset);
    };
    switch (name) {
        case "replace":
            expect(2);
            return value.split(args[0] ?? "").join(args[1] ?? "");
        case "lower":
            expect(0);
            return value.toLowerCase();
        case "upper":
            expect(0);
            return value.toUpperCase();
        case "trim":
            expect(0);
            return value.trim();
        default:
            throw new JinjaError(`unsupported Jinja filter "${name}": allowed: replace, lower, upper, trim`, offset);
    }
}
function parseStringArgs(raw, offset) {
    const args = [];
    let rest = raw.trim();
    while (rest.length > 0) {
        const match = STRING_ARG.exec(rest);
        if (!match)
            throw new JinjaError(`filter arguments must be quoted strings, got ${JSON.stringify(raw)}`, offset);
        args.push(jinja_unescape(match[1] ?? match[2] ?? ""));
        rest = rest.slice(match[0].length).trimStart();
    }
    return args;
}
function jinja_unescape(text) {
    return text.replace(/\\(.)/g, (_, c) => ({ n: "\n", t: "\t" })[c] ?? c);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
;// CONCATENATED MODULE: ./src/config/template/formats.ts

const formats_text = schemas/* string */.YjP().min(1);
const GeometrySchema = schemas/* strictObject */.rej({
    geom_column: schemas/* union */.KCZ([formats_text, schemas/* strictObject */.rej({ x: formats_text, y: formats_text })]),
    crs: formats_text,
    format: schemas/* union */.KCZ([schemas/* enum */.k5n(["wkt", "wkb", "geojson"]), schemas/* strictObject */.rej({ point_xy_str: formats_text })])
        .optional(),
});
/** A pandas-style dtype: one type for every column, or one per column. */
const dtype = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())]);
const CsvFormatSchema = schemas/* strictObject */.rej({
    type: schemas/* literal */.euz("csv"),
    unzipped_filename: formats_text.optional(),
    encoding: formats_text.optional(),
    delimiter: schemas/* string */.YjP().length(1).optional(),
    column_names: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    names: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    header: schemas/* union */.KCZ([schemas/* number */.aig().int(), schemas/* null */.chJ()]).optional(),
    usecols: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig().int().nonnegative()])).optional(),
    quoting: schemas/* number */.aig().int().min(0).max(3).optional().describe("Python csv quoting: 3 = QUOTE_NONE"),
    dtype: dtype.optional(),
    geometry: GeometrySchema.optional(),
});
const JsonFormatSchema = schemas/* strictObject */.rej({
    type: schemas/* literal */.euz("json"),
    json_read_fn: schemas/* enum */.k5n(["normalize", "read_json"]).optional(),
    json_read_kwargs: schemas/* looseObject */._H3({
        record_path: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())]).nullish(),
        meta: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())])).optional(),
        orient: schemas/* string */.YjP().optional(),
    })
        .optional(),
    unzipped_filename: formats_text.optional(),
    geometry: GeometrySchema.optional(),
});
const GeoJsonFormatSchema = schemas/* strictObject */.rej({
    type: schemas/* literal */.euz("geojson"),
    unzipped_filename: formats_text.optional(),
    encoding: formats_text.optional(),
});
const ParquetFormatSchema = schemas/* strictObject */.rej({
    type: schemas/* literal */.euz("parquet"),
    unzipped_filename: formats_text.optional(),
});
const XlsxFormatSchema = schemas/* strictObject */.rej({
    type: schemas/* enum */.k5n(["xlsx", "excel"]),
    unzipped_filename: formats_text.optional(),
    sheet_name: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig().int().nonnegative()]),
    engine: schemas/* string */.YjP().optional(),
    dtype: dtype.optional(),
    geometry: GeometrySchema.optional(),
});
const ShapefileFormatSchema = schemas/* strictObject */.rej({
    type: schemas/* literal */.euz("shapefile"),
    unzipped_filename: formats_text.optional(),
    encoding: formats_text.optional(),
    crs: formats_text,
});
const GeodatabaseFormatSchema = schemas/* strictObject */.rej({
    type: schemas/* literal */.euz("geodatabase"),
    unzipped_filename: formats_text.optional(),
    layer: formats_text.optional(),
    encoding: formats_text.optional(),
    crs: formats_text,
});
const HtmlFormatSchema = schemas/* strictObject */.rej({
    type: schemas/* literal */.euz("html"),
    kwargs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    table: schemas/* number */.aig().int().nonnegative().optional(),
    unzipped_filename: formats_text.optional(),
    geometry: GeometrySchema.optional(),
});
const RUNNABLE_FORMATS = [
    "csv",
    "json",
    "geojson",
    "parquet",
    "xlsx",
    "excel",
    "shapefile",
    "geodatabase",
];
const FileFormatSchema = schemas/* discriminatedUnion */.gMt("type", [
    CsvFormatSchema,
    JsonFormatSchema,
    GeoJsonFormatSchema,
    ParquetFormatSchema,
    XlsxFormatSchema,
    ShapefileFormatSchema,
    GeodatabaseFormatSchema,
    HtmlFormatSchema,
]);

;// CONCATENATED MODULE: ./src/config/template/steps.ts

const steps_text = schemas/* string */.YjP().min(1);
const columnList = schemas/* array */.YOg(steps_text).min(1);
const oneOrMoreColumns = schemas/* union */.KCZ([steps_text, columnList]);
/** `mode`: the step runs only when the ingest is run in that mode. */
const mode = schemas/* string */.YjP().optional();
function step(name, args) {
    return schemas/* strictObject */.rej({ name: schemas/* literal */.euz(name), args, mode });
}
const CleanColumnNamesStep = step("clean_column_names", schemas/* strictObject */.rej({
    replace: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    lower: schemas/* boolean */.zMY().optional(),
    strip: schemas/* boolean */.zMY().optional(),
}));
const RenameColumnsStep = step("rename_columns", schemas/* strictObject */.rej({ map: schemas/* record */.g1P(steps_text, steps_text), drop_others: schemas/* boolean */.zMY().optional() }));
const FilterColumnsStep = step("filter_columns", schemas/* strictObject */.rej({ columns: columnList, mode: schemas/* enum */.k5n(["keep", "drop"]).optional() }));
const COERCE_TYPES = ["numeric", "integer", "bigint", "string", "date", "datetime"];
const CoerceColumnTypesStep = step("coerce_column_types", schemas/* strictObject */.rej({
    column_types: schemas/* record */.g1P(steps_text, schemas/* enum */.k5n(COERCE_TYPES)),
    errors: schemas/* enum */.k5n(["raise", "coerce"]).optional(),
}));
const StripColumnsStep = step("strip_columns", schemas/* strictObject */.rej({ cols: columnList.optional() }).optional());
const DeduplicateStep = step("deduplicate", schemas/* strictObject */.rej({
    sort_columns: oneOrMoreColumns.optional(),
    sort_ascending: schemas/* boolean */.zMY().optional(),
    by: oneOrMoreColumns.optional(),
})
    .optional());
const scalar = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]);
const FilterRowsStep = step("filter_rows", schemas/* strictObject */.rej({
    type: schemas/* enum */.k5n(["equals", "contains"]),
    column_name: schemas/* union */.KCZ([steps_text, schemas/* number */.aig().int().nonnegative()]),
    val: scalar,
}));
const UpdateColumnStep = step("update_column", schemas/* strictObject */.rej({ column_name: steps_text, val: schemas/* union */.KCZ([scalar, schemas/* boolean */.zMY(), schemas/* null */.chJ()]) }));
const AppendPrevStep = step("append_prev", schemas/* strictObject */.rej({ version: schemas/* union */.KCZ([steps_text, schemas/* number */.aig()]).optional() }).optional());
const UPSERT_INSERT_BEHAVIORS = ["allow", "ignore", "error"];
const UPSERT_MISSING_KEY_BEHAVIORS = ["null", "coalesce", "error"];
/** The previous version's rows, with the new data's non-key columns joined in by `key`. */
const UpsertColumnOfPreviousVersionStep = step("upsert_column_of_previous_version", schemas/* strictObject */.rej({
    key: columnList.refine((names) => new Set(names).size === names.length, {
        message: "a key column is listed twice",
    }),
    version: schemas/* union */.KCZ([steps_text, schemas/* number */.aig()]).optional(),
    insert_behavior: schemas/* enum */.k5n(UPSERT_INSERT_BEHAVIORS).optional(),
    // YAML reads an unquoted `null` as null, which means the "null" behaviour (as in dcpy).
    missing_key_behavior: schemas/* enum */.k5n(UPSERT_MISSING_KEY_BEHAVIORS).nullable().optional(),
}));
/** Polygons, lines and points become their multi- kinds (the geometry column, wherever renamed). */
const MultiStep = step("multi", schemas/* strictObject */.rej({}).nullish());
const RunnableStepSchema = schemas/* discriminatedUnion */.gMt("name", [
    CleanColumnNamesStep,
    RenameColumnsStep,
    FilterColumnsStep,
    CoerceColumnTypesStep,
    StripColumnsStep,
    DeduplicateStep,
    FilterRowsStep,
    UpdateColumnStep,
    AppendPrevStep,
    UpsertColumnOfPreviousVersionStep,
    MultiStep,
]);
const RUNNABLE_STEPS = [
    "clean_column_names",
    "rename_columns",
    "filter_columns",
    "coerce_column_types",
    "strip_columns",
    "deduplicate",
    "filter_rows",
    "update_column",
    "append_prev",
    "upsert_column_of_previous_version",
    "multi",
];
const runnableNames = new Set(RUNNABLE_STEPS);
/**
 * Steps of the team's Python ingest, recognised so that their templates validate, but not run by
 * lifecycle (an `ingest_command` runs them).
 */
const OTHER_STEPS = [
    "python_script",
    "pd_df_func",
    "pd_series_func",
    "convert_to_geometry",
    "geocode_bbl",
    "geocode_bin",
    "geocode_address",
    "groupby",
    "reproject",
    "sort",
    "drop_columns",
    "rename_geodataframe",
];
const OtherStepSchema = schemas/* strictObject */.rej({
    name: schemas/* enum */.k5n(OTHER_STEPS),
    args: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
    mode,
});
const ProcessingStepSchema = schemas/* discriminatedUnion */.gMt("name", [
    ...RunnableStepSchema.options,
    OtherStepSchema,
]);
function isRunnableStep(step) {
    return runnableNames.has(step.name);
}

;// CONCATENATED MODULE: ./src/config/template/schema.ts



/*
 * The ingest template format of the city planning team (`ingest_templates/<id>.yml`). What lifecycle
 * runs is typed strictly; source types and formats it cannot run are recognised, so that a real
 * template validates, and `runnability()` says why it cannot run here.
 */
const schema_text = schemas/* string */.YjP().min(1);
const LocalFileSourceSchema = schemas/* strictObject */.rej({ type: schemas/* literal */.euz("local_file"), path: schema_text });
const FileDownloadSourceSchema = schemas/* strictObject */.rej({
    type: schemas/* literal */.euz("file_download"),
    url: schema_text,
});
const ApiSourceSchema = schemas/* strictObject */.rej({
    type: schemas/* literal */.euz("api"),
    endpoint: schema_text,
    format: schemas/* enum */.k5n(["json", "csv"]),
});
const SocrataSourceSchema = schemas/* strictObject */.rej({
    type: schemas/* literal */.euz("socrata"),
    org: schema_text.describe("open data portal: nyc, nys, nys_health, or a base URL"),
    uid: schema_text.describe("the dataset's four-by-four id, e.g. 6z8x-wfk4"),
    format: schemas/* enum */.k5n(["csv", "geojson", "shapefile"]),
});
const ArcgisFeatureServerSourceSchema = schemas/* strictObject */.rej({
    type: schemas/* literal */.euz("arcgis_feature_server"),
    server: schema_text.describe("a known server name (dcp, nyc_maphub, nys_clearinghouse, nys_parks, nps) or a base URL"),
    dataset: schema_text,
    layer_name: schema_text.optional(),
    layer_id: schemas/* number */.aig().int().nonnegative().optional(),
    crs: schema_text.optional(),
});
const RUNNABLE_SOURCE_TYPES = [
    "local_file",
    "file_download",
    "api",
    "socrata",
    "arcgis_feature_server",
    "s3",
];
const s3 = schemas/* strictObject */.rej({ type: schemas/* literal */.euz("s3"), bucket: schema_text, key: schema_text });
/** Sources that other tools fetch (the team's Python ingest): typed where their shape is known. */
const publishingGis = schemas/* looseObject */._H3({
    type: schemas/* literal */.euz("edm.publishing.gis"),
    name: schema_text,
    layer: schema_text.optional(),
});
const recipesDataset = schemas/* looseObject */._H3({ type: schemas/* literal */.euz("edm.recipes.datasets"), key: schema_text });
const published = schemas/* looseObject */._H3({ type: schemas/* literal */.euz("edm.publishing.published"), product: schema_text });
const ONE_OFF_SOURCE_TYPES = [
    "axway",
    "myschools_nyc",
    "foodbankny",
    "qpl",
    "uscourts",
    "usps_locations",
    "script",
    "de-published",
];
const oneOff = schemas/* looseObject */._H3({ type: schemas/* enum */.k5n(ONE_OFF_SOURCE_TYPES) });
const SourceSchema = schemas/* discriminatedUnion */.gMt("type", [
    LocalFileSourceSchema,
    FileDownloadSourceSchema,
    ApiSourceSchema,
    SocrataSourceSchema,
    ArcgisFeatureServerSourceSchema,
    s3,
    publishingGis,
    recipesDataset,
    published,
    oneOff,
]);
const COLUMN_TYPES = [
    "text",
    "integer",
    "decimal",
    "number",
    "bool",
    "boolean",
    "date",
    "datetime",
    "geometry",
    "bbl",
    "wkb",
];
const ColumnSchema = schemas/* strictObject */.rej({
    id: schema_text,
    name: schemas/* string */.YjP().optional(),
    data_type: schemas/* enum */.k5n(COLUMN_TYPES),
    description: schemas/* string */.YjP().optional(),
    is_required: schemas/* boolean */.zMY().optional(),
    checks: schemas/* array */.YOg(schemas/* unknown */.L5J()).optional(),
});
const IngestionSchema = schemas/* strictObject */.rej({
    source: SourceSchema.optional(),
    file_format: FileFormatSchema,
    target_crs: schema_text.optional(),
    processing_mode: schemas/* string */.YjP().optional(),
    processing_steps: schemas/* array */.YOg(ProcessingStepSchema).optional(),
});
const AclSchema = schemas/* enum */.k5n(["public-read", "private"]);
/** dcpy's `DatasetAttributes`: every field optional, so lifecycle lets the whole block be left out. */
const AttributesSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().nullish(),
    description: schemas/* string */.YjP().nullish(),
    url: schemas/* string */.YjP().nullish(),
    custom: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
});
const IngestTemplateSchema = schemas/* strictObject */.rej({
    id: schema_text.describe("Dataset id: where the ingest store keeps it and what recipes name"),
    acl: AclSchema.optional(),
    depends_on: schemas/* array */.YOg(schema_text)
        .optional()
        .describe("Datasets this one is made from: their ingests run first"),
    attributes: AttributesSchema.optional()
        .default({})
        .describe("name, description, url, custom: all optional"),
    ingestion: IngestionSchema,
    columns: schemas/* array */.YOg(ColumnSchema).nullish(),
    checks: schemas/* array */.YOg(schemas/* unknown */.L5J()).nullish(),
    outputs: schemas/* array */.YOg(schemas/* enum */.k5n(["parquet", "csv"]))
        .optional()
        .describe("lifecycle: files written for the dataset (parquet always; csv on request)"),
});

;// CONCATENATED MODULE: ./src/config/template/quoted-indent.ts
function indentQuotedContinuations(input) {
    const insertions = [];
    let quote;
    let minimumIndent = 0;
    let lineStart = 0;
    for (let i = 0; i < input.length; i++) {
        const char = input[i];
        if (char === "\n") {
            lineStart = i + 1;
            if (quote) {
                const indent = leadingSpaces(input, lineStart);
                if (indent < minimumIndent && !blankLine(input, lineStart + indent)) {
                    insertions.push({ at: lineStart, count: minimumIndent - indent });
                }
            }
            continue;
        }
        if (quote === '"') {
            if (char === "\\" && input[i + 1] !== "\n")
                i++;
            else if (char === '"')
                quote = undefined;
        }
        else if (quote === "'") {
            if (char === "'" && input[i + 1] === "'")
                i++;
            else if (char === "'")
                quote = undefined;
        }
        else if (char === "#" && (i === lineStart || /\s/.test(input[i - 1] ?? ""))) {
            i = endOfLine(input, i) - 1;
        }
        else if ((char === '"' || char === "'") && startsScalar(input, lineStart, i)) {
            quote = char;
            minimumIndent = leadingSpaces(input, lineStart) + 1;
        }
    }
    return {
        text: applyInsertions(input, insertions),
        inputOffset: (offset) => toInput(insertions, offset),
    };
}
function startsScalar(input, lineStart, at) {
    const before = input.slice(lineStart, at).trimEnd();
    return before === "" || /[:\-[{,?]$/.test(before);
}
function leadingSpaces(input, from) {
    let n = 0;
    while (input[from + n] === " ")
        n++;
    return n;
}
function blankLine(input, at) {
    const char = input[at];
    return char === undefined || char === "\n" || char === "\r";
}
function endOfLine(input, from) {
    const end = input.indexOf("\n", from);
    return end < 0 ? input.length : end;
}
function applyInsertions(input, insertions) {
    let out = "";
    let last = 0;
    for (const { at, count } of insertions) {
        out += input.slice(last, at) + " ".repeat(count);
        last = at;
    }
    return out + input.slice(last);
}
function toInput(insertions, offset) {
    let shift = 0;
    for (const { at, count } of insertions) {
        const start = at + shift;
        if (offset < start)
            break;
        if (offset < start + count)
            return at;
        shift += count;
    }
    return offset - shift;
}

;// CONCATENATED MODULE: ./src/config/template/source-schema.ts




/*
 * dcpy's second template shape (`DataSourceDefinition`): one source, downloaded and archived once,
 * split into several datasets (a geodatabase's layers, a workbook's sheets). Each dataset is
 * `dataset_defaults` deep-merged with its own entry (the entry wins), as dcpy's `resolve_definition`.
 */
const source_schema_text = schemas/* string */.YjP().min(1);
/** What a dataset entry and `dataset_defaults` share; `file_format` is checked after the merge. */
const mergedFields = {
    target_crs: source_schema_text.optional(),
    processing_steps: schemas/* array */.YOg(ProcessingStepSchema).optional(),
};
const DatasetDefaultsSchema = schemas/* strictObject */.rej({
    attributes: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
    file_format: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
    ...mergedFields,
});
const DownstreamDatasetSchema = schemas/* strictObject */.rej({
    id: source_schema_text,
    acl: AclSchema.optional(),
    attributes: AttributesSchema.optional(),
    file_format: FileFormatSchema,
    ...mergedFields,
    columns: schemas/* array */.YOg(ColumnSchema).nullish(),
    checks: schemas/* array */.YOg(schemas/* unknown */.L5J()).nullish(),
    outputs: schemas/* array */.YOg(schemas/* enum */.k5n(["parquet", "csv"])).optional(),
});
const DataSourceTemplateSchema = schemas/* strictObject */.rej({
    id: source_schema_text,
    acl: AclSchema.optional(),
    depends_on: schemas/* array */.YOg(source_schema_text).optional(),
    attributes: AttributesSchema.optional(),
    source: SourceSchema,
    dataset_defaults: DatasetDefaultsSchema.optional(),
    datasets: schemas/* array */.YOg(DownstreamDatasetSchema)
        .min(1, "a data source template needs at least one entry under datasets: (- id: <dataset>)"),
});
/** A YAML value that is written in the data-source shape (top-level `datasets`, no `ingestion`). */
function isDataSourceShape(value) {
    return isRecord(value) && !("ingestion" in value) && ("datasets" in value || "source" in value);
}
/**
 * The file's value with `dataset_defaults` merged into every dataset entry, so that the schema checks
 * each dataset as dcpy resolves it; the paths stay those of the file (a field that came from the
 * defaults is located at its dataset entry).
 */
function mergeDatasetDefaults(value) {
    const defaults = value.dataset_defaults;
    if (!isRecord(defaults) || !Array.isArray(value.datasets))
        return value;
    const datasets = value.datasets.map((entry) => isRecord(entry) ? deepMerge(defaults, entry) : entry);
    return { ...value, datasets };
}
/** dcpy's `deep_merge_dict`: mappings merge key by key, anything else from `override` wins. */
function deepMerge(base, override) {
    const out = {};
    for (const [key, value] of Object.entries(base))
        if (value !== null)
            out[key] = value;
    for (const [key, value] of Object.entries(override)) {
        if (value === null || value === undefined)
            continue;
        const current = out[key];
        out[key] = isRecord(current) && isRecord(value) ? deepMerge(current, value) : value;
    }
    return out;
}
/** Each dataset of a data source as a one-dataset template reading the source's download. */
function expandDataSource(source) {
    return source.datasets.map((dataset) => ({
        id: dataset.id,
        ...((dataset.acl ?? source.acl) ? { acl: dataset.acl ?? source.acl } : {}),
        ...(source.depends_on ? { depends_on: source.depends_on } : {}),
        attributes: dataset.attributes ?? {},
        ingestion: {
            source: source.source,
            file_format: dataset.file_format,
            ...(dataset.target_crs ? { target_crs: dataset.target_crs } : {}),
            ...(dataset.processing_steps ? { processing_steps: dataset.processing_steps } : {}),
        },
        ...(dataset.columns ? { columns: dataset.columns } : {}),
        ...(dataset.checks ? { checks: dataset.checks } : {}),
        ...(dataset.outputs ? { outputs: dataset.outputs } : {}),
    }));
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/config/template/index.ts












/** Rendered in place of the version when a template is validated without one. */
const PLACEHOLDER_VERSION = "VERSION";
/** Render the Jinja of a template. Throws `JinjaError` (with an offset) on an unsupported construct. */
function renderTemplate(text, vars) {
    return renderWithSourceMap(text, vars).text;
}
/**
 * Render (Jinja) then parse and validate a template file of either shape. Every diagnostic is
 * located in the ORIGINAL text, before rendering. A repeated key is a warning and the last value
 * wins, as in PyYAML, which the team's own tool uses. `definition` is set whenever there is no
 * error; `template` too when the file is of the one-dataset shape.
 */
function parseTemplateFile(file, text, version = PLACEHOLDER_VERSION) {
    let rendered;
    try {
        rendered = jinja_renderWithSourceMap(text, { version });
    }
    catch (error) {
        if (!(error instanceof JinjaError))
            throw error;
        const { line, column } = lineColumn(text, error.offset);
        return {
            diagnostics: [{ severity: "error", file, line, column, path: "", message: error.message }],
        };
    }
    const yaml = parseRendered(file, text, rendered);
    if (yaml.value === undefined || (0,core_diagnostics/* hasErrors */.Cs)(yaml.diagnostics))
        return { diagnostics: yaml.diagnostics };
    if (isDataSourceShape(yaml.value)) {
        const merged = { ...yaml, value: mergeDatasetDefaults(yaml.value) };
        const { data, diagnostics } = (0,yaml_file/* parseWithSchema */.fe)(merged, DataSourceTemplateSchema);
        const all = [...yaml.diagnostics, ...diagnostics];
        if (!data)
            return { diagnostics: all };
        const datasets = expandDataSource(data);
        const definition = {
            shape: "source",
            id: data.id,
            depends_on: data.depends_on ?? [],
            datasets,
        };
        return { definition, diagnostics: all };
    }
    const { data, diagnostics } = (0,yaml_file/* parseWithSchema */.fe)(yaml, IngestTemplateSchema);
    const all = [...yaml.diagnostics, ...diagnostics];
    if (!data)
        return { diagnostics: all };
    const definition = {
        shape: "dataset",
        id: data.id,
        depends_on: data.depends_on ?? [],
        datasets: [data],
    };
    return { template: data, definition, diagnostics: all };
}
/** Parse the rendered text, leniently on a second try; positions point into the original text. */
function parseRendered(file, original, rendered) {
    const parse = (text) => (0,yaml_file/* parseYamlFile */.BU)(file, text, { duplicateKeys: "warning" });
    const strict = remapYaml(parse(rendered.text), original, rendered.text, rendered.originalOffset);
    if (!(0,core_diagnostics/* hasErrors */.Cs)(strict.diagnostics))
        return strict;
    const relaxed = indentQuotedContinuations(rendered.text);
    if (relaxed.text === rendered.text)
        return strict;
    const toOriginal = (offset) => rendered.originalOffset(relaxed.inputOffset(offset));
    const lenient = remapYaml(parse(relaxed.text), original, relaxed.text, toOriginal);
    return (0,core_diagnostics/* hasErrors */.Cs)(lenient.diagnostics) ? strict : lenient;
}
/** A parsed file whose positions point into the original (unrendered) text. */
function remapYaml(yaml, original, parsedText, originalOffset) {
    const toOriginal = (pos) => lineColumn(original, originalOffset(offsetOf(parsedText, pos.line, pos.column)));
    return {
        ...yaml,
        diagnostics: yaml.diagnostics.map((d) => ({ ...d, ...toOriginal(d) })),
        locate: (path, options) => toOriginal(yaml.locate(path, options)),
    };
}
/** 1-based line and column of an offset. */
function lineColumn(text, offset) {
    const before = text.slice(0, Math.max(0, offset));
    const lastNewline = before.lastIndexOf("\n");
    const line = before.split("\n").length;
    return { line, column: offset - lastNewline };
}
function offsetOf(text, line, column) {
    let offset = 0;
    for (let current = 1; current < line; current++) {
        const next = text.indexOf("\n", offset);
        if (next < 0)
            return text.length;
        offset = next + 1;
    }
    return offset + column - 1;
}
/** Why a valid template cannot be run by lifecycle itself (empty when it can). */
function runnability(template) {
    const reasons = [];
    const source = template.ingestion.source;
    if (!source)
        reasons.push("the template has no source");
    else if (!includes(RUNNABLE_SOURCE_TYPES, source.type))
        reasons.push(`source type "${source.type}"`);
    const format = template.ingestion.file_format.type;
    if (!includes(RUNNABLE_FORMATS, format))
        reasons.push(`file format "${format}"`);
    for (const step of template.ingestion.processing_steps ?? []) {
        if (!includes(RUNNABLE_STEPS, step.name))
            reasons.push(`processing step "${step.name}"`);
    }
    return { runnable: reasons.length === 0, reasons };
}
function includes(list, value) {
    return list.includes(value);
}


/***/ }),

/***/ 4599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sx: () => (/* binding */ readUtf8)
/* harmony export */ });
/* unused harmony exports invalidUtf8Offset, utf8Diagnostic */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/** How many continuation bytes follow a lead byte, and the smallest code point it may encode. */
function lead(byte) {
    if (byte < 0x80)
        return { follow: 0, min: 0 };
    if (byte >= 0xc2 && byte <= 0xdf)
        return { follow: 1, min: 0x80 };
    if (byte >= 0xe0 && byte <= 0xef)
        return { follow: 2, min: 0x800 };
    if (byte >= 0xf0 && byte <= 0xf4)
        return { follow: 3, min: 0x10000 };
    return undefined;
}
/** Where the first invalid UTF-8 sequence of `bytes` starts, or undefined when all is valid. */
function invalidUtf8Offset(bytes) {
    for (let at = 0; at < bytes.length;) {
        const first = bytes[at] ?? 0;
        const shape = lead(first);
        if (!shape)
            return at;
        let point = first & (0x7f >> shape.follow);
        for (let i = 1; i <= shape.follow; i++) {
            const next = bytes[at + i];
            if (next === undefined || (next & 0xc0) !== 0x80)
                return at;
            point = (point << 6) | (next & 0x3f);
        }
        const surrogate = point >= 0xd800 && point <= 0xdfff;
        if (point < shape.min || point > 0x10ffff || surrogate)
            return at;
        at += shape.follow + 1;
    }
    return undefined;
}
/** The diagnostic for a file that is not UTF-8, at the line and column of the first bad byte. */
function utf8Diagnostic(file, bytes) {
    const offset = invalidUtf8Offset(bytes);
    if (offset === undefined)
        return undefined;
    const before = Buffer.from(bytes.subarray(0, offset)).toString("utf8");
    const lines = before.split("\n");
    const byte = (bytes[offset] ?? 0).toString(16).padStart(2, "0");
    return {
        severity: "error",
        file,
        line: lines.length,
        column: (lines.at(-1)?.length ?? 0) + 1,
        path: "",
        message: `${file} is not valid UTF-8: byte 0x${byte} at byte offset ${offset}; save the file as UTF-8`,
    };
}
/** Read a configuration file as UTF-8 text; a ConfigError naming file and byte offset when it is not. */
async function readUtf8(absolute, file) {
    const bytes = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(absolute);
    const problem = utf8Diagnostic(file, bytes);
    if (problem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(problem.message, [problem]);
    return bytes.toString("utf8");
}


/***/ }),

/***/ 98384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R5: () => (/* binding */ diagnosticAt),
  fe: () => (/* binding */ parseWithSchema),
  BU: () => (/* binding */ parseYamlFile),
  yC: () => (/* binding */ withYamlCache)
});

// UNUSED EXPORTS: formatPath, valueAt

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/schemas.js + 2 modules
var schemas = __webpack_require__(56985);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(27135);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
;// CONCATENATED MODULE: ./src/config/yaml-cache.ts





/**
 * Parsed values of well-formed YAML files, keyed by the sha256 of their text: an unchanged file is
 * not parsed again. One file per project under the user's cache directory
 * (`$LIFECYCLE_CACHE_DIR`, else `$XDG_CACHE_HOME/lifecycle`, else `~/.cache/lifecycle`;
 * `LIFECYCLE_CACHE_DIR=off` turns it off). A missing, unreadable or foreign cache file is ignored;
 * it is replaced atomically, so concurrent runs never read half of one. Only the files read by
 * the last load are kept, so it does not grow with history.
 */
const FORMAT = "lifecycle-yaml-cache-2";
class YamlCache {
    file;
    known;
    used = new Map();
    changed = false;
    constructor(file, known) {
        this.file = file;
        this.known = known;
    }
    get(key) {
        const text = this.known.get(key);
        if (text === undefined)
            return undefined;
        const parsed = readEntry(text);
        if (parsed)
            this.used.set(key, text);
        return parsed;
    }
    /** Remember a parse; call before anything changes `parsed.value`. */
    set(key, parsed) {
        if (this.file === undefined || !jsonSafe(parsed.value))
            return;
        const text = JSON.stringify(parsed);
        this.known.set(key, text);
        this.used.set(key, text);
        this.changed = true;
    }
    /** Write the entries this load used, when any were added or dropped. */
    async save() {
        if (this.file === undefined)
            return;
        if (!this.changed && this.used.size === this.known.size)
            return;
        await promises_default().mkdir(external_node_path_default().dirname(this.file), { recursive: true });
        const temporary = `${this.file}.${(0,external_node_crypto_.randomUUID)()}.tmp`;
        const data = { format: FORMAT, entries: this.used };
        try {
            await promises_default().writeFile(temporary, (0,external_node_v8_.serialize)(data), { mode: 0o600 });
            await promises_default().rename(temporary, this.file);
        }
        catch {
            await promises_default().rm(temporary, { force: true });
        }
    }
}
/** The cache key of a text: what it parses to depends on nothing else. */
function yamlCacheKey(text) {
    return (0,external_node_crypto_.createHash)("sha256").update(text).digest("base64");
}
async function openYamlCache(root, env = process.env) {
    const dir = cacheDir(env);
    if (dir === undefined)
        return new YamlCache(undefined, new Map());
    const name = (0,external_node_crypto_.createHash)("sha256").update(external_node_path_default().resolve(root)).digest("hex").slice(0, 24);
    const file = external_node_path_default().join(dir, "config", `${name}.bin`);
    return new YamlCache(file, await readEntries(file));
}
function cacheDir(env) {
    const configured = env.LIFECYCLE_CACHE_DIR;
    if (configured === "off")
        return undefined;
    if (configured)
        return configured;
    if (env.XDG_CACHE_HOME)
        return external_node_path_default().join(env.XDG_CACHE_HOME, "lifecycle");
    return external_node_path_default().join(external_node_os_default().homedir(), ".cache", "lifecycle");
}
async function readEntries(file) {
    try {
        const data = (0,external_node_v8_.deserialize)(await promises_default().readFile(file));
        if (!isCacheFile(data))
            return new Map();
        return data.entries;
    }
    catch {
        return new Map();
    }
}
function isCacheFile(data) {
    if (typeof data !== "object" || data === null)
        return false;
    const { format, entries } = data;
    return format === FORMAT && entries instanceof Map;
}
/** JSON keeps every value YAML gives except NaN, the infinities and -0: those are not cached. */
function jsonSafe(value) {
    if (typeof value === "number")
        return Number.isFinite(value) && !Object.is(value, -0);
    if (Array.isArray(value))
        return value.every(jsonSafe);
    if (typeof value === "object" && value !== null)
        return Object.values(value).every(jsonSafe);
    return true;
}
function readEntry(text) {
    try {
        const entry = JSON.parse(text);
        if (typeof entry !== "object" || entry === null || !("value" in entry))
            return undefined;
        const { numberSources } = entry;
        if (typeof numberSources !== "object" || numberSources === null)
            return undefined;
        return entry;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./src/config/yaml-fast.ts

/** A number as the loader builds it, keeping its text until the value is walked. */
class PlainNumber {
    value;
    source;
    [Symbol.toStringTag] = "PlainNumber";
    constructor(value, source) {
        this.value = value;
        this.source = source;
    }
    toString() {
        return String(this.value);
    }
}
/** `~`/`null` as a value is null; as a key it is "" (what `yaml` makes of a null key). */
class PlainNull {
    [Symbol.toStringTag] = "PlainNull";
    toString() {
        return "";
    }
}
const PLAIN_NULL = new PlainNull();
// The regular expressions of yaml/dist/schema/core/*.js and common/null.js.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
function numberOf(text) {
    if (INT_OCT.test(text))
        return parseInt(text.slice(2), 8);
    if (INT_HEX.test(text))
        return parseInt(text.slice(2), 16);
    if (FLOAT_NAN.test(text))
        return /nan/i.test(text) ? NaN : infinity(text);
    return Number(text);
}
function infinity(text) {
    return text.startsWith("-") ? -Infinity : Infinity;
}
const isNumber = (text) => INT_OCT.test(text) ||
    INT.test(text) ||
    INT_HEX.test(text) ||
    FLOAT_NAN.test(text) ||
    FLOAT_EXP.test(text) ||
    FLOAT.test(text);
const CORE_SCHEMA = js_yaml/* default.FAILSAFE_SCHEMA */.Ay.FAILSAFE_SCHEMA.extend({
    implicit: [
        new js_yaml/* default.Type */.Ay.Type("tag:yaml.org,2002:null", {
            kind: "scalar",
            resolve: (data) => NULL.test(data),
            construct: () => PLAIN_NULL,
        }),
        new js_yaml/* default.Type */.Ay.Type("tag:yaml.org,2002:bool", {
            kind: "scalar",
            resolve: (data) => BOOL.test(data),
            construct: (data) => data[0] === "t" || data[0] === "T",
        }),
        new js_yaml/* default.Type */.Ay.Type("tag:yaml.org,2002:float", {
            kind: "scalar",
            resolve: (data) => isNumber(data),
            construct: (data) => new PlainNumber(numberOf(data), data),
        }),
    ],
});
/** Anything js-yaml might read differently from `yaml`, or that needs alias limits: left to `yaml`. */
const UNSURE = /(?:^|[\s[{,])[&*!]|^%|^\?|\t|\r/m;
/**
 * A quoted scalar that goes on past its line: js-yaml, like PyYAML, accepts continuation lines that
 * `yaml` rightly rejects as under-indented, so these go to `yaml` for its diagnostic.
 */
const MULTILINE_QUOTED = /(?:^|[\s[{,:])(?:"(?:[^"\\]|\\.)*|'(?:[^']|'')*)$/m;
function fastParse(text) {
    if (UNSURE.test(text) || MULTILINE_QUOTED.test(text))
        return undefined;
    let loaded;
    try {
        loaded = js_yaml/* default.load */.Ay.load(text, { schema: CORE_SCHEMA });
    }
    catch {
        return undefined;
    }
    const numberSources = {};
    const value = unwrap(loaded === undefined ? PLAIN_NULL : loaded, [], numberSources);
    return { value, numberSources };
}
/** Field paths joined by NUL, which YAML text cannot contain. */
function numberSourceKey(path) {
    return path.join("\0");
}
/** Replace the loader's markers by plain values, noting where each number came from. */
function unwrap(node, path, sources) {
    if (node instanceof PlainNumber) {
        sources[numberSourceKey(path)] = node.source;
        return node.value;
    }
    if (node === PLAIN_NULL)
        return null;
    if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++)
            node[i] = unwrap(node[i], [...path, i], sources);
        return node;
    }
    if (typeof node === "object" && node !== null) {
        const record = node;
        for (const key of Object.keys(record)) {
            const value = unwrap(record[key], [...path, key], sources);
            // js-yaml defines `__proto__` as an own field; assigning it would set the prototype instead.
            if (key === "__proto__")
                Object.defineProperty(record, key, { value, writable: true, enumerable: true });
            else
                record[key] = value;
        }
    }
    return node;
}

;// CONCATENATED MODULE: ./src/config/yaml-file.ts





function parseYamlFile(file, text, options = {}) {
    const fast = cachedFastParse(text);
    return fast ? fastYamlFile(file, text, fast, options) : fullYamlFile(file, text, options);
}
const openCaches = [];
/**
 * Run `load` with the project's parse cache: files whose text was parsed before are not parsed
 * again. Entries are keyed by content alone, so overlapping loads of other projects are safe.
 */
async function withYamlCache(root, load) {
    const cache = await openYamlCache(root);
    openCaches.push(cache);
    try {
        return await load();
    }
    finally {
        openCaches.splice(openCaches.indexOf(cache), 1);
        await cache.save();
    }
}
function cachedFastParse(text) {
    const cache = openCaches[openCaches.length - 1];
    const key = cache ? yamlCacheKey(text) : "";
    const hit = cache?.get(key);
    if (hit)
        return hit;
    const parsed = fastParse(text);
    if (parsed && cache)
        cache.set(key, parsed);
    return parsed;
}
/** A well-formed file: positions are computed (by a full parse) only when something asks for one. */
function fastYamlFile(file, text, fast, options) {
    let full;
    const located = () => (full ??= fullYamlFile(file, text, options));
    return {
        file,
        value: fast.value,
        diagnostics: [],
        locate: (path, locateOptions) => located().locate(path, locateOptions),
        scalarSource: (path) => fast.numberSources[numberSourceKey(path)] ?? located().scalarSource(path),
    };
}
/** The parser's message, but a stack overflow said as what it is: nesting a person could fix. */
function yamlErrorText(message) {
    const first = firstLine(message);
    return /maximum call stack size exceeded/i.test(first)
        ? `collections nested too deeply to read (${first})`
        : first;
}
function fullYamlFile(file, text, options) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const lenient = options.duplicateKeys === "warning";
    const errors = doc.errors.filter((error) => !(lenient && error.code === "DUPLICATE_KEY"));
    const diagnostics = errors.map((error) => {
        const pos = lineCounter.linePos(error.pos[0]);
        return {
            severity: "error",
            file,
            line: pos.line,
            column: pos.col,
            path: "",
            message: `invalid YAML: ${yamlErrorText(error.message)}`,
        };
    });
    const locate = (path, options = {}) => locateInDocument(doc, lineCounter, path, options.key === true);
    const scalarSource = (path) => {
        const node = deepestNode(doc, path, true);
        return (0,dist/* isScalar */.jn)(node) && node.type === "PLAIN" ? node.source : undefined;
    };
    if (diagnostics.length === 0)
        diagnostics.push(...aliasProblems(file, doc, lineCounter));
    const value = diagnostics.length === 0 ? toValue(file, doc, lineCounter, diagnostics) : undefined;
    // The composer keeps both pairs of a repeated key, so `toJS` gives the last value, as PyYAML does.
    if (value !== undefined && errors.length < doc.errors.length) {
        diagnostics.push(...duplicateKeyWarnings(file, doc, lineCounter));
    }
    return { file, value, diagnostics, locate, scalarSource };
}
/** At most this many alias expansions per file: enough for real configs, not for an alias bomb. */
const MAX_ALIAS_COUNT = 100;
/** The document's value; an alias `yaml` refuses to expand becomes a diagnostic at that alias. */
function toValue(file, doc, counter, diagnostics) {
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        if (!(error instanceof ReferenceError))
            throw error;
        const aliases = aliasNodes(doc);
        const excessive = /excessive alias count/i.test(error.message);
        const unresolved = /^Unresolved alias.*: (.*)$/.exec(error.message)?.[1];
        const at = aliases.find((a) => excessive || a.node.source === unresolved) ?? aliases[0];
        const message = excessive
            ? `invalid YAML: aliases expand to more than ${MAX_ALIAS_COUNT} nodes (an alias bomb?)`
            : `invalid YAML: ${firstLine(error.message)}`;
        diagnostics.push(aliasDiagnostic(file, counter, at?.node, at?.path ?? [], message));
        return undefined;
    }
}
/** An alias inside the node its anchor names would make a value that contains itself. */
function aliasProblems(file, doc, counter) {
    return aliasNodes(doc)
        .filter(({ anchors, node }) => anchors.includes(node.source))
        .map(({ node, path }) => aliasDiagnostic(file, counter, node, path, `invalid YAML: alias *${node.source} is inside the node anchored &${node.source} (a value cannot contain itself)`));
}
function aliasNodes(doc) {
    const found = [];
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node, ancestors) {
            const anchors = ancestors.flatMap((a) => ((0,dist/* isNode */.Ll)(a) && a.anchor ? [a.anchor] : []));
            found.push({ node, path: fieldPathOf([...ancestors, node]), anchors });
        },
    });
    return found;
}
function aliasDiagnostic(file, counter, node, path, message) {
    const pos = counter.linePos(node?.range?.[0] ?? 0);
    return {
        severity: "error",
        file,
        line: pos.line,
        column: pos.col,
        path: formatPath(path),
        message,
    };
}
function duplicateKeyWarnings(file, doc, counter) {
    const warnings = [];
    (0,dist/* visit */.YR)(doc, {
        Map(_key, map, ancestors) {
            const seen = new Set();
            for (const pair of map.items) {
                const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key;
                if (!seen.has(key)) {
                    seen.add(key);
                    continue;
                }
                const pos = counter.linePos((0,dist/* isNode */.Ll)(pair.key) ? (pair.key.range?.[0] ?? 0) : 0);
                warnings.push({
                    severity: "warning",
                    file,
                    line: pos.line,
                    column: pos.col,
                    path: formatPath([...fieldPathOf([...ancestors, map]), String(key)]),
                    message: `duplicate key ${(0,diagnostics/* describeValue */.bp)(key)}: the last value is used`,
                });
            }
        },
    });
    return warnings;
}
/** The field path of a node from its ancestors as `visit` gives them (document first). */
function fieldPathOf(ancestors) {
    const path = [];
    ancestors.forEach((node, i) => {
        const child = ancestors[i + 1];
        if ((0,dist/* isPair */.tO)(node) && child === node.value)
            path.push(String((0,dist/* isScalar */.jn)(node.key) ? node.key.value : node.key));
        if ((0,dist/* isSeq */.oP)(node) && child !== undefined)
            path.push(node.items.indexOf(child));
    });
    return path;
}
function firstLine(message) {
    return message.split("\n")[0] ?? message;
}
function locateInDocument(doc, counter, path, key) {
    const node = key ? (keyNodeAt(doc, path) ?? deepestNode(doc, path)) : deepestNode(doc, path);
    const offset = node?.range?.[0] ?? 0;
    const pos = counter.linePos(offset);
    return { line: pos.line, column: pos.col };
}
/** The node at `path`, or the deepest existing ancestor (a missing field is reported on its parent). */
function deepestNode(doc, path, exact = false) {
    let current = doc.contents;
    let found = (0,dist/* isNode */.Ll)(current) ? current : undefined;
    for (const segment of path) {
        const next = childOf(current, segment);
        if (next === undefined)
            return exact ? undefined : found;
        // A field without a value (`version:`) has no node of its own: it is located at its key.
        if (exact && next.value === next.keyNode)
            return undefined;
        current = next.value;
        found = next.keyNode && !(0,dist/* isNode */.Ll)(next.value) ? next.keyNode : next.value;
    }
    return found;
}
function keyNodeAt(doc, path) {
    const last = path[path.length - 1];
    if (last === undefined)
        return undefined;
    const parent = path.length === 1 ? doc.contents : deepestNode(doc, path.slice(0, -1), true);
    return childOf(parent, last)?.keyNode;
}
function childOf(node, segment) {
    if ((0,dist/* isSeq */.oP)(node) && typeof segment === "number") {
        const item = node.items[segment];
        return item === undefined ? undefined : { value: item };
    }
    if ((0,dist/* isMap */.jh)(node)) {
        const pair = node.items.findLast((p) => ((0,dist/* isScalar */.jn)(p.key) ? p.key.value : p.key) === segment);
        if (!pair)
            return undefined;
        const keyNode = (0,dist/* isNode */.Ll)(pair.key) ? pair.key : undefined;
        return { value: pair.value ?? keyNode, keyNode };
    }
    return undefined;
}
function formatPath(path) {
    let out = "";
    for (const segment of path) {
        if (typeof segment === "number")
            out += `[${segment}]`;
        else
            out += out === "" ? segment : `.${segment}`;
    }
    return out;
}
function valueAt(value, path) {
    let current = value;
    for (const segment of path) {
        if (current === null || typeof current !== "object")
            return undefined;
        current = current[segment];
    }
    return current;
}
/** A diagnostic at a field of a parsed file. */
function diagnosticAt(yaml, path, message, options = {}) {
    const { line, column } = yaml.locate(path, { key: options.atKey === true });
    const diagnostic = {
        severity: options.severity ?? "error",
        file: yaml.file,
        line,
        column,
        path: formatPath(path),
        message,
    };
    if ("received" in options)
        diagnostic.received = options.received;
    if (options.allowed !== undefined)
        diagnostic.allowed = options.allowed;
    return diagnostic;
}
/** Parse `yaml.value` with a zod schema; every issue becomes a located diagnostic. */
function parseWithSchema(yaml, schema) {
    const result = schema.safeParse(yaml.value, { reportInput: true, error: allowedKeysMessage });
    if (result.success)
        return { data: result.data, diagnostics: [] };
    return { diagnostics: result.error.issues.flatMap((issue) => issueDiagnostics(yaml, issue)) };
}
function issueDiagnostics(yaml, issue) {
    const path = issue.path.filter((p) => typeof p !== "symbol");
    if (issue.code === "unrecognized_keys") {
        const allowed = issue.message.startsWith(ALLOWED_PREFIX)
            ? issue.message.slice(ALLOWED_PREFIX.length)
            : "";
        const suffix = allowed ? `; allowed: ${allowed}` : "";
        return issue.keys.map((key) => diagnosticAt(yaml, [...path, key], `unknown field "${key}"${suffix}`, {
            received: valueAt(yaml.value, [...path, key]),
            atKey: true,
            ...(allowed ? { allowed } : {}),
        }));
    }
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
        const best = closestUnionBranch(issue.errors);
        if (best) {
            // Union branch issues carry paths relative to the union itself.
            return best.flatMap((inner) => issueDiagnostics(yaml, { ...inner, path: [...issue.path, ...inner.path] }));
        }
    }
    const received = valueAt(yaml.value, path);
    const allowed = allowedFor(issue);
    const suffix = allowed ? `; allowed: ${allowed}` : "";
    const message = `${issue.message} (received ${(0,diagnostics/* describeValue */.bp)(received)})${suffix}`;
    return [diagnosticAt(yaml, path, message, { received, ...(allowed ? { allowed } : {}) })];
}
const ALLOWED_PREFIX = "allowed fields: ";
/** zod's unknown-key issue does not name the known keys; the object schema that raised it does. */
function allowedKeysMessage(issue) {
    if (issue.code !== "unrecognized_keys")
        return undefined;
    const inst = issue.inst;
    if (!(inst instanceof schemas/* $ZodObject */.L8))
        return undefined;
    return ALLOWED_PREFIX + Object.keys(inst._zod.def.shape).join(", ");
}
function allowedFor(issue) {
    switch (issue.code) {
        case "invalid_value":
            return issue.values.map((v) => JSON.stringify(v)).join(", ");
        case "invalid_type":
            return issue.expected;
        default:
            return undefined;
    }
}
/** In a failed union, the branch that got furthest is the one the user meant. */
function closestUnionBranch(branches) {
    const depth = (issues) => Math.max(0, ...issues.map((i) => i.path.length));
    return [...branches].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0];
}


/***/ }),

/***/ 27135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ hasErrors),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   n6: () => (/* binding */ describeIssue),
/* harmony export */   oO: () => (/* binding */ formatDiagnostics)
/* harmony export */ });
function formatDiagnostics(diagnostics, format) {
    if (format === "json")
        return formatJson(diagnostics);
    const lines = diagnostics.map((d) => (format === "github" ? githubLine(d) : textLine(d)));
    return lines.join("\n");
}
function formatJson(diagnostics) {
    const strip = ({ severity: _severity, ...rest }) => rest;
    return JSON.stringify({
        errors: diagnostics.filter((d) => d.severity === "error").map(strip),
        warnings: diagnostics.filter((d) => d.severity === "warning").map(strip),
    }, null, 2);
}
function textLine(d) {
    const where = d.path ? ` ${d.path}:` : "";
    return `${d.file}:${d.line}:${d.column}: ${d.severity}:${where} ${d.message}`;
}
function githubLine(d) {
    const kind = d.severity === "error" ? "error" : "warning";
    const props = `file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.path || "lifecycle")}`;
    return `::${kind} ${props}::${escapeData(d.message)}`;
}
// Workflow-command escaping as @actions/core does it.
function escapeData(s) {
    return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function hasErrors(diagnostics) {
    return diagnostics.some((d) => d.severity === "error");
}
/** Render a value the user wrote, short enough for one line. */
function describeValue(value) {
    if (value === undefined)
        return "nothing";
    const text = typeof value === "string" ? JSON.stringify(value) : safeStringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function safeStringify(value) {
    try {
        return JSON.stringify(value) ?? String(value);
    }
    catch {
        return String(value);
    }
}
/**
 * A schema issue in lifecycle's words. A message the schema set itself (not one of zod's
 * defaults, which start "Invalid" or "Too") is kept as written.
 */
function describeIssue(issue) {
    if (!/^(Invalid|Too (small|big)|Unrecognized)/.test(issue.message))
        return issue.message;
    switch (issue.code) {
        case "invalid_value":
            return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
        case "invalid_type":
            return issue.input === undefined ? "is required" : `expected ${String(issue.expected)}`;
        case "too_small":
            return issue.origin === "string" && issue.minimum === 1
                ? "must not be empty"
                : `must be at least ${String(issue.minimum)}${lengthUnit(issue.origin)}`;
        case "too_big":
            return `must be at most ${String(issue.maximum)}${lengthUnit(issue.origin)}`;
        case "unrecognized_keys":
            return `unknown field${(issue.keys ?? []).length === 1 ? "" : "s"} ${(issue.keys ?? []).join(", ")}`;
        case "invalid_format":
            return "is not in the expected format";
        default:
            return "is not valid here";
    }
}
function lengthUnit(origin) {
    if (origin === "string")
        return " characters";
    if (origin === "array" || origin === "set")
        return " items";
    return "";
}


/***/ }),

/***/ 28772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pr: () => (/* binding */ destinationKind),
/* harmony export */   tF: () => (/* binding */ DestinationsSchema)
/* harmony export */ });
/* unused harmony exports SocrataDestinationSchema, ObjectStoreDestinationSchema, GitHubReleaseDestinationSchema, CommandDestinationSchema, DestinationSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26921);

const id = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, {
    message: "expected letters, digits, _ . and -",
});
/** A Socrata dataset, replaced through the publishing API (a revision, a source, apply). */
const SocrataDestinationSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    id,
    socrata: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        /** Domain, or a full origin (`http://127.0.0.1:8080` for a stand-in). */
        domain: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
        dataset: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[a-z0-9]{4}-[a-z0-9]{4}$/, {
            message: "expected a four-by-four id such as abcd-1234",
        }),
        /** The CSV of the published version to send (relative to its output/ folder). */
        file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    }),
});
/** Files of the version copied under an object-store prefix: `<url>/<product>/<version>/`. */
const ObjectStoreDestinationSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    id,
    object_store: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^s3:\/\/[^/]+/, { message: "expected s3://bucket/prefix" }),
    }),
});
/** A GitHub Release `<tag>` of `repository` with the package archive attached. */
const GitHubReleaseDestinationSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    id,
    github_release: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        repository: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
            .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, { message: "expected owner/name" }),
        tag: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).default("{product}-{version}"),
    }),
});
/** Any other destination: a shell command run in the version's folder. */
const CommandDestinationSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ id, command: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1) });
const DestinationSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([
    SocrataDestinationSchema,
    ObjectStoreDestinationSchema,
    GitHubReleaseDestinationSchema,
    CommandDestinationSchema,
]);
const DestinationsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(DestinationSchema);
function destinationKind(d) {
    if ("socrata" in d)
        return "socrata";
    if ("object_store" in d)
        return "object_store";
    if ("github_release" in d)
        return "github_release";
    return "command";
}


/***/ }),

/***/ 67267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hh: () => (/* binding */ affectedBetween)
/* harmony export */ });
/* unused harmony exports PRODUCTS_FILE, changedFiles, fileAtCommit, affectedProducts */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38815);
/* harmony import */ var _graph_graph_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1924);
/* harmony import */ var _graph_lineage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(93109);
/* harmony import */ var _project_view_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(84666);








const run = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_1__.execFile);
const PRODUCTS_FILE = "products/products.yml";
/** Paths changed between two commits, relative to the repository root, with `/` separators. */
async function changedFiles(root, base, head) {
    const { stdout } = await run("git", ["diff", "--name-only", "--no-renames", `${base}...${head}`], {
        cwd: root,
        maxBuffer: 64 * 1024 * 1024,
    });
    return stdout.split("\n").filter((line) => line.length > 0);
}
/** A file as it was at `commit`; undefined when it did not exist there. */
async function fileAtCommit(root, commit, file) {
    try {
        const { stdout } = await run("git", ["show", `${commit}:${file}`], {
            cwd: root,
            maxBuffer: 64 * 1024 * 1024,
        });
        return stdout;
    }
    catch {
        return undefined;
    }
}
/**
 * The products that a change touches: their products.yml entry differs from `baseProductsYaml`,
 * or their recipe, anything under `products/<id>/`, or an ingest template their recipe reads.
 */
function affectedProducts(project, changed, productsYaml) {
    const changedSet = new Set(changed);
    const entryChanged = changedSet.has(PRODUCTS_FILE)
        ? changedEntries(project, productsYaml.base, productsYaml.head)
        : new Set();
    const stale = staleDatasets(project, changedSet);
    const direct = new Map();
    for (const product of project.products) {
        const reasons = reasonsFor(project, product.id, changed, stale);
        if (entryChanged.has(product.id))
            reasons.unshift("products.yml entry");
        if (reasons.length > 0)
            direct.set(product.id, reasons);
    }
    return withDependants(project, direct);
}
/**
 * The products that read an affected product's output, transitively, each with the reason
 * `reads <upstream>`; in products.yml order.
 */
function withDependants(project, direct) {
    const { productInputs } = (0,_graph_lineage_js__WEBPACK_IMPORTED_MODULE_6__/* .lineageGraphSource */ .je)(project);
    const readers = new Map();
    for (const [reader, upstreams] of productInputs ?? []) {
        for (const upstream of upstreams)
            readers.set(upstream, [...(readers.get(upstream) ?? []), reader]);
    }
    const reached = (0,_graph_graph_js__WEBPACK_IMPORTED_MODULE_5__/* .closure */ .Cx)(direct.keys(), (id) => readers.get(id) ?? []);
    return project.products.flatMap(({ id }) => {
        if (!reached.has(id))
            return [];
        const via = (productInputs?.get(id) ?? []).filter((u) => reached.has(u));
        const reasons = [...(direct.get(id) ?? []), ...via.map((u) => `reads ${u}`)];
        return [{ product: id, reasons: [...new Set(reasons)] }];
    });
}
/**
 * Dataset id -> the reason it is stale: its template file changed (`template t`), or a dataset it is
 * made from did (`template t (via d)`).
 */
function staleDatasets(project, changed) {
    const datasets = (0,_graph_lineage_js__WEBPACK_IMPORTED_MODULE_6__/* .lineageDatasets */ .dp)(project);
    const fileOf = (id) => project.datasets?.get(id)?.file ??
        project.templates.get(id)?.file ??
        `ingest_templates/${id}.yml`;
    const direct = datasets.filter((d) => changed.has(relative(project.root, fileOf(d.id))));
    const dependants = new Map();
    for (const d of datasets) {
        for (const upstream of d.dependsOn ?? [])
            dependants.set(upstream, [...(dependants.get(upstream) ?? []), d.id]);
    }
    const stale = new Map();
    for (const d of direct) {
        for (const id of (0,_graph_graph_js__WEBPACK_IMPORTED_MODULE_5__/* .closure */ .Cx)([d.id], (x) => dependants.get(x) ?? [])) {
            if (!stale.has(id))
                stale.set(id, id === d.id ? `template ${d.template}` : `template ${d.template} (via ${id})`);
        }
    }
    return stale;
}
function reasonsFor(project, id, changed, stale) {
    const changedSet = new Set(changed);
    const reasons = [];
    const recipe = project.recipes.get(id);
    const baseFiles = recipe?.extended?.files.map((f) => f.file) ?? [];
    const recipeFiles = recipe ? [recipe.file, ...baseFiles] : [];
    if (recipeFiles.some((file) => changedSet.has(relative(project.root, file))))
        reasons.push("recipe");
    const dir = `products/${id}/`;
    const inDir = changed.filter((f) => f.startsWith(dir));
    if (inDir.length > 0)
        reasons.push(...inDir.slice(0, 5));
    reasons.push(...pipelineReasons(project, id, changed));
    for (const dataset of (0,_project_view_js__WEBPACK_IMPORTED_MODULE_7__/* .templatesUsedBy */ .IB)(project, id)) {
        const reason = stale.get(dataset);
        if (reason !== undefined)
            reasons.push(reason);
    }
    return [...new Set(reasons)];
}
/**
 * A discovered pipeline (pipelines/<id>.js) is affected by its own module, and by any helper module
 * in pipelines/ or universe module in universes/ (it may import either).
 */
function pipelineReasons(project, id, changed) {
    const product = project.products.find((p) => p.id === id);
    if (!product?.tags?.includes("pipeline") || !isPipelineModule(project.root, id))
        return [];
    const own = changed.filter((f) => f === `pipelines/${id}.js` || f === `pipelines/${id}.mjs`);
    const shared = changed.filter((f) => !own.includes(f) && /^(pipelines|universes)\/[^/]+\.(js|mjs|ts)$/.test(f));
    return [...own, ...shared.slice(0, 5).map((f) => `${f} (shared module)`)];
}
function isPipelineModule(root, id) {
    return [".js", ".mjs"].some((ext) => node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, "pipelines", `${id}${ext}`)));
}
function relative(root, file) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(file) ? node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, file) : file;
    return rel.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join("/");
}
/** Ids whose entry is new or differs; every id when the base file cannot be read. */
function changedEntries(project, baseYaml, headYaml) {
    const all = new Set(project.products.map((p) => p.id));
    const base = entriesById(baseYaml);
    const head = entriesById(headYaml);
    if (!base || !head)
        return all;
    const changed = new Set();
    for (const id of all) {
        if (base.get(id) === undefined || base.get(id) !== head.get(id))
            changed.add(id);
    }
    return changed;
}
function entriesById(text) {
    if (text === undefined)
        return undefined;
    try {
        const value = (0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(text);
        if (typeof value !== "object" || value === null || !("products" in value))
            return undefined;
        const products = value.products;
        if (!Array.isArray(products))
            return undefined;
        const entries = new Map();
        for (const entry of products) {
            if (typeof entry === "object" && entry !== null && "id" in entry) {
                entries.set(String(entry.id), JSON.stringify(entry));
            }
        }
        return entries;
    }
    catch {
        return undefined;
    }
}
/** Affected products between two commits of the repository at `project.root`. */
async function affectedBetween(project, base, head) {
    const changed = await changedFiles(project.root, base, head);
    const [baseYaml, headYaml] = await Promise.all([
        fileAtCommit(project.root, base, PRODUCTS_FILE),
        fileAtCommit(project.root, head, PRODUCTS_FILE),
    ]);
    return affectedProducts(project, changed, { base: baseYaml, head: headYaml });
}


/***/ }),

/***/ 55289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ discoverIngest),
  A: () => (/* binding */ discoverProducts)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/partitions/keys.ts
var keys = __webpack_require__(63399);
// EXTERNAL MODULE: ./src/github/matrix.ts
var github_matrix = __webpack_require__(66534);
// EXTERNAL MODULE: ./src/github/project-view.ts
var project_view = __webpack_require__(84666);
// EXTERNAL MODULE: ./src/partitions/resolve.ts + 1 modules
var resolve = __webpack_require__(9388);
// EXTERNAL MODULE: ./src/graph/graph.ts
var graph = __webpack_require__(1924);
// EXTERNAL MODULE: ./src/graph/selection.ts
var selection = __webpack_require__(12882);
// EXTERNAL MODULE: ./src/graph/lineage.ts
var lineage = __webpack_require__(93109);
// EXTERNAL MODULE: ./src/graph/waves.ts
var graph_waves = __webpack_require__(97910);
;// CONCATENATED MODULE: ./src/graph/index.ts






;// CONCATENATED MODULE: ./src/github/selection.ts


function projectGraph(project) {
    return (0,graph/* buildAssetGraph */.dZ)((0,lineage/* lineageGraphSource */.je)(project));
}
/** The products that own at least one selected stage asset, in dependency order. */
function selectProducts(graph, select) {
    const assets = (0,selection/* resolveSelection */.Fb)(graph, select);
    const products = [];
    for (const asset of assets) {
        if (asset.kind === "stage" && !products.includes(asset.product))
            products.push(asset.product);
    }
    return { assets, products };
}
const MAX_LINEAGE_NODES = 400;
/** A mermaid flowchart of the selected assets and the edges between them. */
function lineageMermaid(graph, assets) {
    if (assets.length > MAX_LINEAGE_NODES) {
        return `_${assets.length} assets selected: too many to draw (limit ${MAX_LINEAGE_NODES})._\n`;
    }
    const ids = new Map(assets.map((a, i) => [a.id, `n${i}`]));
    const lines = ["```mermaid", "flowchart LR"];
    for (const asset of assets) {
        lines.push(`  ${ids.get(asset.id)}["${asset.id.replace(/"/g, "#quot;")}"]`);
    }
    for (const asset of assets) {
        for (const dep of graph.byId.get(asset.id)?.deps ?? []) {
            const from = ids.get(dep);
            if (from)
                lines.push(`  ${from} --> ${ids.get(asset.id)}`);
        }
    }
    lines.push("```");
    return `${lines.join("\n")}\n`;
}

;// CONCATENATED MODULE: ./src/github/wave-matrix.ts

/**
 * One matrix per wave (wave n's legs run after wave n-1's), each within GitHub's limits as the
 * matrix output is. Every unit lands in the wave of its product.
 */
function waveMatrices(units, waves, productInputs, options = {}) {
    const legsOf = new Map();
    const inWave = (wave) => units.filter((u) => u.item.kind === "product" && wave.includes(u.item.product));
    // A wave left with nothing to run (its items up to date) is dropped: GitHub refuses an empty matrix.
    return waves
        .filter((wave) => inWave(wave).length > 0)
        .map((wave, index) => {
        const result = (0,github_matrix/* buildMatrix */.Kn)(inWave(wave), options);
        const include = result.matrix.include.map((entry) => withUpstream(entry, productInputs, legsOf));
        for (const entry of include)
            for (const [product] of entry.items)
                legsOf.set(product, [...(legsOf.get(product) ?? []), entry.key]);
        const matrix = { include };
        const json = JSON.stringify(matrix);
        const max = options.maxBytes ?? github_matrix/* MAX_OUTPUT_BYTES */.$q;
        if ((0,github_matrix/* outputBytes */.RF)(json) > max)
            throw new Error(`the matrix of wave ${index + 1} is ${(0,github_matrix/* outputBytes */.RF)(json)} bytes as GitHub counts job outputs (UTF-16); GitHub allows ${max} bytes per job output: select fewer products or partitions`);
        return { matrix, hasEntries: include.length > 0, json };
    });
}
function withUpstream(entry, productInputs, legsOf) {
    const products = new Set(entry.items.map(([product]) => product));
    const keys = new Set();
    for (const product of products)
        for (const upstream of productInputs.get(product) ?? [])
            for (const key of legsOf.get(upstream) ?? [])
                keys.add(key);
    if (keys.size === 0)
        return entry;
    // Past a few legs, every earlier leg's: a pattern per key would outgrow the output limit.
    const upstream = keys.size > MAX_UPSTREAM_KEYS ? [ANY_UPSTREAM] : [...keys].sort();
    return { ...entry, upstream, upstream_artifacts: upstreamPattern(upstream) };
}
/** Upstream legs named one by one, at most; beyond, `["*"]`: every leg of the earlier waves. */
const MAX_UPSTREAM_KEYS = 16;
const ANY_UPSTREAM = "*";
/** `lc-{build,package}-{k1,k2}-a*` (minimatch, as download-artifact matches `pattern`). */
function upstreamPattern(keys) {
    const alternatives = keys.length === 1 ? (keys[0] ?? "") : `{${keys.join(",")}}`;
    return `lc-{build,package}-${alternatives}-a*`;
}

;// CONCATENATED MODULE: ./src/github/discover.ts









/**
 * The matrix of (product, partition) items for a selection and a partition expression applied to
 * every selected product (undefined: each product's default partitions).
 */
function discoverProducts(project, select, partitionExpr, defaultRunsOn, options = {}) {
    const graph = projectGraph(project);
    const selected = selectProducts(graph, select);
    const byId = new Map(project.products.map((p) => [p.id, p]));
    const perProduct = selected.products.map((product) => {
        const config = byId.get(product);
        const keys = config ? (0,resolve/* resolvePartitions */.W)(config, partitionExpr).map((p) => p.key) : [];
        return { product, partitions: keys };
    });
    const leaveOut = options.leaveOut ?? new Set();
    const units = (0,project_view/* productUnits */.Dk)(project, perProduct, defaultRunsOn).filter((u) => !leaveOut.has((0,github_matrix/* itemId */.XG)(u.item)));
    const productInputs = (0,lineage/* lineageGraphSource */.je)(project).productInputs ?? new Map();
    const waves = (0,graph_waves/* productWaves */.GH)(productInputs, project.products.map((p) => p.id), selected.products);
    return {
        ...(0,github_matrix/* buildMatrix */.Kn)(units),
        products: selected.products,
        partitions: [...new Set(perProduct.flatMap((p) => p.partitions))],
        lineage: lineageMermaid(graph, selected.assets),
        waves,
        waveMatrices: waveMatrices(units, waves, productInputs),
    };
}
/** The matrix of (template, version) items: `templatesText` is `*` or a comma-separated list of ids. */
function discoverIngest(project, templatesText, version, runsOn) {
    if (version.trim() === "")
        throw new errors/* UsageError */.eb(`version: an ingest needs a dataset version (received "")`);
    (0,keys/* validateIngestVersion */.fD)(version);
    const known = [...project.templates.keys()].sort();
    const wanted = templatesText.trim() === "*"
        ? known
        : [
            ...new Set(templatesText
                .split(",")
                .map((t) => t.trim())
                .filter((t) => t !== "")),
        ];
    // A dataset of a data-source template stands for its template: one leg, one download.
    const named = wanted.map((t) => project.templates.has(t) ? t : (project.datasets?.get(t)?.template ?? t));
    const unknown = named.filter((t) => !project.templates.has(t));
    if (unknown.length > 0) {
        throw new errors/* UsageError */.eb(`templates: unknown template ${unknown.map((t) => JSON.stringify(t)).join(", ")}; known: ${known.join(", ") || "none"}`);
    }
    return (0,github_matrix/* buildMatrix */.Kn)((0,project_view/* ingestUnits */.wb)([...new Set(named)], version, runsOn));
}


/***/ }),

/***/ 66534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ MAX_OUTPUT_BYTES),
/* harmony export */   Kn: () => (/* binding */ buildMatrix),
/* harmony export */   RF: () => (/* binding */ outputBytes),
/* harmony export */   XG: () => (/* binding */ itemId),
/* harmony export */   rD: () => (/* binding */ entryItems)
/* harmony export */ });
/* unused harmony exports MAX_MATRIX_JOBS, MAX_JOB_MINUTES, JOB_SETUP_MINUTES, BUCKETS, bucketOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * GitHub's limits, as GitHub measures them: 256 jobs per matrix; job outputs are Unicode strings of
 * at most 1 MB each, counted in UTF-16 (two bytes per code unit), so a matrix of 556 KB of UTF-8
 * is 1.11 MB to GitHub.
 */
const MAX_MATRIX_JOBS = 256;
const MAX_OUTPUT_BYTES = 1024 * 1024;
/** Longest job GitHub-hosted runners allow. A leg needing more is refused, never capped. */
const MAX_JOB_MINUTES = 360;
/** Minutes added to every job for checkout, providing DuckDB and artifact transfer. */
const JOB_SETUP_MINUTES = 10;
/**
 * Items are spread over this many buckets by a hash of the item alone, so an item lands in the
 * same bucket (and the same concurrency group) whatever else a run selects.
 */
const BUCKETS = 256;
/** Bytes a job output takes as GitHub counts them: UTF-16 code units, two bytes each. */
function outputBytes(text) {
    return text.length * 2;
}
/**
 * One leg per (bucket, runner): bucket = sha256(item id) mod 256. Every item is in exactly one
 * leg; a leg runs its items one after another, so its time budget is their sum plus setup, and a
 * leg over 360 minutes is refused (splitting it would put two legs of one run in one concurrency
 * group, where GitHub cancels a pending job when a third arrives).
 */
function buildMatrix(units, options = {}) {
    const maxJobs = options.maxJobs ?? MAX_MATRIX_JOBS;
    const maxBytes = options.maxBytes ?? MAX_OUTPUT_BYTES;
    assertUnique(units);
    const legs = groupIntoLegs(units);
    if (legs.length > maxJobs) {
        throw new Error(`the selection needs ${legs.length} matrix jobs (${BUCKETS} buckets x ${countRunners(units)} runs_on values); GitHub allows ${maxJobs} per matrix: select fewer products or use fewer runs_on values`);
    }
    const include = legs.map(toEntry);
    const matrix = { include };
    const json = JSON.stringify(matrix);
    const bytes = outputBytes(json);
    if (bytes > maxBytes) {
        throw new Error(`the matrix of ${units.length} items is ${bytes} bytes as GitHub counts job outputs (UTF-16); GitHub allows ${maxBytes} bytes per job output: select fewer products or partitions`);
    }
    return { matrix, hasEntries: include.length > 0, json };
}
function itemId(item) {
    return item.kind === "product"
        ? `${item.product}@${item.partition}`
        : `ingest.${item.template}@${item.version}`;
}
/** The item's bucket: a function of the item alone. */
function bucketOf(item) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(itemId(item)).digest().readUInt32BE(0) % BUCKETS;
}
/** The pairs of an entry back as items. */
function entryItems(entry) {
    return entry.items.map(([a, b]) => entry.kind === "product"
        ? { kind: "product", product: a, partition: b }
        : { kind: "ingest", template: a, version: b });
}
function assertUnique(units) {
    const seen = new Set();
    for (const unit of units) {
        const id = itemId(unit.item);
        if (seen.has(id))
            throw new Error(`${id} is listed twice`);
        seen.add(id);
    }
}
function countRunners(units) {
    return new Set(units.map((u) => JSON.stringify(u.runsOn))).size;
}
function groupIntoLegs(units) {
    const legs = new Map();
    for (const unit of units) {
        const bucket = bucketOf(unit.item);
        const id = `${bucket}\u0000${JSON.stringify(unit.runsOn)}`;
        const leg = legs.get(id) ?? { bucket, runsOn: unit.runsOn, units: [] };
        leg.units.push(unit);
        legs.set(id, leg);
    }
    return [...legs.values()].sort((a, b) => a.bucket - b.bucket || compareRunner(a, b));
}
function compareRunner(a, b) {
    return JSON.stringify(a.runsOn).localeCompare(JSON.stringify(b.runsOn));
}
function toEntry(leg) {
    const items = leg.units.map((u) => u.item);
    const first = items[0];
    if (!first)
        throw new Error("empty matrix leg");
    const minutes = leg.units.reduce((sum, u) => sum + u.timeoutMinutes, 0) + JOB_SETUP_MINUTES;
    const group = groupName(leg);
    if (minutes > MAX_JOB_MINUTES) {
        const shown = items.slice(0, 5).map(itemId).join(", ");
        throw new Error(`matrix leg ${group} (${items.length} items: ${shown}${items.length > 5 ? ", ..." : ""}) needs ${minutes} minutes (their timeout_minutes plus ${JOB_SETUP_MINUTES} of setup); a GitHub job may run ${MAX_JOB_MINUTES}: lower timeout_minutes or select fewer products or partitions`);
    }
    return {
        key: entryKey(group, items),
        name: entryName(items),
        kind: first.kind,
        items: items.map(pairOf),
        runs_on: leg.runsOn,
        timeout_minutes: minutes,
        group,
    };
}
function pairOf(item) {
    return item.kind === "product" ? [item.product, item.partition] : [item.template, item.version];
}
/** `b<bucket>_<runner hash>`: the same for an item in every run that gives it the same runner. */
function groupName(leg) {
    const runner = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(JSON.stringify(leg.runsOn)).digest("hex").slice(0, 4);
    return `b${String(leg.bucket).padStart(3, "0")}_${runner}`;
}
/**
 * `<group>_<slug>_<hash>`: the group makes it unique within the matrix, the slug readable, the
 * hash distinct across matrices with other contents. Only `[A-Za-z0-9_.]`: never a `-`, so that
 * artifact name globs like `lc-*-<key>-a*` cannot match another entry's key.
 */
function entryKey(group, items) {
    const first = items[0];
    const label = items.length === 1 && first ? itemId(first) : `${items.length}items`;
    const slug = label
        .replace(/[^A-Za-z0-9_.]+/g, "_")
        .replace(/^_+|_+$/g, "")
        .slice(0, 40);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(JSON.stringify(items)).digest("hex").slice(0, 6);
    return `${group}_${slug}_${hash}`;
}
function entryName(items) {
    const first = items[0];
    if (items.length === 1 && first)
        return itemId(first);
    const shown = items.slice(0, 2).map(itemId).join(", ");
    return `${items.length} items: ${shown}${items.length > 2 ? ", ..." : ""}`;
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

/***/ 1924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ closure),
/* harmony export */   YK: () => (/* binding */ ingestAssetId),
/* harmony export */   dZ: () => (/* binding */ buildAssetGraph)
/* harmony export */ });
/* unused harmony exports INGEST_GROUP, stageAssetId, UPSTREAM_STAGE, indexGraph */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5891);


const INGEST_GROUP = "ingest";
function stageAssetId(product, stage) {
    return `${product}.${stage}`;
}
function ingestAssetId(dataset) {
    return `${INGEST_GROUP}.${dataset}`;
}
/** The stage of an upstream product that a dependant's plan waits for: its packaged release. */
const UPSTREAM_STAGE = "package";
/**
 * Build the asset graph: one asset per dataset (`ingest.<dataset>`, after the datasets it depends
 * on), four chained stage assets per product; a product's plan reads its input datasets and the
 * packaged output of the products it reads. A cycle is a ConfigError naming it.
 */
function buildAssetGraph(source) {
    const datasets = datasetsOf(source);
    const assets = datasets.map((dataset) => ({
        kind: "ingest",
        id: ingestAssetId(dataset.id),
        group: INGEST_GROUP,
        tags: [],
        deps: [...new Set(dataset.dependsOn ?? [])]
            .filter((d) => datasets.some((other) => other.id === d))
            .sort()
            .map(ingestAssetId),
        template: dataset.template,
        dataset: dataset.id,
    }));
    const known = new Set(datasets.map((d) => d.id));
    const productIds = new Set(source.products.map((p) => p.id));
    for (const product of source.products) {
        const inputs = [...new Set(source.recipeInputs.get(product.id) ?? [])]
            .filter((t) => known.has(t))
            .sort()
            .map(ingestAssetId);
        const upstream = [...new Set(source.productInputs?.get(product.id) ?? [])]
            .filter((p) => p !== product.id && productIds.has(p))
            .sort()
            .map((p) => stageAssetId(p, UPSTREAM_STAGE));
        let previous;
        for (const stage of _store_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGES */ .an) {
            const deps = previous === undefined ? [...upstream, ...inputs] : [previous];
            const id = stageAssetId(product.id, stage);
            assets.push({
                kind: "stage",
                id,
                group: product.id,
                tags: product.tags ?? [],
                deps,
                product: product.id,
                stage,
            });
            previous = id;
        }
    }
    return indexGraph(assets);
}
function datasetsOf(source) {
    const byId = new Map();
    for (const template of source.templates ?? [])
        byId.set(template, { id: template, template });
    for (const dataset of source.datasets ?? [])
        byId.set(dataset.id, dataset);
    return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
/** Index assets by id, check ids are unique and that there is no cycle; orders them topologically. */
function indexGraph(assets) {
    const byId = new Map();
    for (const asset of assets) {
        if (byId.has(asset.id))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`two assets are named "${asset.id}"`);
        byId.set(asset.id, asset);
    }
    const dependents = new Map(assets.map((a) => [a.id, []]));
    for (const asset of assets) {
        for (const dep of asset.deps) {
            const list = dependents.get(dep);
            if (list === undefined)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`asset "${asset.id}" depends on unknown asset "${dep}"`);
            list.push(asset.id);
        }
    }
    return { assets: topologicalOrder(assets, byId), byId, dependents };
}
function topologicalOrder(assets, byId) {
    const state = new Map();
    const ordered = [];
    const visit = (asset, trail) => {
        const seen = state.get(asset.id);
        if (seen === "done")
            return;
        if (seen === "visiting") {
            const cycle = [...trail.slice(trail.indexOf(asset.id)), asset.id];
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`the asset graph has a cycle: ${cycle.join(" -> ")}`);
        }
        state.set(asset.id, "visiting");
        for (const dep of asset.deps) {
            const upstream = byId.get(dep);
            if (upstream)
                visit(upstream, [...trail, asset.id]);
        }
        state.set(asset.id, "done");
        ordered.push(asset);
    };
    for (const asset of assets)
        visit(asset, []);
    return ordered;
}
/** The ids of `start` and everything reachable from it through `next`, transitively. */
function closure(start, next) {
    const found = new Set();
    const stack = [...start];
    while (stack.length > 0) {
        const id = stack.pop();
        if (id === undefined || found.has(id))
            continue;
        found.add(id);
        stack.push(...next(id));
    }
    return found;
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26921);

/** The recipe sources that read a product's published output (dcpy's publishing connectors). */
const PRODUCT_SOURCES = [
    "edm.publishing.published",
    "edm.publishing.drafts",
    "edm.publishing.builds",
];
const InputSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()]).optional(),
});
const RecipeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    product: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    inputs: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ datasets: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(InputSchema).optional() }).optional(),
});
const DatasetSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    depends_on: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    ingestion: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
        source: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() }).optional(),
    })
        .optional(),
});
/** Publishing name -> product id: the id, `db-<id>`, and the `product:` its recipe gives. */
function productNames(project) {
    const names = new Map();
    for (const { id } of project.products) {
        const recipe = RecipeSchema.safeParse(project.recipes.get(id)?.recipe);
        const published = recipe.success ? recipe.data.product : undefined;
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
    const parsed = RecipeSchema.safeParse(entry?.extended?.recipe ?? entry?.recipe);
    if (!parsed.success)
        return [];
    const known = { datasets: datasetIds(project), names };
    return (parsed.data.inputs?.datasets ?? []).flatMap((input) => {
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
function datasetIds(project) {
    return new Set(project.datasets ? project.datasets.keys() : project.templates.keys());
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
    const parsed = DatasetSchema.safeParse(dataset);
    if (!parsed.success)
        return [];
    const source = parsed.data.ingestion?.source;
    const read = source?.type === "edm.recipes.datasets" && source.key ? [source.key] : [];
    return [...new Set([...(parsed.data.depends_on ?? []), ...read])];
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

/***/ 12882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fb: () => (/* binding */ resolveSelection),
/* harmony export */   KA: () => (/* binding */ closeMatches)
/* harmony export */ });
/* unused harmony export SELECTION_SYNTAX */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1924);


const SELECTION_SYNTAX = "comma-separated terms: an asset id (`<product>.<stage>`, `ingest.<dataset>`), `ingest.<template>` (every dataset it writes), a product id (its four stages), " +
    "`group:<group>`, `tag:<tag>`, `*` (everything); `+x` adds what x needs, `x+` what depends on x";
/**
 * Resolve a Dagster-like selection to assets, in dependency order. Every term is checked before
 * anything is returned; an unknown name is a UsageError listing close matches.
 */
function resolveSelection(graph, select) {
    const terms = select.split(",").map((t) => t.trim());
    if (terms.some((t) => t === "")) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--select: empty selection term in ${JSON.stringify(select)}; expected ${SELECTION_SYNTAX}`);
    }
    const chosen = new Set();
    for (const term of terms) {
        for (const id of resolveTerm(graph, term))
            chosen.add(id);
    }
    return graph.assets.filter((a) => chosen.has(a.id));
}
function resolveTerm(graph, term) {
    const upstream = term.startsWith("+");
    const downstream = term.endsWith("+") && term.length > 1;
    const core = term.slice(upstream ? 1 : 0, downstream ? -1 : undefined);
    const base = matchCore(graph, core, term);
    let result = new Set(base);
    if (upstream)
        result = union(result, (0,_graph_js__WEBPACK_IMPORTED_MODULE_1__/* .closure */ .Cx)(base, (id) => graph.byId.get(id)?.deps ?? []));
    if (downstream)
        result = union(result, (0,_graph_js__WEBPACK_IMPORTED_MODULE_1__/* .closure */ .Cx)(base, (id) => graph.dependents.get(id) ?? []));
    return result;
}
function matchCore(graph, core, term) {
    if (core === "*")
        return graph.assets.map((a) => a.id);
    const [kind, value] = splitPrefix(core);
    if (kind === "group" || kind === "tag") {
        const matches = graph.assets.filter((a) => kind === "group" ? a.group === value : a.tags.includes(value));
        if (matches.length === 0) {
            const known = kind === "group"
                ? graph.assets.map((a) => a.group)
                : graph.assets.flatMap((a) => [...a.tags]);
            throw unknown(term, `${kind} "${value}"`, [...new Set(known)].map((k) => `${kind}:${k}`), `${kind}:${value}`);
        }
        return matches.map((a) => a.id);
    }
    if (graph.byId.has(core))
        return [core];
    const template = templateAssets(graph, core);
    if (template.length > 0)
        return template;
    const group = graph.assets.filter((a) => a.kind === "stage" && a.group === core);
    if (group.length > 0)
        return group.map((a) => a.id);
    const names = [
        ...graph.byId.keys(),
        ...new Set(graph.assets.filter((a) => a.kind === "stage").map((a) => a.group)),
    ];
    throw unknown(term, `asset or product "${core}"`, names, core);
}
/** `ingest.<template>`: every dataset the template (by file name) writes. */
function templateAssets(graph, core) {
    const prefix = "ingest.";
    if (!core.startsWith(prefix))
        return [];
    const name = core.slice(prefix.length);
    return graph.assets.filter((a) => a.kind === "ingest" && a.template === name).map((a) => a.id);
}
function splitPrefix(core) {
    const match = /^(group|tag):(.*)$/.exec(core);
    if (!match)
        return [undefined, core];
    return [match[1], match[2] ?? ""];
}
function unknown(term, what, candidates, wanted) {
    const close = closeMatches(wanted, candidates);
    const hint = close.length > 0 ? `; did you mean ${close.map((c) => `"${c}"`).join(", ")}?` : "";
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--select: unknown ${what} in term "${term}"${hint} (selection syntax: ${SELECTION_SYNTAX})`);
}
/** Up to five candidates close to `wanted`: small edit distance, or one containing the other. */
function closeMatches(wanted, candidates) {
    const lower = wanted.toLowerCase();
    const scored = [...new Set(candidates)]
        .map((c) => ({ c, d: editDistance(lower, c.toLowerCase()) }))
        .filter(({ c, d }) => d <= Math.max(2, Math.floor(wanted.length / 3)) ||
        (lower.length >= 3 && c.toLowerCase().includes(lower)))
        .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c));
    return scored.slice(0, 5).map((s) => s.c);
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
function union(a, b) {
    return new Set([...a, ...b]);
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

/***/ 89101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N4: () => (/* binding */ TIME_WINDOW_KINDS),
/* harmony export */   O5: () => (/* binding */ BATCH_FREQUENCIES),
/* harmony export */   Py: () => (/* binding */ PartitionsConfigSchema),
/* harmony export */   ai: () => (/* binding */ SchedulesConfigSchema),
/* harmony export */   s6: () => (/* binding */ isIsoDate),
/* harmony export */   uD: () => (/* binding */ IngestSchedulesSchema)
/* harmony export */ });
/* unused harmony exports KEY_CHARS, isTimeZone, HourlyWindowSchema, DailyWindowSchema, WeeklyWindowSchema, MonthlyWindowSchema, CronWindowSchema, TimeWindowSchema, StaticListSchema, StaticSchema, DimensionSchema, MultiDimensionalSchema, MicUniverseSchema, IndexUniverseSchema, OpolUniverseSchema, CustomUniverseSchema, ProductUniverseSchema, UniverseEntrySchema, DateRangeSchema, UniverseDateSchema, ScheduledDateSchema, ScheduledPartitionSchema, ScheduleSchema, IngestScheduleSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26921);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _cron_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25095);



/** Characters a partition key (or one dimension's key) may use; see keys.ts for the full rules. */
const KEY_CHARS = "A-Z a-z 0-9 . _ - = +";
const KEY_VALUE = /^[A-Za-z0-9._=+-]+$/;
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isIsoDate(value) {
    const match = ISO_DATE.exec(value);
    if (!match)
        return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day);
}
function isTimeZone(value) {
    try {
        new Intl.DateTimeFormat("en-US", { timeZone: value });
        return true;
    }
    catch {
        return false;
    }
}
const isoDate = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().refine(isIsoDate, { message: "expected a date YYYY-MM-DD" });
const timeZone = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .refine(isTimeZone, { message: "expected an IANA time zone such as UTC or Europe/London" })
    .default("UTC");
const keyValue = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .min(1)
    .max(100)
    .regex(KEY_VALUE, { message: `expected 1-100 characters from ${KEY_CHARS}` })
    .refine((v) => v !== "." && v !== ".." && !v.includes(".."), {
    message: `must not contain ".."`,
});
const dimensionName = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .regex(NAME, { message: "expected a name: a letter, then letters, digits or _" });
const offset = (max, min = 0) => zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(min).max(max);
/** Fields every time window has; `end` is exclusive, as in Dagster. */
const windowFields = {
    start: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    end: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    timezone: timeZone,
    end_offset: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().default(0),
    fmt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
};
const HourlyWindowSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    ...windowFields,
    minute_offset: offset(59).default(0),
});
const DailyWindowSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    ...windowFields,
    minute_offset: offset(59).default(0),
    hour_offset: offset(23).default(0),
});
const WeeklyWindowSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    ...windowFields,
    minute_offset: offset(59).default(0),
    hour_offset: offset(23).default(0),
    day_offset: offset(6).default(0),
});
const MonthlyWindowSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    ...windowFields,
    minute_offset: offset(59).default(0),
    hour_offset: offset(23).default(0),
    day_offset: offset(31, 1).default(1),
});
const CRON_FIELD = /^[0-9*,/\-A-Za-z?]+$/;
const CRON_SHAPE = `expected 5 cron fields "minute hour day-of-month month day-of-week", e.g. "0 6 * * 1-5", or one of @hourly @daily @midnight @weekly @monthly @yearly @annually`;
/** A cron as GitHub's `schedule:` takes it; a bad field is reported where the YAML has it. */
const cron = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().superRefine((value, ctx) => {
    const problem = cronProblem(value);
    if (problem !== undefined)
        ctx.addIssue({ code: "custom", message: problem });
});
function cronProblem(value) {
    if (/^@[a-z]+$/i.test(value.trim()))
        return value.trim().toLowerCase() in _cron_js__WEBPACK_IMPORTED_MODULE_1__/* .CRON_MACROS */ .Rh ? undefined : CRON_SHAPE;
    const fields = value.trim().split(/\s+/);
    if (fields.length !== 5 || !fields.every((f) => CRON_FIELD.test(f)))
        return CRON_SHAPE;
    try {
        (0,_cron_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCron */ .E$)(value);
    }
    catch (error) {
        return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
    }
    return undefined;
}
const CronWindowSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ ...windowFields, schedule: cron });
/**
 * `{ hourly | daily | weekly | monthly: { start, end?, timezone?, end_offset?, fmt?, *_offset? } }`
 * or `{ cron: { schedule, start, ... } }`: Dagster's time-window partitions (end exclusive).
 */
const TimeWindowSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ hourly: HourlyWindowSchema }),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ daily: DailyWindowSchema }),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ weekly: WeeklyWindowSchema }),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ monthly: MonthlyWindowSchema }),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ cron: CronWindowSchema }),
]);
const TIME_WINDOW_KINDS = ["hourly", "daily", "weekly", "monthly", "cron"];
const StaticListSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(keyValue).min(1);
const StaticSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ static: StaticListSchema });
/** One dimension of a multi-dimensional scheme: a static list, or daily windows. */
const DimensionSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([StaticListSchema, StaticSchema, TimeWindowSchema]);
const MultiDimensionalSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    dimensions: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(dimensionName, DimensionSchema)
        .refine((d) => Object.keys(d).length > 0, { message: "expected at least one dimension" }),
});
const specList = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(keyValue).min(1);
/** Structured universes (issue 6); `buildUniversePartitions` turns them into spec strings. */
const MicUniverseSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    mic: specList,
    whitelist: specList.optional(),
    blacklist: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(keyValue).optional(),
});
const IndexUniverseSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ index: specList });
/** Operating MICs (`{opol: [XLON]}` → `opol=XLON`), as the market-data team's layer has them. */
const OpolUniverseSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ opol: specList });
const CustomUniverseSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    custom: dimensionName,
    values: specList.optional(),
});
const simpleUniverse = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    keyValue,
    MicUniverseSchema,
    OpolUniverseSchema,
    IndexUniverseSchema,
    CustomUniverseSchema,
]);
const ProductUniverseSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ product: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(simpleUniverse).min(2) });
const UniverseEntrySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([simpleUniverse, ProductUniverseSchema]);
const BATCH_FREQUENCIES = ["W", "2W", "M", "A", "auto"];
const DateRangeSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    start: isoDate,
    end: isoDate.optional(),
    timezone: timeZone,
    batch: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(BATCH_FREQUENCIES).default("auto"),
});
const UniverseDateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    universe: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(UniverseEntrySchema).min(1),
    date: DateRangeSchema,
});
/**
 * A product's `partitions:` field. Absent (or `dynamic`) = dynamic `<version>-<note>` keys; a list
 * or `{ static: [...] }`; `{ daily: {...} }`; `{ dimensions: { name: ..., ... } }`; or
 * `{ universe: [...], date: {...} }`.
 */
const PartitionsConfigSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz("dynamic"),
    StaticListSchema,
    StaticSchema,
    TimeWindowSchema,
    MultiDimensionalSchema,
    UniverseDateSchema,
]);
/** `date` of a scheduled partition: resolved at the tick, in the schedule's time zone. */
const ScheduledDateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz("yesterday"), zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz("today"), isoDate]);
const ScheduledPartitionSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    date: ScheduledDateSchema.optional(),
    universe: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([keyValue, zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(keyValue).min(1)]).optional(),
    key: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
});
const ScheduleSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[a-z0-9][a-z0-9_-]*$/, { message: "expected lower-case letters, digits, _ or -" }),
    cron,
    timezone: timeZone,
    partitions: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ScheduledPartitionSchema).min(1).optional(),
});
/** A product's `schedules:` field. */
const SchedulesConfigSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ScheduleSchema);
/**
 * One of lifecycle.yml's `ingest_schedules:`: which templates to ingest at each tick (ids,
 * `inputs:<product>`, `tag:<tag>` = the inputs of the products with that tag, or `*`), and the
 * version to ingest them at (`today`, `yesterday` in the schedule's time zone, or a fixed text).
 */
const IngestScheduleSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    name: ScheduleSchema.shape.name,
    cron,
    timezone: timeZone,
    templates: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).min(1),
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
        message: "expected today, yesterday or a version such as 2025-01-15 or 25v1",
    })
        .default("today"),
});
const IngestSchedulesSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(IngestScheduleSchema);


/***/ }),

/***/ 25095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CV: () => (/* binding */ cronMatches),
/* harmony export */   E$: () => (/* binding */ parseCron),
/* harmony export */   Rh: () => (/* binding */ CRON_MACROS),
/* harmony export */   VK: () => (/* binding */ clockFormatter),
/* harmony export */   XC: () => (/* binding */ expandCronMacro),
/* harmony export */   Xb: () => (/* binding */ wallClock)
/* harmony export */ });
/* harmony import */ var cron_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28628);
/* harmony import */ var cron_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(cron_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


const DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const FIELDS = [
    { name: "minute", min: 0, max: 59 },
    { name: "hour", min: 0, max: 23 },
    { name: "day of month", min: 1, max: 31 },
    { name: "month", min: 1, max: 12, names: MONTHS },
    { name: "day of week", min: 0, max: 7, names: DAYS },
];
function allowed(spec) {
    const names = spec.names ? `, ${spec.names[0]}-${spec.names.at(-1)}` : "";
    return `allowed: ${spec.min}-${spec.max}${names}, *, lists (a,b), ranges (a-b) and steps (*/n, a-b/n)`;
}
/**
 * The values of one item of a field (`5`, `1-5`, `*\/15`, `MON-FRI`), expanded by cron-parser.
 * Items are expanded one at a time: cron-parser refuses a value listed twice (`0,7` in the day of
 * week), which POSIX cron and GitHub accept. Its extensions (L, W, #, H, ?) are not cron as
 * GitHub's `schedule:` reads it, so they are refused before it sees them.
 */
function itemValues(item, index, cron) {
    const spec = FIELDS[index];
    const where = `cron ${JSON.stringify(cron)}: ${spec.name} ${JSON.stringify(item)}`;
    const words = item.match(/[a-z]+/gi) ?? [];
    if (!/^[0-9a-z*/-]+$/i.test(item) || words.some((w) => !spec.names?.includes(w.toUpperCase())))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where} is not valid; ${allowed(spec)}`);
    const fields = ["*", "*", "*", "*", "*"];
    fields[index] = item;
    let parsed;
    try {
        parsed = cron_parser__WEBPACK_IMPORTED_MODULE_0__.CronExpressionParser.parse(fields.join(" ")).fields;
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(itemProblem(where, item, spec, (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)));
    }
    const field = [parsed.minute, parsed.hour, parsed.dayOfMonth, parsed.month, parsed.dayOfWeek][index];
    return (field?.values ?? []).map((v) => (index === 4 && v === 7 ? 0 : Number(v)));
}
/** cron-parser's complaint about an item, in lifecycle's words. */
function itemProblem(where, item, spec, reason) {
    if (/Constraint error, got (value|range)/.test(reason))
        return `${where} is not in ${spec.min}-${spec.max}`;
    if (/Invalid range: .*min\(/.test(reason))
        return `${where}: the range runs backwards; write its low end first`;
    if (/repeat|step/i.test(reason))
        return `${where}: bad step; ${allowed(spec)}`;
    return `${where} is not valid (${reason}); ${allowed(spec)}`;
}
function parseField(text, index, cron) {
    const values = text.split(",").flatMap((item) => itemValues(item, index, cron));
    return new Set(values.sort((a, b) => a - b));
}
/** The macros Dagster and most crons accept; GitHub's `schedule:` does not, so they are expanded. */
const CRON_MACROS = {
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
    "@monthly": "0 0 1 * *",
    "@weekly": "0 0 * * 0",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@hourly": "0 * * * *",
};
/** `@daily` and the other macros as 5 fields; anything else trimmed, fields single-spaced. */
function expandCronMacro(cron) {
    const trimmed = cron.trim();
    return CRON_MACROS[trimmed.toLowerCase()] ?? trimmed.split(/\s+/).join(" ");
}
/**
 * Parse a 5-field POSIX cron expression (names, lists, ranges and steps, as GitHub accepts) or a
 * macro. The ticks are lifecycle's own (time-window.ts): cron-parser's iterator runs a local time
 * repeated by a fall-back change at its first occurrence, Dagster at its second.
 */
function parseCron(cron) {
    const fields = expandCronMacro(cron).split(" ");
    if (fields.length !== 5)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cron ${JSON.stringify(cron)}: expected 5 fields`);
    const sets = fields.map((f, i) => parseField(f, i, cron));
    const [minute, hour, dayOfMonth, month, dayOfWeek] = sets;
    return {
        minute,
        hour,
        dayOfMonth,
        month,
        dayOfWeek,
        dayOfMonthAny: fields[2]?.startsWith("*") ?? true,
        dayOfWeekAny: fields[4]?.startsWith("*") ?? true,
    };
}
function wallClock(formatter, instant) {
    const parts = Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, p.value]));
    return {
        year: Number(parts.year),
        month: Number(parts.month),
        day: Number(parts.day),
        hour: Number(parts.hour) % 24,
        minute: Number(parts.minute),
        weekday: DAYS.indexOf(String(parts.weekday).slice(0, 3).toUpperCase()),
    };
}
function clockFormatter(timeZone) {
    return new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        weekday: "short",
    });
}
function cronMatches(schedule, clock) {
    if (!schedule.minute.has(clock.minute) ||
        !schedule.hour.has(clock.hour) ||
        !schedule.month.has(clock.month)) {
        return false;
    }
    const dom = schedule.dayOfMonth.has(clock.day);
    const dow = schedule.dayOfWeek.has(clock.weekday);
    if (schedule.dayOfMonthAny || schedule.dayOfWeekAny)
        return dom && dow;
    return dom || dow;
}


/***/ }),

/***/ 33926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aj: () => (/* binding */ eachDay),
/* harmony export */   fi: () => (/* binding */ addDays),
/* harmony export */   pR: () => (/* binding */ toDayNumber),
/* harmony export */   qM: () => (/* binding */ splitDateRange),
/* harmony export */   xk: () => (/* binding */ dateInTimeZone)
/* harmony export */ });
/* unused harmony exports fromDayNumber, daysBetweenInclusive, automaticFrequency, mondayOnOrBefore */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89101);


const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
function toDayNumber(date) {
    if (!(0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .isIsoDate */ .s6)(date))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${JSON.stringify(date)} is not a date; expected YYYY-MM-DD`);
    return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}
function fromDayNumber(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
function addDays(date, days) {
    return fromDayNumber(toDayNumber(date) + days);
}
function daysBetweenInclusive(start, end) {
    return toDayNumber(end) - toDayNumber(start) + 1;
}
/** Every date from start to end, inclusive. */
function eachDay(start, end) {
    const out = [];
    for (let day = toDayNumber(start); day <= toDayNumber(end); day += 1)
        out.push(fromDayNumber(day));
    return out;
}
/** The calendar date at `instant` in `timeZone`, as YYYY-MM-DD. */
function dateInTimeZone(instant, timeZone) {
    const parts = new Intl.DateTimeFormat("en-CA", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
    }).formatToParts(instant);
    const get = (type) => parts.find((p) => p.type === type)?.value ?? "";
    return `${get("year")}-${get("month")}-${get("day")}`;
}
/**
 * The frequency the range's length picks, measured as the market-data team's layer measures it,
 * `end - start` in days (so 2025-01-01..2025-01-08 is 7 days): <=7 one batch, <=60 W, <=180 2W,
 * <=730 M, else A.
 */
function automaticFrequency(start, end) {
    const days = toDayNumber(end) - toDayNumber(start);
    if (days <= 7)
        return "single";
    if (days <= 60)
        return "W";
    if (days <= 180)
        return "2W";
    if (days <= 730)
        return "M";
    return "A";
}
/** Start of the batch period that contains `day` (a day number). */
function nextBoundary(day, frequency, anchorMonday) {
    const date = new Date(day * DAY_MS);
    const year = date.getUTCFullYear();
    switch (frequency) {
        case "W":
            return day + 7 - ((day - anchorMonday) % 7);
        case "2W":
            return day + 14 - ((day - anchorMonday) % 14);
        case "M":
            return Math.round(Date.UTC(year, date.getUTCMonth() + 1, 1) / DAY_MS);
        case "A":
            return Math.round(Date.UTC(year + 1, 0, 1) / DAY_MS);
        case "auto":
            throw new Error("resolve 'auto' before computing boundaries");
    }
}
/** 1970-01-01 was a Thursday; the Monday on or before `day`. */
function mondayOnOrBefore(day) {
    return day - ((day + 3) % 7);
}
/**
 * Split [start, end] into batches: Monday-aligned weeks (W), two weeks counted from the Monday of
 * the start's week (2W), calendar months (M), calendar years (A), or by the range's length (auto).
 * Every batch is clamped to the range.
 */
function splitDateRange(start, end, frequency = "auto") {
    const first = toDayNumber(start);
    const last = toDayNumber(end);
    if (last < first)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`date range ${start}..${end} ends before it starts`);
    const chosen = frequency === "auto" ? automaticFrequency(start, end) : frequency;
    if (chosen === "single")
        return [{ start, end }];
    const anchor = mondayOnOrBefore(first);
    const batches = [];
    for (let day = first; day <= last;) {
        const next = nextBoundary(day, chosen, anchor);
        batches.push({ start: fromDayNumber(day), end: fromDayNumber(Math.min(next - 1, last)) });
        day = next;
    }
    return batches;
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

/***/ 63399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ parseDynamicKey),
/* harmony export */   Ul: () => (/* binding */ isStarterNote),
/* harmony export */   fD: () => (/* binding */ validateIngestVersion),
/* harmony export */   jD: () => (/* binding */ DEFAULT_VERSION),
/* harmony export */   mv: () => (/* binding */ STARTER_NOTES),
/* harmony export */   si: () => (/* binding */ validatePartitionKey)
/* harmony export */ });
/* unused harmony exports KEY_MAX_LENGTH, VERSION_MAX_LENGTH, validateVersion, formatDynamicKey */
/* harmony import */ var _config_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86234);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5891);



/** The longest file name most filesystems take (ext4, APFS, NTFS: 255). */
const FOLDER_NAME_MAX = 255;
const KEY_MAX_LENGTH = 200;
const VERSION_MAX_LENGTH = 100;
/** Starter partitions every product has; their key is the note itself. */
const STARTER_NOTES = ["main", "nightly_qa"];
/** Version of a starter partition when the product declares no `version`. */
const DEFAULT_VERSION = "latest";
const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._=+:-]*$/;
const VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+=-]*$/;
const NOTE_PATTERN = /^[A-Za-z0-9._]+$/;
const KEY_SHAPE = "1-200 characters from A-Z a-z 0-9 . _ - = + : starting with a letter or digit, without '..', '/' or '\\'";
const VERSION_SHAPE = "1-100 characters from A-Z a-z 0-9 . _ - = + starting with a letter or digit, without '..', '/' or '\\'";
const DYNAMIC_SHAPE = "<version>-<note>, e.g. 2025.1.1-2_ar_build (the note follows the last dash: A-Z a-z 0-9 . _), or a starter: main, nightly_qa";
function problem(value, maxLength, pattern) {
    if (value.length === 0)
        return "is empty";
    if (value.length > maxLength)
        return `is ${value.length} characters long`;
    if (value.includes("/") || value.includes("\\"))
        return "contains a path separator";
    if (value.includes(".."))
        return `contains ".."`;
    if (!pattern.test(value))
        return "contains a character that is not allowed or starts with one";
    const folder = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .safeSegment */ .LX)(value).length;
    if (folder > FOLDER_NAME_MAX)
        return `is ${folder} characters long as a store folder name (":" is written %3A), more than ${FOLDER_NAME_MAX}`;
    if ((0,_config_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isReservedDeviceName */ .Aj)(value))
        return `is a reserved device name on Windows; it must be ${_config_names_js__WEBPACK_IMPORTED_MODULE_2__/* .RESERVED_NAMES_RULE */ .t0}`;
    return undefined;
}
/** Throws a UsageError unless `key` is a valid partition key of any scheme. */
function validatePartitionKey(key, what = "partition key") {
    const bad = problem(key, KEY_MAX_LENGTH, KEY_PATTERN);
    if (bad)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} ${JSON.stringify(key)} ${bad}; expected ${KEY_SHAPE}`);
    return key;
}
/** Throws a UsageError unless `version` is a valid ingest dataset version or product version. */
function validateVersion(version, what = "version") {
    const bad = problem(version, VERSION_MAX_LENGTH, VERSION_PATTERN);
    if (bad)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} ${JSON.stringify(version)} ${bad}; expected ${VERSION_SHAPE}`);
    return version;
}
/** Ingest partitions are dataset version strings. */
function validateIngestVersion(version) {
    return validateVersion(version, "ingest version");
}
function isStarterNote(key) {
    return STARTER_NOTES.includes(key);
}
/**
 * Parse a dynamic partition key. `<version>-<note>`: the note is what follows the last dash, the
 * version is the text before it. A starter (`main`, `nightly_qa`) takes the product's version.
 */
function parseDynamicKey(key, productVersion) {
    const fail = (why) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`dynamic partition key ${JSON.stringify(key)} ${why}; expected ${DYNAMIC_SHAPE}`);
    if (isStarterNote(key)) {
        return { key, version: productVersion ?? DEFAULT_VERSION, note: key };
    }
    const bad = problem(key, KEY_MAX_LENGTH, VERSION_PATTERN);
    if (bad)
        throw fail(bad);
    const dash = key.lastIndexOf("-");
    if (dash <= 0)
        throw fail("has no dash between a version and a note");
    const version = key.slice(0, dash);
    const note = key.slice(dash + 1);
    if (note.length === 0)
        throw fail("has an empty note after the last dash");
    if (!NOTE_PATTERN.test(note))
        throw fail(`has a note ${JSON.stringify(note)} with characters not allowed`);
    if (!VERSION_PATTERN.test(version))
        throw fail(`has a version ${JSON.stringify(version)} that is not allowed`);
    return { key, version, note };
}
function formatDynamicKey(version, note) {
    return parseDynamicKey(`${version}-${note}`).key;
}


/***/ }),

/***/ 94077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cu: () => (/* binding */ PIPELINES_DIR),
  NY: () => (/* binding */ discoverPipelines),
  eG: () => (/* binding */ runPipelineModule)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/partitions/config.ts
var config = __webpack_require__(89101);
// EXTERNAL MODULE: ./src/partitions/dates.ts
var dates = __webpack_require__(33926);
// EXTERNAL MODULE: ./src/partitions/universe.ts
var universe = __webpack_require__(95764);
;// CONCATENATED MODULE: ./src/partitions/run.ts






const MODULE_NAME = /^[A-Za-z0-9_-]+$/;
/**
 * Where universe members come from: `default` uses the default function given to `resolve`; a
 * custom universe registered by name; else the module `<dir>/<name>.js` (or `.mjs`; `.ts` only
 * where Node can strip types) exporting `getUniverse(date, value)`.
 */
const UNIVERSES_DIR = "universes";
class UniverseRegistry {
    dir;
    custom = new Map();
    modules = new Map();
    constructor(dir) {
        this.dir = dir;
    }
    /** The `universes/` folder of a project. */
    static inProject(root) {
        return new UniverseRegistry(external_node_path_default().join(root, UNIVERSES_DIR));
    }
    /** `membershipChanges`: members differ by day, so a multi-day run resolves them per day. */
    register(name, getUniverse, options = {}) {
        this.custom.set(name, { getUniverse, membershipChanges: options.membershipChanges ?? false });
        return this;
    }
    /** Does any factor of the universe say its membership changes from day to day? */
    async membershipChanges(universe, defaultGetUniverse) {
        for (const factor of universe.factors) {
            if ((await this.lookup(factor.name, defaultGetUniverse)).membershipChanges)
                return true;
        }
        return false;
    }
    /** Members on `date`; a product of universes gives the members common to every factor, in the first factor's order. */
    async resolve(universe, date, defaultGetUniverse) {
        const memberLists = [];
        for (const factor of universe.factors) {
            memberLists.push(await this.resolveOne(factor, date, defaultGetUniverse));
        }
        const [first = [], ...rest] = memberLists;
        const others = rest.map((list) => new Set(list));
        return [...new Set(first)].filter((m) => others.every((set) => set.has(m)));
    }
    async resolveOne(universe, date, defaultGetUniverse) {
        const { getUniverse } = await this.lookup(universe.name, defaultGetUniverse);
        const members = await getUniverse(date, universe.value);
        if (!Array.isArray(members) || members.some((m) => typeof m !== "string")) {
            throw new errors/* ConfigError */.xL(`universe ${universe.spec}: getUniverse must return an array of strings`);
        }
        return members;
    }
    lookup(name, defaultGetUniverse) {
        if (name === "default") {
            if (!defaultGetUniverse)
                throw new errors/* ConfigError */.xL(`universe "default" needs a defaultGetUniverse`);
            return Promise.resolve({ getUniverse: defaultGetUniverse, membershipChanges: false });
        }
        const custom = this.custom.get(name);
        if (custom)
            return Promise.resolve(custom);
        let loading = this.modules.get(name);
        if (!loading) {
            loading = loadUniverseModule(this.dir, name);
            this.modules.set(name, loading);
        }
        return loading;
    }
}
function canImportTypeScript() {
    return Boolean(process.features.typescript);
}
async function exists(file) {
    return promises_default().stat(file).then((s) => s.isFile(), () => false);
}
/**
 * Import `<dir>/<name>.js|.mjs|.ts`: its `getUniverse` export, and `membershipChanges` (a boolean
 * export: true when the members on one day can differ from those on another).
 */
async function loadUniverseModule(dir, name) {
    if (!MODULE_NAME.test(name))
        throw new errors/* ConfigError */.xL(`universe ${JSON.stringify(name)} is not a module name`);
    const candidates = [".js", ".mjs", ".ts"].map((ext) => external_node_path_default().join(dir, `${name}${ext}`));
    for (const file of candidates) {
        if (!(await exists(file)))
            continue;
        if (file.endsWith(".ts") && !canImportTypeScript()) {
            throw new errors/* ConfigError */.xL(`universe module ${file} is TypeScript, which this Node (${process.version}) cannot import; compile it to ${name}.js or use Node >= 22.18`);
        }
        const module = await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(file).href);
        const getUniverse = module.getUniverse;
        if (typeof getUniverse !== "function") {
            throw new errors/* ConfigError */.xL(`universe module ${file} does not export a function getUniverse(date, value)`);
        }
        const membershipChanges = module.membershipChanges === true;
        return {
            getUniverse: (date, value) => Promise.resolve(getUniverse(date, value)),
            membershipChanges,
        };
    }
    throw new errors/* ConfigError */.xL(`unknown universe ${JSON.stringify(name)}: not "default", not registered, and no module ${name}.js, ${name}.mjs or ${name}.ts in ${dir}`);
}
/** A run failed; the message starts with the partition key. */
class PartitionRunError extends Error {
    partition;
    name = "PartitionRunError";
    constructor(partition, cause) {
        super(`partition ${partition}: ${(0,errors/* errorMessage */.gJ)(cause)}`, { cause });
        this.partition = partition;
    }
}
/**
 * Members on START_DATE; or, when the universe says its membership changes, the members of every
 * day of the run (UNIVERSE_MEMBERS is then their union, in first-seen order).
 */
async function membersOf(registry, run, defaultGetUniverse) {
    if (!(await registry.membershipChanges(run.universe, defaultGetUniverse))) {
        return {
            UNIVERSE_MEMBERS: await registry.resolve(run.universe, run.dates.start, defaultGetUniverse),
        };
    }
    const byDate = {};
    for (const day of (0,dates/* eachDay */.aj)(run.dates.start, run.dates.end)) {
        byDate[day] = await registry.resolve(run.universe, day, defaultGetUniverse);
    }
    return {
        UNIVERSE_MEMBERS: [...new Set(Object.values(byDate).flat())],
        UNIVERSE_MEMBERS_BY_DATE: byDate,
    };
}
/**
 * Run a pipeline for one partition: a shallow copy of `baseConfig` with START_DATE, END_DATE, UNIVERSE and the
 * resolved UNIVERSE_MEMBERS (members on START_DATE), run the pipeline, then call `onResult`.
 */
async function runPartition(options) {
    const run = typeof options.partition === "string"
        ? universe/* PartitionRun */.MI.parse(options.partition)
        : options.partition;
    try {
        const registry = options.universes ?? UniverseRegistry.inProject(process.cwd());
        const config = {
            ...options.baseConfig,
            START_DATE: run.dates.start,
            END_DATE: run.dates.end,
            UNIVERSE: run.universe.spec,
            ...(await membersOf(registry, run, options.defaultGetUniverse)),
        };
        const result = await options.pipeline(config);
        await options.onResult?.(run, config, result);
        return result;
    }
    catch (error) {
        if (error instanceof PartitionRunError)
            throw error;
        throw new PartitionRunError(run.key, error);
    }
}

;// CONCATENATED MODULE: ./src/partitions/pipelines.ts







const PIPELINES_DIR = "pipelines";
const PIPELINE_FILE = /^([A-Za-z0-9][A-Za-z0-9_-]*)\.(js|mjs)$/;
/** What a pipeline module may export besides `run`; validated like products.yml. */
const PipelineExportsSchema = schemas/* object */.Ikc({
    run: schemas/* custom */.IeY((v) => typeof v === "function", {
        message: "expected an exported function run(config)",
    }),
    getUniverse: schemas/* custom */.IeY((v) => typeof v === "function", {
        message: "expected a function getUniverse(date, value)",
    })
        .optional(),
    partitions: config/* PartitionsConfigSchema */.Py.optional(),
    schedules: config/* SchedulesConfigSchema */.ai.optional(),
    description: schemas/* string */.YjP().optional(),
    version: schemas/* string */.YjP().optional(),
    tags: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
});
const CLI_ENTRY = "cli/bin.js";
/** The CLI that a pipeline's build command calls: the action bundle sets it to itself. */
function cliPath() {
    const sourceDir = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    return process.env.LIFECYCLE_CLI ?? external_node_path_default().join(sourceDir, "..", CLI_ENTRY);
}
function quote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
async function importModule(file) {
    return import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(file).href);
}
function hasRunExport(module) {
    return typeof module === "object" && module !== null && "run" in module;
}
async function importPipeline(file, imported) {
    const module = imported ?? (await importModule(file));
    const result = PipelineExportsSchema.safeParse(module);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new errors/* ConfigError */.xL(`pipeline ${file}: export ${issue?.path.join(".") || "?"}: ${issue?.message ?? "invalid"}`);
    }
    return result.data;
}
function warnOnStderr(file, reason) {
    process.stderr.write(`warning: ${file}: ${reason}; skipped\n`);
}
/**
 * Every `<dir>/<name>.js|.mjs` exporting `run(config)` becomes a product `<name>` whose build
 * command runs the pipeline for the partition in the environment (`lifecycle pipeline run`).
 * Optional exports: `partitions`, `schedules`, `description`, `version`, `tags`, `getUniverse`.
 * A module without a `run` export is a helper module (as in the market-data team's layer): it is
 * skipped with a warning naming it. A module that exports `run` but invalid options is an error.
 */
async function discoverPipelines(dir, warn = warnOnStderr) {
    let names;
    try {
        names = (await promises_default().readdir(dir)).sort();
    }
    catch (error) {
        if (error.code === "ENOENT")
            return [];
        throw error;
    }
    const found = [];
    for (const name of names) {
        const match = PIPELINE_FILE.exec(name);
        if (!match?.[1])
            continue;
        const file = external_node_path_default().resolve(dir, name);
        const module = await importModule(file);
        if (!hasRunExport(module)) {
            warn(file, "exports no run(config), so it is not a pipeline");
            continue;
        }
        const exports = await importPipeline(file, module);
        const id = match[1];
        if (found.some((p) => p.id === id))
            throw new errors/* ConfigError */.xL(`pipeline ${id} is defined twice in ${dir}`);
        const build_command = [process.execPath, cliPath(), "pipeline", "run", file]
            .map(quote)
            .join(" ");
        const product = {
            id,
            description: exports.description,
            version: exports.version,
            tags: ["pipeline", ...(exports.tags ?? [])],
            partitions: exports.partitions,
            schedules: exports.schedules,
            build_command,
        };
        found.push({ id, file, product });
    }
    return found;
}
/**
 * Run a pipeline module for the partition its environment names: universe x date partitions go
 * through `runPartition` (universes from `<root>/universes`, `default` from the module's
 * `getUniverse`); any other partition calls `run` with PARTITION, VERSION and BUILD_NOTE.
 * Every run also gets OUTPUT_DIR and INPUT_DIR.
 */
async function runPipelineModule(file, env, root) {
    const exports = await importPipeline(external_node_path_default().resolve(root, file));
    const baseConfig = {
        PARTITION: env.LIFECYCLE_PARTITION ?? "",
        VERSION: env.LIFECYCLE_VERSION ?? "",
        BUILD_NOTE: env.LIFECYCLE_BUILD_NOTE ?? "",
        OUTPUT_DIR: env.LIFECYCLE_OUTPUT_DIR ?? "",
        INPUT_DIR: env.LIFECYCLE_INPUT_DIR ?? "",
    };
    const universe = env.LIFECYCLE_UNIVERSE;
    if (!universe)
        return exports.run(baseConfig);
    const start = env.LIFECYCLE_START_DATE;
    const end = env.LIFECYCLE_END_DATE;
    if (!start || !end)
        throw new errors/* UsageError */.eb("LIFECYCLE_UNIVERSE is set but LIFECYCLE_START_DATE or LIFECYCLE_END_DATE is not");
    const key = start === end ? `${universe}:${start}` : `${universe}:${start}_${end}`;
    return runPartition({
        baseConfig,
        partition: key,
        defaultGetUniverse: exports.getUniverse,
        universes: UniverseRegistry.inProject(root),
        pipeline: (config) => exports.run(config),
    });
}


/***/ }),

/***/ 93191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ loadScheduledProject),
/* harmony export */   Rn: () => (/* binding */ loadProjectWithPipelinesDiagnostics),
/* harmony export */   _6: () => (/* binding */ loadPartitionedProducts),
/* harmony export */   f1: () => (/* binding */ loadProjectWithPipelines),
/* harmony export */   te: () => (/* binding */ findProduct)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_project_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93879);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _pipelines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94077);
/* harmony import */ var _ingest_schedules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43696);





/** The project's products, then every discovered pipeline whose id no product already has. */
async function loadPartitionedProducts(root) {
    const { project } = await (0,_config_project_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProjectOrThrow */ .xI)(root);
    return withPipelines(project, await (0,_pipelines_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverPipelines */ .NY)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, _pipelines_js__WEBPACK_IMPORTED_MODULE_3__/* .PIPELINES_DIR */ .Cu)));
}
/** The project's products, then every pipeline whose id no product already has. */
function withPipelines(project, pipelines) {
    const ids = new Set(project.products.map((p) => p.id));
    return [...project.products, ...pipelines.filter((p) => !ids.has(p.id)).map((p) => p.product)];
}
/** What the schedules workflow is made of: product schedules, and lifecycle.yml's ingest schedules. */
async function loadScheduledProject(root) {
    const { project } = await loadProjectWithPipelines(root);
    const { jobs } = (0,_ingest_schedules_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveIngestSchedules */ .X)(project, project.settings.ingest_schedules ?? []);
    return { products: project.products, ingest: jobs };
}
function findProduct(products, id) {
    const product = products.find((p) => p.id === id);
    if (product)
        return product;
    const ids = products.map((p) => p.id).join(", ") || "none";
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`unknown product ${JSON.stringify(id)}; products: ${ids}`);
}
/** The project as `loadProjectOrThrow` reads it, with every discovered pipeline as a product. */
async function loadProjectWithPipelines(root) {
    const loaded = await (0,_config_project_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProjectOrThrow */ .xI)(root);
    const pipelines = await (0,_pipelines_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverPipelines */ .NY)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, _pipelines_js__WEBPACK_IMPORTED_MODULE_3__/* .PIPELINES_DIR */ .Cu));
    return {
        ...loaded,
        project: { ...loaded.project, products: withPipelines(loaded.project, pipelines) },
    };
}
/**
 * `loadProject` with every discovered pipeline as a product, for `validate`: a pipeline module
 * that cannot be read is an error on its file, a helper module (no `run`) a warning.
 */
async function loadProjectWithPipelinesDiagnostics(root) {
    const loaded = await (0,_config_project_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProject */ .gi)(root);
    const diagnostics = [...loaded.diagnostics];
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, _pipelines_js__WEBPACK_IMPORTED_MODULE_3__/* .PIPELINES_DIR */ .Cu);
    const skipped = (file, reason) => diagnostics.push({
        severity: "warning",
        file,
        line: 1,
        column: 1,
        path: "",
        message: `${reason}; skipped`,
    });
    let pipelines = [];
    try {
        pipelines = await (0,_pipelines_js__WEBPACK_IMPORTED_MODULE_3__/* .discoverPipelines */ .NY)(dir, skipped);
    }
    catch (error) {
        if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL))
            throw error;
        diagnostics.push({
            severity: "error",
            file: dir,
            line: 1,
            column: 1,
            path: "",
            message: error.message,
        });
    }
    const products = withPipelines(loaded.project, pipelines);
    return { project: { ...loaded.project, products }, diagnostics: (0,_config_project_js__WEBPACK_IMPORTED_MODULE_1__/* .sortDiagnostics */ .Ds)(diagnostics) };
}


/***/ }),

/***/ 9388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ resolvePartitions)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/partitions/config.ts
var config = __webpack_require__(89101);
// EXTERNAL MODULE: ./src/partitions/dates.ts
var dates = __webpack_require__(33926);
;// CONCATENATED MODULE: ./src/partitions/expr.ts

const EXPRESSION_GRAMMAR = `partition expression grammar:
  expr      := part ("|" part)*                    the union of the parts
  part      := "*" | keys | selection
  keys      := key ("," key)*                      full partition keys, as "partitions expand" prints them
  selection := term (";" term)*
  term      := dimension "=" value ("," value)*    a dimension left out means all of it
  value     := "*" | text | date ".." date         a range is inclusive, dates YYYY-MM-DD
examples: main    2025.1.1-2_ar_build,2025.1.2-rerun    mic=XLON:2025-01-02    region=us,eu;day=*
          universe=mic=XLON,mic=XPAR;date=2025-01-02..2025-01-31
          universe=mic=XLON;date=2025-01-09|universe=mic=XPAR;date=2025-01-10`;
function expressionError(text, why) {
    return new errors/* UsageError */.eb(`partition expression ${JSON.stringify(text)}: ${why}\n${EXPRESSION_GRAMMAR}`);
}
function isSelection(text, dimensions) {
    if (text.includes(";"))
        return true;
    const eq = text.indexOf("=");
    if (eq <= 0)
        return false;
    return dimensions.includes(text.slice(0, eq)) && !text.includes(":");
}
function parseValue(text, raw) {
    if (raw === "*")
        return { kind: "all" };
    if (raw.length === 0)
        throw expressionError(text, "empty value in a list");
    const dots = raw.indexOf("..");
    if (dots < 0)
        return { kind: "value", value: raw };
    const from = raw.slice(0, dots);
    const to = raw.slice(dots + 2);
    if (!from || !to || to.includes(".."))
        throw expressionError(text, `bad range ${JSON.stringify(raw)}`);
    return { kind: "range", from, to };
}
function parseTerm(text, raw, dimensions) {
    const eq = raw.indexOf("=");
    if (eq <= 0)
        throw expressionError(text, `term ${JSON.stringify(raw)} is not dimension=value`);
    const name = raw.slice(0, eq);
    if (!dimensions.includes(name)) {
        const allowed = dimensions.length
            ? dimensions.join(", ")
            : "none (this product takes keys only)";
        throw expressionError(text, `unknown dimension ${JSON.stringify(name)}; dimensions: ${allowed}`);
    }
    return {
        name,
        values: raw
            .slice(eq + 1)
            .split(",")
            .map((v) => parseValue(text, v)),
    };
}
/** Parse a partition expression; `dimensions` are the names a selection may use. */
function parseExpression(text, dimensions) {
    const trimmed = text.trim();
    if (trimmed.length === 0)
        throw expressionError(text, "empty");
    if (/\s/.test(trimmed))
        throw expressionError(text, "contains white space");
    if (trimmed === "*")
        return { kind: "all" };
    if (!isSelection(trimmed, dimensions)) {
        const keys = trimmed.split(",");
        if (keys.some((k) => k.length === 0))
            throw expressionError(text, "empty key in a list");
        return { kind: "keys", keys };
    }
    const terms = trimmed.split(";").map((raw) => {
        if (raw.length === 0)
            throw expressionError(text, "empty term between ';'");
        return parseTerm(text, raw, dimensions);
    });
    const seen = new Set();
    for (const term of terms) {
        if (seen.has(term.name))
            throw expressionError(text, `dimension ${JSON.stringify(term.name)} given twice`);
        seen.add(term.name);
    }
    return { kind: "selection", terms };
}

// EXTERNAL MODULE: ./src/partitions/keys.ts
var keys = __webpack_require__(63399);
// EXTERNAL MODULE: ./src/partitions/schemes.ts
var schemes = __webpack_require__(14847);
// EXTERNAL MODULE: ./src/partitions/universe.ts
var universe = __webpack_require__(95764);
;// CONCATENATED MODULE: ./src/partitions/resolve.ts







/**
 * The partitions `expr` stands for, in order, without duplicates. `expr` undefined means the
 * product's default: `main` for dynamic products, otherwise everything declared, where an
 * open-ended date window contributes only its last complete day. In declared schemes the
 * starters `main` and `nightly_qa` stand for that default, with the starter as the build note.
 */
function resolvePartitions(product, expr, options = {}) {
    try {
        const scheme = (0,schemes/* schemeOf */.dz)(product.partitions, options.now ?? new Date());
        const alternatives = expr === undefined ? [undefined] : expr.split("|");
        const resolved = dedupe(alternatives.flatMap((alternative) => {
            if (alternative !== undefined && isStarterAlias(scheme, alternative)) {
                return resolveScheme(product, scheme, undefined, []).map((p) => withNote(p, alternative));
            }
            const parsed = alternative === undefined
                ? undefined
                : parseExpression(alternative, (0,schemes/* dimensionNames */.lu)(scheme));
            return resolveScheme(product, scheme, parsed, options.known ?? []);
        }));
        const max = options.maxRuns ?? 100_000;
        if (resolved.length > max) {
            throw new errors/* UsageError */.eb(`stands for ${resolved.length} partitions, more than the limit of ${max}`);
        }
        return resolved;
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.eb)
            throw new errors/* UsageError */.eb(`product ${product.id}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        throw error;
    }
}
/** In a declared scheme, `main` and `nightly_qa` stand for the default partitions (with that note). */
function isStarterAlias(scheme, text) {
    if (scheme.kind === "dynamic" || !(0,keys/* isStarterNote */.Ul)(text))
        return false;
    return !(scheme.kind === "static" && scheme.keys.includes(text));
}
function withNote(partition, note) {
    return { ...partition, note, env: { ...partition.env, LIFECYCLE_BUILD_NOTE: note } };
}
function dedupe(partitions) {
    const seen = new Set();
    return partitions.filter((p) => !seen.has(p.key) && seen.add(p.key));
}
function resolveScheme(product, scheme, expr, known) {
    const version = product.version ?? keys/* DEFAULT_VERSION */.jD;
    switch (scheme.kind) {
        case "dynamic":
            return dynamicKeys(expr, known).map((key) => dynamicPartition(key, product.version));
        case "static":
            return staticKeys(scheme.keys, expr).map((key) => base(key, version, { key }));
        case "time":
            return dimensionalRuns([scheme.dimension], expr).map((d) => dimensionalPartition(d, version));
        case "multi":
            return dimensionalRuns(scheme.dimensions, expr).map((d) => dimensionalPartition(d, version));
        case "universe-date":
            return universeDateRuns(scheme, expr).map((run) => universeDatePartition(run, version));
    }
}
function base(key, version, dimensions, note = "") {
    (0,keys/* validatePartitionKey */.si)(key);
    const env = { LIFECYCLE_PARTITION: key, LIFECYCLE_VERSION: version, LIFECYCLE_BUILD_NOTE: note };
    return { key, version, note, dimensions, env };
}
function dynamicKeys(expr, known) {
    if (expr === undefined)
        return ["main"];
    if (expr.kind === "all")
        return [...keys/* STARTER_NOTES */.mv, ...known];
    if (expr.kind === "keys")
        return expr.keys;
    throw new errors/* UsageError */.eb("dynamic partitions take keys, not dimension=value terms");
}
function dynamicPartition(key, productVersion) {
    const parsed = (0,keys/* parseDynamicKey */.Cy)(key, productVersion);
    return base(key, parsed.version, { version: parsed.version, note: parsed.note }, parsed.note);
}
function staticKeys(keys, expr) {
    if (expr === undefined || expr.kind === "all")
        return keys;
    if (expr.kind === "selection")
        throw new errors/* UsageError */.eb("static partitions take keys, not dimension=value terms");
    return expr.keys.map((key) => (0,schemes/* checkValue */.Su)({ name: "partition", kind: "static", keys }, key));
}
/** An open-ended time window runs its latest complete partition by default; anything else, all. */
function defaultValues(dimension) {
    if (dimension.kind === "time" && dimension.openEnded)
        return dimension.keys.slice(-1);
    return (0,schemes/* allValues */.Uq)(dimension);
}
function expandValue(dimension, value) {
    if (value.kind === "all")
        return (0,schemes/* allValues */.Uq)(dimension);
    if (value.kind === "value")
        return [(0,schemes/* checkValue */.Su)(dimension, value.value)];
    if (dimension.kind !== "time")
        throw new errors/* UsageError */.eb(`${dimension.name} is not a time dimension; ranges need one`);
    return (0,schemes/* valuesBetween */.H9)(dimension, value.from, value.to);
}
function cartesian(lists) {
    return lists.reduce((acc, list) => acc.flatMap((row) => list.map((v) => [...row, v])), [[]]);
}
/** Rows of dimension values, in declared dimension order. */
function dimensionalRuns(dimensions, expr) {
    let lists;
    if (expr === undefined)
        lists = dimensions.map(defaultValues);
    else if (expr.kind === "all")
        lists = dimensions.map(schemes/* allValues */.Uq);
    else if (expr.kind === "keys")
        return expr.keys.map((key) => splitKey(dimensions, key));
    else {
        const terms = new Map(expr.terms.map((t) => [t.name, t.values]));
        lists = dimensions.map((d) => {
            const values = terms.get(d.name);
            return values ? values.flatMap((v) => expandValue(d, v)) : (0,schemes/* allValues */.Uq)(d);
        });
    }
    return cartesian(lists).map((row) => Object.fromEntries(dimensions.map((d, i) => [d.name, row[i] ?? ""])));
}
function splitKey(dimensions, key) {
    const parts = key.split(":");
    if (parts.length !== dimensions.length) {
        const shape = dimensions.map((d) => `<${d.name}>`).join(":");
        throw new errors/* UsageError */.eb(`partition key ${JSON.stringify(key)} does not have the shape ${shape}`);
    }
    return Object.fromEntries(dimensions.map((d, i) => [d.name, (0,schemes/* checkValue */.Su)(d, parts[i] ?? "")]));
}
function dimensionalPartition(dimensions, version) {
    const partition = base(Object.values(dimensions).join(":"), version, dimensions);
    for (const [name, value] of Object.entries(dimensions)) {
        partition.env[`LIFECYCLE_PARTITION_${name.toUpperCase()}`] = value;
    }
    return partition;
}
function checkRun(scheme, run) {
    checkUniverse(scheme, run.universe.spec);
    (0,schemes/* checkDateInWindow */.Ki)(run.dates.start, scheme.window, "date");
    (0,schemes/* checkDateInWindow */.Ki)(run.dates.end, scheme.window, "date");
    return run;
}
function checkUniverse(scheme, spec) {
    if (!scheme.universes.includes(spec)) {
        throw new errors/* UsageError */.eb(`universe ${JSON.stringify(spec)} is not declared; allowed: ${(0,schemes/* describeAllowed */.cX)(scheme.universes)}`);
    }
    return spec;
}
function batches(window, start, end, batch) {
    (0,schemes/* checkDateInWindow */.Ki)(start, window, "date");
    (0,schemes/* checkDateInWindow */.Ki)(end, window, "date");
    if ((0,dates/* toDayNumber */.pR)(end) < (0,dates/* toDayNumber */.pR)(start))
        throw new errors/* UsageError */.eb(`date range ${start}..${end} ends before it starts`);
    return (0,universe/* buildDatePartitions */.OC)(start, end, batch);
}
function dateValue(scheme, value, batch) {
    const { window } = scheme;
    if (value.kind === "all")
        return batches(window, window.start, window.end, batch);
    if (value.kind === "range")
        return batches(window, value.from, value.to, batch);
    const dates = universe/* DatePartition */.dY.parse(value.value);
    (0,schemes/* checkDateInWindow */.Ki)(dates.start, window, "date");
    (0,schemes/* checkDateInWindow */.Ki)(dates.end, window, "date");
    return [dates];
}
function universeDateRuns(scheme, expr) {
    const { window } = scheme;
    if (expr?.kind === "keys")
        return expr.keys.map((key) => checkRun(scheme, universe/* PartitionRun */.MI.parse(key)));
    if (expr === undefined || expr.kind === "all") {
        const lastDayOnly = expr === undefined && window.openEnded;
        const dates = lastDayOnly
            ? [new universe/* DatePartition */.dY(window.end)]
            : (0,universe/* buildDatePartitions */.OC)(window.start, window.end, scheme.batch);
        return (0,universe/* buildPartitionRuns */.XF)(scheme.universes, dates);
    }
    const terms = new Map(expr.terms.map((t) => [t.name, t.values]));
    const batch = batchOf(expr.terms.find((t) => t.name === "batch")?.values) ?? scheme.batch;
    const universes = (terms.get("universe") ?? [{ kind: "all" }]).flatMap((v) => {
        if (v.kind === "all")
            return scheme.universes;
        if (v.kind === "range")
            throw new errors/* UsageError */.eb("universe values cannot be ranges");
        return [checkUniverse(scheme, v.value)];
    });
    const dates = (terms.get("date") ?? [{ kind: "all" }]).flatMap((v) => dateValue(scheme, v, batch));
    return (0,universe/* buildPartitionRuns */.XF)(universes, dates);
}
function batchOf(values) {
    if (values === undefined)
        return undefined;
    const [only] = values;
    const allowed = config/* BATCH_FREQUENCIES */.O5;
    if (values.length !== 1 || only?.kind !== "value" || !allowed.includes(only.value)) {
        throw new errors/* UsageError */.eb(`batch takes one of ${config/* BATCH_FREQUENCIES */.O5.join(", ")}`);
    }
    return config/* BATCH_FREQUENCIES */.O5.find((b) => b === only.value);
}
function universeDatePartition(run, version) {
    const { spec } = run.universe;
    const { start, end } = run.dates;
    const partition = base(run.key, version, { universe: spec, date: run.dates.key });
    Object.assign(partition.env, {
        LIFECYCLE_UNIVERSE: spec,
        LIFECYCLE_START_DATE: start,
        LIFECYCLE_END_DATE: end,
        UNIVERSE: spec,
        START_DATE: start,
        END_DATE: end,
    });
    return partition;
}


/***/ }),

/***/ 14847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ valuesBetween),
/* harmony export */   Ki: () => (/* binding */ checkDateInWindow),
/* harmony export */   Su: () => (/* binding */ checkValue),
/* harmony export */   Uq: () => (/* binding */ allValues),
/* harmony export */   VG: () => (/* binding */ schemeKindOf),
/* harmony export */   cX: () => (/* binding */ describeAllowed),
/* harmony export */   dz: () => (/* binding */ schemeOf),
/* harmony export */   lu: () => (/* binding */ dimensionNames)
/* harmony export */ });
/* unused harmony exports SCHEME_KINDS, closeWindow, isTimeWindowConfig, timeDimension */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89101);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33926);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63399);
/* harmony import */ var _time_window_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54927);
/* harmony import */ var _universe_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95764);






const SCHEME_KINDS = (/* unused pure expression or super */ null && (["dynamic", "static", "time", "multi", "universe-date"]));
/** `end` of a window, or the day before `now` in its time zone (the last complete day). */
function closeWindow(config, now) {
    const today = (0,_dates_js__WEBPACK_IMPORTED_MODULE_2__/* .dateInTimeZone */ .xk)(now, config.timezone);
    const end = config.end ?? (0,_dates_js__WEBPACK_IMPORTED_MODULE_2__/* .addDays */ .fi)(today, -1);
    if ((0,_dates_js__WEBPACK_IMPORTED_MODULE_2__/* .toDayNumber */ .pR)(end) < (0,_dates_js__WEBPACK_IMPORTED_MODULE_2__/* .toDayNumber */ .pR)(config.start)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`date window ${config.start}..${end} (${config.timezone}) has no complete day yet`);
    }
    return {
        start: config.start,
        end,
        limit: config.end ?? today,
        openEnded: config.end === undefined,
        timezone: config.timezone,
    };
}
function isTimeWindowConfig(config) {
    return _config_js__WEBPACK_IMPORTED_MODULE_1__/* .TIME_WINDOW_KINDS */ .N4.some((kind) => kind in config);
}
/** A time-window dimension as it stands at `now`. */
function timeDimension(name, config, now) {
    const definition = (0,_time_window_js__WEBPACK_IMPORTED_MODULE_4__/* .timeWindowDefinition */ .vb)(config);
    const windows = (0,_time_window_js__WEBPACK_IMPORTED_MODULE_4__/* .timeWindows */ .J4)(definition, now);
    return {
        name,
        kind: "time",
        windows,
        keys: windows.map((w) => w.key),
        openEnded: definition.end === undefined,
    };
}
function dimensionOf(name, config, now) {
    if (Array.isArray(config))
        return { name, kind: "static", keys: config };
    if ("static" in config)
        return { name, kind: "static", keys: config.static };
    const dimension = timeDimension(name, config, now);
    const withColon = dimension.keys.find((k) => k.includes(":"));
    if (withColon !== undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`dimension ${name}: key ${JSON.stringify(withColon)} contains ":", which joins the dimensions of a key; give the window a fmt without ":", e.g. "%Y-%m-%dT%H%M"`);
    }
    return dimension;
}
/** The kind of scheme a product's `partitions:` declares, without resolving any date window. */
function schemeKindOf(config) {
    if (config === undefined || config === "dynamic")
        return "dynamic";
    if (Array.isArray(config) || "static" in config)
        return "static";
    if (isTimeWindowConfig(config))
        return "time";
    if ("dimensions" in config)
        return "multi";
    return "universe-date";
}
/** The scheme a product's `partitions:` declares; absent means dynamic. */
function schemeOf(config, now = new Date()) {
    if (config === undefined || config === "dynamic")
        return { kind: "dynamic" };
    if (Array.isArray(config))
        return { kind: "static", keys: config.map((k) => (0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .validatePartitionKey */ .si)(k)) };
    if ("static" in config)
        return { kind: "static", keys: config.static.map((k) => (0,_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .validatePartitionKey */ .si)(k)) };
    if (isTimeWindowConfig(config))
        return { kind: "time", dimension: timeDimension("date", config, now) };
    if ("dimensions" in config) {
        const dimensions = Object.entries(config.dimensions).map(([name, d]) => dimensionOf(name, d, now));
        return { kind: "multi", dimensions };
    }
    return {
        kind: "universe-date",
        universes: (0,_universe_js__WEBPACK_IMPORTED_MODULE_5__/* .buildUniversePartitions */ .JP)(config.universe),
        window: closeWindow(config.date, now),
        batch: config.date.batch,
    };
}
/** Names a selection expression may use for this scheme. */
function dimensionNames(scheme) {
    switch (scheme.kind) {
        case "dynamic":
        case "static":
            return [];
        case "time":
            return [scheme.dimension.name];
        case "multi":
            return scheme.dimensions.map((d) => d.name);
        case "universe-date":
            return ["universe", "date", "batch"];
    }
}
function describeAllowed(values, limit = 12) {
    const shown = values.slice(0, limit).join(", ");
    return values.length > limit ? `${shown}, ... (${values.length} in all)` : shown;
}
/** Throws unless `date` is a date inside the window. */
function checkDateInWindow(date, window, what) {
    const day = (0,_dates_js__WEBPACK_IMPORTED_MODULE_2__/* .toDayNumber */ .pR)(date);
    if (day < (0,_dates_js__WEBPACK_IMPORTED_MODULE_2__/* .toDayNumber */ .pR)(window.start) || day > (0,_dates_js__WEBPACK_IMPORTED_MODULE_2__/* .toDayNumber */ .pR)(window.limit)) {
        const open = window.openEnded ? ` (today in ${window.timezone})` : "";
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} ${date} is outside ${window.start}..${window.limit}${open}`);
    }
    return date;
}
/** Every value of a dimension. */
function allValues(dimension) {
    return dimension.keys;
}
/** Throws unless `value` is one of the dimension's values. */
function checkValue(dimension, value) {
    if (dimension.keys.includes(value))
        return value;
    if (dimension.kind === "time") {
        const { keys } = dimension;
        const span = keys.length === 0
            ? "none exist yet"
            : `they run from ${keys[0]} to ${keys.at(-1)} (${keys.length})`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${dimension.name} ${JSON.stringify(value)} is not a partition of its time window; ${span}`);
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${dimension.name} ${JSON.stringify(value)} is not declared; allowed: ${describeAllowed(dimension.keys)}`);
}
/** The keys of a time dimension from `from` to `to`, inclusive, in time order. */
function valuesBetween(dimension, from, to) {
    const first = dimension.keys.indexOf(checkValue(dimension, from));
    const last = dimension.keys.indexOf(checkValue(dimension, to));
    if (last < first)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${dimension.name} range ${from}..${to} runs backwards`);
    return dimension.keys.slice(first, last + 1);
}


/***/ }),

/***/ 54927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J4: () => (/* binding */ timeWindows),
/* harmony export */   vN: () => (/* binding */ previousTick),
/* harmony export */   vb: () => (/* binding */ timeWindowDefinition)
/* harmony export */ });
/* unused harmony exports wallToInstant, formatKey, parseWallTime, instantOfWall, HOURLY_FORMAT, DAILY_FORMAT, windowFieldsOf */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _cron_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25095);


const MINUTE_MS = 60_000;
const DAY_MINUTES = 1440;
/** A window list longer than this is a mistake in the definition (say, minutely over years). */
const MAX_WINDOWS = 200_000;
function zoneOf(timezone) {
    return { formatter: (0,_cron_js__WEBPACK_IMPORTED_MODULE_1__/* .clockFormatter */ .VK)(timezone), cache: new Map() };
}
/** Local wall time at an instant, as minutes since 1970-01-01T00:00 of that wall clock. */
function localMinutes(zone, instant) {
    const cached = zone.cache.get(instant);
    if (cached !== undefined)
        return cached;
    const c = (0,_cron_js__WEBPACK_IMPORTED_MODULE_1__/* .wallClock */ .Xb)(zone.formatter, new Date(instant * MINUTE_MS));
    const value = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute) / MINUTE_MS;
    zone.cache.set(instant, value);
    return value;
}
/** The instants (epoch minutes) whose local wall time is `wall`: none in a gap, two in an overlap. */
function instantsAt(zone, wall) {
    const guesses = new Set([wall - DAY_MINUTES, wall + DAY_MINUTES].map((probe) => wall - (localMinutes(zone, probe) - probe)));
    return [...guesses].filter((t) => localMinutes(zone, t) === wall).sort((a, b) => a - b);
}
/** The first instant whose local time is at or after `wall` (the end of a daylight-saving gap). */
function firstInstantAfterGap(zone, wall) {
    let low = wall - (localMinutes(zone, wall + DAY_MINUTES) - (wall + DAY_MINUTES)) - 120;
    let high = wall - (localMinutes(zone, wall - DAY_MINUTES) - (wall - DAY_MINUTES)) + 120;
    while (high - low > 1) {
        const mid = Math.floor((low + high) / 2);
        if (localMinutes(zone, mid) >= wall)
            high = mid;
        else
            low = mid;
    }
    return high;
}
/** The earliest instant at local wall time `wall`, or the end of the gap that skips it. */
function wallToInstant(zone, wall) {
    return instantsAt(zone, wall)[0] ?? firstInstantAfterGap(zone, wall);
}
function firesEveryHour(schedule) {
    return schedule.hour.size === 24;
}
function sortedValues(set) {
    return [...set].sort((a, b) => a - b);
}
/** The ticks of one local day (wall-day number), as instants in order. */
function ticksOfDay(zone, schedule, day) {
    const date = new Date(day * DAY_MINUTES * MINUTE_MS);
    const clock = {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: 0,
        minute: 0,
        weekday: date.getUTCDay(),
    };
    const anyHour = sortedValues(schedule.hour)[0] ?? 0;
    const anyMinute = sortedValues(schedule.minute)[0] ?? 0;
    if (!(0,_cron_js__WEBPACK_IMPORTED_MODULE_1__/* .cronMatches */ .CV)(schedule, { ...clock, hour: anyHour, minute: anyMinute }))
        return [];
    const ticks = [];
    for (const hour of sortedValues(schedule.hour)) {
        for (const minute of sortedValues(schedule.minute)) {
            const wall = day * DAY_MINUTES + hour * 60 + minute;
            const instants = instantsAt(zone, wall);
            if (instants.length === 0)
                ticks.push(firstInstantAfterGap(zone, wall));
            else if (instants.length > 1 && !firesEveryHour(schedule))
                ticks.push(instants.at(-1) ?? 0);
            else
                ticks.push(...instants);
        }
    }
    return ticks.sort((a, b) => a - b);
}
/** Ticks at or after `from`, in order, without repeats (ends after 8 years without one). */
function* ticksFrom(zone, schedule, from) {
    let last = -Infinity;
    let day = Math.floor(localMinutes(zone, from) / DAY_MINUTES) - 1;
    for (let emptyDays = 0; emptyDays < 366 * 8; day += 1) {
        emptyDays += 1;
        for (const tick of ticksOfDay(zone, schedule, day)) {
            if (tick < from || tick <= last)
                continue;
            emptyDays = 0;
            last = tick;
            yield tick;
        }
    }
}
/**
 * The latest tick of `cron` in `timeZone` at or before `now` (to the minute), looking back at most
 * `maxDays`, with the daylight-saving rules above: a skipped local time fires at the first instant
 * after the change; a repeated one fires once (the second occurrence) unless the cron fires every
 * hour.
 */
function previousTick(cron, now, timeZone, maxDays = 8) {
    const zone = zoneOf(timeZone);
    const nowMinutes = Math.floor(now.getTime() / MINUTE_MS);
    let latest;
    for (const tick of ticksFrom(zone, (0,_cron_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCron */ .E$)(cron), nowMinutes - maxDays * DAY_MINUTES)) {
        if (tick > nowMinutes)
            break;
        latest = tick;
    }
    return latest === undefined ? undefined : new Date(latest * MINUTE_MS);
}
/** The windows that exist at `now`, oldest first. */
function timeWindows(definition, now) {
    const zone = zoneOf(definition.timezone);
    const schedule = (0,_cron_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCron */ .E$)(definition.cron);
    const nowMinutes = Math.floor(now.getTime() / MINUTE_MS);
    const ticks = [];
    let atOrBeforeNow = 0;
    for (const tick of ticksFrom(zone, schedule, definition.start)) {
        if (definition.end !== undefined && tick > definition.end)
            break;
        if (tick <= nowMinutes)
            atOrBeforeNow += 1;
        else if (ticks.length >= atOrBeforeNow + Math.max(definition.endOffset, 0))
            break;
        ticks.push(tick);
        if (ticks.length > MAX_WINDOWS)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`time window ${definition.cron} has over ${MAX_WINDOWS} partitions`);
    }
    const ended = Math.max(atOrBeforeNow - 1, 0);
    const count = Math.min(Math.max(ended + definition.endOffset, 0), ticks.length - 1);
    return windowsOf(zone, definition, ticks.slice(0, count + 1));
}
function windowsOf(zone, definition, ticks) {
    const windows = [];
    for (let i = 0; i + 1 < ticks.length; i += 1) {
        const start = ticks[i] ?? 0;
        let key = formatKey(definition.fmt, localMinutes(zone, start));
        if (windows.at(-1)?.key === key)
            key += utcOffset(localMinutes(zone, start) - start);
        windows.push({ key, start: iso(start), end: iso(ticks[i + 1] ?? 0) });
    }
    return windows;
}
function iso(minutes) {
    return new Date(minutes * MINUTE_MS).toISOString();
}
function utcOffset(minutes) {
    const sign = minutes < 0 ? "-" : "+";
    const abs = Math.abs(minutes);
    return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}
function pad(value, width = 2) {
    return String(value).padStart(width, "0");
}
const FORMAT_CODES = {
    Y: (d) => pad(d.getUTCFullYear(), 4),
    m: (d) => pad(d.getUTCMonth() + 1),
    d: (d) => pad(d.getUTCDate()),
    H: (d) => pad(d.getUTCHours()),
    M: (d) => pad(d.getUTCMinutes()),
    S: () => "00",
    "%": () => "%",
};
/** strftime with %Y %m %d %H %M %S %%, applied to a wall time in minutes. */
function formatKey(fmt, wall) {
    const date = new Date(wall * MINUTE_MS);
    return fmt.replace(/%(.)/g, (whole, code) => {
        const format = FORMAT_CODES[code];
        if (!format)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`key format ${JSON.stringify(fmt)}: %${code} is not supported; use %Y %m %d %H %M %S`);
        return format(date);
    });
}
/** Parse `text` written with `fmt` (or as ISO `YYYY-MM-DD[THH:MM]`) into a wall time in minutes. */
function parseWallTime(text, fmt) {
    const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
    if (iso)
        return wallFrom(iso.slice(1, 6).map((v) => Number(v ?? 0)));
    const fields = [];
    const pattern = fmt
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace(/%(.)/g, (_w, code) => {
        fields.push(code);
        return code === "Y" ? "(\\d{4})" : code === "%" ? "%" : "(\\d{2})";
    });
    const match = new RegExp(`^${pattern}$`).exec(text);
    if (!match)
        return undefined;
    const parts = { Y: 1970, m: 1, d: 1, H: 0, M: 0 };
    fields.filter((f) => f !== "%").forEach((code, i) => (parts[code] = Number(match[i + 1])));
    return wallFrom([parts.Y, parts.m, parts.d, parts.H, parts.M].map((v) => v ?? 0));
}
function wallFrom([year = 1970, month = 1, day = 1, hour = 0, minute = 0]) {
    const ms = Date.UTC(year, month - 1, day, hour, minute);
    const back = new Date(ms);
    if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59)
        return undefined;
    return ms / MINUTE_MS;
}
/** The instant (epoch minutes) that a wall time names in a time zone. */
function instantOfWall(wall, timezone) {
    return wallToInstant(zoneOf(timezone), wall);
}
const HOURLY_FORMAT = "%Y-%m-%d-%H:%M";
const DAILY_FORMAT = "%Y-%m-%d";
/** The cron and default key format each kind of window stands for, with Dagster's offsets. */
function cronOf(config) {
    if ("hourly" in config)
        return { cron: `${config.hourly.minute_offset} * * * *`, fmt: HOURLY_FORMAT };
    if ("daily" in config) {
        const d = config.daily;
        return { cron: `${d.minute_offset} ${d.hour_offset} * * *`, fmt: DAILY_FORMAT };
    }
    if ("weekly" in config) {
        const w = config.weekly;
        return { cron: `${w.minute_offset} ${w.hour_offset} * * ${w.day_offset}`, fmt: DAILY_FORMAT };
    }
    if ("monthly" in config) {
        const m = config.monthly;
        return { cron: `${m.minute_offset} ${m.hour_offset} ${m.day_offset} * *`, fmt: DAILY_FORMAT };
    }
    const schedule = (0,_cron_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCron */ .E$)(config.cron.schedule);
    const daily = schedule.hour.size === 1 && schedule.minute.size === 1;
    return { cron: (0,_cron_js__WEBPACK_IMPORTED_MODULE_1__/* .expandCronMacro */ .XC)(config.cron.schedule), fmt: daily ? DAILY_FORMAT : HOURLY_FORMAT };
}
function windowFieldsOf(config) {
    if ("hourly" in config)
        return config.hourly;
    if ("daily" in config)
        return config.daily;
    if ("weekly" in config)
        return config.weekly;
    if ("monthly" in config)
        return config.monthly;
    return config.cron;
}
/** The definition a `partitions:` time window declares. */
function timeWindowDefinition(config) {
    const { cron, fmt: defaultFormat } = cronOf(config);
    const fields = windowFieldsOf(config);
    const fmt = fields.fmt ?? defaultFormat;
    formatKey(fmt, 0);
    const instant = (what, text) => {
        const wall = parseWallTime(text, fmt);
        if (wall === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`time window ${what} ${JSON.stringify(text)} is not a date: expected YYYY-MM-DD, YYYY-MM-DDTHH:MM or the key format ${JSON.stringify(fmt)}`);
        }
        return instantOfWall(wall, fields.timezone);
    };
    const start = instant("start", fields.start);
    const end = fields.end === undefined ? undefined : instant("end", fields.end);
    if (end !== undefined && end <= start)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`time window end ${fields.end} is not after its start ${fields.start}`);
    return { cron, timezone: fields.timezone, fmt, start, end, endOffset: fields.end_offset };
}


/***/ }),

/***/ 95764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JP: () => (/* binding */ buildUniversePartitions),
/* harmony export */   MI: () => (/* binding */ PartitionRun),
/* harmony export */   OC: () => (/* binding */ buildDatePartitions),
/* harmony export */   XF: () => (/* binding */ buildPartitionRuns),
/* harmony export */   dY: () => (/* binding */ DatePartition)
/* harmony export */ });
/* unused harmony exports UniversePartition, UniverseProduct, parseUniverseSpec */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33926);


const SPEC_PART = /^[A-Za-z0-9._=-]+$/;
const SPEC_SHAPE = "name or name=value, several joined with + to intersect (e.g. mic=XLON+custom)";
/** One universe of instruments: spec `name=value`, or `name` when there is no value. */
class UniversePartition {
    name;
    value;
    constructor(name, value) {
        this.name = name;
        this.value = value;
        if (!/^[A-Za-z0-9._-]+$/.test(name)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`universe name ${JSON.stringify(name)} is not allowed; expected ${SPEC_SHAPE}`);
        }
        if (value !== undefined && !SPEC_PART.test(value)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`universe value ${JSON.stringify(value)} is not allowed; expected ${SPEC_SHAPE}`);
        }
    }
    get spec() {
        return this.value === undefined ? this.name : `${this.name}=${this.value}`;
    }
    get factors() {
        return [this];
    }
}
/** A product of universes (`mic=XLON+custom`): its members are those common to every factor. */
class UniverseProduct {
    factors;
    constructor(factors) {
        this.factors = factors;
        if (factors.length < 2)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb("a universe product needs at least two factors");
    }
    get spec() {
        return this.factors.map((f) => f.spec).join("+");
    }
}
function parseFactor(spec, whole) {
    if (spec.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`universe spec ${JSON.stringify(whole)} has an empty part; expected ${SPEC_SHAPE}`);
    }
    const eq = spec.indexOf("=");
    return eq < 0
        ? new UniversePartition(spec)
        : new UniversePartition(spec.slice(0, eq), spec.slice(eq + 1));
}
/** `name=value` splits once, on the first `=`; `a+b` is a product of universes. */
function parseUniverseSpec(spec) {
    const parts = spec.split("+");
    if (parts.length === 1)
        return parseFactor(spec, spec);
    return new UniverseProduct(parts.map((part) => parseFactor(part, spec)));
}
/** A date range: key `start` when start equals end, else `start_end`. */
class DatePartition {
    start;
    end;
    constructor(start, end = start) {
        this.start = start;
        this.end = end;
        if ((0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .toDayNumber */ .pR)(end) < (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .toDayNumber */ .pR)(start)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`date partition ${start}_${end} ends before it starts`);
        }
    }
    get key() {
        return this.start === this.end ? this.start : `${this.start}_${this.end}`;
    }
    static parse(key) {
        const [start, end, extra] = key.split("_");
        if (start === undefined || extra !== undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`date partition ${JSON.stringify(key)}: expected YYYY-MM-DD or YYYY-MM-DD_YYYY-MM-DD`);
        }
        return new DatePartition(start, end ?? start);
    }
}
/** Date batches of a range, as DatePartitions (see `splitDateRange`). */
function buildDatePartitions(start, end, batch = "auto") {
    return (0,_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .splitDateRange */ .qM)(start, end, batch).map((b) => new DatePartition(b.start, b.end));
}
/** One universe over one date range: key `<spec>:<datekey>`. */
class PartitionRun {
    universe;
    dates;
    constructor(universe, dates) {
        this.universe = universe;
        this.dates = dates;
    }
    get key() {
        return `${this.universe.spec}:${this.dates.key}`;
    }
    static parse(key) {
        const colon = key.lastIndexOf(":");
        if (colon <= 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`run key ${JSON.stringify(key)}: expected <universe spec>:<date key>, e.g. mic=XLON:2025-01-03_2025-01-09`);
        }
        return new PartitionRun(parseUniverseSpec(key.slice(0, colon)), DatePartition.parse(key.slice(colon + 1)));
    }
}
/** Every (universe, dates) pair, universe as the outer loop. */
function buildPartitionRuns(universes, dates) {
    const parsed = universes.map((u) => (typeof u === "string" ? parseUniverseSpec(u) : u));
    return parsed.flatMap((universe) => dates.map((d) => new PartitionRun(universe, d)));
}
function simpleSpecs(entry) {
    if (typeof entry === "string")
        return [entry];
    if ("mic" in entry) {
        const allowed = entry.whitelist ? new Set(entry.whitelist) : undefined;
        const denied = new Set(entry.blacklist ?? []);
        return entry.mic
            .filter((m) => (!allowed || allowed.has(m)) && !denied.has(m))
            .map((m) => `mic=${m}`);
    }
    if ("opol" in entry)
        return entry.opol.map((o) => `opol=${o}`);
    if ("index" in entry)
        return entry.index.map((i) => `index=${i}`);
    return entry.values ? entry.values.map((v) => `${entry.custom}=${v}`) : [entry.custom];
}
/**
 * The spec strings of structured universes, in order, without duplicates: a MIC list (filtered by
 * `whitelist` when given, minus `blacklist`), an index list, a custom universe (`name` or one spec
 * per value), and a cartesian product of those (specs joined with `+`).
 */
function buildUniversePartitions(universes) {
    const specs = universes.flatMap((entry) => {
        if (typeof entry === "object" && "product" in entry) {
            return entry.product
                .map(simpleSpecs)
                .reduce((acc, next) => acc.flatMap((a) => next.map((n) => `${a}+${n}`)));
        }
        return simpleSpecs(entry);
    });
    for (const spec of specs)
        parseUniverseSpec(spec);
    return [...new Set(specs)];
}


/***/ })

};

//# sourceMappingURL=197.index.js.map