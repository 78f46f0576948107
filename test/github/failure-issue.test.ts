import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportToIssue } from "../../src/github/failure-issue.js";

interface FakeIssue {
  number: number;
  title: string;
  state: "open" | "closed";
  labels: string[];
  comments: string[];
}

/** GitHub's issues REST API for one repository, as strict as this code needs: token, version header, routes. */
const issues: FakeIssue[] = [];
let server: http.Server;
let api: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const send = (status: number, value: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(value));
      };
      if (
        req.headers.authorization !== "Bearer t0ken" ||
        req.headers["x-github-api-version"] !== "2022-11-28"
      )
        return send(401, { message: "Bad credentials" });
      const url = new URL(req.url ?? "", "http://x");
      const prefix = "/repos/acme/data/issues";
      if (req.method === "GET" && url.pathname === prefix) {
        const label = url.searchParams.get("labels") ?? "";
        return send(
          200,
          issues.filter((i) => i.state === "open" && i.labels.includes(label)),
        );
      }
      const parsed = body ? (JSON.parse(body) as Record<string, unknown>) : {};
      if (req.method === "POST" && url.pathname === prefix) {
        const issue: FakeIssue = {
          number: issues.length + 1,
          title: String(parsed.title),
          state: "open",
          labels: parsed.labels as string[],
          comments: [String(parsed.body)],
        };
        issues.push(issue);
        return send(201, issue);
      }
      const match = /^\/repos\/acme\/data\/issues\/(\d+)(\/comments)?$/.exec(url.pathname);
      const issue = issues.find((i) => i.number === Number(match?.[1]));
      if (!match || !issue) return send(404, { message: "Not Found" });
      if (req.method === "POST" && match[2]) {
        issue.comments.push(String(parsed.body));
        return send(201, {});
      }
      if (req.method === "PATCH" && !match[2] && parsed.state === "closed") {
        issue.state = "closed";
        return send(200, issue);
      }
      return send(422, { message: "Validation Failed" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

const report = (ok: boolean, body: string) =>
  reportToIssue({
    api,
    token: "t0ken",
    repository: "acme/data",
    ok,
    title: "nightly_qa is failing",
    body,
  });

describe("the nightly's failure issue", () => {
  it("opens one issue on failure, comments on repeats, closes it on the next success", async () => {
    expect(await report(true, "fine")).toEqual({ action: "none" });
    expect(await report(false, "pluto.build failed")).toEqual({ action: "opened", number: 1 });
    expect(await report(false, "pluto.build failed again")).toEqual({
      action: "commented",
      number: 1,
    });
    expect(await report(true, "fixed by run 42")).toEqual({ action: "closed", number: 1 });
    expect(issues).toEqual([
      {
        number: 1,
        title: "nightly_qa is failing",
        state: "closed",
        labels: ["lifecycle-failure"],
        comments: ["pluto.build failed", "pluto.build failed again", "fixed by run 42"],
      },
    ]);
    expect(await report(false, "broken once more")).toEqual({ action: "opened", number: 2 });
  });

  it("names the call and status when GitHub refuses", async () => {
    await expect(
      reportToIssue({
        api,
        token: "wrong",
        repository: "acme/data",
        ok: false,
        title: "t",
        body: "b",
      }),
    ).rejects.toThrow("GitHub GET /issues: HTTP 401");
  });
});
