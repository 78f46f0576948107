export const id = 7807;
export const ids = [7807];
export const modules = {

/***/ 47807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upToDateItems: () => (/* binding */ upToDateItems)
/* harmony export */ });
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5891);
/* harmony import */ var _matrix_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66534);


/**
 * The (product, partition) items of a selection whose every stage is up to date in the store, as
 * a dry run of the engine decides it: what discover leaves out of the matrix. Item ids as
 * `itemId` writes them (`product@partition`).
 */
async function upToDateItems(options) {
    const result = await options.materialize({
        root: options.root,
        store: options.store,
        select: options.select,
        partition: options.partition,
        dryRun: true,
        stages: [..._store_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGES */ .an],
        signal: options.signal,
        env: options.env,
        reporter: { report: () => undefined },
    });
    const current = new Map();
    for (const task of result.tasks) {
        const dot = task.asset.lastIndexOf(".");
        const stage = task.asset.slice(dot + 1);
        if (dot < 0 || !_store_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGES */ .an.includes(stage))
            continue;
        const product = task.asset.slice(0, dot);
        const id = (0,_matrix_js__WEBPACK_IMPORTED_MODULE_1__/* .itemId */ .XG)({ kind: "product", product, partition: task.partition });
        current.set(id, (current.get(id) ?? true) && task.outcome === "up-to-date");
    }
    return new Set([...current].filter(([, upToDate]) => upToDate).map(([id]) => id));
}


/***/ })

};

//# sourceMappingURL=7807.index.js.map