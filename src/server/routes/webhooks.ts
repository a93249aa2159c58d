import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { WEBHOOK_EVENTS } from "../../core/events/domain-events.js";
import type { Store } from "../../store/open-store.js";
import { createWebhook, deleteWebhook, listWebhooks } from "../../store/repositories/webhooks.js";
import { AppError } from "../app-error.js";
import { newSecret } from "../auth/secrets.js";
import type { AppEnv } from "../context.js";
import { actorOf, requireAdmin } from "../guards.js";
import { createErrorResponses, errorResponses, IdParam, jsonBody } from "../schemas.js";

const Webhook = z
  .object({
    id: z.string(),
    url: z.string(),
    events: z.array(z.string()),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .openapi("Webhook");
const NewWebhook = z
  .object({
    url: z.url({ protocol: /^https?$/ }),
    events: z.array(z.enum(WEBHOOK_EVENTS)).min(1),
  })
  .openapi("NewWebhook");
const CreatedWebhook = Webhook.extend({
  secret: z.string().openapi({ description: "HMAC-SHA256 key for x-okapi-signature; shown once" }),
}).openapi("CreatedWebhook");
const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const list = createRoute({
  method: "get",
  path: "/webhooks",
  tags: ["webhooks"],
  responses: { 200: json(z.object({ items: z.array(Webhook) }), "Webhooks"), ...errorResponses },
});
const create = createRoute({
  method: "post",
  path: "/webhooks",
  tags: ["webhooks"],
  request: { body: jsonBody(NewWebhook) },
  responses: { 201: json(CreatedWebhook, "Registered"), ...createErrorResponses },
});
const remove = createRoute({
  method: "delete",
  path: "/webhooks/{id}",
  tags: ["webhooks"],
  request: { params: IdParam },
  responses: { 204: { description: "Removed" }, ...errorResponses },
});

/** Outgoing webhooks for goal events; admins manage them. */
export function registerWebhookRoutes(app: OpenAPIHono<AppEnv>, store: Store): void {
  app.openapi(list, async (c) => {
    requireAdmin(c);
    return c.json({ items: await listWebhooks(store.db) }, 200);
  });
  app.openapi(create, async (c) => {
    const admin = requireAdmin(c);
    const secret = newSecret("whsec");
    const webhook = await createWebhook(
      store.db,
      { ...c.req.valid("json"), secret },
      actorOf(admin),
    );
    return c.json({ ...webhook, secret }, 201);
  });
  app.openapi(remove, async (c) => {
    const admin = requireAdmin(c);
    if (!(await deleteWebhook(store.db, c.req.valid("param").id, actorOf(admin))))
      throw new AppError("not-found", "no webhook with this id");
    return c.body(null, 204);
  });
}
