import type { MiddlewareHandler } from "hono";
import { AppError } from "../app-error.js";
import type { AppEnv } from "../context.js";

const YAML_TYPES = ["application/yaml", "application/x-yaml", "text/yaml"];

/** Bodies must be JSON (the workspace also takes YAML); anything else is a 415. */
export function requireJsonBody(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const method = c.req.method;
    if (method !== "POST" && method !== "PUT" && method !== "PATCH") return next();
    const length = c.req.header("content-length");
    if (length === "0") return next();
    const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    const yamlAllowed = c.req.path === "/api/v1/workspace";
    if (type === "application/json" || (yamlAllowed && YAML_TYPES.includes(type))) return next();
    if (!type && length === undefined && !c.req.header("transfer-encoding")) return next();
    throw new AppError(
      "unsupported-media-type",
      `send the body as application/json${yamlAllowed ? " or application/yaml" : ""} (got ${type || "no content type"})`,
    );
  };
}
