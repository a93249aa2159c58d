// HTTP load on loopback with autocannon. Percentiles come from every response time:
// autocannon's own summary has p50/p90/p97.5/p99 but not p95, and rounds to whole ms.
import autocannon from "autocannon";

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  const value = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
  return Number(value.toFixed(2));
}

/**
 * Runs `connections` keep-alive clients against one URL for `seconds`, or for `amount`
 * requests in all when given (quick runs); req/s and latencies in ms.
 */
export function load(url, { seconds, amount, connections = 10, headers = {} }) {
  const times = [];
  const length = amount ? { amount } : { duration: seconds };
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, headers, ...length }, (error, r) => {
      if (error) return reject(error);
      times.sort((a, b) => a - b);
      resolve({
        // With `amount`, autocannon's per-second average undercounts the last partial second
        // (r.duration is in seconds).
        rps: amount ? times.length / r.duration : r.requests.average,
        p50: percentile(times, 0.5),
        p95: percentile(times, 0.95),
        p99: percentile(times, 0.99),
        errors: r.non2xx + r.errors + r.timeouts,
        requests: times.length,
      });
    });
    instance.on("response", (_client, _status, _bytes, ms) => times.push(ms));
  });
}
