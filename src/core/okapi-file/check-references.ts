import { extractFromTo } from "../language/extract-from-to.js";
import { parseCycle } from "../model/cycle.js";
import type { OkapiDocument } from "../model/okapi-file.js";
import type { OwnerRef } from "../model/primitives.js";
import type { PathIssue } from "./describe-issue.js";
import { didYouMean } from "./did-you-mean.js";
import { formatPath, type PathSegments } from "./file-error.js";

interface Scope {
  people: Set<string>;
  teams: Set<string>;
  kpis: Set<string>;
  objectives: Set<string>;
}

// A file with 10,000 objectives makes hundreds of thousands of these checks: paths are
// built only for the few that fail.

interface Seen {
  list: PathSegments;
  index: number;
}

function checkDuplicates(
  items: readonly { id: string }[],
  path: PathSegments,
  what: string,
  issues: PathIssue[],
  seen = new Map<string, Seen>(),
): void {
  items.forEach(({ id }, index) => {
    const earlier = seen.get(id);
    if (earlier === undefined) {
      seen.set(id, { list: path, index });
      return;
    }
    issues.push({
      path: [...path, index, "id"],
      code: "duplicate-id",
      message: `duplicate ${what} id "${id}" (already used at ${formatPath([...earlier.list, earlier.index])})`,
      fix: `give this ${what} a unique id, e.g. "${id}-2"`,
    });
  });
}

function reference(
  issues: PathIssue[],
  known: ReadonlySet<string>,
  id: string | undefined,
  what: string,
  at: PathSegments,
  ...tail: (string | number)[]
): void {
  if (id === undefined || known.has(id)) return;
  report(known, id, [...at, ...tail], what, issues);
}

function report(
  known: ReadonlySet<string>,
  id: string,
  path: PathSegments,
  what: string,
  issues: PathIssue[],
): void {
  const guess = didYouMean(id, [...known]);
  issues.push({
    path,
    code: "dangling-reference",
    message: `"${id}" is not a ${what} in this file`,
    fix: guess
      ? `did you mean "${guess}"?`
      : known.size > 0
        ? `use one of the ${what} ids (${[...known].slice(0, 8).join(", ")}) or add "${id}" to the ${what} list`
        : `add a ${what} with id "${id}"`,
  });
}

function owners(
  scope: Scope,
  owner: OwnerRef | undefined,
  at: PathSegments,
  issues: PathIssue[],
): void {
  if (owner === undefined) return;
  if (typeof owner === "string") reference(issues, scope.people, owner, "person", at, "owner");
  else
    owner.forEach((id, i) => {
      reference(issues, scope.people, id, "person", at, "owner", i);
    });
}

/** Duplicate ids, dangling references and title contradictions in a schema-valid document. */
export function checkReferences(doc: OkapiDocument): PathIssue[] {
  const issues: PathIssue[] = [];
  const people = doc.people ?? [];
  const teams = doc.teams ?? [];
  const kpis = doc.kpis ?? [];
  const objectives = doc.objectives ?? [];
  checkDuplicates(people, ["people"], "person", issues);
  checkDuplicates(teams, ["teams"], "team", issues);
  checkDuplicates(doc.cycles ?? [], ["cycles"], "cycle", issues);
  checkDuplicates(kpis, ["kpis"], "KPI", issues);
  checkDuplicates(objectives, ["objectives"], "objective", issues);
  const keyResultIds = new Map<string, Seen>();
  objectives.forEach((objective, o) => {
    checkDuplicates(
      objective.keyResults ?? [],
      ["objectives", o, "keyResults"],
      "key result",
      issues,
      keyResultIds,
    );
  });

  const scope: Scope = {
    people: new Set(people.map((p) => p.id)),
    teams: new Set(teams.map((t) => t.id)),
    kpis: new Set(kpis.map((k) => k.id)),
    objectives: new Set(objectives.map((o) => o.id)),
  };

  teams.forEach((team, t) => {
    reference(issues, scope.people, team.lead, "person", ["teams", t, "lead"]);
    reference(issues, scope.teams, team.parent, "team", ["teams", t, "parent"]);
  });

  kpis.forEach((kpi, k) => {
    const at = ["kpis", k] as const;
    owners(scope, kpi.owner, at, issues);
    reference(issues, scope.teams, kpi.team, "team", at, "team");
    reference(issues, scope.kpis, kpi.parent, "KPI", at, "parent");
    kpi.leading?.forEach((link, l) => {
      reference(issues, scope.kpis, link.kpi, "KPI", at, "leading", l, "kpi");
    });
    kpi.guardrails?.forEach((id, g) => {
      reference(issues, scope.kpis, id, "KPI", at, "guardrails", g);
    });
    kpi.measurements?.forEach((m, i) => {
      reference(issues, scope.people, m.by, "person", at, "measurements", i, "by");
    });
  });

  const cycles = new Map<string, boolean>();
  const isCycle = (ref: string): boolean => {
    let known = cycles.get(ref);
    if (known === undefined) {
      known = parseCycle(ref, doc.cycles) !== null;
      cycles.set(ref, known);
    }
    return known;
  };
  objectives.forEach((objective, o) => {
    const at = ["objectives", o] as const;
    owners(scope, objective.owner, at, issues);
    reference(issues, scope.teams, objective.team, "team", at, "team");
    reference(issues, scope.objectives, objective.parent, "objective", at, "parent");
    if (objective.parent === objective.id) {
      issues.push({
        path: [...at, "parent"],
        code: "bad-value",
        message: "an objective cannot be its own parent",
        fix: "align it to a company or function objective, or remove parent",
      });
    }
    if (objective.cycle !== undefined && !isCycle(objective.cycle)) {
      issues.push({
        path: [...at, "cycle"],
        code: "bad-value",
        message: `"${objective.cycle}" is not a cycle`,
        fix: "write a quarter (2026-Q3), a half (2026-H2), a year (2026), or declare it under cycles",
      });
    }
    objective.leadingIndicators?.forEach((id, i) => {
      reference(issues, scope.kpis, id, "KPI", at, "leadingIndicators", i);
    });
    objective.killCriteria?.forEach((criterion, c) => {
      const where = ["objectives", o, "killCriteria", c];
      const { metric } = criterion;
      const own = objective.keyResults ?? [];
      if (metric !== undefined && !scope.kpis.has(metric) && !own.some((kr) => kr.id === metric)) {
        const known = new Set([...own.map((kr) => kr.id), ...scope.kpis]);
        report(known, metric, [...where, "metric"], "key result of this objective or KPI", issues);
      }
      reference(issues, scope.people, criterion.decision?.by, "person", where, "decision", "by");
    });
    objective.keyResults?.forEach((kr, r) => {
      const where = ["objectives", o, "keyResults", r];
      reference(issues, scope.kpis, kr.kpi, "KPI", where, "kpi");
      owners(scope, kr.owner, where, issues);
      kr.checkins?.forEach((checkin, c) => {
        reference(issues, scope.people, checkin.by, "person", where, "checkins", c, "by");
      });
      // Reading the title is the costly part of validation: only needed when there is something to contradict.
      if (kr.from === undefined && kr.to === undefined) return;
      const stated = extractFromTo(kr.title);
      for (const side of ["from", "to"] as const) {
        const declared = kr[side];
        const inTitle = stated[side];
        if (declared !== undefined && inTitle !== undefined && declared !== inTitle) {
          issues.push({
            path: [...where, side],
            code: "contradiction",
            message: `${side}: ${declared} contradicts the title, which says ${side} ${inTitle}`,
            fix: `make them agree: set ${side}: ${inTitle} or reword the title`,
          });
        }
      }
    });
  });
  return issues;
}
