import { execFile } from "node:child_process";
import { createHash, createHmac } from "node:crypto";
import fs from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { BUILT_CLI, runCli } from "../cli-run.js";
import { makeProject, readConfig, readRows, template } from "./helpers.js";

const CORPUS = path.resolve(import.meta.dirname, "../../../shared/corpus/nyc-dcp/ingest_templates");
const KEY_ID = "DO00FAKEACCESSKEY";
const SECRET = "fake/Secret+Key0123456789abcdefghijklmnop";

/**
 * A stand-in for S3 (path-style) on 127.0.0.1. It checks every signed request the way S3 does,
 * independently of lifecycle's signer: it decodes the bucket and key from the path, encodes the key
 * again by S3's rules, builds the canonical request from the headers received, and recomputes the
 * signature with the secret it knows.
 */
interface FakeS3 {
  url: string;
  objects: Map<string, Buffer>;
  /** Buckets that answer anonymous GETs. */
  publicBuckets: Set<string>;
  /** Status codes to answer, one per request, before serving normally. */
  failures: number[];
  /** URLs to answer a 301 to, one per request, before serving normally. */
  redirects: string[];
  requests: { path: string; headers: http.IncomingHttpHeaders; verdict: string }[];
  close(): Promise<void>;
}

const servers: FakeS3[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function fakeS3(options: { region?: string; token?: string } = {}): Promise<FakeS3> {
  const region = options.region ?? "us-east-1";
  const fake: Omit<FakeS3, "url" | "close"> = {
    objects: new Map(),
    publicBuckets: new Set(),
    failures: [],
    redirects: [],
    requests: [],
  };
  const server = http.createServer((request, response) => {
    const rawPath = request.url ?? "/";
    const [bucket = "", ...keyParts] = rawPath.slice(1).split("/").map(decodeURIComponent);
    const key = keyParts.join("/");
    const verdict = authorize(request, bucket, key, region, options.token, fake.publicBuckets);
    fake.requests.push({ path: rawPath, headers: request.headers, verdict: verdict.code });
    const redirect = fake.redirects.shift();
    if (redirect !== undefined) {
      response.writeHead(301, { location: redirect }).end();
      return;
    }
    const failure = fake.failures.shift();
    if (failure !== undefined)
      return xmlError(
        response,
        failure,
        "InternalError",
        "We encountered an internal error. Please try again.",
      );
    if (verdict.code !== "ok")
      return xmlError(response, 403, verdict.code, verdict.message, verdict.extra);
    const body = fake.objects.get(`${bucket}/${key}`);
    if (!body)
      return xmlError(
        response,
        404,
        "NoSuchKey",
        "The specified key does not exist.",
        `<Key>${key}</Key>`,
      );
    response.writeHead(200, { "content-type": "application/octet-stream" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const s3: FakeS3 = {
    ...fake,
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  servers.push(s3);
  return s3;
}

function xmlError(
  response: http.ServerResponse,
  status: number,
  code: string,
  message: string,
  extra = "",
): void {
  response
    .writeHead(status, { "content-type": "application/xml" })
    .end(
      `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message>${extra}<RequestId>tx0001</RequestId></Error>`,
    );
}

type Verdict = { code: string; message: string; extra?: string };

function authorize(
  request: http.IncomingMessage,
  bucket: string,
  key: string,
  region: string,
  token: string | undefined,
  publicBuckets: Set<string>,
): Verdict {
  const header = request.headers.authorization;
  if (!header) {
    return publicBuckets.has(bucket)
      ? { code: "ok", message: "" }
      : { code: "AccessDenied", message: "Access Denied" };
  }
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
      header,
    );
  if (!match) return { code: "AuthorizationHeaderMalformed", message: "bad header" };
  const [, keyId, day, , signedList = "", signature] = match;
  if (keyId !== KEY_ID) return { code: "InvalidAccessKeyId", message: "unknown key" };
  const signed = signedList.split(";");
  const required = [
    "host",
    "x-amz-content-sha256",
    "x-amz-date",
    ...(token ? ["x-amz-security-token"] : []),
  ];
  if (!required.every((h) => signed.includes(h)))
    return {
      code: "AccessDenied",
      message: `unsigned: ${required.filter((h) => !signed.includes(h)).join(",")}`,
    };
  if (token && request.headers["x-amz-security-token"] !== token)
    return {
      code: "InvalidToken",
      message: "The provided token is malformed or otherwise invalid.",
    };
  const amzDate = String(request.headers["x-amz-date"]);
  const payload = String(request.headers["x-amz-content-sha256"]);
  const encode = (s: string) =>
    encodeURIComponent(s).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  const canonical = [
    request.method,
    `/${bucket}/${key.split("/").map(encode).join("/")}`,
    "",
    ...signed.map((h) => `${h}:${String(request.headers[h]).trim()}`),
    "",
    signedList,
    payload,
  ].join("\n");
  const scope = `${day}/${region}/s3/aws4_request`;
  const toSign = `AWS4-HMAC-SHA256\n${amzDate}\n${scope}\n${createHash("sha256").update(canonical).digest("hex")}`;
  const mac = (k: Buffer | string, d: string) => createHmac("sha256", k).update(d).digest();
  const signingKey = mac(mac(mac(mac(`AWS4${SECRET}`, day ?? ""), region), "s3"), "aws4_request");
  if (mac(signingKey, toSign).toString("hex") !== signature) {
    // S3 echoes what it signed: lifecycle must not repeat any of it.
    return {
      code: "SignatureDoesNotMatch",
      message:
        "The request signature we calculated does not match the signature you provided. Check your key and signing method.",
      extra: `<AWSAccessKeyId>${keyId}</AWSAccessKeyId><StringToSign>${toSign}</StringToSign><SignatureProvided>${signature}</SignatureProvided>`,
    };
  }
  return { code: "ok", message: "" };
}

function signedEnv(s3: FakeS3, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    AWS_S3_ENDPOINT: s3.url,
    AWS_ACCESS_KEY_ID: KEY_ID,
    AWS_SECRET_ACCESS_KEY: SECRET,
    ...extra,
  };
}

const CSV = "Name,Count\nAlbany,1\nBuffalo,2\n";

async function s3Project(bucket: string, key: string) {
  const project = await makeProject();
  await project.addTemplate(
    "cities",
    template(
      "cities",
      `  source: { type: s3, bucket: ${bucket}, key: "${key}" }\n  file_format: { type: csv }`,
    ),
  );
  return project;
}

function logger(lines: string[]) {
  return (line: string) => void lines.push(line);
}

describe("s3 source against a fake S3", () => {
  it("ingests a corpus template (dcas_ipis) with a signed GET, recording bucket, key and endpoint", async () => {
    const s3 = await fakeS3();
    const header =
      "BBL,BORO,BOROUGH,BLOCK,LOT,CD,HOUSE NUMBER,STREET NAME,ALTERNATE ADDRESS,PARCEL NAME,AGENCY,PRIMARY USE CODE,PRIMARY USE TEXT,OWNER,OWNED/LEASED,U-F USE CODE,U-F USE TEXT,U-A USE CODE,U-A USE TEXT,USE STATUS,X COORD,Y COORD";
    const csv = `${header}\n1000010010,1,MANHATTAN,00001,0010,101,1,GOVERNORS ISLAND,,GOVERNORS ISLAND,DCAS,1100,OFFICE,C,O,0,,0,,ACTIVE,979335,191905\n`;
    s3.objects.set("edm-recipes/inbox/dcas/ipis/20240601/dcas_ipis.csv", Buffer.from(csv));
    const project = await makeProject();
    await project.addTemplate(
      "dcas_ipis",
      await fs.readFile(path.join(CORPUS, "dcas_ipis.yml"), "utf8"),
    );
    const lines: string[] = [];
    const result = await project.ingest("dcas_ipis", {
      version: "20240601",
      env: signedEnv(s3),
      log: logger(lines),
    });
    const [row] = await readRows(path.join(result.dir, "dcas_ipis.parquet"));
    expect(row).toMatchObject({
      bbl: "1000010010",
      boro: "1",
      block: "00001",
      "owned/leased": "O",
      x_coord: 979335,
    });
    const config = await readConfig(result.dir);
    expect(config.source).toEqual({
      type: "s3",
      bucket: "edm-recipes",
      key: "inbox/dcas/ipis/20240601/dcas_ipis.csv",
      endpoint: s3.url,
    });
    expect(config.raw).toMatchObject({
      file: "raw/dcas_ipis.csv",
      sha256: createHash("sha256").update(csv).digest("hex"),
      bytes: Buffer.byteLength(csv),
      url: `${s3.url}/edm-recipes/inbox/dcas/ipis/20240601/dcas_ipis.csv`,
    });
    expect(s3.requests.map((r) => r.verdict)).toEqual(["ok"]);
    expect(s3.requests[0]?.headers["x-amz-content-sha256"]).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
    expect(lines).toContain(
      `downloading s3://edm-recipes/inbox/dcas/ipis/20240601/dcas_ipis.csv from ${s3.url}`,
    );
    const written = JSON.stringify(config) + lines.join("\n");
    expect(written).not.toContain(SECRET);
    expect(written).not.toMatch(/Signature=/);
  });

  it("reads a key with spaces and unicode, names the raw file after its last segment", async () => {
    const s3 = await fakeS3();
    const key = "inbox/dcp/cbbr/20240101 BRs for (All) Boards/Données été ☕.csv";
    s3.objects.set(`edm-recipes/${key}`, Buffer.from(CSV));
    const project = await s3Project("edm-recipes", key);
    const result = await project.ingest("cities", { version: "20240101", env: signedEnv(s3) });
    expect(s3.requests.map((r) => [r.path, r.verdict])).toEqual([
      [
        "/edm-recipes/inbox/dcp/cbbr/20240101%20BRs%20for%20%28All%29%20Boards/Donn%C3%A9es%20%C3%A9t%C3%A9%20%E2%98%95.csv",
        "ok",
      ],
    ]);
    const raw = await fs.readdir(path.join(result.dir, "raw"));
    expect(raw).toEqual(["Donn%C3%A9es%20%C3%A9t%C3%A9%20%E2%98%95.csv"]);
    expect(await readRows(path.join(result.dir, "cities.parquet"))).toEqual([
      { Name: "Albany", Count: 1 },
      { Name: "Buffalo", Count: 2 },
    ]);
  });

  it("sends and signs the session token when AWS_SESSION_TOKEN is set", async () => {
    const s3 = await fakeS3({ token: "session-token/123=" });
    s3.objects.set("b/k.csv", Buffer.from(CSV));
    const project = await s3Project("b", "k.csv");
    await project.ingest("cities", {
      version: "1",
      env: signedEnv(s3, { AWS_SESSION_TOKEN: "session-token/123=" }),
    });
    expect(s3.requests[0]?.headers["x-amz-security-token"]).toBe("session-token/123=");
    expect(s3.requests[0]?.verdict).toBe("ok");
  });

  it("reads a public bucket anonymously when no credentials are set", async () => {
    const s3 = await fakeS3();
    s3.publicBuckets.add("open");
    s3.objects.set("open/data/k.csv", Buffer.from(CSV));
    const project = await s3Project("open", "data/k.csv");
    const lines: string[] = [];
    await project.ingest("cities", {
      version: "1",
      env: { AWS_S3_ENDPOINT: s3.url, AWS_ACCESS_KEY_ID: "" },
      log: logger(lines),
    });
    expect(s3.requests[0]?.headers.authorization).toBeUndefined();
    expect(s3.requests[0]?.headers["x-amz-date"]).toBeUndefined();
    expect(lines.join("\n")).toContain("anonymously (no AWS_ACCESS_KEY_ID set)");
  });

  it("names bucket, key, status and code when an anonymous GET is denied", async () => {
    const s3 = await fakeS3();
    s3.objects.set("edm-private/k.csv", Buffer.from(CSV));
    const project = await s3Project("edm-private", "k.csv");
    await expect(
      project.ingest("cities", { version: "1", env: { AWS_S3_ENDPOINT: s3.url } }),
    ).rejects.toThrow(
      `s3 source: could not get s3://edm-private/k.csv from ${s3.url}: HTTP 403 (AccessDenied: Access Denied); the request was anonymous: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY for a private bucket`,
    );
  });

  it("fails on a wrong secret with SignatureDoesNotMatch, repeating nothing S3 echoed, keeping the old version", async () => {
    const s3 = await fakeS3();
    s3.objects.set("b/k.csv", Buffer.from(CSV));
    const project = await s3Project("b", "k.csv");
    const good = await project.ingest("cities", { version: "1", env: signedEnv(s3) });
    const before = await fs.readFile(path.join(good.dir, "config.json"), "utf8");
    const lines: string[] = [];
    const failure = project.ingest("cities", {
      version: "1",
      env: signedEnv(s3, { AWS_SECRET_ACCESS_KEY: "wrong-secret" }),
      log: logger(lines),
    });
    const error = await failure.then(
      () => undefined,
      (e: unknown) => e,
    );
    const message = String(error);
    expect(message).toContain("s3 source: could not get s3://b/k.csv");
    expect(message).toContain(
      "HTTP 403 (SignatureDoesNotMatch: The request signature we calculated",
    );
    expect(message).toContain("check AWS_SECRET_ACCESS_KEY, and the region (signed for us-east-1");
    for (const leaked of ["StringToSign", "AWS4-HMAC-SHA256", "wrong-secret", KEY_ID]) {
      expect(message + lines.join("\n")).not.toContain(leaked);
    }
    expect(s3.requests.at(-1)?.verdict).toBe("SignatureDoesNotMatch");
    expect(await fs.readFile(path.join(good.dir, "config.json"), "utf8")).toBe(before);
  });

  it("fails at once on 404 NoSuchKey, naming bucket, key and code", async () => {
    const s3 = await fakeS3();
    const project = await s3Project("edm-recipes", "inbox/missing.csv");
    await expect(project.ingest("cities", { version: "1", env: signedEnv(s3) })).rejects.toThrow(
      `s3 source: could not get s3://edm-recipes/inbox/missing.csv from ${s3.url}: HTTP 404 (NoSuchKey: The specified key does not exist.)`,
    );
    expect(s3.requests).toHaveLength(1);
  });

  it("does not follow a redirect, so the credentials never reach another host", async () => {
    const s3 = await fakeS3({ token: "session-token" });
    const elsewhere = await fakeS3();
    elsewhere.objects.set("b/k.csv", Buffer.from(CSV));
    s3.redirects.push(`${elsewhere.url}/b/k.csv`);
    const project = await s3Project("b", "k.csv");
    const env = signedEnv(s3, { AWS_SESSION_TOKEN: "session-token" });
    await expect(project.ingest("cities", { version: "1", env })).rejects.toThrow(
      `HTTP 301 (S3 redirected to ${elsewhere.url}/b/k.csv; lifecycle does not follow an S3 redirect`,
    );
    expect(s3.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it("retries a 500 and signs the retry afresh", async () => {
    const s3 = await fakeS3();
    s3.objects.set("b/k.csv", Buffer.from(CSV));
    s3.failures.push(500);
    const project = await s3Project("b", "k.csv");
    const lines: string[] = [];
    const result = await project.ingest("cities", {
      version: "1",
      env: signedEnv(s3),
      log: logger(lines),
    });
    expect(s3.requests.map((r) => r.verdict)).toEqual(["ok", "ok"]);
    expect(lines.join("\n")).toMatch(/HTTP 500 \(InternalError: We encountered an internal error/);
    expect(await readRows(path.join(result.dir, "cities.parquet"))).toHaveLength(2);
  });

  it("signs for the region it is given: a wrong one is SignatureDoesNotMatch", async () => {
    const s3 = await fakeS3({ region: "nyc3" });
    s3.objects.set("b/k.csv", Buffer.from(CSV));
    const project = await s3Project("b", "k.csv");
    await expect(project.ingest("cities", { version: "1", env: signedEnv(s3) })).rejects.toThrow(
      /SignatureDoesNotMatch.*signed for us-east-1: AWS_REGION/,
    );
    await project.ingest("cities", { version: "1", env: signedEnv(s3, { AWS_REGION: "nyc3" }) });
    expect(s3.requests.at(-1)?.verdict).toBe("ok");
  });

  it("takes the endpoint from lifecycle.yml when AWS_S3_ENDPOINT is not set", async () => {
    const s3 = await fakeS3();
    s3.objects.set("b/k.csv", Buffer.from(CSV));
    const project = await s3Project("b", "k.csv");
    const env = { AWS_ACCESS_KEY_ID: KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET };
    const result = await project.ingest("cities", {
      version: "1",
      env,
      project: {
        root: project.root,
        settings: { s3: { endpoint: `${s3.url}/` } },
        templates: project.templates,
      },
    });
    expect((await readConfig(result.dir)).source).toMatchObject({ endpoint: s3.url });
  });
});

describe("lifecycle ingest with an s3 source", () => {
  async function cliProject(s3: FakeS3): Promise<string> {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), "lifecycle-s3-cli-"));
    await fs.mkdir(path.join(root, "ingest_templates"), { recursive: true });
    await fs.mkdir(path.join(root, "products"));
    await fs.writeFile(path.join(root, "products/products.yml"), "products: []\n");
    await fs.writeFile(
      path.join(root, "ingest_templates/cities.yml"),
      template(
        "cities",
        '  source: { type: s3, bucket: edm-recipes, key: "inbox/{{ version }}/cities list.csv" }\n  file_format: { type: csv }',
      ),
    );
    s3.objects.set("edm-recipes/inbox/2024/cities list.csv", Buffer.from(CSV));
    return root;
  }

  it("ingests through main with the credentials from its environment", async () => {
    const s3 = await fakeS3();
    const root = await cliProject(s3);
    const ok = await runCli(["ingest", "cities", "--version", "2024"], {
      cwd: root,
      env: signedEnv(s3),
    });
    expect(ok.stderr).toContain(
      `downloading s3://edm-recipes/inbox/2024/cities list.csv from ${s3.url}`,
    );
    expect(ok).toMatchObject({ code: 0 });
    const half = await runCli(["ingest", "cities", "--version", "2024"], {
      cwd: root,
      env: { AWS_S3_ENDPOINT: s3.url, AWS_ACCESS_KEY_ID: KEY_ID },
    });
    expect(half.code).toBe(2);
    expect(half.stderr).toContain("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not");
    const missing = await runCli(["ingest", "cities", "--version", "2025"], {
      cwd: root,
      env: signedEnv(s3),
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("HTTP 404 (NoSuchKey");
  });

  it("ingests through the built binary", async () => {
    await fs.access(BUILT_CLI);
    const s3 = await fakeS3();
    const root = await cliProject(s3);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [BUILT_CLI, "ingest", "cities", "--version", "2024"],
      {
        cwd: root,
        env: { PATH: process.env.PATH, ...signedEnv(s3) },
      },
    );
    expect(stdout).toMatch(/^ingested cities 2024: 2 rows, /);
    expect(s3.requests.map((r) => r.verdict)).toEqual(["ok"]);
  });
});
