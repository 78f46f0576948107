export const id = 2575;
export const ids = [2575];
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

/***/ 12575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26921);
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27135);
/* harmony import */ var _partitions_project_products_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93191);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3567);




const FlagsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ format: _command_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFlag */ .AN });
const validateCommand = {
    name: "validate",
    usage: "[--format text|json|github]",
    details: `--format text     file:line:column: severity: field: message, then a count line (default)
--format json     { "errors": [...], "warnings": [...] }, each with file, line, column, path, message
--format github   ::error / ::warning workflow annotations, then a count line
Exit code: 1 when there is any error, 0 when there are only warnings or none.`,
    options: { format: { type: "string" } },
    async run(context) {
        const { format } = (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .bQ)(FlagsSchema, context.flags);
        (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .expectNoArguments */ .Fi)(context, "validate");
        const { project, diagnostics } = await (0,_partitions_project_products_js__WEBPACK_IMPORTED_MODULE_0__/* .loadProjectWithPipelinesDiagnostics */ .Rn)(context.root);
        const errors = diagnostics.filter((d) => d.severity === "error").length;
        if (format === "json") {
            context.stdout.write(`${(0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDiagnostics */ .oO)(diagnostics, "json")}\n`);
        }
        else {
            const lines = diagnostics.length > 0 ? `${(0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDiagnostics */ .oO)(diagnostics, format)}\n` : "";
            context.stdout.write(`${lines}${summaryLine(project, diagnostics)}\n`);
        }
        return errors > 0 ? 1 : 0;
    },
};
function summaryLine(project, diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    const warnings = diagnostics.length - errors;
    const checked = `${plural(project.products.length, "product")}, ${plural(project.recipes.size, "recipe")}, ` +
        `${plural(project.templates.size, "ingest template")}`;
    return `${plural(errors, "error")}, ${plural(warnings, "warning")} (checked ${checked})`;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? "" : "s"}`;
}


/***/ })

};

//# sourceMappingURL=2575.index.js.map