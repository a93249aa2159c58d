import type { Command } from "commander";
import { draftDecision } from "../../core/reasoning/draft-decision.js";
import type { DecisionDraft } from "../../core/reasoning/draft-types.js";
import { type DraftCommandOptions, readDraftOptions } from "../draft/read-draft-options.js";
import { renderDraft } from "../draft/render-draft-text.js";
import { EXIT_FOUND_PROBLEMS, EXIT_OK, UsageError } from "../exit-codes.js";
import { formatOption, printJson, printLine } from "../output.js";

interface AcceptFlags {
  accept?: boolean;
  owner?: string;
  cycle?: string;
}

/** `--accept`: draft against the store, then create the objective and proposed KPIs there. */
async function acceptIntoStore(decision: string, options: DraftCommandOptions & AcceptFlags) {
  if (options.workspace)
    throw new UsageError(
      "--accept writes into the store and drafts against it: apply the file first (okapi apply FILE), then run okapi draft --accept without --workspace",
    );
  const { asOf } = await readDraftOptions(decision, options);
  const { draftAndAccept } = await import("../draft/accept-into-store.js");
  const llm = process.env.OKAPI_LLM_URL ? await import("../draft/draft-with-llm.js") : undefined;
  const accepted = await draftAndAccept(decision, {
    asOf,
    ...(options.team ? { team: options.team } : {}),
    ...(options.owner ? { owner: options.owner } : {}),
    ...(options.cycle ? { cycle: options.cycle } : {}),
    ...(llm && {
      draftWith: (draftOptions) =>
        llm.draftWithConfiguredModel(decision, draftOptions, process.env),
    }),
  });
  if (options.format === "json") printJson(accepted);
  else {
    const { objective, kpis } = accepted;
    process.stdout.write(renderDraft(accepted.draft.result, options.format === "md"));
    printLine(
      `\nAccepted draft ${accepted.draft.id}: objective ${objective.id} with ${objective.keyResults?.length ?? 0} key results` +
        (kpis.length ? `; proposed KPIs: ${kpis.map((kpi) => kpi.id).join(", ")}` : ""),
    );
  }
  process.exitCode = EXIT_OK;
}

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
    .option(
      "--accept",
      "store the draft and accept it into the workspace's store: creates the objective and proposed KPIs",
    )
    .option("--owner <person>", "with --accept: the objective's owner (a person id)")
    .option("--cycle <cycle>", "with --accept: the objective's cycle (default: the draft's)")
    .addOption(formatOption(["md"]))
    .action(async (decision: string, options: DraftCommandOptions & AcceptFlags) => {
      if (options.accept) return acceptIntoStore(decision, options);
      if (options.owner || options.cycle)
        throw new UsageError("--owner and --cycle only apply with --accept");
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
