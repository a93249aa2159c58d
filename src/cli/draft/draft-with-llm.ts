import type { DraftOptions } from "../../core/reasoning/draft-decision.js";
import { draftDecisionWithModel } from "../../core/reasoning/draft-decision-with-model.js";
import type { DecisionDraft } from "../../core/reasoning/draft-types.js";
import { createLlmModel } from "../../llm/create-llm-model.js";
import { readLlmConfig } from "../../llm/read-llm-config.js";
import { UsageError } from "../exit-codes.js";

/** Runs the loop with the model the environment configures (OKAPI_LLM_URL, _MODEL, _KEY). */
export async function draftWithConfiguredModel(
  decision: string,
  options: DraftOptions,
  env: Readonly<Record<string, string | undefined>>,
): Promise<DecisionDraft> {
  let config: ReturnType<typeof readLlmConfig>;
  try {
    config = readLlmConfig(env);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (!config) throw new UsageError("OKAPI_LLM_URL is empty: unset it to draft offline");
  return draftDecisionWithModel(decision, options, createLlmModel(config));
}
