import type { Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import pino, { type Logger } from "pino";
import { WebhookDeliveryLoop } from "../app/webhooks/webhook-delivery-loop.js";
import type { Clock } from "../clock/clock.js";
import { clockFromEnv } from "../clock/clock-from-env.js";
import type { Store } from "../store/open-store.js";
import { authConfigFromEnv } from "./auth/auth-config.js";
import { bootstrapAccounts } from "./auth/bootstrap-accounts.js";
import { createApp } from "./create-app.js";

export interface ServerOptions {
  store: Store;
  port: number;
  hostname?: string | undefined;
  env?: NodeJS.ProcessEnv | undefined;
  logger?: Logger | undefined;
  webDist?: string | undefined;
  /** Where "today" comes from; by default the system clock, or `OKAPI_TODAY` from `env`. */
  clock?: Clock | undefined;
  /** Fills an empty store before the first request (the demo workspace). */
  seed?: ((store: Store) => Promise<void>) | undefined;
}

export interface RunningServer {
  url: string;
  port: number;
  /** The one-time link for creating the first admin, when one is pending. */
  setupUrl?: string;
  /** Stops accepting connections, lets in-flight requests finish, then closes the store. */
  close(): Promise<void>;
}

const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;
/** How long in-flight requests get to finish on shutdown (Kubernetes waits 30 s by default). */
const SHUTDOWN_GRACE_MS = 20_000;

/**
 * Requests Node rejects before the app sees them (a URL or headers over 16 KB, broken HTTP)
 * still get a problem+json answer, like every other error of the API.
 */
function answerMalformedRequests(http: HttpServer): void {
  http.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === "ECONNRESET") {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
    const status = tooLarge ? 431 : 400;
    const body = JSON.stringify({
      type: `https://okapi.dev/problems/${tooLarge ? "headers-too-large" : "bad-request"}`,
      title: tooLarge ? "Request header fields too large" : "Bad request",
      status,
      detail: tooLarge
        ? "the URL or headers are over 16 KB: send long values in a request body"
        : "the request is not valid HTTP",
    });
    socket.end(
      `HTTP/1.1 ${status} ${tooLarge ? "Request Header Fields Too Large" : "Bad Request"}\r\ncontent-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
}

/** Builds the app over an open store and listens; resolves once the port is bound. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const logger = options.logger ?? pino({ level: env.LOG_LEVEL ?? "info" });
  const auth = authConfigFromEnv(env);
  const clock = options.clock ?? clockFromEnv(env);
  if (options.seed && (await options.store.isEmpty())) await options.seed(options.store);
  const { setup, setupToken } = await bootstrapAccounts(options.store, auth, logger, env);
  const webhooks = new WebhookDeliveryLoop(options.store.db, logger, {
    attempts: 4,
    backoffMs: Number(env.OKAPI_WEBHOOK_BACKOFF_MS) || 1000,
    timeoutMs: 10_000,
    pollMs: Number(env.OKAPI_WEBHOOK_POLL_MS) || 2000,
  });
  webhooks.start();
  const { app } = createApp({
    context: { store: options.store, clock, eventsCommitted: () => webhooks.wake() },
    store: options.store,
    logger,
    auth,
    bodyLimitBytes: Number(env.OKAPI_BODY_LIMIT) || DEFAULT_BODY_LIMIT,
    webDist: options.webDist,
    setup,
    clock,
  });
  const hostname = options.hostname ?? "0.0.0.0";
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname }, () => resolve(s));
    s.once("error", reject);
  });
  answerMalformedRequests(server as HttpServer);
  const port = (server.address() as AddressInfo).port;
  const shown = hostname === "0.0.0.0" || hostname === "::" ? "localhost" : hostname;
  const url = `http://${shown}:${port}`;
  const setupUrl = setupToken ? `${url}/setup?token=${setupToken}` : undefined;
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    ...(setupUrl ? { setupUrl } : {}),
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          const http = server as HttpServer;
          // Connections left idle by finished requests are closed as they appear; stragglers
          // past the grace period are cut so a stuck client cannot hold the process.
          const sweep = setInterval(() => http.closeIdleConnections(), 50);
          const deadline = setTimeout(() => http.closeAllConnections(), SHUTDOWN_GRACE_MS);
          http.close(() => {
            clearInterval(sweep);
            clearTimeout(deadline);
            resolve();
          });
          http.closeIdleConnections();
        });
        // A delivery round in progress still reads the store; what it leaves stays queued.
        await webhooks.stop();
        await options.store.close();
      })();
      return closing;
    },
  };
}
