export const id = 201;
export const ids = [201];
export const modules = {

/***/ 30201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  failureIssueCommand: () => (/* binding */ failureIssueCommand)
});

;// CONCATENATED MODULE: ./src/github/failure-issue.ts
async function reportToIssue(options) {
    const label = options.label ?? "lifecycle-failure";
    const call = requester(options);
    const open = (await call("GET", `/issues?state=open&labels=${encodeURIComponent(label)}&per_page=100`));
    const existing = open.find((i) => i.title === options.title && i.pull_request === undefined);
    if (!options.ok) {
        if (existing) {
            await call("POST", `/issues/${existing.number}/comments`, { body: options.body });
            return { action: "commented", number: existing.number };
        }
        const made = (await call("POST", "/issues", {
            title: options.title,
            body: options.body,
            labels: [label],
        }));
        return { action: "opened", number: made.number };
    }
    if (!existing)
        return { action: "none" };
    await call("POST", `/issues/${existing.number}/comments`, { body: options.body });
    await call("PATCH", `/issues/${existing.number}`, { state: "closed", state_reason: "completed" });
    return { action: "closed", number: existing.number };
}
function requester(options) {
    const base = `${options.api.replace(/\/$/, "")}/repos/${options.repository}`;
    return async (method, route, body) => {
        const response = await (options.fetch ?? fetch)(base + route, {
            method,
            signal: options.signal,
            redirect: "manual",
            headers: {
                Accept: "application/vnd.github+json",
                Authorization: `Bearer ${options.token}`,
                "X-GitHub-Api-Version": "2022-11-28",
                "User-Agent": "lifecycle",
                ...(body === undefined ? {} : { "Content-Type": "application/json" }),
            },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await response.text();
        if (!response.ok)
            throw new Error(`GitHub ${method} ${route.split("?")[0]}: HTTP ${response.status} ${text.slice(0, 200)}`);
        return text === "" ? {} : JSON.parse(text);
    };
}

;// CONCATENATED MODULE: ./src/action/commands/failure-issue.ts

/**
 * `failure-issue`: after a scheduled run, open (or comment on) one issue when it failed, and close
 * it when a later run succeeds. The job that runs it is the only one with `issues: write`.
 */
async function failureIssueCommand(context) {
    const { inputs, io } = context;
    const env = process.env;
    if (inputs.ok === undefined)
        return { ok: false, message: 'failure-issue needs the input "ok": the result of the run' };
    const repository = env.GITHUB_REPOSITORY ?? "";
    if (!/^[\w.-]+\/[\w.-]+$/.test(repository))
        return { ok: false, message: "failure-issue: GITHUB_REPOSITORY is not owner/name" };
    if (inputs["github-token"] === "")
        return { ok: false, message: 'failure-issue needs "github-token" (default: github.token)' };
    const workflow = env.GITHUB_WORKFLOW ?? "lifecycle";
    const run = runLink(env, repository);
    const result = await reportToIssue({
        api: env.GITHUB_API_URL ?? "https://api.github.com",
        token: inputs["github-token"],
        repository,
        ok: inputs.ok,
        title: inputs["issue-title"] || `${workflow} is failing`,
        label: inputs["issue-label"],
        body: inputs.ok
            ? `Run ${run} succeeded: closing.`
            : `Run ${run} of ${workflow} failed (${env.GITHUB_REF_NAME ?? "?"} at ${(env.GITHUB_SHA ?? "?").slice(0, 12)}). Its summary lists what failed.`,
        signal: context.signal,
    });
    io.setOutput("issue-action", result.action);
    io.setOutput("issue-number", result.number === undefined ? "" : String(result.number));
    io.info(result.action === "none"
        ? "no open failure issue to close"
        : `issue #${result.number ?? "?"} ${result.action}`);
    return { ok: true };
}
function runLink(env, repository) {
    const server = env.GITHUB_SERVER_URL ?? "https://github.com";
    const id = env.GITHUB_RUN_ID;
    return id && /^\d+$/.test(id) ? `[${id}](${server}/${repository}/actions/runs/${id})` : "(local)";
}


/***/ })

};

//# sourceMappingURL=201.index.js.map