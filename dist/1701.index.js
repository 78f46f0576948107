export const id = 1701;
export const ids = [1701];
export const modules = {

/***/ 71701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkObjectsExist: () => (/* binding */ checkObjectsExist)
/* harmony export */ });
/* unused harmony export expandVariables */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53711);
/* harmony import */ var _store_s3_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19087);


async function checkObjectsExist(config, env, settings) {
    const url = expandVariables(config.url, env);
    const { bucket, key } = splitS3Url(url);
    const mode = config.mode ?? (key === "" || key.endsWith("/") ? "recursive" : "head");
    const min = mode === "head" ? 1 : (config.min ?? 1);
    const client = (0,_store_s3_client_js__WEBPACK_IMPORTED_MODULE_0__/* .createS3Client */ .qo)((0,_store_s3_client_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveS3Connection */ .Zc)(env, settings, "exists check"));
    try {
        if (mode === "head") {
            const found = await head(client, bucket, key);
            const message = `${url} ${found ? "exists" : "does not exist"}`;
            return { passed: found, observed: found ? 1 : 0, expected: { min: 1 }, message };
        }
        const { found, complete } = await count(client, bucket, key, mode === "list", min);
        const what = mode === "list" ? "entries" : "objects";
        return {
            passed: found >= min,
            observed: found,
            expected: { min },
            message: `${url}: ${complete ? "" : "at least "}${found} ${what}; expected at least ${min}`,
        };
    }
    finally {
        client.destroy();
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
function splitS3Url(url) {
    const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(url);
    if (!match)
        throw new Error(`${JSON.stringify(url)} is not an s3://bucket/key URL`);
    const key = match[2] ?? "";
    if (key.split("/").some((segment) => segment === "." || segment === ".."))
        throw new Error(`${JSON.stringify(url)} has a "." or ".." segment`);
    return { bucket: match[1] ?? "", key };
}
async function head(client, bucket, key) {
    try {
        await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__/* .HeadObjectCommand */ .l81({ Bucket: bucket, Key: key }));
        return true;
    }
    catch (error) {
        const { status, code } = (0,_store_s3_client_js__WEBPACK_IMPORTED_MODULE_0__/* .describeS3Error */ .ye)(error);
        if (status === 404 || code === "NotFound" || code === "NoSuchKey")
            return false;
        throw requestError("HEAD", bucket, key, error);
    }
}
/** Objects (or, with `children`, direct entries) under the prefix, counted until `enough`. */
async function count(client, bucket, key, children, enough) {
    const prefix = key === "" || key.endsWith("/") ? key : `${key}/`;
    let found = 0;
    let token;
    do {
        const page = await client
            .send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__/* .ListObjectsV2Command */ .u6x({
            Bucket: bucket,
            Prefix: prefix,
            ...(children ? { Delimiter: "/" } : {}),
            ...(token !== undefined ? { ContinuationToken: token } : {}),
        }))
            .catch((error) => {
            throw requestError("LIST", bucket, `${prefix}*`, error);
        });
        found += (page.Contents ?? []).filter((o) => o.Key !== prefix).length;
        found += (page.CommonPrefixes ?? []).length;
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token !== undefined && found < enough);
    return { found, complete: token === undefined };
}
function requestError(operation, bucket, key, error) {
    const { status, code } = (0,_store_s3_client_js__WEBPACK_IMPORTED_MODULE_0__/* .describeS3Error */ .ye)(error);
    const what = status !== undefined ? `HTTP ${status} ${code}` : code;
    return new Error(`S3 ${operation} s3://${bucket}/${key} failed: ${what}`);
}


/***/ })

};

//# sourceMappingURL=1701.index.js.map