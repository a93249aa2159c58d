import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

/** A CSS custom property's value (charts draw on canvas, so tokens are read at draw time). */
export function token(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

interface UplotChartProps {
  /** Builds the options for a given width; called again on resize. */
  options: (width: number) => uPlot.Options;
  data: uPlot.AlignedData;
  /** Text alternative: what the chart shows, in one or two sentences. */
  label: string;
}

/** uPlot in React: created once per data/options change, resized with its container. */
export function UplotChart({ options, data, label }: UplotChartProps) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = new uPlot(options(element.clientWidth || 600), data, element);
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: element.clientWidth, height: chart.height }),
    );
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [options, data]);
  return <div ref={container} className="chart" role="img" aria-label={label} />;
}
