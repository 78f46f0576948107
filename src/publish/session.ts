import type { EventRecord } from "../store/events.js";
import { StoreLayout } from "../store/layout.js";
import type { Store } from "../store/store.js";
import {
  draftUnit,
  latestUnit,
  moveLatest,
  promoteToDraft,
  publishedUnit,
  publishRelease,
} from "./publish.js";

/** One publishing step, as the CLI and the action both ask for it. */
export type PublishRequest =
  | { kind: "draft"; product: string; partition: string; summary?: string | undefined }
  | {
      kind: "release";
      product: string;
      version: string;
      fromDraft?: string | undefined;
      patch: boolean;
      latest: boolean;
    }
  | { kind: "latest"; product: string; version: string; allowOlder: boolean };

export interface PublishOutcome {
  /** The unit written: the draft revision, or the published version. */
  unit: string;
  /** The product version drafted or published. */
  version: string;
  revision?: string;
  message: string;
  record: EventRecord;
}

/**
 * The units a request reads, for an object store to materialise (and nothing else): the package
 * for a draft; the version's drafts and `latest` for a release; the version and `latest` to move it.
 */
export function unitsRead(request: PublishRequest): (unit: string) => boolean {
  const latest = latestUnit(request.product);
  if (request.kind === "draft") {
    const names = new StoreLayout("");
    const rel = names.stageDir(request.product, request.partition, "package");
    return (unit) => unit === rel;
  }
  if (request.kind === "release") {
    const drafts = `${draftUnit(request.product, request.version)}/`;
    return (unit) => unit === latest || unit.startsWith(drafts);
  }
  const version = publishedUnit(request.product, request.version);
  return (unit) => unit === latest || unit === version;
}

/** Run the request against the store (opened with `unitsRead`) and record it in the store's events. */
export async function runPublish(
  store: Store,
  runId: string,
  request: PublishRequest,
): Promise<PublishOutcome> {
  const started = new Date();
  const outcome = await perform(store, runId, request);
  const record = eventRecord(runId, started, outcome);
  await store.events.append([record]);
  return { ...outcome, record };
}

type Performed = Omit<PublishOutcome, "record"> & {
  asset: string;
  partition: string;
  metadata: Record<string, unknown>;
};

async function perform(store: Store, runId: string, request: PublishRequest): Promise<Performed> {
  const target = { store, runId };
  const { product } = request;
  if (request.kind === "draft") {
    const made = await promoteToDraft(target, request);
    return {
      unit: draftUnit(product, made.version, made.revision),
      version: made.version,
      revision: made.revision,
      asset: `${product}.draft`,
      partition: made.version,
      message: `${product}: ${request.partition} is draft ${made.version}/${made.revision}`,
      metadata: { ...made },
    };
  }
  if (request.kind === "release") {
    const made = await publishRelease(target, request);
    const latest = request.latest ? ", now latest" : "";
    return {
      unit: publishedUnit(product, made.version),
      version: made.version,
      revision: made.draft.revision,
      asset: `${product}.release`,
      partition: made.version,
      message: `${product}: published ${made.version} from draft ${made.draft.version}/${made.draft.revision}${latest}`,
      metadata: { ...made, latest: request.latest },
    };
  }
  const made = await moveLatest(target, request);
  return {
    unit: publishedUnit(product, made.version),
    version: made.version,
    asset: `${product}.release`,
    partition: "latest",
    message: `${product}: latest is ${made.version}`,
    metadata: { product, version: made.version, latest: true },
  };
}

function eventRecord(runId: string, started: Date, outcome: Performed): EventRecord {
  const end = new Date();
  return {
    asset: outcome.asset,
    partition: outcome.partition,
    status: "success",
    start: started.toISOString(),
    end: end.toISOString(),
    durationMs: end.getTime() - started.getTime(),
    runId,
    fingerprint: "",
    metadata: outcome.metadata,
  };
}
