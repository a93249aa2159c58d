import type { MeasurementPoint } from "../core/model/index.js";
import { daysBetween, monthlyDates, monthOf, monthsBetween, weeklyDates } from "./calendar.js";
import {
  ACTIVATION_PLATEAU,
  MONTHLY_POINTS,
  PIPELINE_DIP_MONTHS,
  WEEKLY_POINTS,
} from "./demo-stories.js";
import {
  activationSeries,
  arrSeries,
  churnSeries,
  csatSeries,
  isHolidayWeek,
  nrrSeries,
  pipelineSeries,
  points,
  responseSeries,
} from "./generate-story-series.js";
import { createRandom, seedFromText } from "./random.js";

type History = Record<string, MeasurementPoint[]>;

/** Two years of history for every demo KPI, keyed by KPI id, oldest first. */
export function generateKpiHistory(asOf: string): History {
  const rng = (id: string) => createRandom(seedFromText(`${asOf}:${id}`));
  const weekly = weeklyDates(asOf, WEEKLY_POINTS);
  const monthly = monthlyDates(asOf, MONTHLY_POINTS);
  const weeksBack = (d: string) => daysBetween(d, asOf) / 7;
  const monthsBack = (d: string) => monthsBetween(d, asOf);
  const activation = activationSeries(asOf, rng("activation-w2"));
  const noisy = (id: string, sd: number) => {
    const random = rng(id);
    return () => sd * random.normal();
  };
  const waa = noisy("weekly-active-accounts", 7);
  const win = noisy("win-rate", 1.2);
  const cycle = noisy("sales-cycle-days", 2.5);
  const response = responseSeries(asOf, rng("support-first-response-hours"));
  const deploys = noisy("deploy-frequency", 2.5);
  const margin = noisy("gross-margin", 0.4);
  const runway = noisy("cash-runway-months", 0.3);
  const mttrRandom = rng("mttr");
  return {
    arr: arrSeries(asOf, rng("arr")),
    nrr: nrrSeries(asOf, rng("nrr"), activation),
    "logo-churn": churnSeries(asOf, rng("logo-churn")),
    "activation-w2": weekly.map((at) => ({ at, value: activation.get(at) ?? ACTIVATION_PLATEAU })),
    // Grew steadily, then flattened once activation began to slide.
    "weekly-active-accounts": points(
      weekly,
      (d) =>
        (790 - (70 * Math.max(0, weeksBack(d) - 20)) / 84) * (isHolidayWeek(d) ? 0.88 : 1) + waa(),
      0,
    ),
    "pipeline-coverage": pipelineSeries(asOf, rng("pipeline-coverage")),
    "win-rate": points(monthly, () => 24 + win(), 1),
    "sales-cycle-days": points(
      monthly,
      (d) =>
        53 + ((PIPELINE_DIP_MONTHS as readonly number[]).includes(monthOf(d)) ? 6 : 0) + cycle(),
      0,
    ),
    csat: csatSeries(asOf, rng("csat"), response),
    "support-first-response-hours": response.slice(-WEEKLY_POINTS),
    mttr: points(
      weekly,
      (d) => {
        // Incident runbooks (the live quarter's KR) have kept the long outages away lately.
        const incident = mttrRandom.next() < 0.06 && weeksBack(d) > 8 ? 1.4 : 0;
        const improvement = Math.max(0, 0.6 * (1 - weeksBack(d) / 8));
        return Math.max(0.4, 1.5 - improvement + incident + 0.12 * mttrRandom.normal());
      },
      1,
    ),
    "deploy-frequency": points(
      weekly,
      (d) => (18 + (14 * (104 - weeksBack(d))) / 104) * (isHolidayWeek(d) ? 0.4 : 1) + deploys(),
      0,
    ),
    "gross-margin": points(monthly, (d) => 76.3 + (monthsBack(d) <= 1 ? 0.7 : 0) + margin(), 1),
    "cash-runway-months": points(monthly, (d) => 25.5 + (5.5 * monthsBack(d)) / 24 + runway(), 1),
  };
}
