import { useQuery } from "@tanstack/react-query";
import { kpiHealthQuery, objectivesQuery, okrStatusQuery } from "../api/queries";
import { KpiTile } from "../components/kpi-tile";
import { ObjectiveCard } from "../components/objective-card";
import { Page } from "../components/page";
import { Empty, PendingPage } from "../components/states";
import { liveObjectives } from "../lib/live";
import { NeedsDecision } from "./home/needs-decision";

/** Monday morning: what needs a decision, then the speedometer (KPIs) and the GPS (OKRs). */
export default function Home() {
  const okr = useQuery(okrStatusQuery());
  const kpis = useQuery(kpiHealthQuery());
  const objectives = useQuery(objectivesQuery());
  if (!okr.data || !kpis.data)
    return <PendingPage title="Home" queries={[okr, kpis]} what="Loading the workspace" />;
  const definitions = new Map((objectives.data?.items ?? []).map((o) => [o.id, o]));
  const live = { ...okr.data, objectives: liveObjectives(okr.data.objectives, okr.data.asOf) };
  const empty = live.objectives.length === 0 && kpis.data.items.length === 0;
  return (
    <Page title="Home" lead={`As of ${okr.data.asOf}: decisions first, then KPIs and OKRs.`}>
      {empty ? (
        <Empty>
          Nothing to show yet. Apply an okapi file (<code>okapi apply okapi.yaml</code>) or start
          with the demo company (<code>okapi serve --demo</code>).
        </Empty>
      ) : (
        <>
          <NeedsDecision okr={live} kpis={kpis.data.items} />
          <section aria-labelledby="kpis-heading" className="stack">
            <h2 id="kpis-heading">KPIs</h2>
            {kpis.data.items.length === 0 ? (
              <Empty>No KPIs yet.</Empty>
            ) : (
              <div className="grid">
                {kpis.data.items.map((kpi) => (
                  <KpiTile key={kpi.kpi} kpi={kpi} />
                ))}
              </div>
            )}
          </section>
          <section aria-labelledby="okrs-heading" className="stack">
            <h2 id="okrs-heading">Objectives this cycle</h2>
            {live.objectives.length === 0 ? (
              <Empty>No objectives in this cycle.</Empty>
            ) : (
              <div className="grid">
                {live.objectives.map((o) => (
                  <ObjectiveCard key={o.id} status={o} definition={definitions.get(o.id)} />
                ))}
              </div>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
