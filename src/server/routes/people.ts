import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { PersonInput } from "../../core/model/index.js";
import type { Store } from "../../store/open-store.js";
import { getPerson, listPeople, personWrites } from "../../store/repositories/people.js";
import { versionOf } from "../../store/repositories/version.js";
import { AppError } from "../app-error.js";
import type { AppEnv } from "../context.js";
import { etagOf, requireEditor, requireUser } from "../guards.js";
import { errorResponses, IdParam, jsonResponse, PageQuery, pageOf } from "../schemas.js";
import { registerGuardedRoutes } from "./guarded-routes.js";

// Core schemas are built before @hono/zod-openapi patches zod; a copy made here has .openapi().
const Person = PersonInput.extend({}).openapi("Person");
const PersonPatch = PersonInput.omit({ id: true }).partial().openapi("PersonPatch");

const list = createRoute({
  method: "get",
  path: "/people",
  tags: ["people"],
  request: { query: PageQuery },
  responses: { 200: jsonResponse(pageOf(Person, "PersonPage"), "People"), ...errorResponses },
});
const get = createRoute({
  method: "get",
  path: "/people/{id}",
  tags: ["people"],
  request: { params: IdParam },
  responses: { 200: jsonResponse(Person, "A person"), ...errorResponses },
});
/** People: the owners of KPIs and goals. */
export function registerPeopleRoutes(app: OpenAPIHono<AppEnv>, store: Store): void {
  app.openapi(list, async (c) => {
    requireUser(c);
    return c.json(await listPeople(store.db, c.req.valid("query")), 200);
  });
  app.openapi(get, async (c) => {
    requireUser(c);
    const person = await getPerson(store.db, c.req.valid("param").id);
    if (!person) throw new AppError("not-found", "no person with this id");
    c.header("etag", etagOf(versionOf(person)));
    return c.json(person, 200);
  });
  registerGuardedRoutes(app, store, {
    path: "/people",
    tag: "people",
    name: "person",
    item: Person,
    patch: PersonPatch,
    writes: personWrites,
    guard: requireEditor,
  });
}
