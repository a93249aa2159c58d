import type { NoteItem, NotesInsight } from "../../core/review/notes-insight-types.js";
import { UsageError } from "../exit-codes.js";
import { readText } from "../read-okapi-file.js";

/** The notes from a file, or from standard input when the path is `-`. */
export async function readNotes(path: string): Promise<string> {
  let text: string;
  if (path === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    text = Buffer.concat(chunks).toString("utf8");
  } else text = readText(path);
  if (!text.trim())
    throw new UsageError(`${path === "-" ? "standard input" : path} holds no notes`);
  return text;
}

function section(title: string, items: readonly NoteItem[]): string[] {
  if (items.length === 0) return [];
  return [
    `## ${title}`,
    "",
    ...items.map(
      (item) =>
        `- ${item.text}${item.links.length ? ` (${item.links.map((l) => l.id).join(", ")})` : ""}`,
    ),
    "",
  ];
}

/** The structured notes as Markdown, with the goals each statement mentions. */
export function renderNotesText(insight: NotesInsight): string {
  const lines = [
    ...section("What changed", insight.whatChanged),
    ...section("Why it matters", insight.whyItMatters),
    ...section("What to test next", insight.whatToTestNext),
    ...section("Other notes", insight.other),
  ];
  if (insight.links.length)
    lines.push(
      "## Mentioned",
      "",
      ...insight.links.map((l) => `- ${l.kind} ${l.id}: ${l.name} (${l.mentions}×)`),
      "",
    );
  return `${lines.join("\n")}\n`;
}
