export const id = 9397;
export const ids = [9397];
export const modules = {

/***/ 49397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createArchive: () => (/* binding */ createArchive)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(56118);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(47232);









/** Fixed metadata, so the same files give the same archive whatever their mtimes and owners. */
const ARCHIVE_MTIME = new Date(0);
const FIXED_OWNER = { uid: 0, gid: 0, uname: "", gname: "" };
/**
 * Write a reproducible `.tar.gz` of `dir` in-process (tar-stream + Node's zlib): entries sorted by
 * name, directories before their contents, mtime 0, owner 0:0, modes 0644/0755 (executables and
 * directories 0755), and a gzip header without a timestamp. Entries are plain relative paths
 * (`manifest.json`, `output/`, `output/x.csv`); paths too long for ustar get a pax header.
 */
async function createArchive(options) {
    const entries = await archiveEntries(options.dir, options.exclude);
    const tar = (0,tar_stream__WEBPACK_IMPORTED_MODULE_7__.pack)();
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    let bytes = 0;
    const measure = new node_stream__WEBPACK_IMPORTED_MODULE_4__.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            bytes += chunk.length;
            done(null, chunk);
        },
    });
    const written = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(tar, (0,node_zlib__WEBPACK_IMPORTED_MODULE_6__.createGzip)(), measure, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(options.archive), {
        signal: options.signal,
    });
    const packed = packEntries(tar, entries).then(() => tar.finalize(), (error) => tar.destroy(error instanceof Error ? error : new Error(String(error))));
    await Promise.all([written, packed]);
    return { bytes, sha256: hash.digest("hex") };
}
async function packEntries(tar, entries) {
    for (const entry of entries) {
        const header = {
            name: entry.name,
            type: entry.type,
            mode: entry.mode,
            size: entry.size,
            mtime: ARCHIVE_MTIME,
            ...FIXED_OWNER,
        };
        if (entry.type === "directory") {
            await new Promise((resolve, reject) => tar.entry(header, (error) => (error ? reject(error) : resolve())));
            continue;
        }
        await new Promise((resolve, reject) => {
            const sink = tar.entry(header, (error) => (error ? reject(error) : resolve()));
            // The sink errors too when the archive's own pipeline fails (a full disk): without this
            // listener that is an uncaught exception; the pipeline's rejection reports it.
            sink.on("error", reject);
            const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(entry.absolute);
            source.on("error", (error) => {
                sink.destroy(error);
                reject(error);
            });
            source.pipe(sink);
        });
    }
}
/** Every entry under `dir`, depth first, names compared byte-wise; symbolic links are refused. */
async function archiveEntries(dir, exclude) {
    const found = [];
    async function walk(relative) {
        const absoluteDir = relative === "" ? dir : node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, relative);
        const names = (await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().readdir(absoluteDir)).sort(compareBytes);
        for (const name of names) {
            if (relative === "" && exclude.includes(name))
                continue;
            const child = relative === "" ? name : `${relative}/${name}`;
            const absolute = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(absoluteDir, name);
            const stat = await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().lstat(absolute);
            if (stat.isSymbolicLink())
                throw new Error(`symbolic link not allowed: ${absolute}`);
            (0,_files_js__WEBPACK_IMPORTED_MODULE_8__/* .refuseSpecialFile */ .Iy)(absolute, stat);
            if (stat.isDirectory()) {
                found.push({ name: `${child}/`, absolute, type: "directory", mode: 0o755, size: 0 });
                await walk(child);
            }
            else if (stat.isFile()) {
                const mode = (stat.mode & 0o111) !== 0 ? 0o755 : 0o644;
                found.push({ name: child, absolute, type: "file", mode, size: stat.size });
            }
        }
    }
    await walk("");
    return found;
}
function compareBytes(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}


/***/ })

};

//# sourceMappingURL=9397.index.js.map