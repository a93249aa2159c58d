import { answerFailureMode, type FakeServer, sendJson, startFakeServer } from "./fake-server.js";

const FAKE_PAGE_SIZE = 2;

/**
 * Jira's REST search as documented: Cloud `POST /rest/api/3/search/jql` paged by
 * nextPageToken and `POST /rest/api/3/search/approximate-count`; Data Center
 * `POST /rest/api/2/search` paged by startAt/maxResults with `total`. Basic auth
 * (email:API token) or Bearer (personal access token); 401 with errorMessages.
 */
export function startFakeJira(
  auth: { email: string; token: string },
  issues: unknown[],
): Promise<FakeServer> {
  const basic = `Basic ${Buffer.from(`${auth.email}:${auth.token}`).toString("base64")}`;
  return startFakeServer((request, response, fake) => {
    const header = request.headers.authorization;
    if (header !== basic && header !== `Bearer ${auth.token}`) {
      sendJson(response, 401, {
        errorMessages: [
          "You are not authenticated. Authentication required to perform this operation.",
        ],
        errors: {},
      });
      return;
    }
    if (answerFailureMode(fake, response, {}, 3)) return;
    const body = JSON.parse(request.body || "{}") as { startAt?: number; nextPageToken?: string };
    if (request.method === "POST" && request.path === "/rest/api/3/search/approximate-count") {
      sendJson(response, 200, { count: issues.length });
      return;
    }
    if (request.method === "POST" && request.path === "/rest/api/3/search/jql") {
      const start = body.nextPageToken ? Number(body.nextPageToken.replace("token-", "")) : 0;
      const next = start + FAKE_PAGE_SIZE;
      sendJson(response, 200, {
        issues: issues.slice(start, next),
        ...(next < issues.length
          ? { nextPageToken: `token-${next}`, isLast: false }
          : { isLast: true }),
      });
      return;
    }
    if (request.method === "POST" && request.path === "/rest/api/2/search") {
      const startAt = body.startAt ?? 0;
      const max = Math.min(
        FAKE_PAGE_SIZE,
        (body as { maxResults?: number }).maxResults ?? FAKE_PAGE_SIZE,
      );
      sendJson(response, 200, {
        startAt,
        maxResults: max,
        total: issues.length,
        issues: issues.slice(startAt, startAt + max),
      });
      return;
    }
    sendJson(response, 404, { errorMessages: ["Not found"] });
  });
}
