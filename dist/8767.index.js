export const id = 8767;
export const ids = [8767];
export const modules = {

/***/ 38767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   schedulesCheckCommand: () => (/* binding */ schedulesCheckCommand),
/* harmony export */   schedulesResolveCommand: () => (/* binding */ schedulesResolveCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _partitions_project_products_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93191);
/* harmony import */ var _partitions_schedule_workflow_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64982);
/* harmony import */ var _partitions_schedules_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62653);






/** `schedules-check`: the scheduled workflow in the repository is what the configuration generates. */
async function schedulesCheckCommand(context) {
    const project = await (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_3__/* .loadScheduledProject */ .Fs)(context.root);
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context.root, _partitions_schedule_workflow_js__WEBPACK_IMPORTED_MODULE_4__/* .SCHEDULE_WORKFLOW_PATH */ .o8);
    const wanted = !(0,_partitions_schedules_js__WEBPACK_IMPORTED_MODULE_5__/* .hasSchedules */ .ze)(project) ? undefined : (0,_partitions_schedule_workflow_js__WEBPACK_IMPORTED_MODULE_4__/* .generateScheduleWorkflow */ .Ay)(project);
    const current = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(file, "utf8").catch((error) => {
        if (error.code === "ENOENT")
            return undefined;
        throw error;
    });
    const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(context.workspace, file);
    if (current === wanted) {
        context.io.info(`${shown}: up to date`);
        return { ok: true };
    }
    const why = wanted === undefined
        ? "exists but nothing declares schedules"
        : current === undefined
            ? "is missing"
            : "differs from the configuration";
    context.io.annotate("error", `${shown} ${why}; run "lifecycle schedules generate"`, {
        title: "schedules workflow out of date",
        file: shown,
    });
    return { ok: false, message: `${shown} ${why}` };
}
/** `schedules-resolve`: one output per schedule job, the partition due at this tick (or none). */
async function schedulesResolveCommand(context) {
    const { inputs, io } = context;
    const project = await (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_3__/* .loadScheduledProject */ .Fs)(context.root);
    const nowText = inputs.now.trim();
    if (nowText !== "" && Number.isNaN(Date.parse(nowText)))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`input "now": expected an ISO 8601 time (received ${JSON.stringify(nowText)})`);
    const due = (0,_partitions_schedules_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveDueSchedules */ .rw)(project, {
        cron: inputs.cron.trim() || undefined,
        schedule: inputs.schedule.trim() || undefined,
        now: nowText === "" ? new Date() : new Date(nowText),
    });
    for (const d of due) {
        io.setOutput(d.job, d.partition);
        io.info(`${d.kind === "ingest" ? `ingest ${d.product}` : d.product} (${d.schedule}, tick ${d.tick} ${d.timezone}): ${d.partition}`);
    }
    if (due.length === 0)
        io.info("nothing is due at this tick");
    return { ok: true };
}


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


/***/ })

};

//# sourceMappingURL=8767.index.js.map