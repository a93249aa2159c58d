import type {
  MeasurementSink,
  SourcedMeasurement,
  SourceFailureRecord,
} from "../../../src/connectors/shared/measurement-sink.js";

/** An in-memory MeasurementSink that keeps every call, for assertions. */
export class RecordingSink implements MeasurementSink {
  readonly measurements: { metricId: string; measurement: SourcedMeasurement }[] = [];
  readonly failures: { metricId: string; failure: SourceFailureRecord }[] = [];
  readonly healthy: { metricId: string; at: string }[] = [];

  async recordMeasurement(metricId: string, measurement: SourcedMeasurement): Promise<void> {
    this.measurements.push({ metricId, measurement });
  }
  async markSourceFailing(metricId: string, failure: SourceFailureRecord): Promise<void> {
    this.failures.push({ metricId, failure });
  }
  async markSourceHealthy(metricId: string, at: string): Promise<void> {
    this.healthy.push({ metricId, at });
  }
}
