import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { api, type Schemas, unwrap } from "../api/client";
import { Badge } from "../components/badge";
import { Card } from "../components/card";
import { Page } from "../components/page";
import { QueryView } from "../components/states";
import { formatDate, formatValue } from "../lib/format";
import "./kpi-tree.css";

type TreeNode = Schemas["KpiTreeNode"];

const TREND_WORDS = { rising: "rising", falling: "falling", flat: "flat" } as const;

function NodeCard({ node, northStar }: { node: TreeNode; northStar: boolean }) {
  return (
    <div className="kpi-node" data-status={node.status}>
      <div className="row">
        {northStar ? <span className="kpi-node-star">North Star</span> : null}
        <Link href={`/kpis/${node.id}`}>{node.name}</Link>
        <Badge tone={node.status} />
      </div>
      <div>
        <strong>{formatValue(node.value, node.unit)}</strong>
        <span className="muted">
          {node.at ? ` · ${formatDate(node.at)}` : " · no measurement yet"}
          {node.trend ? ` · ${TREND_WORDS[node.trend]}` : ""}
          {node.kind ? ` · ${node.kind}` : ""}
        </span>
      </div>
      {node.formula ? (
        <div className="muted">
          Calculated: <code>{node.formula}</code>
        </div>
      ) : null}
      {node.signal ? <div className="kpi-node-signal">{node.signal}</div> : null}
      {node.missingParent ? (
        <div className="muted">Drives {node.missingParent}, which is not shown here.</div>
      ) : null}
    </div>
  );
}

/** One level of the tree: a list whose items carry their depth, so screen readers announce it. */
function Level({
  nodes,
  level,
  northStar,
}: {
  nodes: TreeNode[];
  level: number;
  northStar?: string | undefined;
}) {
  return (
    <ul className="kpi-tree" aria-label={level === 1 ? "KPI driver tree" : undefined}>
      {nodes.map((node) => (
        // biome-ignore lint/a11y/useAriaPropsSupportedByRole: ARIA 1.2 lists aria-level among listitem's properties; it gives each KPI its depth
        <li key={node.id} aria-level={level} data-testid={`kpi-node-${node.id}`}>
          <NodeCard node={node} northStar={node.id === northStar} />
          {node.drivers.length > 0 ? <Level nodes={node.drivers} level={level + 1} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** The KPI driver tree: the North Star at the root, the KPIs that move it below, each with its light. */
export default function KpiTree() {
  const tree = useQuery({
    queryKey: ["kpi-tree"],
    queryFn: () => unwrap(api.GET("/api/v1/kpi-tree")),
  });
  return (
    <Page
      title="KPI tree"
      lead="The North Star decomposed into the KPIs that drive it. Follow a red branch down to its leading inputs."
    >
      <QueryView
        query={tree}
        loading="Loading the KPI tree"
        isEmpty={(t) => t.roots.length === 0}
        empty="No KPIs yet. Add KPIs with a parent to draw the driver tree."
      >
        {(t) => (
          <Card>
            {t.loops.length > 0 ? (
              <p className="muted">
                Some parents loop back on themselves ({t.loops.map((l) => l.join(" → ")).join("; ")}
                ): fix their parent so the tree has one direction.
              </p>
            ) : null}
            <Level nodes={t.roots} level={1} northStar={t.northStar} />
          </Card>
        )}
      </QueryView>
    </Page>
  );
}
