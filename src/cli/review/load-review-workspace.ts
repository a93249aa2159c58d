import type { OkapiDocument } from "../../core/model/okapi-file.js";
import type { SourceFailureInfo } from "../../core/review/build-weekly-review.js";
import { UsageError } from "../exit-codes.js";
import { readOkapiFile } from "../read-okapi-file.js";

export interface ReviewWorkspace {
  document: OkapiDocument;
  /** Failing data sources, by metric: only a store has sources. */
  sourceFailures: ReadonlyMap<string, SourceFailureInfo>;
}

/** The goals a review reads: a file when named, else the store with its failing sources. */
export async function loadReviewWorkspace(file: string | undefined): Promise<ReviewWorkspace> {
  if (file !== undefined) return { document: readOkapiFile(file), sourceFailures: new Map() };
  const { withStore } = await import("../with-store.js");
  const { readSourceFailures } = await import("../../store/agent/sources.js");
  const loaded = await withStore(async (store) => ({
    document: await store.exportDocument(),
    sourceFailures: await readSourceFailures(store.db),
  }));
  if (!loaded.document)
    throw new UsageError(
      "the workspace is empty: run `okapi init --demo` or `okapi apply FILE` first, or name a file",
    );
  return { document: loaded.document, sourceFailures: loaded.sourceFailures };
}
