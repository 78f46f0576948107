import { randomBytes } from "node:crypto";
import { BlockBlobClient } from "@azure/storage-blob";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAIN_RUN, runtimeToken } from "./fake-cache-service-backend.js";
import { FakeCacheServiceV2 } from "./fake-cache-service-v2.js";

// The fake's own contract, for what the @actions/cache scenarios do not reach: archives over
// 128 MiB go up as blocks, and the signed URLs and the runtime token are really checked.
let service: FakeCacheServiceV2;
let base: string;
const token = runtimeToken(MAIN_RUN);

beforeEach(async () => {
  service = new FakeCacheServiceV2();
  base = (await service.start(token)).ACTIONS_RESULTS_URL ?? "";
});

afterEach(async () => service.stop());

async function twirp(method: string, body: unknown, bearer = token) {
  const response = await fetch(
    `${base}twirp/github.actions.results.api.v1.CacheService/${method}`,
    {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
      body: JSON.stringify(body),
    },
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function reserve(key: string): Promise<string> {
  const created = await twirp("CreateCacheEntry", { key, version: "v" });
  expect(created).toMatchObject({ status: 200, body: { ok: true } });
  return String(created.body.signed_upload_url);
}

describe("the fake cache service v2", () => {
  it("takes an archive in blocks (Put Block, Put Block List) and serves it back in ranges", async () => {
    const data = randomBytes(10_000);
    const upload = new BlockBlobClient(await reserve("big"));
    await upload.uploadData(data, { blockSize: 1024, maxSingleShotSize: 1024, concurrency: 4 });
    const finalize = { key: "big", version: "v", size_bytes: String(data.length) };
    expect(await twirp("FinalizeCacheEntryUpload", finalize)).toMatchObject({
      body: { ok: true, entry_id: "1" },
    });
    const found = await twirp("GetCacheEntryDownloadURL", {
      key: "b",
      restore_keys: [],
      version: "v",
    });
    expect(found.body).toMatchObject({ ok: true, matched_key: "big" });
    const download = new BlockBlobClient(String(found.body.signed_download_url));
    expect(
      (await download.downloadToBuffer(0, data.length, { blockSize: 4096 })).equals(data),
    ).toBe(true);
    const ops = service.backend.operations;
    expect(ops.filter((op) => op === "PutBlock")).toHaveLength(10);
    expect(ops.filter((op) => op === "GetBlob")).toHaveLength(3);
  });

  it("refuses blob requests without the right signature or permission", async () => {
    const url = new URL(await reserve("k"));
    const put = (href: string) =>
      fetch(href, { method: "PUT", headers: { "x-ms-blob-type": "BlockBlob" }, body: "x" });
    url.searchParams.set("sp", "r");
    expect((await put(url.href)).status).toBe(403);
    url.searchParams.set("sp", "cw");
    url.searchParams.set("sig", "forged");
    expect((await put(url.href)).status).toBe(403);
    expect((await put(await reserve("k2"))).status).toBe(201);
  });

  it("answers Twirp errors: no token, a malformed request, a finalize without a reservation", async () => {
    expect(await twirp("CreateCacheEntry", { key: "k", version: "v" }, "not-a-jwt")).toMatchObject({
      status: 401,
      body: { code: "unauthenticated" },
    });
    expect(await twirp("CreateCacheEntry", { key: "k" })).toMatchObject({
      status: 400,
      body: { code: "invalid_argument" },
    });
    const finalize = { key: "k", version: "v", size_bytes: "1" };
    expect(await twirp("FinalizeCacheEntryUpload", finalize)).toMatchObject({ status: 404 });
    await reserve("k");
    expect(await twirp("CreateCacheEntry", { key: "k", version: "v" })).toMatchObject({
      status: 409,
      body: { code: "already_exists" },
    });
    expect(await twirp("FinalizeCacheEntryUpload", finalize)).toMatchObject({
      body: { ok: false, message: "size_bytes 1, blob holds nothing" },
    });
  });
});
