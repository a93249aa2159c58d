import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the fake server received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

/** How the fake answers next: normally, or with one of the failures every connector must survive. */
type FakeMode = "ok" | "rate-limit-once" | "rate-limit-always" | "hang" | "unauthorized";

export interface FakeServer {
  url: string;
  requests: RecordedRequest[];
  mode: FakeMode;
  close(): Promise<void>;
}

/** Answers one request; in mode "hang" it is not called, so the request never gets an answer. */
export type FakeHandler = (
  request: RecordedRequest,
  response: ServerResponse,
  server: FakeServer,
) => void;

/** An HTTP server on 127.0.0.1 and a random port that records every request it gets. */
export async function startFakeServer(handler: FakeHandler): Promise<FakeServer> {
  const fake: FakeServer = { url: "", requests: [], mode: "ok", close: async () => {} };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const recorded: RecordedRequest = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      fake.requests.push(recorded);
      if (fake.mode === "hang") return;
      handler(recorded, res, fake);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}

/** Writes a JSON answer. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  response.end(JSON.stringify(body));
}

/**
 * Answers the shared failure modes the way most REST APIs document them (429 + Retry-After,
 * 401 with an error body). Returns true when it answered, so the fake's own handler stops.
 */
export function answerFailureMode(
  fake: FakeServer,
  response: ServerResponse,
  unauthorizedBody: unknown,
  retryAfterSeconds = 2,
): boolean {
  if (fake.mode === "unauthorized") {
    sendJson(response, 401, unauthorizedBody);
    return true;
  }
  if (fake.mode === "rate-limit-always" || fake.mode === "rate-limit-once") {
    if (fake.mode === "rate-limit-once") fake.mode = "ok";
    sendJson(
      response,
      429,
      { message: "rate limited" },
      { "retry-after": String(retryAfterSeconds) },
    );
    return true;
  }
  return false;
}
