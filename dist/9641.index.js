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
/* harmony import */ var _store_s3_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19087);
/* harmony import */ var _store_s3_objects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18314);



/**
 * The object_store destination's writer: a PUT per file under `s3://bucket/prefix`, through the
 * ingest `s3` source's connection (the AWS variables, then lifecycle.yml's `s3:`). One client per
 * bucket, made on first use.
 */
function s3ObjectWriter(env, settings) {
    const buckets = new Map();
    return {
        async put(url, key, file) {
            const { bucket, prefix } = (0,_store_s3_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .parseS3Url */ .F$)(url, "object_store destination");
            let objects = buckets.get(bucket);
            if (!objects) {
                objects = new _store_s3_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .S3Objects */ .NY(bucket, (0,_store_s3_client_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveS3Connection */ .Zc)(env, settings, "object_store destination"));
                buckets.set(bucket, objects);
            }
            const object = prefix === "" ? key : `${prefix}/${key}`;
            // Unconditional: a "conflict" here is the server's 409 (a concurrent bucket operation).
            if ((await objects.put(object, await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(file))) === "conflict")
                throw new Error(`S3 PUT s3://${bucket}/${object} failed: HTTP 409 (a conflicting operation)`);
        },
        close() {
            for (const objects of buckets.values())
                objects.client.destroy();
        },
    };
}


/***/ })

};

//# sourceMappingURL=9641.index.js.map