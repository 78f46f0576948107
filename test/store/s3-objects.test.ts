import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveS3Connection } from "../../src/store/s3-client.js";
import { S3Objects, parseS3Url } from "../../src/store/s3-objects.js";
import {
  startFaultProxy,
  startS3Server,
  TEST_CREDENTIALS,
  type FaultProxy,
  type S3Server,
} from "../support/s3-server.js";

let server: S3Server;
let proxy: FaultProxy;
beforeAll(async () => {
  server = await startS3Server(["objects"]);
  proxy = await startFaultProxy(server.url);
});
afterAll(async () => {
  await proxy.close();
  await server.stop();
});

function objects(endpoint: string, settings = {}): S3Objects {
  const env = { ...TEST_CREDENTIALS, AWS_ENDPOINT_URL_S3: endpoint };
  return new S3Objects("objects", resolveS3Connection(env, settings));
}

describe("S3Objects against moto", () => {
  it("puts, gets, lists and deletes; a missing object is undefined", async () => {
    const s3 = objects(server.url);
    await s3.put("a/1.txt", "one");
    await s3.put("a/2.txt", "two");
    expect((await s3.get("a/1.txt"))?.body.toString()).toBe("one");
    expect(await s3.get("a/none")).toBeUndefined();
    const keys = [];
    for await (const o of s3.list("a/")) keys.push(o.key);
    expect(keys).toEqual(["a/1.txt", "a/2.txt"]);
    await s3.delete("a/1.txt");
    expect(await s3.get("a/1.txt")).toBeUndefined();
  });

  it("honours If-None-Match: * and If-Match (moto supports conditional writes)", async () => {
    const s3 = objects(server.url);
    const first = await s3.put("cond/p.json", "1", { ifNoneMatch: "*" });
    expect(first).not.toBe("conflict");
    expect(await s3.put("cond/p.json", "2", { ifNoneMatch: "*" })).toBe("conflict");
    const etag = first === "conflict" ? "" : first.etag;
    const second = await s3.put("cond/p.json", "3", { ifMatch: etag });
    expect(second).not.toBe("conflict");
    expect(await s3.put("cond/p.json", "4", { ifMatch: etag })).toBe("conflict");
    expect((await s3.get("cond/p.json"))?.body.toString()).toBe("3");
  });

  it("retries 500 and 503, then succeeds", async () => {
    const s3 = objects(proxy.url);
    await s3.put("retry/k", "v");
    proxy.faults.push({ kind: "status", status: 500 }, { kind: "status", status: 503 });
    const before = proxy.requests.length;
    expect((await s3.get("retry/k"))?.body.toString()).toBe("v");
    expect(proxy.requests.length - before).toBe(3);
  });

  it("retries a stalled connection after the request timeout", async () => {
    const s3 = objects(proxy.url, { timeout_seconds: 1 });
    await s3.put("stall/k", "v");
    proxy.faults.push({ kind: "stall" });
    expect((await s3.get("stall/k"))?.body.toString()).toBe("v");
  });

  it("gives up after the attempts with an error naming bucket, key and status, no credentials", async () => {
    const s3 = objects(proxy.url, { attempts: 3 });
    proxy.faults.push(
      ...Array.from({ length: 3 }, () => ({ kind: "status", status: 503 }) as const),
    );
    const error = await s3.get("products/x/main/package/current.json").catch((e: unknown) => e);
    expect(String(error)).toContain(
      "S3 GET s3://objects/products/x/main/package/current.json failed: HTTP 503",
    );
    expect(String(error)).toContain("after 3 attempts");
    expect(String(error)).not.toContain(TEST_CREDENTIALS.AWS_SECRET_ACCESS_KEY);
    proxy.faults.push({ kind: "stall" }, { kind: "stall" });
    const stalled = objects(proxy.url, { attempts: 2, timeout_seconds: 1 });
    const timeout = await stalled.put("slow/key", "v").catch((e: unknown) => e);
    expect(String(timeout)).toMatch(/S3 PUT s3:\/\/objects\/slow\/key failed: .*after 2 attempts/);
  });

  it("parses store URLs", () => {
    expect(parseS3Url("s3://my-bucket/some/prefix/")).toEqual({
      bucket: "my-bucket",
      prefix: "some/prefix",
    });
    expect(parseS3Url("s3://my-bucket")).toEqual({ bucket: "my-bucket", prefix: "" });
    expect(() => parseS3Url("s3://B/x")).toThrow(/bucket name/);
    expect(() => parseS3Url("s3://bucket/../x")).toThrow(/"\.\."/);
  });
});
