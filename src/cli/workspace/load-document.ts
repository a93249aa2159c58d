import type { OkapiDocument } from "../../core/model/index.js";
import { UsageError } from "../exit-codes.js";
import { readOkapiFile } from "../read-okapi-file.js";

/**
 * The goals a read-only command works on: a file when one is named (teams that keep
 * goals in git), otherwise the workspace in the store.
 */
export async function loadDocument(file: string | undefined): Promise<OkapiDocument> {
  if (file !== undefined) return readOkapiFile(file);
  // Loaded only here: the store (PGlite, drivers) costs a file-only command a third of a second.
  const { withStore } = await import("../with-store.js");
  const document = await withStore((store) => store.exportDocument());
  if (!document)
    throw new UsageError(
      "the workspace is empty: run `okapi init --demo` or `okapi apply FILE` first, or name a file",
    );
  return document;
}
