import type { OkapiDocument } from "../core/model/index.js";
import { isCalendarDate } from "../core/model/index.js";
import { buildObjectives } from "./build-objectives.js";
import { demoCycles } from "./demo-cycles.js";
import { demoKpis } from "./demo-kpis.js";
import { demoPeople, demoTeams } from "./demo-people.js";
import { generateKpiHistory } from "./generate-kpi-history.js";
import { liveCompanyObjectives } from "./live-company-objectives.js";
import { liveCustomerTeamObjectives } from "./live-customer-team-objectives.js";
import { liveRevenueTeamObjectives } from "./live-revenue-team-objectives.js";
import { previousObjectives } from "./previous-objectives.js";

interface DemoOptions {
  /** The day the demo is "today", YYYY-MM-DD: history ends here and the live quarter holds it. */
  asOf: string;
}

/**
 * Acme Analytics, a 120-person B2B SaaS company: people, teams, 14 KPIs with two years
 * of history, its 13-week quarters (the previous, graded; the live one, in its ninth week; the
 * next) and the OKRs of the first two with check-ins. Same asOf, same document.
 * @example generateDemoWorkspace({ asOf: "2026-11-23" }).objectives?.length // 10
 */
export function generateDemoWorkspace({ asOf }: DemoOptions): OkapiDocument {
  if (!isCalendarDate(asOf))
    throw new Error(`asOf must be a day written YYYY-MM-DD, got "${asOf}"`);
  const history = generateKpiHistory(asOf);
  const { previous, live, next } = demoCycles(asOf);
  const liveSpecs = [
    ...liveCompanyObjectives(),
    ...liveRevenueTeamObjectives(),
    ...liveCustomerTeamObjectives(),
  ];
  return {
    version: 1,
    organization: "Acme Analytics",
    people: demoPeople(),
    teams: demoTeams(),
    cycles: [previous, live, next],
    kpis: demoKpis().map((kpi) => ({ ...kpi, measurements: history[kpi.id] ?? [] })),
    objectives: [
      ...buildObjectives(previousObjectives(), previous, asOf, history),
      ...buildObjectives(liveSpecs, live, asOf, history),
    ],
  };
}
