import { type FakeServer, sendJson, startFakeServer } from "./fake-server.js";

const FAKE_PAGE_SIZE = 2;

/**
 * Linear's GraphQL API as documented: `POST /graphql`, the API key alone in `Authorization`,
 * Relay cursors (first/after, pageInfo.endCursor), errors in the body with `extensions.type`
 * ("authentication error", "ratelimited"), rate limiting with Retry-After.
 */
export function startFakeLinear(apiKey: string, issues: unknown[]): Promise<FakeServer> {
  return startFakeServer((request, response, fake) => {
    if (request.method !== "POST" || request.path !== "/graphql") {
      sendJson(response, 404, { errors: [{ message: "Not found" }] });
      return;
    }
    if (request.headers.authorization !== apiKey) {
      sendJson(response, 400, {
        errors: [
          {
            message: "Authentication required, not authenticated",
            extensions: {
              type: "authentication error",
              code: "AUTHENTICATION_ERROR",
              userPresentableMessage: "You need to authenticate to access this operation.",
            },
          },
        ],
      });
      return;
    }
    if (fake.mode === "rate-limit-always" || fake.mode === "rate-limit-once") {
      if (fake.mode === "rate-limit-once") fake.mode = "ok";
      sendJson(
        response,
        429,
        {
          errors: [
            {
              message: "Rate limit exceeded",
              extensions: { type: "ratelimited", code: "RATELIMITED" },
            },
          ],
        },
        { "retry-after": "4" },
      );
      return;
    }
    const { variables } = JSON.parse(request.body) as { variables: { after: string | null } };
    const start = variables.after ? Number(variables.after.replace("cursor-", "")) : 0;
    const end = start + FAKE_PAGE_SIZE;
    sendJson(response, 200, {
      data: {
        issues: {
          nodes: issues.slice(start, end),
          pageInfo: {
            hasNextPage: end < issues.length,
            endCursor: end < issues.length ? `cursor-${end}` : null,
          },
        },
      },
    });
  });
}
