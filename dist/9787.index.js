export const id = 9787;
export const ids = [9787];
export const modules = {

/***/ 49787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   initCommand: () => (/* binding */ initCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_release_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93992);



const initCommand = {
    name: "init",
    usage: "[DIR]",
    details: `Writes into DIR (default: the project root, --root or the current directory):
  products/products.yml, one recipe and its build script, one ingest template with a small CSV,
  lifecycle.yml, .gitignore, and .github/workflows/ calling lifecycle's reusable workflows at
  ${_core_release_js__WEBPACK_IMPORTED_MODULE_2__/* .LIFECYCLE_TAG */ .aq}. Refuses (exit 2, nothing written) when any of those files exists.
Then: cd DIR && lifecycle materialize. See docs/adopting.md.`,
    options: {},
    async run(context) {
        const [dir, ...extra] = context.positionals;
        if (extra.length > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`init takes one folder (received ${JSON.stringify(context.positionals.join(" "))})`);
        const target = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.root, dir ?? ".");
        const { initProject } = await __webpack_require__.e(/* import() */ 5490).then(__webpack_require__.bind(__webpack_require__, 25490));
        const written = await initProject(target);
        context.stdout.write(`lifecycle init: wrote ${written.length} files in ${target}\n` +
            written.map((name) => `  ${name}\n`).join("") +
            `Next: ${dir ? `cd ${dir} && ` : ""}lifecycle materialize\n`);
        return 0;
    },
};


/***/ })

};

//# sourceMappingURL=9787.index.js.map