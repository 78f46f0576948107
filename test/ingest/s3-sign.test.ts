import { describe, expect, it } from "vitest";
import { parseSettingsFile } from "../../src/config/settings.js";
import { ConfigError, exitCodeFor } from "../../src/core/errors.js";
import {
  EMPTY_PAYLOAD_SHA256,
  parseS3Error,
  resolveS3Access,
  s3ObjectUrl,
  signV4,
  uriEncode,
} from "../../src/ingest/s3.js";

/*
 * Published vectors:
 * - AWS Signature Version 4 test suite (2015 edition; formerly
 *   https://docs.aws.amazon.com/general/latest/gr/signature-v4-test-suite.html, kept in the AWS SDKs,
 *   e.g. aws-sdk-go-v2 and smithy-rs `aws-sig-v4-test-suite/`): get-vanilla and
 *   get-vanilla-query-order-key-case, credentials AKIDEXAMPLE, 2015-08-30T12:36:00Z, service `service`.
 * - Amazon S3 API Reference, "Signature Calculations for the Authorization Header: Transferring
 *   Payload in a Single Chunk" (https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html):
 *   GET Object and GET Bucket (list objects), credentials AKIAIOSFODNN7EXAMPLE, 2013-05-24.
 */
const SUITE = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
};
const SUITE_DATE = new Date("2015-08-30T12:36:00Z");
const S3_DOCS = {
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
};
const S3_DOCS_DATE = new Date("2013-05-24T00:00:00Z");

function suite(url: string) {
  return signV4(
    {
      method: "GET",
      url: new URL(url),
      payloadHash: EMPTY_PAYLOAD_SHA256,
      region: "us-east-1",
      service: "service",
      date: SUITE_DATE,
    },
    SUITE,
  );
}

function s3Docs(url: string, headers: Record<string, string> = {}) {
  return signV4(
    {
      method: "GET",
      url: new URL(url),
      headers: { ...headers, "x-amz-content-sha256": EMPTY_PAYLOAD_SHA256 },
      payloadHash: EMPTY_PAYLOAD_SHA256,
      region: "us-east-1",
      service: "s3",
      date: S3_DOCS_DATE,
    },
    S3_DOCS,
  );
}

describe("signV4 against AWS's published vectors", () => {
  it("get-vanilla", () => {
    const signed = suite("https://example.amazonaws.com/");
    expect(signed.canonicalRequest).toBe(
      `GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n${EMPTY_PAYLOAD_SHA256}`,
    );
    expect(signed.stringToSign).toBe(
      "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\nbb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
    );
    expect(signed.headers).toEqual({
      "x-amz-date": "20150830T123600Z",
      authorization:
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
    });
  });

  it("get-vanilla-query-order-key-case: the query is sorted", () => {
    const signed = suite("https://example.amazonaws.com/?Param2=value2&Param1=value1");
    expect(signed.canonicalRequest.split("\n")[2]).toBe("Param1=value1&Param2=value2");
    expect(signed.signature).toBe(
      "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500",
    );
  });

  it("S3's GET Object example (a Range header, x-amz-content-sha256)", () => {
    const signed = s3Docs("https://examplebucket.s3.amazonaws.com/test.txt", {
      Range: "bytes=0-9",
    });
    expect(signed.stringToSign.split("\n")[3]).toBe(
      "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972",
    );
    expect(signed.headers.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
  });

  it("S3's GET Bucket (list objects) example: query sorted and encoded", () => {
    const signed = s3Docs("https://examplebucket.s3.amazonaws.com/?prefix=J&max-keys=2");
    expect(signed.signature).toBe(
      "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7",
    );
  });

  it("signs the session token as x-amz-security-token", () => {
    const signed = signV4(
      {
        method: "GET",
        url: new URL("http://127.0.0.1:9000/b/k"),
        payloadHash: EMPTY_PAYLOAD_SHA256,
        region: "us-east-1",
        service: "s3",
        date: SUITE_DATE,
      },
      { ...SUITE, sessionToken: "token/with+chars=" },
    );
    expect(signed.headers["x-amz-security-token"]).toBe("token/with+chars=");
    expect(signed.canonicalRequest).toContain("host:127.0.0.1:9000\n");
    expect(signed.headers.authorization).toContain(
      "SignedHeaders=host;x-amz-date;x-amz-security-token,",
    );
    expect(signed.signature).not.toBe(suite("http://127.0.0.1:9000/b/k").signature);
  });
});

describe("S3 object URLs", () => {
  it("encodes each key segment as S3 does and keeps the slashes", () => {
    expect(uriEncode("a-b_c.d~e")).toBe("a-b_c.d~e");
    expect(uriEncode("a b+c=d/é€(1)!*'")).toBe("a%20b%2Bc%3Dd%2F%C3%A9%E2%82%AC%281%29%21%2A%27");
    expect(
      s3ObjectUrl(
        "https://nyc3.digitaloceanspaces.com",
        "edm-recipes",
        "inbox/dcp/omb/20240101 OMB Raw Export.xlsx",
      ),
    ).toBe(
      "https://nyc3.digitaloceanspaces.com/edm-recipes/inbox/dcp/omb/20240101%20OMB%20Raw%20Export.xlsx",
    );
  });

  it("refuses buckets and keys that would leave their place in the URL", () => {
    expect(() => s3ObjectUrl("https://h", "../x", "k")).toThrow(
      /bucket "..\/x" is not a bucket name/,
    );
    expect(() => s3ObjectUrl("https://h", "b", "a/../k")).toThrow(
      /key "a\/..\/k" has a "." or ".."/,
    );
  });

  it("reads the code and message of an S3 error body", () => {
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code><Message>The key &quot;a&amp;b&quot; does not exist.</Message><Key>a&amp;b</Key></Error>`;
    expect(parseS3Error(body)).toEqual({
      code: "NoSuchKey",
      message: 'The key "a&b" does not exist.',
    });
    expect(parseS3Error("<html>Bad gateway</html>")).toEqual({});
  });
});

describe("resolveS3Access", () => {
  it("defaults to AWS in us-east-1, anonymous", () => {
    expect(resolveS3Access({})).toEqual({
      endpoint: "https://s3.us-east-1.amazonaws.com",
      region: "us-east-1",
    });
    expect(resolveS3Access({ AWS_DEFAULT_REGION: "eu-west-1" }).endpoint).toBe(
      "https://s3.eu-west-1.amazonaws.com",
    );
  });

  it("takes AWS_S3_ENDPOINT over lifecycle.yml, AWS_REGION over AWS_DEFAULT_REGION", () => {
    const settings = { endpoint: "http://127.0.0.1:9000/", region: "nyc3" };
    expect(resolveS3Access({}, settings)).toEqual({
      endpoint: "http://127.0.0.1:9000",
      region: "nyc3",
    });
    const env = {
      AWS_S3_ENDPOINT: "nyc3.digitaloceanspaces.com",
      AWS_REGION: "us-east-2",
      AWS_DEFAULT_REGION: "us-west-1",
      AWS_ACCESS_KEY_ID: "AKID",
      AWS_SECRET_ACCESS_KEY: "secret",
      AWS_SESSION_TOKEN: "",
    };
    expect(resolveS3Access(env, settings)).toEqual({
      endpoint: "https://nyc3.digitaloceanspaces.com",
      region: "us-east-2",
      credentials: { accessKeyId: "AKID", secretAccessKey: "secret" },
    });
  });

  it("treats empty variables (unset GitHub secrets) as unset", () => {
    expect(
      resolveS3Access({ AWS_ACCESS_KEY_ID: "", AWS_SECRET_ACCESS_KEY: "", AWS_S3_ENDPOINT: "" }),
    ).toEqual({ endpoint: "https://s3.us-east-1.amazonaws.com", region: "us-east-1" });
  });

  it("says which half of the credentials is missing, never the value", () => {
    expect(() => resolveS3Access({ AWS_ACCESS_KEY_ID: "AKIDSECRETISH" })).toThrow(
      /AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not; set both, or neither/,
    );
    let error: unknown;
    try {
      resolveS3Access({ AWS_SECRET_ACCESS_KEY: "s3cr3t" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(exitCodeFor(error)).toBe(2);
    expect(String(error)).toContain("AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not");
    expect(String(error)).not.toContain("s3cr3t");
  });

  it("rejects an endpoint that is not an http(s) base URL, without repeating it", () => {
    for (const bad of ["ftp://host", "https://user:pw@host", "https://host/?x=1", "http://"]) {
      expect(() => resolveS3Access({ AWS_S3_ENDPOINT: bad })).toThrow(
        /^s3 source: AWS_S3_ENDPOINT is not an endpoint URL/,
      );
    }
    expect(() => resolveS3Access({ AWS_S3_ENDPOINT: "https://AKIA:s3cr3t@host" })).not.toThrow(
      /s3cr3t/,
    );
  });
});

describe("s3 in lifecycle.yml", () => {
  it("accepts endpoint and region", () => {
    const { settings, diagnostics } = parseSettingsFile(
      "lifecycle.yml",
      "s3:\n  endpoint: https://nyc3.digitaloceanspaces.com\n  region: us-east-1\n",
    );
    expect(diagnostics).toEqual([]);
    expect(settings?.s3).toEqual({
      endpoint: "https://nyc3.digitaloceanspaces.com",
      region: "us-east-1",
    });
  });

  it("locates a bad endpoint and an unknown key (credentials do not belong here)", () => {
    const { diagnostics } = parseSettingsFile(
      "lifecycle.yml",
      "s3:\n  endpoint: ftp://files\n  secret_access_key: x\n",
    );
    expect(diagnostics.map((d) => [d.line, d.path])).toEqual(
      expect.arrayContaining([
        [2, "s3.endpoint"],
        [3, "s3.secret_access_key"],
      ]),
    );
  });
});
