export const id = 1701;
export const ids = [1701];
export const modules = {

/***/ 71701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkObjectsExist: () => (/* binding */ checkObjectsExist)
/* harmony export */ });
/* unused harmony export expandVariables */
/* harmony import */ var _store_s3_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19087);
/* harmony import */ var _store_s3_objects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18314);


async function checkObjectsExist(config, env, settings) {
    const url = expandVariables(config.url, env);
    const { bucket, prefix: key } = (0,_store_s3_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .parseS3Url */ .F$)(url, "exists check");
    const mode = config.mode ?? (key === "" || url.endsWith("/") ? "recursive" : "head");
    const objects = new _store_s3_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .S3Objects */ .NY(bucket, (0,_store_s3_client_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveS3Connection */ .Zc)(env, settings, "exists check"));
    try {
        if (mode === "head") {
            const found = await objects.exists(key);
            const message = `${url} ${found ? "exists" : "does not exist"}`;
            return { passed: found, observed: found ? 1 : 0, expected: { min: 1 }, message };
        }
        const min = config.min ?? 1;
        const prefix = key === "" ? "" : `${key}/`;
        const { found, complete } = mode === "list" ? await countChildren(objects, prefix) : await countAll(objects, prefix, min);
        const what = mode === "list" ? "entries" : "objects";
        return {
            passed: found >= min,
            observed: found,
            expected: { min },
            message: `${url}: ${complete ? "" : "at least "}${found} ${what}; expected at least ${min}`,
        };
    }
    finally {
        objects.client.destroy();
    }
}
/** `${NAME}` replaced from env; a name that is not set is an error, never an empty segment. */
function expandVariables(text, env) {
    return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => {
        const value = env[name];
        if (value === undefined || value === "")
            throw new Error(`\${${name}} in ${JSON.stringify(text)} is not set`);
        return value;
    });
}
async function countChildren(objects, prefix) {
    const { folders, objects: keys } = await objects.children(prefix);
    return { found: folders.length + keys.length, complete: true };
}
/** Objects anywhere under the prefix, counted until there are `enough`. */
async function countAll(objects, prefix, enough) {
    let found = 0;
    for await (const object of objects.list(prefix)) {
        if (object.key === prefix)
            continue;
        if (++found >= enough)
            return { found, complete: false };
    }
    return { found, complete: true };
}


/***/ })

};

//# sourceMappingURL=1701.index.js.map