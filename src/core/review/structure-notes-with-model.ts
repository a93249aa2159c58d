import { z } from "zod";
import type { OkapiDocument } from "../model/okapi-file.js";
import type { ReasoningModel } from "../reasoning/reasoning-model.js";
import { buildMentionLinker } from "./link-note-mentions.js";
import type { NotesInsight } from "./notes-insight-types.js";
import { assembleInsight, structureNotes } from "./structure-notes.js";

const NotesAnswer = z.strictObject({
  whatChanged: z.array(z.string().min(1)),
  whyItMatters: z.array(z.string().min(1)),
  whatToTestNext: z.array(z.string().min(1)),
});

const SYSTEM =
  "You are Okapi's review assistant. Sort the team's review notes into what changed, why it matters and what to test next. Keep the notes' own words, one statement per item; do not invent numbers. Answer with JSON matching the schema, nothing else.";

/**
 * Notes to insight with a language model deciding the sections (as the decision engine does);
 * goals are still linked offline. Falls back to the offline structure when the answer is unusable.
 */
export async function structureNotesWithModel(
  text: string,
  document: OkapiDocument,
  model: ReasoningModel,
): Promise<NotesInsight> {
  try {
    const answer = await model.ask({
      step: "notes-to-insight",
      system: SYSTEM,
      prompt: `Review notes:\n${text}`,
      schema: z.toJSONSchema(NotesAnswer) as Record<string, unknown>,
    });
    const parsed = NotesAnswer.safeParse(answer);
    if (parsed.success)
      return assembleInsight({ ...parsed.data, other: [] }, buildMentionLinker(document), "llm");
  } catch {
    // The model is optional: any failure falls back to the offline engine below.
  }
  return structureNotes(text, document);
}
