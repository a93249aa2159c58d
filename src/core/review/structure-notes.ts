import type { OkapiDocument } from "../model/okapi-file.js";
import { buildMentionLinker, type MentionLinker } from "./link-note-mentions.js";
import type { NoteItem, NotesInsight } from "./notes-insight-types.js";

type Section = "whatChanged" | "whyItMatters" | "whatToTestNext" | "other";

// Word cues of each section, matched at word starts; a review note usually says one thing.
const CUES: Record<Exclude<Section, "other">, RegExp> = {
  whatChanged:
    /\b(up|down|rose|risen|fell|fallen|dropped|drop|increas|decreas|grew|grow|declin|jump|spik|dipp|moved|changed|improv|worsen|slipp|climb|recover|flat|stalled|went|from \d|to \d|\d+(\.\d+)?\s?(%|pts?|points))/gi,
  whyItMatters:
    /\b(because|matters?|means|impact|risk|affect|threat|cost|so that|which puts|puts|hurts?|drives?|driver|depends|blocks?|jeopard|customers? (will|would)|revenue|renewal)/gi,
  whatToTestNext:
    /\b(test|try|experiment|next|should|will|plan|let'?s|need to|investigat|check|hypothes|pilot|a\/b|propose|follow up|dig into|measure whether|ask)/gi,
};
const ORDER: Exclude<Section, "other">[] = ["whatToTestNext", "whyItMatters", "whatChanged"];

/** Splits notes into statements: bullet lines, then sentences. */
export function splitStatements(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*([-*•]|\d+[.)])\s+/, "").trim())
    .filter(Boolean)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z0-9"“])/))
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** The section a statement belongs to: the one with most cues; a tie goes to the later step. */
export function classifyStatement(statement: string): Section {
  let best: Section = "other";
  let bestCount = 0;
  for (const section of ORDER) {
    const count = statement.match(CUES[section])?.length ?? 0;
    if (count > bestCount) {
      best = section;
      bestCount = count;
    }
  }
  return best;
}

/** Builds the insight from statements already sorted into sections, linking each to goals. */
export function assembleInsight(
  sections: Record<Section, readonly string[]>,
  linker: MentionLinker,
  engine: NotesInsight["engine"],
): NotesInsight {
  const counts = new Map<
    string,
    { kind: NoteItem["links"][number]["kind"]; id: string; mentions: number }
  >();
  const toItems = (statements: readonly string[]): NoteItem[] =>
    statements.map((text) => {
      const links = linker.link(text);
      for (const link of links) {
        const key = `${link.kind}:${link.id}`;
        const known = counts.get(key) ?? { ...link, mentions: 0 };
        known.mentions += 1;
        counts.set(key, known);
      }
      return { text, links };
    });
  const insight = {
    engine,
    whatChanged: toItems(sections.whatChanged),
    whyItMatters: toItems(sections.whyItMatters),
    whatToTestNext: toItems(sections.whatToTestNext),
    other: toItems(sections.other),
  };
  return {
    ...insight,
    links: [...counts.values()]
      .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id))
      .map((l) => ({ ...l, name: linker.nameOf(l.kind, l.id) })),
  };
}

/**
 * Structures free-form review notes offline: each statement goes to what changed, why it
 * matters or what to test next by its word cues, linked to the KPIs and OKRs it names.
 * @example structureNotes("Activation fell to 33%. Test a setup checklist.", doc).whatToTestNext[0].text
 */
export function structureNotes(text: string, document: OkapiDocument): NotesInsight {
  const sections: Record<Section, string[]> = {
    whatChanged: [],
    whyItMatters: [],
    whatToTestNext: [],
    other: [],
  };
  for (const statement of splitStatements(text))
    sections[classifyStatement(statement)].push(statement);
  return assembleInsight(sections, buildMentionLinker(document), "offline");
}
