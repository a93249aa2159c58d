import type { DocumentView, KeyResultView } from "../view/document-view.js";

/** Today's value of a KR's metric: its last check-in, else its KPI's last measurement. */
export function latestValue(view: KeyResultView, document: DocumentView): number | undefined {
  const checkins = view.keyResult.checkins ?? [];
  let latest: { at: string; value: number } | undefined;
  for (const checkin of checkins) if (!latest || checkin.at >= latest.at) latest = checkin;
  if (latest) return latest.value;
  const kpi = view.keyResult.kpi ? document.kpiById.get(view.keyResult.kpi) : undefined;
  let measured: { at: string; value: number } | undefined;
  for (const point of kpi?.measurements ?? [])
    if (!measured || point.at >= measured.at) measured = point;
  return measured?.value;
}
