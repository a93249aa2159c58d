import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { testToday } from "../test-today.js";
import {
  type DashboardServer,
  launchBrowser,
  signedInPage,
  startDashboardServer,
} from "./harness.js";

export interface SignedInDashboard {
  server: DashboardServer;
  browser: Browser;
  /** One page signed in as the admin, shared by the suite's tests in order. */
  page: Page;
}

/**
 * Registers the suite's beforeAll/afterAll: the demo company dated the suite's today on a real server, a
 * browser and a signed-in page. Read the fields inside tests (they are set in beforeAll).
 */
export function signedInDashboard(): SignedInDashboard {
  const suite = {} as SignedInDashboard;
  beforeAll(async () => {
    [suite.server, suite.browser] = await Promise.all([
      startDashboardServer(testToday()),
      launchBrowser(),
    ]);
    suite.page = await signedInPage(suite.browser, suite.server.url);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.server.close();
  });
  return suite;
}
