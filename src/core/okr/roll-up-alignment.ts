import type { Risk } from "./okr-types.js";

interface AlignmentChild {
  id: string;
  progress: number | null;
  risk: Risk;
  /** How many points of the parent's aligned progress this child supplies: progress / children. */
  contribution: number;
}

export interface Alignment {
  /** Mean progress of the children (a child without progress counts as 0). */
  progress: number;
  children: AlignmentChild[];
}

interface Aligned {
  id: string;
  parent: string | null;
  progress: number | null;
  risk: Risk;
}

/**
 * How each child objective moves its parent (company → team): every aligned child
 * carries an equal share, so a child at 40% with four siblings adds 10 points.
 */
export function rollUpAlignment(objectives: readonly Aligned[]): Map<string, Alignment> {
  const byParent = new Map<string, Aligned[]>();
  for (const objective of objectives) {
    if (objective.parent === null) continue;
    const siblings = byParent.get(objective.parent) ?? [];
    siblings.push(objective);
    byParent.set(objective.parent, siblings);
  }
  const result = new Map<string, Alignment>();
  for (const [parent, children] of byParent) {
    const rows = children.map((child) => ({
      id: child.id,
      progress: child.progress,
      risk: child.risk,
      contribution: (child.progress ?? 0) / children.length,
    }));
    const progress = rows.reduce((sum, row) => sum + row.contribution, 0);
    result.set(parent, { progress, children: rows });
  }
  return result;
}
