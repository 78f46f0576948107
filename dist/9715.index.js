export const id = 9715;
export const ids = [9715];
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

/***/ 99715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   schedulesCommand: () => (/* binding */ schedulesCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(26921);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _partitions_project_products_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93191);
/* harmony import */ var _partitions_schedule_workflow_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64982);
/* harmony import */ var _partitions_schedules_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62653);
/* harmony import */ var _store_atomic_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(82892);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3567);









const emptyIsAbsent = zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? undefined : v));
const FlagsSchema = zod__WEBPACK_IMPORTED_MODULE_8__/* .object */ .Ikc({
    check: zod__WEBPACK_IMPORTED_MODULE_8__/* .boolean */ .zMY().default(false),
    output: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1).optional(),
    cron: emptyIsAbsent,
    schedule: emptyIsAbsent,
    now: emptyIsAbsent.refine((v) => v === undefined || !Number.isNaN(Date.parse(v)), {
        message: "expected an ISO 8601 time",
    }),
    "github-output": zod__WEBPACK_IMPORTED_MODULE_8__/* .boolean */ .zMY().default(false),
    format: zod__WEBPACK_IMPORTED_MODULE_8__/* ["enum"] */ .k5n(["text", "json"]).default("text"),
});
async function readIfExists(file) {
    try {
        return await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(file, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return undefined;
        throw error;
    }
}
async function generate(context, flags) {
    const project = await (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_3__/* .loadScheduledProject */ .Fs)(context.root);
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.root, flags.output ?? _partitions_schedule_workflow_js__WEBPACK_IMPORTED_MODULE_4__/* .SCHEDULE_WORKFLOW_PATH */ .o8);
    const wanted = !(0,_partitions_schedules_js__WEBPACK_IMPORTED_MODULE_5__/* .hasSchedules */ .ze)(project) ? undefined : (0,_partitions_schedule_workflow_js__WEBPACK_IMPORTED_MODULE_4__/* .generateScheduleWorkflow */ .Ay)(project);
    const current = await readIfExists(file);
    const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(context.root, file);
    if (flags.check) {
        if (current === wanted) {
            context.stdout.write(`${shown}: up to date\n`);
            return 0;
        }
        const why = wanted === undefined
            ? "exists but nothing declares schedules"
            : current === undefined
                ? "is missing"
                : "differs from the configuration";
        context.stderr.write(`${shown} ${why}; run "lifecycle schedules generate"\n`);
        return 1;
    }
    if (wanted === undefined) {
        if (current !== undefined)
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().rm(file);
        context.stdout.write(`nothing declares schedules; ${current === undefined ? "nothing to write" : `removed ${shown}`}\n`);
        return 0;
    }
    if (current !== wanted)
        await (0,_store_atomic_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomically */ .lo)(file, wanted);
    context.stdout.write(`${shown}: ${current === wanted ? "up to date" : "written"}\n`);
    return 0;
}
async function resolve(context, flags) {
    const project = await (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_3__/* .loadScheduledProject */ .Fs)(context.root);
    const now = flags.now === undefined ? new Date() : new Date(flags.now);
    const due = (0,_partitions_schedules_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveDueSchedules */ .rw)(project, { cron: flags.cron, schedule: flags.schedule, now });
    if (flags["github-output"]) {
        const target = context.env.GITHUB_OUTPUT;
        if (!target)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb("--github-output: GITHUB_OUTPUT is not set");
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().appendFile(target, due.map((d) => `${d.job}=${d.partition}\n`).join(""));
    }
    context.stdout.write(flags.format === "json"
        ? `${JSON.stringify({ due }, null, 2)}\n`
        : due
            .map((d) => `${d.kind === "ingest" ? `ingest ${d.product}` : d.product} (${d.schedule}, tick ${d.tick} ${d.timezone}): ${d.partition}\n`)
            .join(""));
    return 0;
}
const schedulesCommand = {
    name: "schedules",
    usage: "generate [--check] [--output FILE] | resolve (--cron C | --schedule NAME) [--now TIME] [--github-output]",
    details: `Subcommands:
  generate            write ${_partitions_schedule_workflow_js__WEBPACK_IMPORTED_MODULE_4__/* .SCHEDULE_WORKFLOW_PATH */ .o8} from every product's schedules and
                      lifecycle.yml's ingest_schedules
    --check           write nothing; exit 1 when the file and the configuration disagree
    --output FILE     another path (relative to the root)
  resolve             print the partitions due (used by the generated workflow)
    --cron C          the cron string of the tick (github.event.schedule)
    --schedule NAME   or a schedule by name (a manual run)
    --now TIME        ISO 8601 time to resolve against (default: now)
    --github-output   also append <job>=<partition expression> lines to $GITHUB_OUTPUT
    --format F        text (default) or json
yesterday / today are the tick's date in the schedule's time zone, minus one day / as is.`,
    options: {
        check: { type: "boolean" },
        output: { type: "string" },
        cron: { type: "string" },
        schedule: { type: "string" },
        now: { type: "string" },
        "github-output": { type: "boolean" },
        format: { type: "string" },
    },
    async run(context) {
        const flags = (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .parseFlags */ .bQ)(FlagsSchema, context.flags);
        const [sub, ...extra] = context.positionals;
        if (extra.length > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`schedules ${sub ?? ""}: unexpected ${JSON.stringify(extra)}`);
        if (sub === "generate")
            return generate(context, flags);
        if (sub === "resolve")
            return resolve(context, flags);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`expected a subcommand: generate, resolve (received ${JSON.stringify(sub ?? "")})`);
    },
};


/***/ }),

/***/ 64982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ generateScheduleWorkflow),
/* harmony export */   o8: () => (/* binding */ SCHEDULE_WORKFLOW_PATH)
/* harmony export */ });
/* unused harmony exports LIFECYCLE_REF, LIFECYCLE_ACTION, REUSABLE_WORKFLOW, INGEST_WORKFLOW */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _schedules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62653);



const SCHEDULE_WORKFLOW_PATH = ".github/workflows/schedules.yml";
/** The lifecycle release the generated workflow runs (the release script moves it with the tag). */
const LIFECYCLE_REF = "v0.2.0";
const LIFECYCLE_ACTION = `lifecycle-dev/lifecycle@${LIFECYCLE_REF}`;
const REUSABLE_WORKFLOW = `lifecycle-dev/lifecycle/.github/workflows/lifecycle.yml@${LIFECYCLE_REF}`;
const INGEST_WORKFLOW = `lifecycle-dev/lifecycle/.github/workflows/ingest.yml@${LIFECYCLE_REF}`;
// Pinned by full SHA, as in the other workflows; the tag follows as a comment.
const PINNED_ACTIONS = {
    checkout: { ref: "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1", version: "v7.0.1" },
};
const HEADER = `Generated by \`lifecycle schedules generate\` from the schedules in products/products.yml
and the ingest_schedules in lifecycle.yml.
Do not edit: change the configuration and generate again. \`lifecycle schedules generate --check\`
fails when this file and the configuration disagree.`;
/** Every schedule, product and ingest, as its trigger sees it. */
function allSchedules(project) {
    const products = (0,_schedules_js__WEBPACK_IMPORTED_MODULE_2__/* .scheduleJobs */ .cx)(project).map((j) => ({ jobId: j.jobId, schedule: j.schedule }));
    const ingest = (project.ingest ?? []).map((j) => ({ jobId: j.jobId, schedule: j.schedule }));
    return [...products, ...ingest];
}
function triggers(project) {
    const jobs = allSchedules(project);
    const seen = new Set();
    const schedule = jobs.flatMap(({ schedule: s }) => {
        const cron = (0,_schedules_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseCron */ .nx)(s.cron);
        if (seen.has(cron))
            return [];
        seen.add(cron);
        const quoted = Object.assign(new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5(cron), { type: yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE });
        return [s.timezone === "UTC" ? { cron: quoted } : { cron: quoted, timezone: s.timezone }];
    });
    const names = [...new Set(jobs.map((j) => j.schedule.name))];
    const workflow_dispatch = {
        inputs: {
            schedule: {
                description: "Schedule to run now",
                type: "choice",
                options: names,
                required: true,
            },
            now: {
                description: "Resolve dates as if it ticked at this ISO 8601 time (default: now)",
                type: "string",
                required: false,
                default: "",
            },
        },
    };
    return { schedule, workflow_dispatch };
}
function resolveJob(project) {
    const jobs = allSchedules(project);
    return {
        name: "Resolve the partitions that are due",
        "runs-on": "ubuntu-latest",
        "timeout-minutes": 10,
        permissions: { contents: "read" },
        outputs: Object.fromEntries(jobs.map((j) => [j.jobId, `\${{ steps.due.outputs.${j.jobId} }}`])),
        steps: [
            { uses: PINNED_ACTIONS.checkout?.ref, with: { "persist-credentials": false } },
            {
                id: "due",
                uses: LIFECYCLE_ACTION,
                with: {
                    command: "schedules-resolve",
                    cron: "${{ github.event.schedule }}",
                    schedule: "${{ inputs.schedule }}",
                    now: "${{ inputs.now }}",
                },
            },
        ],
    };
}
/**
 * The content of `.github/workflows/schedules.yml`: one trigger per cron (with its time zone),
 * a job that resolves the partitions due at the tick (`yesterday` needs the tick's date, so it is
 * computed at run time), and per product schedule a call of the reusable lifecycle workflow.
 */
function generateScheduleWorkflow(project, options = {}) {
    const jobs = (0,_schedules_js__WEBPACK_IMPORTED_MODULE_2__/* .scheduleJobs */ .cx)(project);
    if (jobs.length === 0 && (project.ingest ?? []).length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL("no product declares schedules and lifecycle.yml has no ingest_schedules; there is no workflow to generate");
    const permissions = options.callerPermissions ?? { contents: "read", actions: "read" };
    const callers = Object.fromEntries(jobs.map((job) => [
        job.jobId,
        {
            name: `${job.product.id} (${job.schedule.name})`,
            needs: "resolve",
            if: `needs.resolve.outputs.${job.jobId} != ''`,
            permissions: { ...permissions },
            uses: REUSABLE_WORKFLOW,
            with: {
                select: job.product.id,
                partition: `\${{ needs.resolve.outputs.${job.jobId} }}`,
                force: false,
            },
        },
    ]));
    const ingestCallers = Object.fromEntries((project.ingest ?? []).map((job) => [
        job.jobId,
        {
            name: `ingest (${job.schedule.name})`,
            needs: "resolve",
            if: `needs.resolve.outputs.${job.jobId} != ''`,
            permissions: { ...permissions },
            uses: INGEST_WORKFLOW,
            with: {
                templates: job.templates.join(","),
                version: `\${{ needs.resolve.outputs.${job.jobId} }}`,
                force: false,
            },
        },
    ]));
    const workflow = {
        name: "schedules",
        on: triggers(project),
        permissions: {},
        concurrency: {
            group: "schedules-${{ github.event.schedule || inputs.schedule }}",
            "cancel-in-progress": false,
        },
        jobs: { resolve: resolveJob(project), ...callers, ...ingestCallers },
    };
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo(workflow);
    doc.commentBefore = HEADER.split("\n")
        .map((line) => ` ${line}`)
        .join("\n");
    let text = doc.toString({ lineWidth: 0 });
    for (const { ref, version } of Object.values(PINNED_ACTIONS)) {
        text = text.replaceAll(`uses: ${ref}\n`, `uses: ${ref} # ${version}\n`);
    }
    return text;
}


/***/ }),

/***/ 62653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cx: () => (/* binding */ scheduleJobs),
/* harmony export */   nx: () => (/* binding */ normaliseCron),
/* harmony export */   rw: () => (/* binding */ resolveDueSchedules),
/* harmony export */   ze: () => (/* binding */ hasSchedules)
/* harmony export */ });
/* unused harmony exports resolveScheduledDate, scheduleExpression */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _cron_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25095);
/* harmony import */ var _time_window_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54927);
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33926);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9388);
/* harmony import */ var _schemes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14847);






/** `yesterday` / `today` at the tick's time in `timeZone`, or a fixed date. */
function resolveScheduledDate(spec, tick, timeZone) {
    if (spec === "today")
        return (0,_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .dateInTimeZone */ .xk)(tick, timeZone);
    if (spec === "yesterday")
        return (0,_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .addDays */ .fi)((0,_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .dateInTimeZone */ .xk)(tick, timeZone), -1);
    return spec;
}
function jobIdPart(text) {
    return text.replace(/[^A-Za-z0-9_]/g, "_");
}
/** Every product's schedules, checked: unique job ids, one time zone per cron string. */
function scheduleJobs(project) {
    const jobs = [];
    const ids = new Map();
    const zones = new Map();
    for (const product of project.products) {
        for (const schedule of product.schedules ?? []) {
            const jobId = `schedule_${jobIdPart(product.id)}__${jobIdPart(schedule.name)}`;
            const where = `product ${product.id}, schedule ${schedule.name}`;
            const clash = ids.get(jobId);
            if (clash)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: its job id ${jobId} is also ${clash}'s; rename one`);
            ids.set(jobId, where);
            const cron = normaliseCron(schedule.cron);
            const zone = zones.get(cron);
            if (zone !== undefined && zone !== schedule.timezone) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: cron "${cron}" is also used with time zone ${zone}; GitHub reports only the cron string of a tick, so give it a different minute or the same time zone`);
            }
            zones.set(cron, schedule.timezone);
            checkSchedulePartitions(product, schedule, where);
            jobs.push({ jobId, product, schedule });
        }
    }
    checkIngestSchedules(project.ingest ?? [], ids, zones);
    return jobs;
}
/** Ingest schedules share the triggers: the same rule of one time zone per cron string. */
function checkIngestSchedules(ingest, ids, zones) {
    for (const { jobId, schedule } of ingest) {
        const where = `lifecycle.yml, ingest schedule ${schedule.name}`;
        if (ids.has(jobId))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: its name is used twice; rename one`);
        ids.set(jobId, where);
        const cron = normaliseCron(schedule.cron);
        const zone = zones.get(cron);
        if (zone !== undefined && zone !== schedule.timezone)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: cron "${cron}" is also used with time zone ${zone}; GitHub reports only the cron string of a tick, so give it a different minute or the same time zone`);
        zones.set(cron, schedule.timezone);
    }
}
/** Whether there is anything to schedule: a product schedule or an ingest schedule. */
function hasSchedules(project) {
    return scheduleJobs(project).length > 0 || (project.ingest ?? []).length > 0;
}
/** The cron as GitHub's `schedule:` takes it: macros expanded, fields single-spaced. */
function normaliseCron(cron) {
    return (0,_cron_js__WEBPACK_IMPORTED_MODULE_1__/* .expandCronMacro */ .XC)(cron);
}
function checkSchedulePartitions(product, schedule, where) {
    const kind = (0,_schemes_js__WEBPACK_IMPORTED_MODULE_5__/* .schemeKindOf */ .VG)(product.partitions);
    for (const entry of schedule.partitions ?? []) {
        if (entry.key !== undefined && (entry.date !== undefined || entry.universe !== undefined)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: a scheduled partition gives either key or date/universe, not both`);
        }
        if (entry.universe !== undefined && kind !== "universe-date") {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: universe is only for universe x date partitions (this product is ${kind})`);
        }
        if (entry.key === undefined && kind !== "universe-date" && kind !== "time") {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: ${kind} partitions are scheduled by key, e.g. { key: nightly_qa }`);
        }
        checkEntryResolves(product, entry, where);
    }
}
/** A start date the product declares, to try relative dates (yesterday, today) against. */
function declaredStart(product) {
    const config = product.partitions;
    if (typeof config !== "object" || Array.isArray(config))
        return undefined;
    if ("daily" in config)
        return config.daily.start.slice(0, 10);
    if ("date" in config)
        return config.date.start;
    return undefined;
}
/** Keys, fixed dates and universes must resolve now; relative dates are tried on the start date. */
function checkEntryResolves(product, entry, where) {
    const start = declaredStart(product);
    const relative = entry.date === undefined || entry.date === "yesterday" || entry.date === "today";
    const probe = relative && start !== undefined ? { ...entry, date: start } : entry;
    const now = start === undefined ? new Date() : new Date(`${start}T12:00:00Z`);
    const expression = entryExpression(probe, product, now, "UTC");
    try {
        (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .resolvePartitions */ .W)(product, expression, relative ? { now: new Date() } : {});
    }
    catch (error) {
        if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${where}: partitions ${JSON.stringify(expression)}: ${error.message}`);
    }
}
function entryExpression(entry, product, tick, zone) {
    if (entry.key !== undefined)
        return entry.key;
    const date = `date=${resolveScheduledDate(entry.date ?? "yesterday", tick, zone)}`;
    if (entry.universe === undefined)
        return date;
    const universes = Array.isArray(entry.universe) ? entry.universe : [entry.universe];
    return (0,_schemes_js__WEBPACK_IMPORTED_MODULE_5__/* .schemeKindOf */ .VG)(product.partitions) === "universe-date"
        ? `universe=${universes.join(",")};${date}`
        : date;
}
/**
 * A scheduled time window without `partitions:` runs its latest complete period at the tick (as
 * the market-data team's layer runs yesterday), whether or not the window declares an end.
 */
function latestCompletePeriod(product, tick, zone) {
    const scheme = (0,_schemes_js__WEBPACK_IMPORTED_MODULE_5__/* .schemeOf */ .dz)(product.partitions, tick);
    if (scheme.kind === "time") {
        const last = scheme.dimension.keys.at(-1);
        return last === undefined ? undefined : `date=${last}`;
    }
    if (scheme.kind !== "universe-date")
        return undefined;
    const yesterday = resolveScheduledDate("yesterday", tick, zone);
    return `date=${yesterday < scheme.window.end ? yesterday : scheme.window.end}`;
}
/** The partition expression a schedule stands for at `tick` (no partitions = the product's default). */
function scheduleExpression(job, tick) {
    const entries = job.schedule.partitions;
    if (entries === undefined)
        return latestCompletePeriod(job.product, tick, job.schedule.timezone);
    return entries.map((e) => entryExpression(e, job.product, tick, job.schedule.timezone)).join("|");
}
/**
 * The schedules due: those whose cron string is `cron` (a scheduled tick), or named `schedule`
 * (a manual run). Dates resolve against the tick: the latest time at or before `now` when the cron
 * fires in the schedule's time zone (GitHub may start a run late), or `now` for a manual run.
 */
function resolveDueSchedules(project, options) {
    if (!options.cron && !options.schedule)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb("give the tick's cron string or a schedule name");
    const jobs = scheduleJobs(project).filter((job) => options.cron
        ? normaliseCron(job.schedule.cron) === normaliseCron(options.cron)
        : job.schedule.name === options.schedule);
    const ingest = dueIngest(project.ingest ?? [], options);
    if (jobs.length === 0 && ingest.length === 0) {
        const what = options.cron ? `cron "${options.cron}"` : `name "${options.schedule}"`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`no schedule has the ${what}`);
    }
    const products = jobs.map((job) => {
        const { timezone } = job.schedule;
        const tick = options.cron
            ? ((0,_time_window_js__WEBPACK_IMPORTED_MODULE_2__/* .previousTick */ .vN)(job.schedule.cron, options.now, timezone) ?? options.now)
            : options.now;
        const partition = scheduleExpression(job, tick);
        const resolved = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .resolvePartitions */ .W)(job.product, partition, { now: tick });
        return {
            job: job.jobId,
            kind: "product",
            product: job.product.id,
            schedule: job.schedule.name,
            tick: tick.toISOString(),
            timezone,
            partition: partition ?? resolved.map((p) => p.key).join(","),
        };
    });
    return [...products, ...ingest];
}
/** The ingest schedules due, each with the version it ingests at the tick. */
function dueIngest(ingest, options) {
    const due = ingest.filter(({ schedule }) => options.cron
        ? normaliseCron(schedule.cron) === normaliseCron(options.cron)
        : schedule.name === options.schedule);
    return due.map(({ jobId, schedule, templates }) => {
        const tick = options.cron
            ? ((0,_time_window_js__WEBPACK_IMPORTED_MODULE_2__/* .previousTick */ .vN)(schedule.cron, options.now, schedule.timezone) ?? options.now)
            : options.now;
        const version = schedule.version === "today" || schedule.version === "yesterday"
            ? resolveScheduledDate(schedule.version, tick, schedule.timezone)
            : schedule.version;
        return {
            job: jobId,
            kind: "ingest",
            product: templates.join(","),
            schedule: schedule.name,
            tick: tick.toISOString(),
            timezone: schedule.timezone,
            partition: version,
        };
    });
}


/***/ }),

/***/ 82892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ removeAbandonedStaging),
/* harmony export */   lo: () => (/* binding */ writeFileAtomically),
/* harmony export */   s3: () => (/* binding */ writeDirAtomically),
/* harmony export */   zv: () => (/* binding */ recoverInterruptedPromotions)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26921);
/* harmony import */ var _process_identity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46031);






/**
 * Write a directory atomically: `write` fills a fresh staging directory inside `tmpDir` (same
 * filesystem as the target), which then replaces `target` by rename. If `write` throws or the
 * process dies, `target` keeps its previous content. What a killed writer leaves in `tmpDir` is
 * repaired by the next writer that takes the store lock (`src/store/lock.ts`), never here: another
 * process's promotion may be in flight.
 */
async function writeDirAtomically(target, tmpDir, write) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(tmpDir, { recursive: true });
    const staging = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmpDir, `${STAGING_PREFIX}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(staging, { recursive: true });
    try {
        const result = await write(staging);
        await promote(staging, target, tmpDir);
        return result;
    }
    catch (error) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(staging, { recursive: true, force: true });
        throw error;
    }
}
const STAGING_PREFIX = "stage-";
async function promote(staging, target, tmpDir) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), { recursive: true });
    const retired = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmpDir, `old-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
    const journal = `${retired}.json`;
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().writeFile(journal, JSON.stringify({ target, ...(0,_process_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .thisProcess */ .WF)() }));
    const hadPrevious = await rename(target, retired);
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(staging, target);
    }
    catch (error) {
        if (hadPrevious)
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(retired, target);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(journal, { force: true });
        throw error;
    }
    if (hadPrevious)
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(retired, { recursive: true, force: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(journal, { force: true });
}
/**
 * A process killed between the two renames of a promotion leaves its previous output aside in
 * `tmpDir` with nothing at the target. Put such outputs back; drop the ones already replaced.
 * Call it only while holding the store lock (`acquireStoreLock` does): a journal whose process
 * is alive on this host is still left alone, as it may be a promotion in flight.
 */
async function recoverInterruptedPromotions(tmpDir) {
    const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readdir(tmpDir).catch(() => []);
    for (const entry of entries.filter((e) => e.startsWith("old-") && e.endsWith(".json"))) {
        const journal = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmpDir, entry);
        const retired = journal.slice(0, -".json".length);
        const record = await readJournal(journal);
        if (!record || isInFlight(record))
            continue;
        if (!(await exists(record.target)) && (await exists(retired))) {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(record.target), { recursive: true });
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(retired, record.target);
        }
        else {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(retired, { recursive: true, force: true });
        }
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(journal, { force: true });
    }
}
/**
 * Delete the staging directories of writers that were killed before promoting (they are never
 * read). Only while holding the store lock: a live writer's staging directory looks the same.
 */
async function removeAbandonedStaging(tmpDir) {
    const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readdir(tmpDir).catch(() => []);
    for (const entry of entries.filter((e) => e.startsWith(STAGING_PREFIX)))
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmpDir, entry), { recursive: true, force: true });
}
const JournalSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    target: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    pid: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(),
    hostname: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    processStart: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    bootId: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
});
async function readJournal(file) {
    try {
        const parsed = JournalSchema.safeParse(JSON.parse(await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readFile(file, "utf8")));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        // A journal torn by a kill: its promotion never started moving anything.
        return undefined;
    }
}
/**
 * Whether the journal's process (maybe this one) may still be promoting. A pid is only meaningful
 * on its own host; under the lock, another host's writer is finished. Journals written before
 * the store lock carry only a pid.
 */
function isInFlight(record) {
    if (record.hostname !== undefined && record.hostname !== node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname())
        return false;
    return (0,_process_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .isStillRunning */ .QT)(record);
}
async function exists(file) {
    return node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().access(file).then(() => true, () => false);
}
async function rename(from, to) {
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(from, to);
        return true;
    }
    catch (error) {
        if (error.code === "ENOENT")
            return false;
        throw error;
    }
}
/** Write a file atomically (temp file in the same directory, then rename). */
async function writeFileAtomically(file, data) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), { recursive: true });
    const temp = `${file}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.tmp`;
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().writeFile(temp, data);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rename(temp, file);
    }
    catch (error) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().rm(temp, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 46031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QT: () => (/* binding */ isStillRunning),
/* harmony export */   WF: () => (/* binding */ thisProcess)
/* harmony export */ });
/* unused harmony exports isProcessAlive, processStart, currentBootId */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);


/** This process, as recorded in a lock or journal. */
function thisProcess() {
    const processStarted = processStart(process.pid);
    const bootId = currentBootId();
    return {
        pid: process.pid,
        hostname: node_os__WEBPACK_IMPORTED_MODULE_1___default().hostname(),
        ...(processStarted !== undefined ? { processStart: processStarted } : {}),
        ...(bootId !== undefined ? { bootId } : {}),
    };
}
/**
 * Whether the process `identity` names still runs. Only meaningful on its own host (the caller
 * checks `hostname`). False when the pid is gone, the machine rebooted since, or the pid now
 * names a process that started at another time (pid reuse).
 */
function isStillRunning(identity) {
    const bootId = currentBootId();
    if (identity.bootId !== undefined && bootId !== undefined && identity.bootId !== bootId)
        return false;
    if (!isProcessAlive(identity.pid))
        return false;
    const started = processStart(identity.pid);
    return (identity.processStart === undefined ||
        started === undefined ||
        started === identity.processStart);
}
/** Whether a pid exists on this host (EPERM: it does, owned by another user). */
function isProcessAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === "EPERM";
    }
}
/** Linux: the process's start time in clock ticks after boot (field 22 of /proc/<pid>/stat). */
function processStart(pid) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/stat`, "utf8");
        return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    }
    catch {
        return undefined;
    }
}
/** Linux: changes at every boot, so pids recorded before a reboot mean nothing. */
function currentBootId() {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)("/proc/sys/kernel/random/boot_id", "utf8").trim() || undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};

//# sourceMappingURL=9715.index.js.map