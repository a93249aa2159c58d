import type { Objective, ObjectiveStatus, Risk } from "../../api/types";

export interface TreeNode {
  status: ObjectiveStatus;
  children: TreeNode[];
}

export interface TreeFilter {
  team: string;
  owner: string;
  risk: Risk | "";
}

const owners = (o: Objective | undefined) => (o?.owner === undefined ? [] : [o.owner].flat());

/**
 * Company → team objectives by alignment (parent). A node stays when it matches the filter
 * or one of its descendants does, so an aligned child never loses its context.
 */
export function buildTree(
  objectives: ObjectiveStatus[],
  definitions: Map<string, Objective>,
  filter: TreeFilter,
): TreeNode[] {
  const ids = new Set(objectives.map((o) => o.id));
  const byParent = new Map<string | null, ObjectiveStatus[]>();
  for (const o of objectives) {
    const parent = o.parent && ids.has(o.parent) ? o.parent : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), o]);
  }
  const matches = (o: ObjectiveStatus) =>
    (!filter.team || o.team === filter.team) &&
    (!filter.owner || owners(definitions.get(o.id)).includes(filter.owner)) &&
    (!filter.risk || o.risk === filter.risk);
  const grow = (parent: string | null, seen: Set<string>): TreeNode[] =>
    (byParent.get(parent) ?? []).flatMap((status) => {
      if (seen.has(status.id)) return [];
      const children = grow(status.id, new Set([...seen, status.id]));
      return matches(status) || children.length > 0 ? [{ status, children }] : [];
    });
  return grow(null, new Set());
}
