import { draftDecision } from "../../core/reasoning/draft-decision.js";
import type { DecisionDraft } from "../../core/reasoning/draft-types.js";
import { type AcceptedDraft, acceptDraft } from "../../store/drafts/accept-draft.js";
import { createDraft } from "../../store/drafts/draft-records.js";
import { getPerson } from "../../store/repositories/people.js";
import { getTeam } from "../../store/repositories/teams.js";
import { UsageError } from "../exit-codes.js";
import { cliActor, withStore } from "../with-store.js";

export interface AcceptOptions {
  asOf: string;
  team?: string;
  owner?: string;
  cycle?: string;
  /** Drafts with the configured model instead of offline; the workspace is the store's. */
  draftWith?: (workspace: Parameters<typeof draftDecision>[1]) => Promise<DecisionDraft>;
}

/**
 * `okapi draft --accept`: drafts against the store's workspace (its KPIs give baselines),
 * stores the draft and accepts it with the same store functions as the API, so the
 * objective and proposed KPIs are created in one transaction and marked drafted-from.
 */
export async function draftAndAccept(
  decision: string,
  options: AcceptOptions,
): Promise<AcceptedDraft> {
  return withStore(async (store) => {
    if (options.owner && !(await getPerson(store.db, options.owner)))
      throw new UsageError(`--owner ${options.owner}: no such person in the workspace`);
    if (options.team && !(await getTeam(store.db, options.team)))
      throw new UsageError(`--team ${options.team}: no such team in the workspace`);
    const workspace = (await store.exportDocument()) ?? undefined;
    const draftOptions = {
      asOf: options.asOf,
      ...(workspace ? { workspace } : {}),
      ...(options.team ? { team: options.team } : {}),
    };
    const result = options.draftWith
      ? await options.draftWith(draftOptions)
      : draftDecision(decision, draftOptions);
    if (!result.okr)
      throw new UsageError(
        `nothing to accept: ${result.wrongTool?.instead ?? "the decision engine drafted no OKR"}`,
      );
    const actor = { actor: cliActor() };
    const stored = await createDraft(store.db, { decision, team: options.team, result }, actor);
    const outcome = await acceptDraft(
      store.db,
      stored.id,
      {
        ...(options.owner ? { owner: options.owner } : {}),
        ...(options.cycle ? { cycle: options.cycle } : {}),
      },
      actor,
    );
    if (outcome.ok) return outcome.value;
    const detail =
      "detail" in outcome
        ? outcome.detail
        : outcome.reason === "invalid"
          ? outcome.error.message
          : outcome.reason;
    throw new UsageError(`the draft could not be accepted: ${detail}`);
  });
}
