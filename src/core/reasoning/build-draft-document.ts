import type { OkapiDocument } from "../model/okapi-file.js";
import type { DraftOkr } from "./draft-types.js";

/** Placeholder owner of a draft: the operator who accepts it becomes the real owner. */
const DRAFT_OWNER = "decision-owner";

/** The draft OKR as an okapi document fragment, so the goal linter can check it. */
export function buildDraftDocument(okr: DraftOkr, team: string | undefined): OkapiDocument {
  const teamId = team ?? "drafting-team";
  return {
    version: 1,
    organization: "Draft",
    people: [{ id: DRAFT_OWNER, name: "Decision owner" }],
    teams: [{ id: teamId, name: teamId, lead: DRAFT_OWNER }],
    objectives: [
      {
        id: "draft",
        title: okr.objective,
        owner: DRAFT_OWNER,
        team: teamId,
        cycle: okr.cycle,
        type: "aspirational",
        status: "draft",
        keyResults: okr.keyResults.map((kr) => ({
          id: kr.id,
          title: kr.title,
          ...(kr.from === null ? {} : { from: kr.from }),
          ...(kr.to === null ? {} : { to: kr.to }),
          unit: kr.unit,
          direction: kr.direction,
          metric: kr.metric,
          kind: kr.kind,
          owner: DRAFT_OWNER,
        })),
        ...(okr.leadingIndicators.length > 0 ? { leadingIndicators: okr.leadingIndicators } : {}),
        killCriteria: okr.killCriteria.map((criterion) => ({
          ...(criterion.metric === undefined ? {} : { metric: criterion.metric }),
          ...(criterion.below === undefined ? {} : { below: criterion.below }),
          ...(criterion.above === undefined ? {} : { above: criterion.above }),
          by: criterion.by,
          note: criterion.note,
        })),
      },
    ],
  };
}
