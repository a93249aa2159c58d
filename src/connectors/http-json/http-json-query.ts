import { z } from "zod";
import { Statistic } from "../shared/summarize.js";

/**
 * Any JSON endpoint: the numbers a JSONPath selects, reduced to one.
 * @example { url: "https://status.example.com/api/uptime", path: "$.data.uptime_percent" }
 * @example { url: "https://api.example.com/tickets?status=open", path: "$.items[*]", aggregate: "count", nextPath: "$.links.next" }
 */
export const HttpJsonQuery = z.strictObject({
  url: z.url(),
  /** JSONPath (jsonpath-plus syntax), e.g. $.data.total or $.items[*].amount. */
  path: z.string().startsWith("$", { message: "a JSONPath starts with $" }),
  /** first: the first match; the others reduce every match of every page. */
  aggregate: z.union([z.literal("first"), Statistic]).default("first"),
  /** JSONPath to the next page's URL, followed until it is empty (cursor or link pagination). */
  nextPath: z.string().startsWith("$").optional(),
  /** Header the token from OKAPI_HTTP_JSON_TOKEN goes in; `authorization` sends it as a Bearer token. */
  authHeader: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/)
    .default("authorization"),
});
export type HttpJsonQuery = z.infer<typeof HttpJsonQuery>;
