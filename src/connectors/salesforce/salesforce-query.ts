import { z } from "zod";
import { SALESFORCE_API_VERSION } from "../../core/thresholds/connectors.js";

const Soql = z.string().regex(/^\s*select\s/i, { message: "a SOQL query starts with SELECT" });

/** How a SOQL result becomes one number. */
const SoqlValue = z.strictObject({
  soql: Soql,
  /**
   * total-size: the row count (`SELECT COUNT() …`); first-row: a field of the first row, such
   * as an aggregate alias (`SELECT SUM(Amount) total …`); sum-rows: a field added up over every
   * row of every page.
   */
  read: z.enum(["total-size", "first-row", "sum-rows"]).default("first-row"),
  field: z.string().min(1).optional(),
});
export type SoqlValue = z.infer<typeof SoqlValue>;

/**
 * A SOQL aggregate, optionally divided by a second one (win rate = won / closed, in %).
 * @example { soql: "SELECT SUM(Amount) total FROM Opportunity WHERE IsClosed = false", field: "total" }
 */
export const SalesforceQuery = SoqlValue.extend({
  divideBy: SoqlValue.optional(),
  apiVersion: z
    .string()
    .regex(/^\d{2,3}\.0$/, { message: 'an API version such as "62.0"' })
    .default(SALESFORCE_API_VERSION),
});
export type SalesforceQuery = z.infer<typeof SalesforceQuery>;
