export const id = 9641;
export const ids = [9641];
export const modules = {

/***/ 49641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s3ObjectWriter: () => (/* binding */ s3ObjectWriter)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53711);
/* harmony import */ var _store_s3_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19087);



/**
 * The object_store destination's writer: a PUT per file under `s3://bucket/prefix`, through the
 * ingest `s3` source's connection (the AWS variables, then lifecycle.yml's `s3:`). One client per
 * bucket, made on first use.
 */
function s3ObjectWriter(env, settings) {
    let client;
    return {
        async put(url, key, file) {
            const { bucket, prefix } = splitUrl(url);
            const object = prefix === "" ? key : `${prefix}/${key}`;
            client ??= (0,_store_s3_client_js__WEBPACK_IMPORTED_MODULE_1__/* .createS3Client */ .qo)((0,_store_s3_client_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveS3Connection */ .Zc)(env, settings, "object_store destination"));
            const body = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(file);
            try {
                await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .PutObjectCommand */ .wKZ({ Bucket: bucket, Key: object, Body: body }));
            }
            catch (error) {
                const { status, code } = (0,_store_s3_client_js__WEBPACK_IMPORTED_MODULE_1__/* .describeS3Error */ .ye)(error);
                const what = status !== undefined ? `HTTP ${status} ${code}` : code;
                throw new Error(`S3 PUT s3://${bucket}/${object} failed: ${what}`);
            }
        },
        close() {
            client?.destroy();
        },
    };
}
function splitUrl(url) {
    const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(url);
    if (!match)
        throw new Error(`${JSON.stringify(url)} is not an s3://bucket/prefix URL`);
    const prefix = (match[2] ?? "").replace(/^\/+|\/+$/g, "");
    if (prefix.split("/").some((s) => s === "." || s === ".."))
        throw new Error(`${JSON.stringify(url)} has a "." or ".." segment`);
    return { bucket: match[1] ?? "", prefix };
}


/***/ })

};

//# sourceMappingURL=9641.index.js.map