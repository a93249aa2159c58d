import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Store } from "../../store/open-store.js";
import type { Principal } from "../../store/repositories/accounts.js";
import type { GuardedWrites } from "../../store/repositories/guarded-writes.js";
import type { Patch } from "../../store/repositories/outcome.js";
import type { AppEnv } from "../context.js";
import { actorOf, etagOf, requireIfMatch, throwWriteFailure } from "../guards.js";
import {
  createErrorResponses,
  IdParam,
  IfMatchHeader,
  jsonBody,
  jsonResponse,
  updateErrorResponses,
} from "../schemas.js";

/** One simple resource's write routes: POST the collection, PATCH and DELETE an item. */
export interface WritableResource<T extends { id: string }> {
  /** The collection's path under /api/v1, e.g. "/teams". */
  path: string;
  tag: string;
  /** How messages name one item: "team". */
  name: string;
  item: z.ZodType<T>;
  patch: z.ZodType<Patch<Omit<T, "id">>>;
  writes: GuardedWrites<T>;
  /** Who may write: `requireEditor` or `requireAdmin`. */
  guard: (c: Context<AppEnv>) => Principal;
}

/**
 * Registers create (201 + Location + ETag), update (If-Match, 412 when stale, 428 without)
 * and delete (If-Match, 204) for a resource whose store side is `guardedWrites`: the shapes
 * every simple resource repeats, documented the same way for each.
 */
export function registerGuardedRoutes<T extends { id: string }>(
  app: OpenAPIHono<AppEnv>,
  store: Store,
  resource: WritableResource<T>,
): void {
  const { path, tag, name, writes, guard } = resource;
  const item = resource.item as z.ZodType<T>;
  const create = createRoute({
    method: "post",
    path,
    tags: [tag],
    request: { body: jsonBody(item) },
    responses: { 201: jsonResponse(item, "Created"), ...createErrorResponses },
  });
  const update = createRoute({
    method: "patch",
    path: `${path}/{id}`,
    tags: [tag],
    request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(resource.patch) },
    responses: { 200: jsonResponse(item, "Updated"), ...updateErrorResponses },
  });
  const remove = createRoute({
    method: "delete",
    path: `${path}/{id}`,
    tags: [tag],
    request: { params: IdParam, headers: IfMatchHeader },
    responses: { 204: { description: "Deleted" }, ...updateErrorResponses },
  });
  // The handlers are generic over T; Hono's typed requests and responses cannot follow a
  // type parameter, so the validated body is read through this narrow view.
  const body = (c: Context<AppEnv>) =>
    (c.req as unknown as { valid(target: "json"): unknown }).valid("json");
  app.openapi(create, (async (c: Context<AppEnv>) => {
    const actor = actorOf(guard(c));
    const outcome = await writes.create(store.db, body(c) as T, { actor });
    if (!outcome.ok) throwWriteFailure(outcome, name);
    c.header("etag", etagOf(outcome.version));
    c.header("location", `/api/v1${path}/${outcome.value.id}`);
    return c.json(outcome.value, 201);
  }) as never);
  app.openapi(update, (async (c: Context<AppEnv>) => {
    const actor = actorOf(guard(c));
    const ifMatch = requireIfMatch(c);
    const patch = body(c) as Patch<Omit<T, "id">>;
    const outcome = await writes.update(store.db, c.req.param("id") ?? "", patch, {
      actor,
      ifMatch,
    });
    if (!outcome.ok) throwWriteFailure(outcome, name);
    c.header("etag", etagOf(outcome.version));
    return c.json(outcome.value, 200);
  }) as never);
  app.openapi(remove, (async (c: Context<AppEnv>) => {
    const actor = actorOf(guard(c));
    const ifMatch = requireIfMatch(c);
    const outcome = await writes.remove(store.db, c.req.param("id") ?? "", { actor, ifMatch });
    if (!outcome.ok) throwWriteFailure(outcome, name);
    return c.body(null, 204);
  }) as never);
}
