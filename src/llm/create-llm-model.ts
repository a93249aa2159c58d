import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { generateObject, jsonSchema } from "ai";
import type { ReasoningModel } from "../core/reasoning/reasoning-model.js";
import type { LlmConfig } from "./read-llm-config.js";

/**
 * A ReasoningModel over any OpenAI-compatible endpoint (Ollama, vLLM, llama.cpp, hosted APIs)
 * through the Vercel AI SDK. It returns the parsed JSON unvalidated: the reasoning core
 * validates with zod and owns the repair-once-then-fall-back policy.
 */
export function createLlmModel(config: LlmConfig): ReasoningModel {
  const provider = createOpenAICompatible({
    name: "okapi-llm",
    baseURL: config.url,
    ...(config.key ? { apiKey: config.key } : {}),
    supportsStructuredOutputs: true,
  });
  const model = provider.chatModel(config.model);
  return {
    async ask({ step, system, prompt, schema }) {
      const result = await generateObject({
        model,
        system,
        prompt,
        schema: jsonSchema(schema),
        schemaName: `okapi_${step.replaceAll("-", "_")}`,
        maxRetries: 0,
        temperature: 0,
      });
      return result.object;
    },
  };
}
