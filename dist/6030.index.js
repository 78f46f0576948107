export const id = 6030;
export const ids = [6030];
export const modules = {

/***/ 96030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   siteCommand: () => (/* binding */ siteCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ui_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91286);
/* harmony import */ var _ui_site_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88723);




/**
 * The site's browser code: `npm run bundle` puts it beside the action's entry (dist/ui/app.js);
 * from a source checkout, the one `npm run build` leaves in build/.
 */
async function appScript(entry) {
    const candidates = [
        node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(entry), "ui", "app.js"),
        __webpack_require__.ab + "app.js",
    ];
    for (const file of candidates) {
        const text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(file, "utf8").catch(() => undefined);
        if (text !== undefined)
            return text;
    }
    throw new Error(`the status site's code is missing: looked for ${candidates.join(", ")}`);
}
/** `site`: write the status site (`lifecycle ui --out`) into `site-dir`, for a Pages artifact. */
async function siteCommand(context) {
    const out = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.workspace, context.inputs["site-dir"]);
    const app = await appScript(process.argv[1] ?? "");
    const data = await (0,_ui_model_js__WEBPACK_IMPORTED_MODULE_2__/* .buildSiteData */ .q)({ root: context.root, store: context.store });
    const written = await (0,_ui_site_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSiteFiles */ .AO)(out, app, data);
    context.io.info(`wrote ${node_path__WEBPACK_IMPORTED_MODULE_1___default().join(out, "index.html")} (${data.data.assets.length} assets, ${data.data.runs.length} runs, ${(written.bytes / 1024).toFixed(0)} KiB)`);
    return { ok: true };
}


/***/ })

};

//# sourceMappingURL=6030.index.js.map