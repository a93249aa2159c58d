import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** Prometheus metrics of one server: its own registry, so several servers can share a process. */
export class ServerMetrics {
  readonly registry = new Registry();
  private readonly latency = new Histogram({
    name: "okapi_http_request_duration_seconds",
    help: "HTTP request latency by method, route and status",
    labelNames: ["method", "route", "status"],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: "okapi_http_errors_total",
    help: "Responses with a 4xx or 5xx status, by route and status",
    labelNames: ["route", "status"],
    registers: [this.registry],
  });
  readonly storeUp = new Gauge({
    name: "okapi_store_up",
    help: "1 when the store answered the last readiness probe, 0 otherwise",
    labelNames: ["driver"],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: "okapi_" });
  }

  /** Records one finished request. */
  observe(method: string, route: string, status: number, seconds: number): void {
    const labels = { method, route, status: String(status) };
    this.latency.observe(labels, seconds);
    if (status >= 400) this.errors.inc({ route, status: String(status) });
  }
}
