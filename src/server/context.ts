import type { Logger } from "pino";
import type { Clock } from "../clock/clock.js";
import type { Principal } from "../store/repositories/accounts.js";

/** What every request carries through the middleware chain. */
export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    principal: Principal | undefined;
    /** The server's clock: "today" for every computed view comes from it. */
    clock: Clock;
  };
}
