/** What a response looked like, for an assertion message that says what went wrong. */
export interface Observed {
  request: string;
  status: number;
  contentType: string;
  body: string;
}

/** Reads a response once, whatever it holds. */
export async function observe(request: string, response: Response): Promise<Observed> {
  return {
    request,
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    body: await response.text(),
  };
}

/**
 * Why a response breaks the API's error contract, or undefined when it keeps it: no 5xx,
 * and every error is application/problem+json whose `status` matches the response.
 */
export function problemContractBreach(observed: Observed): string | undefined {
  const { status, contentType, body } = observed;
  if (status >= 500) return `answered ${status}: ${body.slice(0, 300)}`;
  if (status < 400) return undefined;
  if (!contentType.startsWith("application/problem+json"))
    return `answered ${status} as ${contentType || "no content type"}, not problem+json: ${body.slice(0, 200)}`;
  try {
    const problem = JSON.parse(body) as { status?: unknown; title?: unknown; detail?: unknown };
    if (problem.status !== status || typeof problem.title !== "string")
      return `problem body does not match status ${status}: ${body.slice(0, 200)}`;
  } catch {
    return `problem+json body is not JSON: ${body.slice(0, 200)}`;
  }
  return undefined;
}
