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

function checkDuplicates(
  items: readonly { id: string }[],
  path: PathSegments,
  what: string,
  issues: PathIssue[],
  seen = new Map<string, string>(),
): void {
  items.forEach((item, index) => {
    const where = [...path, index];
    const earlier = seen.get(item.id);
    if (earlier !== undefined) {
      issues.push({
        path: [...where, "id"],
        code: "duplicate-id",
        message: `duplicate ${what} id "${item.id}" (already used at ${earlier})`,
        fix: `give this ${what} a unique id, e.g. "${item.id}-2"`,
      });
    } else {
      seen.set(item.id, formatPath(where));
    }
  });
}

function reference(
  known: Set<string>,
  id: string | undefined,
  path: PathSegments,
  what: string,
  issues: PathIssue[],
): void {
  if (id === undefined || known.has(id)) return;
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
  path: PathSegments,
  issues: PathIssue[],
): void {
  if (owner === undefined) return;
  if (typeof owner === "string") reference(scope.people, owner, path, "person", issues);
  else
    owner.forEach((id, i) => {
      reference(scope.people, id, [...path, i], "person", issues);
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
  const keyResultIds = new Map<string, string>();
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
    reference(scope.people, team.lead, ["teams", t, "lead"], "person", issues);
    reference(scope.teams, team.parent, ["teams", t, "parent"], "team", issues);
  });

  kpis.forEach((kpi, k) => {
    const at = ["kpis", k] as const;
    owners(scope, kpi.owner, [...at, "owner"], issues);
    reference(scope.teams, kpi.team, [...at, "team"], "team", issues);
    reference(scope.kpis, kpi.parent, [...at, "parent"], "KPI", issues);
    kpi.leading?.forEach((link, l) => {
      reference(scope.kpis, link.kpi, [...at, "leading", l, "kpi"], "KPI", issues);
    });
    kpi.guardrails?.forEach((id, g) => {
      reference(scope.kpis, id, [...at, "guardrails", g], "KPI", issues);
    });
    kpi.measurements?.forEach((m, i) => {
      reference(scope.people, m.by, [...at, "measurements", i, "by"], "person", issues);
    });
  });

  objectives.forEach((objective, o) => {
    const at = ["objectives", o] as const;
    owners(scope, objective.owner, [...at, "owner"], issues);
    reference(scope.teams, objective.team, [...at, "team"], "team", issues);
    reference(scope.objectives, objective.parent, [...at, "parent"], "objective", issues);
    if (objective.parent === objective.id) {
      issues.push({
        path: [...at, "parent"],
        code: "bad-value",
        message: "an objective cannot be its own parent",
        fix: "align it to a company or function objective, or remove parent",
      });
    }
    if (objective.cycle !== undefined && parseCycle(objective.cycle, doc.cycles) === null) {
      issues.push({
        path: [...at, "cycle"],
        code: "bad-value",
        message: `"${objective.cycle}" is not a cycle`,
        fix: "write a quarter (2026-Q3), a half (2026-H2), a year (2026), or declare it under cycles",
      });
    }
    objective.leadingIndicators?.forEach((id, i) => {
      reference(scope.kpis, id, [...at, "leadingIndicators", i], "KPI", issues);
    });
    const ownMetrics = new Set([...(objective.keyResults ?? []).map((kr) => kr.id), ...scope.kpis]);
    objective.killCriteria?.forEach((criterion, c) => {
      const where = [...at, "killCriteria", c];
      reference(
        ownMetrics,
        criterion.metric,
        [...where, "metric"],
        "key result of this objective or KPI",
        issues,
      );
      reference(
        scope.people,
        criterion.decision?.by,
        [...where, "decision", "by"],
        "person",
        issues,
      );
    });
    objective.keyResults?.forEach((kr, r) => {
      const where = [...at, "keyResults", r];
      reference(scope.kpis, kr.kpi, [...where, "kpi"], "KPI", issues);
      owners(scope, kr.owner, [...where, "owner"], issues);
      kr.checkins?.forEach((checkin, c) => {
        reference(scope.people, checkin.by, [...where, "checkins", c, "by"], "person", issues);
      });
      // Reading the title is the costly part of validation: only needed when there is something to contradict.
      const stated = kr.from === undefined && kr.to === undefined ? {} : extractFromTo(kr.title);
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
