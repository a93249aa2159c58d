import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { cyclesQuery, objectivesQuery, okrStatusQuery, teamsQuery } from "../api/queries";
import { Card } from "../components/card";
import { ObjectiveProgress } from "../components/objective-progress";
import { Page } from "../components/page";
import { PersonSelect } from "../components/person-select";
import { ReasonText } from "../components/reason-text";
import { SelectField } from "../components/select-field";
import { Empty, ErrorState, Loading } from "../components/states";
import { formatPercent } from "../lib/format";
import { buildTree, type TreeFilter, type TreeNode } from "./okr/build-tree";

function Branch({ nodes }: { nodes: TreeNode[] }) {
  return (
    <ul className="okr-tree">
      {nodes.map(({ status, children }) => (
        <li key={status.id} data-testid={`tree-${status.id}`}>
          <div className="okr-node">
            <Link href={`/objectives/${status.id}`}>{status.title}</Link>
            <ObjectiveProgress status={status} />
            {status.reasons[0] ? (
              <p className="muted" data-testid="lead-reason">
                <ReasonText reason={status.reasons[0]} />
              </p>
            ) : null}
            {status.alignment ? (
              <p className="muted">
                Aligned objectives: {formatPercent(status.alignment.progress)} on average across{" "}
                {status.alignment.children.length}
              </p>
            ) : null}
          </div>
          {children.length > 0 ? <Branch nodes={children} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** Company objectives with the team objectives aligned under them; filter by team, owner, cycle, risk. */
export default function OkrTree() {
  const [cycle, setCycle] = useState("");
  const [filter, setFilter] = useState<TreeFilter>({ team: "", owner: "", risk: "" });
  const okr = useQuery(okrStatusQuery({ cycle: cycle || undefined }));
  const objectives = useQuery(objectivesQuery());
  const teams = useQuery(teamsQuery());
  const cycles = useQuery(cyclesQuery());
  const set = (patch: Partial<TreeFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const filters = (
    <div className="row filters">
      <SelectField
        label="Cycle"
        value={cycle}
        onChange={setCycle}
        none="All cycles"
        options={(cycles.data?.items ?? []).map((c) => ({ value: c.id, label: c.name ?? c.id }))}
      />
      <SelectField
        label="Team"
        value={filter.team}
        onChange={(team) => set({ team })}
        none="All teams"
        options={(teams.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }))}
      />
      <PersonSelect
        label="Owner"
        value={filter.owner}
        onChange={(owner) => set({ owner })}
        none="Anyone"
      />
      <SelectField
        label="Risk"
        value={filter.risk}
        onChange={(risk) => set({ risk: risk as TreeFilter["risk"] })}
        none="Any risk"
        options={[
          { value: "on-track", label: "On track" },
          { value: "at-risk", label: "At risk" },
          { value: "off-track", label: "Off track" },
        ]}
      />
    </div>
  );
  const error = okr.error ?? objectives.error;
  const definitions = new Map((objectives.data?.items ?? []).map((o) => [o.id, o]));
  const tree = okr.data ? buildTree(okr.data.objectives, definitions, filter) : [];
  return (
    <Page title="OKR tree" lead="Company objectives and the team objectives aligned to them.">
      {filters}
      {error ? (
        <ErrorState error={error} />
      ) : !okr.data ? (
        <Loading what="Loading objectives" />
      ) : tree.length === 0 ? (
        <Empty>No objective matches these filters.</Empty>
      ) : (
        <Card>
          {okr.data.cycles.map((c) => (
            <p key={c.id} className="muted">
              {c.id}: {c.objectives} objectives, {formatPercent(c.progress ?? undefined)} done,{" "}
              {formatPercent(c.expected ?? undefined)} expected · {c.risk["off-track"]} off track,{" "}
              {c.risk["at-risk"]} at risk
            </p>
          ))}
          <Branch nodes={tree} />
        </Card>
      )}
    </Page>
  );
}
