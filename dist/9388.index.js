export const id = 9388;
export const ids = [9388];
export const modules = {

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


/***/ })

};

//# sourceMappingURL=9388.index.js.map