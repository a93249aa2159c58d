import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { PersonInput } from "../../core/model/index.js";
import type { Store } from "../../store/open-store.js";
import {
  createPerson,
  deletePerson,
  getPerson,
  listPeople,
  updatePerson,
} from "../../store/repositories/people.js";
import { versionOf } from "../../store/repositories/version.js";
import { AppError } from "../app-error.js";
import type { AppEnv } from "../context.js";
import {
  actorOf,
  etagOf,
  requireEditor,
  requireIfMatch,
  requireUser,
  throwWriteFailure,
} from "../guards.js";
import {
  createErrorResponses,
  errorResponses,
  IdParam,
  IfMatchHeader,
  jsonBody,
  jsonResponse,
  PageQuery,
  pageOf,
  updateErrorResponses,
} from "../schemas.js";

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
const create = createRoute({
  method: "post",
  path: "/people",
  tags: ["people"],
  request: { body: jsonBody(Person) },
  responses: { 201: jsonResponse(Person, "Created"), ...createErrorResponses },
});
const update = createRoute({
  method: "patch",
  path: "/people/{id}",
  tags: ["people"],
  request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(PersonPatch) },
  responses: { 200: jsonResponse(Person, "Updated"), ...updateErrorResponses },
});
const remove = createRoute({
  method: "delete",
  path: "/people/{id}",
  tags: ["people"],
  request: { params: IdParam, headers: IfMatchHeader },
  responses: { 204: { description: "Deleted" }, ...updateErrorResponses },
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
  app.openapi(create, async (c) => {
    const actor = actorOf(requireEditor(c));
    const outcome = await createPerson(store.db, c.req.valid("json"), { actor });
    if (!outcome.ok) throwWriteFailure(outcome, "person");
    c.header("etag", etagOf(outcome.version));
    c.header("location", `/api/v1/people/${outcome.value.id}`);
    return c.json(outcome.value, 201);
  });
  app.openapi(update, async (c) => {
    const actor = actorOf(requireEditor(c));
    const ifMatch = requireIfMatch(c);
    const outcome = await updatePerson(store.db, c.req.valid("param").id, c.req.valid("json"), {
      actor,
      ifMatch,
    });
    if (!outcome.ok) throwWriteFailure(outcome, "person");
    c.header("etag", etagOf(outcome.version));
    return c.json(outcome.value, 200);
  });
  app.openapi(remove, async (c) => {
    const actor = actorOf(requireEditor(c));
    const ifMatch = requireIfMatch(c);
    const outcome = await deletePerson(store.db, c.req.valid("param").id, { actor, ifMatch });
    if (!outcome.ok) throwWriteFailure(outcome, "person");
    return c.body(null, 204);
  });
}
