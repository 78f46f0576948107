export const id = 2075;
export const ids = [2075];
export const modules = {

/***/ 19087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zc: () => (/* binding */ resolveS3Connection),
/* harmony export */   md: () => (/* binding */ endpointLabel),
/* harmony export */   qo: () => (/* binding */ createS3Client),
/* harmony export */   ye: () => (/* binding */ describeS3Error)
/* harmony export */ });
/* unused harmony exports DEFAULT_S3_REGION, ENDPOINT_VARIABLES */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53711);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26921);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);



/*
 * Where and as whom lifecycle talks to S3 (the store and the ingest `s3` source): one place that
 * reads the environment and lifecycle.yml, and builds an `@aws-sdk/client-s3` client with bounded
 * retries and a request timeout. Credentials come only from the environment and never appear in
 * a message lifecycle writes.
 */
const DEFAULT_S3_REGION = "us-east-1";
/** The endpoint variables, in the order they are read; AWS_S3_ENDPOINT is dcpy's name. */
const ENDPOINT_VARIABLES = ["AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL", "AWS_S3_ENDPOINT"];
/**
 * Endpoint: the first of ENDPOINT_VARIABLES set, else `endpoint` of lifecycle.yml, else AWS.
 * Region: AWS_REGION, AWS_DEFAULT_REGION, `region`, else us-east-1. Path-style addressing:
 * `path_style`, default on for a custom endpoint (MinIO, moto need it; Spaces and R2 accept it).
 * Credentials: AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN); an empty value
 * (an unset GitHub secret) counts as unset.
 */
function resolveS3Connection(env, settings = {}, what = "s3") {
    const region = envValue(env, "AWS_REGION") ??
        envValue(env, "AWS_DEFAULT_REGION") ??
        settings.region ??
        DEFAULT_S3_REGION;
    const variable = ENDPOINT_VARIABLES.find((name) => envValue(env, name) !== undefined);
    const endpoint = variable
        ? normalizeEndpoint(envValue(env, variable) ?? "", variable, what)
        : settings.endpoint
            ? normalizeEndpoint(settings.endpoint, "endpoint in lifecycle.yml", what)
            : undefined;
    const credentials = credentialsFrom(env, what);
    return {
        ...(endpoint !== undefined ? { endpoint } : {}),
        region,
        pathStyle: settings.path_style ?? endpoint !== undefined,
        ...(credentials ? { credentials } : {}),
        attempts: settings.attempts ?? 4,
        timeoutMs: (settings.timeout_seconds ?? 60) * 1000,
    };
}
function credentialsFrom(env, what) {
    const accessKeyId = envValue(env, "AWS_ACCESS_KEY_ID");
    const secretAccessKey = envValue(env, "AWS_SECRET_ACCESS_KEY");
    if (!accessKeyId !== !secretAccessKey) {
        const [set, unset] = accessKeyId
            ? ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]
            : ["AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID"];
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${what}: ${set} is set but ${unset} is not; set both, or neither for anonymous access to a public bucket`);
    }
    if (!accessKeyId || !secretAccessKey)
        return undefined;
    const sessionToken = envValue(env, "AWS_SESSION_TOKEN");
    return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}
function envValue(env, name) {
    const value = env[name]?.trim();
    return value ? value : undefined;
}
const HttpUrl = zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5({ protocol: /^https?$/ });
/** An http(s) URL with no credentials, query or fragment; a bare host name gets `https://`. */
function normalizeEndpoint(value, origin, what) {
    const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
    const url = HttpUrl.safeParse(text).success ? new URL(text) : undefined;
    if (!url || url.username || url.password || url.search || url.hash) {
        // Not echoed: a rejected value may hold credentials or a signature.
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${what}: ${origin} is not an endpoint URL; expected e.g. https://nyc3.digitaloceanspaces.com (http or https, no credentials, query or fragment)`);
    }
    return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}
/** Where requests go, for messages: the endpoint, or AWS's for the region. */
function endpointLabel(connection) {
    return connection.endpoint ?? `https://s3.${connection.region}.amazonaws.com`;
}
/**
 * The SDK warns once per process on Node 20 that its releases after January 2027 need Node 22
 * (aws/aws-sdk-js-v3#7983). That is for whoever upgrades the SDK, not for a lifecycle user, so it
 * is switched off with the variable the SDK documents, unless the environment already sets it.
 */
const NODE_WARNING = "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED";
/** An SDK client for the connection: standard retries, `timeoutMs` per attempt, no redirects. */
function createS3Client(connection) {
    process.env[NODE_WARNING] ??= "true";
    return new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .S3Client */ .YxF({
        region: connection.region,
        ...(connection.endpoint !== undefined ? { endpoint: connection.endpoint } : {}),
        forcePathStyle: connection.pathStyle,
        maxAttempts: connection.attempts,
        retryMode: "standard",
        requestHandler: {
            requestTimeout: connection.timeoutMs,
            connectionTimeout: Math.min(connection.timeoutMs, 10_000),
            throwOnRequestTimeout: true,
        },
        // Only what the environment gave; never the shared files, SSO or instance metadata.
        credentials: connection.credentials ?? { accessKeyId: "", secretAccessKey: "" },
        ...(connection.credentials ? {} : { signer: { sign: async (request) => request } }),
        // Integrity checksums on every PUT are extra work moto and some S3-compatible services reject.
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
    });
}
/** What an SDK error says, without anything that could carry a credential or a signature. */
function describeS3Error(error) {
    const e = error;
    const status = e.$metadata?.httpStatusCode;
    const attempts = e.$metadata?.attempts;
    const message = (e.message ?? "").replace(/\s+/g, " ").slice(0, 200);
    return {
        ...(status !== undefined ? { status } : {}),
        code: e.name ?? "Error",
        message,
        ...(attempts !== undefined ? { attempts } : {}),
    };
}


/***/ }),

/***/ 18314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ parseS3Url),
/* harmony export */   M8: () => (/* binding */ S3RequestError),
/* harmony export */   NY: () => (/* binding */ S3Objects)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53711);
/* harmony import */ var _s3_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19087);






/** A request that failed for good (after the retries): names the operation, bucket and key. */
class S3RequestError extends Error {
    operation;
    bucket;
    key;
    status;
    code;
    name = "S3RequestError";
    constructor(operation, bucket, key, status, code, detail) {
        super(`S3 ${operation} s3://${bucket}/${key} failed: ${detail}`);
        this.operation = operation;
        this.bucket = bucket;
        this.key = key;
        this.status = status;
        this.code = code;
    }
}
/**
 * The few S3 operations the store makes, on one bucket; every failure is an S3RequestError. A
 * precondition that does not hold (412, or 409 for a concurrent conditional write) is not an
 * error: `put` resolves to "conflict".
 */
class S3Objects {
    bucket;
    connection;
    client;
    /** Requests sent (not counting the SDK's retries), for the bench. */
    requests = 0;
    constructor(bucket, connection) {
        this.bucket = bucket;
        this.connection = connection;
        this.client = (0,_s3_client_js__WEBPACK_IMPORTED_MODULE_4__/* .createS3Client */ .qo)(connection);
    }
    async get(key) {
        try {
            this.requests++;
            const answer = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .GetObjectCommand */ .jLs({ Bucket: this.bucket, Key: key }));
            const bytes = await answer.Body?.transformToByteArray();
            return { body: Buffer.from(bytes ?? []), etag: answer.ETag ?? "" };
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw this.failure("GET", key, error);
        }
    }
    /** Stream an object to `file`; resolves to its sha256 and size, or undefined when absent. */
    async download(key, file) {
        try {
            this.requests++;
            const answer = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .GetObjectCommand */ .jLs({ Bucket: this.bucket, Key: key }));
            const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)("sha256");
            let bytes = 0;
            const tap = new node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform({
                transform(chunk, _encoding, done) {
                    hash.update(chunk);
                    bytes += chunk.length;
                    done(null, chunk);
                },
            });
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(answer.Body, tap, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file));
            return { sha256: hash.digest("hex"), bytes };
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw this.failure("GET", key, error);
        }
    }
    async put(key, body, condition = {}, length) {
        try {
            this.requests++;
            const answer = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .PutObjectCommand */ .wKZ({
                Bucket: this.bucket,
                Key: key,
                Body: body,
                ...(length !== undefined ? { ContentLength: length } : {}),
                ...(condition.ifMatch !== undefined ? { IfMatch: condition.ifMatch } : {}),
                ...(condition.ifNoneMatch !== undefined ? { IfNoneMatch: condition.ifNoneMatch } : {}),
            }));
            return { etag: answer.ETag ?? "" };
        }
        catch (error) {
            const { status } = (0,_s3_client_js__WEBPACK_IMPORTED_MODULE_4__/* .describeS3Error */ .ye)(error);
            if (status === 412 || status === 409)
                return "conflict";
            throw this.failure("PUT", key, error);
        }
    }
    async delete(key) {
        try {
            this.requests++;
            await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .DeleteObjectCommand */ .k4j({ Bucket: this.bucket, Key: key }));
        }
        catch (error) {
            if (isNotFound(error))
                return;
            throw this.failure("DELETE", key, error);
        }
    }
    /** Every object under `prefix`, in key order, after `startAfter` when given. */
    async *list(prefix, startAfter) {
        let token;
        do {
            let page;
            try {
                this.requests++;
                page = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .ListObjectsV2Command */ .u6x({
                    Bucket: this.bucket,
                    Prefix: prefix,
                    ...(token !== undefined ? { ContinuationToken: token } : {}),
                    ...(token === undefined && startAfter !== undefined ? { StartAfter: startAfter } : {}),
                }));
            }
            catch (error) {
                throw this.failure("LIST", `${prefix}*`, error);
            }
            for (const item of page.Contents ?? [])
                if (item.Key !== undefined)
                    yield { key: item.Key, etag: item.ETag ?? "", size: item.Size ?? 0 };
            token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token !== undefined);
    }
    /** The names of the "folders" right under `prefix` (which ends in `/`): one LIST per 1,000. */
    async folders(prefix) {
        return (await this.children(prefix)).folders;
    }
    /** What is right under `prefix` (which ends in `/`): "folder" names and object keys. */
    async children(prefix) {
        const folders = [];
        const objects = [];
        let token;
        do {
            let page;
            try {
                this.requests++;
                page = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .ListObjectsV2Command */ .u6x({
                    Bucket: this.bucket,
                    Prefix: prefix,
                    Delimiter: "/",
                    ...(token !== undefined ? { ContinuationToken: token } : {}),
                }));
            }
            catch (error) {
                throw this.failure("LIST", `${prefix}*/`, error);
            }
            for (const common of page.CommonPrefixes ?? []) {
                const name = common.Prefix?.slice(prefix.length).replace(/\/$/, "");
                if (name)
                    folders.push(name);
            }
            for (const item of page.Contents ?? [])
                if (item.Key !== undefined && item.Key !== prefix)
                    objects.push(item.Key);
            token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token !== undefined);
        return { folders, objects };
    }
    /** Whether an object has the key (a HEAD). */
    async exists(key) {
        try {
            this.requests++;
            await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .HeadObjectCommand */ .l81({ Bucket: this.bucket, Key: key }));
            return true;
        }
        catch (error) {
            if (isNotFound(error))
                return false;
            throw this.failure("HEAD", key, error);
        }
    }
    failure(operation, key, error) {
        const { status, code, message, attempts } = (0,_s3_client_js__WEBPACK_IMPORTED_MODULE_4__/* .describeS3Error */ .ye)(error);
        const tries = attempts !== undefined && attempts > 1 ? ` after ${attempts} attempts` : "";
        const what = status !== undefined ? `HTTP ${status} ${code}` : code;
        const detail = `${what}${message && message !== code ? ` (${message})` : ""}${tries} at ${(0,_s3_client_js__WEBPACK_IMPORTED_MODULE_4__/* .endpointLabel */ .md)(this.connection)}`;
        return new S3RequestError(operation, this.bucket, key, status, code, detail);
    }
}
function isNotFound(error) {
    const { status, code } = (0,_s3_client_js__WEBPACK_IMPORTED_MODULE_4__/* .describeS3Error */ .ye)(error);
    return status === 404 || code === "NoSuchKey" || code === "NotFound";
}
/** `s3://bucket/prefix` split; the prefix has no leading or trailing slash ("" for the bucket root). */
function parseS3Url(url, what = "store") {
    const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(url);
    const bucket = match?.[1] ?? "";
    if (!match || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
        throw new Error(`${what} ${JSON.stringify(url)}: expected s3://<bucket>/<prefix>, a bucket name of 3-63 lowercase letters, digits, dots and hyphens`);
    const prefix = (match[2] ?? "").replace(/^\/+|\/+$/g, "");
    if (prefix.split("/").some((s) => s === "." || s === ".."))
        throw new Error(`${what} ${JSON.stringify(url)}: the prefix has a "." or ".." segment`);
    return { bucket, prefix };
}


/***/ }),

/***/ 52075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openS3Store: () => (/* binding */ openS3Store)
});

// UNUSED EXPORTS: S3Store

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/store/blob-cache.ts
var blob_cache = __webpack_require__(96573);
// EXTERNAL MODULE: ./src/store/event-store.ts + 1 modules
var event_store = __webpack_require__(33389);
// EXTERNAL MODULE: ./src/store/layout.ts
var layout = __webpack_require__(5891);
// EXTERNAL MODULE: ./src/store/s3-client.ts
var s3_client = __webpack_require__(19087);
// EXTERNAL MODULE: ./src/store/s3-objects.ts
var s3_objects = __webpack_require__(18314);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
// EXTERNAL MODULE: ./src/store/atomic.ts
var atomic = __webpack_require__(82892);
// EXTERNAL MODULE: ./src/store/limit.ts
var limit = __webpack_require__(96974);
;// CONCATENATED MODULE: ./src/store/s3-partitions.ts






const KeyObjectSchema = schemas/* object */.Ikc({ product: schemas/* string */.YjP(), key: schemas/* string */.YjP(), added: schemas/* string */.YjP() });
const RegistrySchema = schemas/* object */.Ikc({
    product: schemas/* string */.YjP(),
    partitions: schemas/* array */.YOg(schemas/* object */.Ikc({ key: schemas/* string */.YjP(), added: schemas/* string */.YjP() })),
});
/**
 * Dynamic partitions in a bucket: one object per key, `partitions/<product>/<key>.json`, so
 * concurrent adds and removes of different keys never lose one (no read-modify-write). Locally
 * they stay the registry files `partitions/<product>.json` the rest of lifecycle reads.
 */
class S3Partitions {
    s3;
    prefix;
    constructor(s3, prefix) {
        this.s3 = s3;
        this.prefix = prefix;
    }
    key(relative) {
        return this.prefix === "" ? relative : `${this.prefix}/${relative}`;
    }
    /** Write every product's registry file into `root`; resolves to what was read. */
    async pull(root) {
        const base = this.key("partitions/");
        const keys = [];
        for await (const object of this.s3.list(base))
            if (object.key.endsWith(".json"))
                keys.push(object.key);
        const objects = await (0,limit/* mapLimit */.s)(keys, 16, async (key) => {
            const got = await this.s3.get(key);
            const parsed = got
                ? KeyObjectSchema.safeParse(JSON.parse(got.body.toString("utf8")))
                : undefined;
            return parsed?.success ? parsed.data : undefined;
        });
        const byProduct = new Map();
        for (const item of objects) {
            if (!item)
                continue;
            const list = byProduct.get(item.product) ?? [];
            list.push({ key: item.key, added: item.added });
            byProduct.set(item.product, list);
        }
        const pulled = new Map();
        for (const [product, list] of byProduct) {
            list.sort((a, b) => a.added.localeCompare(b.added) || a.key.localeCompare(b.key));
            const file = external_node_path_default().join(root, "partitions", `${(0,layout/* safeSegment */.LX)(product)}.json`);
            await (0,atomic/* writeFileAtomically */.lo)(file, `${JSON.stringify({ product, partitions: list }, null, 2)}\n`);
            pulled.set(product, new Set(list.map((p) => p.key)));
        }
        return pulled;
    }
    /** Put the keys added in `root` since the pull; delete the keys removed there. */
    async push(root, pulled) {
        const dir = external_node_path_default().join(root, "partitions");
        const files = (await promises_default().readdir(dir).catch(() => [])).filter((f) => f.endsWith(".json"));
        const seen = new Set();
        for (const file of files) {
            const parsed = RegistrySchema.safeParse(JSON.parse(await promises_default().readFile(external_node_path_default().join(dir, file), "utf8")));
            if (!parsed.success)
                continue;
            const { product, partitions } = parsed.data;
            seen.add(product);
            const before = pulled.get(product) ?? new Set();
            const now = new Set(partitions.map((p) => p.key));
            for (const p of partitions.filter((p) => !before.has(p.key)))
                await this.s3.put(this.objectKey(product, p.key), JSON.stringify({ product, ...p }), {
                    ifNoneMatch: "*",
                });
            for (const gone of [...before].filter((k) => !now.has(k)))
                await this.s3.delete(this.objectKey(product, gone));
        }
        for (const [product, keys] of pulled)
            if (!seen.has(product))
                for (const gone of keys)
                    await this.s3.delete(this.objectKey(product, gone));
    }
    objectKey(product, key) {
        return this.key(`partitions/${(0,layout/* safeSegment */.LX)(product)}/${(0,layout/* safeSegment */.LX)(key)}.json`);
    }
}

// EXTERNAL MODULE: ./src/store/s3-units.ts
var s3_units = __webpack_require__(55029);
// EXTERNAL MODULE: ./src/store/store.ts
var store_store = __webpack_require__(81644);
// EXTERNAL MODULE: ./src/store/units.ts
var units = __webpack_require__(38898);
;// CONCATENATED MODULE: ./src/store/s3-store.ts











/** Open `s3://bucket/prefix`: materialise its current state into a fresh working directory. */
async function openS3Store(url, options) {
    const { bucket, prefix } = (0,s3_objects/* parseS3Url */.F$)(url);
    const connection = (0,s3_client/* resolveS3Connection */.Zc)(options.env, options.settings, `store ${url}`);
    const s3 = new s3_objects/* S3Objects */.NY(bucket, connection);
    const cache = blob_cache/* BlobCache */.k.forEnv(options.env);
    const conditional = options.settings.conditional_writes ?? true;
    const store = new S3Store(url, s3, prefix, cache, conditional, await (0,store_store/* newWorkingDir */.xB)());
    try {
        await store.pull(options.only);
    }
    catch (error) {
        await promises_default().rm(store.layout.root, { recursive: true, force: true });
        throw error;
    }
    return store;
}
class S3Store {
    url;
    s3;
    prefix;
    kind = "s3";
    layout;
    events;
    units;
    partitions;
    pulled = new Map();
    pulledPartitions = new Map();
    /** Dataset version -> mtime of its config.json when pulled or committed. */
    datasetStamps = new Map();
    queue = Promise.resolve();
    closed = false;
    constructor(url, s3, prefix, cache, conditional, workingDir) {
        this.url = url;
        this.s3 = s3;
        this.prefix = prefix;
        this.layout = new layout/* StoreLayout */.Eh(workingDir);
        this.units = new s3_units/* S3Units */.Q(s3, prefix, cache, conditional);
        this.events = new event_store/* S3EventStore */.W(s3, prefix);
        this.partitions = new S3Partitions(s3, prefix);
    }
    async pull(only) {
        this.pulled = await this.units.pull(this.layout.root, only);
        this.pulledPartitions = await this.partitions.pull(this.layout.root);
        for (const unit of this.pulled.keys())
            if (unit.startsWith("ingest/"))
                this.datasetStamps.set(unit, await this.stamp(unit));
    }
    async commit(unit, runId) {
        const etag = await this.units.commit(this.layout.root, unit, runId, this.pulled.get(unit));
        this.pulled.set(unit, etag);
    }
    async commitAlias(unit, of, runId) {
        const etag = this.pulled.get(of);
        if (etag === undefined)
            throw new Error(`${this.url}: ${of} has no pointer to alias`);
        const target = { unit: of, etag };
        this.pulled.set(unit, await this.units.alias(unit, target, runId, this.pulled.get(unit)));
    }
    async listUnits(prefix) {
        return [...this.pulled.keys()].filter((u) => u.startsWith(prefix)).sort();
    }
    /** Serialised: concurrent ingest tasks must not commit one version twice. */
    commitDatasets(runId) {
        const next = this.queue.then(async () => {
            for (const unit of await (0,units/* listLocalUnits */.Rr)(this.layout.root)) {
                if (!unit.startsWith("ingest/"))
                    continue;
                const stamp = await this.stamp(unit);
                if (this.datasetStamps.get(unit) === stamp)
                    continue;
                await this.commit(unit, runId);
                this.datasetStamps.set(unit, stamp);
            }
        });
        this.queue = next.catch(() => undefined);
        return next;
    }
    async unitFiles(unit) {
        const etag = this.pulled.get(unit);
        if (etag === undefined)
            return undefined;
        return (await this.units.readManifest(await this.units.readPointer(unit, etag))).files;
    }
    async verifyUnit(unit) {
        const files = await this.unitFiles(unit);
        if (!files)
            throw new Error(`${this.url}: ${unit} has no pointer`);
        return this.units.verify(this.layout.tmpDir, unit, this.pulled.get(unit) ?? "", files);
    }
    async stamp(unit) {
        const stat = await promises_default().stat(external_node_path_default().join(this.layout.root, unit, "config.json"))
            .catch(() => undefined);
        return stat?.mtimeMs ?? -1;
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        try {
            await this.queue;
            await this.partitions.push(this.layout.root, this.pulledPartitions);
        }
        finally {
            await promises_default().rm(this.layout.root, { recursive: true, force: true });
        }
    }
}


/***/ }),

/***/ 55029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ S3Units),
/* harmony export */   y: () => (/* binding */ StoreConflictError)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _limit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(96974);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38898);







/** Another run made the unit current after this run read it: this run's output stays unreferenced. */
class StoreConflictError extends Error {
    name = "StoreConflictError";
}
/**
 * Units (stage outputs, dataset versions) in a bucket. Layout under the prefix:
 *   refs/<unit>.json                      the pointer: which manifest is current
 *   <unit>/manifests/<runId>.json         every file of one commit, with sha256
 *   <unit>/objects/<runId>/<file>         the files of that commit
 * A commit uploads files, then the manifest, then writes the pointer (conditionally); readers
 * only follow pointers, so they never see a half-written upload.
 */
class S3Units {
    s3;
    prefix;
    cache;
    conditional;
    constructor(s3, prefix, cache, 
    /** False: the server ignores If-Match/If-None-Match; a lock object and read-back stand in. */
    conditional) {
        this.s3 = s3;
        this.prefix = prefix;
        this.cache = cache;
        this.conditional = conditional;
    }
    key(relative) {
        return this.prefix === "" ? relative : `${this.prefix}/${relative}`;
    }
    /** Every current unit with its pointer's ETag: one LIST request per 1,000 units. */
    async listPointers() {
        const refs = this.key("refs/");
        const out = new Map();
        for await (const object of this.s3.list(refs))
            if (object.key.endsWith(".json"))
                out.set(object.key.slice(refs.length, -5), object.etag);
        return out;
    }
    /**
     * Materialise every current unit `only` accepts into `root`; files come from the read cache
     * when it has them. The state returned holds every pointer listed (materialised or not), so a
     * later commit of any unit is conditional on the pointer as it was now.
     */
    async pull(root, only) {
        const pointers = await this.listPointers();
        const units = [...pointers].filter(([unit]) => only?.(unit) ?? true);
        await (0,_limit_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)(units, 16, async ([unit, etag]) => {
            const pointer = await this.readPointer(unit, etag);
            const manifest = await this.readManifest(pointer);
            await this.materialize(root, unit, manifest);
        });
        return pointers;
    }
    /** The pointer, from the local cache when its ETag is the one listed (no request). */
    async readPointer(unit, etag) {
        const cached = this.pointerCacheFile(unit);
        try {
            const saved = JSON.parse(await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().readFile(cached, "utf8"));
            if (saved.etag === etag)
                return _units_js__WEBPACK_IMPORTED_MODULE_5__/* .PointerSchema */ .zj.parse(saved.body);
        }
        catch {
            // Not cached yet.
        }
        const key = this.key(`refs/${unit}.json`);
        const got = await this.s3.get(key);
        if (!got)
            throw new Error(`s3://${this.s3.bucket}/${key}: the pointer is gone`);
        const pointer = _units_js__WEBPACK_IMPORTED_MODULE_5__/* .PointerSchema */ .zj.parse(JSON.parse(got.body.toString("utf8")));
        await this.cachePointer(unit, got.etag, pointer);
        return pointer;
    }
    pointerCacheFile(unit) {
        return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.cache.dir, "refs", sha(`${this.s3.bucket}/${this.key(unit)}`));
    }
    /** Remember the pointer under its ETag; written atomically (concurrent runs share the cache). */
    async cachePointer(unit, etag, pointer) {
        const file = this.pointerCacheFile(unit);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), { recursive: true });
        const temp = `${file}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.tmp`;
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().writeFile(temp, JSON.stringify({ etag, body: pointer }));
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().rename(temp, file);
    }
    async readManifest(pointer) {
        const key = this.key(pointer.manifest);
        await this.cache.fill(pointer.sha256, `s3://${this.s3.bucket}/${key}`, async (file) => {
            if (!(await this.s3.download(key, file)))
                throw new Error(`s3://${this.s3.bucket}/${key}: the manifest a pointer names is missing`);
        });
        return _units_js__WEBPACK_IMPORTED_MODULE_5__/* .ManifestSchema */ .pL.parse(JSON.parse(await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().readFile(this.cache.file(pointer.sha256), "utf8")));
    }
    /** Download every object of the unit's current commit and hash it: the files as stored. */
    async verify(tmpDir, unit, etag, files) {
        const objects = objectsOf(await this.readPointer(unit, etag));
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().mkdir(tmpDir, { recursive: true });
        const dir = await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmpDir, "verify-"));
        try {
            return await (0,_limit_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)([...files], 8, async (file) => {
                if ("link" in file)
                    return file;
                const key = this.key(`${objects}/${file.path}`);
                const got = await this.s3.download(key, node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, String(files.indexOf(file))));
                if (!got)
                    throw new Error(`s3://${this.s3.bucket}/${key}: missing`);
                return { path: file.path, sha256: got.sha256, bytes: got.bytes };
            });
        }
        finally {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().rm(dir, { recursive: true, force: true });
        }
    }
    async materialize(root, unit, manifest) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, unit);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().rm(dir, { recursive: true, force: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().mkdir(dir, { recursive: true });
        await (0,_limit_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)(manifest.files, 8, async (file) => {
            (0,_units_js__WEBPACK_IMPORTED_MODULE_5__/* .checkManifestPath */ .LD)(file.path, `${unit} manifest ${manifest.runId}`);
            (0,_units_js__WEBPACK_IMPORTED_MODULE_5__/* .checkManifestPath */ .LD)(manifest.unit, `${unit} manifest ${manifest.runId}: unit`);
            const target = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, file.path);
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), { recursive: true });
            if ("link" in file)
                return node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().symlink(file.link, target);
            // An alias (`published/<p>/latest`) names another unit's manifest: its files are that unit's.
            const key = this.key(`${manifest.unit}/objects/${manifest.runId}/${file.path}`);
            await this.cache.fill(file.sha256, `s3://${this.s3.bucket}/${key}`, async (temp) => {
                if (!(await this.s3.download(key, temp)))
                    throw new Error(`s3://${this.s3.bucket}/${key}: listed in a manifest but missing`);
            });
            await this.cache.materialize(file.sha256, target);
        });
    }
    /**
     * Upload `root/unit` under this run's prefix, then make it current, provided the pointer is
     * still the one this run started from (`expected`; undefined: there was none). Resolves to the
     * new pointer's ETag; throws StoreConflictError when another run moved the pointer.
     */
    async commit(root, unit, runId, expected) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, unit);
        const files = await (0,_units_js__WEBPACK_IMPORTED_MODULE_5__/* .listUnitFiles */ .et)(dir);
        await (0,_limit_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)(files, 8, async (file) => {
            if ("link" in file)
                return;
            const local = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, file.path);
            const key = this.key(`${unit}/objects/${runId}/${file.path}`);
            await this.s3.put(key, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(local), {}, file.bytes);
            await this.cache.add(file.sha256, local);
        });
        const committedAt = new Date().toISOString();
        const manifest = { format: 1, unit, runId, committedAt, files };
        const body = `${JSON.stringify(manifest)}\n`;
        const manifestKey = `${unit}/manifests/${runId}.json`;
        await this.s3.put(this.key(manifestKey), body);
        const pointer = {
            format: 1,
            manifest: manifestKey,
            sha256: sha(body),
            runId,
            committedAt,
        };
        const etag = await this.movePointer(unit, pointer, expected);
        // The next run on this machine then reads neither the pointer nor the manifest back.
        await this.cache.fill(pointer.sha256, manifestKey, (temp) => node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default().writeFile(temp, body));
        await this.cachePointer(unit, etag, pointer);
        return etag;
    }
    /**
     * Make `unit` current with exactly the files `of` has now (`ofEtag`: its pointer's ETag), by one
     * conditional write of a pointer naming `of`'s manifest: nothing is uploaded. Resolves to the new
     * pointer's ETag; throws StoreConflictError when another run moved `unit`'s pointer.
     */
    async alias(unit, of, runId, expected) {
        const target = await this.readPointer(of.unit, of.etag);
        const pointer = { ...target, runId, committedAt: new Date().toISOString() };
        return this.movePointer(unit, pointer, expected);
    }
    async movePointer(unit, pointer, expected) {
        const key = this.key(`refs/${unit}.json`);
        const body = `${JSON.stringify(pointer)}\n`;
        if (!this.conditional)
            return this.movePointerLocked(unit, key, body, pointer, expected);
        const condition = expected === undefined ? { ifNoneMatch: "*" } : { ifMatch: expected };
        const result = await this.s3.put(key, body, condition);
        if (result === "conflict")
            throw await this.conflict(unit, key, pointer.runId);
        return result.etag;
    }
    /** For servers without conditional writes: a lock object, then read-after-write checks. */
    async movePointerLocked(unit, key, body, pointer, expected) {
        const lockKey = `${key}.lock`;
        const token = `${pointer.runId}:${Math.random().toString(36).slice(2)}`;
        const held = await this.s3.get(lockKey);
        const heldBy = held
            ? JSON.parse(held.body.toString())
            : undefined;
        if (heldBy && heldBy.until > Date.now())
            throw await this.conflict(unit, key, pointer.runId);
        await this.s3.put(lockKey, JSON.stringify({ token, until: Date.now() + 60_000 }));
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_4__.setTimeout)(200);
        const mine = await this.s3.get(lockKey);
        if (!mine || JSON.parse(mine.body.toString()).token !== token)
            throw await this.conflict(unit, key, pointer.runId);
        try {
            const current = await this.s3.get(key);
            if ((current?.etag ?? undefined) !== expected)
                throw await this.conflict(unit, key, pointer.runId);
            await this.s3.put(key, body);
            const check = await this.s3.get(key);
            if (!check || check.body.toString() !== body)
                throw await this.conflict(unit, key, pointer.runId);
            return check.etag;
        }
        finally {
            await this.s3.delete(lockKey);
        }
    }
    async conflict(unit, key, runId) {
        const current = await this.s3.get(key).catch(() => undefined);
        let by = "another run";
        try {
            if (current)
                by = `run ${_units_js__WEBPACK_IMPORTED_MODULE_5__/* .PointerSchema */ .zj.parse(JSON.parse(current.body.toString())).runId}`;
        }
        catch {
            // Keep the generic wording.
        }
        return new StoreConflictError(`${unit}: ${by} made its output current in s3://${this.s3.bucket}/${key} while run ${runId} was building it; this run's output is not current (nothing of the two runs is mixed); rerun to build on the new output`);
    }
}
/** Where the files of a pointer's commit are: `<unit>/objects/<runId>` of the manifest it names. */
function objectsOf(pointer) {
    const match = /^(.*)\/manifests\/([^/]+)\.json$/.exec(pointer.manifest);
    if (!match)
        throw new Error(`pointer names ${JSON.stringify(pointer.manifest)}, not a manifest`);
    return `${match[1]}/objects/${match[2]}`;
}
function sha(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(text).digest("hex");
}


/***/ })

};

//# sourceMappingURL=2075.index.js.map