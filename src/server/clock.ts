import type { Context } from "hono";
import { todayOf } from "../clock/clock.js";
import type { AppEnv } from "./context.js";

/** Today for this request by the server's clock (UTC; `OKAPI_TODAY` fixes it for tests and demos). */
export function requestToday(c: Context<AppEnv>): string {
  return todayOf(c.get("clock"));
}
