import fs from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEvents } from "../../src/store/events.js";
import { StoreLayout } from "../../src/store/layout.js";
import { runCli } from "../cli-run.js";
import { makeProject, type TestProject } from "../engine/helpers.js";

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A stand-in for Socrata's publishing API and GitHub's releases API, as strict as they are about
 * what this code uses: auth headers, the revision -> source -> bytes -> apply order through the
 * links they answer with, content types, and GitHub's upload_url template.
 */
function startStandIn(): Promise<{ url: string; seen: Seen[]; rows: string[]; close: () => void }> {
  const seen: Seen[] = [];
  const rows: string[] = [];
  let state = "idle";
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(value));
      };
      const url = req.url ?? "";
      if (url.startsWith("/api/publishing/")) {
        const basic = `Basic ${Buffer.from("robot:s3cret").toString("base64")}`;
        if (req.headers.authorization !== basic) return json(401, { message: "not authorised" });
        if (
          req.method === "POST" &&
          url === "/api/publishing/v1/revision/abcd-1234" &&
          state === "idle"
        ) {
          state = "revision";
          return json(201, {
            resource: { id: 77, revision_seq: 3 },
            links: {
              create_source: "/api/publishing/v1/revision/abcd-1234/3/source",
              apply: "/api/publishing/v1/revision/abcd-1234/3/apply",
            },
          });
        }
        if (
          req.method === "POST" &&
          url === "/api/publishing/v1/revision/abcd-1234/3/source" &&
          state === "revision"
        ) {
          state = "source";
          return json(201, {
            resource: { id: 5 },
            links: { bytes: "/api/publishing/v1/source/5" },
          });
        }
        if (req.method === "POST" && url === "/api/publishing/v1/source/5" && state === "source") {
          if (req.headers["content-type"] !== "text/csv")
            return json(415, { message: "text/csv expected" });
          state = "uploaded";
          rows.push(...body.trim().split("\n").slice(1));
          return json(200, { resource: { id: 5 } });
        }
        if (
          req.method === "PUT" &&
          url === "/api/publishing/v1/revision/abcd-1234/3/apply" &&
          state === "uploaded"
        ) {
          if ((JSON.parse(body) as { resource: { id: number } }).resource.id !== 77)
            return json(400, {});
          state = "applied";
          return json(200, { resource: { id: 77 } });
        }
        return json(409, { message: `unexpected ${req.method} ${url} in state ${state}` });
      }
      if (
        req.headers.authorization !== "Bearer ghs_token" ||
        req.headers["x-github-api-version"] !== "2022-11-28"
      )
        return json(401, { message: "Bad credentials" });
      if (req.method === "POST" && url === "/repos/acme/data/releases") {
        const tag = (JSON.parse(body) as { tag_name: string }).tag_name;
        return json(201, {
          html_url: `https://github.invalid/acme/data/releases/${tag}`,
          upload_url: `http://${req.headers.host}/uploads/repos/acme/data/releases/9/assets{?name,label}`,
        });
      }
      if (
        req.method === "POST" &&
        url.startsWith("/uploads/repos/acme/data/releases/9/assets?name=")
      ) {
        if (req.headers["content-type"] !== "application/gzip") return json(415, {});
        return json(201, { name: decodeURIComponent(url.split("=")[1] ?? "") });
      }
      return json(404, { message: "Not Found" });
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, seen, rows, close: () => server.close() });
    }),
  );
}

let standIn: Awaited<ReturnType<typeof startStandIn>>;
let project: TestProject;
beforeAll(async () => {
  standIn = await startStandIn();
  const build = `printf 'id,name\\n1,a\\n2,b\\n' > "$LIFECYCLE_OUTPUT_DIR/out.csv"`;
  project = await makeProject([{ id: "p", build_command: build }]);
  const products = [
    "products:",
    "  - id: p",
    '    version: "24v1"',
    `    build_command: ${JSON.stringify(build)}`,
    "    destinations:",
    `      - { id: portal, socrata: { domain: "${standIn.url}", dataset: abcd-1234, file: out.csv } }`,
    "      - { id: gh, github_release: { repository: acme/data } }",
    "      - { id: note, command: 'test -f release.json && echo sent $LIFECYCLE_PRODUCT $LIFECYCLE_VERSION' }",
    "      - { id: broken, command: 'echo no route >&2; exit 4' }",
  ].join("\n");
  await fs.writeFile(path.join(project.root, "products/products.yml"), `${products}\n`);
  const env = process.env;
  for (const argv of [
    ["materialize"],
    ["publish", "draft", "p", "--partition", "main"],
    ["publish", "release", "p", "--version", "24v1"],
  ]) {
    expect((await runCli(argv, { cwd: project.root, env })).code).toBe(0);
  }
});
afterAll(() => standIn.close());

const env = {
  ...process.env,
  SOCRATA_USERNAME: "robot",
  SOCRATA_PASSWORD: "s3cret",
  GITHUB_TOKEN: "ghs_token",
  GITHUB_API_URL: "",
};

describe("lifecycle distribute", () => {
  it("replaces the Socrata dataset through the publishing API, makes a GitHub release, runs a command", async () => {
    const result = await runCli(["distribute", "p", "--destination", "portal,gh,note"], {
      cwd: project.root,
      env: { ...env, GITHUB_API_URL: standIn.url },
    });
    expect(result.stdout).toContain("portal: replaced abcd-1234 on 127.0.0.1");
    expect(result.stdout).toContain("gh: release p-24v1 in acme/data with 1 asset");
    expect(result.stdout).toContain("note: command exited 0");
    expect(result.code).toBe(0);
    expect(standIn.rows).toEqual(["1,a", "2,b"]);
    const upload = standIn.seen.find((s) => s.url.includes("/assets?name="));
    expect(upload?.url).toBe("/uploads/repos/acme/data/releases/9/assets?name=p-main.tar.gz");
  });

  it("tries every destination, records which failed and why, and never leaks a credential", async () => {
    const result = await runCli(["distribute", "p", "--destination", "broken,note"], {
      cwd: project.root,
      env,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("broken: failed: command exited 4: no route");
    expect(result.stdout).toContain("note: command exited 0");
    const layout = new StoreLayout(project.store);
    const last = (await readEvents(layout)).filter((e) => e.asset === "p.distribute").at(-1);
    expect(last?.status).toBe("failed");
    expect(last?.error).toBe("broken: command exited 4: no route");
    expect(JSON.stringify(await readEvents(layout))).not.toContain("s3cret");
  });

  it("never runs from a pull request, and names unknown destinations and versions", async () => {
    const pr = await runCli(["distribute", "p"], {
      cwd: project.root,
      env: { ...env, GITHUB_EVENT_NAME: "pull_request" },
    });
    expect(pr.code).toBe(2);
    expect(pr.stderr).toContain("distribution never runs from a pull request");
    const unknown = await runCli(["distribute", "p", "--destination", "nowhere"], {
      cwd: project.root,
      env,
    });
    expect(unknown.stderr).toContain(
      'unknown destination "nowhere"; declared: portal, gh, note, broken',
    );
    const version = await runCli(["distribute", "p", "--version", "9"], { cwd: project.root, env });
    expect(version.stderr).toContain("p 9 is not published; published: 24v1");
  });
});
