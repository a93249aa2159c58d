import { z } from "zod";
import type { LabelledKeyResult } from "./evaluate-kinds.js";

const Kind = z.enum(["outcome", "task", "threshold", "unmeasurable"]);

/** The labelled corpus file (src/core/lint/fixtures/published/key-results.json). */
const PublishedKeyResults = z.object({
  sources: z
    .array(
      z.object({
        org: z.string().min(1),
        url: z.url(),
        note: z.string().optional(),
        items: z.array(z.tuple([z.string().min(1), Kind])).min(1),
      }),
    )
    .min(1),
});

/** Validates the corpus file and flattens it to one item per key result, each with its source. */
export function loadPublishedKeyResults(data: unknown): LabelledKeyResult[] {
  const corpus = PublishedKeyResults.parse(data);
  return corpus.sources.flatMap((source) =>
    source.items.map(([text, label]) => ({ org: source.org, url: source.url, text, label })),
  );
}
