import type { FailureKind } from "./pull-connector.js";

/** A value pulled from a source, ready to store. */
export interface SourcedMeasurement {
  at: string;
  value: number;
  /** Which connector and query produced it, e.g. "github:acme/app pr-lead-time-hours". */
  source: string;
}

/** Why a metric's source is failing: the metric reads "stale: source failing" until it recovers. */
export interface SourceFailureRecord {
  kind: FailureKind;
  message: string;
  at: string;
}

/**
 * Where runSource writes. The store implements it; connectors never see the store.
 * A failing pull calls only markSourceFailing: no value is written.
 */
export interface MeasurementSink {
  recordMeasurement(metricId: string, measurement: SourcedMeasurement): Promise<void>;
  markSourceFailing(metricId: string, failure: SourceFailureRecord): Promise<void>;
  markSourceHealthy(metricId: string, at: string): Promise<void>;
}
