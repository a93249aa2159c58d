// The linter's own reading of a title (pure, no I/O), so the form and the from-to check never disagree.
import { readKeyResultNumbers } from "../../../../src/core/language/read-key-result-numbers.js";

/** The numbers last filled from the title, as text: the form shows them and knows they were not typed. */
export interface NumbersReadFromTitle {
  from: string;
  to: string;
  unit: string;
}

interface KeyResultNumbersDraft {
  title: string;
  from: string;
  to: string;
  unit: string;
  read?: NumbersReadFromTitle | undefined;
}

const FIELDS = ["from", "to", "unit"] as const;

/**
 * The key result with a new title, its from, to and unit filled from what the title states. A
 * field the person typed is kept; a field that is blank, or still holds the last reading, follows
 * the title.
 */
export function fillFromTitle<T extends KeyResultNumbersDraft>(
  kr: T,
  title: string,
): T & { read: NumbersReadFromTitle } {
  const numbers = readKeyResultNumbers(title);
  const read: NumbersReadFromTitle = {
    from: numbers.from === undefined ? "" : String(numbers.from),
    to: numbers.to === undefined ? "" : String(numbers.to),
    unit: numbers.unit ?? "",
  };
  const next = { ...kr, title, read };
  for (const field of FIELDS)
    if (kr[field] === "" || kr[field] === kr.read?.[field]) next[field] = read[field];
  return next;
}

/** "from 2.1 to 3.5, unit %": what the form read from the title, or nothing. */
export function describeReading(read: NumbersReadFromTitle | undefined): string | undefined {
  if (!read || (read.from === "" && read.to === "")) return undefined;
  const parts = [
    read.from ? `from ${read.from}` : "",
    read.to ? `to ${read.to}` : "",
    read.unit ? `unit ${read.unit}` : "",
  ].filter(Boolean);
  return parts.join(", ");
}
