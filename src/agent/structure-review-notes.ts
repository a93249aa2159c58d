import type { OkapiDocument } from "../core/model/okapi-file.js";
import type { NotesInsight } from "../core/review/notes-insight-types.js";
import { structureNotes } from "../core/review/structure-notes.js";
import { structureNotesWithModel } from "../core/review/structure-notes-with-model.js";

/**
 * Notes to insight with the engine the environment configures: offline by default, the
 * OpenAI-compatible model of OKAPI_LLM_URL when set (loaded only then, as the decision engine does).
 */
export async function structureReviewNotes(
  text: string,
  document: OkapiDocument,
  env: Readonly<Record<string, string | undefined>>,
): Promise<NotesInsight> {
  if (!env.OKAPI_LLM_URL?.trim()) return structureNotes(text, document);
  const { readLlmConfig } = await import("../llm/read-llm-config.js");
  const config = readLlmConfig(env);
  if (!config) return structureNotes(text, document);
  const { createLlmModel } = await import("../llm/create-llm-model.js");
  return structureNotesWithModel(text, document, createLlmModel(config));
}
