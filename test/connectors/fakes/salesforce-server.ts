import { answerFailureMode, type FakeServer, sendJson, startFakeServer } from "./fake-server.js";

const FAKE_BATCH = 2;

/**
 * Salesforce's REST query resource as documented: `GET /services/data/vXX.X/query?q=SOQL`
 * with a Bearer access token, `{totalSize, done, records, nextRecordsUrl}`, further batches at
 * `/services/data/vXX.X/query/<locator>-<offset>`, 401 INVALID_SESSION_ID, 403 REQUEST_LIMIT_EXCEEDED.
 */
export function startFakeSalesforce(
  accessToken: string,
  results: Record<string, { totalSize?: number; records: Record<string, unknown>[] }>,
): Promise<FakeServer & { exhaustLimit: boolean }> {
  const state = { exhaustLimit: false };
  const server = startFakeServer((request, response, fake) => {
    if (request.headers.authorization !== `Bearer ${accessToken}`) {
      sendJson(response, 401, [
        { message: "Session expired or invalid", errorCode: "INVALID_SESSION_ID" },
      ]);
      return;
    }
    if ((fake as FakeServer & { exhaustLimit?: boolean }).exhaustLimit) {
      sendJson(response, 403, [
        { message: "TotalRequests Limit exceeded.", errorCode: "REQUEST_LIMIT_EXCEEDED" },
      ]);
      return;
    }
    if (answerFailureMode(fake, response, [], 5)) return;
    const match = /^\/services\/data\/v(\d+\.\d)\/query(?:\/([^/]+)-(\d+))?$/.exec(request.path);
    const soql = match?.[2] ? decodeURIComponent(match[2]) : request.query.get("q");
    const result = soql ? results[soql] : undefined;
    if (!match || !result) {
      sendJson(response, 400, [{ message: "unexpected query", errorCode: "MALFORMED_QUERY" }]);
      return;
    }
    const offset = Number(match[3] ?? "0");
    const next = offset + FAKE_BATCH;
    const done = next >= result.records.length;
    sendJson(response, 200, {
      totalSize: result.totalSize ?? result.records.length,
      done,
      ...(done
        ? {}
        : {
            nextRecordsUrl: `/services/data/v${match[1]}/query/${encodeURIComponent(soql as string)}-${next}`,
          }),
      records: result.records
        .slice(offset, next)
        .map((r) => ({ attributes: { type: "Opportunity" }, ...r })),
    });
  });
  return server.then((fake) => Object.assign(fake, state));
}
