import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftDecisionWithModel } from "../core/reasoning/draft-decision-with-model.js";
import { createLlmModel } from "./create-llm-model.js";
import { readLlmConfig } from "./read-llm-config.js";

interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name?: string } };
}

const received: { auth: string | undefined; body: ChatRequest }[] = [];
let answerFor: (body: ChatRequest) => string = () => "{}";
let server: Server;
let url = "";

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    request.on("data", (chunk: Buffer) => {
      text += chunk.toString();
    });
    request.on("end", () => resolve(text));
  });
}

/** A fake OpenAI-compatible chat completions endpoint on 127.0.0.1, as the documented response shape. */
beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = JSON.parse(await readBody(request)) as ChatRequest;
    received.push({ auth: request.headers.authorization, body });
    response.setHeader("content-type", "application/json");
    response.end(
      JSON.stringify({
        id: "chatcmpl-1",
        object: "chat.completion",
        created: 1_700_000_000,
        model: body.model,
        choices: [
          {
            index: 0,
            message: { role: "assistant", content: answerFor(body) },
            finish_reason: "stop",
          },
        ],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("createLlmModel", () => {
  it("asks the endpoint for JSON matching the step's schema, with the key and model configured", async () => {
    answerFor = () =>
      JSON.stringify({
        question: "Should we raise Pro prices in Q3?",
        constraint: "demand",
        decisionType: "pricing",
      });
    const config = readLlmConfig({
      OKAPI_LLM_URL: url,
      OKAPI_LLM_MODEL: "tiny",
      OKAPI_LLM_KEY: "sk-test",
    });
    if (!config) throw new Error("config expected");
    const answer = await createLlmModel(config).ask({
      step: "reframe",
      system: "be brief",
      prompt: "raise prices?",
      schema: {
        type: "object",
        properties: { question: { type: "string" } },
        required: ["question"],
      },
    });
    expect(answer).toMatchObject({ question: "Should we raise Pro prices in Q3?" });
    const last = received.at(-1);
    expect(last?.auth).toBe("Bearer sk-test");
    expect(last?.body.model).toBe("tiny");
    expect(last?.body.response_format?.type).toBe("json_schema");
    expect(last?.body.response_format?.json_schema?.name).toBe("okapi_reframe");
  });

  it("lets the loop fall back to the offline engine when the endpoint answers nonsense", async () => {
    answerFor = () => JSON.stringify({ unrelated: true });
    const config = readLlmConfig({ OKAPI_LLM_URL: url, OKAPI_LLM_MODEL: "tiny" });
    if (!config) throw new Error("config expected");
    const draft = await draftDecisionWithModel(
      "Do we raise Pro prices 20% next quarter?",
      { asOf: "2026-05-20" },
      createLlmModel(config),
    );
    expect(draft.candidates.length).toBeGreaterThanOrEqual(6);
    expect(
      draft.trace.filter((entry) => entry.by === "fallback").map((entry) => entry.step),
    ).toEqual(["reframe", "generate", "emit"]);
  });
});

describe("readLlmConfig", () => {
  it("is undefined without OKAPI_LLM_URL and rejects a URL without a model", () => {
    expect(readLlmConfig({})).toBeUndefined();
    expect(() => readLlmConfig({ OKAPI_LLM_URL: "http://127.0.0.1:1/v1" })).toThrow(
      /OKAPI_LLM_MODEL/,
    );
    expect(() => readLlmConfig({ OKAPI_LLM_URL: "ftp://x", OKAPI_LLM_MODEL: "m" })).toThrow(/http/);
  });
});
