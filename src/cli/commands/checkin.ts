import { type Command, InvalidArgumentError } from "commander";
import { recordCheckin } from "../../app/record-checkin.js";
import { isDayOrInstant } from "../../core/model/primitives.js";
import { keyResultKpi } from "../../store/tracking/key-result-kpi.js";
import { latestMeasurement } from "../../store/tracking/record-checkin.js";
import { UsageError } from "../exit-codes.js";
import { formatOption, printJson, printLine } from "../output.js";
import { today } from "../today.js";
import { withAppContext } from "../with-app-context.js";
import { cliActor } from "../with-store.js";

interface CheckinOptions {
  value?: number;
  fromKpi: boolean;
  confidence?: number;
  note?: string;
  blocker: string[];
  by?: string;
  at?: string;
  format: string;
}

function number(name: string, min = -Infinity, max = Infinity) {
  return (text: string): number => {
    const value = Number(text);
    if (text.trim() === "" || !Number.isFinite(value))
      throw new InvalidArgumentError(`${name} must be a number.`);
    if (value < min || value > max)
      throw new InvalidArgumentError(`${name} must be from ${min} to ${max}.`);
    return value;
  };
}

function day(text: string): string {
  if (!isDayOrInstant(text)) throw new InvalidArgumentError("write the date as YYYY-MM-DD.");
  return text;
}

/** `okapi checkin KR_ID --value V --confidence C`: the one-minute weekly update. */
export function registerCheckinCommand(program: Command): void {
  program
    .command("checkin")
    .description(
      "record this week's check-in on a key result (a second one on the same day corrects it)",
    )
    .argument("<key-result>", "key result id")
    .option("--value <number>", "the metric's current value", number("--value"))
    .option("--from-kpi", "take the value from the linked KPI's latest measurement", false)
    .option(
      "--confidence <0-10>",
      "how likely the target is reached, 0–10",
      number("--confidence", 0, 10),
    )
    .option("--note <text>", "what moved and why")
    .option(
      "--blocker <text>",
      "something in the way (repeatable)",
      (text: string, all: string[]) => [...all, text],
      [],
    )
    .option("--by <person>", "who is checking in (a person id)")
    .option("--at <date>", "the day of the check-in (default: today)", day)
    .addOption(formatOption())
    .action(async (keyResultId: string, options: CheckinOptions) => {
      if ((options.value === undefined) === !options.fromKpi) {
        throw new UsageError(
          "give either --value N or --from-kpi (the linked KPI's latest measurement)",
        );
      }
      const at = options.at ?? today();
      const outcome = await withAppContext(async (context) => {
        const { store } = context;
        let value = options.value;
        if (options.fromKpi) {
          const kpi = await keyResultKpi(store.db, keyResultId);
          if (!kpi)
            throw new UsageError(
              `key result "${keyResultId}" is not linked to a KPI: pass --value instead`,
            );
          const latest = await latestMeasurement(store.db, kpi, at);
          if (!latest)
            throw new UsageError(
              `KPI "${kpi}" has no measurement on or before ${at}: pass --value instead`,
            );
          value = latest.value;
        }
        return recordCheckin(context, {
          keyResultId,
          at,
          value: value as number,
          confidence: options.confidence,
          note: options.note,
          blockers: options.blocker,
          by: options.by,
          actor: cliActor(),
        });
      });
      if (!outcome.ok)
        throw new UsageError(
          outcome.reason === "unknown-person"
            ? `--by ${options.by}: no such person in the workspace (okapi export lists the people)`
            : `no key result "${keyResultId}" in the workspace: check the id (okapi export lists them)`,
        );
      if (options.format === "json")
        printJson({
          keyResult: keyResultId,
          corrected: outcome.corrected,
          checkin: outcome.checkin,
        });
      else
        printLine(
          `${outcome.corrected ? "Corrected" : "Recorded"} check-in on ${keyResultId}: ${outcome.checkin.value}${outcome.checkin.confidence !== undefined ? ` (confidence ${outcome.checkin.confidence}/10)` : ""} on ${outcome.checkin.at}`,
        );
    });
}
