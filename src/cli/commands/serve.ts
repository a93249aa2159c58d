import { existsSync } from "node:fs";
import type { Command } from "commander";
import { todayOf } from "../../clock/clock.js";
import { packagePath } from "../../package-root.js";
import { startServer } from "../../server/start-server.js";
import { openStore, storeOptionsFromEnv } from "../../store/open-store.js";
import { StoreError } from "../../store/store-error.js";
import { UsageError } from "../exit-codes.js";
import { parseNumberOption } from "../output.js";
import { createServeLogger, describeServerStart } from "../serve-logger.js";
import { cliClock } from "../today.js";
import { loadDemo } from "../workspace/load-demo.js";

const WEB_DIST = packagePath("web", "dist");

/** `okapi serve`: the HTTP API and the dashboard over the configured store. */
export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("run the HTTP API (/api/v1, docs at /api/docs) and the dashboard")
    .option("--port <n>", "port to listen on (default: $PORT or 4280)")
    .option(
      "--host <address>",
      "address to bind (0.0.0.0 for every interface)",
      process.env.HOST ?? "127.0.0.1",
    )
    .option("--demo", "load the demo company first when the store is empty", false)
    .action(async (options: { port?: string; host: string; demo: boolean }) => {
      const port = parseNumberOption("--port")(options.port ?? process.env.PORT ?? "4280");
      if (!Number.isInteger(port) || port < 0 || port > 65_535)
        throw new UsageError(`--port must be a whole number from 0 to 65535 (got ${port})`);
      const clock = cliClock();
      const terminal = process.stdout.isTTY === true;
      const logger = createServeLogger({ level: process.env.LOG_LEVEL ?? "info", terminal });
      let store: Awaited<ReturnType<typeof openStore>>;
      try {
        store = await openStore(storeOptionsFromEnv());
      } catch (error) {
        if (error instanceof StoreError) throw new UsageError(error.message);
        throw error;
      }
      const server = await startServer({
        store,
        port,
        hostname: options.host,
        logger,
        clock,
        webDist: existsSync(WEB_DIST) ? WEB_DIST : undefined,
        seed: options.demo
          ? async (empty) => {
              logger.info("empty store: loading the demo company");
              await loadDemo(empty, todayOf(clock), "system:demo");
            }
          : undefined,
      });
      logger.info(
        { url: server.url, store: store.driver, readyMs: Math.round(process.uptime() * 1000) },
        `Okapi is listening on ${server.url} (API docs at ${server.url}/api/docs)`,
      );
      if (terminal) process.stdout.write(describeServerStart(server));
      if (server.setupUrl)
        logger.warn(
          { setupUrl: server.setupUrl },
          `No accounts yet: create the first admin within this run at ${server.setupUrl} (or set OKAPI_ADMIN_EMAIL and OKAPI_ADMIN_PASSWORD)`,
        );
      // The operating rhythm runs in process; every instance runs it, each job once per period.
      const scheduler =
        process.env.OKAPI_SCHEDULER === "off"
          ? undefined
          : (await import("../../agent/scheduler.js")).createScheduler({ store, logger, clock });
      await scheduler?.start();
      const stop = (signal: string) => {
        logger.info({ signal }, "shutting down: finishing in-flight requests");
        (scheduler?.stop() ?? Promise.resolve())
          .then(() => server.close())
          .then(
            () => process.exit(0),
            (error: unknown) => {
              logger.error({ err: error }, "shutdown failed");
              process.exit(1);
            },
          );
      };
      process.once("SIGTERM", () => stop("SIGTERM"));
      process.once("SIGINT", () => stop("SIGINT"));
    });
}
