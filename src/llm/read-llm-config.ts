export interface LlmConfig {
  url: string;
  model: string;
  key?: string;
}

/** Reads OKAPI_LLM_URL / OKAPI_LLM_MODEL / OKAPI_LLM_KEY; undefined when no endpoint is configured. */
export function readLlmConfig(
  env: Readonly<Record<string, string | undefined>>,
): LlmConfig | undefined {
  const url = env.OKAPI_LLM_URL?.trim();
  if (!url) return undefined;
  if (!/^https?:\/\//.test(url))
    throw new Error(
      `OKAPI_LLM_URL must be an http(s) URL such as http://127.0.0.1:11434/v1, got "${url}"`,
    );
  const model = env.OKAPI_LLM_MODEL?.trim();
  if (!model)
    throw new Error(
      "OKAPI_LLM_URL is set but OKAPI_LLM_MODEL is not: name the model, e.g. OKAPI_LLM_MODEL=llama3.1",
    );
  const key = env.OKAPI_LLM_KEY?.trim();
  return { url, model, ...(key ? { key } : {}) };
}
