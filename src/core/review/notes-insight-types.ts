export type NoteLinkKind = "kpi" | "objective" | "key-result";

export interface NoteItem {
  text: string;
  links: { kind: NoteLinkKind; id: string }[];
}

/** Free-form review notes structured the way the weekly review reads. */
export interface NotesInsight {
  engine: "offline" | "llm";
  whatChanged: NoteItem[];
  whyItMatters: NoteItem[];
  whatToTestNext: NoteItem[];
  /** Sentences that fit none of the three (greetings, logistics). */
  other: NoteItem[];
  /** Every goal the notes mention, with how often. */
  links: { kind: NoteLinkKind; id: string; name: string; mentions: number }[];
}
