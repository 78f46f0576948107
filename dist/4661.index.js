export const id = 4661;
export const ids = [4661];
export const modules = {

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
/* unused harmony exports SETTINGS_FILE, GEOMETRY_FORMATS, S3SettingsSchema, StoreSettingsSchema, SOURCE_STORE_NAMES, SourceStoreSchema, SourceStoresSchema, DuckDbSettingsSchema, parseSettingsFile */
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
/** The names `stores:` may give, one per kind of store of dcpy's (docs/config.md). */
const SOURCE_STORE_NAMES = (/* unused pure expression or super */ null && (["recipes", "publishing", "private"]));
const sourceStoreUrl = zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()
    .regex(/^(s3:\/\/|file:\/\/\/|\/|\.)/, "a store URL: s3://bucket/prefix, file:///path, /path or ./path");
/** One of the team's other stores that recipe inputs and templates read (read only). */
const SourceStoreSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([
    sourceStoreUrl,
    zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({ url: sourceStoreUrl, ...s3Connection }),
]);
const SourceStoresSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
    recipes: SourceStoreSchema.optional().describe("dcpy's edm-recipes: edm.recipes.datasets (datasets/<id>/<version>/) and edm.recipes.raw_datasets (raw/<id>/<version>/)"),
    publishing: SourceStoreSchema.optional().describe("dcpy's edm-publishing: edm.publishing.published (<product>/publish/<version>/), .drafts (<product>/draft/<version>/<revision>/), .builds (<product>/build/<name>/)"),
    private: SourceStoreSchema.optional().describe("dcpy's edm-private: edm.private (datasets/<id>/<version>/)"),
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
    stores: SourceStoresSchema.optional().describe("The team's other stores, read by recipe inputs and templates whose source is edm.recipes.*, edm.publishing.* or edm.private: a URL (s3://bucket/prefix or a directory), or { url, endpoint, region, path_style }"),
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

/***/ 4599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sx: () => (/* binding */ readUtf8)
/* harmony export */ });
/* unused harmony exports invalidUtf8Offset, utf8Diagnostic */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
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
    // Synchronous on purpose: a project is thousands of small files, and fs.promises pays four
    // thread-pool round trips per file (3,000 files: ~370 ms, against ~60 ms read in turn).
    const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(absolute);
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
/**
 * A whole quoted scalar on one line (starting where a scalar can start, ending before a
 * separator): blanked before UNSURE looks, so `cron: "0 7 * * 1"` is not taken for an alias.
 */
const QUOTED_SCALAR = /(^|[\s[{,:-])("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*')(?=[ ]*(?:$|[,\]}:#]))/gm;
function fastParse(text) {
    if (MULTILINE_QUOTED.test(text))
        return undefined;
    if (UNSURE.test(text.replace(QUOTED_SCALAR, '$1""')))
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


/***/ })

};

//# sourceMappingURL=4661.index.js.map