import { eq, sql } from "drizzle-orm";
import type { Database, Transaction } from "../database.js";
import { writeAudit } from "../repositories/audit.js";
import * as t from "../schema.js";

/**
 * The store side of a connector run for one source: the shape of the connectors'
 * MeasurementSink (src/connectors/shared/measurement-sink.ts), kept structural so the store
 * does not import the layer above it.
 */
export interface SourceSink {
  recordMeasurement(
    metricId: string,
    measurement: { at: string; value: number; source: string },
  ): Promise<void>;
  markSourceFailing(
    metricId: string,
    failure: { kind: string; message: string; at: string },
  ): Promise<void>;
  markSourceHealthy(metricId: string, at: string): Promise<void>;
}

/**
 * Runs a metric's write inside its transaction, free to read before and after it and to write
 * more (the events the value causes) in the same transaction.
 */
export type WrapWrite = (
  tx: Transaction,
  metricId: string,
  write: () => Promise<void>,
) => Promise<unknown>;

/**
 * Writes a source's pulled value and its healthy mark in one transaction (with an audit event);
 * a failure writes only the error on the source, never a value — the metric reads
 * "stale: source failing" until a pull succeeds.
 */
export function createSourceSink(
  db: Database,
  sourceId: string,
  wrapWrite: WrapWrite = (_tx, _metricId, write) => write(),
): SourceSink {
  const actor = `agent:source:${sourceId}`;
  return {
    async recordMeasurement(metricId, measurement) {
      await db.transaction(async (tx) => {
        await wrapWrite(tx, metricId, async () => {
          await tx.insert(t.measurements).values({
            metricId,
            at: measurement.at,
            value: measurement.value,
            source: measurement.source,
          });
        });
        await tx
          .update(t.sources)
          .set({
            lastRunAt: new Date(measurement.at),
            lastSuccessAt: new Date(measurement.at),
            lastErrorKind: null,
            lastError: null,
            failingSince: null,
            updatedAt: new Date(),
          })
          .where(eq(t.sources.id, sourceId));
        await writeAudit(tx, {
          actor,
          entity: "measurement",
          entityId: metricId,
          action: "create",
          before: null,
          after: measurement,
        });
      });
    },
    async markSourceFailing(_metricId, failure) {
      const at = new Date(failure.at);
      await db
        .update(t.sources)
        .set({
          lastRunAt: at,
          lastErrorKind: failure.kind,
          lastError: failure.message,
          failingSince: sql`coalesce(${t.sources.failingSince}, ${at.toISOString()}::timestamptz)`,
          updatedAt: new Date(),
        })
        .where(eq(t.sources.id, sourceId));
    },
    async markSourceHealthy(_metricId, at) {
      await db
        .update(t.sources)
        .set({ lastRunAt: new Date(at), updatedAt: new Date() })
        .where(eq(t.sources.id, sourceId));
    },
  };
}
