/**
 * What makes a fix a sentence a person would accept, as a list of problems (empty when
 * fine): one sentence, no word written twice in a row, no placeholder left when the metric
 * is known, and a quoted rewrite that names a metric rather than pasting in a rule.
 */
export function fixProblems(fix: string, metricKnown: boolean): string[] {
  const problems: string[] = [];
  const outside = fix.replace(/"[^"]*"/gu, '""');
  if (!/[.)]$/u.test(fix.trim())) problems.push("does not end as a sentence");
  if (/[.!?]\s+[A-Z]/u.test(outside)) problems.push("more than one sentence");
  const doubled = /\b(\w+)\s+\1\b/iu.exec(fix);
  if (doubled) problems.push(`doubled word "${doubled[1]}"`);
  if (metricKnown && /<[^>]*>/u.test(fix))
    problems.push("a placeholder although the metric is known");
  for (const quoted of fix.match(/"(?:Raise|Reduce) [^"]*"/gu) ?? []) {
    const metric = quoted.slice(1).split(/\s+/u)[1]?.toLowerCase() ?? "";
    if (
      /^(?:no|not|never|none|zero|under|below|above|over|within|at|more|less|is|are|does|increase|reduce|raise|grow|cut|keep|maintain|launch|ship)$/u.test(
        metric,
      )
    )
      problems.push(`a fragment pasted as the metric in ${quoted}`);
    if (/\w+:\s/u.test(quoted)) problems.push(`a label pasted into ${quoted}`);
  }
  if (/\bundefined\b|\bNaN\b/u.test(fix)) problems.push("an undefined value");
  return problems;
}
