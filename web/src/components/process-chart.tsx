import { useCallback, useMemo } from "react";
import type uPlot from "uplot";
import type { KpiHealth } from "../api/types";
import { signalIndexes } from "../lib/kpi-words";
import { token, UplotChart } from "./uplot-chart";

const seconds = (iso: string) => Date.parse(iso) / 1000;

/** Shades the healthy band (healthy.min … healthy.max) behind the series. */
function healthyBand(healthy: KpiHealth["healthy"]): uPlot.Plugin {
  return {
    hooks: {
      drawClear: (u) => {
        if (!healthy || (healthy.min === undefined && healthy.max === undefined)) return;
        const scale = u.scales.y;
        const top = u.valToPos(healthy.max ?? (scale?.max as number), "y", true);
        const bottom = u.valToPos(healthy.min ?? (scale?.min as number), "y", true);
        u.ctx.save();
        u.ctx.fillStyle = token("--chart-band");
        u.ctx.fillRect(u.bbox.left, top, u.bbox.width, bottom - top);
        u.ctx.restore();
      },
    },
  };
}

/**
 * The process behaviour (XmR) chart: values, centre line, natural process limits,
 * signals marked, and the healthy band shaded.
 */
export function ProcessChart({ kpi }: { kpi: KpiHealth }) {
  const data = useMemo<uPlot.AlignedData>(() => {
    const xs = kpi.points.map((p) => seconds(p.at));
    const ys = kpi.points.map((p) => p.value);
    const flat = (v: number | undefined) => kpi.points.map(() => v ?? null);
    const marked = new Set(signalIndexes(kpi));
    const signals = ys.map((y, i) => (marked.has(i) ? y : null));
    return [
      xs,
      ys,
      flat(kpi.limits?.center),
      flat(kpi.limits?.upper),
      flat(kpi.limits?.lower),
      signals,
    ];
  }, [kpi]);
  const options = useCallback(
    (width: number): uPlot.Options => {
      const line = token("--chart-line");
      const limit = token("--chart-limit");
      const centre = token("--chart-centre");
      const text = token("--color-text-muted");
      const axis = { stroke: text, grid: { stroke: token("--color-border"), width: 1 } };
      return {
        width,
        height: 300,
        plugins: [healthyBand(kpi.healthy)],
        axes: [axis, axis],
        series: [
          {},
          { label: kpi.name, stroke: line, width: 2, points: { size: 4 } },
          { label: "Centre line", stroke: centre, dash: [6, 4], points: { show: false } },
          { label: "Upper limit", stroke: limit, dash: [3, 3], points: { show: false } },
          { label: "Lower limit", stroke: limit, dash: [3, 3], points: { show: false } },
          {
            label: "Signal",
            stroke: token("--chart-signal"),
            width: 0,
            paths: () => null,
            points: { show: true, size: 10, fill: token("--chart-signal") },
          },
        ],
      };
    },
    [kpi.name, kpi.healthy],
  );
  const label = `Process behaviour chart of ${kpi.name}: ${kpi.points.length} values${
    kpi.limits
      ? `, centre ${kpi.limits.center.toFixed(1)}, limits ${kpi.limits.lower.toFixed(1)} to ${kpi.limits.upper.toFixed(1)}`
      : ""
  }, ${kpi.signals.length} signals marked.`;
  return <UplotChart options={options} data={data} label={label} />;
}
