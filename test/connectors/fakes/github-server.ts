import type { ServerResponse } from "node:http";
import {
  answerFailureMode,
  type FakeServer,
  type RecordedRequest,
  sendJson,
  startFakeServer,
} from "./fake-server.js";

/** Ignores per_page so a handful of items spans several pages. */
const FAKE_PAGE_SIZE = 2;

/**
 * GitHub's REST API as documented: token auth in `authorization`, page/per_page paging with
 * a Link header (rel="next"/"last"), 401 {"message":"Bad credentials"} and 429 + Retry-After.
 */
export function startFakeGithub(
  token: string,
  data: Record<string, unknown[]>,
): Promise<FakeServer> {
  return startFakeServer((request: RecordedRequest, response: ServerResponse, fake: FakeServer) => {
    if (request.headers.authorization !== `token ${token}`) {
      sendJson(response, 401, {
        message: "Bad credentials",
        documentation_url: "https://docs.github.com/rest",
        status: "401",
      });
      return;
    }
    if (answerFailureMode(fake, response, {})) return;
    if (request.path.startsWith("/repos/acme/throttled/")) {
      sendJson(response, 403, {
        message:
          "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
        documentation_url:
          "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
      });
      return;
    }
    const items = data[request.path];
    if (!items) {
      sendJson(response, 404, { message: "Not Found", status: "404" });
      return;
    }
    const page = Number(request.query.get("page") ?? "1");
    const last = Math.max(1, Math.ceil(items.length / FAKE_PAGE_SIZE));
    const link = (n: number, rel: string) => {
      const query = new URLSearchParams(request.query);
      query.set("page", String(n));
      return `<${fake.url}${request.path}?${query}>; rel="${rel}"`;
    };
    const links = page < last ? [link(page + 1, "next"), link(last, "last")] : [link(1, "first")];
    const slice = items.slice((page - 1) * FAKE_PAGE_SIZE, page * FAKE_PAGE_SIZE);
    // Workflow-run listings wrap their items; Octokit's paginate unwraps them.
    const body = request.path.endsWith("/actions/runs")
      ? { total_count: items.length, workflow_runs: slice }
      : slice;
    sendJson(response, 200, body, { link: links.join(", "), "x-ratelimit-remaining": "4999" });
  });
}
