import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postSlackMessage } from "../../src/connectors/slack/post-slack-message.js";
import {
  type FakeServer,
  type RecordedRequest,
  sendJson,
  startFakeServer,
} from "./fakes/fake-server.js";

const BOT_TOKEN = "xoxb-1111-2222-fakeBotTokenValue";
const WEBHOOK_PATH = "/services/T0001/B0002/webhookSecretPart123";

/** Slack's Web API form or JSON body, as chat.postMessage accepts both. */
function params(request: RecordedRequest): Record<string, unknown> {
  if (String(request.headers["content-type"]).includes("json")) return JSON.parse(request.body);
  return Object.fromEntries(new URLSearchParams(request.body));
}

let slack: FakeServer;
beforeAll(async () => {
  // Slack as documented: Bearer bot token, HTTP 200 {ok:false,error} for API errors, 429 + Retry-After,
  // incoming webhooks answering "ok", or 404 no_service for an unknown/revoked URL.
  slack = await startFakeServer((request, response, fake) => {
    if (fake.mode === "rate-limit-always" || fake.mode === "rate-limit-once") {
      if (fake.mode === "rate-limit-once") fake.mode = "ok";
      response.writeHead(429, { "retry-after": "3" }).end();
      return;
    }
    if (request.path.startsWith("/services/")) {
      if (request.path !== WEBHOOK_PATH) return void response.writeHead(404).end("no_service");
      return void response.writeHead(200, { "content-type": "text/html" }).end("ok");
    }
    if (request.path !== "/api/chat.postMessage")
      return sendJson(response, 404, { ok: false, error: "unknown_method" });
    if (request.headers.authorization !== `Bearer ${BOT_TOKEN}`)
      return sendJson(response, 200, { ok: false, error: "invalid_auth" });
    const body = params(request);
    if (body.channel === "C0NOTHERE")
      return sendJson(response, 200, { ok: false, error: "channel_not_found" });
    sendJson(response, 200, {
      ok: true,
      channel: body.channel,
      ts: "1752537600.000100",
      message: { text: body.text },
    });
  });
});
afterAll(() => slack.close());

const bot = (extra: Record<string, unknown> = {}) => ({
  transport: "bot" as const,
  env: {},
  credentials: { botToken: BOT_TOKEN },
  apiUrl: `${slack.url}/api/`,
  waits: [] as number[],
  ...extra,
});
const withWaits = (options: ReturnType<typeof bot>) => ({
  ...options,
  wait: async (ms: number) => void options.waits.push(ms),
});

describe("postSlackMessage", () => {
  it("posts text and blocks with chat.postMessage and returns the message timestamp", async () => {
    slack.requests.length = 0;
    const blocks = [{ type: "section", text: { type: "mrkdwn", text: "*NRR* went red" } }];
    const result = await postSlackMessage(
      { channel: "C0KPIALERT", text: "NRR went red", blocks },
      withWaits(bot()),
    );
    expect(result).toMatchObject({
      ok: true,
      ts: "1752537600.000100",
      channel: "C0KPIALERT",
      attempts: 1,
    });
    const request = slack.requests[0] as RecordedRequest;
    expect(request.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    const body = params(request);
    expect(body.text).toBe("NRR went red");
    expect(typeof body.blocks === "string" ? JSON.parse(body.blocks) : body.blocks).toEqual(blocks);
  });

  it("posts to an incoming webhook URL as JSON", async () => {
    slack.requests.length = 0;
    const result = await postSlackMessage(
      { text: "Weekly review is ready" },
      { transport: "webhook", env: { OKAPI_SLACK_WEBHOOK_URL: `${slack.url}${WEBHOOK_PATH}` } },
    );
    expect(result).toMatchObject({ ok: true, attempts: 1 });
    expect(JSON.parse(slack.requests[0]?.body ?? "{}")).toEqual({ text: "Weekly review is ready" });
  });

  it("waits out a 429's Retry-After and then posts", async () => {
    slack.mode = "rate-limit-once";
    const options = bot();
    const result = await postSlackMessage(
      { channel: "C0KPIALERT", text: "hi" },
      withWaits(options),
    );
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    expect(options.waits).toEqual([3000]);
  });

  it("gives up after the retry bound with kind rate-limited", async () => {
    slack.mode = "rate-limit-always";
    const options = bot();
    const result = await postSlackMessage(
      { channel: "C0KPIALERT", text: "hi" },
      { ...withWaits(options), maxAttempts: 3 },
    );
    slack.mode = "ok";
    expect(result).toMatchObject({
      ok: false,
      attempts: 3,
      failure: { kind: "rate-limited", retryAfterSeconds: 3 },
    });
    expect(options.waits).toEqual([3000, 3000]);
  });

  it("fails with kind timeout, quickly, when Slack never answers", async () => {
    slack.mode = "hang";
    const started = performance.now();
    const result = await postSlackMessage(
      { channel: "C0KPIALERT", text: "hi" },
      { ...withWaits(bot()), timeoutMs: 200 },
    );
    slack.mode = "ok";
    expect(result).toMatchObject({ ok: false, failure: { kind: "timeout" } });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("reports a rejected bot token (invalid_auth) as auth, naming OKAPI_SLACK_BOT_TOKEN and not the token", async () => {
    const wrong = "xoxb-9999-revokedTokenValue";
    const result = await postSlackMessage(
      { channel: "C0KPIALERT", text: "hi" },
      withWaits(bot({ credentials: { botToken: wrong } })),
    );
    expect(result).toMatchObject({ ok: false, attempts: 1, failure: { kind: "auth" } });
    const text = JSON.stringify(result);
    expect(text).toContain("OKAPI_SLACK_BOT_TOKEN");
    expect(text).not.toContain(wrong);
  });

  it("reports a revoked webhook (404 no_service) as auth without showing the URL", async () => {
    const url = `${slack.url}/services/T0001/B0002/revokedWebhookPart`;
    const result = await postSlackMessage(
      { text: "hi" },
      { transport: "webhook", env: {}, credentials: { webhookUrl: url } },
    );
    expect(result).toMatchObject({ ok: false, failure: { kind: "auth" } });
    expect(JSON.stringify(result)).not.toContain("revokedWebhookPart");
  });

  it("reports an unknown channel as not-found", async () => {
    const result = await postSlackMessage({ channel: "C0NOTHERE", text: "hi" }, withWaits(bot()));
    expect(result).toMatchObject({ ok: false, failure: { kind: "not-found" } });
  });

  it("asks for the missing credential by its variable name", async () => {
    const result = await postSlackMessage(
      { channel: "C0KPIALERT", text: "hi" },
      { transport: "bot", env: {} },
    );
    expect(result).toMatchObject({
      ok: false,
      attempts: 0,
      failure: { kind: "auth", message: "missing credentials: set OKAPI_SLACK_BOT_TOKEN" },
    });
  });
});
