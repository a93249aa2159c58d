/** A non-2xx answer from a plain `fetch`, carrying what classifyError needs and nothing secret. */
export class HttpStatusError extends Error {
  override readonly name = "HttpStatusError";
  constructor(
    readonly status: number,
    readonly headers: Headers,
  ) {
    super(`HTTP ${status}`);
  }
}

/** `fetch` that throws HttpStatusError on a non-2xx answer, so every connector classifies alike. */
export async function fetchOk(url: string | URL, init: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (!response.ok) {
    // Drain the body so the connection is released; its text may echo the request, so it is dropped.
    await response.body?.cancel();
    throw new HttpStatusError(response.status, response.headers);
  }
  return response;
}
