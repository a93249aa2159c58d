import MiniSearch from "minisearch";
import type { OkapiDocument } from "../model/okapi-file.js";
import { processTerm } from "../reasoning/build-metric-index.js";
import { NOTE_LINK_MIN_NAME_SHARE } from "../thresholds/review.js";
import type { NoteItem, NoteLinkKind } from "./notes-insight-types.js";

interface Goal {
  key: string;
  kind: NoteLinkKind;
  id: string;
  name: string;
}

// Words that appear in many metric names and say little alone; stemmed like the index.
const GENERIC_WORDS = new Set(
  "net gross total average mean median rate ratio time times week weekly month monthly quarter daily day days new first last number count score percent share level cost value"
    .split(" ")
    .flatMap((w) => processTerm(w) ?? []),
);

export interface MentionLinker {
  link(text: string): NoteItem["links"];
  nameOf(kind: NoteLinkKind, id: string): string;
}

const words = (text: string): string[] =>
  text.split(/[^\p{L}\p{N}%]+/u).flatMap((w) => {
    const term = processTerm(w);
    return term ? [term] : [];
  });

/**
 * Finds the KPIs, objectives and key results a sentence mentions: by id (`nrr`, `activation-w2`)
 * or by name, with the same BM25 index and stemming as the decision engine; a name counts as
 * mentioned when enough of its words appear (so "activation fell" reaches "Week-2 activation").
 */
export function buildMentionLinker(document: OkapiDocument): MentionLinker {
  const goals: Goal[] = [
    ...(document.kpis ?? []).map((k) => ({ kind: "kpi" as const, id: k.id, name: k.name })),
    ...(document.objectives ?? []).flatMap((o) => [
      { kind: "objective" as const, id: o.id, name: o.title },
      ...(o.keyResults ?? []).map((kr) => ({
        kind: "key-result" as const,
        id: kr.id,
        name: kr.title,
      })),
    ]),
  ].map((goal) => ({ ...goal, key: `${goal.kind}:${goal.id}` }));
  const byKey = new Map(goals.map((g) => [g.key, g]));
  const nameTerms = new Map(goals.map((g) => [g.key, new Set(words(g.name))]));
  const index = new MiniSearch<Goal>({
    idField: "key",
    fields: ["name"],
    processTerm,
    searchOptions: { prefix: false, fuzzy: false, combineWith: "OR" },
  });
  index.addAll(goals);
  return {
    link(text) {
      const lower = text.toLowerCase();
      const found = new Map<string, Goal>();
      for (const goal of goals) {
        // An id is mentioned as written or with spaces for hyphens ("guided setup").
        const id = goal.id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replaceAll("-", "[- ]");
        const pattern = new RegExp(`(^|[^a-z0-9-])${id}($|[^a-z0-9-])`, "i");
        if (pattern.test(lower)) found.set(goal.key, goal);
      }
      const mentioned = new Set(words(text));
      const byName: { goal: Goal; hits: Set<string>; share: number }[] = [];
      for (const result of index.search(text)) {
        const terms = nameTerms.get(String(result.id)) ?? new Set<string>();
        const hits = new Set([...terms].filter((t) => mentioned.has(t)));
        const goal = byKey.get(String(result.id));
        const share = terms.size > 0 ? hits.size / terms.size : 0;
        // One generic word ("net", "rate", "week") is not a mention of a name by itself.
        const telling = hits.size > 1 || [...hits].some((t) => !GENERIC_WORDS.has(t));
        if (goal && share >= NOTE_LINK_MIN_NAME_SHARE && telling)
          byName.push({ goal, hits, share });
      }
      // "Net revenue retention" in full is not also a mention of "Net burn": a name whose
      // matched words all belong to a better-matched name is dropped.
      for (const candidate of byName) {
        const outdone = byName.some(
          (other) =>
            other !== candidate &&
            other.share > candidate.share &&
            [...candidate.hits].every((t) => other.hits.has(t)),
        );
        if (!outdone) found.set(candidate.goal.key, candidate.goal);
      }
      return [...found.values()].map((g) => ({ kind: g.kind, id: g.id }));
    },
    nameOf(kind, id) {
      return byKey.get(`${kind}:${id}`)?.name ?? id;
    },
  };
}
