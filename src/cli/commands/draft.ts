import type { Command } from "commander";
import { draftDecision } from "../../core/reasoning/draft-decision.js";
import type { DecisionDraft } from "../../core/reasoning/draft-types.js";
import { type DraftCommandOptions, readDraftOptions } from "../draft/read-draft-options.js";
import { renderDraft } from "../draft/render-draft-text.js";
import { EXIT_FOUND_PROBLEMS, EXIT_OK } from "../exit-codes.js";
import { formatOption, printJson } from "../output.js";

/** `okapi draft "DECISION"`: the reasoning loop, offline unless OKAPI_LLM_URL is set. */
export function registerDraftCommand(program: Command): void {
  program
    .command("draft")
    .description("reason from a decision to red-teamed candidate metrics and a draft OKR")
    .argument("<decision>", 'the decision, quoted: "Should we expand into mid-market EMEA in H2?"')
    .option("--team <id>", "the team the draft OKR is for")
    .option(
      "--as-of <date>",
      "the day the draft is made (YYYY-MM-DD); picks the cycle and kill dates",
    )
    .option(
      "--workspace <file>",
      "an okapi file whose KPIs and measurements supply candidates and baselines",
    )
    .addOption(formatOption(["md"]))
    .action(async (decision: string, options: DraftCommandOptions) => {
      const draftOptions = await readDraftOptions(decision, options);
      let draft: DecisionDraft;
      if (process.env.OKAPI_LLM_URL) {
        // Loaded only when configured: the AI SDK is the heaviest import of the CLI.
        const { draftWithConfiguredModel } = await import("../draft/draft-with-llm.js");
        draft = await draftWithConfiguredModel(decision, draftOptions, process.env);
      } else draft = draftDecision(decision, draftOptions);
      if (options.format === "json") printJson(draft);
      else process.stdout.write(renderDraft(draft, options.format === "md"));
      process.exitCode = draft.lint.errors > 0 ? EXIT_FOUND_PROBLEMS : EXIT_OK;
    });
}
