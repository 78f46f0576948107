export const id = 3983;
export const ids = [3983];
export const modules = {

/***/ 93983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubCacheStore: () => (/* binding */ GitHubCacheStore)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61691);


/**
 * The GitHub Actions cache. It restores files to the paths they were saved from, and its entry
 * version hashes the path strings, so paths are passed relative to the workspace (the same in
 * every job of a repository). Entries are immutable: saving an existing key is a no-op. Without a
 * workspace, paths are saved as they are: for folders outside it at a fixed place (the tool cache).
 */
class GitHubCacheStore {
    workspace;
    log;
    constructor(workspace, log) {
        this.workspace = workspace;
        this.log = log;
    }
    /**
     * `saveCache` only warns when it cannot save (and when the key exists): a save that made nothing
     * is checked with a lookup, so an ingest that could not reach the cache fails instead of passing.
     */
    async save(key, dir) {
        const paths = [this.relative(dir)];
        assertAvailable();
        const id = await _actions_cache__WEBPACK_IMPORTED_MODULE_1__/* .saveCache */ .Io(paths, key);
        if (id !== -1)
            return;
        const existing = await _actions_cache__WEBPACK_IMPORTED_MODULE_1__/* .restoreCache */ .P3(paths, key, [], { lookupOnly: true });
        if (existing !== key)
            throw new Error(`could not save the cache entry ${key}: the Actions cache does not hold it after saving ` +
                "(@actions/cache's lines above say why: this run may only read the cache, " +
                "or the cache service failed)");
        this.log(`cache ${key} already exists; kept the first one saved`);
    }
    async restore(key, dir, restoreKeys) {
        assertAvailable();
        return _actions_cache__WEBPACK_IMPORTED_MODULE_1__/* .restoreCache */ .P3([this.relative(dir)], key, [...restoreKeys]);
    }
    relative(dir) {
        if (this.workspace === undefined)
            return node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir);
        const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(this.workspace, dir);
        if (rel.startsWith("..") || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel)) {
            throw new Error(`cache folder ${dir} must be inside the workspace ${this.workspace}`);
        }
        return rel.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join("/");
    }
}
function assertAvailable() {
    if (_actions_cache__WEBPACK_IMPORTED_MODULE_1__/* .isFeatureAvailable */ .w3())
        return;
    throw new Error("the GitHub Actions cache is not available here (no cache service in the environment); " +
        "set LIFECYCLE_CACHE_DIR to use a local folder instead");
}


/***/ })

};

//# sourceMappingURL=3983.index.js.map