import type { Logger } from "pino";
import type { Store } from "../../store/open-store.js";
import { countAccounts, createAccount } from "../../store/repositories/accounts.js";
import type { AuthConfig } from "./auth-config.js";
import { hashPassword, hashSecret, newSecret } from "./secrets.js";

/** A one-time setup secret, held in memory only: it dies with the process. */
export interface SetupLink {
  tokenHash: string;
  used: boolean;
}

/**
 * On a store without accounts: creates the admin from OKAPI_ADMIN_EMAIL/PASSWORD, or returns
 * a one-time setup link for the first admin. Says loudly when authentication is off.
 */
export async function bootstrapAccounts(
  store: Store,
  config: AuthConfig,
  logger: Logger,
  env: NodeJS.ProcessEnv,
): Promise<{ setup?: SetupLink; setupToken?: string }> {
  if (config.mode === "off") {
    logger.warn(
      "AUTHENTICATION IS OFF (OKAPI_AUTH=off): anyone who can reach this port is an admin. Use it only on your own machine.",
    );
    return {};
  }
  if ((await countAccounts(store.db)) > 0) return {};
  const email = env.OKAPI_ADMIN_EMAIL;
  const password = env.OKAPI_ADMIN_PASSWORD;
  if (email && password) {
    await createAccount(
      store.db,
      { email, name: "Administrator", role: "admin", passwordHash: await hashPassword(password) },
      "system:bootstrap",
    );
    logger.info({ email }, "created the first admin from OKAPI_ADMIN_EMAIL");
    return {};
  }
  const token = newSecret("setup");
  return { setup: { tokenHash: hashSecret(token), used: false }, setupToken: token };
}
