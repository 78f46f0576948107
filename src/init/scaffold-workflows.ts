import { LIFECYCLE_REPOSITORY, LIFECYCLE_TAG } from "../core/release.js";

/**
 * The caller workflows `lifecycle init` writes: each calls one of lifecycle's reusable workflows
 * at the release this lifecycle is (`@v<version>`), grants only what that workflow needs, and
 * passes the object-store secrets by name (never `secrets: inherit`). User input reaches the
 * reusable workflows as `with:` values only, never a `run:` line.
 */
function uses(workflow: string): string {
  return `${LIFECYCLE_REPOSITORY}/.github/workflows/${workflow}@${LIFECYCLE_TAG}`;
}

const STORE_SECRETS = `    secrets:
      AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
      AWS_SESSION_TOKEN: \${{ secrets.AWS_SESSION_TOKEN }}
`;

const STORE_NOTE = `      # Keep the store in an object store instead of artifacts and the cache (docs/adopting.md):
      # store: s3://my-bucket/lifecycle
      # aws-region: us-east-1
`;

const DISPATCH = `# Build products by hand: Actions -> lifecycle -> Run workflow (discover, plan, load, build,
# package). Upgrade lifecycle by changing the tag below (Dependabot can do it).
name: lifecycle

on:
  workflow_dispatch:
    inputs:
      partition:
        description: "Partition key or expression, e.g. main or nightly_qa (empty: each product's default)"
        type: string
        default: ""
      select:
        description: "Selection: *, product ids, tag:x, group:x, +x, x+ (comma-separated)"
        type: string
        default: "*"
      force:
        description: "Rebuild even when nothing changed"
        type: boolean
        default: false

permissions:
  contents: read

jobs:
  lifecycle:
    permissions:
      contents: read
      actions: read
    uses: ${uses("lifecycle.yml")}
    with:
      partition: \${{ inputs.partition }}
      select: \${{ inputs.select }}
      force: \${{ inputs.force }}
${STORE_NOTE}${STORE_SECRETS}`;

const NIGHTLY = `# Every night: the nightly_qa partition of every product.
name: nightly

on:
  schedule:
    - cron: "17 5 * * *"
  workflow_dispatch: {}

permissions:
  contents: read

jobs:
  nightly:
    permissions:
      contents: read
      actions: read
    uses: ${uses("nightly.yml")}
    with:
      select: "*"
${STORE_NOTE}${STORE_SECRETS}`;

const PR_CHECKS = `# Pull requests that change products or ingest templates: validate and list what they affect.
# \`pull_request\` (never pull_request_target): a fork's code runs with no secrets.
name: pr-checks

on:
  pull_request:
    paths:
      - "products/**"
      - "ingest_templates/**"
      - "lifecycle.yml"

permissions:
  contents: read

concurrency:
  group: pr-checks-\${{ github.event.pull_request.number }}
  cancel-in-progress: true

jobs:
  checks:
    permissions:
      contents: read
    uses: ${uses("pr-checks.yml")}
`;

const INGEST = `# Ingest datasets by hand: Actions -> ingest -> Run workflow. Dispatch only, never a pull
# request: only this workflow sees the object-store secrets.
name: ingest

on:
  workflow_dispatch:
    inputs:
      templates:
        description: "Ingest template ids, comma-separated, or * for all"
        type: string
        default: "*"
      version:
        description: "Dataset version to ingest, e.g. 2025-01-15"
        type: string
        required: true

permissions:
  contents: read

jobs:
  ingest:
    permissions:
      contents: read
    uses: ${uses("ingest.yml")}
    with:
      templates: \${{ inputs.templates }}
      version: \${{ inputs.version }}
${STORE_NOTE}${STORE_SECRETS}`;

export const WORKFLOW_FILES: Record<string, string> = {
  ".github/workflows/lifecycle.yml": DISPATCH,
  ".github/workflows/nightly.yml": NIGHTLY,
  ".github/workflows/pr-checks.yml": PR_CHECKS,
  ".github/workflows/ingest.yml": INGEST,
};
