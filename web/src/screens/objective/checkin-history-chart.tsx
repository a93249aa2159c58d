import { useCallback, useMemo } from "react";
import type uPlot from "uplot";
import type { Objective, ObjectiveStatus } from "../../api/types";
import { token, UplotChart } from "../../components/uplot-chart";

const seconds = (day: string) => Date.parse(day.slice(0, 10)) / 1000;
const PALETTE = [
  "--chart-line",
  "--status-amber",
  "--status-green",
  "--chart-limit",
  "--chart-centre",
];

/** Progress of a check-in value between a KR's baseline and target, in percent. */
function percent(value: number, from?: number, to?: number): number | null {
  if (from === undefined || to === undefined || from === to) return null;
  return ((value - from) / (to - from)) * 100;
}

/** Each key result's progress at every check-in, against the straight line to 100% at cycle end. */
export function CheckinHistoryChart({
  status,
  definition,
}: {
  status: ObjectiveStatus;
  definition: Objective;
}) {
  const krs = definition.keyResults ?? [];
  const data = useMemo<uPlot.AlignedData>(() => {
    const days = [
      status.cycle.start,
      ...krs.flatMap((kr) => (kr.checkins ?? []).map((c) => c.at.slice(0, 10))),
      status.cycle.end,
    ];
    const xs = [...new Set(days)].sort();
    const start = seconds(status.cycle.start);
    const span = seconds(status.cycle.end) - start || 1;
    const expected = xs.map((d) => Math.min(100, ((seconds(d) - start) / span) * 100));
    const series = krs.map((kr) => {
      const byDay = new Map((kr.checkins ?? []).map((c) => [c.at.slice(0, 10), c.value]));
      return xs.map((d) => {
        const v = byDay.get(d);
        return v === undefined ? null : percent(v, kr.from, kr.to);
      });
    });
    return [xs.map(seconds), expected, ...series];
  }, [krs, status.cycle]);
  const options = useCallback(
    (width: number): uPlot.Options => {
      const text = token("--color-text-muted");
      const axis = { stroke: text, grid: { stroke: token("--color-border"), width: 1 } };
      return {
        width,
        height: 260,
        axes: [axis, { ...axis, values: (_u, ticks) => ticks.map((t) => `${t}%`) }],
        scales: { y: { range: [0, 110] } },
        series: [
          {},
          {
            label: "Expected",
            stroke: token("--chart-expected"),
            dash: [6, 4],
            points: { show: false },
          },
          ...krs.map((kr, i) => ({
            label: kr.title,
            stroke: token(PALETTE[i % PALETTE.length] ?? "--chart-line"),
            width: 2,
            spanGaps: true,
          })),
        ],
      };
    },
    [krs],
  );
  return (
    <UplotChart
      options={options}
      data={data}
      label={`Check-in history of ${krs.length} key results as progress from baseline to target, with the expected straight line.`}
    />
  );
}
