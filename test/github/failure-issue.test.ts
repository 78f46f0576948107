import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportToIssue } from "../../src/github/failure-issue.js";
import { startFakeIssuesApi, type FakeIssuesApi } from "../support/fake-github-issues.js";

let fake: FakeIssuesApi;
let api: string;
let issues: FakeIssuesApi["issues"];
beforeAll(async () => {
  fake = await startFakeIssuesApi("acme/data", "t0ken");
  ({ api, issues } = fake);
});
afterAll(() => fake.close());

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
