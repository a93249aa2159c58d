import type { Tone } from "./badge";

interface ProgressBarProps {
  /** 0–1 (values outside are clamped for drawing, not in the label). */
  value: number;
  /** Where progress should be by now (0–1), drawn as a marker. */
  expected?: number | undefined;
  tone?: Tone | undefined;
  label: string;
}

const clamp = (x: number) => Math.min(1, Math.max(0, x));
const percent = (x: number) => `${Math.round(x * 100)}%`;

/** Progress with the expected-by-now marker, so "behind pace" is visible at a glance. */
export function ProgressBar({ value, expected, tone, label }: ProgressBarProps) {
  const text =
    expected === undefined
      ? `${percent(value)} done`
      : `${percent(value)} done, ${percent(expected)} expected by now`;
  return (
    <div>
      {/* biome-ignore lint/a11y/useSemanticElements: a native <meter> cannot draw the expected-progress marker. */}
      <div
        className="progress"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(clamp(value) * 100)}
        aria-valuetext={text}
        data-tone={tone}
      >
        <div className="progress-fill" style={{ width: percent(clamp(value)) }} />
        {expected === undefined ? null : (
          <div
            className="progress-expected"
            style={{ left: percent(clamp(expected)) }}
            title={`Expected by now: ${percent(expected)}`}
          />
        )}
      </div>
      <div className="muted" style={{ fontSize: "var(--text-xs)" }}>
        {text}
      </div>
    </div>
  );
}
