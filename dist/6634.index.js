export const id = 6634;
export const ids = [6634];
export const modules = {

/***/ 57336:
/***/ ((module) => {

let p = process || {}, argv = p.argv || [], env = p.env || {}
let isColorSupported =
	!(!!env.NO_COLOR || argv.includes("--no-color")) &&
	(!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || ((p.stdout || {}).isTTY && env.TERM !== "dumb") || !!env.CI)

let formatter = (open, close, replace = open) =>
	input => {
		let string = "" + input, index = string.indexOf(close, open.length)
		return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close
	}

let replaceClose = (string, close, replace, index) => {
	let result = "", cursor = 0
	do {
		result += string.substring(cursor, index) + replace
		cursor = index + close.length
		index = string.indexOf(close, cursor)
	} while (~index)
	return result + string.substring(cursor)
}

let createColors = (enabled = isColorSupported) => {
	let f = enabled ? formatter : () => String
	return {
		isColorSupported: enabled,
		reset: f("\x1b[0m", "\x1b[0m"),
		bold: f("\x1b[1m", "\x1b[22m", "\x1b[22m\x1b[1m"),
		dim: f("\x1b[2m", "\x1b[22m", "\x1b[22m\x1b[2m"),
		italic: f("\x1b[3m", "\x1b[23m"),
		underline: f("\x1b[4m", "\x1b[24m"),
		inverse: f("\x1b[7m", "\x1b[27m"),
		hidden: f("\x1b[8m", "\x1b[28m"),
		strikethrough: f("\x1b[9m", "\x1b[29m"),

		black: f("\x1b[30m", "\x1b[39m"),
		red: f("\x1b[31m", "\x1b[39m"),
		green: f("\x1b[32m", "\x1b[39m"),
		yellow: f("\x1b[33m", "\x1b[39m"),
		blue: f("\x1b[34m", "\x1b[39m"),
		magenta: f("\x1b[35m", "\x1b[39m"),
		cyan: f("\x1b[36m", "\x1b[39m"),
		white: f("\x1b[37m", "\x1b[39m"),
		gray: f("\x1b[90m", "\x1b[39m"),

		bgBlack: f("\x1b[40m", "\x1b[49m"),
		bgRed: f("\x1b[41m", "\x1b[49m"),
		bgGreen: f("\x1b[42m", "\x1b[49m"),
		bgYellow: f("\x1b[43m", "\x1b[49m"),
		bgBlue: f("\x1b[44m", "\x1b[49m"),
		bgMagenta: f("\x1b[45m", "\x1b[49m"),
		bgCyan: f("\x1b[46m", "\x1b[49m"),
		bgWhite: f("\x1b[47m", "\x1b[49m"),

		blackBright: f("\x1b[90m", "\x1b[39m"),
		redBright: f("\x1b[91m", "\x1b[39m"),
		greenBright: f("\x1b[92m", "\x1b[39m"),
		yellowBright: f("\x1b[93m", "\x1b[39m"),
		blueBright: f("\x1b[94m", "\x1b[39m"),
		magentaBright: f("\x1b[95m", "\x1b[39m"),
		cyanBright: f("\x1b[96m", "\x1b[39m"),
		whiteBright: f("\x1b[97m", "\x1b[39m"),

		bgBlackBright: f("\x1b[100m", "\x1b[49m"),
		bgRedBright: f("\x1b[101m", "\x1b[49m"),
		bgGreenBright: f("\x1b[102m", "\x1b[49m"),
		bgYellowBright: f("\x1b[103m", "\x1b[49m"),
		bgBlueBright: f("\x1b[104m", "\x1b[49m"),
		bgMagentaBright: f("\x1b[105m", "\x1b[49m"),
		bgCyanBright: f("\x1b[106m", "\x1b[49m"),
		bgWhiteBright: f("\x1b[107m", "\x1b[49m"),
	}
}

module.exports = createColors()
module.exports.createColors = createColors


/***/ }),

/***/ 56634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: commandHelp

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(27135);
// EXTERNAL MODULE: ./src/core/release.ts + 1 modules
var release = __webpack_require__(93992);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/graph/selection.ts
var selection = __webpack_require__(12882);
;// CONCATENATED MODULE: ./src/cli/args.ts



/** Where the command name is in argv: the first argument that is neither an option nor its value. */
function splitCommand(argv, globals) {
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] ?? "";
        if (arg === "--")
            break;
        if (!arg.startsWith("-") || arg === "-") {
            return { name: arg, before: argv.slice(0, i), after: argv.slice(i + 1) };
        }
        const spec = optionFor(arg, globals);
        if (spec?.type === "string" && !arg.includes("="))
            i++;
    }
    return { name: undefined, before: [...argv], after: [] };
}
function optionFor(arg, options) {
    if (arg.startsWith("--"))
        return options[arg.slice(2).split("=")[0] ?? ""];
    return Object.values(options).find((o) => o.short === arg.slice(1, 2));
}
/**
 * Parse argv against `options` with errors in lifecycle's words: an unknown option suggests the
 * close ones, a missing value names the option and what it takes.
 */
function parseOptions(argv, options, where) {
    const { tokens } = (0,external_node_util_.parseArgs)({
        args: argv,
        options,
        allowPositionals: true,
        strict: false,
        tokens: true,
    });
    for (const token of tokens)
        if (token.kind === "option")
            checkOption(token, options, where);
    try {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args: argv,
            options,
            allowPositionals: true,
            strict: true,
        });
        const flat = {};
        for (const [k, v] of Object.entries(values))
            flat[k] = Array.isArray(v) ? v.map(String) : v;
        return { values: flat, positionals };
    }
    catch (error) {
        // Every case parseArgs rejects is caught above; keep its meaning, not its wording.
        const code = error.code;
        throw new errors/* UsageError */.eb(`${where}: could not read the arguments (${String(code)})`);
    }
}
function checkOption(token, options, where) {
    const spec = options[token.name];
    if (spec === undefined)
        throw unknownOption(token.rawName, options, where);
    const flag = `--${token.name}`;
    if (spec.type === "boolean" && token.inlineValue === true)
        throw new errors/* UsageError */.eb(`${where}: ${flag} is a switch and takes no value (received "${token.rawName}=${token.value ?? ""}")`);
    if (spec.type === "string" && token.value === undefined)
        throw new errors/* UsageError */.eb(`${where}: ${flag} needs a value, e.g. ${flag} VALUE`);
    if (spec.type === "string" && token.inlineValue !== true && token.value?.startsWith("-"))
        throw new errors/* UsageError */.eb(`${where}: ${flag} needs a value, and "${token.value}" looks like an option; to pass it as the value write ${flag}=${token.value}`);
}
function unknownOption(raw, options, where) {
    const names = Object.keys(options).map((n) => `--${n}`);
    const close = (0,selection/* closeMatches */.KA)(raw.startsWith("--") ? raw : `--${raw.replace(/^-+/, "")}`, names);
    const hint = close.length > 0 ? `; did you mean ${close.join(" or ")}?` : "";
    return new errors/* UsageError */.eb(`${where}: unknown option ${raw}${hint} (see ${where === "lifecycle" ? where : `lifecycle ${where}`} --help)`);
}
/** An unknown command, with the close ones. */
function unknownCommand(name, known) {
    const close = (0,selection/* closeMatches */.KA)(name, known);
    const hint = close.length > 0
        ? `; did you mean ${close.map((c) => `"${c}"`).join(" or ")}?`
        : ` (commands: ${known.join(", ")})`;
    return new errors/* UsageError */.eb(`unknown command "${name}"${hint}; see lifecycle --help`);
}

;// CONCATENATED MODULE: ./src/cli/commands/index.ts
/** Every CLI command. Each lives in its own file beside this one; add it here. */
const commands = [
    {
        name: "validate",
        summary: "Check products.yml, recipes, ingest templates and lifecycle.yml; report every problem",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6580), __webpack_require__.e(4661), __webpack_require__.e(7299), __webpack_require__.e(3879), __webpack_require__.e(3191), __webpack_require__.e(2575)]).then(__webpack_require__.bind(__webpack_require__, 12575))).validateCommand,
    },
    {
        name: "schema",
        summary: "Print the JSON Schema of a configuration file, for editors",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6580), __webpack_require__.e(4661), __webpack_require__.e(7299), __webpack_require__.e(6850)]).then(__webpack_require__.bind(__webpack_require__, 26850))).schemaCommand,
    },
    {
        name: "materialize",
        summary: "Run the selected assets in dependency order, skipping what is up to date",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6580), __webpack_require__.e(3711), __webpack_require__.e(4234), __webpack_require__.e(4661), __webpack_require__.e(1644), __webpack_require__.e(7299), __webpack_require__.e(3879), __webpack_require__.e(3467), __webpack_require__.e(2171), __webpack_require__.e(3191), __webpack_require__.e(8919), __webpack_require__.e(6402), __webpack_require__.e(9388), __webpack_require__.e(1768)]).then(__webpack_require__.bind(__webpack_require__, 61768))).materializeCommand,
    },
    {
        name: "status",
        summary: "Show each asset's partitions by state (--partitions: one row per partition)",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6580), __webpack_require__.e(3711), __webpack_require__.e(4661), __webpack_require__.e(1644), __webpack_require__.e(7299), __webpack_require__.e(3879), __webpack_require__.e(3467), __webpack_require__.e(2171), __webpack_require__.e(3191), __webpack_require__.e(8919), __webpack_require__.e(6402), __webpack_require__.e(9388), __webpack_require__.e(1637)]).then(__webpack_require__.bind(__webpack_require__, 78256))).statusCommand,
    },
    {
        name: "runs",
        summary: "List the runs recorded in the store, newest first, or show one run's tasks",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6580), __webpack_require__.e(3711), __webpack_require__.e(4661), __webpack_require__.e(1644), __webpack_require__.e(7299), __webpack_require__.e(3879), __webpack_require__.e(3467), __webpack_require__.e(2171), __webpack_require__.e(3191), __webpack_require__.e(8919), __webpack_require__.e(6402), __webpack_require__.e(9388), __webpack_require__.e(1318)]).then(__webpack_require__.bind(__webpack_require__, 68299))).runsCommand,
    },
    {
        name: "ui",
        summary: "Write the status site (asset graph, partitions, runs, metadata) or serve it live",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6580), __webpack_require__.e(3711), __webpack_require__.e(2440), __webpack_require__.e(4661), __webpack_require__.e(1644), __webpack_require__.e(7299), __webpack_require__.e(3879), __webpack_require__.e(3467), __webpack_require__.e(2171), __webpack_require__.e(3191), __webpack_require__.e(8919), __webpack_require__.e(6402), __webpack_require__.e(9388), __webpack_require__.e(8723), __webpack_require__.e(4600)]).then(__webpack_require__.bind(__webpack_require__, 82913))).uiCommand,
    },
    {
        name: "graph",
        summary: "Print the asset graph (lineage) of the selection",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6580), __webpack_require__.e(4661), __webpack_require__.e(7299), __webpack_require__.e(3879), __webpack_require__.e(3191), __webpack_require__.e(2511)]).then(__webpack_require__.bind(__webpack_require__, 62511))).graphCommand,
    },
    {
        name: "ingest",
        summary: "Ingest one dataset version of an ingest template into the store",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6580), __webpack_require__.e(3711), __webpack_require__.e(9055), __webpack_require__.e(4661), __webpack_require__.e(1644), __webpack_require__.e(7299), __webpack_require__.e(3879), __webpack_require__.e(3467), __webpack_require__.e(8919), __webpack_require__.e(2847), __webpack_require__.e(7071)]).then(__webpack_require__.bind(__webpack_require__, 47721))).ingestCommand,
    },
    {
        name: "partitions",
        summary: "List, add and remove a product's partitions; expand a partition expression",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6580), __webpack_require__.e(4661), __webpack_require__.e(1644), __webpack_require__.e(7299), __webpack_require__.e(3879), __webpack_require__.e(3191), __webpack_require__.e(9388), __webpack_require__.e(9702)]).then(__webpack_require__.bind(__webpack_require__, 89702))).partitionsCommand,
    },
    {
        name: "store",
        summary: "Copy a whole store, local to S3 and back (resumable, verified by sha256)",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6580), __webpack_require__.e(4661), __webpack_require__.e(1644), __webpack_require__.e(2117)]).then(__webpack_require__.bind(__webpack_require__, 2117))).storeCommand,
    },
    {
        name: "schedules",
        summary: "Generate the scheduled workflow from products.yml, or resolve the partitions due at a tick",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6580), __webpack_require__.e(4661), __webpack_require__.e(7299), __webpack_require__.e(3879), __webpack_require__.e(3191), __webpack_require__.e(9388), __webpack_require__.e(9715)]).then(__webpack_require__.bind(__webpack_require__, 99715))).schedulesCommand,
    },
    {
        name: "pipeline",
        summary: "Run a discovered pipeline module for the partition in the environment",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6580), __webpack_require__.e(4661), __webpack_require__.e(1644), __webpack_require__.e(7299), __webpack_require__.e(3879), __webpack_require__.e(3191), __webpack_require__.e(9388), __webpack_require__.e(9702)]).then(__webpack_require__.bind(__webpack_require__, 89702))).pipelineCommand,
    },
    {
        name: "matrix",
        summary: "Print the GitHub Actions job matrix for a selection and partition (what the action's discover job computes)",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6580), __webpack_require__.e(3711), __webpack_require__.e(4661), __webpack_require__.e(1644), __webpack_require__.e(7299), __webpack_require__.e(3879), __webpack_require__.e(3467), __webpack_require__.e(2171), __webpack_require__.e(3191), __webpack_require__.e(8919), __webpack_require__.e(6402), __webpack_require__.e(9388), __webpack_require__.e(5189)]).then(__webpack_require__.bind(__webpack_require__, 63488))).matrixCommand,
    },
    {
        name: "affected",
        summary: "List the products that changed between two commits (entry, recipe, product directory, templates read)",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6580), __webpack_require__.e(4661), __webpack_require__.e(7299), __webpack_require__.e(3879), __webpack_require__.e(3191), __webpack_require__.e(5109)]).then(__webpack_require__.bind(__webpack_require__, 35109))).affectedCommand,
    },
    {
        name: "check",
        summary: "Run the products' checks over their current build outputs",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6580), __webpack_require__.e(3711), __webpack_require__.e(4661), __webpack_require__.e(7299), __webpack_require__.e(3879), __webpack_require__.e(3467), __webpack_require__.e(2171), __webpack_require__.e(3191), __webpack_require__.e(9312)]).then(__webpack_require__.bind(__webpack_require__, 92345))).checkCommand,
    },
    {
        name: "publish",
        summary: "Promote a package to a draft, publish a draft as a version and as latest",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6580), __webpack_require__.e(3711), __webpack_require__.e(4661), __webpack_require__.e(1644), __webpack_require__.e(7299), __webpack_require__.e(3879), __webpack_require__.e(3467), __webpack_require__.e(2171), __webpack_require__.e(6350), __webpack_require__.e(2627)]).then(__webpack_require__.bind(__webpack_require__, 43602))).publishCommand,
    },
    {
        name: "distribute",
        summary: "Send a published version to the product's destinations",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6580), __webpack_require__.e(3711), __webpack_require__.e(4661), __webpack_require__.e(1644), __webpack_require__.e(7299), __webpack_require__.e(3879), __webpack_require__.e(3467), __webpack_require__.e(2171), __webpack_require__.e(6350), __webpack_require__.e(4635)]).then(__webpack_require__.bind(__webpack_require__, 94970))).distributeCommand,
    },
    {
        name: "sense",
        summary: "Start the partitions whose observed inputs exist but that the store has not built",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6580), __webpack_require__.e(3711), __webpack_require__.e(4234), __webpack_require__.e(4661), __webpack_require__.e(1644), __webpack_require__.e(7299), __webpack_require__.e(3879), __webpack_require__.e(3467), __webpack_require__.e(2171), __webpack_require__.e(3191), __webpack_require__.e(8919), __webpack_require__.e(6402), __webpack_require__.e(9388), __webpack_require__.e(9039)]).then(__webpack_require__.bind(__webpack_require__, 19039))).senseCommand,
    },
    {
        name: "init",
        summary: "Scaffold a data repository that uses lifecycle (products, ingest, workflows)",
        load: async () => (await __webpack_require__.e(/* import() */ 9787).then(__webpack_require__.bind(__webpack_require__, 49787))).initCommand,
    },
];

;// CONCATENATED MODULE: ./src/cli/global-options.ts
const GLOBAL_OPTIONS = [
    {
        name: "root",
        spec: { type: "string" },
        usage: "--root DIR",
        help: "project root (default: the current directory)",
    },
    {
        name: "store",
        spec: { type: "string" },
        usage: "--store URL",
        help: "the store: a directory, file:///path or s3://bucket/prefix (default: LIFECYCLE_STORE, else store.url of lifecycle.yml, else <root>/.lifecycle)",
    },
    {
        name: "quiet",
        spec: { type: "boolean", short: "q" },
        usage: "-q, --quiet",
        help: "print only errors and results",
    },
    {
        name: "verbose",
        spec: { type: "boolean", short: "v" },
        usage: "-v, --verbose",
        help: "print every task's output as it runs, and stack traces",
    },
    {
        name: "color",
        spec: { type: "boolean" },
        usage: "--color, --no-color",
        help: "colour on or off (default: on a terminal, unless NO_COLOR is set; FORCE_COLOR=1 forces it)",
    },
    {
        name: "no-color",
        spec: { type: "boolean" },
        usage: "",
        help: "",
    },
    {
        name: "help",
        spec: { type: "boolean", short: "h" },
        usage: "-h, --help",
        help: "help for a command: lifecycle <command> --help",
    },
];
/** Only before a command (a command may have its own `--version`, e.g. `ingest`). */
const VERSION_OPTION = {
    name: "version",
    spec: { type: "boolean" },
    usage: "--version",
    help: "print lifecycle's version",
};
function globalOptionSpec() {
    return Object.fromEntries(GLOBAL_OPTIONS.map((o) => [o.name, o.spec]));
}
function globalOptionsHelp() {
    const shown = [...GLOBAL_OPTIONS, VERSION_OPTION].filter((o) => o.usage !== "");
    const width = Math.max(...shown.map((o) => o.usage.length));
    return shown.map((o) => `  ${o.usage.padEnd(width)}  ${o.help}`).join("\n");
}

// EXTERNAL MODULE: ./src/cli/terminal.ts
var terminal = __webpack_require__(71028);
;// CONCATENATED MODULE: ./src/cli/main.ts








/** Run the CLI; resolves to the exit code. Never calls process.exit. */
async function main(argv, io) {
    const leading = { ...globalOptionSpec(), [VERSION_OPTION.name]: VERSION_OPTION.spec };
    const { name, before, after } = splitCommand(argv, leading);
    let values = {};
    try {
        values = parseOptions(before, leading, "lifecycle").values;
        if (values.version === true) {
            io.stdout.write(`lifecycle ${release/* LIFECYCLE_VERSION */.YB}\n`);
            return 0;
        }
        if (name === undefined || name === "help")
            return await help(name, after, values, io);
        const entry = commands.find((c) => c.name === name);
        if (!entry)
            throw unknownCommand(name, commandNames());
        const command = await entry.load();
        const options = { ...globalOptionSpec(), ...leading, ...command.options };
        const parsed = parseOptions(after, options, name);
        values = { ...values, ...parsed.values };
        if (values.version === true && command.options.version === undefined) {
            io.stdout.write(`lifecycle ${release/* LIFECYCLE_VERSION */.YB}\n`);
            return 0;
        }
        if (values.help === true) {
            io.stdout.write(commandHelp(entry, command));
            return 0;
        }
        return await command.run(await commandContext(parsed.positionals, values, io));
    }
    catch (error) {
        reportError(error, io, values);
        return (0,errors/* exitCodeFor */.Rr)(error);
    }
}
function commandNames() {
    return [...commands.map((c) => c.name), "help"];
}
/** `lifecycle`, `lifecycle --help`, `lifecycle help [command]`. */
async function help(name, after, values, io) {
    const topic = after.find((a) => !a.startsWith("-"));
    if (name === "help" && topic !== undefined) {
        const entry = commands.find((c) => c.name === topic);
        if (!entry)
            throw unknownCommand(topic, commandNames());
        io.stdout.write(commandHelp(entry, await entry.load()));
        return 0;
    }
    io.stdout.write(generalHelp());
    return name === undefined && values.help !== true ? 2 : 0;
}
async function commandContext(positionals, values, io) {
    const root = external_node_path_default().resolve(io.cwd, stringFlag(values.root) ?? ".");
    // The store module loads the settings' schema (zod, yaml): only for a command that runs.
    const { resolveStoreUrl } = await Promise.all(/* import() */[__webpack_require__.e(6580), __webpack_require__.e(4661), __webpack_require__.e(1644)]).then(__webpack_require__.bind(__webpack_require__, 81644));
    const store = await resolveStoreUrl(stringFlag(values.store), root, io.cwd, io.env);
    const colorFlag = values["no-color"] === true ? false : values.color === true ? true : undefined;
    return {
        root,
        store,
        positionals,
        flags: values,
        stdout: io.stdout,
        stderr: io.stderr,
        env: io.env,
        signal: io.signal ?? new AbortController().signal,
        verbosity: verbosityOf(values),
        colors: {
            out: (0,terminal/* colors */.Tj)((0,terminal/* colorEnabled */.Xp)(io.stdout, io.env, colorFlag)),
            err: (0,terminal/* colors */.Tj)((0,terminal/* colorEnabled */.Xp)(io.stderr, io.env, colorFlag)),
        },
    };
}
function verbosityOf(values) {
    if (values.quiet === true && values.verbose === true)
        throw new errors/* UsageError */.eb("--quiet and --verbose cannot be used together");
    if (values.quiet === true)
        return "quiet";
    return values.verbose === true ? "verbose" : "normal";
}
function stringFlag(value) {
    return typeof value === "string" ? value : undefined;
}
function reportError(error, io, values) {
    const flag = values["no-color"] === true ? false : values.color === true ? true : undefined;
    const c = (0,terminal/* colors */.Tj)((0,terminal/* colorEnabled */.Xp)(io.stderr, io.env, flag));
    if (error instanceof errors/* ConfigError */.xL && error.diagnostics.length > 0) {
        io.stderr.write(`${(0,diagnostics/* formatDiagnostics */.oO)(error.diagnostics, "text")}\n`);
    }
    const expected = error instanceof errors/* UsageError */.eb || error instanceof errors/* ConfigError */.xL;
    const debug = Boolean(io.env.LIFECYCLE_DEBUG) || (values.verbose === true && !expected);
    const stack = debug && error instanceof Error ? `\n${c.dim(error.stack ?? "")}` : "";
    io.stderr.write(`${c.red(c.bold("lifecycle:"))} ${(0,errors/* errorMessage */.gJ)(error)}${stack}\n`);
}
function generalHelp() {
    const width = Math.max(...commands.map((c) => c.name.length));
    const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n");
    return `Usage: lifecycle [global options] <command> [options]

Commands:
${list}

Global options (before or after the command):
${globalOptionsHelp()}
`;
}
function commandHelp(entry, command) {
    const details = command.details ? `\n${command.details.trimEnd()}\n` : "";
    return `Usage: lifecycle ${command.name} ${command.usage}

${entry.summary}
${details}
Global options: ${globalUsages()} (lifecycle --help for more)
`;
}
function globalUsages() {
    return GLOBAL_OPTIONS.filter((o) => o.usage !== "")
        .map((o) => o.usage.split(", ").at(-1) ?? "")
        .join(", ");
}


/***/ }),

/***/ 71028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tj: () => (/* binding */ colors),
/* harmony export */   UV: () => (/* binding */ terminalColumns),
/* harmony export */   Xp: () => (/* binding */ colorEnabled)
/* harmony export */ });
/* harmony import */ var picocolors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57336);
/* harmony import */ var picocolors__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picocolors__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Whether to colour `out`: `--color`/`--no-color` first, then FORCE_COLOR (any value but "0"
 * and "false" forces it), then NO_COLOR (any non-empty value turns it off, see no-color.org),
 * else only on a terminal that is not TERM=dumb.
 */
function colorEnabled(out, env, flag) {
    if (flag !== undefined)
        return flag;
    const force = env.FORCE_COLOR;
    if (force !== undefined && force !== "")
        return force !== "0" && force !== "false";
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== "")
        return false;
    return out.isTTY === true && env.TERM !== "dumb";
}
function colors(enabled) {
    return picocolors__WEBPACK_IMPORTED_MODULE_0___default().createColors(enabled);
}
/** The terminal's width; 80 when it is not a terminal or does not say. */
function terminalColumns(out) {
    const columns = out.columns;
    return typeof columns === "number" && columns > 0 ? columns : 80;
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


/***/ })

};

//# sourceMappingURL=6634.index.js.map