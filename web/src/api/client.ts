import createClient from "openapi-fetch";
import type { components, paths } from "./generated/okapi-api";

/** The typed API client: paths, parameters and bodies come from the server's OpenAPI document. */
export const api = createClient<paths>({ baseUrl: "" });

export type Schemas = components["schemas"];
export type ProblemBody = Schemas["Problem"];

/** A failed API call, carrying the server's problem+json so screens can say what went wrong. */
export class ApiProblem extends Error {
  readonly problem: ProblemBody;
  constructor(problem: ProblemBody) {
    super(problem.detail || problem.title);
    this.name = "ApiProblem";
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
}

function toProblem(error: unknown, response: Response): ProblemBody {
  if (error && typeof error === "object" && "title" in error) return error as ProblemBody;
  return {
    type: "about:blank",
    title: response.statusText || "Request failed",
    status: response.status,
    detail: `The server answered ${response.status} without an explanation.`,
  };
}

/**
 * Returns the data of an openapi-fetch result, or throws an ApiProblem.
 * @example const kpi = await unwrap(api.GET("/api/v1/kpis/{id}", { params: { path: { id } } }));
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiProblem(toProblem(error, response));
  return data as T;
}
