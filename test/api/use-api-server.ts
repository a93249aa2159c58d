import { afterAll, beforeAll } from "vitest";
import type { TestStore } from "../../src/store/test-support/test-stores.js";
import { createAccounts, startTestServer, type Team, type TestServer } from "./api-server.js";

/** The server and one token per role of a suite; filled in `beforeAll`. */
export interface ApiSuite {
  server: TestServer;
  tokens: Team;
}

/**
 * Starts the real server over a fresh store for the enclosing `describe` and creates one
 * account per role; stops it after the suite. Read the fields inside tests or hooks.
 */
export function useApiServer(open: () => Promise<TestStore>): ApiSuite {
  const suite = {} as ApiSuite;
  beforeAll(async () => {
    suite.server = await startTestServer(open);
    suite.tokens = await createAccounts(suite.server);
  });
  afterAll(() => suite.server.stop());
  return suite;
}
