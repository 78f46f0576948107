export const id = 7299;
export const ids = [7299];
export const modules = {

/***/ 76006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   hn: () => (/* binding */ ChecksSchema)
/* harmony export */ });
/* unused harmony exports RowCountCheckSchema, ColumnsCheckSchema, NotNullCheckSchema, UniqueCheckSchema, SqlCheckSchema, CommandCheckSchema, ExistsCheckSchema, CheckSchema, CHECK_KINDS */
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
const ExistsCheckSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...common,
    exists: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
            .regex(/^s3:\/\/[^/]+/, "an s3://bucket/key URL")
            .describe("s3://bucket/key (head) or s3://bucket/prefix/ (list, recursive); ${NAME} from the build's environment, e.g. ${LIFECYCLE_PARTITION}"),
        mode: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["head", "list", "recursive"])
            .optional()
            .describe("head: that object; list: direct children of the prefix; recursive: anything below. Default: head, or recursive for a URL ending in /"),
        min: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
            .int()
            .positive()
            .optional()
            .describe("list, recursive: how many there must be (default 1)"),
    }),
});
/** One check on a product's build output (or an ingested dataset). */
const CheckSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([
    RowCountCheckSchema,
    ColumnsCheckSchema,
    NotNullCheckSchema,
    UniqueCheckSchema,
    SqlCheckSchema,
    CommandCheckSchema,
    ExistsCheckSchema,
]);
const ChecksSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(CheckSchema);
const CHECK_KINDS = [
    "row_count",
    "columns",
    "not_null",
    "unique",
    "sql",
    "command",
    "exists",
];
function kindOf(check) {
    const kind = CHECK_KINDS.find((k) => k in check);
    if (!kind)
        throw new Error("a check without a kind passed validation");
    return kind;
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
/**
 * A Socrata dataset (the open-data portals the city planning team ingests from): a time
 * partition's input exists once the dataset's rows were updated on or after the partition's last
 * day (`rowsUpdatedAt` of `<portal>/api/views/<id>.json`, as a UTC date).
 */
const SocrataObservationSchema = schemas/* strictObject */.rej({
    name: schema_name,
    socrata: schemas/* strictObject */.rej({
        url: schemas/* url */.OZ5({ protocol: /^https?$/ })
            .describe("The portal's base URL, e.g. https://data.cityofnewyork.us"),
        dataset: schemas/* string */.YjP()
            .regex(/^[a-z0-9]{4}-[a-z0-9]{4}$/, { message: "expected a Socrata id such as ipu4-2q9a" }),
    }),
});
/** An input the product reads that lifecycle observes but does not build (`lifecycle sense`). */
const ObservationSchema = schemas/* union */.KCZ([
    HttpObservationSchema,
    ObjectStoreObservationSchema,
    SocrataObservationSchema,
]);
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
    checks: schema/* ChecksSchema */.hn.optional().describe("Checks on the build output, run before package: row_count, columns, not_null, unique, sql, command, exists (objects on an object store)"),
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

/***/ 34074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CG: () => (/* reexport */ IngestTemplateSchema),
  _9: () => (/* reexport */ RUNNABLE_SOURCE_TYPES),
  CA: () => (/* reexport */ RUNNABLE_STEPS),
  nT: () => (/* reexport */ STORE_TEMPLATE_SOURCE_TYPES),
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
/** Sources lifecycle reads from the team's other stores (`stores:` of lifecycle.yml, docs/config.md). */
const STORE_TEMPLATE_SOURCE_TYPES = [
    "edm.recipes.datasets",
    "edm.publishing.published",
];
const recipesDataset = schemas/* looseObject */._H3({
    type: schemas/* literal */.euz("edm.recipes.datasets"),
    key: schema_text,
    file_type: schema_text.optional(),
    filename: schema_text.optional(),
});
const published = schemas/* looseObject */._H3({
    type: schemas/* literal */.euz("edm.publishing.published"),
    product: schema_text,
    filepath: schema_text.optional(),
    dataset: schema_text.optional(),
});
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
function runnability(template, settings = {}) {
    const reasons = [];
    const source = template.ingestion.source;
    if (!source)
        reasons.push("the template has no source");
    else if (includes(STORE_TEMPLATE_SOURCE_TYPES, source.type)) {
        const name = source.type === "edm.recipes.datasets" ? "recipes" : "publishing";
        if (settings.stores?.[name] === undefined)
            reasons.push(`source type "${source.type}" (lifecycle.yml names no stores.${name})`);
    }
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


/***/ })

};

//# sourceMappingURL=7299.index.js.map