import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";
import { Card } from "../../components/card";
import { QueryView } from "../../components/states";
import { Table } from "../../components/table";
import { useAccount } from "../../lib/auth";
import { formatDate } from "../../lib/format";

type Change = Record<string, unknown> | undefined;

/** Which definition fields differ between two audit snapshots. */
function changedFields(before: Change, after: Change): string {
  if (!before) return "created";
  if (!after) return "deleted";
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed = [...keys].filter(
    (k) => k !== "measurements" && JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  return changed.length ? changed.join(", ") : "no definition change";
}

/** The KPI's definition changes from the audit trail (admins only, as the API requires). */
export function KpiHistory({ id }: { id: string }) {
  const account = useAccount();
  const events = useQuery({
    queryKey: ["audit-events", "kpi", id],
    enabled: account.role === "admin",
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/audit-events", {
          params: { query: { entity: "kpi", entityId: id, limit: 50 } },
        }),
      ),
  });
  return (
    <Card title="Definition changes">
      {account.role !== "admin" ? (
        <p className="muted">The audit trail is visible to admins only.</p>
      ) : (
        <QueryView
          query={events}
          empty="No recorded changes."
          isEmpty={(d) => d.items.length === 0}
        >
          {(d) => (
            <Table
              caption="Definition changes, newest first"
              rowKey={(e) => String(e.id)}
              rows={d.items}
              columns={[
                { header: "When", cell: (e) => formatDate(e.at) },
                { header: "Who", cell: (e) => e.actor },
                {
                  header: "What changed",
                  cell: (e) => changedFields(e.before as Change, e.after as Change),
                },
                { header: "Why", cell: (e) => e.reason ?? "—" },
              ]}
            />
          )}
        </QueryView>
      )}
    </Card>
  );
}
