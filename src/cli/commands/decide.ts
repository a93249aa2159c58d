import { type Command, InvalidArgumentError, Option } from "commander";
import { isCalendarDate } from "../../core/model/primitives.js";
import { getPerson } from "../../store/repositories/people.js";
import { recordDecision } from "../../store/tracking/record-decision.js";
import { UsageError } from "../exit-codes.js";
import { formatOption, printJson, printLine } from "../output.js";
import { today } from "../today.js";
import { cliActor, withStore } from "../with-store.js";

interface DecideOptions {
  tripwire: number;
  outcome: "stop" | "continue" | "change";
  by: string;
  reason: string;
  at?: string;
  format: string;
}

function position(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new InvalidArgumentError("the tripwire is its number in the objective's list, from 1.");
  return value;
}

/** `okapi decide OBJECTIVE`: the stop-or-continue call a fired tripwire demands, by a named person. */
export function registerDecideCommand(program: Command): void {
  program
    .command("decide")
    .description("record the stop, continue or change decision on an objective's fired tripwire")
    .argument("<objective>", "objective id")
    .option("--tripwire <n>", "which kill criterion, counting from 1", position, 1)
    .addOption(
      new Option("--outcome <outcome>", "the decision")
        .choices(["stop", "continue", "change"])
        .makeOptionMandatory(),
    )
    .requiredOption("--by <person>", "who decided (a person id)")
    .requiredOption("--reason <text>", "why: the evidence the decision rests on")
    .option("--at <date>", "the day it was decided (default: today)")
    .addOption(formatOption())
    .action(async (objectiveId: string, options: DecideOptions) => {
      const at = options.at ?? today();
      if (!isCalendarDate(at))
        throw new UsageError(`--at must be a day written YYYY-MM-DD, got "${at}"`);
      if (options.reason.trim() === "") throw new UsageError("--reason must say why");
      const decision = {
        outcome: options.outcome,
        by: options.by,
        at,
        reason: options.reason,
      };
      const outcome = await withStore(async (store) => {
        // One lookup, not a whole-workspace export: the decider must be a known person.
        if (!(await getPerson(store.db, options.by))) {
          throw new UsageError(`--by ${options.by}: no such person in the workspace`);
        }
        return recordDecision(store.db, {
          objectiveId,
          tripwire: options.tripwire - 1,
          decision,
          actor: cliActor(),
        });
      });
      if (!outcome.ok) {
        throw new UsageError(
          outcome.reason === "unknown-objective"
            ? `no objective "${objectiveId}" in the workspace`
            : `objective "${objectiveId}" has no kill criterion number ${options.tripwire}`,
        );
      }
      if (options.format === "json")
        printJson({
          objective: objectiveId,
          tripwire: options.tripwire,
          decision,
          previous: outcome.previous,
        });
      else
        printLine(
          `Recorded: ${options.outcome} on ${objectiveId} (tripwire ${options.tripwire}) by ${options.by} — ${options.reason}`,
        );
    });
}
