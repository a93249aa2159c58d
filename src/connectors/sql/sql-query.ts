import { z } from "zod";

/**
 * A read-only query against any PostgreSQL database returning one row with one numeric column.
 * @example { sql: "SELECT count(*) FROM orders WHERE created_at >= now() - interval '7 days'" }
 */
export const SqlQuery = z.strictObject({
  sql: z
    .string()
    .regex(/^\s*(select|with)\s/i, { message: "the query must start with SELECT or WITH" }),
});
export type SqlQuery = z.infer<typeof SqlQuery>;
