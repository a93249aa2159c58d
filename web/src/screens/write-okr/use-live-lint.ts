import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { api, unwrap } from "../../api/client";
import { cyclesQuery, objectivesQuery, peopleQuery, teamsQuery } from "../../api/queries";
import type { NewObjective } from "./objective-draft";

/** Waits until typing pauses: the linter runs on the last value, not on every keystroke. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const kpisQuery = {
  queryKey: ["kpis"],
  queryFn: () => unwrap(api.GET("/api/v1/kpis", { params: { query: { limit: 500 } } })),
};

type Listed = Record<string, unknown>;
/** Drops what the API adds to a stored item (visibility, computed risk) so the file schema accepts it. */
const asFileItem = ({
  private: _p,
  risk: _r,
  decisionRequired: _d,
  tripwires: _t,
  ...rest
}: Listed) => rest;

/**
 * The workspace around a new objective, as the linter needs it: people, teams, cycles and KPIs
 * (so owners and KPI links resolve), and the other objectives of its cycle (so limits per team,
 * alignment and double counting are checked).
 */
export function useLintContext(cycle: string) {
  const results = useQueries({
    queries: [peopleQuery(), teamsQuery(), cyclesQuery(), kpisQuery, objectivesQuery()],
  });
  const [people, teams, cycles, kpis, objectives] = results;
  const error = results.find((r) => r.error)?.error;
  if (!people.data || !teams.data || !cycles.data || !kpis.data || !objectives.data)
    return { error, context: undefined };
  const sameCycle = cycle ? objectives.data.items.filter((o) => o.cycle === cycle) : [];
  return {
    error,
    context: {
      people: people.data.items,
      teams: teams.data.items,
      cycles: cycles.data.items,
      kpis: kpis.data.items.map((k) => {
        const { measurements: _m, ...kpi } = asFileItem(k);
        return kpi;
      }),
      objectives: sameCycle.map(asFileItem),
      all: objectives.data.items,
    },
  };
}

export type LintContext = NonNullable<ReturnType<typeof useLintContext>["context"]>;

/** The okapi document the new objective is linted in; it comes last, at `index`. */
export function lintDocument(context: LintContext, objective: NewObjective) {
  const others = context.objectives.filter((o) => o.id !== objective.id);
  return {
    index: others.length,
    document: {
      version: 1,
      organization: "Workspace",
      people: context.people,
      teams: context.teams,
      cycles: context.cycles,
      kpis: context.kpis,
      objectives: [...others, objective],
    },
  };
}

/**
 * Lints as the person types (debounced), keeping the last findings on screen while the next
 * answer is on its way. `body` is what POST /api/v1/lint takes: a document or a YAML source.
 */
export function useLiveLint(
  body: { document: Record<string, unknown> } | { source: string } | undefined,
) {
  const key = useDebounced(body === undefined ? undefined : JSON.stringify(body), 300);
  return useQuery({
    queryKey: ["lint", key],
    enabled: key !== undefined,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: () => unwrap(api.POST("/api/v1/lint", { body: JSON.parse(key as string) })),
  });
}
