import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeIssue {
  number: number;
  title: string;
  state: "open" | "closed";
  labels: string[];
  comments: string[];
}

export interface FakeIssuesApi {
  /** GITHUB_API_URL for the code under test. */
  api: string;
  issues: FakeIssue[];
  close(): Promise<void>;
}

/**
 * GitHub's issues REST API for one repository (`owner/name`), as strict as lifecycle needs:
 * the bearer token, the API version header, the routes it calls; anything else is a 4xx.
 */
export async function startFakeIssuesApi(
  repository: string,
  token: string,
): Promise<FakeIssuesApi> {
  const issues: FakeIssue[] = [];
  const prefix = `/repos/${repository}/issues`;
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const send = (status: number, value: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(value));
      };
      if (
        req.headers.authorization !== `Bearer ${token}` ||
        req.headers["x-github-api-version"] !== "2022-11-28"
      )
        return send(401, { message: "Bad credentials" });
      const url = new URL(req.url ?? "", "http://x");
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
      const match = new RegExp(`^${prefix}/(\\d+)(/comments)?$`).exec(url.pathname);
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
  const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    api,
    issues,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
