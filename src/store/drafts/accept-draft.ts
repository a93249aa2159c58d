import { ObjectiveInput } from "../../core/model/index.js";
import { KpiInput } from "../../core/model/kpi.js";
import type { Database } from "../database.js";
import { createKpi, type KpiResource } from "../repositories/kpis.js";
import { createObjective, type ObjectiveResource } from "../repositories/objectives.js";
import type { WriteFailure, WriteOptions, WriteOutcome } from "../repositories/outcome.js";
import { versionOf } from "../repositories/version.js";
import * as t from "../schema.js";
import { closeDraft, type DraftRecord, lockOpenDraft } from "./draft-records.js";
import { type DraftEdits, goalsFromDraft } from "./goals-from-draft.js";

/** What accepting a draft created. */
export interface AcceptedDraft {
  draft: DraftRecord;
  objective: ObjectiveResource;
  /** The draft's leading indicators the workspace did not track yet, as proposed KPIs. */
  kpis: KpiResource[];
}

/** Carries a refused write out of the transaction so everything before it rolls back. */
class Refused extends Error {
  constructor(readonly failure: WriteFailure) {
    super("draft acceptance refused");
  }
}

function refuse(failure: WriteFailure): never {
  throw new Refused(failure);
}

/**
 * Accepts an open draft in ONE transaction: the objective with its key results, leading
 * indicators and kill criteria, the proposed KPIs, each audited, and the draft marked
 * accepted with the objective's id. Accepting a decided draft is a conflict; any refused
 * write leaves nothing behind.
 */
export async function acceptDraft(
  db: Database,
  id: string,
  edits: DraftEdits,
  options: WriteOptions,
): Promise<WriteOutcome<AcceptedDraft>> {
  try {
    return await db.transaction(async (tx) => {
      const locked = await lockOpenDraft(tx, id);
      if (!locked.ok) return locked;
      const { draft } = locked;
      const okr = draft.result.okr;
      if (!okr)
        return {
          ok: false,
          reason: "conflict",
          detail: `this draft has no OKR to accept: ${draft.result.wrongTool?.instead ?? "the decision engine advised against one"}`,
        };
      const [objectives, keyResults, kpis] = await Promise.all([
        tx.select({ id: t.objectives.id }).from(t.objectives),
        tx.select({ id: t.keyResults.id }).from(t.keyResults),
        tx.select({ id: t.kpis.id }).from(t.kpis),
      ]);
      const ids = (rows: { id: string }[]) => new Set(rows.map((row) => row.id));
      const goals = goalsFromDraft(draft, okr, edits, {
        objectives: ids(objectives),
        keyResults: ids(keyResults),
        kpis: ids(kpis),
      });
      const parsed = ObjectiveInput.safeParse(goals.objective);
      if (!parsed.success) return { ok: false, reason: "invalid", error: parsed.error };
      const created: KpiResource[] = [];
      for (const kpi of goals.kpis) {
        const valid = KpiInput.safeParse(kpi);
        if (!valid.success) refuse({ ok: false, reason: "invalid", error: valid.error });
        const outcome = await createKpi(tx, { ...valid.data, private: false }, options);
        if (!outcome.ok) refuse(outcome);
        created.push(outcome.value);
      }
      const objective = await createObjective(tx, { ...parsed.data, private: false }, options);
      if (!objective.ok) refuse(objective);
      const after = await closeDraft(
        tx,
        draft,
        { status: "accepted", objective: objective.value.id },
        options,
      );
      const value = { draft: after, objective: objective.value, kpis: created };
      return { ok: true, value, version: versionOf(after) };
    });
  } catch (error) {
    if (error instanceof Refused) return error.failure;
    throw error;
  }
}
