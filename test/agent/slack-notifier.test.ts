import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackNotifier } from "../../src/agent/slack-notifier.js";
import { type FakeServer, startFakeServer } from "../connectors/fakes/fake-server.js";

const HOOK = "/services/T0001/B0002/hookSecret42";

let slack: FakeServer;
beforeAll(async () => {
  // Incoming webhooks answer "ok" with 200, or 404 no_service for a revoked URL (Slack's docs).
  slack = await startFakeServer((request, response) => {
    const known = request.path === HOOK;
    response.writeHead(known ? 200 : 404, { "content-type": "text/plain" });
    response.end(known ? "ok" : "no_service");
  });
});
afterAll(() => slack.close());

describe("createSlackNotifier", () => {
  it("is not configured without a webhook or a bot token with a channel, and says what to set", async () => {
    const notifier = createSlackNotifier({ OKAPI_SLACK_BOT_TOKEN: "xoxb-1" }, undefined);
    expect(notifier.configured).toBe(false);
    expect(await notifier.post("hi")).toMatchObject({
      ok: false,
      error: expect.stringContaining("OKAPI_SLACK_WEBHOOK_URL"),
    });
  });

  it("posts the text to the incoming webhook", async () => {
    const notifier = createSlackNotifier(
      { OKAPI_SLACK_WEBHOOK_URL: `${slack.url}${HOOK}` },
      undefined,
    );
    expect(await notifier.post("Week 2026-W48: 1 red KPI")).toEqual({ ok: true });
    const last = slack.requests.at(-1);
    expect(JSON.parse(last?.body ?? "{}")).toEqual({ text: "Week 2026-W48: 1 red KPI" });
  });

  it("reports a revoked webhook as an error that does not show the URL", async () => {
    const url = `${slack.url}/services/T0001/B0002/revokedSecret99`;
    const result = await createSlackNotifier({ OKAPI_SLACK_WEBHOOK_URL: url }, undefined).post("x");
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain("revokedSecret99");
  });
});
