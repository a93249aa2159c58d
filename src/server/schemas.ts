import { z } from "@hono/zod-openapi";

/** RFC 9457 problem details, with the field-level list of validation errors. */
const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z
      .array(
        z.object({
          path: z.string(),
          message: z.string(),
          line: z.number().int().optional(),
          column: z.number().int().optional(),
          code: z.string().optional(),
          fix: z.string().optional(),
        }),
      )
      .optional(),
  })
  .openapi("Problem");

/** A problem+json response documented with its own description. */
export const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ProblemSchema } },
});

/** The error responses every route can give, documented once. */
export const errorResponses = {
  401: problem("Not signed in"),
  403: problem("Signed in but not allowed"),
  404: problem("No such resource (or not visible to you)"),
  422: problem("The request is not valid; `errors` lists each field"),
} as const;

/** The extra error responses of a guarded update. */
export const updateErrorResponses = {
  ...errorResponses,
  412: problem("The If-Match ETag is stale: someone changed the resource since you read it"),
  428: problem("If-Match is required"),
} as const;

export const createErrorResponses = {
  ...errorResponses,
  409: problem("A resource with this id exists"),
} as const;

/** Cursor pagination shared by every list. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).openapi({ example: 50 }),
  cursor: z.string().optional().openapi({ description: "`nextCursor` of the previous page" }),
});

/** A page of items and the cursor of the next page. */
export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ items: z.array(item), nextCursor: z.string().optional() }).openapi(name);
}

export const IfMatchHeader = z.object({
  "if-match": z
    .string()
    .optional()
    .openapi({ description: "The ETag you last read (required; 428 without it)" }),
});

export const IdParam = z.object({
  id: z.string().openapi({ param: { name: "id", in: "path" }, example: "nrr" }),
});

const etagHeader = { ETag: { schema: { type: "string" as const }, description: "Version" } };

/** A JSON body part of a route. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { "application/json": { schema } }, required: true };
}

/** A 200/201 JSON response with an ETag. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, headers: etagHeader, content: { "application/json": { schema } } };
}
