import { echoNumber, readNumber } from "../../lib/read-number.js";
import { isFarFromSpan } from "./is-far-from-span.js";

export interface CheckinDraft {
  value: string;
  confidence: string;
  note: string;
  /** The person said yes to a value far outside the key result's span. */
  confirmed: boolean;
}

export interface SpanOfRow {
  title: string;
  unit?: string | undefined;
  from?: number | undefined;
  target?: number | undefined;
}

/** What a check-in row will do on Save, said before it is saved. */
export type RowVerdict =
  | { kind: "untouched" }
  | { kind: "refused"; message: string }
  | { kind: "confirm"; value: number; echo: string; message: string }
  | { kind: "ready"; value: number; echo: string };

const withUnit = (text: string, unit: string | undefined) =>
  !unit ? text : unit === "%" ? `${text}%` : `${text} ${unit}`;

/** Judges one row in the viewer's locale: read its value, refuse what cannot be saved, ask about outliers. */
export function judgeCheckinRow(draft: CheckinDraft, row: SpanOfRow, locale: string): RowVerdict {
  const reading = readNumber(draft.value, locale);
  if (reading.kind === "refused") return { kind: "refused", message: reading.reason };
  if (reading.kind === "empty") {
    // A check-in is a value with an optional confidence and note; either alone would be dropped.
    if (draft.confidence.trim() === "" && draft.note.trim() === "") return { kind: "untouched" };
    return {
      kind: "refused",
      message: `A check-in needs this week's value: type the value of "${row.title}" as well, or clear the confidence and note.`,
    };
  }
  const echo = withUnit(echoNumber(reading.value, locale), row.unit);
  if (!draft.confirmed && isFarFromSpan(reading.value, row.from, row.target)) {
    const span =
      row.from === undefined
        ? `the target ${withUnit(echoNumber(row.target ?? 0, locale), row.unit)}`
        : `${withUnit(echoNumber(row.from, locale), row.unit)} → ${withUnit(echoNumber(row.target ?? 0, locale), row.unit)}`;
    return {
      kind: "confirm",
      value: reading.value,
      echo,
      message: `${echo} is far from ${span}. Tick to save it anyway, or correct it.`,
    };
  }
  return { kind: "ready", value: reading.value, echo };
}
