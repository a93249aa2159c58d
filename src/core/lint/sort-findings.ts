import type { Finding } from "./lint-types.js";

const SECTION_ORDER = ["lint", "options", "organization", "kpis", "objectives"];
const INDEX = /\[(\d+)\]/g;

function sortKey(path: string): number[] {
  const section = SECTION_ORDER.indexOf(path.split(/[.[]/, 1)[0] ?? "");
  const key = [section < 0 ? SECTION_ORDER.length : section];
  for (const match of path.matchAll(INDEX)) key.push(Number(match[1]));
  return key;
}

function compareKeys(a: number[], b: number[]): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i] ?? -1;
    const y = b[i] ?? -1;
    if (x !== y) return x - y;
  }
  return 0;
}

/** Document order (objective by objective, KR by KR), then rule order: stable and deterministic. */
export function sortFindings(
  findings: readonly Finding[],
  ruleOrder: ReadonlyMap<string, number>,
): Finding[] {
  const keyed = findings.map((finding, i) => ({
    finding,
    key: sortKey(finding.path),
    rule: ruleOrder.get(finding.rule) ?? -1,
    i,
  }));
  keyed.sort((a, b) => compareKeys(a.key, b.key) || a.rule - b.rule || a.i - b.i);
  return keyed.map((k) => k.finding);
}
