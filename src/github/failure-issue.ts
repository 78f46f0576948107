/**
 * One GitHub issue per failing scheduled workflow: opened (or commented on) when a run fails, closed
 * when the next run succeeds. Through the REST API with the run's token (`issues: write` on that
 * job only); found again by its label and title, so reruns never open a second one.
 */
export interface FailureIssueOptions {
  /** `https://api.github.com` or `GITHUB_API_URL`. */
  api: string;
  token: string;
  /** owner/name */
  repository: string;
  ok: boolean;
  title: string;
  /** What failed (a failure) or which run fixed it (a success); markdown. */
  body: string;
  label?: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

export type FailureIssueAction = "opened" | "commented" | "closed" | "none";

interface Issue {
  number: number;
  title: string;
  pull_request?: unknown;
}

export async function reportToIssue(
  options: FailureIssueOptions,
): Promise<{ action: FailureIssueAction; number?: number }> {
  const label = options.label ?? "lifecycle-failure";
  const call = requester(options);
  const open = (await call(
    "GET",
    `/issues?state=open&labels=${encodeURIComponent(label)}&per_page=100`,
  )) as Issue[];
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
    })) as Issue;
    return { action: "opened", number: made.number };
  }
  if (!existing) return { action: "none" };
  await call("POST", `/issues/${existing.number}/comments`, { body: options.body });
  await call("PATCH", `/issues/${existing.number}`, { state: "closed", state_reason: "completed" });
  return { action: "closed", number: existing.number };
}

function requester(options: FailureIssueOptions) {
  const base = `${options.api.replace(/\/$/, "")}/repos/${options.repository}`;
  return async (method: string, route: string, body?: unknown): Promise<unknown> => {
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
      throw new Error(
        `GitHub ${method} ${route.split("?")[0]}: HTTP ${response.status} ${text.slice(0, 200)}`,
      );
    return text === "" ? {} : (JSON.parse(text) as unknown);
  };
}
