/**
 * A team-private KPI or objective is seen only by its team's members (and admins), so it needs
 * a team. Returns the refusal for an item that breaks the rule, on any path that writes one.
 */
export function privateWithoutTeam(
  item: { private: boolean; team?: string | undefined },
  what: "KPI" | "objective",
): { path: "/team"; detail: string } | undefined {
  if (!item.private || item.team) return undefined;
  return {
    path: "/team",
    detail: `a private ${what} needs a team, whose members can see it: set team, or keep private false`,
  };
}
