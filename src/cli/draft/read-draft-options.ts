import type { OkapiDocument } from "../../core/model/okapi-file.js";
import { isCalendarDate } from "../../core/model/primitives.js";
import { UsageError } from "../exit-codes.js";
import { today } from "../today.js";

export interface DraftCommandOptions {
  format: string;
  team?: string;
  asOf?: string;
  workspace?: string;
}

/** Validates the `okapi draft` arguments; the default `asOf` is today (UTC), read here at the edge. */
export async function readDraftOptions(decision: string, options: DraftCommandOptions) {
  if (decision.trim().length < 3)
    throw new UsageError(
      'give the decision as one quoted argument, e.g. okapi draft "Should we expand into mid-market EMEA in H2?"',
    );
  if (options.asOf !== undefined && !isCalendarDate(options.asOf))
    throw new UsageError(
      `--as-of must be a day written YYYY-MM-DD (e.g. 2026-07-01), got "${options.asOf}"`,
    );
  if (options.team !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(options.team))
    throw new UsageError(
      `--team must be a team id (letters, digits, '.', '_' or '-'), got "${options.team}"`,
    );
  // The file parser (YAML, locations) loads only when a workspace is given: start-up stays cheap.
  const workspace: OkapiDocument | undefined = options.workspace
    ? (await import("../read-okapi-file.js")).readOkapiFile(options.workspace)
    : undefined;
  if (
    workspace &&
    options.team &&
    !(workspace.teams ?? []).some((team) => team.id === options.team)
  )
    throw new UsageError(
      `--team ${options.team} is not a team in ${options.workspace}: use one of ${(workspace.teams ?? []).map((team) => team.id).join(", ") || "(no teams declared)"}`,
    );
  return {
    asOf: options.asOf ?? today(),
    ...(workspace ? { workspace } : {}),
    ...(options.team ? { team: options.team } : {}),
  };
}
