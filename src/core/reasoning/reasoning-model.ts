import { z } from "zod";
import type { TraceEntry } from "./draft-types.js";

/** What the loop needs from a language model: one JSON answer per step. Injected, so src/core stays pure. */
export interface ReasoningModel {
  ask(request: {
    step: string;
    system: string;
    prompt: string;
    schema: Record<string, unknown>;
  }): Promise<unknown>;
}

const GROUNDING =
  "You are Okapi's decision engine, acting as a demanding Chief of Staff. Use only the metrics listed in the prompt (the curated knowledge base and the workspace's KPIs) and answer with JSON matching the schema, nothing else.";

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
    .join("; ");
}

/**
 * Asks the model for one step, validates the answer with zod (and `check`), repairs once by
 * re-asking with the problems, and returns undefined — with a trace note — when it still fails.
 */
export async function askStep<T>(
  model: ReasoningModel,
  step: TraceEntry["step"],
  schema: z.ZodType<T>,
  prompt: string,
  trace: TraceEntry[],
  check: (value: T) => string | undefined = () => undefined,
): Promise<T | undefined> {
  const jsonSchema = z.toJSONSchema(schema) as Record<string, unknown>;
  let problem = "";
  for (const attempt of [1, 2]) {
    const text =
      attempt === 1
        ? prompt
        : `${prompt}\n\nYour previous answer was rejected: ${problem}. Answer again, fixing exactly that.`;
    let answer: unknown;
    try {
      answer = await model.ask({ step, system: GROUNDING, prompt: text, schema: jsonSchema });
    } catch (error) {
      problem = `the model call failed (${error instanceof Error ? error.message : String(error)})`;
      break;
    }
    const parsed = schema.safeParse(answer);
    problem = parsed.success ? (check(parsed.data) ?? "") : describeIssues(parsed.error);
    if (parsed.success && !problem) {
      trace.push({
        step,
        by: "model",
        note: attempt === 1 ? "answered by the model" : "answered by the model after one repair",
      });
      return parsed.data;
    }
  }
  trace.push({
    step,
    by: "fallback",
    note: `model answer unusable (${problem}); used the offline engine`,
  });
  return undefined;
}
